import { describe, expect, it } from 'vitest';
import { costOf, priceCandidates, priceFor } from '../../../src/core/pricing/cost.js';
import { BUILTIN_PRICES, PRICES_AS_OF } from '../../../src/core/pricing/table.js';

describe('price table', () => {
  it('is dated and holds only sane USD-per-1M prices', () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [model, p] of Object.entries(BUILTIN_PRICES)) {
      expect(p.input, model).toBeGreaterThan(0);
      expect(p.output, model).toBeGreaterThanOrEqual(0);
      expect(p.input, model).toBeLessThan(100);
      expect(model).toBe(model.toLowerCase());
    }
  });
});

describe('priceFor', () => {
  it('finds exact names, then strips a date suffix, then a router prefix', () => {
    expect(priceFor('gpt-4o-mini')).toEqual({ input: 0.15, output: 0.6, cachedInput: 0.075 });
    expect(priceFor('gpt-4o-mini-2024-07-18')).toEqual({ input: 0.15, output: 0.6, cachedInput: 0.075 });
    expect(priceFor('openai/gpt-4.1-mini')).toEqual({ input: 0.4, output: 1.6, cachedInput: 0.1 });
    expect(priceFor('openai/gpt-4o-2024-08-06')).toEqual({ input: 2.5, output: 10, cachedInput: 1.25 });
    expect(priceFor('GPT-4o')).toEqual({ input: 2.5, output: 10, cachedInput: 1.25 });
  });

  it('prefers an exact dated entry over the stripped name', () => {
    expect(priceFor('gpt-4o-2024-05-13')).toEqual({ input: 5, output: 15 });
  });

  it('lets config overrides win, also for dated and prefixed names', () => {
    const overrides = { 'gpt-4o-mini': { input: 1, output: 2 }, 'my-local-model': { input: 0, output: 0 } };
    expect(priceFor('gpt-4o-mini-2024-07-18', overrides)).toEqual({ input: 1, output: 2 });
    expect(priceFor('together/my-local-model', overrides)).toEqual({ input: 0, output: 0 });
    expect(priceFor('gpt-4o', overrides)).toEqual({ input: 2.5, output: 10, cachedInput: 1.25 });
  });

  it('knows nothing about unknown models', () => {
    expect(priceFor('meta-llama/llama-3-70b')).toBeUndefined();
    expect(priceFor('gpt-4o-mini-turbo')).toBeUndefined();
    expect(priceCandidates('openai/gpt-4o-2024-08-06')).toEqual([
      'openai/gpt-4o-2024-08-06',
      'openai/gpt-4o',
      'gpt-4o-2024-08-06',
      'gpt-4o',
    ]);
  });
});

describe('costOf', () => {
  it('prices input and output tokens per million', () => {
    expect(costOf('gpt-4o-mini', { input: 1_000_000, output: 1_000_000 }, {})).toBeCloseTo(0.75, 12);
    expect(costOf('gpt-4.1', { input: 1200, output: 300 }, {})).toBeCloseTo((1200 * 2 + 300 * 8) / 1e6, 12);
  });

  it('returns null for an unknown model, never 0', () => {
    expect(costOf('mystery-model', { input: 10, output: 10 }, {})).toBeNull();
  });

  it('a free override is a real 0', () => {
    expect(costOf('local', { input: 10, output: 10 }, { local: { input: 0, output: 0 } })).toBe(0);
  });
});

describe('cached input tokens', () => {
  it('bill the cached part of the prompt at the cached rate, or at the input rate when the price has none', () => {
    // gpt-4o-mini: $0.15 input, $0.075 cached, $0.60 output per 1M.
    expect(costOf('gpt-4o-mini', { input: 1_000_000, output: 0, cachedInput: 800_000 })).toBeCloseTo(
      0.2 * 0.15 + 0.8 * 0.075,
      12,
    );
    expect(costOf('gpt-4o-mini', { input: 1_000_000, output: 1_000_000 })).toBeCloseTo(0.75, 12);
    expect(
      costOf('custom', { input: 1_000_000, output: 0, cachedInput: 500_000 }, { custom: { input: 2, output: 4 } }),
    ).toBeCloseTo(2, 12);
    expect(
      costOf(
        'custom',
        { input: 1_000_000, output: 0, cachedInput: 500_000 },
        { custom: { input: 2, output: 4, cachedInput: 0.5 } },
      ),
    ).toBeCloseTo(1.25, 12);
    // A cached count larger than the prompt (a buggy endpoint) is capped at the prompt.
    expect(
      costOf(
        'custom',
        { input: 100, output: 0, cachedInput: 1_000 },
        { custom: { input: 1, output: 1, cachedInput: 0 } },
      ),
    ).toBe(0);
  });
});
