import { describe, expect, it } from 'vitest';
import { aggregateCase, aggregateSuite } from '../../../src/core/engine/aggregate.js';
import { estimateInputTokens, estimateRequestTokens } from '../../../src/core/engine/token-budget.js';
import { backoffMs } from '../../../src/core/engine/retry.js';
import { toRunResult } from '../../../src/core/engine/run-result.js';
import { interleave } from '../../../src/core/engine/schedule.js';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import type { SampleResult, SuiteResult } from '../../../src/core/results/types.js';

describe('interleave', () => {
  it('puts the same (suite, case, sample) of different jobs next to each other, aligned by case id', () => {
    const order = interleave([
      { suite: 's', caseIds: ['a', 'b', 'c'], repeat: 1 },
      { suite: 's', caseIds: ['new', 'a', 'b', 'c'], repeat: 1 },
    ]);
    const names = order.map(
      (t) =>
        `${t.job}:${
          [
            ['a', 'b', 'c'],
            ['new', 'a', 'b', 'c'],
          ][t.job]![t.caseIdx]
        }`,
    );
    expect(names).toEqual(['0:a', '1:a', '1:new', '0:b', '1:b', '0:c', '1:c']);
  });

  it('round-robins unrelated jobs and keeps every task exactly once', () => {
    const order = interleave([
      { suite: 'x', caseIds: ['1', '2'], repeat: 2 },
      { suite: 'y', caseIds: ['1'], repeat: 1 },
    ]);
    expect(order.map((t) => `${t.job}/${t.caseIdx}/${t.sample}`)).toEqual([
      '0/0/0',
      '1/0/0',
      '0/0/1',
      '0/1/0',
      '0/1/1',
    ]);
  });
});

describe('budget estimate', () => {
  it('is ceil(chars/4) + 4 per message + 3, plus maxTokens', () => {
    const msgs = [
      { role: 'system' as const, content: 'abcde' },
      { role: 'user' as const, content: 'abcd' },
    ];
    expect(estimateInputTokens(msgs)).toBe(3 + (2 + 4) + (1 + 4));
    expect(estimateRequestTokens(msgs, 100)).toBe(114);
  });
});

describe('backoff', () => {
  it('doubles per retry within [50%, 100%] of the nominal delay and is capped', () => {
    expect(backoffMs(1, 0)).toBe(250);
    expect(backoffMs(1, 0.999999)).toBe(500);
    expect(backoffMs(3, 1)).toBe(2000);
    expect(backoffMs(30, 1)).toBe(30_000);
  });
});

const sample = (over: Partial<SampleResult>): SampleResult => ({
  index: 0,
  status: 'ok',
  assertions: [],
  tokens: { input: 10, output: 2 },
  costUsd: 0.01,
  cached: false,
  attempts: 1,
  output: 'x',
  latencyMs: 100,
  ...over,
});

describe('aggregation', () => {
  it('needs a strict majority of ok samples to pass a case and ignores errors', () => {
    const c = aggregateCase({
      id: 'a',
      vars: {},
      samples: [
        sample({ score: 1, pass: true }),
        sample({ score: 0, pass: false }),
        sample({ status: 'error', output: undefined, costUsd: null }),
      ],
    });
    expect(c).toMatchObject({ score: 0.5, passRate: 0.5, pass: false });
    expect(aggregateCase({ id: 'b', vars: {}, samples: [sample({ status: 'error' })] })).toMatchObject({
      score: null,
      passRate: null,
      pass: null,
    });
  });

  it('weights cases equally, computes latency percentiles, cost per request and monthly projection', () => {
    const cases = [
      aggregateCase({
        id: 'a',
        vars: {},
        samples: [
          sample({ score: 1, pass: true, latencyMs: 100 }),
          sample({ index: 1, score: 1, pass: true, latencyMs: 200, cached: true }),
        ],
      }),
      aggregateCase({
        id: 'b',
        vars: {},
        samples: [
          sample({ score: 0, pass: false, latencyMs: 300 }),
          sample({ index: 1, status: 'skipped', output: undefined, costUsd: null, latencyMs: undefined }),
        ],
      }),
    ];
    const a = aggregateSuite(cases, { requestsPerMonth: 1000 });
    expect(a).toMatchObject({
      cases: 2,
      samples: 4,
      ok: 3,
      skipped: 1,
      meanScore: 0.5,
      passRate: 0.5,
      tokens: { input: 30, output: 6 },
      cacheHits: 1,
      priceKnown: true,
    });
    expect(a.costUsd).toBeCloseTo(0.03, 12);
    expect(a.costPerRequestUsd).toBeCloseTo(0.01, 12);
    expect(a.projectedMonthlyCostUsd).toBeCloseTo(10, 9);
    expect(a.latencyMs).toEqual({ p50: 200, p95: 290, mean: 200 });
    expect(a.tokensPerRequest).toEqual({ input: 10, output: 2 });
  });

  it('makes the suite cost null when any answered sample has an unknown price', () => {
    const cases = [
      aggregateCase({
        id: 'a',
        vars: {},
        samples: [sample({ score: 1, pass: true }), sample({ index: 1, score: 1, pass: true, costUsd: null })],
      }),
    ];
    const a = aggregateSuite(cases);
    expect(a).toMatchObject({
      costUsd: null,
      costPerRequestUsd: null,
      projectedMonthlyCostUsd: null,
      priceKnown: false,
    });
  });
});

describe('toRunResult', () => {
  const suiteResult = (name: string, costUsd: number | null): SuiteResult => ({
    name,
    promptVersion: '000000000000',
    provider: { id: 'p', model: 'm', settingsHash: '111111111111' },
    servedModels: [],
    systemFingerprints: [],
    repeat: 1,
    cases: [],
    aggregates: {
      ...aggregateSuite([]),
      costUsd,
      samples: 3,
      errors: 1,
      tokens: { input: 5, output: 1 },
      evalCostUsd: 0,
    },
  });
  const out: EngineOutput = {
    results: [
      { label: 'base', suite: suiteResult('s1', 1) },
      { label: 'head', suite: suiteResult('s1', 2) },
      { label: 'head', suite: suiteResult('s2', null) },
    ],
    costCapHit: false,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
  };
  it('selects one label and totals it', () => {
    const base = toRunResult(out, 'base', { runId: 'r', toolVersion: '1.2.3', commit: 'abc' });
    expect(base).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'evalgate', version: '1.2.3' },
      runId: 'r',
      label: 'base',
      commit: 'abc',
      startedAt: '2026-01-01T00:00:00.000Z',
      costCapHit: false,
      totals: { costUsd: 1, evalCostUsd: 0, errors: 1, samples: 3, tokens: { input: 5, output: 1 } },
    });
    const head = toRunResult(out, 'head', { runId: 'r', toolVersion: '1.2.3' });
    expect(head.suites.map((s) => s.name)).toEqual(['s1', 's2']);
    expect(head.totals.costUsd).toBeNull();
    expect(toRunResult(out, undefined, { runId: 'r', toolVersion: '1' }).suites).toHaveLength(3);
  });
});
