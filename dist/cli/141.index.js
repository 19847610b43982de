export const id = 141;
export const ids = [141];
export const modules = {

/***/ 2948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 16 modules
var loader = __webpack_require__(9211);
// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 14 modules
var engine = __webpack_require__(4835);
// EXTERNAL MODULE: ./lib/src/core/engine/run-result.js + 1 modules
var run_result = __webpack_require__(8698);
// EXTERNAL MODULE: ./lib/src/core/report/escape.js
var report_escape = __webpack_require__(9884);
// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
;// CONCATENATED MODULE: ./lib/src/core/report/console-table.js


const ANSI = {
    red: ['\u001b[31m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
    yellow: ['\u001b[33m', '\u001b[39m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    bold: ['\u001b[1m', '\u001b[22m'],
};
const clean = (s, max = 60) => {
    const t = (0,report_escape/* truncate */.xv)((0,report_escape/* stripControl */.kU)(s, { newlines: false }), max);
    return t.truncated ? `${t.text}…` : t.text;
};
function table(header, rows, color) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.text.length ?? 0)));
    const fmt = (c, i) => {
        const w = widths[i] ?? 0;
        const padded = c.right ? c.text.padStart(w) : c.text.padEnd(w);
        return color && c.colour ? `${ANSI[c.colour][0]}${padded}${ANSI[c.colour][1]}` : padded;
    };
    const head = header.map((h, i) => fmt({ text: h, colour: 'bold' }, i)).join('  ').trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [head, rule, ...rows.map((r) => r.map(fmt).join('  ').trimEnd())].join('\n');
}
/** Whether a suite meets minScore, as the `evalgate run` exit code decides it. */
function meetsMinScore(s, minScore) {
    return s.aggregates.meanScore !== null && s.aggregates.meanScore >= minScore;
}
/** What a missing cost means: no price for the model, or nothing answered to price. */
const unknownCost = (s) => (s.aggregates.ok ? 'price unknown' : format/* DASH */.jr);
function verdictCell(s, opts) {
    const given = opts.verdicts?.[s.name];
    if (given)
        return { text: given.label, colour: given.ok ? 'green' : 'red' };
    const minScore = opts.minScore ?? 0;
    if (s.aggregates.meanScore === null)
        return { text: 'no score', colour: 'yellow' };
    return meetsMinScore(s, minScore) ? { text: `ok (>= ${(0,format/* score */.fN)(minScore, 2)})`, colour: 'green' } : { text: `BELOW MIN ${(0,format/* score */.fN)(minScore, 2)}`, colour: 'red' };
}
function casesCell(s) {
    const a = s.aggregates;
    const notSent = a.skipped + a.budget + a.blocked;
    return { text: `${a.cases}${notSent ? ` (${notSent} not sent)` : ''}`, right: true };
}
/** Projected monthly cost only when a suite declares `traffic`: a column of dashes says nothing. */
const anyTraffic = (run) => run.suites.some((s) => s.traffic !== undefined);
const CONSOLE_COLUMNS = [
    { header: 'Suite', cell: (s) => ({ text: clean(s.name) }) },
    { header: 'Cases', cell: casesCell },
    { header: 'Score', cell: (s) => ({ text: (0,format/* score */.fN)(s.aggregates.meanScore), right: true }) },
    { header: 'Pass rate', cell: (s) => ({ text: (0,format/* pct */.Oe)(s.aggregates.passRate), right: true }) },
    { header: 'Errors', cell: (s) => ({ text: String(s.aggregates.errors), right: true, ...(s.aggregates.errors ? { colour: 'yellow' } : {}) }) },
    {
        header: 'Tokens in/out',
        cell: (s) => {
            const t = s.aggregates.tokensPerRequest;
            return { text: t ? `${(0,format/* tokens */.LU)(t.input)}/${(0,format/* tokens */.LU)(t.output)}` : format/* DASH */.jr, right: true };
        },
    },
    { header: 'Cost/request', cell: (s) => ({ text: (0,format/* usd */.dR)(s.aggregates.costPerRequestUsd, unknownCost(s)), right: true }) },
    { header: 'Cost/run', cell: (s) => ({ text: (0,format/* usd */.dR)(s.aggregates.costUsd, unknownCost(s)), right: true }) },
    {
        header: 'Cost/month',
        cell: (s) => ({ text: s.traffic ? (0,format/* usd */.dR)(s.aggregates.projectedMonthlyCostUsd, unknownCost(s)) : format/* DASH */.jr, right: true }),
        shown: anyTraffic,
    },
    { header: 'p50/p95', cell: (s) => ({ text: `${(0,format.ms)(s.aggregates.latencyMs.p50)}/${(0,format.ms)(s.aggregates.latencyMs.p95)}`, right: true }) },
    { header: 'Verdict', cell: verdictCell },
];
function renderRunTable(run, opts) {
    const columns = CONSOLE_COLUMNS.filter((c) => c.shown?.(run) ?? true);
    const monthly = anyTraffic(run);
    const header = columns.map((c) => c.header);
    const rows = run.suites.map((s) => columns.map((c) => c.cell(s, opts)));
    const color = opts.color ?? false;
    const lines = [table(header, rows, color)];
    lines.push('', totalsLine(run, opts.storedAnswers ?? 'cache'));
    lines.push(`Tokens in/out and Cost/request: means per answered request${monthly ? '; Cost/month: Cost/request × traffic.requestsPerMonth' : ''}.`);
    if (run.costCapHit)
        lines.push(paint('Run cost cap reached: the remaining samples were not sent (skipped).', 'yellow', color));
    return lines.join('\n');
}
/**
 * The totals line. Costs in the results are what each answer costs (cache hits too, so base and head
 * compare fairly); what this run actually spent differs when answers came from the cache, and a user
 * re-running an unchanged suite must see that it cost nothing.
 */
function totalsLine(run, store) {
    const t = run.totals;
    let answers = 0;
    let cached = 0;
    let spent = 0;
    const unpriced = new Set();
    for (const s of run.suites) {
        if (!s.aggregates.priceKnown)
            unpriced.add(s.provider.model);
        for (const c of s.cases) {
            for (const x of c.samples) {
                if (x.status !== 'ok')
                    continue;
                answers++;
                if (x.cached)
                    cached++;
                else
                    spent = spent === null || x.costUsd === null ? null : spent + x.costUsd;
            }
        }
    }
    const names = [...unpriced].map((m) => clean(m, 40)).join(', ');
    const cost = t.costUsd === null ? `cost unknown (no price for ${names}; add it under pricing:)` : `cost ${(0,format/* usd */.dR)(t.costUsd)}`;
    const parts = [`Total: ${t.samples} samples, ${t.errors} errors`, `tokens ${(0,format/* tokens */.LU)(t.tokens.input)} in / ${(0,format/* tokens */.LU)(t.tokens.output)} out`, cost];
    if (cached > 0)
        parts.push(`${cached} of ${answers} answers from the ${store} (spent this run: ${(0,format/* usd */.dR)(spent, 'unknown')})`);
    if (t.evalCostUsd !== null && t.evalCostUsd > 0)
        parts.push(`evaluation (judge) cost ${(0,format/* usd */.dR)(t.evalCostUsd)}`);
    return parts.join(', ');
}
function paint(s, c, color) {
    return color ? `${ANSI[c][0]}${s}${ANSI[c][1]}` : s;
}

;// CONCATENATED MODULE: ./lib/src/core/report/html-report.js


/** Case classes the filters select on. */
const CASE_FILTERS = ['regressed', 'fixed', 'flaky', 'error', 'failing'];
const MAX_OUTPUT_CHARS = 20_000;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
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
.sample{border-top:1px dashed #d0d7de;padding-top:2px}.sample:first-child{border-top:0}.muted{color:#57606a}.err{color:#a40e26}
details summary{cursor:pointer;color:#57606a}
${CASE_FILTERS.map((f) => `body:has(#filter-${f}:checked) tr.case:not(.${f}){display:none}`).join('\n')}
${CASE_FILTERS.map((f) => `body:has(#filter-${f}:checked) section.suite:not(:has(tr.case.${f})){display:none}`).join('\n')}`;
/** Entity-escapes text for HTML content and attribute values; drops control characters. */
function escapeHtml(s) {
    return (0,report_escape/* stripControl */.kU)(s, { newlines: true })
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
function renderHtmlReport(input) {
    const suites = suiteViews(input);
    const rows = suites.map((s) => ({ s, cases: caseRows(s) }));
    const counts = Object.fromEntries(CASE_FILTERS.map((f) => [f, rows.reduce((n, r) => n + r.cases.filter((c) => c.classes.has(f)).length, 0)]));
    const total = rows.reduce((n, r) => n + r.cases.length, 0);
    const title = input.title ?? 'evalgate report';
    const verdict = input.gate?.verdict;
    const refs = input.baseRef || input.headRef ? ` · base ${code(input.baseRef ?? '?')} → head ${code(input.headRef ?? '?')}` : '';
    const run = input.runUrl && /^https?:\/\//.test(input.runUrl) ? ` · <a href="${escapeHtml(input.runUrl)}" rel="noopener noreferrer">workflow run</a>` : '';
    const filter = (id, label, n, checked = false) => `<input type="radio" name="filter" id="filter-${id}"${checked ? ' checked' : ''}><label for="filter-${id}">${label} (${n})</label>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}${verdict ? ` <span class="verdict v-${verdict}">${escapeHtml(verdict.toUpperCase())}</span>` : ''}</h1>
<p class="meta">Generated ${escapeHtml(input.generatedAt)} by evalgate ${escapeHtml(input.head.tool.version)}${refs}${run} · ${suites.length} suite${suites.length === 1 ? '' : 's'}, ${total} case${total === 1 ? '' : 's'}${input.head.costCapHit ? ' · <strong>cost cap reached: the rest was skipped</strong>' : ''}</p>
<nav class="filters" aria-label="filter cases">${filter('all', 'all', total, true)}${CASE_FILTERS.map((f) => filter(f, f, counts[f])).join('')}</nav>
${rows.map(({ s, cases }) => suiteSection(s, cases, input.base !== undefined)).join('\n')}
${input.gate?.unselected.length ? `<p class="muted">Not selected by this change: ${input.gate.unselected.map(code).join(', ')}</p>` : ''}
</body></html>
`;
}
function suiteViews(input) {
    if (input.gate)
        return input.gate.suites.map((c) => ({ name: c.suite, comparison: c, base: c.base, head: c.head }));
    const base = new Map((input.base?.suites ?? []).map((s) => [s.name, s]));
    return input.head.suites.map((h) => ({ name: h.name, base: base.get(h.name), head: h }));
}
function caseRows(s) {
    const baseCases = new Map((s.base?.cases ?? []).map((c) => [c.id, c]));
    const headCases = new Map((s.head?.cases ?? []).map((c) => [c.id, c]));
    const ids = [...new Set([...headCases.keys(), ...baseCases.keys()])];
    const regressed = new Set(s.comparison?.regressed.map((c) => c.id));
    const fixed = new Set(s.comparison?.fixed.map((c) => c.id));
    return ids.map((id) => {
        const base = baseCases.get(id);
        const head = headCases.get(id);
        const classes = new Set();
        if (regressed.has(id))
            classes.add('regressed');
        if (fixed.has(id))
            classes.add('fixed');
        if ([base, head].some((c) => c !== undefined && isFlaky(c)))
            classes.add('flaky');
        if ([base, head].some((c) => c?.samples.some((x) => x.status === 'error')))
            classes.add('error');
        if (head?.pass === false)
            classes.add('failing');
        return { id, base, head, classes };
    });
}
/** Some ok samples passed and some failed: the case's outcome depends on the draw. */
function isFlaky(c) {
    const ok = c.samples.filter((x) => x.status === 'ok');
    return ok.some((x) => x.pass === true) && ok.some((x) => x.pass === false);
}
function suiteSection(s, cases, hasBase) {
    const c = s.comparison;
    const verdict = c ? ` <span class="verdict v-${c.verdict}">${escapeHtml(c.verdict)}</span>` : '';
    const showBase = hasBase || s.base !== undefined;
    const a = (r) => r?.aggregates;
    const figures = c
        ? `<table class="figures"><tr><th>Score base → head</th><th>Δ ± CI</th><th>Pass rate</th><th>Cost/request</th><th>p95 latency</th><th>Errors</th></tr>
<tr><td class="num">${(0,format/* score */.fN)(c.score.base)} → ${(0,format/* score */.fN)(c.score.head)}</td><td class="num">${ciText(c)}</td><td class="num">${(0,format/* pct */.Oe)(c.passRate.base)} → ${(0,format/* pct */.Oe)(c.passRate.head)}</td><td class="num">${escapeHtml((0,format/* usd */.dR)(c.costPerRequestUsd.base))} → ${escapeHtml((0,format/* usd */.dR)(c.costPerRequestUsd.head))}</td><td class="num">${(0,format.ms)(c.latencyP95.base)} → ${(0,format.ms)(c.latencyP95.head)}</td><td class="num">${c.errors.base} → ${c.errors.head}</td></tr></table>
<p class="reason">${escapeHtml(c.reason)}</p>`
        : `<table class="figures"><tr><th>Score</th><th>Pass rate</th><th>Cost/request</th><th>p95 latency</th><th>Errors</th></tr>
<tr><td class="num">${(0,format/* score */.fN)(a(s.head)?.meanScore)}</td><td class="num">${(0,format/* pct */.Oe)(a(s.head)?.passRate)}</td><td class="num">${escapeHtml((0,format/* usd */.dR)(a(s.head)?.costPerRequestUsd))}</td><td class="num">${(0,format.ms)(a(s.head)?.latencyMs.p95)}</td><td class="num">${a(s.head)?.errors ?? 0}</td></tr></table>`;
    const model = s.head ?? s.base;
    const meta = model
        ? `<p class="meta">prompt ${code(model.promptPath ?? '')} version ${code(model.promptVersion)} · model ${code(model.provider.model)}${model.servedModels.length ? ` (served ${model.servedModels.map(code).join(', ')})` : ''} · ${model.repeat} sample${model.repeat === 1 ? '' : 's'} per case${c && c.status !== 'compared' ? ` · ${escapeHtml(c.status)} suite` : ''}</p>`
        : '';
    const header = `<tr><th>Case</th>${showBase ? '<th>Base</th>' : ''}<th>Head</th></tr>`;
    const body = cases.map((r) => caseRow(r, showBase)).join('\n');
    return `<section class="suite" id="suite-${escapeHtml(s.name)}"><h2>${escapeHtml(s.name)}${verdict}</h2>
${meta}${figures}
<table class="cases">${header}
${body || `<tr><td colspan="3" class="muted">no cases</td></tr>`}
</table></section>`;
}
function ciText(c) {
    const d = c.score.pairedDelta ?? c.score.delta;
    if (d === null || d === undefined)
        return '—';
    const ci = c.score.ci;
    return ci ? `${(0,format/* signed */.x8)(d)} ± ${((ci.high - ci.low) / 2).toFixed(3)}` : (0,format/* signed */.x8)(d);
}
function caseRow(r, showBase) {
    const any = r.head ?? r.base;
    const badges = [...r.classes].map((k) => `<span class="badge ${k}">${k}</span>`).join('');
    const vars = any && Object.keys(any.vars).length ? `<details><summary>vars</summary><pre>${escapeHtml(JSON.stringify(any.vars, null, 2))}</pre></details>` : '';
    const desc = any?.description ? `<div class="muted">${escapeHtml(any.description)}</div>` : '';
    const cls = ['case', ...r.classes].join(' ');
    return `<tr class="${cls}" data-case="${escapeHtml(r.id)}"><td><code>${escapeHtml(r.id)}</code><div>${badges}</div>${desc}${vars}</td>${showBase ? `<td>${side(r.base, 'base')}</td>` : ''}<td>${side(r.head, 'head')}</td></tr>`;
}
function side(c, label) {
    if (!c)
        return `<span class="muted">not on ${label}</span>`;
    const head = `<div><strong>${c.pass === null ? 'no verdict' : c.pass ? 'pass' : 'fail'}</strong> · score ${(0,format/* score */.fN)(c.score)}</div>`;
    return head + c.samples.map(sample).join('');
}
function sample(x) {
    const status = x.status === 'ok'
        ? `${x.pass ? 'pass' : 'fail'} ${(0,format/* score */.fN)(x.score)}`
        : `<span class="err">${escapeHtml(x.status)}${x.error ? `: ${escapeHtml(x.error.kind)}: ${escapeHtml(x.error.message)}` : ''}</span>`;
    const meta = [x.latencyMs !== undefined ? (0,format.ms)(x.latencyMs) : '', x.cached ? 'cached' : ''].filter(Boolean).join(', ');
    const failing = x.assertions
        .filter((a) => !a.pass)
        .map((a) => `<li>${escapeHtml(a.type)}: ${escapeHtml(a.reason)}</li>`)
        .join('');
    let out = '';
    if (x.output !== undefined) {
        const t = (0,report_escape/* truncate */.xv)(x.output, MAX_OUTPUT_CHARS);
        out = `<pre>${escapeHtml(t.text)}${t.truncated ? `<span class="muted">… (${t.omitted} more characters)</span>` : ''}</pre>`;
    }
    return `<div class="sample"><span class="muted">#${x.index}</span> ${status}${meta ? ` <span class="muted">(${escapeHtml(meta)})</span>` : ''}${out}${failing ? `<ul>${failing}</ul>` : ''}</div>`;
}
function code(s) {
    return `<code>${escapeHtml(s)}</code>`;
}

;// CONCATENATED MODULE: ./lib/src/core/report/junit.js
/** XML 1.0 text/attribute escape; characters XML cannot carry at all are dropped. */
function xmlEscape(s) {
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;'));
}
const attr = (name, value) => ` ${name}="${xmlEscape(String(value))}"`;
const secs = (ms) => (ms / 1000).toFixed(3);
function outcome(c) {
    if (c.pass === true)
        return 'pass';
    if (c.pass === false)
        return 'failure';
    return c.samples.some((s) => s.status === 'error') ? 'error' : 'skipped';
}
function caseTime(c) {
    return c.samples.reduce((t, s) => t + (s.latencyMs ?? 0), 0);
}
function testcase(suite, c) {
    const open = `    <testcase${attr('classname', `evalgate.${suite.name}`)}${attr('name', c.id)}${attr('time', secs(caseTime(c)))}`;
    const o = outcome(c);
    if (o === 'pass')
        return `${open}/>`;
    let body;
    if (o === 'failure') {
        const reasons = new Set();
        for (const s of c.samples)
            if (s.status === 'ok' && !s.pass)
                for (const a of s.assertions)
                    if (!a.pass)
                        reasons.add(`sample ${s.index}: ${a.type}: ${a.reason}`);
        const okN = c.samples.filter((s) => s.status === 'ok').length;
        const failedN = c.samples.filter((s) => s.status === 'ok' && !s.pass).length;
        const msg = `score ${c.score?.toFixed(3)}; ${failedN} of ${okN} samples failed`;
        body = `      <failure${attr('message', msg)}${attr('type', 'assertion')}>${xmlEscape([...reasons].join('\n'))}</failure>`;
    }
    else if (o === 'error') {
        const errs = c.samples.filter((s) => s.status === 'error');
        const first = errs[0]?.error;
        body = `      <error${attr('message', first ? `${first.kind}: ${first.message}` : 'request failed')}${attr('type', first?.kind ?? 'error')}>${xmlEscape(errs.map((s) => `sample ${s.index}: ${s.error?.kind ?? 'error'}: ${s.error?.message ?? ''}`).join('\n'))}</error>`;
    }
    else {
        const statuses = [...new Set(c.samples.map((s) => s.status))].join(', ');
        body = `      <skipped${attr('message', `not sent (${statuses || 'no samples'})`)}/>`;
    }
    return `${open}>\n${body}\n    </testcase>`;
}
function renderJUnit(run) {
    let total = 0;
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    let time = 0;
    const suites = run.suites.map((s) => {
        const counts = { failure: 0, error: 0, skipped: 0, pass: 0 };
        for (const c of s.cases)
            counts[outcome(c)]++;
        const t = s.cases.reduce((n, c) => n + caseTime(c), 0);
        total += s.cases.length;
        failures += counts.failure;
        errors += counts.error;
        skipped += counts.skipped;
        time += t;
        const props = [
            ['promptVersion', s.promptVersion],
            ['model', s.provider.model],
            ['servedModels', s.servedModels.join(',')],
            ['meanScore', s.aggregates.meanScore === null ? '' : s.aggregates.meanScore.toFixed(4)],
            ['costUsd', s.aggregates.costUsd === null ? 'price unknown' : String(s.aggregates.costUsd)],
        ]
            .map(([k, v]) => `      <property${attr('name', k ?? '')}${attr('value', v ?? '')}/>`)
            .join('\n');
        return [
            `  <testsuite${attr('name', s.name)}${attr('tests', s.cases.length)}${attr('failures', counts.failure)}${attr('errors', counts.error)}${attr('skipped', counts.skipped)}${attr('time', secs(t))}${attr('timestamp', run.startedAt)}>`,
            `    <properties>\n${props}\n    </properties>`,
            ...s.cases.map((c) => testcase(s, c)),
            '  </testsuite>',
        ].join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attr('name', 'evalgate')}${attr('tests', total)}${attr('failures', failures)}${attr('errors', errors)}${attr('skipped', skipped)}${attr('time', secs(time))}>`,
        ...suites,
        '</testsuites>',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/src/cli/args.js
var cli_args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
;// CONCATENATED MODULE: ./lib/src/core/results/serialize.js
const STEP = '  ';
function* pretty(value, indent, compactItemsOf) {
    if (value === null || typeof value !== 'object') {
        yield JSON.stringify(value) ?? 'null';
        return;
    }
    const inner = indent + STEP;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield '[';
        for (let i = 0; i < value.length; i++) {
            yield `\n${inner}`;
            const item = value[i] === undefined ? null : value[i];
            if (compactItemsOf === 'samples')
                yield JSON.stringify(item);
            else
                yield* pretty(item, inner, undefined);
            if (i < value.length - 1)
                yield ',';
        }
        yield `\n${indent}]`;
        return;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (let i = 0; i < entries.length; i++) {
        const [k, v] = entries[i];
        yield `\n${inner}${JSON.stringify(k)}: `;
        yield* pretty(v, inner, k);
        if (i < entries.length - 1)
            yield ',';
    }
    yield `\n${indent}}`;
}
/** The JSON text of a results document (or any value holding `samples` arrays), newline-terminated. */
function* resultsJsonChunks(result) {
    yield* pretty(result, '', undefined);
    yield '\n';
}
/** The same text as one string (small documents, tests). */
function resultsJson(result) {
    let s = '';
    for (const c of resultsJsonChunks(result))
        s += c;
    return s;
}
/** Chunks passed through a text function (e.g. the secret scrubber), lazily. */
function* mapChunks(chunks, f) {
    for (const c of chunks)
        yield f(c);
}

// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
// EXTERNAL MODULE: ./lib/src/cli/interrupt.js
var cli_interrupt = __webpack_require__(7544);
;// CONCATENATED MODULE: ./lib/src/cli/progress.js
const CLEAR = '\r\x1b[2K';
function createProgressLine(write, enabled, now = Date.now) {
    const bySuite = new Map();
    let shown = false;
    let last = Number.NEGATIVE_INFINITY;
    return {
        update(e) {
            if (!enabled)
                return;
            bySuite.set(`${e.label}\u0000${e.suite}`, { done: e.done, total: e.total });
            let done = 0;
            let total = 0;
            for (const s of bySuite.values()) {
                done += s.done;
                total += s.total;
            }
            const t = now();
            if (done < total && t - last < 100)
                return;
            last = t;
            const width = 20;
            const filled = total > 0 ? Math.round((done / total) * width) : 0;
            write(`${CLEAR}evalgate [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} samples · ${e.suite}`);
            shown = true;
        },
        clear() {
            if (shown)
                write(CLEAR);
            shown = false;
        },
    };
}

// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var app_runtime = __webpack_require__(697);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
;// CONCATENATED MODULE: ./lib/src/cli/console-summary.js
// What `evalgate run` says after the table, and its exit code. Failures (a suite under its bar) and
// errors (requests that never produced an answer) are reported apart: an error is not a low score, and
// a run whose suites could not be scored at all is not a pass either.
//
// The bar, as a test runner's user expects it: every case must pass, unless a score threshold is given
// (`--min-score`, or a gate.minScore above 0 in the config), which relaxes it to "the suite's mean
// score reaches the threshold". A suite where more than gate.maxErrorRate of the requests failed is not
// judged at all (its scores are a biased subset): it makes the run inconclusive (exit 4), never a pass.



function suiteVerdict(s, rules) {
    const a = s.aggregates;
    const verdict = (status, reason, label) => ({ suite: s.name, ok: status === 'pass', status, reason, label });
    const breach = (0,error_rate/* errorRateBreach */.MG)(s, rules.maxErrorRate);
    if (breach)
        return verdict('inconclusive', `${(0,error_rate/* breachReason */.eC)(breach)}: too many errors to judge`, `TOO MANY ERRORS ${(0,format/* pct */.Oe)(breach.rate, 0)}`);
    if (a.meanScore === null) {
        const why = [a.errors && `${a.errors} errors`, a.skipped && `${a.skipped} skipped`, a.budget && `${a.budget} over budget`, a.blocked && `${a.blocked} blocked`]
            .filter(Boolean)
            .join(', ');
        return verdict('fail', `no scored samples${why ? ` (${why})` : ''}`, 'no score');
    }
    if (rules.minScore !== undefined) {
        const min = (0,format/* score */.fN)(rules.minScore, 2);
        if (a.meanScore < rules.minScore)
            return verdict('fail', `score ${(0,format/* score */.fN)(a.meanScore, 2)} < ${rules.minScoreFrom ?? 'gate.minScore'} ${min}`, `BELOW MIN ${min}`);
        return verdict('pass', `score ${(0,format/* score */.fN)(a.meanScore, 2)} ≥ ${min}`, `ok (>= ${min})`);
    }
    const judged = s.cases.filter((c) => c.pass !== null);
    const failed = judged.filter((c) => c.pass === false).length;
    if (failed > 0) {
        const reason = `${failed} of ${judged.length} ${judged.length === 1 ? 'case fails' : 'cases fail'} (every case must pass; --min-score or gate.minScore relaxes this)`;
        return verdict('fail', reason, `FAIL ${failed}/${judged.length} cases`);
    }
    return verdict('pass', `all ${judged.length} cases pass`, 'ok (all pass)');
}
/** Error kinds with counts and the first message of each, e.g. "rate-limit ×3 (429 …)". */
function errorSummary(run) {
    const kinds = new Map();
    for (const s of run.suites) {
        for (const c of s.cases) {
            for (const sm of c.samples) {
                if (sm.status !== 'error' || !sm.error)
                    continue;
                const k = kinds.get(sm.error.kind);
                if (k)
                    k.n++;
                else
                    kinds.set(sm.error.kind, { n: 1, first: `${s.name}/${c.id}#${sm.index}: ${sm.error.message}` });
            }
        }
    }
    return [...kinds].map(([kind, { n, first }]) => `${kind} ×${n} — first: ${first}`);
}
/**
 * Cases that did not pass, with the first failing assertion's reason, so a red run says what to look at
 * without opening results.json. At most `max` lines; the rest is counted.
 */
