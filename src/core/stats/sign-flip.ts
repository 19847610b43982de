// Exact paired sign-flip (permutation) test. Under "no change" every per-case difference is as likely
// to have come out with either sign, so the 2^n sign patterns are equally likely; the one-sided p-value
// for a drop is the share of patterns whose sum is at most the observed sum. Exact whatever the shape
// of the differences, which matters when they are mostly zero or take a few discrete values (repeat 1,
// temperature 0, a handful of flips), where the t approximation claims far too much: 4 of 50 cases
// flipping one way has exact p = 2^-4 = 0.0625, not the t test's 0.02.
//
// Computed by dynamic programming over the distribution of the signed sum on an integer lattice: the
// differences of per-case means of n samples are multiples of 1/n, so scaled by the smallest L ≤ MAX_L
// that makes them integers, the sum lives on at most 2·L·Σ|dᵢ| + 1 points. Differences that fit no
// small lattice (graded scores, mixed sample counts) are continuous enough for the t test: the function
// answers null and the caller uses t.

/** Largest lattice scale tried (samples per case up to 60 on both sides alike). */
const MAX_L = 60;
/** Largest DP work (lattice points × non-zero differences) the exact test spends. */
const MAX_WORK = 400_000;

function latticeScale(diffs: readonly number[]): number | null {
  outer: for (let L = 1; L <= MAX_L; L++) {
    for (const d of diffs) {
      const x = Math.abs(d) * L;
      if (Math.abs(x - Math.round(x)) > 1e-6) continue outer;
    }
    return L;
  }
  return null;
}

/**
 * One-sided exact p-value P(S* ≤ S_obs) for "the differences are shifted down" (S = Σ dᵢ), or null when
 * the differences fit no small lattice. Zero differences carry no sign and drop out.
 */
export function signFlipPValue(diffs: readonly number[]): number | null {
  const nz = diffs.filter((d) => d !== 0);
  if (nz.length === 0) return 1;
  const L = latticeScale(nz);
  if (L === null) return null;
  const ints = nz.map((d) => Math.round(Math.abs(d) * L));
  const total = ints.reduce((s, v) => s + v, 0);
  if ((2 * total + 1) * ints.length > MAX_WORK) return null;
  const observed = Math.round(nz.reduce((s, d) => s + d, 0) * L);
  // dist[s + total] = P(sum = s)
  let dist = new Float64Array(2 * total + 1);
  let next = new Float64Array(2 * total + 1);
  dist[total] = 1;
  let reach = 0;
  for (const v of ints) {
    next.fill(0, total - reach - v, total + reach + v + 1);
    for (let s = total - reach; s <= total + reach; s++) {
      const p = dist[s] as number;
      if (p === 0) continue;
      next[s + v] = (next[s + v] as number) + p / 2;
      next[s - v] = (next[s - v] as number) + p / 2;
    }
    reach += v;
    [dist, next] = [next, dist];
  }
  let p = 0;
  for (let s = 0; s <= Math.min(2 * total, observed + total); s++) p += dist[s] as number;
  return Math.min(1, p);
}
