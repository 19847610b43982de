export const id = 959;
export const ids = [959];
export const modules = {

/***/ 8724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  by: () => (/* binding */ HTML_FILE),
  Uq: () => (/* binding */ REPORT_FILE),
  o: () => (/* binding */ annotateFailures),
  yw: () => (/* binding */ fullReportLine),
  mT: () => (/* binding */ setGateOutputs),
  Li: () => (/* binding */ writeReports)
});

// UNUSED EXPORTS: JUNIT_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/stats/mean.js
var mean = __webpack_require__(1799);
;// CONCATENATED MODULE: ./lib/src/core/gate/figures.js

/** Sum of deltas; null if any compared suite's delta is unknown or nothing was compared. */
function sumDeltas(ds) {
    if (ds.length === 0)
        return null;
    let total = 0;
    for (const d of ds) {
        if (d.delta === null)
            return null;
        total += d.delta;
    }
    return total;
}
function gateFigures(report) {
    const evaluated = report.suites.filter((s) => s.head);
    const compared = report.suites.filter((s) => s.status === 'compared');
    const heads = evaluated.map((s) => s.score.head).filter((x) => x !== null);
    const deltas = compared.map((s) => s.score.delta).filter((x) => x !== null);
    const withTraffic = compared.filter((s) => s.head?.traffic || s.base?.traffic);
    return {
        status: report.verdict,
        score: (0,mean/* mean */.i)(heads),
        scoreDelta: (0,mean/* mean */.i)(deltas),
        costDeltaUsd: sumDeltas(compared.map((s) => s.costPerRunUsd)),
        monthlyCostDeltaUsd: sumDeltas(withTraffic.map((s) => s.projectedMonthlyUsd)),
        regressions: report.suites.reduce((n, s) => n + s.regressed.length, 0),
    };
}
/** Output text: numbers rounded for humans and scripts alike, '' when unknown. */
function figureText(x, digits) {
    if (x === null || !Number.isFinite(x))
        return '';
    const r = Number(x.toFixed(digits));
    return String(Object.is(r, -0) ? 0 : r);
}

// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 3 modules
var gate = __webpack_require__(6310);
// EXTERNAL MODULE: ./lib/src/core/report/escape.js
var report_escape = __webpack_require__(9884);
// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
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

// EXTERNAL MODULE: ./lib/src/core/report/sections.js
var sections = __webpack_require__(7239);
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

;// CONCATENATED MODULE: ./lib/src/action/io.js
/** Workflow-command annotations: GitHub shows at most 10 per type per step. */
const MAX_ANNOTATIONS = 10;

;// CONCATENATED MODULE: ./lib/src/action/report-out.js
// The gate's machine-readable side: JSON files, JUnit XML and a self-contained HTML report for an
// artifact step, step outputs, and annotations on the prompt files of failing suites (at most 10: GitHub
// shows no more per type and step).









const REPORT_FILE = 'report.json';
const JUNIT_FILE = 'junit.xml';
const HTML_FILE = 'report.html';
/**
 * Writes base/head results, the comparison, JUnit XML of the head run (the version under test) and the
 * HTML report; returns their paths for the step outputs.
 */
async function writeReports(m, r) {
    await (0,promises_.mkdir)(m.outDir, { recursive: true });
    const json = (x) => `${JSON.stringify(x, null, 2)}\n`;
    if (r.base)
        await m.deps.writeFile((0,external_node_path_.join)(m.outDir, 'base-results.json'), resultsJson(r.base));
    await m.deps.writeFile((0,external_node_path_.join)(m.outDir, 'head-results.json'), resultsJson(r.head));
    const files = { report: (0,external_node_path_.join)(m.outDir, REPORT_FILE), junit: (0,external_node_path_.join)(m.outDir, JUNIT_FILE), html: (0,external_node_path_.join)(m.outDir, HTML_FILE) };
    // The comparison embeds both SuiteResults per suite already; drop them to keep the report readable.
    await m.deps.writeFile(files.report, json({ ...stripResults(r.gate), ...r.extra }));
    await m.deps.writeFile(files.junit, renderJUnit(r.head));
    const short = (sha) => sha?.slice(0, 7);
    await m.deps.writeFile(files.html, renderHtmlReport({
        head: r.head,
        base: r.base,
        gate: r.gate,
        title: r.base ? 'evalgate: base vs head' : 'evalgate run',
        generatedAt: r.head.finishedAt,
        ...(short(r.baseSha) ? { baseRef: short(r.baseSha) } : {}),
        ...(short(r.headSha) ? { headRef: short(r.headSha) } : {}),
        ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    }));
    return files;
}
function stripResults(r) {
    return { ...r, suites: r.suites.map(({ base: _b, head: _h, ...rest }) => rest) };
}
function setGateOutputs(io, report, files, commentUrl) {
    const f = gateFigures(report);
    io.setOutput('status', f.status);
    io.setOutput('score', figureText(f.score, 4));
    io.setOutput('score-delta', figureText(f.scoreDelta, 4));
    io.setOutput('cost-delta-usd', figureText(f.costDeltaUsd, 6));
    io.setOutput('monthly-cost-delta-usd', figureText(f.monthlyCostDeltaUsd, 2));
    io.setOutput('regressions', String(f.regressions));
    io.setOutput('broken-rules', report.suites.flatMap((s) => s.findings.map((x) => `${s.suite}:${x.verdict}`)).join(','));
    io.setOutput('report', files.report);
    io.setOutput('junit', files.junit);
    io.setOutput('html-report', files.html);
    io.setOutput('comment-url', commentUrl);
}
function annotateFailures(io, report, failOn, repoPath) {
    let n = 0;
    for (const s of report.suites) {
        if (n >= MAX_ANNOTATIONS)
            break;
        const failing = (0,gate/* shouldFail */.W9)([s.verdict], failOn === 'never' ? 'regression' : failOn);
        if (!failing)
            continue;
        const promptPath = s.head?.promptPath ?? s.base?.promptPath;
        // Every broken rule, not just the first: a regression that also breaks the cost budget says both.
        const rules = s.findings.length > 0 ? s.findings : [{ verdict: s.verdict, reason: s.reason }];
        const props = { title: `evalgate: ${s.suite} ${rules.map((x) => x.verdict).join(' + ')}` };
        if (promptPath) {
            props.file = repoPath(promptPath);
            props.startLine = 1;
        }
        const msg = `${s.suite}: ${rules.map((x) => x.reason).join('; also ')}`;
        // fail-on: never reports problems without failing the check: warnings, not errors.
        if (failOn === 'never')
            io.warning(msg, props);
        else
            io.error(msg, props);
        n++;
    }
}
/** The comment's pointer to the full report: the HTML file, in the artifact of the workflow run. */
function fullReportLine(runUrl) {
    const url = (0,sections/* safeUrl */.gJ)(runUrl);
    const run = url ? `the [workflow run](${url})` : 'the workflow run';
    return `Full report — every case with base and head outputs, filterable: \`${HTML_FILE}\` (with \`${JUNIT_FILE}\` and the JSON files) in the artifacts of ${run}.`;
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ runGateFlow),
/* harmony export */   fw: () => (/* binding */ baseFileSource),
/* harmony export */   nu: () => (/* binding */ outageOf),
/* harmony export */   xD: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9757);
/* harmony import */ var _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4835);
/* harmony import */ var _core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8698);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6310);
/* harmony import */ var _core_results_error_rate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4558);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(697);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4130);
// The PR gate's composition, shared by the action (pull_request) and `evalgate gate` (local): load the
// head config from the working tree and the base config from git (contents API as fallback), evaluate
// the affected suites base + head in one engine run with the same evaluation settings, compare.








