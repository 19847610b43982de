// Base-vs-head comparison of one suite, and the gate's verdicts. Produced by compare/compare.ts and
// compare/verdict.ts (pure); rendered by report/*; reused by the drift monitor (baseline vs now).
import type { SuiteResult } from '../results/types.js';
import type { SideCounts } from './case-detail.js';
import type { SuitePower } from '../gate/power-types.js';
import type { JudgeChange } from './comparability.js';

/**
 * `unclear`: the interval reaches below −maxScoreDrop but the gate's sampling budget ran out before the
 * sequential test could decide (possible regression, not enough evidence).
 */
export type Verdict = 'pass' | 'regression' | 'below-min' | 'over-budget' | 'inconclusive' | 'unclear' | 'skipped';

/** One broken rule of a suite; a suite may break several (a regression that also costs too much). */
export interface Finding {
  verdict: Exclude<Verdict, 'pass' | 'skipped'>;
  reason: string;
}

/** How the gate's sequential sampling went for one suite (gate runs only). */
export interface SequentialSummary {
  /** Rounds of samples taken (1 = the configured repeat only). */
  rounds: number;
  /** Samples sent per side, all rounds. */
  samples: { base: number; head: number };
  /** Samples sent after the first round, both sides together. */
  extraSamples: number;
  /** Production + evaluation cost of those extra samples (USD); null when a price is unknown. */
  extraCostUsd: number | null;
  /** log likelihood ratio "drop of `alternative`" : "no change" at the last look. */
  logLikelihoodRatio: number;
  /** The drop the likelihood ratio tests against. */
  alternative: number;
  /** Always-valid one-sided p-value for a drop (smallest over the looks). */
  pValue: number;
  /** regression / pass: decided; open: the budget ran out first. */
  decision: 'regression' | 'pass' | 'open';
  /** Why sampling stopped. */
  stoppedBy: 'decided' | 'max-repeat' | 'cost-cap' | 'nothing-varies' | 'futile' | 'not-comparable';
  /** The per-case test family at the last look (docs/gate-rules.md, "Per-case evidence"). */
  cases?: { regressed: string[]; fixed: string[]; open: string[]; deterministic: string[] };
  /** A regression decided by the cases (their evidence outweighed the mean test's), not by the mean. */
  byCases?: boolean;
  /** For an open suite: samples per case (or cases at the current samples) that would likely decide it. */
  settle?: { samplesPerCase: number; cases: number } | null;
}

export interface Interval {
  low: number;
  high: number;
  /** e.g. 0.95 */
  level: number;
}

export interface CaseChange {
  id: string;
  vars: Record<string, unknown>;
  baseScore: number | null;
  headScore: number | null;
  basePass: boolean | null;
  headPass: boolean | null;
  /**
   * Outputs that show the change: for a regressed case a failing head sample next to a passing base
   * sample; for a fixed case a passing head sample next to a failing base sample.
   */
  baseOutput?: string;
  headOutput?: string;
  /** Reasons of the failing assertions on the failing side (head when regressed, base when fixed). */
  failingReasons: string[];
  /** Scored samples and failures per side ("k of n samples failed"). */
  baseCounts: SideCounts;
  headCounts: SideCounts;
  /** The case's samples disagree on pass/fail within a side. */
  flaky: boolean;
}

export interface MetricDelta {
  base: number | null;
  head: number | null;
  /** head - base; null when either side is null. */
  delta: number | null;
  /** (head - base) / base; null when base is 0 or null. */
  relative: number | null;
}

export interface SuiteComparison {
  suite: string;
  /** `new`: only on head; `removed`: only on base. */
  status: 'compared' | 'new' | 'removed';
  base?: SuiteResult;
  head?: SuiteResult;
  score: MetricDelta & {
    /** Interval on the paired mean score delta (head - base) over cases present on both sides. */
    ci: Interval | null;
    /** One-sided p-value for "head is worse than base" (exact sign-flip, t, or the gate's always-valid one, see `method`). */
    pValue: number | null;
    /** `always-valid`: the gate's sequential p-value (the one that decided; valid after extra rounds). */
    method?: 'sign-flip' | 't' | 'always-valid' | null;
    pairedCases: number;
    /** Mean of per-case (head − base) over the paired cases: the figure the CI and the verdict use
     * (`delta` above is the difference of whole-suite means, which added/removed cases also move). */
    pairedDelta?: number | null;
  };
  passRate: MetricDelta;
  costPerRequestUsd: MetricDelta;
  costPerRunUsd: MetricDelta;
  projectedMonthlyUsd: MetricDelta;
  tokensIn: MetricDelta;
  tokensOut: MetricDelta;
  latencyP50: MetricDelta;
  latencyP95: MetricDelta;
  errors: { base: number; head: number };
  /** Cases whose own change is beyond their noise, worst first. */
  regressed: CaseChange[];
  fixed: CaseChange[];
  /** Cases that moved only within their own noise (e.g. one sample of three flipping): counted, not listed. */
  noisy: { regressed: number; fixed: number };
  addedCases: string[];
  removedCases: string[];
  verdict: Verdict;
  /** Why the verdict, in one sentence. */
  reason: string;
  /** Every rule the suite breaks, most severe first (the verdict is the first); empty when it passes. */
  findings: Finding[];
  /**
   * The sides were not sampled under the same conditions (cached answers from another served model, or
   * another judge): why.
   */
  notComparable?: string;
  /** Cases set aside from the comparison (their rubric alone changed; enough others were compared): why. */
  setAside?: string;
  /** The judge differs between base and head on cases both have (the not-comparable reason's cause). */
  judgeChange?: JudgeChange;
  /** Gate runs: rounds, samples and extra cost of the sequential sampling. */
  sequential?: SequentialSummary;
  /** Gate runs: the smallest drop the suite detects at 90 % power, and what detecting maxScoreDrop takes. */
  power?: SuitePower;
}
