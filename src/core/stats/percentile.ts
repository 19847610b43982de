// Percentiles for latency aggregates (p50/p95). Linear interpolation between closest ranks
// (the "type 7" definition used by numpy and spreadsheets), so small samples give stable,
// familiar figures instead of jumping from one observed value to the next.

/**
 * The p-th percentile of `values`, p on the 0..100 scale (p50 → `percentile(xs, 50)`).
 * Returns null for an empty list; non-finite values are ignored. Does not mutate `values`.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}
