// Judge self-consistency through the engine: the re-judged samples' second call is a real call even with
// the response cache on (never the cached first verdict), it leaves the cache alone, costs evaluation
// money, is skipped in replay mode and with `judge.consistencyChecks: 0`, and the suite's figure counts
// flipped verdicts with a Wilson interval.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/core/engine/engine.js';
import type { SuiteJob } from '../../../src/core/engine/types.js';
import type { CompletionRequest } from '../../../src/core/model/types.js';
import {
  consistencyCases,
  consistencyLow,
  consistencyText,
  DEFAULT_CONSISTENCY_CHECKS,
} from '../../../src/core/scorers/model-graded/consistency.js';
import {
  deps,
  fakeClock,
  MemoryCache,
  MemoryTrace,
  options,
  provider,
  scriptedModel,
  suite,
  testCase,
} from '../engine/helpers.js';
import { registry } from './harness.js';

const judge = provider({ id: 'grader', model: 'judge-model' });
const cases = Array.from({ length: 12 }, (_, i) =>
  testCase(`c${i}`, { name: `n${i}` }, { assertions: [{ type: 'llm-rubric', value: 'greets the person' }] }),
);

/** The judge flips its verdict on every second call for the same prompt when `flaky`. */
function world(flaky: boolean) {
  const seen = new Map<string, number>();
  const model = scriptedModel((req: CompletionRequest) => {
    if (req.provider.model !== 'judge-model') return { output: 'hello there', usage: { input: 5, output: 3 } };
    const key = JSON.stringify(req.messages);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const pass = !flaky || n % 2 === 0;
    return {
      output: JSON.stringify({ score: pass ? 0.9 : 0.2, pass, reason: pass ? 'greets' : 'does not' }),
      usage: { input: 40, output: 10 },
    };
  });
  return model;
}

async function run(
  model: ReturnType<typeof world>,
  cache: MemoryCache,
  job: Partial<SuiteJob> = {},
  cacheMode: 'use' | 'replay' = 'use',
  trace = new MemoryTrace(),
) {
  const s = suite({ cases, judge });
  const out = await runEval(
    [{ label: 'head', suite: s, ...job }],
    options({ cacheMode, cacheTtlHours: 0 }),
    deps(model, fakeClock(), {
      cache,
      trace,
      scorers: registry,
      providers: { grader: judge },
      pricing: { 'test-model': { input: 1, output: 2 }, 'judge-model': { input: 10, output: 20 } },
    }),
  );
  return out.results[0]!.suite;
}
const judgeCalls = (m: ReturnType<typeof world>) => m.calls.filter((c) => c.provider.model === 'judge-model').length;

