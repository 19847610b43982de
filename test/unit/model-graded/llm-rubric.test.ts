import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { fakeTokens, type FakeBehavior } from '../../fakes/fake-model.js';
import { costOf, json, registry, startJudgeHarness, tagged, type JudgeHarness } from './harness.js';

// A judge that actually reads the output: polite outputs (with "thank") pass.
const politeJudge: FakeBehavior = (req) => {
  const output = tagged(req.lastUser, 'output') ?? '';
  return /thank/i.test(output)
    ? json({ score: 0.9, pass: true, reason: 'polite and answers' })
    : json({ score: 0.2, pass: false, reason: 'curt' });
};

const RUBRIC = 'The answer is polite and actually answers the question.';
const spec = (extra: Record<string, unknown> = {}) => ({ type: 'llm-rubric', value: RUBRIC, ...extra });

let h: JudgeHarness;
beforeAll(async () => {
  h = await startJudgeHarness(politeJudge);
});
afterAll(() => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setBehavior(politeJudge);
});

describe('llm-rubric', () => {
  it('passes and fails on the judge verdict, with the reason and the judge cost', async () => {
    const good = await scoreSample([spec()], h.ctx('Thank you for asking! It arrives Monday.'), registry);
    const bad = await scoreSample([spec()], h.ctx('Monday.'), registry);
    expect(good).toMatchObject({ pass: true, score: 0.9 });
    expect(good.assertions[0]!.reason).toContain('polite and answers');
    expect(bad).toMatchObject({ pass: false, score: 0.2 });
    expect(bad.error).toBeUndefined();
    expect(good.evalTokens.input).toBeGreaterThan(0);
    expect(good.evalTokens.output).toBe(
      fakeTokens(JSON.stringify({ score: 0.9, pass: true, reason: 'polite and answers' })),
    );
    expect(good.evalCostUsd).toBeCloseTo(costOf(good.evalTokens), 12);
  });

  it('sends the rubric, the input and the output to the judge at temperature 0 by default', async () => {
    await scoreSample([spec()], h.ctx('Thanks!'), registry);
    const [req] = h.judgeRequests();
    expect(req!.body.model).toBe('judge-model');
    expect(req!.body.temperature).toBe(0);
    const user = req!.body.messages.at(-1).content as string;
    expect(tagged(user, 'rubric')).toBe(RUBRIC);
    expect(tagged(user, 'input')).toBe('Customer: where is my parcel?');
    expect(tagged(user, 'output')).toBe('Thanks!');
    expect(req!.body.messages[0].content).toContain('"score"');
  });

  it('uses the provider named on the assertion, its temperature, and an explicit temperature option', async () => {
    await scoreSample([spec({ provider: 'strict' })], h.ctx('Thanks!'), registry);
    await scoreSample([spec({ provider: 'strict', temperature: 0 })], h.ctx('Thanks!'), registry);
    const [a, b] = h.judgeRequests();
    expect(a!.body).toMatchObject({ model: 'strict-judge', temperature: 0.3 });
    expect(b!.body).toMatchObject({ model: 'strict-judge', temperature: 0 });
  });

  it('accepts a verdict wrapped in a ```json fence', async () => {
    h.fake.setBehavior(() => ({ content: '```json\n{"score": 1, "pass": true, "reason": "ok"}\n```' }));
    const r = await scoreSample([spec()], h.ctx('Thanks!'), registry);
    expect(r).toMatchObject({ pass: true, score: 1 });
    expect(h.judgeRequests()).toHaveLength(1);
  });

  it('retries a malformed verdict with the bad reply and the problem, and pays for both calls', async () => {
    let calls = 0;
    h.fake.setBehavior(() =>
      calls++ === 0
        ? { content: 'The output is polite. Score: 0.9' }
        : json({ score: 0.8, pass: true, reason: 'fine' }),
    );
    const r = await scoreSample([spec()], h.ctx('Thanks!'), registry);
    expect(r).toMatchObject({ pass: true, score: 0.8 });
    expect(r.assertions[0]!.reason).toContain('attempt 2');
    const reqs = h.judgeRequests();
    expect(reqs).toHaveLength(2);
    const msgs = reqs[1]!.body.messages as { role: string; content: string }[];
    expect(msgs.at(-2)).toEqual({ role: 'assistant', content: 'The output is polite. Score: 0.9' });
    expect(msgs.at(-1)!.content).toMatch(/not valid \(the reply is not a JSON object\)/);
    const out1 = fakeTokens('The output is polite. Score: 0.9');
    const out2 = fakeTokens(JSON.stringify({ score: 0.8, pass: true, reason: 'fine' }));
    expect(r.evalTokens.output).toBe(out1 + out2);
  });

  it('records a judge that never gives a valid verdict as an error, never as a fail', async () => {
    h.fake.setBehavior(() => ({ content: 'I think it is fine.' }));
    const r = await scoreSample([spec()], h.ctx('Thanks!'), registry);
    expect(h.judgeRequests()).toHaveLength(3); // 1 + default 2 retries
    expect(r.error).toMatch(/llm-rubric: judge gave no valid verdict after 3 attempts/);
    expect(r.assertions[0]!.error).toBeDefined();
    expect(r.evalTokens.output).toBe(3 * fakeTokens('I think it is fine.'));

    h.fake.requests.length = 0;
    const once = await scoreSample([spec({ retries: 0 })], h.ctx('Thanks!'), registry);
    expect(h.judgeRequests()).toHaveLength(1);
    expect(once.error).toMatch(/after 1 attempt:/);
  });

  it.each([
    ['out-of-range score', { score: 1.5, pass: true, reason: 'great' }, /score: .*(<=|less than).*1/i],
    ['negative score', { score: -0.1, pass: false, reason: 'bad' }, /score/],
    ['score as a string', { score: '0.9', pass: true, reason: 'ok' }, /score/],
    ['missing pass', { score: 0.9, reason: 'ok' }, /pass/],
    ['an extra key', { score: 0.9, pass: true, reason: 'ok', confidence: 'high' }, /unexpected key confidence/],
  ])('rejects a verdict with %s (retried, then an error)', async (_name, verdict, problem) => {
    h.fake.setBehavior(() => json(verdict));
    const r = await scoreSample([spec({ retries: 1 })], h.ctx('Thanks!'), registry);
    expect(h.judgeRequests()).toHaveLength(2);
    expect(r.error).toMatch(problem);
    expect(r.pass).toBe(false);
  });

  it('does not dig JSON out of prose (nothing looser than a fence)', async () => {
    h.fake.setBehavior(() => ({ content: 'Here is my verdict: {"score": 1, "pass": true, "reason": "ok"}' }));
    const r = await scoreSample([spec({ retries: 0 })], h.ctx('Thanks!'), registry);
    expect(r.error).toMatch(/not a JSON object/);
  });

  it.each([
    ['HTTP 500', { status: 500 }],
    ['HTTP 400', { status: 400, message: 'context length exceeded' }],
    ['a malformed HTTP body', { malformed: true as const }],
  ])('keeps a judge call failure (%s) apart from a fail', async (_name, reply) => {
    h.fake.setBehavior(() => reply);
    const r = await scoreSample([spec(), { type: 'contains', value: 'Thanks' }], h.ctx('Thanks!'), registry);
    expect(r.error).toMatch(/llm-rubric: judge call failed/);
    expect(r.assertions[0]!.error).toBeDefined();
    expect(r.assertions[1]).toMatchObject({ pass: true });
    expect(h.judgeRequests()).toHaveLength(1); // transport errors are the engine's to retry, not re-asked here
  });

  it('applies threshold to the judge score instead of the judge pass', async () => {
    h.fake.setBehavior(() => json({ score: 0.6, pass: true, reason: 'mostly' }));
    const loose = await scoreSample([spec()], h.ctx('x'), registry);
    const strict = await scoreSample([spec({ threshold: 0.8 })], h.ctx('x'), registry);
    expect(loose.pass).toBe(true);
    expect(strict.pass).toBe(false);
    expect(strict.error).toBeUndefined();
  });

  it('not-llm-rubric inverts a verdict but keeps an error an error', async () => {
    const r = await scoreSample([{ type: 'not-llm-rubric', value: 'The answer is rude.' }], h.ctx('Monday.'), registry);
    expect(r).toMatchObject({ pass: true, score: 0.8 });
    h.fake.setBehavior(() => ({ content: 'nope' }));
    const e = await scoreSample([{ type: 'not-llm-rubric', value: 'x', retries: 0 }], h.ctx('Monday.'), registry);
    expect(e.error).toBeDefined();
    expect(e.pass).toBe(false);
  });

  it('is an error without any judge provider, and nothing is sent', async () => {
    const none = await startJudgeHarness(politeJudge, { withoutDefaultJudge: true });
    try {
      const r = await scoreSample([spec()], none.ctx('Thanks!'), registry);
      expect(r.error).toMatch(/no judge provider/);
      const unknown = await scoreSample([spec({ provider: 'nope' })], none.ctx('Thanks!'), registry);
      expect(unknown.error).toMatch(/"nope" is not defined/);
      expect(none.judgeRequests()).toHaveLength(0);
    } finally {
      await none.close();
    }
  });

  it('validates its options at config load', () => {
    expect(validate({ type: 'llm-rubric' })).toMatch(/value/);
    expect(validate({ type: 'llm-rubric', value: RUBRIC, retries: 9 })).toMatch(/retries/);
    expect(validate({ type: 'llm-rubric', value: RUBRIC, rubrik: 'x' })).toMatch(/unknown key "rubrik"/);
    expect(
      validate({
        type: 'llm-rubric',
        value: RUBRIC,
        provider: 'judge',
        threshold: 0.7,
        weight: 2,
        retries: 1,
        temperature: 0,
      }),
    ).toBeUndefined();
  });
});

import { validateAssertion } from '../../../src/core/scorers/registry.js';
const validate = (s: Record<string, unknown>) => validateAssertion(registry, s as { type: string });
