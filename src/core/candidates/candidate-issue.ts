// "A cheaper model now matches": one issue per suite, kept by the monitor's `drift.candidates` check
// with the drift issue's lifecycle — opened when a cheaper candidate is shown not worse, commented while
// one still is, closed when none is any more.
import { safeSuiteName } from '../drift/issue-body.js';
import type { FrontierReport, SuiteFrontier } from './frontier.js';
import { renderFrontierMarkdown } from './render.js';

export type CandidateIssueAction = 'open' | 'comment' | 'close' | 'none';

export function candidateMarker(suite: string): string {
  return `<!-- evalgate:candidates suite=${safeSuiteName(suite)} -->`;
}

export function candidateIssueTitle(suite: string, recommended: string): string {
  return `evalgate: a cheaper model now matches suite "${safeSuiteName(suite)}" (${safeSuiteName(recommended)})`;
}

export function candidateIssueAction(f: SuiteFrontier, issueOpen: boolean): CandidateIssueAction {
  if (f.recommended) return issueOpen ? 'comment' : 'open';
  return issueOpen ? 'close' : 'none';
}

/** The suite's frontier alone, as the compare report renders it. */
function suiteTable(report: FrontierReport, f: SuiteFrontier): string {
  return renderFrontierMarkdown({ ...report, suites: [f] }).replace(/^## evalgate compare\n\n/, '');
}

export function renderCandidateIssueBody(report: FrontierReport, f: SuiteFrontier, runId: string): string {
  return `${candidateMarker(f.suite)}\n## A cheaper model now matches suite \`${safeSuiteName(f.suite)}\`\n\nChecked in run \`${safeSuiteName(runId)}\`. This issue is commented on each candidates check while a cheaper candidate stays not worse, and closed when none is.\n\n${suiteTable(report, f)}\n`;
}

export function renderCandidateComment(
  report: FrontierReport,
  f: SuiteFrontier,
  runId: string,
  closing: boolean,
): string {
  const head = closing
    ? 'No cheaper candidate is shown not worse any more. Closing.'
    : `Still true as of run \`${safeSuiteName(runId)}\`: \`${f.recommended}\` is not worse.`;
  return `<!-- evalgate:candidates-update suite=${safeSuiteName(f.suite)} run=${safeSuiteName(runId)} -->\n${head}\n\n${suiteTable(report, f)}\n`;
}