/**
 * Error-rate breaches of the compared suites under the judging rules. In a replay, `replay-miss` is not
 * an outage: incomplete recordings are reported as such and fail only with fail-on: any.
 */
function outageOf(outcome, replay) {
    const ignore = replay ? new Set(['replay-miss']) : undefined;
    const limit = outcome.gate.maxErrorRate;
    return outcome.report.suites.flatMap((s) => s.status === 'removed' ? [] : [s.head && (0,_core_results_error_rate_js__WEBPACK_IMPORTED_MODULE_6__/* .errorRateBreach */ .MG)(s.head, limit, 'head', ignore), s.base && (0,_core_results_error_rate_js__WEBPACK_IMPORTED_MODULE_6__/* .errorRateBreach */ .MG)(s.base, limit, 'base', ignore)].filter((b) => b !== undefined));
}
/** Recordings are keyed by the settings the config states, not the machine's OPENAI_BASE_URL (see commands/run.ts). */
function recordingEnv(env) {
    const { OPENAI_BASE_URL: _ignored, ...rest } = env;
    return rest;
}
function toRepoPath(repoRoot, absOrRel) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repoRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(repoRoot, absOrRel)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return rel.startsWith('../') || rel === '..' ? undefined : rel;
}
/** Base revision of every file the loader asks for: git first, then the fallback. */
function baseFileSource(input, gitOk) {
    return {
        async read(path) {
            const rel = toRepoPath(input.repoRoot, path);
            if (rel === undefined)
                return undefined;
            if (gitOk) {
                try {
                    return await input.git.show(input.baseSha, rel);
                }
                catch {
                    /* fall through to the API */
                }
            }
            if (input.readBaseFallback)
                return input.readBaseFallback(rel);
            throw new Error(`cannot read ${rel} at the base commit ${input.baseSha.slice(0, 12)}: it is not in the clone (use actions/checkout with fetch-depth: 0)`);
        },
        // Images in chat prompts: only from git (the API fallback reads text).
        async readBase64(path) {
            const rel = toRepoPath(input.repoRoot, path);
            if (rel === undefined || !gitOk || !input.git.showBase64)
                return undefined;
            return input.git.showBase64(input.baseSha, rel);
        },
    };
}
async function loadBase(input, env, scorers) {
    const gitOk = await input.git.ensureCommit(input.baseSha).catch(() => false);
    if (!gitOk)
        input.warn(`base commit ${input.baseSha.slice(0, 12)} is not available to git; reading base files through the GitHub API`);
    try {
        return await (0,_adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFromFiles */ .g)(input.configPath, baseFileSource(input, gitOk), { env, scorers, repoRoot: input.repoRoot });
    }
    catch (e) {
        const err = e;
        if (err.name === 'ConfigError' && /config file not found/.test(err.message)) {
            input.info('the base commit has no evalgate config: every suite is new and runs on head only');
            return undefined;
        }
        input.warn(`the base version of the config does not load (${err.name === 'ConfigError' ? String(err) : err.message}); every suite runs on head only`);
        return undefined;
    }
}
async function runGateFlow(input) {
    const scorers = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .buildScorerRegistry */ ._c)();
    const env = input.replay ? recordingEnv(input.env) : input.env;
    const head = await (0,_adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(input.configPath, { env, scorers, repoRoot: input.repoRoot });
    if (input.cacheDir)
        head.cache.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.repoRoot, input.cacheDir);
    const base = await loadBase(input, env, scorers);
    const runtime = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .buildRuntime */ .NC)({
        config: head,
        env: input.env,
        plan: input.replay ? { mode: 'replay', store: 'recordings' } : { mode: 'use', store: 'cache' },
        scorers,
        warn: input.warn,
        ...(input.mask ? { mask: input.mask } : {}),
        ...(input.tracePath ? { tracePath: input.tracePath } : {}),
        ...(input.model ? { model: input.model } : {}),
    });
    const runId = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)();
    const startedAt = new Date().toISOString();
    const engine = input.engine ?? _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEval */ .w;
    let outcome;
    // The cost cap covers the whole gate: each extra round gets what the earlier rounds left.
    let spentUsd = 0;
    try {
        outcome = await (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)({
            head,
            ...(base ? { base } : {}),
            changedFiles: input.changedFiles,
            ...(input.capped ? { capped: true } : {}),
            failOn: input.failOn,
            ...(input.shard ? { shard: input.shard } : {}),
            evaluate: async (plan) => {
                const left = input.maxCostUsd === undefined ? undefined : Math.max(0, input.maxCostUsd - spentUsd);
                // Nothing left for an extra round: do not send a single request over the cap.
                if (left === 0 && spentUsd > 0)
                    return { results: [], costCapHit: true };
                const engineOut = await engine(plan.jobs, {
                    runId,
                    toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
                    ...runtime.options,
                    ...(input.headSha ? { commit: input.headSha } : {}),
                    ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
                    ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
                    ...(left !== undefined ? { maxCostUsd: left } : {}),
                }, { ...runtime.deps, pricing: plan.pricing, providers: plan.providers, functions: plan.functions });
                for (const r of engineOut.results)
                    spentUsd += r.suite.aggregates.costUsd ?? 0;
                return engineOut;
            },
        });
    }
    finally {
        await runtime.close();
    }
    const finishedAt = new Date().toISOString();
    const meta = (commit) => ({
        runId,
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
        startedAt,
        finishedAt,
        configPath: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
        ...(commit ? { commit } : {}),
    });
    const result = {
        outcome,
        head,
        baseRun: (0,_core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_7__/* .toRunResult */ .k)(outcome.output, 'base', meta(input.baseSha)),
        headRun: (0,_core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_7__/* .toRunResult */ .k)(outcome.output, 'head', meta(input.headSha)),
        runId,
        configFile: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
        breaches: outageOf(outcome, input.replay === true),
        fail: outcome.fail,
    };
    result.fail ||= input.failOn !== 'never' && result.breaches.length > 0;
    if (base)
        result.base = base;
    return result;
}


