// Paired comparison of per-case mean scores (head − base) over the cases present on both sides.
//
// Method (see docs/gate-rules.md): cases are the unit of replication (repeats of one case are
// correlated, so they are averaged first) and pairing removes the large between-case variance in
// difficulty. The p-value for a drop is the exact sign-flip permutation test whenever the differences
// are discrete enough to enumerate (repeat 1–few, temperature 0, a handful of flips: exactly where the
// t approximation overstates the evidence), else the paired t test. The interval is the paired t
// interval, never narrower than one case moving by the smallest observable step would make it, so a
// zero-variance difference (every case identical, or every case shifted alike) never gives a
// zero-width interval. Deterministic: the same results give the same verdict on every re-run.
import type { Interval } from '../compare/types.js';
import { signFlipPValue } from './sign-flip.js';
import { tCdf, tQuantile } from './student-t.js';

export interface PairedDelta {
  /** Number of paired cases. */
  n: number;
  meanBase: number;
  meanHead: number;
  /** Mean of (head − base). */
  delta: number;
  /** Standard deviation of the per-case differences (0 when n < 2), before the resolution floor. */
  sd: number;
  /** Standard error of the mean difference used for the interval (with the floor); null when n < 2. */
  se: number | null;
  /** Two-sided interval at `confidence` on the mean difference; null when n < 2. */
  ci: Interval | null;
  /** One-sided p-value for "head is worse than base" (alternative: delta < 0); null when n < 2. */
  pValue: number | null;
  /** How pValue was computed. */
  method: 'sign-flip' | 't' | null;
  /** Cases whose difference is not zero. */
  nonZero: number;
}

export interface PairedOptions {
  /** Interval bounds are clamped to these (scores live in [0,1], so a difference in [−1,1]). */
  bounds?: readonly [number, number];
  /**
   * The smallest change one case's score can make (1/samples for pass/fail scores). Used for the
   * interval's floor when every difference is the same; defaults to the smallest non-zero |difference|,
   * else 0.1.
   */
  resolution?: number;
  /** Use the exact sign-flip p-value whenever the differences are discrete enough (the PR gate does). */
  exact?: boolean;
}

export function pairedDelta(
  pairs: ReadonlyArray<readonly [base: number, head: number]>,
  confidence = 0.95,
  opts: PairedOptions = {},
): PairedDelta | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0,1), got ${confidence}`);
  const bounds = opts.bounds ?? [-1, 1];
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
  // Floating noise (0.1 + 0.2 − 0.3) must not become a difference.
  const diffs = pairs.map(([b, h]) => (Math.abs(h - b) < 1e-12 ? 0 : h - b));
  const rawDelta = diffs.reduce((s, d) => s + d, 0) / n;
  const delta = Math.abs(rawDelta) < 1e-12 ? 0 : rawDelta;
  let nonZero = 0;
  let smallest = Infinity;
  for (const d of diffs) {
    if (d === 0) continue;
    nonZero++;
    smallest = Math.min(smallest, Math.abs(d));
  }
  if (n < 2) return { n, meanBase, meanHead, delta, sd: 0, se: null, ci: null, pValue: null, method: null, nonZero };

  const ss = diffs.reduce((s, d) => s + (d - delta) ** 2, 0);
  const sdRaw = Math.sqrt(ss / (n - 1));
  const sd = sdRaw < 1e-12 ? 0 : sdRaw;
  const resolution = opts.resolution ?? (Number.isFinite(smallest) ? smallest : 0.1);
  // One case moving by `resolution` gives sd = resolution/√n; the interval is never narrower than that.
  const se = Math.max(sd, resolution / Math.sqrt(n)) / Math.sqrt(n);
  const df = n - 1;
  const q = tQuantile(1 - (1 - confidence) / 2, df);
  const clamp = (x: number): number => Math.min(bounds[1], Math.max(bounds[0], x));
  const exact = opts.exact ? signFlipPValue(diffs) : null;
  const pValue = exact ?? (sd === 0 ? (delta < 0 ? 0 : 1) : tCdf(delta / se, df));
  return {
    n,
    meanBase,
    meanHead,
    delta,
    sd,
    se,
    ci: { low: clamp(delta - q * se), high: clamp(delta + q * se), level: confidence },
    pValue,
    method: exact === null ? 't' : 'sign-flip',
    nonZero,
  };
}
