// The monitor's `drift.candidates` check: the compare flow, then one "a cheaper model now matches" issue
// per suite (core/candidates/candidate-issue.ts) on the drift issue tracker with the candidates marker.
import {
  candidateIssueAction,
  candidateIssueTitle,
  renderCandidateComment,
  renderCandidateIssueBody,
  type CandidateIssueAction,
} from '../../core/candidates/candidate-issue.js';
import type { FrontierReport } from '../../core/candidates/frontier.js';
import type { DriftIssueTracker } from '../../core/ports/issues.js';
import { newRunId } from '../runtime.js';
import { runCompareFlow, type CompareFlowInput } from './flow.js';

export interface CandidateCheckResult {
  report: FrontierReport;
  actions: { suite: string; action: CandidateIssueAction; issue?: number; error?: string }[];
}

export async function runCandidateCheck(
  input: CompareFlowInput & { issues?: DriftIssueTracker; runId?: string },
): Promise<CandidateCheckResult> {
  const { report, scrub } = await runCompareFlow(input);
  const runId = input.runId ?? newRunId();
  const actions: CandidateCheckResult['actions'] = [];
  for (const f of report.suites) {
    if (!input.issues) {
      actions.push({ suite: f.suite, action: 'none' });
      continue;
    }
    // One failure stays one failure: a suite whose issue could not be kept does not stop the others.
    try {
      const open = await input.issues.findOpen(f.suite);
      const action = candidateIssueAction(f, open !== undefined);
      if (action === 'open') {
        const made = await input.issues.open(
          f.suite,
          scrub(candidateIssueTitle(f.suite, f.recommended!)),
          scrub(renderCandidateIssueBody(report, f, runId)),
        );
        actions.push({ suite: f.suite, action, issue: made.number });
      } else if (action === 'comment' && open) {
        await input.issues.comment(open.number, scrub(renderCandidateComment(report, f, runId, false)));
        actions.push({ suite: f.suite, action, issue: open.number });
      } else if (action === 'close' && open) {
        await input.issues.close(open.number, scrub(renderCandidateComment(report, f, runId, true)));
        actions.push({ suite: f.suite, action, issue: open.number });
      } else actions.push({ suite: f.suite, action });
    } catch (e) {
      actions.push({ suite: f.suite, action: 'none', error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { report, actions };
}
