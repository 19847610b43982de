// The gate's sequential test: after every round of samples, each open suite's paired delta is looked
// at and the suite is decided (regression / pass) or sampled again, up to a budget.
//
// Procedure (docs/gate-rules.md, "Sequential sampling"): a sequential likelihood-ratio test of
// "no change" (δ = 0) against a drop, on the normal likelihood of the paired mean delta with its standard
// error. The evidence is a fixed mixture of likelihood ratios over drop sizes (mostly
// ALTERNATIVE_FACTOR × maxScoreDrop, where the gate needs its power; some weight on large drops, so a
// deterministic suite with a big drop over few cases is decided at once). Each ratio, and so the
// mixture, is a non-negative martingale under "no change", so by Ville's inequality P(it ever reaches
// 1/α) ≤ α however many times it is looked at and whatever rule picks the next samples: looking after
// each round does not inflate false alarms, and 1/max(mixture) is an always-valid p-value. A regression must also pass the exact
// sign-flip test when the data are discrete, which keeps a few flips at repeat 1 from counting.
// The pass boundary (futility) never adds false alarms; it sets the power and the cost.
// Across suites, Holm's step-down procedure on the always-valid p-values holds the false-regression
// rate per PR at α whatever the number of suites; while sampling, a suite stops early only at the
// Bonferroni level α/S, which Holm always confirms.
import type { GateConfig } from '../config/schema.js';
import type { PairedDelta } from '../stats/paired.js';
import type { CaseFamily } from './case-family.js';

/** The drop the likelihood ratio weighs "no change" against, as a multiple of maxScoreDrop. */
export const ALTERNATIVE_FACTOR = 1.5;
/** The mixture over drop sizes: [multiple of maxScoreDrop, weight]; the weights sum to 1. */
const MIXTURE: readonly (readonly [number, number])[] = [
  [ALTERNATIVE_FACTOR, 0.6],
  [4, 0.2],
  [8, 0.2],
];
/** Smallest alternative, so maxScoreDrop: 0 still decides. */
const MIN_ALTERNATIVE = 0.02;
/** log LR at or below which a suite passes: the data favour "no change" over the drop by e^0.85 ≈ 2.3:1. */
export const PASS_LOG_LR = -0.85;
/**
 * Share of each suite's α the per-case family gets (the suite's evidence is the e-value
 * (1 − C)·mean-test + C·case-family, a mixture of two test martingales, so one α serves both).
 */
export const CASE_FAMILY_WEIGHT = 0.1;

export interface SequentialDesign {
  /** One-sided false-regression rate per PR: (1 − confidence) / 2. */
  alpha: number;
  /** Suites compared in the PR: a suite stops early for regression at alpha / suites. */
  suites: number;
  maxScoreDrop: number;
  /** The main drop the likelihood ratio tests against (positive); the pass boundary uses it. */
  alternative: number;
  /** Drop sizes and weights of the likelihood-ratio mixture. */
  mixture: readonly (readonly [drop: number, weight: number])[];
  passLogLr: number;
  /** Most samples per case and side (gate.maxRepeat, never below the suite's repeat). */
  maxRepeat: number;
  /** Weight of the per-case family in the suite's evidence; 0 when gate.allowRegressedCases. */
  caseWeight: number;
  /** Level at which the family names cases: alpha / suites (the suite's share of the PR's budget). */
  caseLevel: number;
}

export function sequentialDesign(gate: GateConfig, suites: number): SequentialDesign {
  return {
    alpha: (1 - gate.confidence) / 2,
    suites: Math.max(1, suites),
    maxScoreDrop: gate.maxScoreDrop,
    alternative: Math.max(MIN_ALTERNATIVE, ALTERNATIVE_FACTOR * gate.maxScoreDrop),
    mixture: MIXTURE.map(
      ([k, w]) => [Math.max(MIN_ALTERNATIVE * (k / ALTERNATIVE_FACTOR), k * gate.maxScoreDrop), w] as const,
    ),
    passLogLr: PASS_LOG_LR,
    maxRepeat: gate.maxRepeat,
    caseWeight: gate.allowRegressedCases ? 0 : CASE_FAMILY_WEIGHT,
    caseLevel: (1 - gate.confidence) / 2 / Math.max(1, suites),
  };
}

export type LookState = 'regression' | 'pass' | 'open';

