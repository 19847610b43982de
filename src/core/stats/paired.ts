// Paired comparison of per-case mean scores (head − base) over the cases present on both sides.
//
// Method: paired t on the per-case differences, Student-t quantiles with n−1 degrees of freedom.
// Why (see docs/gate-rules.md): cases are the unit of replication (repeats of one case are correlated,
// so they are averaged first); pairing removes the large between-case variance in difficulty; a
// per-case mean of bounded scores has bounded variance, so the t approximation is good from a few
// dozen cases, and the t quantile (not z) keeps small suites honest. It is deterministic: the same
// results give the same verdict on every re-run, which a seeded bootstrap only imitates.
import type { Interval } from '../compare/types.js';
import { tCdf, tQuantile } from './student-t.js';

export interface PairedDelta {
  /** Number of paired cases. */
  n: number;
  meanBase: number;
  meanHead: number;
  /** Mean of (head − base). */
  delta: number;
  /** Standard deviation of the per-case differences (0 when n < 2). */
  sd: number;
  /** Two-sided interval at `confidence` on the mean difference; null when n < 2. */
  ci: Interval | null;
  /** One-sided p-value for "head is worse than base" (alternative hypothesis: delta < 0); null when n < 2. */
  pValue: number | null;
}

/**
 * Paired delta of `pairs` ([base, head] per case) with a two-sided t interval at `confidence` and the
 * one-sided p-value for a drop. Zero variance is handled explicitly: identical sides give CI [0,0] and
 * p = 1; a constant non-zero shift gives a degenerate CI and the exact sign-flip p-value (2^-n for a
 * drop), since the t statistic is undefined there. Interval bounds are clamped to `bounds` (scores
 * live in [0,1], so a difference lives in [−1,1]).
 */
export function pairedDelta(
  pairs: ReadonlyArray<readonly [base: number, head: number]>,
  confidence = 0.95,
  bounds: readonly [number, number] = [-1, 1],
): PairedDelta | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0,1), got ${confidence}`);
  const n = pairs.length;
  if (n === 0) return null;
  let sumBase = 0;
  let sumHead = 0;
  for (const [b, h] of pairs) {
    sumBase += b;
    sumHead += h;
  }
  const meanBase = sumBase / n;
  const meanHead = sumHead / n;
  const diffs = pairs.map(([b, h]) => h - b);
  const delta = diffs.reduce((s, d) => s + d, 0) / n;
  if (n < 2) return { n, meanBase, meanHead, delta, sd: 0, ci: null, pValue: null };

  const ss = diffs.reduce((s, d) => s + (d - delta) ** 2, 0);
  const sd = Math.sqrt(ss / (n - 1));
  // Floating noise on identical-looking differences must not become a "significant" shift.
  if (sd < 1e-12) {
    const d = Math.abs(delta) < 1e-12 ? 0 : delta;
    const pValue = d < 0 ? Math.pow(0.5, n) : 1;
    return { n, meanBase, meanHead, delta: d, sd: 0, ci: { low: d, high: d, level: confidence }, pValue };
  }
  const se = sd / Math.sqrt(n);
  const df = n - 1;
  const q = tQuantile(1 - (1 - confidence) / 2, df);
  const clamp = (x: number): number => Math.min(bounds[1], Math.max(bounds[0], x));
  return {
    n,
    meanBase,
    meanHead,
    delta,
    sd,
    ci: { low: clamp(delta - q * se), high: clamp(delta + q * se), level: confidence },
    pValue: tCdf(delta / se, df),
  };
}
