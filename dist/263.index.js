export const id = 263;
export const ids = [263];
export const modules = {

/***/ 7602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uq: () => (/* binding */ REPORT_FILE),
  o: () => (/* binding */ annotateFailures),
  mT: () => (/* binding */ setGateOutputs),
  Li: () => (/* binding */ writeReports)
});

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

// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 1 modules
var gate = __webpack_require__(9123);
;// CONCATENATED MODULE: ./lib/src/action/io.js
/** Workflow-command annotations: GitHub shows at most 10 per type per step. */
const MAX_ANNOTATIONS = 10;

;// CONCATENATED MODULE: ./lib/src/action/report-out.js
// The gate's machine-readable side: JSON files for an artifact step, step outputs, and annotations on
// the prompt files of failing suites (at most 10: GitHub shows no more per type and step).





const REPORT_FILE = 'report.json';
/** Writes base/head results and the comparison; returns the comparison's path (the `report` output). */
async function writeReports(m, base, head, comparison) {
    await (0,promises_.mkdir)(m.outDir, { recursive: true });
    const json = (x) => `${JSON.stringify(x, null, 2)}\n`;
    if (base)
        await m.deps.writeFile((0,external_node_path_.join)(m.outDir, 'base-results.json'), json(base));
    await m.deps.writeFile((0,external_node_path_.join)(m.outDir, 'head-results.json'), json(head));
    const reportPath = (0,external_node_path_.join)(m.outDir, REPORT_FILE);
    // The comparison embeds both SuiteResults per suite already; drop them to keep the report readable.
    await m.deps.writeFile(reportPath, json(stripResults(comparison)));
    return reportPath;
}
function stripResults(x) {
    const r = x;
    if (!r || !Array.isArray(r.suites))
        return x;
    return { ...r, suites: r.suites.map(({ base: _b, head: _h, ...rest }) => rest) };
}
function setGateOutputs(io, report, reportPath, commentUrl) {
    const f = gateFigures(report);
    io.setOutput('status', f.status);
    io.setOutput('score', figureText(f.score, 4));
    io.setOutput('score-delta', figureText(f.scoreDelta, 4));
    io.setOutput('cost-delta-usd', figureText(f.costDeltaUsd, 6));
    io.setOutput('monthly-cost-delta-usd', figureText(f.monthlyCostDeltaUsd, 2));
    io.setOutput('regressions', String(f.regressions));
    io.setOutput('report', reportPath);
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
        const props = { title: `evalgate: ${s.suite} ${s.verdict}` };
        if (promptPath) {
            props.file = repoPath(promptPath);
            props.startLine = 1;
        }
        const msg = `${s.suite}: ${s.reason}`;
        // fail-on: never reports problems without failing the check: warnings, not errors.
        if (failOn === 'never')
            io.warning(msg, props);
        else
            io.error(msg, props);
        n++;
    }
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ runGateFlow),
/* harmony export */   fw: () => (/* binding */ baseFileSource),
/* harmony export */   xD: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9432);
/* harmony import */ var _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7281);
/* harmony import */ var _core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8698);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9123);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(352);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4130);
// The PR gate's composition, shared by the action (pull_request) and `evalgate gate` (local): load the
// head config from the working tree and the base config from git (contents API as fallback), evaluate
// the affected suites base + head in one engine run with the same evaluation settings, compare.







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
        ...(input.tracePath ? { tracePath: input.tracePath } : {}),
        ...(input.model ? { model: input.model } : {}),
    });
    const runId = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)();
    const startedAt = new Date().toISOString();
    const engine = input.engine ?? _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEval */ .w;
    let engineOut = { results: [], costCapHit: false };
    let outcome;
    try {
        outcome = await (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)({
            head,
            ...(base ? { base } : {}),
            changedFiles: input.changedFiles,
            ...(input.capped ? { capped: true } : {}),
            failOn: input.failOn,
            evaluate: async (plan) => {
                engineOut = await engine(plan.jobs, {
                    runId,
                    toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
                    ...runtime.options,
                    ...(input.headSha ? { commit: input.headSha } : {}),
                    ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
                    ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
                    ...(input.maxCostUsd !== undefined ? { maxCostUsd: input.maxCostUsd } : {}),
                }, { ...runtime.deps, pricing: plan.pricing, providers: plan.providers, functions: plan.functions });
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
        baseRun: (0,_core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_6__/* .toRunResult */ .k)(engineOut, 'base', meta(input.baseSha)),
        headRun: (0,_core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_6__/* .toRunResult */ .k)(engineOut, 'head', meta(input.headSha)),
        runId,
        configFile: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
    };
    if (base)
        result.base = base;
    return result;
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JO: () => (/* binding */ COMMENT_MARKER),
  wQ: () => (/* binding */ renderComment),
  oU: () => (/* binding */ renderGateSummary),
  J1: () => (/* binding */ renderNoSecretsNotice),
  Eq: () => (/* binding */ replayMisses)
});

// UNUSED EXPORTS: replayMissHint

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
// EXTERNAL MODULE: ./lib/src/core/report/sections.js
var sections = __webpack_require__(7239);
;// CONCATENATED MODULE: ./lib/src/core/report/pr-comment.js




const PR_COMMENT_MARKER = '<!-- evalgate:pr-comment -->';
const PR_COMMENT_LIMIT = 65_536;
const DEFAULT_FULL_AT = 'the job summary of the workflow run';
/** Suites needing attention first in the table when it must be cut (keeps config order otherwise). */
function tableRows(suites, budgetChars, fullAt) {
    const rows = suites.map(sections/* suiteRow */.$l);
    const total = rows.reduce((n, r) => n + r.length + 1, 0);
    if (total <= budgetChars)
        return rows;
    const important = suites.filter((s) => s.verdict !== 'pass' && s.verdict !== 'skipped');
    const out = [];
    let used = 0;
    for (const s of important) {
        const r = (0,sections/* suiteRow */.$l)(s);
        if (used + r.length + 1 > budgetChars)
            break;
        out.push(r);
        used += r.length + 1;
    }
    out.push(`| … ${suites.length - out.length} more suites (passing or skipped first) are listed in ${fullAt} | | | | | | | |`);
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
        budget.tryAdd(['', sections/* SUITE_TABLE_HEADER */.YF, ...rows].join('\n'));
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

;// CONCATENATED MODULE: ./lib/src/core/report/job-summary.js




/** 1 MiB minus headroom for anything else the step appends. */
const JOB_SUMMARY_LIMIT_BYTES = 1_000_000;
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
        rows.push({
            d,
            row: `| ${(0,report_escape/* codeSpan */.SS)(h.id, { maxChars: 80, table: true })} | ${(0,format/* score */.fN)(b.score)} | ${(0,format/* score */.fN)(h.score)} | ${(0,format/* signed */.x8)(d)} | ${b.pass ? 'pass' : 'fail'} → ${h.pass ? 'pass' : 'fail'} |`,
        });
    }
    if (!rows.length)
        return undefined;
    rows.sort((a, b) => a.d - b.d);
    return `${(0,sections/* detailsOpen */.xw)(`${(0,report_escape/* escapeHtmlText */.SC)(s.suite)}: ${(0,format/* count */.U9)(rows.length, 'case')} changed`)}\n| Case | Base | Head | Δ | Pass |\n|---|---|---|---|---|\n${rows
        .map((r) => r.row)
        .join('\n')}${sections/* DETAILS_CLOSE */.qv}`;
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
        add(['', sections/* SUITE_TABLE_HEADER */.YF, ...report.suites.map(sections/* suiteRow */.$l)].join('\n'));
        add('');
        for (const s of report.suites)
            add((0,sections/* reasonLine */.$E)(s));
        add(`\n### Tokens, latency and cost\n\n${(0,sections/* metricsTable */.sQ)(report.suites)}`);
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
    // The footer names the version that produced the figures (rules and formats change between releases).
    m.toolVersion = version/* VERSION */.x;
    return m;
}
/** The sticky PR comment (≤ 65,536 characters, starts with the hidden marker). */
function renderComment(report, meta) {
    return renderPrComment(report, commentMeta(report, meta));
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
/* harmony export */   $l: () => (/* binding */ suiteRow),
/* harmony export */   GO: () => (/* binding */ caseDetail),
/* harmony export */   Mt: () => (/* binding */ idList),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   YF: () => (/* binding */ SUITE_TABLE_HEADER),
/* harmony export */   gJ: () => (/* binding */ safeUrl),
/* harmony export */   gt: () => (/* binding */ noticeLines),
/* harmony export */   q3: () => (/* binding */ contextLine),
/* harmony export */   qr: () => (/* binding */ footer),
/* harmony export */   qv: () => (/* binding */ DETAILS_CLOSE),
/* harmony export */   s4: () => (/* binding */ addedRemovedLines),
/* harmony export */   sQ: () => (/* binding */ metricsTable),
/* harmony export */   xw: () => (/* binding */ detailsOpen)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9884);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9116);