export interface Look {
  /** log of the likelihood ratio "drop of `alternative`" : "no change" (the pass boundary's statistic). */
  logLr: number;
  /** log of the mixture's likelihood ratio (the regression boundary's statistic). */
  logMixture: number;
  /** Always-valid p-value of this look: 1 / ((1 − C)·min(mixture, 1/exact p) + C·case family). */
  pValue: number;
  state: LookState;
  /** The cases decided it (their family outweighs the mean test), or a stable flip in a noiseless suite. */
  byCases: boolean;
}

/** log LR of δ = −a against δ = 0 for an estimate d with standard error se (normal likelihood). */
export function logLikelihoodRatio(d: number, se: number, a: number): number {
  return (-a * d - (a * a) / 2) / (se * se);
}

/** log Σ wⱼ·LR(δⱼ), computed stably. */
export function logMixtureRatio(d: number, se: number, mixture: SequentialDesign['mixture']): number {
  const terms = mixture.map(([a, w]) => Math.log(w) + logLikelihoodRatio(d, se, a));
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
}

/** Decides one suite at one look, at the Bonferroni share alpha / suites. */
export function look(test: PairedDelta | null, design: SequentialDesign, family?: CaseFamily): Look {
  const C = family ? design.caseWeight : 0;
  const casesLog = family && C > 0 ? Math.log(C) + family.logWorse : Number.NEGATIVE_INFINITY;
  const level = design.alpha / design.suites;
  if (!test || test.se === null || test.n < 2) {
    const pValue = Math.min(1, Math.exp(-casesLog));
    const byCases = C > 0 && (family?.deterministic.length ?? 0) > 0;
    return {
      logLr: 0,
      logMixture: 0,
      pValue,
      state: byCases || pValue <= level ? 'regression' : 'open',
      byCases: byCases || pValue <= level,
    };
  }
  const logLr = logLikelihoodRatio(test.delta, test.se, design.alternative);
  const logMixture = logMixtureRatio(test.delta, test.se, design.mixture);
  // The exact test caps the mean test's evidence on discrete data (a few flips at repeat 1).
  const exact = test.method === 'sign-flip' ? (test.pValue ?? 1) : 0;
  const meanLog = Math.log(1 - C) + Math.min(logMixture, exact > 0 ? -Math.log(exact) : Number.POSITIVE_INFINITY);
  const top = Math.max(meanLog, casesLog);
  const logE = top + Math.log(Math.exp(meanLog - top) + Math.exp(casesLog - top));
  const pValue = Math.min(1, Math.exp(-logE));
  const deterministic = C > 0 && (family?.deterministic.length ?? 0) > 0;
  const byCases = deterministic || (pValue <= level && casesLog >= meanLog);
  if (deterministic || (pValue <= level && (test.delta < 0 || byCases)))
    return { logLr, logMixture, pValue, state: 'regression', byCases };
  const casesQuiet = !family || C === 0 || (family.open.length === 0 && family.regressed.length === 0);
  if (logLr <= design.passLogLr && casesQuiet) return { logLr, logMixture, pValue, state: 'pass', byCases: false };
  return { logLr, logMixture, pValue, state: 'open', byCases: false };
}

/** Holm's step-down procedure: which hypotheses are rejected at family-wise level alpha. */
export function holm(pValues: readonly number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const out = pValues.map(() => false);
  const m = pValues.length;
  for (let j = 0; j < m; j++) {
    const [p, i] = order[j]!;
    if (p > alpha / (m - j)) break;
    out[i] = true;
  }
  return out;
}

/**
 * What would settle an open suite if its delta stayed where it is: the samples per case (at the
 * current number of cases) or the cases (at the current samples per case) at which the likelihood
 * ratio would cross a boundary. null when the estimate sits on the midpoint (no amount decides).
 */
export function settleEstimate(
  test: PairedDelta,
  samplesPerCase: number,
  design: SequentialDesign,
): { samplesPerCase: number; cases: number } | null {
  if (test.se === null) return null;
  const a = design.alternative;
  const drift = -a * test.delta - (a * a) / 2; // log LR per unit of information (1/se²)
  if (Math.abs(drift) < 1e-9) return null;
  // The main ratio carries weight MIXTURE[0] in the regression boundary.
  const target = drift > 0 ? Math.log(design.suites / design.alpha / (design.mixture[0]?.[1] ?? 1)) : design.passLogLr;
  // Information grows linearly with samples per case and with cases: 1/se² × factor.
  const factor = target / drift / (1 / (test.se * test.se));
  if (!(factor > 0) || !Number.isFinite(factor)) return null;
  const need = Math.max(1, factor);
  return { samplesPerCase: Math.ceil(samplesPerCase * need), cases: Math.ceil(test.n * need) };
}
