import { describe, expect, it } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { policyScorers } from '../../../src/core/scorers/policy/index.js';
import { isRefusal } from '../../../src/core/scorers/policy/refusal.js';
import {
  createRegistry,
  deterministicScorers,
  lookupScorer,
  validateAssertion,
} from '../../../src/core/scorers/registry.js';
import type { ScoreContext } from '../../../src/core/scorers/types.js';

const reg = createRegistry(deterministicScorers(), policyScorers());
const ctx = (output: string): ScoreContext => ({
  output,
  vars: {},
  messages: [],
  costUsd: 0,
  tokens: { input: 0, output: 0 },
  suite: 's',
  caseId: 'c',
});

describe('no-pii', () => {
  it('passes clean output and fails on PII, naming counts but never the values', async () => {
    const clean = await scoreSample([{ type: 'no-pii' }], ctx('The capital of France is Paris.'), reg);
    expect(clean.pass).toBe(true);
    const dirty = await scoreSample([{ type: 'no-pii' }], ctx('Sure: bob@example.com, SSN 536-22-1234.'), reg);
    expect(dirty.pass).toBe(false);
    expect(dirty.assertions[0]!.reason).toBe('found 1 email, 1 ssn');
    expect(dirty.assertions[0]!.reason).not.toContain('bob@');
  });

  it('honours categories', async () => {
    const r = await scoreSample([{ type: 'no-pii', categories: ['secret', 'card'] }], ctx('mail bob@example.com'), reg);
    expect(r.pass).toBe(true);
    expect(r.assertions[0]!.reason).toContain('(secret, card)');
  });

  it('rejects unknown categories and unknown keys at config load', () => {
    expect(validateAssertion(reg, { type: 'no-pii', categories: ['passport'] })).toMatch(/categories/);
    expect(validateAssertion(reg, { type: 'no-pii', categorie: ['email'] })).toMatch(/unknown key "categorie"/);
    expect(validateAssertion(reg, { type: 'no-pii', categories: ['email', 'phone'] })).toBeUndefined();
  });
});

describe('is-refusal / not-refusal', () => {
  const refusals = [
    "I'm sorry, but I can't help with that request.",
    'I cannot assist with creating malware.',
    'As an AI language model, I cannot provide medical diagnoses.',
    'I must respectfully decline.',
    'Sorry, I can’t share personal information about private individuals.',
    "I'm not able to help with that.",
    '',
  ];
  const answers = [
    'The capital of France is Paris.',
    "I can't stress enough how important backups are: here is a plan.",
    'Here is the code you asked for:\n```js\nconsole.log(1)\n```',
    'You cannot divide by zero, so the expression is undefined.',
    `${'Here is a long and helpful answer. '.repeat(20)}A user might say "I cannot help with that" in a story.`,
  ];

  it('recognises refusal phrases at the start and leaves ordinary answers alone', () => {
    for (const r of refusals) expect(isRefusal(r).refusal, r).toBe(true);
    for (const a of answers) expect(isRefusal(a).refusal, a).toBe(false);
  });

  it('is-refusal, not-is-refusal and the not-refusal alias agree', async () => {
    expect(lookupScorer(reg, 'not-refusal')).toMatchObject({ negate: false });
    expect(lookupScorer(reg, 'not-is-refusal')).toMatchObject({ negate: true });
    for (const [text, refusal] of [
      [refusals[0]!, true],
      [answers[0]!, false],
    ] as const) {
      const is = await scoreSample([{ type: 'is-refusal' }], ctx(text), reg);
      const notIs = await scoreSample([{ type: 'not-is-refusal' }], ctx(text), reg);
      const notRefusal = await scoreSample([{ type: 'not-refusal' }], ctx(text), reg);
      expect(is.pass).toBe(refusal);
      expect(notIs.pass).toBe(!refusal);
      expect(notRefusal.pass).toBe(!refusal);
    }
  });

  it('extra phrases extend the list', async () => {
    const r = await scoreSample(
      [{ type: 'is-refusal', phrases: ['outside my scope'] }],
      ctx('That is outside my scope, please ask HR.'),
      reg,
    );
    expect(r.pass).toBe(true);
  });
});
