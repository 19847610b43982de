// What a suite can detect: the power of the gate's own sequential test, and the smallest drop it
// catches at 90 % power with the suite's cases and samples. Pure.
//
// Model (docs/gate-rules.md, "What a suite can detect"): the gate's statistic is the paired mean delta
// d̄ with its standard error se, looked at after every round. With σ² the mean over cases of the
// variance of one paired sample difference (head − base), a case with r samples per side gives d̄ an
// information I = 1/se² = n·r/σ² (never above the resolution floor's (n·r)², paired.ts). On the score
// scale S = −d̄·I, a true drop δ makes S a Brownian motion in information time with drift δ, and the
// gate's boundaries (sequential.ts) are boundaries on S at each look: regression when the likelihood-
// ratio mixture reaches (suites / α) / (1 − case weight), pass when the main ratio falls to PASS_LOG_LR.
// Looks are at r = repeat, repeat + 1, …, maxRepeat samples per case (one more per round). The
// probability of a regression decision is computed by recursive numerical integration over the looks
// (the classic group-sequential computation, Armitage–McPherson–Rowe), not by a fixed-sample formula,
// so it is the power of the test the gate runs. Two things the rounds do are modelled (underDrop): cases
// whose first-round samples all agree are not asked again, and a drop changes the variance. What is
// left out — se estimated, the per-case family, the exact sign-flip cap, Holm at the last look — is
// measured by the seeded simulation through runGate (test/unit/stats/power-calibration.test.ts).
import { MIN_PAIRED_CASES } from '../compare/verdict.js';
import { normalUpperTail } from '../stats/normal.js';
import type { SuitePower, VarianceSource } from './power-types.js';
import type { SequentialDesign } from './sequential.js';

export type { SuitePower, VarianceSource } from './power-types.js';

/** The power every figure is quoted at. */
export const POWER = 0.9;
/** gate.maxRepeat's schema maximum: a need beyond it is reported as "not reachable by repeats". */
export const MAX_REPEAT_LIMIT = 100;
/** Cases searched up to; beyond it "not reachable by cases". */
export const MAX_CASES_LIMIT = 1_000_000;

export interface SuiteSize {
  /** Paired cases. */
  cases: number;
  /** Samples per case and side in the first round (the suite's `repeat`). */
  repeat: number;
  /** Most samples per case and side (gate.maxRepeat, never below repeat). */
  maxRepeat: number;
  /** Mean over cases of the variance of one paired sample difference (≈ 2 × the per-sample variance). */
  pairVariance: number;
  /**
   * Per-case mean scores (pass probabilities), when known: a case whose first-round samples all agree
   * on both sides is never asked again (rounds.ts), so its share of a drop is not seen after round 1.
   * Without them every case is assumed to keep varying (optimistic for a suite of near-certain cases).
   */
  caseMeans?: readonly number[];
}

/**
 * How a drop changes what the rounds see, from per-case pass probabilities p (base) and h = p − drop
 * (head): `variance` is the paired variance under the drop relative to the one observed without it
 * (p(1−p) + h(1−h) against 2p(1−p)); cases whose first-round samples all agree on both sides
 * (probability (p·h)^r + ((1−p)(1−h))^r) drop out of the rounds, so after round 1 only `keptDrop` of
 * the drop and `keptVariance` of the variance are still sampled.
 */
export function underDrop(drop: number, size: SuiteSize): { variance: number; keptDrop: number; keptVariance: number } {
  const means = size.caseMeans;
  if (!means || means.length === 0 || drop <= 0) return { variance: 1, keptDrop: 1, keptVariance: 1 };
  const r = Math.max(1, size.repeat);
  let dropAll = 0;
  let dropKept = 0;
  let varNull = 0;
  let varAll = 0;
  let varKept = 0;
  for (const m of means) {
    const p = Math.min(1, Math.max(0, m));
    const h = Math.max(0, p - drop);
    const frozen = (p * h) ** r + ((1 - p) * (1 - h)) ** r;
    const v = p * (1 - p) + h * (1 - h);
    dropAll += p - h;
    dropKept += (1 - frozen) * (p - h);
    varNull += 2 * p * (1 - p);
    varAll += v;
    varKept += (1 - frozen) * v;
  }
  return {
    variance: varNull > 0 ? varAll / varNull : 1,
    keptDrop: dropAll > 0 ? dropKept / dropAll : 1,
    keptVariance: varAll > 0 ? varKept / varAll : 1,
  };
}

/** Information 1/se² at r samples per case (se = σ/√(n·r), floored at one step 1/r over n cases). */
function information(size: SuiteSize, r: number, varianceShare = 1): number {
  const se2 = Math.max((size.pairVariance * varianceShare) / (size.cases * r), 1 / (r * size.cases) ** 2);
  return 1 / se2;
}

/** log of the regression boundary of the mean test at one look (Bonferroni share, mean-test weight). */
function regressionLogBound(design: SequentialDesign): number {
  return Math.log(design.suites / design.alpha) - Math.log(1 - design.caseWeight);
}

