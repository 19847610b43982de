// "How to read it": what each column of the gate's table and each verdict means, written from the gate's
// own rule constants and the run's settings, so the explanation cannot drift from the rule that decided.
// The job summary shows it; the README's copy is generated from it (scripts/samples/pr-comment.gen.ts).
import { ALTERNATIVE_FACTOR, PASS_LOG_LR } from '../gate/sequential.js';
import { pct, score } from './format.js';

/** The gate settings the guide explains (GateReport.rules). */
export interface GuideRules {
  confidence: number;
  maxScoreDrop: number;
  maxRepeat: number;
}

/** A rate or level as a percentage with at most one decimal (0.98 → 98%, 0.005 → 0.5%). */
const level = (x: number): string => pct(x, 1);

/** One markdown bullet per column or verdict, in the order the table shows them. */
export function readingGuide(r: GuideRules): string[] {
  const alpha = (1 - r.confidence) / 2;
  const drop = score(r.maxScoreDrop, 2);
  const alternative = score(ALTERNATIVE_FACTOR * r.maxScoreDrop, 3);
  const odds = Math.exp(-PASS_LOG_LR).toFixed(1);
  return [
    `- **Δ ± CI**: the mean per-case score change (head − base, cases paired by id) with its ${level(r.confidence)} ` +
      'paired t interval. After extra sampling rounds it is a fixed-sample figure, not adjusted for the stopping rule; ' +
      'the p-value in the reasons is the always-valid one that decided.',
    `- **Rounds (samples)**: a suite is sampled in rounds, up to ${r.maxRepeat} samples per case and side ` +
      '(`gate.maxRepeat`), until its sequential test decides; the figure is the rounds and the samples both sides took.',
    `- **Regression**: the sequential test's evidence for a drop (a mixture of likelihood ratios, most weight on a drop ` +
      `of ${alternative}, plus each case's own evidence) reaches its boundary, so a false regression happens in at most ` +
      `${level(alpha)} of PRs whatever the number of suites (Holm); or a case passes on every base sample and fails on ` +
      'every head sample of a suite without sampling noise. The cases that broke are named.',
    `- **Pass**: the data favour "no change" over a drop of ${alternative} by ${odds} : 1 or more, and no case is still ` +
      'under suspicion; a visible drop that did not fail says why in its reason.',
    `- **Unclear**: still undecided when the budget ran out, with an interval reaching below −${drop} ` +
      '(`gate.maxScoreDrop`): possible regression, not enough evidence; the reason says what would settle it. ' +
      'The default `fail-on: regression` does not fail on it, `fail-on: any` does.',
    '- **"detects a drop of ≥ …"** (a line per suite): the smallest drop of every case\'s score this suite catches at 90% ' +
      `power with its cases and samples at these settings, and what catching ${drop} would take (more cases, or a higher ` +
      "`gate.maxRepeat`); `evalgate plan` gives the same from the suite's history before a PR spends anything.",
    '- **Below min** / **over budget**: the head score is under `gate.minScore` or no case passes; the cost per ' +
      'request rose by more than `gate.maxCostIncrease`, or the run cost cap cut first-round samples.',
    '- **Cost/request Δ** and **Monthly Δ**: the per-request cost change, and that change times the suite’s ' +
      '`traffic.requestsPerMonth` (both sides at the head’s traffic); an unknown price is shown as such, never as $0.',
  ];
}