function failingCases(run, max = 10) {
    const lines = [];
    let more = 0;
    for (const s of run.suites) {
        for (const c of s.cases) {
            if (c.pass !== false)
                continue;
            const ok = c.samples.filter((x) => x.status === 'ok');
            const failed = ok.filter((x) => x.pass === false);
            const first = failed.flatMap((x) => x.assertions).find((a) => !a.pass);
            if (lines.length >= max) {
                more++;
                continue;
            }
            const why = first ? `${first.type}: ${oneLine(first.reason)}` : 'below the case threshold';
            lines.push(`  ${s.name}/${c.id} (${failed.length}/${ok.length} samples failed) — ${why}`);
        }
    }
    if (more > 0)
        lines.push(`  … and ${more} more (see --out results.json)`);
    return lines;
}
function oneLine(text, max = 160) {
    const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Samples an interrupt kept from running: skipped before sending, or cut off in flight. */
function notRunCount(run) {
    let n = 0;
    for (const s of run.suites) {
        for (const c of s.cases)
            for (const x of c.samples)
                if (x.status === 'skipped' || x.error?.kind === 'aborted')
                    n++;
    }
    return n;
}
/** Kinds where the model did answer but a check (judge, JS function, ...) could not decide. */
const UNDECIDED_KINDS = new Set(['assertion', 'scorer']);
/** "3 of 6 samples got no answer, 1 was answered but a check could not decide". */
function errorHeadline(run) {
    let noAnswer = 0;
    let undecided = 0;
    for (const s of run.suites)
        for (const c of s.cases)
            for (const sm of c.samples) {
                if (sm.status !== 'error')
                    continue;
                if (sm.error && UNDECIDED_KINDS.has(sm.error.kind))
                    undecided++;
                else
                    noAnswer++;
            }
    const parts = [];
    if (noAnswer > 0)
        parts.push(`${noAnswer} of ${run.totals.samples} samples got no answer`);
    if (undecided > 0) {
        const verb = undecided === 1 ? 'was' : 'were';
        parts.push(noAnswer > 0 ? `${undecided} ${verb} answered but a check could not decide` : `${undecided} of ${run.totals.samples} samples ${verb} answered but a check could not decide`);
    }
    return parts.join(', ');
}
const plural = (n, one, many) => (n === 1 ? one : many);
/** `interrupted`: the run was stopped by a signal; the last line says so instead of a verdict. */
function summarizeRun(run, rules, interrupted) {
    const verdicts = run.suites.map((s) => suiteVerdict(s, rules));
    const byName = Object.fromEntries(verdicts.map((v) => [v.suite, v]));
    const lines = [];
    const failing = failingCases(run);
    if (failing.length > 0)
        lines.push('failing cases:', ...failing);
    const errors = errorSummary(run);
    if (errors.length > 0) {
        lines.push(`errors: ${errorHeadline(run)} (not counted as failures):`);
        for (const e of errors)
            lines.push(`  ${oneLine(e, 240)}`);
    }
    const redacted = run.suites.reduce((n, s) => n + (s.redactions ?? 0), 0);
    if (redacted > 0)
        lines.push(`governance: ${redacted} personal-data or secret values redacted from the results and trace`);
    for (const v of verdicts)
        if (!v.ok)
            lines.push(`✗ ${v.suite}: ${v.reason}`);
    const failed = verdicts.filter((v) => v.status === 'fail').length;
    const unjudged = verdicts.filter((v) => v.status === 'inconclusive').length;
    const n = verdicts.length;
    if (interrupted) {
        const where = interrupted.out ? `; results so far in ${interrupted.out}` : '';
        lines.push(`✗ run interrupted (${interrupted.signal}): ${notRunCount(run)} of ${run.totals.samples} samples not run${where}`);
        return { exitCode: 1, lines, verdicts: byName };
    }
    const from = rules.minScoreFrom ?? 'gate.minScore';
    const bar = rules.minScore === undefined ? 'pass every case' : `meet ${from} ${(0,format/* score */.fN)(rules.minScore, 2)}`;
    const barOne = rules.minScore === undefined ? 'passes every case' : `meets ${from} ${(0,format/* score */.fN)(rules.minScore, 2)}`;
    const ofN = `${n} ${plural(n, 'suite', 'suites')}`;
    if (failed > 0)
        lines.push(`✗ ${failed} of ${ofN} ${plural(failed, 'does', 'do')} not ${bar}`);
    if (unjudged > 0)
        lines.push(`✗ ${unjudged} of ${ofN} could not be judged: more than ${(0,format/* pct */.Oe)(rules.maxErrorRate)} of the requests failed (gate.maxErrorRate)`);
    if (failed === 0 && unjudged === 0)
        lines.push(n === 1 ? `✓ 1 suite ${barOne}` : `✓ all ${n} suites ${bar}`);
    // A definite failure says more than "could not tell": 1 wins over 4.
    return { exitCode: failed > 0 ? 1 : unjudged > 0 ? report_error/* EXIT */.d.inconclusive : 0, lines, verdicts: byName };
}

// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/cli/commands/run.js
// `evalgate run`: load the config, evaluate the selected suites, print the table, write the reports.
// Exit 0 when every suite passes, 1 when one does not, 2 on a usage or config error, 4 when too many
// requests failed to judge a suite (console-summary.ts says what "passes" means).
















const RUN_LABEL = 'run';
const runCommand = async (argv, io) => {
    try {
        const args = (0,cli_args/* parseRunArgs */.ug)(argv);
        if (args.help) {
            io.stdout(cli_args/* RUN_USAGE */.W3);
            return 0;
        }
        return await run(args, io);
    }
    catch (err) {
        return (0,report_error/* reportError */.N)(err, io, 'run');
    }
};
function selectSuites(config, names) {
    if (names.length === 0)
        return config.suites;
    const known = new Set(config.suites.map((s) => s.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        throw new cli_args/* UsageError */.eb(`unknown suite ${unknown.map((n) => `"${n}"`).join(', ')} in ${config.path} (suites: ${[...known].join(', ')})`);
    }
    const wanted = new Set(names);
    return config.suites.filter((s) => wanted.has(s.name));
}
/** --min-score wins; else gate.minScore when the config sets one above 0; else every case must pass. */
function runRules(args, config) {
    const rules = { maxErrorRate: config.gate.maxErrorRate };
    if (args.minScore !== undefined) {
        rules.minScore = args.minScore;
        rules.minScoreFrom = '--min-score';
    }
    else if (config.gate.minScore > 0)
        rules.minScore = config.gate.minScore;
    return rules;
}
async function run(args, io) {
    const scorers = (0,app_runtime/* buildScorerRegistry */._c)();
    const configPath = (0,external_node_path_.resolve)(io.cwd, args.config);
    const plan = (0,app_runtime/* cachePlan */.u7)(args);
    const config = await (0,loader/* loadConfig */.Z)(configPath, { env: io.env, scorers });
    const suites = selectSuites(config, args.suites);
    const progress = createProgressLine(io.stderr, io.isTTY);
    const seen = new Set();
    const warn = (message) => {
        if (seen.has(message))
            return; // the engine may warn per request; once is enough
        seen.add(message);
        progress.clear();
        io.stderr(`warning: ${message}\n`);
    };
    const runtime = (0,app_runtime/* buildRuntime */.NC)({
        config,
        env: io.env,
        plan,
        scorers,
        warn,
        onProgress: (e) => progress.update(e),
        ...(args.trace ? { tracePath: (0,external_node_path_.resolve)(io.cwd, args.trace) } : {}),
    });
    if (plan.mode === 'replay')
        io.stderr(`replaying recorded responses from ${runtime.storeDir}\n`);
    if (args.record)
        io.stderr(`recording responses to ${runtime.storeDir}\n`);
    const runId = (0,app_runtime/* newRunId */.F$)();
    const startedAt = new Date().toISOString();
    const jobs = suites.map((suite) => ({ label: RUN_LABEL, suite }));
    const interrupt = (0,cli_interrupt/* watchInterrupt */.rO)(io, () => progress.clear());
    let out;
    try {
        out = await (0,engine/* runEval */.w)(jobs, {
            runId,
            toolVersion: version/* VERSION */.x,
            ...runtime.options,
            ...(args.repeat !== undefined ? { repeat: args.repeat } : {}),
            ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
            ...(args.maxCostUsd !== undefined ? { maxCostUsd: args.maxCostUsd } : {}),
            signal: interrupt.signal,
        }, runtime.deps);
    }
    finally {
        interrupt.dispose();
        progress.clear();
        await runtime.close();
    }
    // label undefined: a plain run has one version, so results.json carries no label.
    const result = (0,run_result/* toRunResult */.k)(out, undefined, {
        runId,
        startedAt,
        finishedAt: new Date().toISOString(),
        toolVersion: version/* VERSION */.x,
        configPath: config.path,
        ...(runtime.options.commit ? { commit: runtime.options.commit } : {}),
    });
    const stoppedBy = interrupt.received;
    if (stoppedBy)
        result.interrupted = true;
    // Files first: they are what CI keeps, and must not depend on the table rendering.
    // The engine masked known secrets in what it stored; the files go through the same scrubber again
    // (anything else that reached the results, e.g. a config value). Chunk by chunk: every string value
    // of the results is inside one chunk, so no secret straddles two.
    if (args.out)
        await (0,atomic_write/* writeChunksAtomic */.x)((0,external_node_path_.resolve)(io.cwd, args.out), mapChunks(resultsJsonChunks(result), runtime.scrub), { makeDir: true });
    if (args.junit)
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, args.junit), runtime.scrub(renderJUnit(result)), { makeDir: true });
    if (args.html)
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, args.html), runtime.scrub(renderHtmlReport({ head: result, title: 'evalgate run', generatedAt: result.finishedAt })), { makeDir: true });
    const color = io.isTTY && !io.env['NO_COLOR'];
    const summary = summarizeRun(result, runRules(args, config), stoppedBy ? { signal: stoppedBy, ...(args.out ? { out: args.out } : {}) } : undefined);
    const table = renderRunTable(result, { minScore: config.gate.minScore, verdicts: summary.verdicts, color, storedAnswers: plan.mode === 'replay' ? 'recordings' : 'cache' });
    io.stdout(`${table}\n\n`);
    io.stdout(`${summary.lines.join('\n')}\n`);
    return stoppedBy ? cli_interrupt/* SIGNAL_EXIT */.Kx[stoppedBy] : summary.exitCode;
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ toRunResult)
});

