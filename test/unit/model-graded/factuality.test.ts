import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { DEFAULT_FACT_SCORES } from '../../../src/core/scorers/model-graded/factuality.js';
import { validateAssertion } from '../../../src/core/scorers/registry.js';
import type { FakeBehavior } from '../../fakes/fake-model.js';
import { json, registry, startJudgeHarness, tagged, type JudgeHarness } from './harness.js';

// A judge that compares for real (crudely): same words → consistent; reference words ⊂ answer → superset;
// answer words ⊂ reference → subset; a different number → disagrees.
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
const factJudge: FakeBehavior = (req) => {
  const ref = words(tagged(req.lastUser, 'reference') ?? '');
  const ans = words(tagged(req.lastUser, 'answer') ?? '');
  const nums = (s: Set<string>) =>
    [...s]
      .filter((w) => /^\d+$/.test(w))
      .sort()
      .join(',');
  const refInAns = [...ref].every((w) => ans.has(w));
  const ansInRef = [...ans].every((w) => ref.has(w));
  const category =
    nums(ref) !== nums(ans)
      ? 'disagrees'
      : refInAns && ansInRef
        ? 'consistent'
        : refInAns
          ? 'superset'
          : ansInRef
            ? 'subset'
            : 'differs-unimportantly';
  return json({ category, reason: `judged ${category}` });
};

let h: JudgeHarness;
beforeAll(async () => {
  h = await startJudgeHarness(factJudge);
});
afterAll(() => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setBehavior(factJudge);
});

const REF = 'The Eiffel Tower is 330 metres tall';

describe('factuality', () => {
  it.each([
    ['consistent', 'The Eiffel Tower is 330 metres tall', true],
    ['superset', 'The Eiffel Tower in Paris is 330 metres tall', true],
    ['subset', 'The Tower is 330 metres', true],
    ['disagrees', 'The Eiffel Tower is 300 metres tall', false],
  ] as const)('maps %s to its default score', async (category, output, pass) => {
    const r = await scoreSample([{ type: 'factuality', value: REF }], h.ctx(output), registry);
    expect(r.score).toBe(DEFAULT_FACT_SCORES[category]);
    expect(r.pass).toBe(pass);
    expect(r.assertions[0]!.reason).toContain(`judge: ${category}`);
    expect(r.evalCostUsd).toBeGreaterThan(0);
  });

  it('uses the case `expected` when there is no value, and the value when both exist', async () => {
    await scoreSample([{ type: 'factuality' }], h.ctx('x', { expected: 'from expected' }), registry);
    await scoreSample(
      [{ type: 'factuality', value: 'from value' }],
      h.ctx('x', { expected: 'from expected' }),
      registry,
    );
    const [a, b] = h.judgeRequests().map((r) => tagged(r.body.messages.at(-1).content, 'reference'));
    expect([a, b]).toEqual(['from expected', 'from value']);
  });

  it('takes custom category scores and a threshold', async () => {
    const s = { type: 'factuality', value: REF, scores: { subset: 0.2 } };
    const r = await scoreSample([s], h.ctx('The Tower is 330 metres'), registry);
    expect(r).toMatchObject({ score: 0.2, pass: false });
    const t = await scoreSample(
      [{ type: 'factuality', value: REF, threshold: 0.9 }],
      h.ctx('The Eiffel Tower in Paris is 330 metres tall'),
      registry,
    );
    expect(t).toMatchObject({ score: 0.8, pass: false });
  });

  it('is an error (and sends nothing) without a reference', async () => {
    const r = await scoreSample([{ type: 'factuality' }], h.ctx('x'), registry);
    expect(r.error).toMatch(/needs a reference answer/);
    expect(h.judgeRequests()).toHaveLength(0);
  });

  it('retries an unknown category, then reports an error', async () => {
    h.fake.setBehavior(() => json({ category: 'mostly-right', reason: 'meh' }));
    const r = await scoreSample([{ type: 'factuality', value: REF }], h.ctx('x'), registry);
    expect(h.judgeRequests()).toHaveLength(3);
    expect(r.error).toMatch(/category/);
  });

  it('rejects unknown categories in `scores` and scores outside [0,1] at config load', () => {
    expect(validateAssertion(registry, { type: 'factuality', scores: { wrong: 1 } })).toMatch(/unknown key "wrong"/);
    expect(validateAssertion(registry, { type: 'factuality', scores: { subset: 2 } })).toMatch(/scores.subset/);
    expect(
      validateAssertion(registry, { type: 'factuality', scores: { 'differs-unimportantly': 0.9 } }),
    ).toBeUndefined();
  });
});
