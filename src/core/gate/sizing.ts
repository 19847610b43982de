// `evalgate plan`, pure: a suite's per-case variance from its own history (the drift history's
// per-sample scores, or a previous run's results), and what the gate can detect with the suite as
// configured (gate/power.ts). No request is involved anywhere.
import type { ResolvedSuite } from '../config/resolved.js';
import type { GateConfig } from '../config/schema.js';
import type { HistoryEntry, HistoryFile } from '../drift/history.js';
import { storedName } from '../drift/stored-name.js';
import type { SuiteResult } from '../results/types.js';
import { assumedVariance, estimateVariance, type VarianceEstimate } from '../stats/score-variance.js';
import { suitePower, type SuitePower } from './power.js';
import { sequentialDesign } from './sequential.js';

/** Most recent drift checks read per suite: enough for a stable variance, recent enough to be the suite of today. */
export const HISTORY_RUNS = 20;

export type VarianceOrigin =
  | { kind: 'drift-history'; runs: number; cases: number; promptVersion: 'current' | 'any' }
  | { kind: 'results'; cases: number }
  | { kind: 'none' };

export interface SuiteVariance {
  estimate: VarianceEstimate;
  origin: VarianceOrigin;
}

/** A night's sample scores of each case (the check run; its re-runs are the same night's other draws). */
function entryScores(e: HistoryEntry): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of e.cases) {
    // Only real sample scores: a record without them (history v1, or scores the size cap dropped) holds the
    // night's mean over its repeats, whose spread across nights is a fraction of the sampling noise — as a
    // sample it would promise more power than the suite has. Without any, the plan's assumption applies.
    const scores = c.scores ?? [];
    if (scores.length) out.set(c.id, scores);
  }
  return out;
}

/**
 * From the drift history: each case's per-sample scores, one group per night (a shift between nights
 * is not sampling noise). The nights of the suite's current prompt version when there are any, else
 * every night (an older prompt is still the best guess of the noise).
 */
export function varianceFromHistory(file: HistoryFile | undefined, suite: ResolvedSuite): SuiteVariance {
  const entries = (file?.entries ?? []).filter((e) => e.status !== 'inconclusive');
  if (entries.length === 0) return { estimate: assumedVariance(suite.cases.length), origin: { kind: 'none' } };
  const current = entries.filter((e) => e.promptVersion === suite.promptVersion);
  const used = (current.length ? current : entries).slice(-HISTORY_RUNS);
  const nights = used.map(entryScores);
  const ids = suite.cases.map((c) => storedName(c.id));
  const perCase = ids.map((id) => nights.map((n) => n.get(id) ?? []).filter((g) => g.length > 0));
  const estimate = estimateVariance(
    perCase.filter((g) => g.length > 0),
    suite.cases.length,
  );
  if (estimate.caseMeans.length === 0)
    return { estimate: assumedVariance(suite.cases.length), origin: { kind: 'none' } };
  return {
    estimate,
    origin: {
      kind: 'drift-history',
      runs: used.length,
      cases: perCase.filter((g) => g.length > 0).length,
      promptVersion: current.length ? 'current' : 'any',
    },
  };
}

/** From a previous run's results (`evalgate run --out results.json`): each case's ok samples. */
export function varianceFromResults(result: SuiteResult | undefined, suite: ResolvedSuite): SuiteVariance {
  const cases = (result?.cases ?? [])
    .map((c) => c.samples.filter((s) => s.status === 'ok').map((s) => s.score ?? 0))
    .filter((x) => x.length > 0);
  if (cases.length === 0) return { estimate: assumedVariance(suite.cases.length), origin: { kind: 'none' } };
  return {
    estimate: estimateVariance(
      cases.map((x) => [x]),
      suite.cases.length,
    ),
    origin: { kind: 'results', cases: cases.length },
  };
}

export interface SuitePlan {
  suite: string;
  origin: VarianceOrigin;
  power: SuitePower;
}

/** What the gate detects with the suite as configured, when `compared` suites are compared in one PR. */
export function planSuite(suite: ResolvedSuite, gate: GateConfig, v: SuiteVariance, compared = 1): SuitePlan {
  const repeat = Math.max(1, suite.repeat);
  const power = suitePower(
    {
      cases: suite.cases.length,
      repeat,
      maxRepeat: Math.max(gate.maxRepeat, repeat),
      pairVariance: v.estimate.pairVariance,
      caseMeans: v.estimate.caseMeans,
    },
    v.estimate.source,
    sequentialDesign(gate, compared),
  );
  return { suite: suite.name, origin: v.origin, power };
}
