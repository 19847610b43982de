// The sticky PR comment: headline verdict, per-suite table, reasons, case details, footer. At most
// 65,536 characters (GitHub rejects longer bodies): the essentials always fit, case details are added
// worst first while the budget lasts, and every omission says where the full report is.
import type { SuiteComparison } from '../compare/types.js';
import type { GateReport } from '../gate/report.js';
import { modelSwapLines } from '../candidates/trade-off.js';
import { Budget } from './char-budget.js';
import { escapeHtmlText, escapeText, truncate } from './escape.js';
import { count } from './format.js';
import { noteRow, tableHeader, tableRow } from './markdown-table.js';
import {
  addedRemovedLines,
  caseDetail,
  contextLine,
  DETAILS_CLOSE,
  detailsOpen,
  footer,
  headline,
  idList,
  noticeLines,
  judgeLine,
  consistencyLine,
  reasonLine,
  type ReportMeta,
} from './sections.js';
import { suiteColumns } from './suite-table.js';
import { powerLine } from './power-line.js';

export const PR_COMMENT_MARKER = '<!-- evalgate:pr-comment -->';
export const PR_COMMENT_LIMIT = 65_536;

export interface CommentMeta extends ReportMeta {
  /** Served model ids / fingerprints beyond those in the results (optional, shown in the footer). */
  extraFooter?: string[];
}

export interface CommentOptions {
  /** Default 65,536 (GitHub's limit); lower only in tests. */
  limit?: number;
  /** Characters per output block in case details. Default 1,500. */
  outputChars?: number;
}

const DEFAULT_FULL_AT = 'the job summary of the workflow run';

/** Suites needing attention first in the table when it must be cut (keeps config order otherwise). */
function tableRows(suites: readonly SuiteComparison[], budgetChars: number, fullAt: string): string[] {
  const columns = suiteColumns(suites);
  const suiteRow = (s: SuiteComparison): string => tableRow(columns, s);
  const rows = suites.map(suiteRow);
  const total = rows.reduce((n, r) => n + r.length + 1, 0);
  if (total <= budgetChars) return rows;
  const important = suites.filter((s) => s.verdict !== 'pass' && s.verdict !== 'skipped');
  const out: string[] = [];
  let used = 0;
  for (const s of important) {
    const r = suiteRow(s);
    if (used + r.length + 1 > budgetChars) break;
    out.push(r);
    used += r.length + 1;
  }
  out.push(
    noteRow(columns, `… ${suites.length - out.length} more suites (passing or skipped first) are listed in ${fullAt}`),
  );
  return out;
}

export function renderPrComment(report: GateReport, meta: CommentMeta = {}, opts: CommentOptions = {}): string {
  const limit = opts.limit ?? PR_COMMENT_LIMIT;
  const fullAt = meta.fullReportAt ?? DEFAULT_FULL_AT;
  const budget = new Budget(limit);

  const foot = ['', '---', footer(report, meta), ...(meta.extraFooter ?? [])].join('\n');
  budget.reserve(foot.length + 1);
  // Room for the omission note, whatever happens below.
  const NOTE_RESERVE = 400;
  budget.reserve(NOTE_RESERVE);

  budget.tryAdd(PR_COMMENT_MARKER);
  budget.tryAdd(headline(report));
  // A swapped model is a trade-off: quality against cost, before the table.
  const swaps = modelSwapLines(report);
  if (swaps.length) budget.tryAdd(['', ...swaps].join('\n'));
  const ctx = contextLine(report, meta);
  if (ctx) budget.tryAdd(ctx);
  for (const n of noticeLines(meta)) budget.tryAdd(`\n${n}`);

  let omitted = 0;
  if (report.suites.length) {
    const rows = tableRows(report.suites, Math.floor(limit * 0.4), fullAt);
    budget.tryAdd(['', tableHeader(suiteColumns(report.suites)), ...rows].join('\n'));
    budget.tryAdd('');
    for (const s of report.suites) if (!budget.tryAdd(reasonLine(s))) omitted++;
    for (const s of report.suites) {
      const j = judgeLine(s);
      if (j) budget.tryAdd(j);
      const k = consistencyLine(s);
      if (k) budget.tryAdd(k);
    }
    for (const s of report.suites) {
      const p = powerLine(s);
      if (p) budget.tryAdd(p);
    }
  }

  // Case details, most important first: regressions of every suite, then fixes, then case lists.
  const outputChars = opts.outputChars ?? 1500;
  const SEP = '\n\n---\n\n';
  const addCases = (s: SuiteComparison, kind: 'regressed' | 'fixed', allowance: number): void => {
    const list = s[kind];
    if (!list.length) return;
    const open = detailsOpen(`${escapeHtmlText(s.suite)}: ${count(list.length, `${kind} case`)}`);
    const moreNote = (n: number) => `*${count(n, `more ${kind} case`)} not shown: see ${fullAt}.*`;
    const cap = Math.min(allowance, budget.remaining);
    // Fixed cost: newline, open, close, and room for the "more not shown" note.
    let size = 1 + open.length + 1 + DETAILS_CLOSE.length + 1 + SEP.length + moreNote(list.length).length;
    const blocks: string[] = [];
    for (const c of list) {
      const full = caseDetail(c, { outputChars, fullAt });
      const chosen = size + full.length + SEP.length <= cap ? full : undefined;
      const compact = chosen ?? caseDetail(c, { outputChars, compact: true });
      if (size + compact.length + SEP.length > cap) break;
      blocks.push(compact);
      size += compact.length + SEP.length;
    }
    const left = list.length - blocks.length;
    if (left > 0) {
      omitted += left;
      blocks.push(moreNote(left));
    }
    if (left === list.length || !budget.tryAdd(`\n${open}\n${blocks.join(SEP)}${DETAILS_CLOSE}`)) {
      if (left !== list.length) omitted += list.length - left;
      budget.tryAdd(`\n${count(list.length, `${kind} case`)} in ${escapeText(s.suite)}: see ${fullAt}.`);
    }
  };
  // Fair shares: each suite with changes gets an equal part of what is left when its turn comes.
  for (const kind of ['regressed', 'fixed'] as const) {
    const withCases = report.suites.filter((s) => s[kind].length > 0);
    withCases.forEach((s, i) => addCases(s, kind, Math.floor(budget.remaining / (withCases.length - i))));
  }

  // Added / removed cases and suites, unselected suites: the least important.
  const lists = addedRemovedLines(report.suites, 20);
  if (
    lists.length &&
    !budget.tryAdd(`\n${detailsOpen('Added and removed cases and suites')}\n${lists.join('\n')}${DETAILS_CLOSE}`)
  )
    omitted++;
  if (report.unselected.length) {
    const line = `\nNot evaluated (unaffected by this PR): ${idList(report.unselected, 50)}`;
    if (!budget.tryAdd(line)) omitted++;
  }

  budget.release(NOTE_RESERVE);
  if (omitted > 0)
    budget.tryAdd(`\n*This comment is shortened to fit GitHub's size limit; the full report is in ${fullAt}.*`);
  budget.release(foot.length + 1);
  budget.tryAdd(foot);
  const out = budget.text();
  // The budget guarantees this; the cut is a last line of defence that keeps the marker.
  return out.length <= limit ? out : `${truncate(out, limit - 40).text}\n\n*(truncated)*`;
}
