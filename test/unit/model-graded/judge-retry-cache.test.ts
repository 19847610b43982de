// Judge retries through the engine's own JudgeService, with the response cache on. A temperature-0
// judge often repeats the same malformed reply; each retry must still be a new request that reaches
// the judge (not the previous attempt's cached reply), and a later run may replay the whole exchange.
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { runEval } from '../../../src/core/engine/engine.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { MemoryCache, MemoryTrace, options, provider, suite, testCase } from '../engine/helpers.js';
import { registry } from './harness.js';

let fm: FakeModel | undefined;
afterEach(async () => {
  await fm?.close();
  fm = undefined;
});

async function runOnce(cache: MemoryCache, trace: MemoryTrace) {
  const base = { baseUrl: fm!.url, maxRetries: 0 };
  const judge = provider({ ...base, id: 'judge', model: 'judge-model' });
  const s = suite({
    provider: provider({ ...base }),
    judge,
    cases: [testCase('a', { name: 'Ann' }, { assertions: [{ type: 'llm-rubric', value: 'polite' }] })],
  });
  // No self-consistency check: its second judgement bypasses the cache on purpose (consistency.test.ts).
  const out = await runEval(
    [{ label: 'head', suite: s, consistencyChecks: 0 }],
    options({ cacheMode: 'use', cacheTtlHours: 24 }),
    {
      model: createOpenAIModelClient({ env: {} }),
      clock: { now: () => Date.now(), monotonic: () => performance.now(), sleep: async () => {} },
      trace,
      cache,
      scorers: registry,
      pricing: {},
      providers: { judge },
      warn: () => {},
    },
  );
  return out.results[0]!.suite.cases[0]!.samples[0]!;
}

describe('judge retries with the response cache on', () => {
  it('sends every retry to the judge even when it repeats the same malformed reply', async () => {
    fm = await startFakeModel({
      behavior: (req) =>
        req.body?.model === 'judge-model' ? { content: 'Looks polite to me. Score: 0.9' } : { content: 'Hello Ann!' },
    });
    const cache = new MemoryCache();
    const trace = new MemoryTrace();
    const sample = await runOnce(cache, trace);
    expect(sample.status).toBe('error');
    expect(sample.assertions[0]!.error).toMatch(/no valid verdict after 3 attempts/);
    const judgeCalls = fm.chatRequests().filter((r) => r.body?.model === 'judge-model');
    expect(judgeCalls).toHaveLength(3);
    // Each retry carries the whole exchange so far: 2, 4, then 6 messages.
    expect(judgeCalls.map((r) => (r.body.messages as unknown[]).length)).toEqual([2, 4, 6]);
    const judged = trace.records.filter((r) => r.kind === 'judge');
    expect(judged.map((r) => r.cacheHit)).toEqual([false, false, false]);

    // A second run answers the same exchange from the cache without asking the judge again.
    const before = fm.requests.length;
    const again = await runOnce(cache, new MemoryTrace());
    expect(again.status).toBe('error');
    expect(fm.requests.length).toBe(before);
  });
});
