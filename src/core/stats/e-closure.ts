// Naming hypotheses from e-values with the false discovery rate controlled: the closed e-Benjamini-
// Hochberg procedure (Xu, Solari, Fischer, de Heide, Goeman & Ramdas, "Bringing closure to FDR control",
// 2025), which names everything e-BH names and sometimes more, under any dependence between the e-values.
//
// Why it is valid: for the (unknown) set N of true nulls, FDP(R) = |R ∩ N| / |R|. If a named set R
// satisfies, for every non-empty S, |R ∩ S| / |R| ≤ (q / |S|)·Σ_{i∈S} eᵢ, it does so for S = N, so
// FDR = E[FDP] ≤ q·E[mean of the null e-values] ≤ q. Any R chosen from the data that passes every S is
// fine. e-BH's R (each named eᵢ ≥ m / (q·|R|)) always passes; the closure may also pass a larger R when
// the other e-values are not small (the null cases' own e-values count: they have mean ≤ 1, not 0).
// When nothing is a true effect (N = every hypothesis) FDP is 1 whenever anything is named, so
// P(anything named) ≤ q.
//
// Checking every S is cheap: for R = the k largest e-values, the worst S takes the j smallest of R and
// the t smallest outside R; for fixed j the bound is convex in t, minimal where the outside e-values
// stop being below j / (q·k).

/** Which of `es` are named at FDR level q: the k largest for the largest k whose set passes every S. */
export function closedEBenjaminiHochberg(es: readonly number[], q: number): boolean[] {
  const m = es.length;
  const out = es.map(() => false);
  if (m === 0 || !(q > 0)) return out;
  const order = es.map((e, i) => [Math.max(0, e), i] as const).sort((a, b) => b[0] - a[0]);
  const desc = order.map(([e]) => e);
  // Necessary for any k (j = k, S = everything): the e-values' mean reaches 1/q.
  if (desc.reduce((s, e) => s + e, 0) < m / q) return out;
  // The t smallest e-values outside the top k are the t smallest of all (t ≤ m − k): one ascending array
  // with prefix sums serves every k.
  const asc = [...desc].reverse();
  const prefix = [0];
  for (const e of asc) prefix.push((prefix[prefix.length - 1] ?? 0) + e);
  for (let k = m; k >= 1; k--) {
    if (passes(desc, asc, prefix, k, q)) {
      for (let j = 0; j < k; j++) out[order[j]![1]] = true;
      return out;
    }
  }
  return out;
}

/** Whether the k largest (desc sorted) pass |R ∩ S| / k ≤ (q / |S|)·Σ_S e for every S. */
function passes(
  desc: readonly number[],
  asc: readonly number[],
  prefix: readonly number[],
  k: number,
  q: number,
): boolean {
  const m = desc.length;
  // j = 1, t = 0: the k-th largest alone must reach 1 / (q·k).
  if ((desc[k - 1] ?? 0) < 1 / (q * k)) return false;
  const outside = m - k;
  let inR = 0;
  for (let j = 1; j <= k; j++) {
    inR += desc[k - j] ?? 0; // the j smallest of R
    const c = j / (q * k);
    // t* = how many outside e-values are below c (adding one below c lowers the slack).
    let lo = 0;
    let hi = outside;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((asc[mid] ?? 0) < c) lo = mid + 1;
      else hi = mid;
    }
    const t = lo;
    // Σ_S e ≥ (j + t)·c, with a relative tolerance for rounding.
    if (inR + (prefix[t] ?? 0) < (j + t) * c * (1 - 1e-12)) return false;
  }
  return true;
}
