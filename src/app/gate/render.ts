// Where a GateReport becomes Markdown for the action and `evalgate gate`: the report renderers plus the gate's own notes (why
// suites were selected, removed suites, fork notices). Notes are built from PR-controlled strings (file
// names, suite names), so they pass through the same escaping as model outputs.
import type { GateReport } from '../../core/gate/report.js';
import { codeSpan, escapeText } from '../../core/report/escape.js';
import {
  PR_COMMENT_LIMIT,
  PR_COMMENT_MARKER,
  renderPrComment,
  type CommentMeta,
} from '../../core/report/pr-comment.js';
import { renderJobSummary } from '../../core/report/job-summary.js';
import { safeUrl, type ReportMeta } from '../../core/report/sections.js';
import { VERSION } from '../version.js';

export const COMMENT_MARKER = PR_COMMENT_MARKER;

/** The comment key whose marker is the plain one: PRs gated before comment keys existed keep their comment. */
export const LEGACY_COMMENT_KEY = 'evalgate.yml';

/**
 * The hidden marker of the sticky comment for a comment key (default: the config path), so separate
 * configs or jobs on one PR keep separate comments. The key is percent-encoded: it can neither close
 * the HTML comment nor, ending in ` -->`, be a prefix of another key's marker.
 */
export function commentMarker(key: string): string {
  if (key === LEGACY_COMMENT_KEY) return PR_COMMENT_MARKER;
  return `<!-- evalgate:pr-comment key=${encodeURIComponent(key).slice(0, 200)} -->`;
}

/** A rendered comment (which starts with the plain marker) under the marker of its key. */
export function withCommentMarker(body: string, marker: string): string {
  if (marker === PR_COMMENT_MARKER || body.startsWith(marker)) return body;
  return body.startsWith(PR_COMMENT_MARKER) ? marker + body.slice(PR_COMMENT_MARKER.length) : `${marker}\n${body}`;
}

/** The report's own meta (sections.ts), plus what only the gate knows; commentMeta turns it into ReportMeta. */
export interface GateRenderMeta
  extends Pick<
    ReportMeta,
    'baseSha' | 'headSha' | 'headLabel' | 'baseRef' | 'headRef' | 'fork' | 'fullReportAt' | 'notes'
  > {
  runUrl?: string | undefined;
  /** Evaluated from recordings (fork PR without a key); shown as `recorded`. */
  replay?: boolean;
  /** Why each selected suite ran. */
  reasons?: Record<string, string>;
  /** Where the job summary sends readers for what it had to leave out (the JSON report). */
  summaryFullReportAt?: string;
  /** Trusted line at the foot of every comment saying where the full report (HTML artifact) is. */
  fullReportLine?: string;
}

/** Requests a replay found no recording for, over both sides of every suite. */
export function replayMisses(report: GateReport): number {
  let n = 0;
  for (const s of report.suites)
    for (const side of [s.base, s.head])
      for (const c of side?.cases ?? [])
        for (const smp of c.samples) if (smp.status === 'error' && smp.error?.kind === 'replay-miss') n++;
  return n;
}

/** Why replayed suites came out inconclusive, and how to fix it: the recordings predate the change. */
export function replayMissHint(misses: number): string {
  return (
    `> **Recordings incomplete:** ${misses} request${misses === 1 ? '' : 's'} had no recorded response (\`replay-miss\`), so the ` +
    `affected suites count them as errors (inconclusive), not as failed cases. The recordings do not cover this change's ` +
    `prompts, cases or settings: re-record with \`npx evalgate run --record\` (needs a model key) and commit the recordings folder.`
  );
}

/** The note of a gate that had no base config to compare with (the reason may quote the base's files). */
export function baseUnavailableNote(line: string): string {
  return `> **Not compared:** ${escapeText(line, { maxChars: 600 })}`;
}

