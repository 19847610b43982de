// The power figures' shapes (gate/power.ts computes them), in a module that imports nothing, so the
// comparison types can carry them without an import cycle.

/** Where a suite's per-case variance came from (docs/results-schema.md). */
export type VarianceSource = 'observed' | 'upper-bound' | 'assumed';

/** What a suite can detect at POWER, and what it would take to detect gate.maxScoreDrop. */
export interface SuitePower {
  power: number;
  cases: number;
  repeat: number;
  maxRepeat: number;
  /** Mean variance of one paired sample difference the figures assume. */
  pairVariance: number;
  /** observed: from per-case samples; upper-bound: from mean scores only (repeat 1); assumed: p = 0.5. */
  variance: VarianceSource;
  /** Smallest drop of every case's score caught at `power`; null when none is (fewer than 5 cases). */
  detectableDrop: number | null;
  /** gate.maxScoreDrop. */
  target: number;
  /** Cases that would catch `target` at `power` with the same samples per case; null beyond reach. */
  casesNeeded: number | null;
  /** gate.maxRepeat that would catch `target` at `power` with the same cases; null beyond 100. */
  maxRepeatNeeded: number | null;
  /**
   * Every case answered the same on every sample (observed variance 0) and the per-case rule is on: any
   * case that flips from pass to fail on every sample is a regression (docs/gate-rules.md,
   * "Deterministic suites"), so the detectable drop is one case, 1 / cases, and repeats do not matter.
   */
  deterministic?: true;
}
