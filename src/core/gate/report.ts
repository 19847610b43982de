// The gate's report: every compared suite with its verdict, plus what the PR did not select or removed.
// Built here, on top of the per-suite comparison (core/compare), so that comparison never depends on it.
import type { GateConfig } from '../config/schema.js';
import { compareSuite, relistCases } from '../compare/compare.js';
import type { SequentialSummary, SuiteComparison, Verdict } from '../compare/types.js';
import { overallVerdict, suiteVerdict } from '../compare/verdict.js';
import type { SuiteResult } from '../results/types.js';

export interface GateReport {
  verdict: Verdict;
  suites: SuiteComparison[];
  /** Suites that were not selected by the PR's changes (listed, not run). */
  unselected: string[];
  costCapHit: boolean;
  /** Suites present only in the base config (deleted by the PR): listed, not run. Set by the gate. */
  removed?: string[];
  /** The gate rules that judged this report (for the comment's rules line). */
  rules?: { confidence: number; maxScoreDrop: number; maxRepeat: number };
}

/** One suite as evaluated on each side; a missing side means the suite is new or removed. */
export interface SuitePair {
  base?: SuiteResult | undefined;
  head?: SuiteResult | undefined;
}

/**
 * Compares every pair, applies the run-level context (cost cap) to each verdict and derives the overall
 * verdict. Suites come out in the order given (callers pass config order).
 */
export function buildGateReport(
  pairs: readonly SuitePair[],
  gate: GateConfig,
  unselected: readonly string[],
  costCapHit: boolean,
  /** The gate's sequential sampling per compared suite (absent outside the PR gate). */
  sequential?: ReadonlyMap<string, SequentialSummary>,
): GateReport {
  const suites = pairs
    .filter((p) => p.base || p.head)
    .map((p) => {
      const c = compareSuite(p.base, p.head, gate);
      const q = sequential?.get(c.suite);
      if (q && c.status === 'compared') {
        c.sequential = q;
        // The p shown is the one that decided: the always-valid one, not a fixed-sample p that optional
        // stopping would make too small.
        c.score.pValue = q.pValue;
        c.score.method = 'always-valid';
        if (q.cases) relistCases(c, q.cases);
      }
      const v = suiteVerdict(c, gate, { costCapHit });
      c.verdict = v.verdict;
      c.reason = v.reason;
      c.findings = v.findings;
      return c;
    });
  return {
    verdict: overallVerdict(suites.map((s) => s.verdict)),
    suites,
    unselected: [...unselected],
    costCapHit,
    rules: { confidence: gate.confidence, maxScoreDrop: gate.maxScoreDrop, maxRepeat: gate.maxRepeat },
  };
}
