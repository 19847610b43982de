// The bundled price dataset (@pydantic/genai-prices) through costOf: more providers than the table,
// cached-input rates, `pricing:` still wins, an unknown model stays unknown (null, never $0).
import { describe, expect, it } from 'vitest';
import { loadPriceDataset } from '../../../src/adapters/pricing/genai-prices.js';
import { costOf } from '../../../src/core/pricing/cost.js';
import { BUILTIN_PRICES } from '../../../src/core/pricing/table.js';

describe('price dataset', () => {
  it('prices models the built-in table lacks, with cached input at the cached rate', async () => {
    const ds = await loadPriceDataset();
    const usage = { input: 10_000, output: 1_000 };
    expect(costOf('claude-sonnet-4-5', usage)).toBeNull(); // not in the table: only the dataset knows it
    const claude = costOf('claude-sonnet-4-5', usage, {}, ds);
    expect(claude).toBeGreaterThan(0);
    // A router prefix and a snapshot date are stripped like for the table.
    expect(costOf('anthropic/claude-sonnet-4-5', usage, {}, ds)).toBe(claude);
    const full = costOf('gpt-4o-mini', { input: 10_000, output: 0 }, {}, ds)!;
    const cached = costOf('gpt-4o-mini', { input: 10_000, output: 0, cachedInput: 8_000 }, {}, ds)!;
    expect(cached).toBeLessThan(full);
    expect(cached).toBeCloseTo((2_000 * 0.15 + 8_000 * 0.075) / 1e6, 12);
  });

  it('the built-in table (the fast path that avoids loading the dataset) agrees with the dataset for every model it lists', async () => {
    const ds = await loadPriceDataset();
    const usage = { input: 10_000, output: 2_000, cachedInput: 4_000 };
    const disagree: string[] = [];
    const onlyInTable: string[] = [];
    for (const model of Object.keys(BUILTIN_PRICES)) {
      const table = costOf(model, usage)!;
      const data = ds(model, usage);
      if (data === undefined) onlyInTable.push(model);
      else if (Math.abs(data - table) > 1e-12) disagree.push(`${model}: table ${table} dataset ${data}`);
    }
    expect(disagree).toEqual([]);
    // The dataset prices chat models only; the embedding models (similar) are priced by the table alone.
    expect(onlyInTable).toEqual(['text-embedding-3-small', 'text-embedding-3-large', 'text-embedding-ada-002']);
  });

  it('pricing: overrides win; an unknown model is null, never $0', async () => {
    const ds = await loadPriceDataset();
    expect(costOf('gpt-4o-mini', { input: 1e6, output: 0 }, { 'gpt-4o-mini': { input: 9, output: 9 } }, ds)).toBe(9);
    expect(costOf('acme-internal-llm-7b', { input: 1000, output: 1000 }, {}, ds)).toBeNull();
  });
});