/***/ }),

/***/ 8587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JO: () => (/* binding */ COMMENT_MARKER),
  Ql: () => (/* binding */ commentMarker),
  wQ: () => (/* binding */ renderComment),
  oU: () => (/* binding */ renderGateSummary),
  J1: () => (/* binding */ renderNoSecretsNotice),
  Eq: () => (/* binding */ replayMisses),
  _I: () => (/* binding */ withCommentMarker)
});

// UNUSED EXPORTS: LEGACY_COMMENT_KEY, replayMissHint

// EXTERNAL MODULE: ./lib/src/core/report/escape.js
var report_escape = __webpack_require__(9884);
;// CONCATENATED MODULE: ./lib/src/core/report/char-budget.js
// A size budget for rendered reports: parts are appended in priority order while they fit, so the
// least important ones are the ones dropped. `measure` is the unit the platform counts in.
class Budget {
    limit;
    measure;
    parts = [];
    used = 0;
    constructor(limit, measure = (s) => s.length) {
        this.limit = limit;
        this.measure = measure;
    }
    get remaining() {
        return this.limit - this.used;
    }
    /** Appends `part` (plus a separating newline) when it fits; returns whether it did. */
    tryAdd(part) {
        const cost = this.measure(part) + 1;
        if (cost > this.remaining)
            return false;
        this.parts.push(part);
        this.used += cost;
        return true;
    }
    /** Reserves room now for something appended at the end (footer, omission notes). */
    reserve(n) {
        this.used += n;
    }
    release(n) {
        this.used -= n;
    }
    text() {
        return this.parts.join('\n');
    }
}
/** UTF-8 byte length (the job summary's 1 MiB limit counts bytes). */
const utf8Length = (s) => new TextEncoder().encode(s).length;

// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
;// CONCATENATED MODULE: ./lib/src/core/report/markdown-table.js
// A Markdown table as a list of columns, each holding its header and the formatter of its cells, so a
// column is added, removed or reordered in one place and the header can never drift from the rows.
/** The header line and the separator line. */
function tableHeader(columns) {
    return `| ${columns.map((c) => c.header).join(' | ')} |\n|${'---|'.repeat(columns.length)}`;
}
function tableRow(columns, row) {
    return `| ${columns.map((c) => c.cell(row)).join(' | ')} |`;
}
/** A row whose first cell carries a note and whose other cells are empty (e.g. "… 12 more suites"). */
function noteRow(columns, note) {
    return `| ${note} |${' |'.repeat(Math.max(0, columns.length - 1))}`;
}
function markdownTable(columns, rows) {
    return [tableHeader(columns), ...rows.map((r) => tableRow(columns, r))].join('\n');
}

// EXTERNAL MODULE: ./lib/src/core/report/sections.js
var sections = __webpack_require__(7239);
// EXTERNAL MODULE: ./lib/src/core/report/verdict-label.js
var verdict_label = __webpack_require__(2673);
;// CONCATENATED MODULE: ./lib/src/core/report/suite-table.js



/** Both sides' prices are known (a side with no ok sample has nothing to price). */
function priced(s) {
    const sides = [s.base, s.head].filter((x) => x !== undefined);
    return sides.every((x) => x.aggregates.costPerRequestUsd !== null || x.aggregates.ok === 0);
}
/** A new side shows its figure; otherwise the signed change, with its relative size when asked. */
function usdChange(m, relative) {
    if (m.base === null && m.head !== null)
        return (0,format/* usd */.dR)(m.head);
    if (m.delta === null)
        return format/* DASH */.jr;
    return `${(0,format/* usdDelta */.VD)(m.delta)}${relative && m.relative !== null ? ` (${(0,format/* pctDelta */.I4)(m.relative)})` : ''}`;
}
function scoreCell(s) {
    return `${(0,format/* score */.fN)(s.score.base)} → ${(0,format/* score */.fN)(s.score.head)}`;
}
function deltaCell(s) {
    if (s.status === 'new')
        return 'new suite';
    if (s.status === 'removed')
        return 'removed';
    const d = s.score.pairedDelta ?? s.score.delta;
    const ci = s.score.ci;
    if (d === null || d === undefined)
        return format/* DASH */.jr;
    if (!ci)
        return (0,format/* signed */.x8)(d);
    const half = (ci.high - ci.low) / 2;
    const symmetric = Math.abs(ci.low + half - d) < 1e-9;
    return symmetric ? `${(0,format/* signed */.x8)(d)} ± ${half.toFixed(3)}` : `${(0,format/* signed */.x8)(d)} [${(0,format/* signed */.x8)(ci.low)}, ${(0,format/* signed */.x8)(ci.high)}]`;
}
function passRateCell(s) {
    return `${(0,format/* pct */.Oe)(s.passRate.base, 0)} → ${(0,format/* pct */.Oe)(s.passRate.head, 0)}`;
}
/** Per-request cost change with its relative size: the figure the cost gate judges. */
function costPerRequestCell(s) {
    return priced(s) ? usdChange(s.costPerRequestUsd, true) : 'price unknown';
}
/** Projected monthly cost change; its relative size would repeat the per-request one, so it is left out. */
function monthlyCell(s) {
    if (!priced(s))
        return 'price unknown';
    if (!(s.head ?? s.base)?.traffic)
        return 'no traffic set';
    return usdChange(s.projectedMonthlyUsd, false);
}
function latencyCell(s) {
    const m = s.latencyP95;
    if (m.base === null && m.head !== null)
        return (0,format.ms)(m.head);
    if (m.delta === null)
        return format/* DASH */.jr;
    return `${(0,format/* msDelta */.l2)(m.delta)}${m.relative !== null ? ` (${(0,format/* pctDelta */.I4)(m.relative, 0)})` : ''}`;
}
/** Every broken rule, worst first; pass and skipped in plain words. */
function verdictCell(s) {
    const v = s.verdict;
    if (v === 'pass' || v === 'skipped')
        return verdict_label/* VERDICT_LABEL */.j[v].toLowerCase();
    const all = s.findings.length > 0 ? [...new Set(s.findings.map((f) => f.verdict))] : [v];
    return all.map((x) => `**${verdict_label/* VERDICT_LABEL */.j[x]}**`).join(' + ');
}
/** Rounds of sequential sampling and the samples both sides took (the gate only). */
function roundsCell(s) {
    const q = s.sequential;
    if (!q)
        return format/* DASH */.jr;
    return `${q.rounds} (${q.samples.base + q.samples.head})`;
}
const SUITE_COLUMNS = [
    { header: 'Suite', cell: (s) => (0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 }) },
    { header: 'Score base → head', cell: scoreCell },
    { header: 'Δ ± CI', cell: deltaCell },
    { header: 'Pass rate', cell: passRateCell },
    { header: 'Cost/request Δ', cell: costPerRequestCell },
    { header: 'Monthly Δ', cell: monthlyCell },
    { header: 'p95 latency Δ', cell: latencyCell },
    { header: 'Verdict', cell: verdictCell },
];
const ROUNDS_COLUMN = { header: 'Rounds (samples)', cell: roundsCell };
/** The table's columns for these suites: the rounds column only when the gate sampled sequentially. */
function suiteColumns(suites) {
    if (!suites.some((s) => s.sequential))
        return SUITE_COLUMNS;
    const at = SUITE_COLUMNS.findIndex((c) => c.header === 'Pass rate') + 1;
    return [...SUITE_COLUMNS.slice(0, at), ROUNDS_COLUMN, ...SUITE_COLUMNS.slice(at)];
}

