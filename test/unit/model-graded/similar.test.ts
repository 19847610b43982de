import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { cosine, lexicalSimilarity } from '../../../src/core/scorers/model-graded/lexical.js';
import { fakeEmbedding, fakeTokens } from '../../fakes/fake-model.js';
import { costOf, registry, startJudgeHarness, type JudgeHarness } from './harness.js';

let h: JudgeHarness;
beforeAll(async () => {
  h = await startJudgeHarness(); // default behavior: deterministic hashed bag-of-words embeddings
});
afterAll(() => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
  h.fake.setBehavior(() => ({}));
});

const REF = 'Paris is the capital of France.';

describe('similar with an embedding provider', () => {
  it('passes a paraphrase and fails an unrelated answer, from the /embeddings cosine', async () => {
    const close = await scoreSample(
      [{ type: 'similar', value: REF, provider: 'embed' }],
      h.ctx('The capital of France is Paris'),
      registry,
    );
    const far = await scoreSample(
      [{ type: 'similar', value: REF, provider: 'embed' }],
      h.ctx('Bananas are rich in potassium'),
      registry,
    );
    const expected = cosine(fakeEmbedding('Bananas are rich in potassium'), fakeEmbedding(REF))!;
    expect(close.pass).toBe(true);
    expect(close.score).toBeCloseTo(1, 9);
    expect(far.pass).toBe(false);
    expect(far.score).toBeCloseTo(Math.max(0, expected), 9);
    expect(far.assertions[0]!.reason).toMatch(/^embedding similarity 0\.\d\d < 0\.75 \(embed-model\)$/);
    const reqs = h.fake.requests.filter((r) => r.path.endsWith('/embeddings'));
    expect(reqs[0]!.body).toMatchObject({ model: 'embed-model', input: ['The capital of France is Paris', REF] });
    const tokens = fakeTokens('The capital of France is Paris') + fakeTokens(REF);
    expect(close.evalTokens).toEqual({ input: tokens, output: 0 });
    expect(close.evalCostUsd).toBeCloseTo(costOf({ input: tokens, output: 0 }), 12);
  });

  it('applies the threshold', async () => {
    h.fake.setBehavior(() => ({
      embeddings: [
        [1, 0],
        [0.8, 0.6],
      ],
    })); // cosine 0.8
    const loose = await scoreSample(
      [{ type: 'similar', value: REF, provider: 'embed', threshold: 0.7 }],
      h.ctx('x'),
      registry,
    );
    const strict = await scoreSample(
      [{ type: 'similar', value: REF, provider: 'embed', threshold: 0.9 }],
      h.ctx('x'),
      registry,
    );
    expect(loose).toMatchObject({ pass: true, score: 0.8 });
    expect(strict).toMatchObject({ pass: false, score: 0.8 });
  });

  it('is an error, not a lexical fall-back, when the embedding call fails or returns junk', async () => {
    h.fake.setBehavior(() => ({ status: 503 }));
    const failed = await scoreSample([{ type: 'similar', value: REF, provider: 'embed' }], h.ctx(REF), registry);
    expect(failed.error).toMatch(/embedding call failed/);
    h.fake.setBehavior(() => ({
      embeddings: [
        [0, 0],
        [1, 0],
      ],
    })); // a zero vector has no direction
    const junk = await scoreSample([{ type: 'similar', value: REF, provider: 'embed' }], h.ctx(REF), registry);
    expect(junk.error).toMatch(/unusable vectors/);
    const unknown = await scoreSample([{ type: 'similar', value: REF, provider: 'nope' }], h.ctx(REF), registry);
    expect(unknown.error).toMatch(/"nope" is not defined/);
  });
});

describe('similar without an embedding provider (lexical)', () => {
  it('scores locally, names the method, and sends nothing', async () => {
    const r = await scoreSample([{ type: 'similar', value: REF }], h.ctx('The capital of France is Paris!'), registry);
    expect(r).toMatchObject({ pass: true, score: 1 });
    expect(r.assertions[0]!.reason).toBe('lexical similarity 1.00 ≥ 0.75 (no embedding model configured)');
    const far = await scoreSample(
      [{ type: 'similar', value: REF }],
      h.ctx('Berlin is the capital of Germany.'),
      registry,
    );
    expect(far.pass).toBe(false);
    expect(far.score).toBeCloseTo(4 / 6, 9); // {is, the, capital, of} shared, 6 words each
    expect(h.fake.requests).toHaveLength(0);
  });

  it('uses expected, is an error without any reference, and supports not-similar', async () => {
    const r = await scoreSample(
      [{ type: 'similar' }],
      h.ctx('Paris is the capital of France', { expected: REF }),
      registry,
    );
    expect(r.pass).toBe(true);
    const none = await scoreSample([{ type: 'similar' }], h.ctx('x'), registry);
    expect(none.error).toMatch(/needs a reference/);
    const not = await scoreSample([{ type: 'not-similar', value: REF }], h.ctx('Bananas are yellow'), registry);
    expect(not.pass).toBe(true);
  });

  it('lexical similarity: normalised word sets, order-free', () => {
    expect(lexicalSimilarity('Café au lait', 'cafe AU LAIT')).toBe(1);
    expect(lexicalSimilarity('a b c d', 'a b')).toBeCloseTo(2 / Math.sqrt(8), 12);
    expect(lexicalSimilarity('', '')).toBe(1);
    expect(lexicalSimilarity('x', '')).toBe(0);
    expect(lexicalSimilarity('one two', 'three four')).toBe(0);
  });
});
