// The full report as one self-contained HTML file (an artifact next to the JSON): every suite and case,
// base and head outputs side by side, and filters for regressed / fixed / flaky / error / failing cases.
// Model outputs are untrusted: everything is entity-escaped, the page carries no script at all (the
// filters are radio buttons and CSS `:has()`), and a Content-Security-Policy forbids scripts, frames,
// forms and any network fetch, so even a mistake in escaping could not run or load anything.
import type { FrontierReport } from '../candidates/frontier.js';
import type { SuiteComparison } from '../compare/types.js';
import type { GateReport } from '../gate/report.js';
import type { CaseResult, RunResult, SampleResult, SuiteResult } from '../results/types.js';
import { agreementText, suiteAgreement } from '../scorers/model-graded/agreement.js';
import { consistencyLow, consistencyText } from '../scorers/model-graded/consistency.js';
import { escapeHtml, truncate } from './escape.js';
import { FRONTIER_CSS, frontierSection } from './html-frontier.js';
import { ms, pct, score, signed, usd } from './format.js';
import { powerText } from './power-line.js';

export interface HtmlReportInput {
  head: RunResult;
  base?: RunResult | undefined;
  /** The gate's comparison, when base and head were evaluated. */
  gate?: GateReport | undefined;
  /** evalgate compare: the "Choose the model" section (the frontier's table and chart) leads the report. */
  frontier?: FrontierReport | undefined;
  title?: string;
  generatedAt: string;
  /** Short labels of the compared versions (e.g. commit SHAs) and the run's URL. */
  baseRef?: string;
  headRef?: string;
  runUrl?: string;
}

/** Case classes the filters select on. */
export const CASE_FILTERS = ['regressed', 'fixed', 'flaky', 'error', 'failing'] as const;
export type CaseFilter = (typeof CASE_FILTERS)[number];