;// CONCATENATED MODULE: ./lib/src/core/report/pr-comment.js






const PR_COMMENT_MARKER = '<!-- evalgate:pr-comment -->';
const PR_COMMENT_LIMIT = 65_536;
const DEFAULT_FULL_AT = 'the job summary of the workflow run';
/** Suites needing attention first in the table when it must be cut (keeps config order otherwise). */
function tableRows(suites, budgetChars, fullAt) {
    const columns = suiteColumns(suites);
    const suiteRow = (s) => tableRow(columns, s);
    const rows = suites.map(suiteRow);
    const total = rows.reduce((n, r) => n + r.length + 1, 0);
    if (total <= budgetChars)
        return rows;
    const important = suites.filter((s) => s.verdict !== 'pass' && s.verdict !== 'skipped');
    const out = [];
    let used = 0;
    for (const s of important) {
        const r = suiteRow(s);
        if (used + r.length + 1 > budgetChars)
            break;
        out.push(r);
        used += r.length + 1;
    }
    out.push(noteRow(columns, `… ${suites.length - out.length} more suites (passing or skipped first) are listed in ${fullAt}`));
    return out;
}
function renderPrComment(report, meta = {}, opts = {}) {
    const limit = opts.limit ?? PR_COMMENT_LIMIT;
    const fullAt = meta.fullReportAt ?? DEFAULT_FULL_AT;
    const budget = new Budget(limit);
    const foot = ['', '---', (0,sections/* footer */.qr)(report, meta), ...(meta.extraFooter ?? [])].join('\n');
    budget.reserve(foot.length + 1);
    // Room for the omission note, whatever happens below.
    const NOTE_RESERVE = 400;
    budget.reserve(NOTE_RESERVE);
    budget.tryAdd(PR_COMMENT_MARKER);
    budget.tryAdd((0,sections/* headline */.Pl)(report));
    const ctx = (0,sections/* contextLine */.q3)(report, meta);
    if (ctx)
        budget.tryAdd(ctx);
    for (const n of (0,sections/* noticeLines */.gt)(meta))
        budget.tryAdd(`\n${n}`);
    let omitted = 0;
    if (report.suites.length) {
        const rows = tableRows(report.suites, Math.floor(limit * 0.4), fullAt);
        budget.tryAdd(['', tableHeader(suiteColumns(report.suites)), ...rows].join('\n'));
        budget.tryAdd('');
        for (const s of report.suites)
            if (!budget.tryAdd((0,sections/* reasonLine */.$E)(s)))
                omitted++;
    }
    // Case details, most important first: regressions of every suite, then fixes, then case lists.
    const outputChars = opts.outputChars ?? 1500;
    const SEP = '\n\n---\n\n';
    const addCases = (s, kind, allowance) => {
        const list = s[kind];
        if (!list.length)
            return;
        const open = (0,sections/* detailsOpen */.xw)(`${(0,report_escape/* escapeHtmlText */.SC)(s.suite)}: ${(0,format/* count */.U9)(list.length, `${kind} case`)}`);
        const moreNote = (n) => `*${(0,format/* count */.U9)(n, `more ${kind} case`)} not shown: see ${fullAt}.*`;
        const cap = Math.min(allowance, budget.remaining);
        // Fixed cost: newline, open, close, and room for the "more not shown" note.
        let size = 1 + open.length + 1 + sections/* DETAILS_CLOSE */.qv.length + 1 + SEP.length + moreNote(list.length).length;
        const blocks = [];
        for (const c of list) {
            const full = (0,sections/* caseDetail */.GO)(c, { outputChars, fullAt });
            const chosen = size + full.length + SEP.length <= cap ? full : undefined;
            const compact = chosen ?? (0,sections/* caseDetail */.GO)(c, { outputChars, compact: true });
            if (size + compact.length + SEP.length > cap)
                break;
            blocks.push(compact);
            size += compact.length + SEP.length;
        }
        const left = list.length - blocks.length;
        if (left > 0) {
            omitted += left;
            blocks.push(moreNote(left));
        }
        if (left === list.length || !budget.tryAdd(`\n${open}\n${blocks.join(SEP)}${sections/* DETAILS_CLOSE */.qv}`)) {
            if (left !== list.length)
                omitted += list.length - left;
            budget.tryAdd(`\n${(0,format/* count */.U9)(list.length, `${kind} case`)} in ${(0,report_escape/* escapeText */.X1)(s.suite)}: see ${fullAt}.`);
        }
    };
    // Fair shares: each suite with changes gets an equal part of what is left when its turn comes.
    for (const kind of ['regressed', 'fixed']) {
        const withCases = report.suites.filter((s) => s[kind].length > 0);
        withCases.forEach((s, i) => addCases(s, kind, Math.floor(budget.remaining / (withCases.length - i))));
    }
    // Added / removed cases and suites, unselected suites: the least important.
    const lists = (0,sections/* addedRemovedLines */.s4)(report.suites, 20);
    if (lists.length && !budget.tryAdd(`\n${(0,sections/* detailsOpen */.xw)('Added and removed cases and suites')}\n${lists.join('\n')}${sections/* DETAILS_CLOSE */.qv}`))
        omitted++;
    if (report.unselected.length) {
        const line = `\nNot evaluated (unaffected by this PR): ${(0,sections/* idList */.Mt)(report.unselected, 50)}`;
        if (!budget.tryAdd(line))
            omitted++;
    }
    budget.release(NOTE_RESERVE);
    if (omitted > 0)
        budget.tryAdd(`\n*This comment is shortened to fit GitHub's size limit; the full report is in ${fullAt}.*`);
    budget.release(foot.length + 1);
    budget.tryAdd(foot);
    const out = budget.text();
    // The budget guarantees this; the cut is a last line of defence that keeps the marker.
    return out.length <= limit ? out : `${(0,report_escape/* truncate */.xv)(out, limit - 40).text}\n\n*(truncated)*`;
}