/** Smallest S at which the mixture Σ wⱼ exp(aⱼS − aⱼ²I/2) reaches e^bound (it increases in S). */
function upperBoundary(design: SequentialDesign, info: number, bound: number): number {
  const logMix = (s: number): number => {
    const t = design.mixture.map(([a, w]) => Math.log(w) + a * s - (a * a * info) / 2);
    const top = Math.max(...t);
    return top + Math.log(t.reduce((x, y) => x + Math.exp(y - top), 0));
  };
  let lo = 0;
  let hi = 1;
  while (logMix(hi) < bound) hi *= 2;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (logMix(mid) < bound) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Probability that the gate decides `regression` for a true drop `drop` of every case's score (normal
 * approximation of the paired delta, boundaries of the gate's sequential test at every look).
 */
export function detectionPower(drop: number, size: SuiteSize, design: SequentialDesign): number {
  if (size.cases < MIN_PAIRED_CASES) return 0;
  const last = Math.max(size.repeat, size.maxRepeat);
  const a = design.alternative;
  const bound = regressionLogBound(design);
  let power = 0;
  // Continuation mass at the previous look: cell centres and masses (starts as a point mass at S = 0).
  let centres = [0];
  let masses = [1];
  let prevInfo = 0;
  const first = Math.max(1, size.repeat);
  const alt = underDrop(drop, size);
  const sized = { ...size, pairVariance: size.pairVariance * alt.variance };
  // After round 1 only the cases that varied are sampled: the drift and the information grow by their share.
  let shift = 0;
  for (let r = first; r <= last; r++) {
    const info =
      r === first
        ? information(sized, r)
        : information(sized, first) +
          information(sized, r, alt.keptVariance) -
          information(sized, first, alt.keptVariance);
    const dI = info - prevInfo;
    if (!(dI > 0)) continue;
    const sd = Math.sqrt(dI);
    shift = (r === first ? drop : drop * alt.keptDrop) * dI;
    const up = upperBoundary(design, info, bound);
    const low = Math.min(up, (design.passLogLr + (a * a * info) / 2) / a);
    const width = up - low;
    // Cells of at most a third of the step's sd (mass-preserving: each cell gets the exact normal
    // mass between its edges), at least 40, at most 240.
    const cells = width > 0 ? Math.min(240, Math.max(40, Math.ceil((3 * width) / sd))) : 0;
    const h = cells > 0 ? width / cells : 0;
    const next = new Array<number>(cells).fill(0);
    const tail = new Array<number>(cells + 1).fill(0);
    for (let i = 0; i < centres.length; i++) {
      const m = masses[i] as number;
      if (m < 1e-12) continue;
      const mu = (centres[i] as number) + shift;
      // P(step ends above edge j); beyond 9 sd the kernel is 0 or 1 to double precision.
      for (let j = 0; j <= cells; j++) {
        const z = (low + j * h - mu) / sd;
        tail[j] = z > 9 ? 0 : z < -9 ? 1 : z >= 0 ? normalUpperTail(z) : 1 - normalUpperTail(-z);
      }
      power += m * (tail[cells] as number);
      for (let j = 0; j < cells; j++)
        next[j] = (next[j] as number) + m * ((tail[j] as number) - (tail[j + 1] as number));
    }
    centres = next.map((_, j) => low + (j + 0.5) * h);
    masses = next;
    prevInfo = info;
    if (cells === 0) break;
  }
  return Math.min(1, power);
}

/** Smallest drop caught with probability ≥ POWER; null when none up to 1 is (fewer than 5 cases). */
export function detectableDrop(size: SuiteSize, design: SequentialDesign, power = POWER): number | null {
  if (detectionPower(1, size, design) < power) return null;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30 && hi - lo > 5e-4; i++) {
    const mid = (lo + hi) / 2;
    if (detectionPower(mid, size, design) >= power) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Smallest integer in [lo, hi] where ok holds (ok is monotone); null when not even hi. */
function smallest(lo: number, hi: number, ok: (x: number) => boolean): number | null {
  if (!ok(hi)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cases needed to catch `drop` at POWER with the current samples per case; null beyond MAX_CASES_LIMIT. */
export function casesToDetect(drop: number, size: SuiteSize, design: SequentialDesign, power = POWER): number | null {
  const ok = (n: number): boolean => detectionPower(drop, { ...size, cases: n }, design) >= power;
  let hi = Math.max(MIN_PAIRED_CASES, size.cases);
  while (!ok(hi)) {
    if (hi >= MAX_CASES_LIMIT) return null;
    hi = Math.min(MAX_CASES_LIMIT, hi * 2);
  }
  return smallest(MIN_PAIRED_CASES, hi, ok);
}

/** gate.maxRepeat needed to catch `drop` at POWER with the current cases; null beyond MAX_REPEAT_LIMIT. */
export function maxRepeatToDetect(
  drop: number,
  size: SuiteSize,
  design: SequentialDesign,
  power = POWER,
): number | null {
  if (size.cases < MIN_PAIRED_CASES) return null;
  const ok = (r: number): boolean => detectionPower(drop, { ...size, maxRepeat: r }, design) >= power;
  return smallest(Math.max(1, size.repeat), Math.max(MAX_REPEAT_LIMIT, size.repeat), ok);
}

export function suitePower(
  size: SuiteSize,
  variance: VarianceSource,
  design: SequentialDesign,
  power = POWER,
): SuitePower {
  const sized = { ...size, maxRepeat: Math.max(size.repeat, size.maxRepeat) };
  const target = design.maxScoreDrop;
  const reachable = target > 0;
  if (sized.pairVariance === 0 && variance === 'observed' && design.caseWeight > 0 && sized.cases > 0)
    return {
      power,
      cases: sized.cases,
      repeat: sized.repeat,
      maxRepeat: sized.maxRepeat,
      pairVariance: 0,
      variance,
      detectableDrop: 1 / sized.cases,
      target,
      casesNeeded: reachable ? Math.ceil(1 / target - 1e-9) : null,
      maxRepeatNeeded: null,
      deterministic: true,
    };
  return {
    power,
    cases: sized.cases,
    repeat: sized.repeat,
    maxRepeat: sized.maxRepeat,
    pairVariance: sized.pairVariance,
    variance,
    detectableDrop: detectableDrop(sized, design, power),
    target,
    casesNeeded: reachable ? casesToDetect(target, sized, design, power) : null,
    maxRepeatNeeded: reachable ? maxRepeatToDetect(target, sized, design, power) : null,
  };
}
