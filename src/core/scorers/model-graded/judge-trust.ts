// The gate's hook for judge trust: a suite whose judge agrees with the human labels (`label:`) less often
// than `judge.minAgreement` gets `unclear` — its verdicts come from a judge that is wrong too often to call
// either a pass or a regression (docs/judges.md).
import type { Finding } from '../../compare/types.js';
import { pct } from '../../report/format.js';
import type { SuiteResult } from '../../results/types.js';
import { suiteAgreement } from './agreement.js';

export function judgeTrustFinding(head: SuiteResult | undefined): Finding | undefined {
  const min = head?.judgeMinAgreement;
  if (!head || min === undefined) return undefined;
  const a = suiteAgreement(head.cases);
  if (!a || a.accuracy >= min) return undefined;
  const ids =
    a.disagreements.length > 5
      ? `${a.disagreements.slice(0, 5).join(', ')} and ${a.disagreements.length - 5} more`
      : a.disagreements.join(', ');
  return {
    verdict: 'unclear',
    reason:
      `judge disagrees with your labels on ${a.n - a.agree} of ${a.n} cases (${ids}): agreement ${pct(a.accuracy)} ` +
      `(95% CI ${pct(a.accuracyCi[0])}–${pct(a.accuracyCi[1])}) is below judge.minAgreement ${pct(min)}, so its verdicts decide neither a pass nor a regression; ` +
      'fix the rubric or the judge model, or the labels',
  };
}
