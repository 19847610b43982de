// RAG metrics against a fake judge that really measures coverage between the tagged texts it is sent,
// so a pass or fail depends on which question/context/answer the scorer extracted and sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import type { FakeBehavior } from '../../fakes/fake-model.js';
import { json, registry, startJudgeHarness, tagged, type JudgeHarness } from './harness.js';

const STOP = new Set([
  'what',
  'which',
  'that',
  'this',
  'with',
  'from',
  'does',
  'have',
  'their',
  'there',
  'about',
  'into',
]);
const content = (s: string) => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
/** Share of a's content words found in b. */
const coverage = (a: string, b: string) => {
  const wa = content(a);
  const wb = content(b);
  if (wa.size === 0) return 1;
  return [...wa].filter((w) => wb.has(w)).length / wa.size;
};

const ragJudge: FakeBehavior = (req) => {
  const system = req.body.messages[0].content as string;
  const u = req.lastUser;
  const q = tagged(u, 'question') ?? '';
  const c = tagged(u, 'context') ?? '';
  const a = tagged(u, 'answer') ?? '';
  const score = system.includes('judge retrieval')
    ? coverage(q, c)
    : system.includes('grounded')
      ? coverage(a, c)
      : coverage(q, a);
  return json({ score: Math.round(score * 100) / 100, reason: `coverage ${score.toFixed(2)}` });
};

let h: JudgeHarness;
beforeAll(async () => {
  h = await startJudgeHarness(ragJudge);
});
afterAll(() => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setBehavior(ragJudge);
});

const QUESTION = 'What is the boiling point of water at sea level?';
const GOOD_CONTEXT = 'Water boils at 100 degrees Celsius at sea level; the boiling point drops at altitude.';
const BAD_CONTEXT = 'The Eiffel Tower was completed in 1889 for the World Fair.';
const vars = (context: string) => ({ question: QUESTION, context });

describe('context-relevance', () => {
  it('passes when retrieval brought what the question needs, fails when it did not', async () => {
    const good = await scoreSample(
      [{ type: 'context-relevance' }],
      h.ctx('irrelevant to this metric', { vars: vars(GOOD_CONTEXT) }),
      registry,
    );
    const bad = await scoreSample(
      [{ type: 'context-relevance' }],
      h.ctx('irrelevant to this metric', { vars: vars(BAD_CONTEXT) }),
      registry,
    );
    expect(good).toMatchObject({ pass: true, score: 1 });
    expect(bad).toMatchObject({ pass: false, score: 0 });
    expect(bad.error).toBeUndefined();
    expect(bad.assertions[0]!.reason).toMatch(/^context relevance 0\.00 < 0\.7: coverage/);
    expect(good.evalCostUsd).toBeGreaterThan(0);
  });

  it('reads custom variable names and joins chunk lists', async () => {
    const r = await scoreSample(
      [{ type: 'context-relevance', questionVar: 'q', contextVar: 'docs' }],
      h.ctx('x', { vars: { q: QUESTION, docs: [BAD_CONTEXT, { content: GOOD_CONTEXT }] } }),
      registry,
    );
    expect(r.pass).toBe(true);
    const sent = tagged(h.judgeRequests()[0]!.body.messages.at(-1).content, 'context');
    expect(sent).toBe(`${BAD_CONTEXT}\n\n---\n\n${GOOD_CONTEXT}`);
  });

  it('is an error, sending nothing, when the question or the context is missing', async () => {
    const noQ = await scoreSample(
      [{ type: 'context-relevance' }],
      h.ctx('x', { vars: { context: GOOD_CONTEXT } }),
      registry,
    );
    expect(noQ.error).toMatch(/no variable `question`/);
    const noC = await scoreSample(
      [{ type: 'context-relevance' }],
      h.ctx('x', { vars: { question: QUESTION } }),
      registry,
    );
    expect(noC.error).toMatch(/no variable `context`/);
    expect(h.judgeRequests()).toHaveLength(0);
  });
});

describe('context-faithfulness', () => {
  it('passes a grounded answer and fails one with unsupported claims', async () => {
    const grounded = await scoreSample(
      [{ type: 'context-faithfulness' }],
      h.ctx('Water boils at 100 degrees Celsius at sea level.', { vars: vars(GOOD_CONTEXT) }),
      registry,
    );
    const invented = await scoreSample(
      [{ type: 'context-faithfulness' }],
      h.ctx('Water boils at 90 degrees on Mars according to NASA engineers.', { vars: vars(GOOD_CONTEXT) }),
      registry,
    );
    expect(grounded).toMatchObject({ pass: true, score: 1 });
    expect(invented.pass).toBe(false);
    expect(invented.score).toBeLessThan(0.7);
    expect(invented.error).toBeUndefined();
  });

  it('reads context and answer from fields of a JSON output (retrieval scored apart from generation)', async () => {
    const output = JSON.stringify({
      answer: 'Water boils at 100 degrees Celsius at sea level.',
      retrieval: { chunks: [{ text: GOOD_CONTEXT }] },
    });
    const r = await scoreSample(
      [{ type: 'context-faithfulness', contextPath: 'retrieval.chunks', answerPath: 'answer' }],
      h.ctx(output, { vars: { question: QUESTION } }),
      registry,
    );
    expect(r.pass).toBe(true);
    const user = h.judgeRequests()[0]!.body.messages.at(-1).content as string;
    expect(tagged(user, 'context')).toBe(GOOD_CONTEXT);
    expect(tagged(user, 'answer')).toBe('Water boils at 100 degrees Celsius at sea level.');
    expect(tagged(user, 'question')).toBe(QUESTION);
  });

  it('is an error when the output is not JSON or lacks the path', async () => {
    const notJson = await scoreSample(
      [{ type: 'context-faithfulness', contextPath: 'ctx' }],
      h.ctx('plain text'),
      registry,
    );
    expect(notJson.error).toMatch(/output is not JSON/);
    const noField = await scoreSample(
      [{ type: 'context-faithfulness', contextPath: 'ctx' }],
      h.ctx('{"answer":"x"}'),
      registry,
    );
    expect(noField.error).toMatch(/has no `ctx`/);
  });
});

describe('answer-relevance', () => {
  it('passes an answer that addresses the question and fails an evasive one', async () => {
    const on = await scoreSample(
      [{ type: 'answer-relevance' }],
      h.ctx('At sea level the boiling point of water is 100 °C.', { vars: { question: QUESTION } }),
      registry,
    );
    const off = await scoreSample(
      [{ type: 'answer-relevance' }],
      h.ctx('I really like turtles.', { vars: { question: QUESTION } }),
      registry,
    );
    expect(on).toMatchObject({ pass: true, score: 1 });
    expect(off).toMatchObject({ pass: false, score: 0 });
  });

  it('honours threshold and rejects options it does not use', async () => {
    const r = await scoreSample(
      [{ type: 'answer-relevance', threshold: 0.3 }],
      h.ctx('Water is wet.', { vars: { question: QUESTION } }),
      registry,
    );
    expect(r.score).toBeCloseTo(1 / 4, 2); // water of {boiling, point, water, level}
    expect(r.pass).toBe(false);
    const { validateAssertion } = await import('../../../src/core/scorers/registry.js');
    expect(validateAssertion(registry, { type: 'answer-relevance', contextVar: 'docs' })).toMatch(
      /unknown key "contextVar"/,
    );
  });
});
