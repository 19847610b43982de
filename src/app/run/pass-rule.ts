// The pass rule of a plain run (no base to compare with) — one rule for `evalgate run` and the action's
// run mode (issue 20: the action's push runs passed an all-failing suite under gate.minScore 0 while the
// CLI failed it). As a test runner's user expects it: every case must pass, unless a score threshold is
// given (`--min-score`, or a gate.minScore above 0), which relaxes it to "the suite's mean score reaches
// the threshold". A suite where more than gate.maxErrorRate of the requests failed is not judged at all
// (its scores are a biased subset): inconclusive, never a pass. A suite with no scored sample fails.
import { breachReason, errorRateBreach } from '../../core/results/error-rate.js';
import { pct, score } from '../../core/report/format.js';
import type { GateConfig } from '../../core/config/schema.js';
import type { SuiteResult } from '../../core/results/types.js';
import { judgeTrustFinding } from '../../core/scorers/model-graded/judge-trust.js';

export interface RunRules {
  /** What relaxes the every-case rule, for the message (the CLI: `--min-score or gate.minScore`). */
  relaxedBy?: string;
  /** A suite passes when its mean score reaches this. Undefined: every case must pass. */
  minScore?: number;
  /** Where minScore comes from, for the messages (default `gate.minScore`). */
  minScoreFrom?: string;
  /** gate.maxErrorRate: above this share of failed requests a suite is not judged. */
  maxErrorRate: number;
}

export interface SuiteVerdict {
  suite: string;
  ok: boolean;
  /**
   * `inconclusive`: too many requests failed to judge the suite. `unclear`: its LLM judge disagrees with
   * the human labels more often than `judge.minAgreement` allows, so its verdicts decide nothing.
   */
  status: 'pass' | 'fail' | 'inconclusive' | 'unclear';
  reason: string;
  /** Short form for the table's verdict column. */
  label: string;
}

export function suiteVerdict(s: SuiteResult, rules: RunRules): SuiteVerdict {
  const a = s.aggregates;
  const verdict = (status: SuiteVerdict['status'], reason: string, label: string): SuiteVerdict => ({
    suite: s.name,
    ok: status === 'pass',
    status,
    reason,
    label,
  });
  const breach = errorRateBreach(s, rules.maxErrorRate);
  if (breach)
    return verdict(
      'inconclusive',
      `${breachReason(breach)}: too many errors to judge`,
      `TOO MANY ERRORS ${pct(breach.rate, 0)}`,
    );
  // The gate's rule (docs/judges.md): a judge wrong too often on the labelled cases passes and fails nothing.
  const distrust = judgeTrustFinding(s);
  if (distrust) return verdict('unclear', distrust.reason, 'UNCLEAR (judge)');
  if (a.meanScore === null) {
    const why = [
      a.errors && `${a.errors} errors`,
      a.skipped && `${a.skipped} skipped`,
      a.budget && `${a.budget} over budget`,
      a.blocked && `${a.blocked} blocked`,
    ]
      .filter(Boolean)
      .join(', ');
    return verdict('fail', `no scored samples${why ? ` (${why})` : ''}`, 'no score');
  }
  if (rules.minScore !== undefined) {
    const min = score(rules.minScore, 2);
    if (a.meanScore < rules.minScore)
      return verdict(
        'fail',
        `score ${score(a.meanScore, 2)} < ${rules.minScoreFrom ?? 'gate.minScore'} ${min}`,
        `BELOW MIN ${min}`,
      );
    return verdict('pass', `score ${score(a.meanScore, 2)} ≥ ${min}`, `ok (>= ${min})`);
  }
  const judged = s.cases.filter((c) => c.pass !== null);
  const failed = judged.filter((c) => c.pass === false).length;
  if (failed > 0) {
    const reason = `${failed} of ${judged.length} ${judged.length === 1 ? 'case fails' : 'cases fail'} (every case must pass; ${rules.relaxedBy ?? 'gate.minScore'} relaxes this)`;
    return verdict('fail', reason, `FAIL ${failed}/${judged.length} cases`);
  }
  return verdict('pass', `all ${judged.length} cases pass`, 'ok (all pass)');
}

/** The rules from the config's gate section; an explicit threshold (`--min-score`) wins. */
export function runRulesFor(
  gate: Pick<GateConfig, 'minScore' | 'maxErrorRate'>,
  explicit?: { minScore: number; from: string },
): RunRules {
  const rules: RunRules = { maxErrorRate: gate.maxErrorRate };
  if (explicit) {
    rules.minScore = explicit.minScore;
    rules.minScoreFrom = explicit.from;
  } else if (gate.minScore > 0) rules.minScore = gate.minScore;
  return rules;
}
