// Base-vs-head comparison of one suite, and the gate's verdicts. Produced by compare/compare.ts and
// compare/verdict.ts (pure); rendered by report/*; reused by the drift monitor (baseline vs now).
import type { SuiteResult } from '../results/types.js';

export type Verdict = 'pass' | 'regression' | 'below-min' | 'over-budget' | 'inconclusive' | 'skipped';

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
  /** One representative output of each side (first ok sample). */
  baseOutput?: string;
  headOutput?: string;
  /** Reasons of the failing assertions on the head side. */
  failingReasons: string[];
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
    /** One-sided p-value for "head is worse than base". */
    pValue: number | null;
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
  regressed: CaseChange[];
  fixed: CaseChange[];
  addedCases: string[];
  removedCases: string[];
  verdict: Verdict;
  /** Why the verdict, in one sentence. */
  reason: string;
}
