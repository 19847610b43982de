// Per-case sample variance of a suite's scores, for the gate's power figures (gate/power.ts). Pure.
//
// Each case contributes groups of sample scores (one group per side of a gate run, or per night of the
// drift history). Within-group variances are pooled (df-weighted), so a shift between runs does not
// count as sampling noise; a case with no group of two or more samples (repeat 1) uses the variance
// of all its samples together. With no case having two samples at all, only the mean score is known:
// m(1 − m) bounds the mean per-case variance of scores in [0, 1] with mean m (Bhatia–Davis, and
// Jensen across cases), so the figures are an upper bound. With no data at all: p = 0.5, the maximum.
import type { VarianceSource } from '../gate/power-types.js';

/** Per-sample variance of one case from its groups of sample scores; null with fewer than 2 samples. */
export function caseVariance(groups: readonly (readonly number[])[]): number | null {
  let ss = 0;
  let df = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const m = g.reduce((s, x) => s + x, 0) / g.length;
    ss += g.reduce((s, x) => s + (x - m) ** 2, 0);
    df += g.length - 1;
  }
  if (df > 0) return ss / df;
  const all = groups.flat();
  if (all.length < 2) return null;
  const m = all.reduce((s, x) => s + x, 0) / all.length;
  return all.reduce((s, x) => s + (x - m) ** 2, 0) / (all.length - 1);
}

export interface VarianceEstimate {
  /** Mean over cases of the variance of one paired sample difference: 2 × the per-sample variance. */
  pairVariance: number;
  /** Per-case mean scores the freezing model of gate/power.ts uses. */
  caseMeans: number[];
  source: VarianceSource;
  /** Cases the variance was estimated from. */
  casesWithVariance: number;
}

/** The no-data assumption: every case passes with p = 0.5 (the largest variance a [0, 1] score can have). */
export const ASSUMED_PASS_PROBABILITY = 0.5;

export function assumedVariance(cases: number): VarianceEstimate {
  const p = ASSUMED_PASS_PROBABILITY;
  return {
    pairVariance: 2 * p * (1 - p),
    caseMeans: Array.from({ length: cases }, () => p),
    source: 'assumed',
    casesWithVariance: 0,
  };
}

/** Estimates from each case's groups of sample scores; `cases` sizes the assumption when nothing is known. */
export function estimateVariance(
  perCase: readonly (readonly (readonly number[])[])[],
  cases = perCase.length,
): VarianceEstimate {
  const variances: number[] = [];
  const means: number[] = [];
  for (const groups of perCase) {
    const all = groups.flat();
    if (all.length === 0) continue;
    means.push(all.reduce((s, x) => s + x, 0) / all.length);
    const v = caseVariance(groups);
    if (v !== null) variances.push(v);
  }
  if (variances.length > 0)
    return {
      pairVariance: (2 * variances.reduce((s, v) => s + v, 0)) / variances.length,
      caseMeans: means,
      source: 'observed',
      casesWithVariance: variances.length,
    };
  if (means.length > 0) {
    const m = means.reduce((s, x) => s + x, 0) / means.length;
    return {
      pairVariance: 2 * m * (1 - m),
      // Every case at the suite's mean: the same assumption the bound makes.
      caseMeans: Array.from({ length: Math.max(cases, means.length) }, () => m),
      source: 'upper-bound',
      casesWithVariance: 0,
    };
  }
  return assumedVariance(cases);
}