function notes(report: GateReport, meta: GateRenderMeta): string[] {
  const out: string[] = [...(meta.notes ?? [])];
  if (meta.replay) {
    const misses = replayMisses(report);
    if (misses > 0) out.push(replayMissHint(misses));
  }
  const reasons = Object.entries(meta.reasons ?? {});
  if (reasons.length > 0 && reasons.length <= 30) {
    out.push(
      `Selected: ${reasons.map(([s, why]) => `${codeSpan(s)} (${codeSpan(why, { maxChars: 120 })})`).join(', ')}.`,
    );
  } else if (reasons.length > 30) {
    // Many suites (e.g. past the 3,000-file cap): one line per distinct reason keeps it readable.
    const byReason = new Map<string, number>();
    for (const [, why] of reasons) byReason.set(why, (byReason.get(why) ?? 0) + 1);
    const groups = [...byReason].sort((a, b) => b[1] - a[1]);
    const shown = groups.slice(0, 5).map(([why, n]) => `${n} for ${codeSpan(why, { maxChars: 120 })}`);
    out.push(
      `Selected ${reasons.length} suites: ${shown.join(', ')}${groups.length > 5 ? `, ${groups.length - 5} other reasons` : ''}.`,
    );
  }
  if (report.removed && report.removed.length > 0) {
    out.push(
      `Removed by this PR (not run): ${report.removed
        .slice(0, 50)
        .map((s) => codeSpan(s))
        .join(', ')}${report.removed.length > 50 ? ', …' : ''}.`,
    );
  }
  return out;
}

function commentMeta(report: GateReport, meta: GateRenderMeta): CommentMeta {
  const m: CommentMeta = { notes: notes(report, meta) };
  if (meta.runUrl) m.runUrl = meta.runUrl;
  if (meta.baseSha) m.baseSha = meta.baseSha;
  if (meta.headSha) m.headSha = meta.headSha;
  if (meta.headLabel) m.headLabel = meta.headLabel;
  if (meta.baseRef) m.baseRef = meta.baseRef;
  if (meta.headRef) m.headRef = meta.headRef;
  if (meta.fork) m.fork = true;
  if (meta.replay) m.recorded = true;
  if (meta.fullReportAt) m.fullReportAt = meta.fullReportAt;
  if (meta.fullReportLine) m.extraFooter = [meta.fullReportLine];
  // The footer names the version that produced the figures (rules and formats change between releases).
  m.toolVersion = VERSION;
  return m;
}

/** The sticky PR comment (≤ 65,536 characters, starts with the hidden marker). */
export function renderComment(report: GateReport, meta: GateRenderMeta, marker: string = PR_COMMENT_MARKER): string {
  // A keyed marker is longer than the plain one: the body leaves room for it within GitHub's limit.
  const extra = Math.max(0, marker.length - PR_COMMENT_MARKER.length);
  return withCommentMarker(
    renderPrComment(report, commentMeta(report, meta), { limit: PR_COMMENT_LIMIT - extra }),
    marker,
  );
}

/**
 * The job summary: the same report with more detail (token/latency/cost table, every changed case,
 * longer outputs; summaries may hold 1 MiB). No hidden marker: the summary is not a comment we look for.
 */
export function renderGateSummary(report: GateReport, meta: GateRenderMeta): string {
  const m = commentMeta(report, {
    ...meta,
    fullReportAt: meta.summaryFullReportAt ?? 'the JSON report (the `report` output)',
  });
  return renderJobSummary(report, m, { outputChars: 6_000 });
}

export function renderNoSecretsNotice(runUrl: string | undefined): string {
  const link = safeUrl(runUrl) ? ` ([workflow run](${runUrl}))` : '';
  return (
    `## evalgate: SKIPPED (fork pull request)\n\n` +
    `Pull requests from forks run without repository secrets, so there is no model API key and the prompts ` +
    `were not evaluated${link}. A maintainer can evaluate them by re-running the workflow on a branch of this ` +
    `repository, or the config can ship recorded responses (\`recordings:\`) so fork PRs are checked offline.\n`
  );
}
