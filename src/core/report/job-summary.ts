// The job summary: the PR comment's content with more detail (every changed case, token/latency/cost
// tables, all case details with longer outputs). At most 1 MiB per step (GitHub's limit, in bytes).
import type { SuiteComparison } from '../compare/types.js';
import type { GateReport } from '../gate/report.js';
import type { CaseResult } from '../results/types.js';
import { Budget, utf8Length } from './char-budget.js';
import { codeSpan, escapeHtmlText } from './escape.js';
import { count, score, signed } from './format.js';
import { type Column, markdownTable } from './markdown-table.js';
import { METRICS_COLUMNS } from './metrics-table.js';
import { readingGuide } from './reading-guide.js';
import {
  addedRemovedLines,
  caseDetail,
  consistencyLine,
  contextLine,
  DETAILS_CLOSE,
  detailsOpen,
  footer,
  headline,
  idList,
  judgeLine,
  noticeLines,
  reasonLine,
  type ReportMeta,
} from './sections.js';
import { suiteColumns } from './suite-table.js';
import { powerLine } from './power-line.js';

/** 1 MiB minus headroom for anything else the step appends. */
const JOB_SUMMARY_LIMIT_BYTES = 1_000_000;

export interface SummaryOptions {
  limitBytes?: number;
  outputChars?: number;
}

interface ChangedCase {
  base: CaseResult;
  head: CaseResult;
  delta: number;
}

// A case without a pass verdict counts as failing, as the gate counts it.
const passWord = (p: boolean | null): string => (p ? 'pass' : 'fail');
const CHANGED_CASE_COLUMNS: readonly Column<ChangedCase>[] = [
  { header: 'Case', cell: (c) => codeSpan(c.head.id, { maxChars: 80, table: true }) },
  { header: 'Base', cell: (c) => score(c.base.score) },
  { header: 'Head', cell: (c) => score(c.head.score) },
  { header: 'Δ', cell: (c) => signed(c.delta) },
  { header: 'Pass', cell: (c) => `${passWord(c.base.pass)} → ${passWord(c.head.pass)}` },
];

/** Every paired case whose score or pass changed, worst first. */
function changedCases(s: SuiteComparison): string | undefined {
  if (!s.base || !s.head) return undefined;
  const base = new Map<string, CaseResult>(s.base.cases.map((c) => [c.id, c]));
  const rows: ChangedCase[] = [];
  for (const h of s.head.cases) {
    const b = base.get(h.id);
    if (!b || b.score === null || h.score === null) continue;
    const d = h.score - b.score;
    if (Math.abs(d) < 1e-9 && b.pass === h.pass) continue;
    rows.push({ base: b, head: h, delta: d });
  }
  if (!rows.length) return undefined;
  rows.sort((a, b) => a.delta - b.delta);
  return `${detailsOpen(`${escapeHtmlText(s.suite)}: ${count(rows.length, 'case')} changed`)}\n${markdownTable(CHANGED_CASE_COLUMNS, rows)}${DETAILS_CLOSE}`;
}

export function renderJobSummary(report: GateReport, meta: ReportMeta = {}, opts: SummaryOptions = {}): string {
  const limit = opts.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES;
  const fullAt = meta.fullReportAt ?? 'the JSON report artifact';
  const budget = new Budget(limit, utf8Length);
  const foot = ['', '---', footer(report, meta, 500)].join('\n');
  const reserve = utf8Length(foot) + 400;
  budget.reserve(reserve);
  let omitted = 0;
  const add = (s: string): void => {
    if (!budget.tryAdd(s)) omitted++;
  };

  add(headline(report));
  const ctx = contextLine(report, meta);
  if (ctx) add(ctx);
  for (const n of noticeLines(meta)) add(`\n${n}`);
  if (report.suites.length) {
    add(`\n${markdownTable(suiteColumns(report.suites), report.suites)}`);
    add('');
    for (const s of report.suites) add(reasonLine(s));
    for (const s of report.suites) {
      const p = powerLine(s);
      if (p) add(p);
    }
    // The judge's trust figures, as in the PR comment (docs/judges.md).
    for (const s of report.suites) for (const line of [judgeLine(s), consistencyLine(s)]) if (line) add(line);
    add(`\n### Tokens, latency and cost\n\n${markdownTable(METRICS_COLUMNS, report.suites)}`);
  }

  const outputChars = opts.outputChars ?? 4000;
  for (const kind of ['regressed', 'fixed'] as const)
    for (const s of report.suites) {
      const list = s[kind];
      if (!list.length) continue;
      const open = detailsOpen(`${escapeHtmlText(s.suite)}: ${count(list.length, `${kind} case`)}`);
      const blocks: string[] = [];
      let size = utf8Length(open) + 20;
      let shown = 0;
      for (const c of list) {
        const b = caseDetail(c, { outputChars, fullAt });
        const n = utf8Length(b) + 10;
        if (size + n > budget.remaining) break;
        blocks.push(b);
        size += n;
        shown++;
      }
      if (shown < list.length) {
        omitted += list.length - shown;
        blocks.push(`*${list.length - shown} more ${kind} cases not shown: see ${fullAt}.*`);
      }
      add(`\n${open}\n${blocks.join('\n\n---\n\n')}${DETAILS_CLOSE}`);
    }

  const changed = report.suites.map(changedCases).filter((x): x is string => x !== undefined);
  if (changed.length) add(`\n### All changed cases\n\n${changed.join('\n\n')}`);

  const lists = addedRemovedLines(report.suites, 200);
  if (lists.length) add(`\n### Added and removed\n\n${lists.join('\n')}`);
  if (report.unselected.length) add(`\nNot evaluated (unaffected by this change): ${idList(report.unselected, 500)}`);
  if (report.rules && report.suites.length)
    add(`\n${detailsOpen('How to read this')}\n${readingGuide(report.rules).join('\n')}${DETAILS_CLOSE}`);

  budget.release(reserve);
  if (omitted)
    budget.tryAdd(
      `\n*Parts of this summary were left out to stay under GitHub's 1 MiB limit; everything is in ${fullAt}.*`,
    );
  budget.tryAdd(foot);
  return budget.text();
}