const MAX_OUTPUT_CHARS = 20_000;

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 4px}.meta{color:#57606a;margin:0 0 12px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}.num{text-align:right;white-space:nowrap}
pre{white-space:pre-wrap;word-break:break-word;margin:2px 0;font:12px/1.4 ui-monospace,monospace;background:#f6f8fa;padding:4px;max-height:24em;overflow:auto}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:10px;margin:0 4px 2px 0;background:#ddf4ff}
.badge.regressed,.badge.failing,.v-regression,.v-below-min,.v-over-budget{background:#ffebe9;color:#a40e26}
.badge.fixed,.v-pass{background:#dafbe1;color:#116329}.badge.flaky,.v-inconclusive{background:#fff8c5;color:#7d4e00}
.badge.error{background:#ffebe9;color:#82071e}.v-skipped{background:#eaeef2}
.verdict{font-weight:600;padding:1px 8px;border-radius:10px}.reason{color:#57606a;margin:4px 0}
.filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #d0d7de;z-index:1}
.filters input{position:absolute;opacity:0}.filters label{display:inline-block;margin-right:6px;padding:2px 10px;border:1px solid #d0d7de;border-radius:14px;cursor:pointer}
.filters input:checked+label{background:#0969da;color:#fff;border-color:#0969da}
.sample{border-top:1px dashed #d0d7de;padding-top:2px}.sample:first-child{border-top:0}.muted{color:#57606a}.err{color:#a40e26}.judge.low{color:#a40e26}
details summary{cursor:pointer;color:#57606a}
${FRONTIER_CSS}
${CASE_FILTERS.map((f) => `body:has(#filter-${f}:checked) tr.case:not(.${f}){display:none}`).join('\n')}
${CASE_FILTERS.map((f) => `body:has(#filter-${f}:checked) section.suite:not(:has(tr.case.${f})){display:none}`).join('\n')}`;

interface SuiteView {
  name: string;
  comparison?: SuiteComparison;
  base?: SuiteResult | undefined;
  head?: SuiteResult | undefined;
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const suites = suiteViews(input);
  const rows = suites.map((s) => ({ s, cases: caseRows(s) }));
  const counts = Object.fromEntries(
    CASE_FILTERS.map((f) => [f, rows.reduce((n, r) => n + r.cases.filter((c) => c.classes.has(f)).length, 0)]),
  ) as Record<CaseFilter, number>;
  const total = rows.reduce((n, r) => n + r.cases.length, 0);
  const title = input.title ?? 'evalgate report';
  const verdict = input.gate?.verdict;
  const refs =
    input.baseRef || input.headRef ? ` · base ${code(input.baseRef ?? '?')} → head ${code(input.headRef ?? '?')}` : '';
  const run =
    input.runUrl && /^https?:\/\//.test(input.runUrl)
      ? ` · <a href="${escapeHtml(input.runUrl)}" rel="noopener noreferrer">workflow run</a>`
      : '';
  const filter = (id: string, label: string, n: number, checked = false) =>
    `<input type="radio" name="filter" id="filter-${id}"${checked ? ' checked' : ''}><label for="filter-${id}">${label} (${n})</label>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}${verdict ? ` <span class="verdict v-${verdict}">${escapeHtml(verdict.toUpperCase())}</span>` : ''}</h1>
<p class="meta">Generated ${escapeHtml(input.generatedAt)} by evalgate ${escapeHtml(input.head.tool.version)}${refs}${run} · ${suites.length} suite${suites.length === 1 ? '' : 's'}, ${total} case${total === 1 ? '' : 's'}${
    input.head.costCapHit ? ' · <strong>cost cap reached: the rest was skipped</strong>' : ''
  }</p>
${frontierSection(input.frontier)}
<nav class="filters" aria-label="filter cases">${filter('all', 'all', total, true)}${CASE_FILTERS.map((f) => filter(f, f, counts[f])).join('')}</nav>
${rows.map(({ s, cases }) => suiteSection(s, cases, input.base !== undefined)).join('\n')}
${input.gate?.unselected.length ? `<p class="muted">Not selected by this change: ${input.gate.unselected.map(code).join(', ')}</p>` : ''}
</body></html>
`;
}

function suiteViews(input: HtmlReportInput): SuiteView[] {
  if (input.gate) return input.gate.suites.map((c) => ({ name: c.suite, comparison: c, base: c.base, head: c.head }));
  const base = new Map((input.base?.suites ?? []).map((s) => [s.name, s]));
  return input.head.suites.map((h) => ({ name: h.name, base: base.get(h.name), head: h }));
}

interface CaseRow {
  id: string;
  base?: CaseResult | undefined;
  head?: CaseResult | undefined;
  classes: Set<CaseFilter>;
}

function caseRows(s: SuiteView): CaseRow[] {
  const baseCases = new Map((s.base?.cases ?? []).map((c) => [c.id, c]));
  const headCases = new Map((s.head?.cases ?? []).map((c) => [c.id, c]));
  const ids = [...new Set([...headCases.keys(), ...baseCases.keys()])];
  const regressed = new Set(s.comparison?.regressed.map((c) => c.id));
  const fixed = new Set(s.comparison?.fixed.map((c) => c.id));
  return ids.map((id) => {
    const base = baseCases.get(id);
    const head = headCases.get(id);
    const classes = new Set<CaseFilter>();
    if (regressed.has(id)) classes.add('regressed');
    if (fixed.has(id)) classes.add('fixed');
    if ([base, head].some((c) => c !== undefined && isFlaky(c))) classes.add('flaky');
    if ([base, head].some((c) => c?.samples.some((x) => x.status === 'error'))) classes.add('error');
    if (head?.pass === false) classes.add('failing');
    return { id, base, head, classes };
  });
}

/** Some ok samples passed and some failed: the case's outcome depends on the draw. */
function isFlaky(c: CaseResult): boolean {
  const ok = c.samples.filter((x) => x.status === 'ok');
  return ok.some((x) => x.pass === true) && ok.some((x) => x.pass === false);
}

function suiteSection(s: SuiteView, cases: CaseRow[], hasBase: boolean): string {
  const c = s.comparison;
  const verdict = c ? ` <span class="verdict v-${c.verdict}">${escapeHtml(c.verdict)}</span>` : '';
  const showBase = hasBase || s.base !== undefined;
  const a = (r?: SuiteResult) => r?.aggregates;
  const figures = c
    ? `<table class="figures"><tr><th>Score base → head</th><th>Δ ± CI</th><th>Pass rate</th><th>Cost/request</th><th>p95 latency</th><th>Errors</th></tr>
<tr><td class="num">${score(c.score.base)} → ${score(c.score.head)}</td><td class="num">${ciText(c)}</td><td class="num">${pct(c.passRate.base)} → ${pct(c.passRate.head)}</td><td class="num">${escapeHtml(
        usd(c.costPerRequestUsd.base),
      )} → ${escapeHtml(usd(c.costPerRequestUsd.head))}</td><td class="num">${ms(c.latencyP95.base)} → ${ms(c.latencyP95.head)}</td><td class="num">${c.errors.base} → ${c.errors.head}</td></tr></table>
<p class="reason">${escapeHtml(c.reason)}</p>`
    : `<table class="figures"><tr><th>Score</th><th>Pass rate</th><th>Cost/request</th><th>p95 latency</th><th>Errors</th></tr>
<tr><td class="num">${score(a(s.head)?.meanScore)}</td><td class="num">${pct(a(s.head)?.passRate)}</td><td class="num">${escapeHtml(usd(a(s.head)?.costPerRequestUsd))}</td><td class="num">${ms(
        a(s.head)?.latencyMs.p95,
      )}</td><td class="num">${a(s.head)?.errors ?? 0}</td></tr></table>`;
  const model = s.head ?? s.base;
  const meta = model
    ? `<p class="meta">prompt ${code(model.promptPath ?? '')} version ${code(model.promptVersion)} · model ${code(model.provider.model)}${
        model.servedModels.length ? ` (served ${model.servedModels.map(code).join(', ')})` : ''
      } · ${model.repeat} sample${model.repeat === 1 ? '' : 's'} per case${c && c.status !== 'compared' ? ` · ${escapeHtml(c.status)} suite` : ''}</p>`
    : '';
  const agreement = s.head ? suiteAgreement(s.head.cases) : undefined;
  const consistency = s.head?.judgeConsistency;
  // Always shown here when measured (the detail report); summary and comment show it only when low.
  const judge =
    (agreement ? `<p class="judge">${escapeHtml(agreementText(agreement))}</p>` : '') +
    (consistency
      ? `<p class="judge${consistencyLow(consistency) ? ' low' : ''}">${escapeHtml(consistencyText(consistency))}</p>`
      : '') +
    (c?.judgeChange ? `<p class="judge low">${escapeHtml(c.notComparable ?? '')}</p>` : '');
  const power = c?.power
    ? `<p class="power">${escapeHtml(`What this suite can detect: ${powerText(c.power)}.`)}</p>`
    : '';
  const header = `<tr><th>Case</th>${showBase ? '<th>Base</th>' : ''}<th>Head</th></tr>`;
  const body = cases.map((r) => caseRow(r, showBase)).join('\n');
  return `<section class="suite" id="suite-${escapeHtml(s.name)}"><h2>${escapeHtml(s.name)}${verdict}</h2>
${meta}${figures}${judge}${power}
<table class="cases">${header}
${body || `<tr><td colspan="3" class="muted">no cases</td></tr>`}
</table></section>`;
}

function ciText(c: SuiteComparison): string {
  const d = c.score.pairedDelta ?? c.score.delta;
  if (d === null || d === undefined) return '—';
  const ci = c.score.ci;
  return ci ? `${signed(d)} ± ${((ci.high - ci.low) / 2).toFixed(3)}` : signed(d);
}

function caseRow(r: CaseRow, showBase: boolean): string {
  const any = r.head ?? r.base;
  const badges = [...r.classes].map((k) => `<span class="badge ${k}">${k}</span>`).join('');
  const vars =
    any && Object.keys(any.vars).length
      ? `<details><summary>vars</summary><pre>${escapeHtml(JSON.stringify(any.vars, null, 2))}</pre></details>`
      : '';
  const desc = any?.description ? `<div class="muted">${escapeHtml(any.description)}</div>` : '';
  const cls = ['case', ...r.classes].join(' ');
  return `<tr class="${cls}" data-case="${escapeHtml(r.id)}"><td><code>${escapeHtml(r.id)}</code><div>${badges}</div>${desc}${vars}</td>${showBase ? `<td>${side(r.base, 'base')}</td>` : ''}<td>${side(r.head, 'head')}</td></tr>`;
}

function side(c: CaseResult | undefined, label: string): string {
  if (!c) return `<span class="muted">not on ${label}</span>`;
  const head = `<div><strong>${c.pass === null ? 'no verdict' : c.pass ? 'pass' : 'fail'}</strong> · score ${score(c.score)}</div>`;
  return head + c.samples.map(sample).join('');
}

function sample(x: SampleResult): string {
  const status =
    x.status === 'ok'
      ? `${x.pass ? 'pass' : 'fail'} ${score(x.score)}`
      : `<span class="err">${escapeHtml(x.status)}${x.error ? `: ${escapeHtml(x.error.kind)}: ${escapeHtml(x.error.message)}` : ''}</span>`;
  const meta = [x.latencyMs !== undefined ? ms(x.latencyMs) : '', x.cached ? 'cached' : ''].filter(Boolean).join(', ');
  const failing = x.assertions
    .filter((a) => !a.pass)
    .map((a) => `<li>${escapeHtml(a.type)}: ${escapeHtml(a.reason)}</li>`)
    .join('');
  let out = '';
  if (x.output !== undefined) {
    const t = truncate(x.output, MAX_OUTPUT_CHARS);
    out = `<pre>${escapeHtml(t.text)}${t.truncated ? `<span class="muted">… (${t.omitted} more characters)</span>` : ''}</pre>`;
  }
  return `<div class="sample"><span class="muted">#${x.index}</span> ${status}${meta ? ` <span class="muted">(${escapeHtml(meta)})</span>` : ''}${out}${failing ? `<ul>${failing}</ul>` : ''}</div>`;
}

function code(s: string): string {
  return `<code>${escapeHtml(s)}</code>`;
}
