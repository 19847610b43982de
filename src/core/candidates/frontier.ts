// Candidates and a frontier: the suites evaluated under the current provider and each candidate on the
// same cases, compared pair by pair (src/core/stats, the gate's paired statistics), with the Pareto
// frontier over quality (mean score) and cost per request.
//
// Non-inferiority, for each candidate cheaper than the current model: the null hypothesis "the candidate is worse by more
// than `margin`" (Δ ≤ −margin) against "not worse by more than margin", one-sided paired t on the
// per-case score differences (the gate's interval floor included, so identical answers never give a
// zero-width interval), at the gate's one-sided error rate (1 − gate.confidence)/2 shared over every
// test of the run by Holm's step-down. "worse" when the mirror test rejects Δ ≥ −margin at the same
// level; otherwise "undecided", with the number of cases a test of 80 % power would need at the
// observed difference and spread.
import { pairedDelta } from '../stats/paired.js';
import { tCdf, tQuantile } from '../stats/student-t.js';
import type { SuiteResult } from '../results/types.js';

export type Verdict = 'not-worse' | 'worse' | 'undecided' | 'not-cheaper' | 'current';

export interface CandidatePoint {
  /** Provider name ("current" is the suite's own provider). */
  name: string;
  model: string;
  score: number | null;
  /** t interval of the mean case score at the gate's confidence. */
  scoreCi: [number, number] | null;
  costPerRequestUsd: number | null;
  monthlyCostUsd: number | null;
  p95LatencyMs: number | null;
  /** Paired score difference candidate − current over the cases both answered. */
  delta: number | null;
  deltaCi: [number, number] | null;
  pairedCases: number;
  verdict: Verdict;
  /** undecided: more cases a test of 80 % power would need (null when no difference could show it). */
  moreCases?: number | null;
  /** One-sided p-value of the non-inferiority test (before Holm). */
  pValue?: number | null;
  onFrontier: boolean;
  /**
   * Share of its answered requests that went through the Batch API (their cost is the batch price);
   * absent when none did.
   */
  batchedShare?: number;
}

export interface SuiteFrontier {
  suite: string;
  margin: number;
  points: CandidatePoint[];
  /** The cheapest candidate that is not worse by more than the margin. */
  recommended?: string;
}

export interface FrontierReport {
  confidence: number;
  /** One-sided error rate shared by all the non-inferiority tests of the run (Holm). */
  alpha: number;
  tests: number;
  suites: SuiteFrontier[];
}

export interface FrontierInput {
  suite: string;
  current: { name: string; result: SuiteResult };
  candidates: { name: string; result: SuiteResult }[];
}

const POWER_Z = 0.8416; // one-sided 80 % power

function caseScores(r: SuiteResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of r.cases) if (c.score !== null) m.set(c.id, c.score);
  return m;
}

function meanCi(values: number[], confidence: number): [number, number] | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const h = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return [Math.max(0, mean - h), Math.min(1, mean + h)];
}

function batchedShare(r: SuiteResult): number {
  const sent = r.cases.flatMap((c) => c.samples.filter((x) => x.status === 'ok' && !x.cached));
  return sent.length ? sent.filter((x) => x.batched).length / sent.length : 0;
}

function point(name: string, r: SuiteResult, confidence: number): CandidatePoint {
  const a = r.aggregates;
  const batched = batchedShare(r);
  return {
    name,
    model: r.provider.model,
    score: a.meanScore,
    scoreCi: meanCi([...caseScores(r).values()], confidence),
    costPerRequestUsd: a.costPerRequestUsd,
    monthlyCostUsd: a.projectedMonthlyCostUsd,
    p95LatencyMs: a.latencyMs.p95,
    delta: null,
    deltaCi: null,
    pairedCases: 0,
    verdict: 'current',
    onFrontier: false,
    ...(batched > 0 ? { batchedShare: batched } : {}),
  };
}

