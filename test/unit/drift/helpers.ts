// Builders of SuiteResults / history entries for the drift unit tests.
import type { HistoryEntry } from '../../../src/core/drift/history.js';
import { toHistoryEntry } from '../../../src/core/drift/history.js';
import type { SuiteResult } from '../../../src/core/results/types.js';

export interface CaseSpec {
  id: string;
  score: number;
  output?: string;
}

export function suiteResult(
  name: string,
  cases: CaseSpec[],
  o: {
    promptVersion?: string;
    settingsHash?: string;
    served?: string;
    fp?: string;
    latency?: number;
    tokensOut?: number;
    cost?: number | null;
    errors?: number;
  } = {},
): SuiteResult {
  const scored = cases.map((c) => c.score);
  const mean = scored.length ? scored.reduce((s, x) => s + x, 0) / scored.length : null;
  const errors = o.errors ?? 0;
  return {
    name,
    promptVersion: o.promptVersion ?? 'aaaaaaaaaaaa',
    provider: { id: 'fast', model: 'gpt-4o-mini', settingsHash: o.settingsHash ?? 'set1' },
    servedModels: [o.served ?? 'gpt-4o-mini-2024-07-18'],
    systemFingerprints: [o.fp ?? 'fp_1'],
    repeat: 1,
    cases: cases.map((c) => ({
      id: c.id,
      vars: {},
      samples: [
        {
          index: 0,
          status: 'ok',
          output: c.output ?? `answer ${c.id}`,
          score: c.score,
          pass: c.score >= 0.5,
          assertions: [],
          tokens: { input: 10, output: o.tokensOut ?? 20 },
          latencyMs: o.latency ?? 100,
          costUsd: o.cost === undefined ? 0.0001 : o.cost,
          cached: false,
          attempts: 1,
        },
      ],
      score: c.score,
      passRate: c.score >= 0.5 ? 1 : 0,
      pass: c.score >= 0.5,
    })),
    aggregates: {
      cases: cases.length,
      samples: cases.length + errors,
      ok: cases.length,
      errors,
      budget: 0,
      skipped: 0,
      blocked: 0,
      meanScore: mean,
      passRate: cases.length ? cases.filter((c) => c.score >= 0.5).length / cases.length : null,
      tokens: { input: 10 * cases.length, output: (o.tokensOut ?? 20) * cases.length },
      tokensPerRequest: { input: 10, output: o.tokensOut ?? 20 },
      costUsd: o.cost === null ? null : (o.cost ?? 0.0001) * cases.length,
      costPerRequestUsd: o.cost === null ? null : (o.cost ?? 0.0001),
      projectedMonthlyCostUsd: null,
      priceKnown: o.cost !== null,
      evalCostUsd: null,
      latencyMs: { p50: o.latency ?? 100, p95: o.latency ?? 100, mean: o.latency ?? 100 },
      cacheHits: 0,
    },
  };
}

export const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `case-${i + 1}`);

export function entry(
  runId: string,
  day: number,
  cases: CaseSpec[],
  o: Parameters<typeof suiteResult>[2] & {
    status?: HistoryEntry['status'];
    pinned?: boolean;
    temperature?: number;
    suite?: string;
  } = {},
): HistoryEntry {
  const e = toHistoryEntry(suiteResult(o.suite ?? 'greeting', cases, o), {
    time: new Date(Date.UTC(2026, 9, 1 + day, 3)).toISOString(),
    runId,
    temperature: o.temperature ?? 0,
    ...(o.pinned ? { pinned: true } : {}),
  });
  if (o.status) e.status = o.status;
  return e;
}