;// CONCATENATED MODULE: ./lib/src/core/results/types.js
const RESULTS_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./lib/src/core/engine/run-result.js

/** label undefined: every suite of the output (a single-label run); otherwise that label's suites. */
function toRunResult(out, label, meta) {
    const suites = out.results.filter((r) => label === undefined || r.label === label).map((r) => r.suite);
    const tokens = { input: 0, output: 0 };
    let costUsd = 0;
    let evalCostUsd = 0;
    let errors = 0;
    let samples = 0;
    for (const s of suites) {
        const a = s.aggregates;
        tokens.input += a.tokens.input;
        tokens.output += a.tokens.output;
        costUsd = costUsd === null || a.costUsd === null ? null : costUsd + a.costUsd;
        evalCostUsd = evalCostUsd === null || a.evalCostUsd === null ? null : evalCostUsd + a.evalCostUsd;
        errors += a.errors;
        samples += a.samples;
    }
    const now = new Date(0).toISOString();
    const result = {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: 'evalgate', version: meta.toolVersion },
        runId: meta.runId,
        startedAt: meta.startedAt ?? out.startedAt ?? now,
        finishedAt: meta.finishedAt ?? out.finishedAt ?? now,
        suites,
        costCapHit: out.costCapHit,
        totals: { costUsd, evalCostUsd, tokens, errors, samples },
    };
    if (label !== undefined)
        result.label = label;
    if (meta.configPath !== undefined)
        result.configPath = meta.configPath;
    if (meta.commit !== undefined)
        result.commit = meta.commit;
    return result;
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