/** Plain-word status: clear without emoji, and greppable in logs. */
const VERDICT_LABEL = {
    pass: 'PASS',
    regression: 'REGRESSION',
    'below-min': 'BELOW MIN SCORE',
    'over-budget': 'OVER BUDGET',
    inconclusive: 'INCONCLUSIVE',
    skipped: 'SKIPPED',
};
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
    const words = { regression: 'regressed', 'below-min': 'below min score', 'over-budget': 'over budget', inconclusive: 'inconclusive' };
    const bad = ['regression', 'below-min', 'over-budget', 'inconclusive']
        .filter((v) => counts.get(v))
        .map((v) => `${counts.get(v)} ${words[v]}`);
    const detail = n === 0 ? 'no suite was evaluated' : bad.length ? `${bad.join(', ')} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(n, 'suite')}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(n, 'suite')} checked`;
    return `## evalgate: ${VERDICT_LABEL[report.verdict]} (${detail})`;
}
function contextLine(report, meta) {
    const parts = [];
    const b = sha(meta.baseSha);
    const h = sha(meta.headSha);
    if (b && h)
        parts.push(`base \`${b}\` → head \`${h}\``);
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
function scoreCell(s) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .score */ .fN)(s.score.base)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .score */ .fN)(s.score.head)}`;
}
function deltaCell(s) {
    if (s.status === 'new')
        return 'new suite';
    if (s.status === 'removed')
        return 'removed';
    const d = s.score.pairedDelta ?? s.score.delta;
    const ci = s.score.ci;
    if (d === null || d === undefined)
        return _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr;
    if (!ci)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)(d);
    const half = (ci.high - ci.low) / 2;
    const symmetric = Math.abs(ci.low + half - d) < 1e-9;
    return symmetric ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)(d)} ± ${half.toFixed(3)}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)(d)} [${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)(ci.low)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)(ci.high)}]`;
}
function rateCell(m) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.base, 0)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.head, 0)}`;
}
function costDeltaCell(m, priced) {
    if (!priced)
        return 'price unknown';
    if (m.base === null && m.head !== null)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(m.head);
    if (m.delta === null)
        return _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr;
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usdDelta */ .VD)(m.delta)}${m.relative !== null ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pctDelta */ .I4)(m.relative)})` : ''}`;
}
/** Both sides' prices are known (a side with no ok sample has nothing to price). */
function priced(s) {
    const sides = [s.base, s.head].filter((x) => x !== undefined);
    return sides.every((x) => x.aggregates.costPerRequestUsd !== null || x.aggregates.ok === 0);
}
function monthlyCell(s) {
    if (!priced(s))
        return 'price unknown';
    if (!(s.head ?? s.base)?.traffic)
        return 'no traffic set';
    return costDeltaCell(s.projectedMonthlyUsd, true).replace(/ \(.*\)$/, '');
}
function latencyCell(m) {
    if (m.base === null && m.head !== null)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__.ms)(m.head);
    if (m.delta === null)
        return _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr;
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .msDelta */ .l2)(m.delta)}${m.relative !== null ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pctDelta */ .I4)(m.relative, 0)})` : ''}`;
}
function verdictCell(v) {
    return v === 'pass' || v === 'skipped' ? VERDICT_LABEL[v].toLowerCase() : `**${VERDICT_LABEL[v]}**`;
}
const SUITE_TABLE_HEADER = '| Suite | Score base → head | Δ ± CI | Pass rate | Cost/request Δ | Monthly Δ | p95 latency Δ | Verdict |\n' +
    '|---|---|---|---|---|---|---|---|';
function suiteRow(s) {
    return `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })} | ${scoreCell(s)} | ${deltaCell(s)} | ${rateCell(s.passRate)} | ${costDeltaCell(s.costPerRequestUsd, priced(s))} | ${monthlyCell(s)} | ${latencyCell(s.latencyP95)} | ${verdictCell(s.verdict)} |`;
}
function reasonLine(s) {
    const extra = [];
    if (s.regressed.length)
        extra.push(`${s.regressed.length} regressed`);
    if (s.fixed.length)
        extra.push(`${s.fixed.length} fixed`);
    if (s.addedCases.length)
        extra.push(`${s.addedCases.length} added`);
    if (s.removedCases.length)
        extra.push(`${s.removedCases.length} removed`);
    if (s.errors.base || s.errors.head)
        extra.push(`errors ${s.errors.base} → ${s.errors.head}`);
    const errs = ['base', 'head']
        .map((side) => {
        const e = commonError(s[side]);
        return e ? `${side}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.message, { maxChars: 160 })}${e.count > 1 ? ` (${e.count}×)` : ''}` : undefined;
    })
        .filter((x) => x !== undefined);
    return `- **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })}** (${VERDICT_LABEL[s.verdict].toLowerCase()}): ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.reason)}${extra.length ? `. Cases: ${extra.join(', ')}` : ''}${errs.length ? `. Most common error, ${errs.join('; ')}` : ''}`;
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
/** Per-suite token, latency and cost figures (job summary). */
function metricsTable(suites) {
    const rows = suites.map((s) => {
        const a = s.head?.aggregates ?? s.base?.aggregates;
        return `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokens */ .LU)(s.tokensIn.base)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokens */ .LU)(s.tokensIn.head)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokensDelta */ .R1)(s.tokensIn.delta)}) | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokens */ .LU)(s.tokensOut.base)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokens */ .LU)(s.tokensOut.head)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tokensDelta */ .R1)(s.tokensOut.delta)}) | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.latencyP50.base)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.latencyP50.head)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.latencyP95.base)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.latencyP95.head)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(s.costPerRunUsd.base, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(s.costPerRunUsd.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr)} | ${a ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(a.evalCostUsd, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr) : _format_js__WEBPACK_IMPORTED_MODULE_0__/* .DASH */ .jr} | ${s.errors.base} → ${s.errors.head} |`;
    });
    return [
        '| Suite | Tokens in/request | Tokens out/request | p50 latency | p95 latency | Cost/run | Eval cost (head) | Errors |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
function passWord(p) {
    return p === null ? 'no result' : p ? 'pass' : 'fail';
}
function caseDetail(c, opts) {
    const lines = [
        `**Case ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.id, { maxChars: 120 })}**: score ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .score */ .fN)(c.baseScore)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .score */ .fN)(c.headScore)} (${passWord(c.basePass)} → ${passWord(c.headPass)})`,
        '',
        `Vars: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVars */ .UL)(c.vars), { maxChars: opts.compact ? 200 : 600 })}`,
    ];
    if (c.failingReasons.length) {
        lines.push('', 'Failing on head:');
        for (const r of c.failingReasons.slice(0, opts.compact ? 3 : 10))
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(r, { maxChars: 300 })}`);
        if (c.failingReasons.length > (opts.compact ? 3 : 10))
            lines.push(`- … ${c.failingReasons.length - (opts.compact ? 3 : 10)} more`);
    }
    if (!opts.compact) {
        const blockOpts = { maxChars: opts.outputChars, ...(opts.fullAt ? { fullAt: opts.fullAt } : {}) };
        lines.push('', 'Base output:', '', c.baseOutput !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(c.baseOutput, blockOpts) : '*(no output)*');
        lines.push('', 'Head output:', '', c.headOutput !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(c.headOutput, blockOpts) : '*(no output)*');
    }
    return lines.join('\n');
}
function detailsOpen(summary) {
    return `<details><summary>${summary}</summary>\n`;
}
const DETAILS_CLOSE = '\n</details>';
function idList(ids, max) {
    const shown = ids.slice(0, max).map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(id, { maxChars: 80 }));
    return shown.join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
}
/** Bullet lines for added/removed cases per suite, then new and removed suites (ids capped at `maxIds`). */
function addedRemovedLines(suites, maxIds) {
    const lines = [];
    for (const s of suites) {
        if (s.addedCases.length)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite)}: added cases ${idList(s.addedCases, maxIds)}`);
        if (s.removedCases.length)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite)}: removed cases ${idList(s.removedCases, maxIds)}`);
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
    return `Evaluation cost (judges, embeddings; not production cost): ${any ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .dR)(total) : ''}${any && unknown ? ' + ' : ''}${unknown ? 'price unknown for some judge calls' : ''}`;
}
function footer(report, meta, maxSuites = 20) {
    const lines = [];
    const more = report.suites.length > maxSuites ? `, and ${report.suites.length - maxSuites} more` : '';
    const versions = report.suites
        .slice(0, maxSuites)
        .map((s) => {
        const b = s.base?.promptVersion;
        const h = s.head?.promptVersion;
        const v = b && h ? (b === h ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(h) : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(b)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(h)}`) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(h ?? b ?? '?');
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.suite, { maxChars: 100 })} ${v}`;
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
    const modelList = (set) => [...set].slice(0, 10).map((m) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(m, { maxChars: 80 })).join(', ');
    const same = models.base.size === models.head.size && [...models.base].every((m) => models.head.has(m));
    // A PR that switches the model should say so where the reader looks for it.
    if (same && models.head.size)
        lines.push(`Served models: ${modelList(models.head)}`);
    else if (!same && models.base.size && models.head.size)
        lines.push(`Served models: base ${modelList(models.base)} → head ${modelList(models.head)}`);
    else if (!same)
        lines.push(`Served models: ${modelList(new Set([...models.base, ...models.head]))}`);
    if (fingerprints.size)
        lines.push(`Fingerprints: ${[...fingerprints].slice(0, 10).map((f) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f, { maxChars: 80 })).join(', ')}${fingerprints.size > 10 ? ` and ${fingerprints.size - 10} more` : ''}`);
    const evalCost = evaluationCostLine(report);
    if (evalCost)
        lines.push(evalCost);
    const redacted = report.suites.reduce((n, s) => n + (s.base?.redactions ?? 0) + (s.head?.redactions ?? 0), 0);
    if (redacted > 0)
        lines.push(`Governance: ${redacted} personal-data or secret ${redacted === 1 ? 'value was' : 'values were'} redacted from outputs shown here`);
    const url = safeUrl(meta.runUrl);
    if (url)
        lines.push(`Run: ${url}`);
    lines.push(`Generated by evalgate${meta.toolVersion ? ` ${/^[\w.+-]{1,30}$/.test(meta.toolVersion) ? meta.toolVersion : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(meta.toolVersion, { maxChars: 30 })}` : ''}. Rules: a regression needs a drop beyond \`maxScoreDrop\` and a confidence interval entirely below zero.`);
    return `<sub>\n\n${lines.join('<br>\n')}\n\n</sub>`;
}


/***/ })

};