/** Pareto frontier: no other point scores at least as well for at most the cost, better in one. */
function markFrontier(points: CandidatePoint[]): void {
  for (const p of points) {
    if (p.score === null || p.costPerRequestUsd === null) continue;
    p.onFrontier = !points.some(
      (q) =>
        q !== p &&
        q.score !== null &&
        q.costPerRequestUsd !== null &&
        q.score >= p.score! &&
        q.costPerRequestUsd <= p.costPerRequestUsd! &&
        (q.score > p.score! || q.costPerRequestUsd < p.costPerRequestUsd!),
    );
  }
}

export function buildFrontier(
  inputs: readonly FrontierInput[],
  opts: { confidence: number; margin: number },
): FrontierReport {
  const alpha = (1 - opts.confidence) / 2;
  const suites: SuiteFrontier[] = [];
  const tests: { p: CandidatePoint; pNi: number; pWorse: number }[] = [];
  for (const input of inputs) {
    const current = point(input.current.name, input.current.result, opts.confidence);
    const base = caseScores(input.current.result);
    const points = [current];
    for (const c of input.candidates) {
      const p = point(c.name, c.result, opts.confidence);
      points.push(p);
      const scores = caseScores(c.result);
      const pairs: [number, number][] = [...base]
        .filter(([id]) => scores.has(id))
        .map(([id, b]) => [b, scores.get(id)!]);
      const samples = Math.max(1, c.result.repeat);
      const d = pairedDelta(pairs, opts.confidence, { resolution: 1 / samples });
      p.pairedCases = pairs.length;
      if (d) {
        p.delta = d.delta;
        if (d.ci) p.deltaCi = [d.ci.low, d.ci.high];
      }
      const cheaper =
        p.costPerRequestUsd !== null &&
        current.costPerRequestUsd !== null &&
        p.costPerRequestUsd < current.costPerRequestUsd;
      if (!cheaper) {
        p.verdict = 'not-cheaper';
        continue;
      }
      p.verdict = 'undecided';
      if (!d || d.se === null || d.se === 0) {
        p.moreCases = null;
        continue;
      }
      const df = d.n - 1;
      const t = (d.delta + opts.margin) / d.se;
      const pNi = 1 - tCdf(t, df);
      p.pValue = pNi;
      tests.push({ p, pNi, pWorse: tCdf(t, df) });
      // Cases for 80 % power at the observed difference and spread (sd per case).
      const gap = d.delta + opts.margin;
      const sdCase = d.se * Math.sqrt(d.n);
      p.moreCases =
        gap > 0 ? Math.max(0, Math.ceil((((tQuantile(1 - alpha, df) + POWER_Z) * sdCase) / gap) ** 2) - d.n) : null;
    }
    markFrontier(points);
    suites.push({ suite: input.suite, margin: opts.margin, points });
  }
  // Holm over every non-inferiority test of the run: the k-th smallest p-value against alpha/(m−k).
  const m = tests.length;
  const byP = [...tests].sort((a, b) => a.pNi - b.pNi);
  let stopped = false;
  byP.forEach((t, k) => {
    if (!stopped && t.pNi <= alpha / (m - k)) {
      t.p.verdict = 'not-worse';
      delete t.p.moreCases;
    } else stopped = true;
  });
  const byWorse = [...tests].sort((a, b) => a.pWorse - b.pWorse);
  stopped = false;
  byWorse.forEach((t, k) => {
    if (!stopped && t.pWorse <= alpha / (m - k)) {
      if (t.p.verdict === 'undecided') {
        t.p.verdict = 'worse';
        delete t.p.moreCases;
      }
    } else stopped = true;
  });
  for (const s of suites) {
    const ok = s.points
      .filter((p) => p.verdict === 'not-worse')
      .sort((a, b) => a.costPerRequestUsd! - b.costPerRequestUsd!);
    if (ok[0]) s.recommended = ok[0].name;
  }
  return { confidence: opts.confidence, alpha, tests: m, suites };
}
