// The score evidence of one night against a pooled multi-run baseline, and how it accumulates across
// nights. The design and the simulation behind the constants are in docs/drift.md ("How the score
// decides"); in short:
//
// - The unit of noise is a run's score for one case (the mean of its repeats). Its variance `v` is
//   estimated twice from the baseline, from the spread between the baseline runs per case (two-way
//   residual: case and run effects removed) and from the repeats inside each run, and the larger of
//   the two is used; a weak prior (one pseudo-run per case with a quarter of the widest possible
//   variance) keeps a baseline that happened to repeat itself exactly from claiming zero noise.
// - Runs also move together (a slower or busier day shifts every case): that between-run variance
//   `tau2` is what the spread of the baseline runs' means shows beyond `v / n`.
// - A night's drop is the paired mean over cases of (baseline case mean − night case mean), over all
//   of the night's runs (the check and, on a suspicious night, its confirmation re-runs: each is new
//   evidence, none is compared twice). Its standard error counts the baseline's own uncertainty once:
//   se² = (v / n + tau2) · (1/m + 1/k) for m night runs and k baseline runs.
// - Nights accumulate in a one-sided CUSUM of z = drop / se; an alarm needs the CUSUM over its limit
//   or one night's z over the one-night limit, and a drop of at least half of `maxScoreDrop`.
import { normalQuantile } from '../stats/normal.js';
import type { HistoryEntry, NightEvidence } from './history.js';

/** CUSUM reference: evidence below this z per night drains the sum (the expected z of a quiet night is 0). */
export const CUSUM_REFERENCE = 1.25;
/** CUSUM alarm limit (calibrated by the seeded simulation in test/unit/drift/simulation-*.test.ts). */
export const CUSUM_LIMIT = 3.0;
/** z of the check run from which confirmation re-runs are made (also when the CUSUM would pass 1). */
export const SUSPECT_Z = 1.0;
/** Pooled z after the confirmation re-runs from which, still short of an alarm, as many re-runs again are made. */
export const EXTEND_Z = 2.0;
/** While an issue is open, a night still drifts when its check run alone shows a drop at this z (one-sided 5%). */
export const PERSIST_Z = 1.645;

/** Share of the nightly false-alarm budget given to the score's one-night rule (the CUSUM uses about as much). */
export const SCORE_SHARE = 1 / 3;

/** The one-night z limit for a per-night false-alarm budget `alpha` (one-sided normal quantile of alpha · SCORE_SHARE). */
export function oneNightLimit(alpha: number): number {
  return normalQuantile(1 - alpha * SCORE_SHARE);
}

export interface NoiseEstimate {
  /** Variance of one run's score of one case (repeat and day-to-day noise). */
  v: number;
  /** Variance shared by all cases of a run (run-to-run shift of the mean). */
  tau2: number;
  /** Baseline runs. */
  k: number;
  /** Cases used. */
  n: number;
}

const caseScore = (e: HistoryEntry, id: string): number | null => e.cases.find((c) => c.id === id)?.score ?? null;

