// Per-case sequential evidence that one case got worse (or better) between two sides, as an e-process.
//
// Why this test: the suite-level test averages over cases, so 5 of 50 cases breaking hard moves the
// mean by only a few points and looks like noise. Each case's own samples carry that evidence.
//
// Samples of a case are paired by sample index (base and head are sampled side by side under the same
// index). For a pair with scores (b, h), d = b − h ∈ [−1, 1]. Under "this case did not change" (the same
// answer distribution on both sides, samples independent) d is symmetric around 0, so for any bet
// λ ∈ [0, 1) the running product Π(1 + λ·d) is a non-negative martingale with mean 1 (a test
// martingale: the betting form of a sign test, conditional on the pairs that disagree). A fixed
// mixture over λ is one too. By Ville's inequality P(it ever reaches 1/α) ≤ α however often it is
// looked at and whatever rule picked which cases to sample next — the gate may sample suspicious cases
// more and look after every round. Pairs that agree (d = 0) leave it unchanged; an errored sample
// leaves its pair out.
import type { CaseResult } from '../results/types.js';

/** Bets of the mixture, equal weights: small bets keep an unchanged case near 1, large ones grow fast on a hard break. */
export const CASE_BETS: readonly number[] = [0.5, 0.8, 0.95];

/** Per pair of samples with the same index: base score − head score (ok samples on both sides only). */
export function pairedDifferences(base: CaseResult, head: CaseResult): number[] {
  const headBy = new Map<number, number>();
  for (const s of head.samples) if (s.status === 'ok') headBy.set(s.index, s.score ?? 0);
  const out: number[] = [];
  for (const s of base.samples) {
    if (s.status !== 'ok') continue;
    const h = headBy.get(s.index);
    if (h !== undefined) out.push((s.score ?? 0) - h);
  }
  return out;
}

/** The mixture e-value Σ wₖ Π(1 + λₖ·dᵢ) for differences where a positive d is evidence (≥ 0). */
export function bettingEValue(diffs: readonly number[], bets: readonly number[] = CASE_BETS): number {
  let sum = 0;
  for (const lambda of bets) {
    let logProduct = 0;
    for (const d of diffs) logProduct += Math.log1p(lambda * Math.max(-1, Math.min(1, d)));
    sum += Math.exp(logProduct);
  }
  return sum / bets.length;
}

export interface CaseEvidence {
  id: string;
  /** e-value that head is worse than base (≥ 0; large = evidence). */
  worse: number;
  /** e-value that head is better than base. */
  better: number;
  /** Pairs of samples compared. */
  pairs: number;
  /** Σ d over the pairs: pairs where base passed and head failed minus the reverse (> 0 leans to a drop). */
  lean: number;
}

export function caseEvidence(base: CaseResult, head: CaseResult): CaseEvidence {
  const d = pairedDifferences(base, head);
  return {
    id: head.id,
    worse: bettingEValue(d),
    better: bettingEValue(d.map((x) => -x)),
    pairs: d.length,
    lean: d.reduce((s, x) => s + x, 0),
  };
}