;// CONCATENATED MODULE: ./lib/src/core/report/metrics-table.js


const tokensCell = (m) => `${(0,format/* tokens */.LU)(m.base)} → ${(0,format/* tokens */.LU)(m.head)} (${(0,format/* tokensDelta */.R1)(m.delta)})`;
const msCell = (m) => `${(0,format.ms)(m.base)} → ${(0,format.ms)(m.head)}`;
/** Judge/embedding spend of the head run (the base run's when the suite was removed). */
function evalCostCell(s) {
    const a = s.head?.aggregates ?? s.base?.aggregates;
    return a ? (0,format/* usd */.dR)(a.evalCostUsd, format/* DASH */.jr) : format/* DASH */.jr;
}
const METRICS_COLUMNS = [
    { header: 'Suite', cell: (s) => (0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 }) },
    { header: 'Tokens in/request', cell: (s) => tokensCell(s.tokensIn) },
    { header: 'Tokens out/request', cell: (s) => tokensCell(s.tokensOut) },
    { header: 'p50 latency', cell: (s) => msCell(s.latencyP50) },
    { header: 'p95 latency', cell: (s) => msCell(s.latencyP95) },
    { header: 'Cost/run', cell: (s) => `${(0,format/* usd */.dR)(s.costPerRunUsd.base, format/* DASH */.jr)} → ${(0,format/* usd */.dR)(s.costPerRunUsd.head, format/* DASH */.jr)}` },
    { header: 'Eval cost (head)', cell: evalCostCell },
    { header: 'Errors', cell: (s) => `${s.errors.base} → ${s.errors.head}` },
];

;// CONCATENATED MODULE: ./lib/src/core/report/job-summary.js







/** 1 MiB minus headroom for anything else the step appends. */
const JOB_SUMMARY_LIMIT_BYTES = 1_000_000;
// A case without a pass verdict counts as failing, as the gate counts it.
const passWord = (p) => (p ? 'pass' : 'fail');
const CHANGED_CASE_COLUMNS = [
    { header: 'Case', cell: (c) => (0,report_escape/* codeSpan */.SS)(c.head.id, { maxChars: 80, table: true }) },
    { header: 'Base', cell: (c) => (0,format/* score */.fN)(c.base.score) },
    { header: 'Head', cell: (c) => (0,format/* score */.fN)(c.head.score) },
    { header: 'Δ', cell: (c) => (0,format/* signed */.x8)(c.delta) },
    { header: 'Pass', cell: (c) => `${passWord(c.base.pass)} → ${passWord(c.head.pass)}` },
];
/** Every paired case whose score or pass changed, worst first. */
function changedCases(s) {
    if (!s.base || !s.head)
        return undefined;
    const base = new Map(s.base.cases.map((c) => [c.id, c]));
    const rows = [];
    for (const h of s.head.cases) {
        const b = base.get(h.id);
        if (!b || b.score === null || h.score === null)
            continue;
        const d = h.score - b.score;
        if (Math.abs(d) < 1e-9 && b.pass === h.pass)
            continue;
        rows.push({ base: b, head: h, delta: d });
    }
    if (!rows.length)
        return undefined;
    rows.sort((a, b) => a.delta - b.delta);
    return `${(0,sections/* detailsOpen */.xw)(`${(0,report_escape/* escapeHtmlText */.SC)(s.suite)}: ${(0,format/* count */.U9)(rows.length, 'case')} changed`)}\n${markdownTable(CHANGED_CASE_COLUMNS, rows)}${sections/* DETAILS_CLOSE */.qv}`;
}
function renderJobSummary(report, meta = {}, opts = {}) {
    const limit = opts.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES;
    const fullAt = meta.fullReportAt ?? 'the JSON report artifact';
    const budget = new Budget(limit, utf8Length);
    const foot = ['', '---', (0,sections/* footer */.qr)(report, meta, 500)].join('\n');
    const reserve = utf8Length(foot) + 400;
    budget.reserve(reserve);
    let omitted = 0;
    const add = (s) => {
        if (!budget.tryAdd(s))
            omitted++;
    };
    add((0,sections/* headline */.Pl)(report));
    const ctx = (0,sections/* contextLine */.q3)(report, meta);
    if (ctx)
        add(ctx);
    for (const n of (0,sections/* noticeLines */.gt)(meta))
        add(`\n${n}`);
    if (report.suites.length) {
        add(`\n${markdownTable(suiteColumns(report.suites), report.suites)}`);
        add('');
        for (const s of report.suites)
            add((0,sections/* reasonLine */.$E)(s));
        add(`\n### Tokens, latency and cost\n\n${markdownTable(METRICS_COLUMNS, report.suites)}`);
    }
    const outputChars = opts.outputChars ?? 4000;
    for (const kind of ['regressed', 'fixed'])
        for (const s of report.suites) {
            const list = s[kind];
            if (!list.length)
                continue;
            const open = (0,sections/* detailsOpen */.xw)(`${(0,report_escape/* escapeHtmlText */.SC)(s.suite)}: ${(0,format/* count */.U9)(list.length, `${kind} case`)}`);
            const blocks = [];
            let size = utf8Length(open) + 20;
            let shown = 0;
            for (const c of list) {
                const b = (0,sections/* caseDetail */.GO)(c, { outputChars, fullAt });
                const n = utf8Length(b) + 10;
                if (size + n > budget.remaining)
                    break;
                blocks.push(b);
                size += n;
                shown++;
            }
            if (shown < list.length) {
                omitted += list.length - shown;
                blocks.push(`*${list.length - shown} more ${kind} cases not shown: see ${fullAt}.*`);
            }
            add(`\n${open}\n${blocks.join('\n\n---\n\n')}${sections/* DETAILS_CLOSE */.qv}`);
        }
    const changed = report.suites.map(changedCases).filter((x) => x !== undefined);
    if (changed.length)
        add(`\n### All changed cases\n\n${changed.join('\n\n')}`);
    const lists = (0,sections/* addedRemovedLines */.s4)(report.suites, 200);
    if (lists.length)
        add(`\n### Added and removed\n\n${lists.join('\n')}`);
    if (report.unselected.length)
        add(`\nNot evaluated (unaffected by this change): ${(0,sections/* idList */.Mt)(report.unselected, 500)}`);
    budget.release(reserve);
    if (omitted)
        budget.tryAdd(`\n*Parts of this summary were left out to stay under GitHub's 1 MiB limit; everything is in ${fullAt}.*`);
    budget.tryAdd(foot);
    return budget.text();
}

// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/app/gate/render.js




const COMMENT_MARKER = PR_COMMENT_MARKER;
/** The comment key whose marker is the plain one: PRs gated before comment keys existed keep their comment. */
const LEGACY_COMMENT_KEY = 'evalgate.yml';
/**
 * The hidden marker of the sticky comment for a comment key (default: the config path), so separate
 * configs or jobs on one PR keep separate comments. The key is percent-encoded: it can neither close
 * the HTML comment nor, ending in ` -->`, be a prefix of another key's marker.
 */
function commentMarker(key) {
    if (key === LEGACY_COMMENT_KEY)
        return PR_COMMENT_MARKER;
    return `<!-- evalgate:pr-comment key=${encodeURIComponent(key).slice(0, 200)} -->`;
}
/** A rendered comment (which starts with the plain marker) under the marker of its key. */
function withCommentMarker(body, marker) {
    if (marker === PR_COMMENT_MARKER || body.startsWith(marker))
        return body;
    return body.startsWith(PR_COMMENT_MARKER) ? marker + body.slice(PR_COMMENT_MARKER.length) : `${marker}\n${body}`;
}
/** Requests a replay found no recording for, over both sides of every suite. */
function replayMisses(report) {
    let n = 0;
    for (const s of report.suites)
        for (const side of [s.base, s.head])
            for (const c of side?.cases ?? [])
                for (const smp of c.samples)
                    if (smp.status === 'error' && smp.error?.kind === 'replay-miss')
                        n++;
    return n;
}
/** Why replayed suites came out inconclusive, and how to fix it: the recordings predate the change. */
function replayMissHint(misses) {
    return (`> **Recordings incomplete:** ${misses} request${misses === 1 ? '' : 's'} had no recorded response (\`replay-miss\`), so the ` +
        `affected suites count them as errors (inconclusive), not as failed cases. The recordings do not cover this change's ` +
        `prompts, cases or settings: re-record with \`npx evalgate run --record\` (needs a model key) and commit the recordings folder.`);
}
function notes(report, meta) {
    const out = [...(meta.notes ?? [])];
    if (meta.replay) {
        const misses = replayMisses(report);
        if (misses > 0)
            out.push(replayMissHint(misses));
    }
    const reasons = Object.entries(meta.reasons ?? {});
    if (reasons.length > 0 && reasons.length <= 30) {
        out.push(`Selected: ${reasons.map(([s, why]) => `${(0,report_escape/* codeSpan */.SS)(s)} (${(0,report_escape/* codeSpan */.SS)(why, { maxChars: 120 })})`).join(', ')}.`);
    }
    else if (reasons.length > 30) {
        // Many suites (e.g. past the 3,000-file cap): one line per distinct reason keeps it readable.
        const byReason = new Map();
        for (const [, why] of reasons)
            byReason.set(why, (byReason.get(why) ?? 0) + 1);
        const groups = [...byReason].sort((a, b) => b[1] - a[1]);
        const shown = groups.slice(0, 5).map(([why, n]) => `${n} for ${(0,report_escape/* codeSpan */.SS)(why, { maxChars: 120 })}`);
        out.push(`Selected ${reasons.length} suites: ${shown.join(', ')}${groups.length > 5 ? `, ${groups.length - 5} other reasons` : ''}.`);
    }
    if (report.removed && report.removed.length > 0) {
        out.push(`Removed by this PR (not run): ${report.removed.slice(0, 50).map((s) => (0,report_escape/* codeSpan */.SS)(s)).join(', ')}${report.removed.length > 50 ? ', …' : ''}.`);
    }
    return out;
}
function commentMeta(report, meta) {
    const m = { notes: notes(report, meta) };
    if (meta.runUrl)
        m.runUrl = meta.runUrl;
    if (meta.baseSha)
        m.baseSha = meta.baseSha;
    if (meta.headSha)
        m.headSha = meta.headSha;
    if (meta.headLabel)
        m.headLabel = meta.headLabel;
    if (meta.baseRef)
        m.baseRef = meta.baseRef;
    if (meta.headRef)
        m.headRef = meta.headRef;
    if (meta.fork)
        m.fork = true;
    if (meta.replay)
        m.recorded = true;
    if (meta.fullReportAt)
        m.fullReportAt = meta.fullReportAt;
    if (meta.fullReportLine)
        m.extraFooter = [meta.fullReportLine];
    // The footer names the version that produced the figures (rules and formats change between releases).
    m.toolVersion = version/* VERSION */.x;
    return m;
}
/** The sticky PR comment (≤ 65,536 characters, starts with the hidden marker). */
function renderComment(report, meta, marker = PR_COMMENT_MARKER) {
    // A keyed marker is longer than the plain one: the body leaves room for it within GitHub's limit.
    const extra = Math.max(0, marker.length - PR_COMMENT_MARKER.length);
    return withCommentMarker(renderPrComment(report, commentMeta(report, meta), { limit: PR_COMMENT_LIMIT - extra }), marker);
}
/**
 * The job summary: the same report with more detail (token/latency/cost table, every changed case,
 * longer outputs; summaries may hold 1 MiB). No hidden marker: the summary is not a comment we look for.
 */
function renderGateSummary(report, meta) {
    const m = commentMeta(report, { ...meta, fullReportAt: meta.summaryFullReportAt ?? 'the JSON report (the `report` output)' });
    return renderJobSummary(report, m, { outputChars: 6_000 });
}
function renderNoSecretsNotice(runUrl) {
    const link = runUrl && /^https?:\/\/[^\s()<>]+$/.test(runUrl) ? ` ([workflow run](${runUrl}))` : '';
    return (`## evalgate: SKIPPED (fork pull request)\n\n` +
        `Pull requests from forks run without repository secrets, so there is no model API key and the prompts ` +
        `were not evaluated${link}. A maintainer can evaluate them by re-running the workflow on a branch of this ` +
        `repository, or the config can ship recorded responses (\`recordings:\`) so fork PRs are checked offline.\n`);
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

/***/ 7239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ reasonLine),
/* harmony export */   GO: () => (/* binding */ caseDetail),
/* harmony export */   Mt: () => (/* binding */ idList),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   gJ: () => (/* binding */ safeUrl),
/* harmony export */   gt: () => (/* binding */ noticeLines),
/* harmony export */   q3: () => (/* binding */ contextLine),
/* harmony export */   qr: () => (/* binding */ footer),
/* harmony export */   qv: () => (/* binding */ DETAILS_CLOSE),
/* harmony export */   s4: () => (/* binding */ addedRemovedLines),
/* harmony export */   xw: () => (/* binding */ detailsOpen)
/* harmony export */ });
/* unused harmony exports samplingText, rulesText */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9884);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9116);
/* harmony import */ var _verdict_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2673);