/** Noise of a run's case scores and of run means, from the baseline runs (see the file comment). */
export function estimateNoise(baseline: readonly HistoryEntry[]): NoiseEstimate {
  const k = baseline.length;
  // Cases scored in every baseline run: the two-way table must be complete.
  const ids = (baseline[0]?.cases ?? [])
    .map((c) => c.id)
    .filter((id) => baseline.every((e) => caseScore(e, id) !== null));
  const n = ids.length;
  if (k === 0 || n === 0) return { v: 0.25, tau2: 0, k, n };
  const x = baseline.map((e) => {
    const byId = new Map(e.cases.map((c) => [c.id, c.score]));
    return ids.map((id) => byId.get(id)!);
  });
  const repeats = mean(baseline.flatMap((e) => e.cases.map((c) => c.scores?.length ?? 1))) ?? 1;
  const prior = 0.25 / Math.max(1, repeats);

  // Within-run repeats: the variance of a case's mean of r samples is s² / r.
  let ssW = 0;
  let dfW = 0;
  for (const e of baseline)
    for (const c of e.cases) {
      const s = c.scores;
      if (!s || s.length < 2) continue;
      const m = s.reduce((a, b) => a + b, 0) / s.length;
      ssW += s.reduce((a, b) => a + (b - m) ** 2, 0) / s.length;
      dfW += s.length - 1;
    }
  // Without repeats (repeat 1, or a version-1 history) the repeats say nothing: no estimate from them.
  const vW = dfW > 0 ? (ssW + n * prior) / (dfW + n) : undefined;

  const runMeans = x.map((row) => row.reduce((a, b) => a + b, 0) / n);
  if (k < 2) return { v: vW ?? prior, tau2: 0, k, n };
  const caseMeans = ids.map((_, i) => x.reduce((a, row) => a + row[i]!, 0) / k);
  const grand = runMeans.reduce((a, b) => a + b, 0) / k;
  let ssR = 0;
  for (let j = 0; j < k; j++)
    for (let i = 0; i < n; i++) ssR += (x[j]![i]! - caseMeans[i]! - runMeans[j]! + grand) ** 2;
  const vR = (ssR + n * prior) / ((k - 1) * (n - 1) + n);
  const v = Math.max(vW ?? 0, vR);
  const varMeans = runMeans.reduce((a, b) => a + (b - grand) ** 2, 0) / (k - 1);
  return { v, tau2: Math.max(0, varMeans - v / n), k, n };
}

export interface ScoreEvidence {
  drop: number;
  se: number;
  z: number;
  runs: number;
  pairedCases: number;
  /** Mean score of the night's runs over the paired cases, and of the baseline. */
  nowMean: number;
  baselineMean: number;
}

/** The night's paired drop against the baseline, over all its runs. */
export function nightEvidence(
  baseline: readonly HistoryEntry[],
  night: readonly HistoryEntry[],
  noise: NoiseEstimate,
): ScoreEvidence | null {
  const sums = (entries: readonly HistoryEntry[]): Map<string, { sum: number; n: number }> => {
    const out = new Map<string, { sum: number; n: number }>();
    for (const e of entries)
      for (const c of e.cases) {
        if (c.score === null) continue;
        const s = out.get(c.id) ?? { sum: 0, n: 0 };
        s.sum += c.score;
        s.n++;
        out.set(c.id, s);
      }
    return out;
  };
  const b = sums(baseline);
  const now = sums(night);
  let dropSum = 0;
  let bSum = 0;
  let nSum = 0;
  let n = 0;
  for (const [id, c] of now) {
    const bc = b.get(id);
    if (!bc) continue;
    const bm = bc.sum / bc.n;
    const nm = c.sum / c.n;
    dropSum += bm - nm;
    bSum += bm;
    nSum += nm;
    n++;
  }
  if (n === 0) return null;
  const m = night.length;
  const k = Math.max(1, baseline.length);
  const drop = dropSum / n;
  const se = Math.sqrt((noise.v / n + noise.tau2) * (1 / m + 1 / k));
  const z = se > 0 ? drop / se : drop > 1e-12 ? Number.POSITIVE_INFINITY : 0;
  return { drop, se, z, runs: m, pairedCases: n, nowMean: nSum / n, baselineMean: bSum / n };
}

export const cusumStep = (prev: number, z: number): number => Math.max(0, prev + z - CUSUM_REFERENCE);

/** The night's evidence record for the history. */
export function toNightEvidence(e: ScoreEvidence, cusum: number, baselineRuns: number): NightEvidence {
  const r = (x: number, d = 5): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x > 0 ? 1e9 : -1e9);
  return { drop: r(e.drop), se: r(e.se), z: r(e.z, 3), runs: e.runs, cusum: r(cusum, 3), baselineRuns };
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
