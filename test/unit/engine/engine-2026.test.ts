// The engine with 2026 answers: tool calls recorded (and kept by the cache), reasoning and cached-token
// usage summed, a gateway's reported cost preferred, and the price dataset loaded only when needed.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/core/engine/engine.js';
import {
  MemoryCache,
  MemoryTrace,
  deps,
  fakeClock,
  options,
  provider,
  scriptedModel,
  suite,
  testCase,
} from './helpers.js';

describe('runEval: tool calls, usage details and prices', () => {
  it('records tool calls in results, trace and cache; sums reasoning/cached tokens; prefers usage.cost', async () => {
    const clock = fakeClock();
    const model = scriptedModel(
      () => ({
        output: '',
        toolCalls: [{ name: 'lookup', arguments: { q: 'x' }, argumentsValid: true }],
        usage: { input: 100, output: 40, cachedInput: 60, reasoning: 30 },
        reportedCostUsd: 0.5,
      }),
      clock,
    );
    const cache = new MemoryCache();
    const trace = new MemoryTrace();
    const s = suite({
      cases: [
        testCase(
          'a',
          { name: 'A' },
          { assertions: [{ type: 'tool-call', value: { name: 'lookup', arguments: { q: 'x' } } }] },
        ),
      ],
    });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use' }),
      deps(model, clock, { cache, trace }),
    );
    const r = out.results[0]!.suite;
    const sample = r.cases[0]!.samples[0]!;
    expect(sample).toMatchObject({
      pass: true,
      output: '',
      costUsd: 0.5,
      toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }],
    });
    expect(r.aggregates.tokens).toEqual({ input: 100, output: 40, cachedInput: 60, reasoning: 30 });
    expect(trace.records[0]!.toolCalls?.[0]?.name).toBe('lookup');
    const again = await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use' }),
      deps(model, clock, { cache }),
    );
    expect(again.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({
      cached: true,
      pass: true,
      costUsd: 0.5,
      toolCalls: [{ name: 'lookup' }],
    });
  });

  it('loads the price dataset only when a model is priced neither by pricing: nor the table', async () => {
    const clock = fakeClock();
    let loads = 0;
    const priceDataset = async () => {
      loads++;
      return (m: string) => (m === 'vendor-model' ? 0.25 : undefined);
    };
    const model = scriptedModel(() => ({ output: 'hello', usage: { input: 10, output: 5 } }), clock);
    const known = await runEval([{ label: 'x', suite: suite() }], options(), deps(model, clock, { priceDataset }));
    expect(loads).toBe(0);
    expect(known.results[0]!.suite.aggregates.priceKnown).toBe(true);
    const vendor = await runEval(
      [{ label: 'x', suite: suite({ provider: provider({ model: 'vendor-model' }) }) }],
      options(),
      deps(model, clock, { priceDataset }),
    );
    expect(loads).toBe(1);
    expect(vendor.results[0]!.suite.cases[0]!.samples[0]!.costUsd).toBe(0.25);
  });
});