/** Only http(s) URLs without characters that could end a Markdown link. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s()<>[\]"'`]+$/.test(url))
        return undefined;
    return url;
}
const sha = (s) => (s && /^[0-9a-f]{7,64}$/i.test(s) ? s.slice(0, 7) : undefined);
function headline(report) {
    const n = report.suites.length;
    const counts = new Map();
    for (const s of report.suites)
        counts.set(s.verdict, (counts.get(s.verdict) ?? 0) + 1);
    const words = {
        regression: 'regressed',
        'below-min': 'below min score',
        'over-budget': 'over budget',
        inconclusive: 'inconclusive',
        unclear: 'unclear (possible regression, not enough evidence)',
    };
    const bad = ['regression', 'below-min', 'over-budget', 'inconclusive', 'unclear']
        .filter((v) => counts.get(v))
        .map((v) => `${counts.get(v)} ${words[v]}`);
    const detail = n === 0 ? 'no suite was evaluated' : bad.length ? `${bad.join(', ')} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(n, 'suite')}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(n, 'suite')} checked`;
    return `## evalgate: ${_verdict_label_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[report.verdict]} (${detail})`;
}
function contextLine(report, meta) {
    const parts = [];
    const b = sha(meta.baseSha);
    const h = sha(meta.headSha);
    if (b && h)
        parts.push(`base \`${b}\` → head \`${h}\``);
    else if (b && meta.headLabel)
        parts.push(`base \`${b}\` → head: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(meta.headLabel, { maxChars: 60 })}`);
    if (meta.recorded)
        parts.push('recorded responses (not the live model)');
    if (report.costCapHit)
        parts.push('**run cost cap reached**: some samples were not sent');
    const url = safeUrl(meta.runUrl);
    if (url)
        parts.push(`[workflow run](${url})`);
    return parts.join(' · ');
}
function noticeLines(meta) {
    const out = [];
    if (meta.fork)
        out.push('> **Fork pull request:** secrets such as the model API key are not available to workflows from forks, ' +
            (meta.recorded ? 'so suites ran from recorded responses.' : 'so suites that need the live model were skipped.'));
    for (const n of meta.notes ?? [])
        out.push(n);
    return out;
}
/** How the suite was sampled: rounds, samples, and what the extra rounds cost. */
function samplingText(s) {
    const q = s.sequential;
    if (!q)
        return undefined;
    const total = q.samples.base + q.samples.head;
    if (q.rounds <= 1)
        return `1 round, ${total} samples`;
    const cost = q.extraCostUsd === null ? 'price unknown' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(q.extraCostUsd);
    return `${q.rounds} rounds, ${total} samples (${q.extraSamples} beyond the first round, ${cost})`;
}
function reasonLine(s) {
    const extra = [];
    if (s.regressed.length)
        extra.push(`${s.regressed.length} regressed`);
    if (s.fixed.length)
        extra.push(`${s.fixed.length} fixed`);
    const noisy = s.noisy.regressed + s.noisy.fixed;
    if (noisy)
        extra.push(`${noisy} noisy (moved only within their own sampling noise; not listed)`);
    if (s.addedCases.length)
        extra.push(`${s.addedCases.length} added`);
    if (s.removedCases.length)
        extra.push(`${s.removedCases.length} removed`);
    if (s.errors.base || s.errors.head)
        extra.push(`errors ${s.errors.base} → ${s.errors.head}`);
    const errs = ['base', 'head']
        .map((side) => {
        const e = commonError(s[side]);
        return e ? `${side}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.message, { maxChars: 160 })}${e.count > 1 ? ` (${e.count}×)` : ''}` : undefined;
    })
        .filter((x) => x !== undefined);
    const sampling = samplingText(s);
    const tail = `${extra.length ? `. Cases: ${extra.join(', ')}` : ''}${sampling ? `. Sampling: ${sampling}` : ''}${errs.length ? `. Most common error, ${errs.join('; ')}` : ''}`;
    const name = `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })}**`;
    // Every broken rule is shown: a regression that also breaks the cost budget says both.
    if (s.findings.length > 1) {
        const labels = s.findings.map((f) => _verdict_label_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[f.verdict].toLowerCase()).join(' + ');
        return [`- ${name} (${labels})${tail}`, ...s.findings.map((f) => `  - ${_verdict_label_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[f.verdict].toLowerCase()}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(f.reason)}`)].join('\n');
    }
    return `- ${name} (${_verdict_label_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[s.verdict].toLowerCase()}): ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.reason)}${tail}`;
}
/**
 * The most frequent request error of one side, so a reader sees *why* requests failed (an expired key,
 * a wrong model name) without opening the logs. Error texts come from the endpoint: untrusted.
 */
