// Tonight's failing samples of each flipped case, for the drift issue: how many of the case's samples
// failed (k of n), the failing assertions' reasons, and what the model answered. The history keeps no
// failing outputs (only digests and a short first output), so this comes from the live results. Counts and
// reasons come from the gate's case details, so a case reads the same in a PR comment and a drift issue.
import { failingReasons, sideCounts } from '../compare/case-detail.js';
import { answerText } from '../results/answer-text.js';
import type { SuiteResult } from '../results/types.js';
import { truncateOutput } from './history.js';
import { storedName } from './stored-name.js';
import type { FailingSamples, SignalReport } from './signals.js';

/** Distinct reasons and outputs shown per case: enough to see the pattern, small enough for the issue. */
const MAX_SHOWN = 3;

export function failingSamples(suite: SuiteResult, caseId: string): FailingSamples | undefined {
  // The history stores long case ids bounded (stored-name.ts): the live result is matched the same way.
  const c = suite.cases.find((x) => storedName(x.id) === caseId);
  if (!c) return undefined;
  const counts = sideCounts(c);
  const failed = c.samples.filter((s) => s.status === 'ok' && s.pass !== true);
  const outputs = [...new Set(failed.map((s) => answerText(s)).filter((o): o is string => o !== undefined))];
  return {
    failed: counts.failed,
    samples: counts.samples,
    reasons: failingReasons(c).slice(0, MAX_SHOWN),
    outputs: outputs.slice(0, MAX_SHOWN).map(truncateOutput),
  };
}

/** Attaches tonight's failing samples to every flipped case of `report`. */
export function addFailingDetails(report: SignalReport, suite: SuiteResult): void {
  for (const f of report.flipped) {
    const d = failingSamples(suite, f.id);
    if (d) f.failing = d;
  }
}