describe('judge self-consistency', () => {
  it('re-judges a few samples live, even when the cache answers the first verdict', async () => {
    const model = world(true);
    const cache = new MemoryCache();
    const trace = new MemoryTrace();
    const first = await run(model, cache, {}, 'use', trace);
    // The trace tells the second judgements apart: live, never a cache hit.
    const rejudges = trace.records.filter((r) => r.kind === 'judge' && r.rejudge === true);
    expect(rejudges).toHaveLength(DEFAULT_CONSISTENCY_CHECKS);
    expect(rejudges.every((r) => !r.cacheHit)).toBe(true);
    // 12 first verdicts and DEFAULT_CONSISTENCY_CHECKS second ones.
    expect(judgeCalls(model)).toBe(12 + DEFAULT_CONSISTENCY_CHECKS);
    const c = first.judgeConsistency!;
    expect(c).toMatchObject({ n: DEFAULT_CONSISTENCY_CHECKS, agree: 0, rate: 0, errors: 0 });
    expect(c.meanScoreDiff).toBeCloseTo(0.7, 10);
    expect(c.rateCi[0]).toBe(0);
    expect(c.rateCi[1]).toBeCloseTo(0.4345, 3);
    expect(c.disagreements).toHaveLength(DEFAULT_CONSISTENCY_CHECKS);
    // The re-judged samples carry the second verdicts, and both calls' cost as evaluation cost.
    const rejudged = first.cases.flatMap((k) => k.samples).filter((x) => x.rejudged);
    expect(rejudged).toHaveLength(DEFAULT_CONSISTENCY_CHECKS);
    const plain = first.cases.flatMap((k) => k.samples).find((x) => !x.rejudged)!;
    expect(rejudged[0]!.evalCostUsd).toBeCloseTo(2 * plain.evalCostUsd!, 12);
    expect(rejudged[0]!.evalTokens).toEqual({ input: 80, output: 20 });
    expect(rejudged[0]!.rejudged).toEqual([{ type: 'llm-rubric', score: 0.2, pass: false }]);
    // The suite's own scores are the first judgement's.
    expect(first.aggregates.passRate).toBe(1);
    expect(consistencyLow(c)).toBe(true);
    expect(consistencyText(c)).toMatch(
      /^judge self-consistency: 0 of 5 verdicts repeated when judged again \(0%, 95% CI 0%–43%\), mean score difference 0\.70; flipped on /,
    );

    // Again: the first verdicts come from the cache, the second ones are new calls (the third answer
    // for the same prompt: pass again), and the cache still holds the first verdict.
    const before = judgeCalls(model);
    const again = await run(model, cache);
    expect(judgeCalls(model) - before).toBe(DEFAULT_CONSISTENCY_CHECKS);
    expect(again.judgeConsistency).toMatchObject({ n: 5, agree: 5, rate: 1 });
    expect(again.cases.every((k) => k.samples[0]!.pass === true)).toBe(true);
    // The same cases are checked run after run (a stable, spread choice).
    const ids = (s: typeof first) => s.cases.filter((k) => k.samples[0]!.rejudged).map((k) => k.id);
    expect(ids(again)).toEqual(ids(first));
    expect(new Set(ids(first))).toEqual(
      consistencyCases(
        'greeting',
        cases.map((k) => k.id),
        5,
      ),
    );
  });

  it('a consistent judge scores 100 %; none in replay mode, with consistencyChecks 0, or for extra rounds', async () => {
    const steady = world(false);
    const s = await run(steady, new MemoryCache(), { consistencyChecks: 3 });
    expect(s.judgeConsistency).toMatchObject({ n: 3, agree: 3, rate: 1, meanScoreDiff: 0 });
    expect(consistencyLow(s.judgeConsistency)).toBe(false);

    const cache = new MemoryCache();
    await run(world(false), cache, { consistencyChecks: 0 });
    const replayModel = world(true);
    const replayed = await run(replayModel, cache, {}, 'replay');
    expect(judgeCalls(replayModel)).toBe(0);
    expect(replayed.judgeConsistency).toBeUndefined();

    const off = world(true);
    expect((await run(off, new MemoryCache(), { consistencyChecks: 0 })).judgeConsistency).toBeUndefined();
    expect(judgeCalls(off)).toBe(12);

    const round = world(true);
    const indices = new Map(cases.map((k) => [k.id, [1]]));
    expect((await run(round, new MemoryCache(), { sampleIndices: indices })).judgeConsistency).toBeUndefined();
    expect(judgeCalls(round)).toBe(12);
  });
});

describe('the estimate counts the self-consistency re-judgements', () => {
  it('adds one judgement per re-judged case on head, none on base or with consistencyChecks 0', async () => {
    const { estimateRun } = await import('../../../src/core/estimate/estimate.js');
    const s = suite({ cases, judge, provider: provider({ maxTokens: 10 }) });
    const input = (jobs: Parameters<typeof estimateRun>[0]['jobs']) =>
      estimateRun({
        jobs,
        tokens: { countChat: () => 10, encodingFor: () => ({ name: 'test', approximate: true }) },
        pricing: { 'test-model': { input: 1, output: 2 }, 'judge-model': { input: 10, output: 20 } },
        modelGraded: new Set(['llm-rubric']),
      }).suites;
    const [head, base, off] = input([
      { suite: s, label: 'head', samples: { min: 1, max: 3 } },
      { suite: s, label: 'base', samples: { min: 1, max: 3 }, consistencyChecks: 0 },
      { suite: { ...s, judgeConsistencyChecks: 0 }, samples: { min: 1, max: 1 } },
    ]);
    expect(head!.judgeRequests).toEqual({
      low: 12 + DEFAULT_CONSISTENCY_CHECKS,
      high: 36 + DEFAULT_CONSISTENCY_CHECKS,
    });
    expect(base!.judgeRequests).toEqual({ low: 12, high: 36 });
    expect(off!.judgeRequests).toEqual({ low: 12, high: 12 });
    expect(head!.costUsd!.expected).toBeGreaterThan(base!.costUsd!.expected);
  });
});