function commonError(r) {
    if (!r)
        return undefined;
    const counts = new Map();
    for (const c of r.cases)
        for (const smp of c.samples)
            if (smp.status === 'error' && smp.error) {
                const m = `${smp.error.kind}: ${smp.error.message}`;
                counts.set(m, (counts.get(m) ?? 0) + 1);
            }
    let best;
    for (const [message, count] of counts)
        if (!best || count > best.count)
            best = { message, count };
    return best;
}
function passWord(p) {
    return p === null ? 'no result' : p ? 'pass' : 'fail';
}
/** "k of n samples failed" for one side (errors, which have no score, counted apart). */
function countsText(c) {
    const err = c.errors ? `, ${c.errors} errored` : '';
    return `${c.failed} of ${c.samples} ${c.samples === 1 ? 'sample' : 'samples'} failed${err}`;
}
function caseDetail(c, opts) {
    const worse = (c.headScore ?? 0) <= (c.baseScore ?? 0) ? 'head' : 'base';
    const lines = [
        `**Case ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(c.id, { maxChars: 120 })}**${c.flaky ? ' (flaky: its samples disagree)' : ''}: score ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .score */ .fN)(c.baseScore)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .score */ .fN)(c.headScore)} (${passWord(c.basePass)} → ${passWord(c.headPass)}); ` +
            `base: ${countsText(c.baseCounts)}, head: ${countsText(c.headCounts)}`,
        '',
        `Vars: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .formatVars */ .UL)(c.vars), { maxChars: opts.compact ? 200 : 600 })}`,
    ];
    if (c.failingReasons.length) {
        lines.push('', `Failing on ${worse}:`);
        for (const r of c.failingReasons.slice(0, opts.compact ? 3 : 10))
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(r, { maxChars: 300 })}`);
        if (c.failingReasons.length > (opts.compact ? 3 : 10))
            lines.push(`- … ${c.failingReasons.length - (opts.compact ? 3 : 10)} more`);
    }
    if (!opts.compact) {
        const blockOpts = { maxChars: opts.outputChars, ...(opts.fullAt ? { fullAt: opts.fullAt } : {}) };
        const label = (side) => {
            const counts = side === 'base' ? c.baseCounts : c.headCounts;
            const kind = side === worse ? (counts.failed > 0 ? 'a failing sample' : 'a sample') : counts.failed < counts.samples ? 'a passing sample' : 'a sample';
            return `${side === 'base' ? 'Base' : 'Head'} output (${kind}):`;
        };
        lines.push('', label('base'), '', c.baseOutput !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(c.baseOutput, blockOpts) : '*(no output)*');
        lines.push('', label('head'), '', c.headOutput !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(c.headOutput, blockOpts) : '*(no output)*');
    }
    return lines.join('\n');
}
function detailsOpen(summary) {
    return `<details><summary>${summary}</summary>\n`;
}
const DETAILS_CLOSE = '\n</details>';
function idList(ids, max) {
    const shown = ids.slice(0, max).map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(id, { maxChars: 80 }));
    return shown.join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
}
/** Bullet lines for added/removed cases per suite, then new and removed suites (ids capped at `maxIds`). */
function addedRemovedLines(suites, maxIds) {
    const lines = [];
    for (const s of suites) {
        if (s.addedCases.length)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.suite)}: added cases ${idList(s.addedCases, maxIds)}`);
        if (s.removedCases.length)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.suite)}: removed cases ${idList(s.removedCases, maxIds)}`);
    }
    const added = suites.filter((s) => s.status === 'new').map((s) => s.suite);
    const removed = suites.filter((s) => s.status === 'removed').map((s) => s.suite);
    if (added.length)
        lines.push(`- New suites (head only): ${idList(added, Math.max(30, maxIds))}`);
    if (removed.length)
        lines.push(`- Removed suites: ${idList(removed, Math.max(30, maxIds))}`);
    return lines;
}
/** Judge/embedding spend of this run, kept apart from the production cost the table compares. */
function evaluationCostLine(report) {
    let total = 0;
    let unknown = false;
    let any = false;
    for (const s of report.suites)
        for (const side of [s.base, s.head]) {
            const c = side?.aggregates.evalCostUsd;
            if (c === null)
                unknown = true;
            else if (c !== undefined && c > 0) {
                total += c;
                any = true;
            }
        }
    if (!any && !unknown)
        return undefined;
    return `Evaluation cost (judges, embeddings; not production cost): ${any ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(total) : ''}${any && unknown ? ' + ' : ''}${unknown ? 'price unknown for some judge calls' : ''}`;
}
/** The rules line: what a verdict means and the error rate it holds, per PR whatever the number of suites. */
function rulesText(report) {
    const r = report.rules;
    if (!r)
        return 'Rules: a regression needs a drop beyond `maxScoreDrop` and a confidence interval entirely below zero.';
    const alpha = (1 - r.confidence) / 2;
    return (`Rules: suites are sampled in rounds (up to ${r.maxRepeat} samples per case) until a sequential test decides; a regression is a drop the test ` +
        `supports against no change, with a false-regression rate of at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(alpha, alpha < 0.01 ? 1 : 0)} per PR over all its suites (Holm); ` +
        `unclear = the interval reaches below −${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .score */ .fN)(r.maxScoreDrop, 2)} but the budget ran out before a decision.`);
}
function footer(report, meta, maxSuites = 20) {
    const lines = [];
    const more = report.suites.length > maxSuites ? `, and ${report.suites.length - maxSuites} more` : '';
    const versions = report.suites
        .slice(0, maxSuites)
        .map((s) => {
        const b = s.base?.promptVersion;
        const h = s.head?.promptVersion;
        const v = b && h ? (b === h ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(h) : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(b)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(h)}`) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(h ?? b ?? '?');
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })} ${v}`;
    })
        .join(', ');
    if (versions)
        lines.push(`Prompt versions: ${versions}${more}`);
    const models = { base: new Set(), head: new Set() };
    const fingerprints = new Set();
    for (const s of report.suites)
        for (const side of ['base', 'head']) {
            for (const m of s[side]?.servedModels ?? [])
                models[side].add(m);
            for (const f of s[side]?.systemFingerprints ?? [])
                fingerprints.add(f);
        }
    const modelList = (set) => [...set].slice(0, 10).map((m) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(m, { maxChars: 80 })).join(', ');
    const same = models.base.size === models.head.size && [...models.base].every((m) => models.head.has(m));
    // A PR that switches the model should say so where the reader looks for it.
    if (same && models.head.size)
        lines.push(`Served models: ${modelList(models.head)}`);
    else if (!same && models.base.size && models.head.size)
        lines.push(`Served models: base ${modelList(models.base)} → head ${modelList(models.head)}`);
    else if (!same)
        lines.push(`Served models: ${modelList(new Set([...models.base, ...models.head]))}`);
    if (fingerprints.size)
        lines.push(`Fingerprints: ${[...fingerprints].slice(0, 10).map((f) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f, { maxChars: 80 })).join(', ')}${fingerprints.size > 10 ? ` and ${fingerprints.size - 10} more` : ''}`);
    const evalCost = evaluationCostLine(report);
    if (evalCost)
        lines.push(evalCost);
    const redacted = report.suites.reduce((n, s) => n + (s.base?.redactions ?? 0) + (s.head?.redactions ?? 0), 0);
    if (redacted > 0)
        lines.push(`Governance: ${redacted} personal-data or secret ${redacted === 1 ? 'value was' : 'values were'} redacted from outputs shown here`);
    const url = safeUrl(meta.runUrl);
    if (url)
        lines.push(`Run: ${url}`);
    lines.push(`Generated by evalgate${meta.toolVersion ? ` ${/^[\w.+-]{1,30}$/.test(meta.toolVersion) ? meta.toolVersion : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(meta.toolVersion, { maxChars: 30 })}` : ''}. ${rulesText(report)}`);
    return `<sub>\n\n${lines.join('<br>\n')}\n\n</sub>`;
}


/***/ }),

/***/ 2673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL)
/* harmony export */ });
/** Plain-word status: clear without emoji, and greppable in logs. */
const VERDICT_LABEL = {
    pass: 'PASS',
    regression: 'REGRESSION',
    'below-min': 'BELOW MIN SCORE',
    'over-budget': 'OVER BUDGET',
    inconclusive: 'INCONCLUSIVE',
    unclear: 'UNCLEAR',
    skipped: 'SKIPPED',
};


/***/ })

};
