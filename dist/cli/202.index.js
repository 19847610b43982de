export const id = 202;
export const ids = [202];
export const modules = {

/***/ 5242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ runGateFlow),
/* harmony export */   nu: () => (/* binding */ outageOf)
/* harmony export */ });
/* unused harmony exports toRepoPath, baseFileSource */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9211);
/* harmony import */ var _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4835);
/* harmony import */ var _core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8698);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3832);
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

/***/ 4746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: COMMENT_MARKER, LEGACY_COMMENT_KEY, commentMarker, renderGateSummary, renderNoSecretsNotice, replayMissHint, replayMisses, withCommentMarker

// EXTERNAL MODULE: ./lib/src/core/report/escape.js
var report_escape = __webpack_require__(9884);
;// CONCATENATED MODULE: ./lib/src/core/report/char-budget.js
// A size budget for rendered reports: parts are appended in priority order while they fit, so the
// least important ones are the ones dropped. `measure` is the unit the platform counts in.
class char_budget_Budget {
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
const char_budget_utf8Length = (s) => new TextEncoder().encode(s).length;

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
function markdown_table_markdownTable(columns, rows) {
    return [tableHeader(columns), ...rows.map((r) => tableRow(columns, r))].join('\n');
}

;// CONCATENATED MODULE: ./lib/src/core/report/verdict-label.js
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

;// CONCATENATED MODULE: ./lib/src/core/report/sections.js



/** Only http(s) URLs without characters that could end a Markdown link. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s()<>[\]"'`]+$/.test(url))
        return undefined;
    return url;
}
const sha = (s) => (s && /^[0-9a-f]{7,64}$/i.test(s) ? s.slice(0, 7) : undefined);
function sections_headline(report) {
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
    const detail = n === 0 ? 'no suite was evaluated' : bad.length ? `${bad.join(', ')} of ${(0,format/* count */.U9)(n, 'suite')}` : `${(0,format/* count */.U9)(n, 'suite')} checked`;
    return `## evalgate: ${VERDICT_LABEL[report.verdict]} (${detail})`;
}
function sections_contextLine(report, meta) {
    const parts = [];
    const b = sha(meta.baseSha);
    const h = sha(meta.headSha);
    if (b && h)
        parts.push(`base \`${b}\` → head \`${h}\``);
    else if (b && meta.headLabel)
        parts.push(`base \`${b}\` → head: ${(0,report_escape/* escapeText */.X1)(meta.headLabel, { maxChars: 60 })}`);
    if (meta.recorded)
        parts.push('recorded responses (not the live model)');
    if (report.costCapHit)
        parts.push('**run cost cap reached**: some samples were not sent');
    const url = safeUrl(meta.runUrl);
    if (url)
        parts.push(`[workflow run](${url})`);
    return parts.join(' · ');
}
function sections_noticeLines(meta) {
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
    const cost = q.extraCostUsd === null ? 'price unknown' : (0,format/* usd */.dR)(q.extraCostUsd);
    return `${q.rounds} rounds, ${total} samples (${q.extraSamples} beyond the first round, ${cost})`;
}
function sections_reasonLine(s) {
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
        return e ? `${side}: ${(0,report_escape/* codeSpan */.SS)(e.message, { maxChars: 160 })}${e.count > 1 ? ` (${e.count}×)` : ''}` : undefined;
    })
        .filter((x) => x !== undefined);
    const sampling = samplingText(s);
    const tail = `${extra.length ? `. Cases: ${extra.join(', ')}` : ''}${sampling ? `. Sampling: ${sampling}` : ''}${errs.length ? `. Most common error, ${errs.join('; ')}` : ''}`;
    const name = `**${(0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 })}**`;
    // Every broken rule is shown: a regression that also breaks the cost budget says both.
    if (s.findings.length > 1) {
        const labels = s.findings.map((f) => VERDICT_LABEL[f.verdict].toLowerCase()).join(' + ');
        return [`- ${name} (${labels})${tail}`, ...s.findings.map((f) => `  - ${VERDICT_LABEL[f.verdict].toLowerCase()}: ${(0,report_escape/* escapeText */.X1)(f.reason)}`)].join('\n');
    }
    return `- ${name} (${VERDICT_LABEL[s.verdict].toLowerCase()}): ${(0,report_escape/* escapeText */.X1)(s.reason)}${tail}`;
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
function sections_caseDetail(c, opts) {
    const worse = (c.headScore ?? 0) <= (c.baseScore ?? 0) ? 'head' : 'base';
    const lines = [
        `**Case ${(0,report_escape/* codeSpan */.SS)(c.id, { maxChars: 120 })}**${c.flaky ? ' (flaky: its samples disagree)' : ''}: score ${(0,format/* score */.fN)(c.baseScore)} → ${(0,format/* score */.fN)(c.headScore)} (${passWord(c.basePass)} → ${passWord(c.headPass)}); ` +
            `base: ${countsText(c.baseCounts)}, head: ${countsText(c.headCounts)}`,
        '',
        `Vars: ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* formatVars */.UL)(c.vars), { maxChars: opts.compact ? 200 : 600 })}`,
    ];
    if (c.failingReasons.length) {
        lines.push('', `Failing on ${worse}:`);
        for (const r of c.failingReasons.slice(0, opts.compact ? 3 : 10))
            lines.push(`- ${(0,report_escape/* escapeText */.X1)(r, { maxChars: 300 })}`);
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
        lines.push('', label('base'), '', c.baseOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(c.baseOutput, blockOpts) : '*(no output)*');
        lines.push('', label('head'), '', c.headOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(c.headOutput, blockOpts) : '*(no output)*');
    }
    return lines.join('\n');
}
function sections_detailsOpen(summary) {
    return `<details><summary>${summary}</summary>\n`;
}
const sections_DETAILS_CLOSE = '\n</details>';
function sections_idList(ids, max) {
    const shown = ids.slice(0, max).map((id) => (0,report_escape/* codeSpan */.SS)(id, { maxChars: 80 }));
    return shown.join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
}
/** Bullet lines for added/removed cases per suite, then new and removed suites (ids capped at `maxIds`). */
function sections_addedRemovedLines(suites, maxIds) {
    const lines = [];
    for (const s of suites) {
        if (s.addedCases.length)
            lines.push(`- ${(0,report_escape/* escapeText */.X1)(s.suite)}: added cases ${sections_idList(s.addedCases, maxIds)}`);
        if (s.removedCases.length)
            lines.push(`- ${(0,report_escape/* escapeText */.X1)(s.suite)}: removed cases ${sections_idList(s.removedCases, maxIds)}`);
    }
    const added = suites.filter((s) => s.status === 'new').map((s) => s.suite);
    const removed = suites.filter((s) => s.status === 'removed').map((s) => s.suite);
    if (added.length)
        lines.push(`- New suites (head only): ${sections_idList(added, Math.max(30, maxIds))}`);
    if (removed.length)
        lines.push(`- Removed suites: ${sections_idList(removed, Math.max(30, maxIds))}`);
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
    return `Evaluation cost (judges, embeddings; not production cost): ${any ? (0,format/* usd */.dR)(total) : ''}${any && unknown ? ' + ' : ''}${unknown ? 'price unknown for some judge calls' : ''}`;
}
/** The rules line: what a verdict means and the error rate it holds, per PR whatever the number of suites. */
function rulesText(report) {
    const r = report.rules;
    if (!r)
        return 'Rules: a regression needs a drop beyond `maxScoreDrop` and a confidence interval entirely below zero.';
    const alpha = (1 - r.confidence) / 2;
    return (`Rules: suites are sampled in rounds (up to ${r.maxRepeat} samples per case) until a sequential test decides; a regression is a drop the test ` +
        `supports against no change, with a false-regression rate of at most ${(0,format/* pct */.Oe)(alpha, alpha < 0.01 ? 1 : 0)} per PR over all its suites (Holm); ` +
        `unclear = the interval reaches below −${(0,format/* score */.fN)(r.maxScoreDrop, 2)} but the budget ran out before a decision.`);
}
function sections_footer(report, meta, maxSuites = 20) {
    const lines = [];
    const more = report.suites.length > maxSuites ? `, and ${report.suites.length - maxSuites} more` : '';
    const versions = report.suites
        .slice(0, maxSuites)
        .map((s) => {
        const b = s.base?.promptVersion;
        const h = s.head?.promptVersion;
        const v = b && h ? (b === h ? (0,report_escape/* codeSpan */.SS)(h) : `${(0,report_escape/* codeSpan */.SS)(b)} → ${(0,report_escape/* codeSpan */.SS)(h)}`) : (0,report_escape/* codeSpan */.SS)(h ?? b ?? '?');
        return `${(0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 })} ${v}`;
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
    const modelList = (set) => [...set].slice(0, 10).map((m) => (0,report_escape/* codeSpan */.SS)(m, { maxChars: 80 })).join(', ');
    const same = models.base.size === models.head.size && [...models.base].every((m) => models.head.has(m));
    // A PR that switches the model should say so where the reader looks for it.
    if (same && models.head.size)
        lines.push(`Served models: ${modelList(models.head)}`);
    else if (!same && models.base.size && models.head.size)
        lines.push(`Served models: base ${modelList(models.base)} → head ${modelList(models.head)}`);
    else if (!same)
        lines.push(`Served models: ${modelList(new Set([...models.base, ...models.head]))}`);
    if (fingerprints.size)
        lines.push(`Fingerprints: ${[...fingerprints].slice(0, 10).map((f) => (0,report_escape/* codeSpan */.SS)(f, { maxChars: 80 })).join(', ')}${fingerprints.size > 10 ? ` and ${fingerprints.size - 10} more` : ''}`);
    const evalCost = evaluationCostLine(report);
    if (evalCost)
        lines.push(evalCost);
    const redacted = report.suites.reduce((n, s) => n + (s.base?.redactions ?? 0) + (s.head?.redactions ?? 0), 0);
    if (redacted > 0)
        lines.push(`Governance: ${redacted} personal-data or secret ${redacted === 1 ? 'value was' : 'values were'} redacted from outputs shown here`);
    const url = safeUrl(meta.runUrl);
    if (url)
        lines.push(`Run: ${url}`);
    lines.push(`Generated by evalgate${meta.toolVersion ? ` ${/^[\w.+-]{1,30}$/.test(meta.toolVersion) ? meta.toolVersion : (0,report_escape/* escapeText */.X1)(meta.toolVersion, { maxChars: 30 })}` : ''}. ${rulesText(report)}`);
    return `<sub>\n\n${lines.join('<br>\n')}\n\n</sub>`;
}

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
        return VERDICT_LABEL[v].toLowerCase();
    const all = s.findings.length > 0 ? [...new Set(s.findings.map((f) => f.verdict))] : [v];
    return all.map((x) => `**${VERDICT_LABEL[x]}**`).join(' + ');
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
function suite_table_suiteColumns(suites) {
    if (!suites.some((s) => s.sequential))
        return SUITE_COLUMNS;
    const at = SUITE_COLUMNS.findIndex((c) => c.header === 'Pass rate') + 1;
    return [...SUITE_COLUMNS.slice(0, at), ROUNDS_COLUMN, ...SUITE_COLUMNS.slice(at)];
}

;// CONCATENATED MODULE: ./lib/src/core/report/pr-comment.js






const pr_comment_PR_COMMENT_MARKER = '<!-- evalgate:pr-comment -->';
const PR_COMMENT_LIMIT = 65_536;
const DEFAULT_FULL_AT = 'the job summary of the workflow run';
/** Suites needing attention first in the table when it must be cut (keeps config order otherwise). */
function tableRows(suites, budgetChars, fullAt) {
    const columns = suite_table_suiteColumns(suites);
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
    const budget = new char_budget_Budget(limit);
    const foot = ['', '---', sections_footer(report, meta), ...(meta.extraFooter ?? [])].join('\n');
    budget.reserve(foot.length + 1);
    // Room for the omission note, whatever happens below.
    const NOTE_RESERVE = 400;
    budget.reserve(NOTE_RESERVE);
    budget.tryAdd(pr_comment_PR_COMMENT_MARKER);
    budget.tryAdd(sections_headline(report));
    const ctx = sections_contextLine(report, meta);
    if (ctx)
        budget.tryAdd(ctx);
    for (const n of sections_noticeLines(meta))
        budget.tryAdd(`\n${n}`);
    let omitted = 0;
    if (report.suites.length) {
        const rows = tableRows(report.suites, Math.floor(limit * 0.4), fullAt);
        budget.tryAdd(['', tableHeader(suite_table_suiteColumns(report.suites)), ...rows].join('\n'));
        budget.tryAdd('');
        for (const s of report.suites)
            if (!budget.tryAdd(sections_reasonLine(s)))
                omitted++;
    }
    // Case details, most important first: regressions of every suite, then fixes, then case lists.
    const outputChars = opts.outputChars ?? 1500;
    const SEP = '\n\n---\n\n';
    const addCases = (s, kind, allowance) => {
        const list = s[kind];
        if (!list.length)
            return;
        const open = sections_detailsOpen(`${(0,report_escape/* escapeHtmlText */.SC)(s.suite)}: ${(0,format/* count */.U9)(list.length, `${kind} case`)}`);
        const moreNote = (n) => `*${(0,format/* count */.U9)(n, `more ${kind} case`)} not shown: see ${fullAt}.*`;
        const cap = Math.min(allowance, budget.remaining);
        // Fixed cost: newline, open, close, and room for the "more not shown" note.
        let size = 1 + open.length + 1 + sections_DETAILS_CLOSE.length + 1 + SEP.length + moreNote(list.length).length;
        const blocks = [];
        for (const c of list) {
            const full = sections_caseDetail(c, { outputChars, fullAt });
            const chosen = size + full.length + SEP.length <= cap ? full : undefined;
            const compact = chosen ?? sections_caseDetail(c, { outputChars, compact: true });
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
        if (left === list.length || !budget.tryAdd(`\n${open}\n${blocks.join(SEP)}${sections_DETAILS_CLOSE}`)) {
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
    const lists = sections_addedRemovedLines(report.suites, 20);
    if (lists.length && !budget.tryAdd(`\n${sections_detailsOpen('Added and removed cases and suites')}\n${lists.join('\n')}${sections_DETAILS_CLOSE}`))
        omitted++;
    if (report.unselected.length) {
        const line = `\nNot evaluated (unaffected by this PR): ${sections_idList(report.unselected, 50)}`;
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
const metrics_table_METRICS_COLUMNS = [
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
const job_summary_passWord = (p) => (p ? 'pass' : 'fail');
const CHANGED_CASE_COLUMNS = [
    { header: 'Case', cell: (c) => (0,report_escape/* codeSpan */.SS)(c.head.id, { maxChars: 80, table: true }) },
    { header: 'Base', cell: (c) => (0,format/* score */.fN)(c.base.score) },
    { header: 'Head', cell: (c) => (0,format/* score */.fN)(c.head.score) },
    { header: 'Δ', cell: (c) => (0,format/* signed */.x8)(c.delta) },
    { header: 'Pass', cell: (c) => `${job_summary_passWord(c.base.pass)} → ${job_summary_passWord(c.head.pass)}` },
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
    return `${detailsOpen(`${escapeHtmlText(s.suite)}: ${count(rows.length, 'case')} changed`)}\n${markdownTable(CHANGED_CASE_COLUMNS, rows)}${DETAILS_CLOSE}`;
}
function job_summary_renderJobSummary(report, meta = {}, opts = {}) {
    const limit = opts.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES;
    const fullAt = meta.fullReportAt ?? 'the JSON report artifact';
    const budget = new Budget(limit, utf8Length);
    const foot = ['', '---', footer(report, meta, 500)].join('\n');
    const reserve = utf8Length(foot) + 400;
    budget.reserve(reserve);
    let omitted = 0;
    const add = (s) => {
        if (!budget.tryAdd(s))
            omitted++;
    };
    add(headline(report));
    const ctx = contextLine(report, meta);
    if (ctx)
        add(ctx);
    for (const n of noticeLines(meta))
        add(`\n${n}`);
    if (report.suites.length) {
        add(`\n${markdownTable(suiteColumns(report.suites), report.suites)}`);
        add('');
        for (const s of report.suites)
            add(reasonLine(s));
        add(`\n### Tokens, latency and cost\n\n${markdownTable(METRICS_COLUMNS, report.suites)}`);
    }
    const outputChars = opts.outputChars ?? 4000;
    for (const kind of ['regressed', 'fixed'])
        for (const s of report.suites) {
            const list = s[kind];
            if (!list.length)
                continue;
            const open = detailsOpen(`${escapeHtmlText(s.suite)}: ${count(list.length, `${kind} case`)}`);
            const blocks = [];
            let size = utf8Length(open) + 20;
            let shown = 0;
            for (const c of list) {
                const b = caseDetail(c, { outputChars, fullAt });
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
            add(`\n${open}\n${blocks.join('\n\n---\n\n')}${DETAILS_CLOSE}`);
        }
    const changed = report.suites.map(changedCases).filter((x) => x !== undefined);
    if (changed.length)
        add(`\n### All changed cases\n\n${changed.join('\n\n')}`);
    const lists = addedRemovedLines(report.suites, 200);
    if (lists.length)
        add(`\n### Added and removed\n\n${lists.join('\n')}`);
    if (report.unselected.length)
        add(`\nNot evaluated (unaffected by this change): ${idList(report.unselected, 500)}`);
    budget.release(reserve);
    if (omitted)
        budget.tryAdd(`\n*Parts of this summary were left out to stay under GitHub's 1 MiB limit; everything is in ${fullAt}.*`);
    budget.tryAdd(foot);
    return budget.text();
}

// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/app/gate/render.js




const COMMENT_MARKER = (/* unused pure expression or super */ null && (PR_COMMENT_MARKER));
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
    if (marker === pr_comment_PR_COMMENT_MARKER || body.startsWith(marker))
        return body;
    return body.startsWith(pr_comment_PR_COMMENT_MARKER) ? marker + body.slice(pr_comment_PR_COMMENT_MARKER.length) : `${marker}\n${body}`;
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
function renderComment(report, meta, marker = pr_comment_PR_COMMENT_MARKER) {
    // A keyed marker is longer than the plain one: the body leaves room for it within GitHub's limit.
    const extra = Math.max(0, marker.length - pr_comment_PR_COMMENT_MARKER.length);
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

/***/ 834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ failingOutput),
/* harmony export */   St: () => (/* binding */ sideCounts),
/* harmony export */   WY: () => (/* binding */ caseMovement),
/* harmony export */   s8: () => (/* binding */ isFlaky),
/* harmony export */   st: () => (/* binding */ failingReasons),
/* harmony export */   tM: () => (/* binding */ passingOutput)
/* harmony export */ });
/* unused harmony exports CASE_NOISE_LEVEL, CASE_SCORE_CHANGE, fisherLower */
/* harmony import */ var _results_answer_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3447);
/* harmony import */ var _stats_student_t_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(382);
// What a listed case shows, shared by the PR gate (base vs head) and the drift monitor (baseline vs
// now): "k of n samples failed" on each side, the output of a sample that actually failed next to one
// that passed, whether the case is flaky, and whether its own change is beyond its noise.
//
// "Beyond its noise": a pass/fail flip is listed when it is consistent (every sample of each side agrees:
// no noise is visible, e.g. 2/2 → 0/2 or one sample per side, where the flip is all the evidence there
// is) or when Fisher's exact test (one-sided, at CASE_NOISE_LEVEL) on the pass counts of the two sides
// says so (3/3 → 1/3 has p = 0.2, 3/3 → 1/4 p = 0.11, 9/10 → 4/10 p = 0.03). A flaky case whose
// majority moved by a single sample (2/3 → 1/3, p = 0.5) is counted as noisy, not listed. Graded score changes must be at least
// CASE_SCORE_CHANGE and, with two or more samples per side, at least twice their standard error.


/** One-sided level of the per-case test: loose, since listing explains the verdict, it does not make it. */
const CASE_NOISE_LEVEL = 0.2;
/** Smallest mean-score change that lists a case without a pass flip. */
const CASE_SCORE_CHANGE = 0.2;
const ok = (c) => (c?.samples ?? []).filter((s) => s.status === 'ok');
function sideCounts(c) {
    const oks = ok(c);
    return {
        samples: oks.length,
        failed: oks.filter((s) => s.pass !== true).length,
        errors: (c?.samples ?? []).filter((s) => s.status === 'error').length,
    };
}
/** A case is flaky when its scored samples on one side disagree on pass/fail. */
function isFlaky(...sides) {
    return sides.some((c) => {
        const s = sideCounts(c);
        return s.failed > 0 && s.failed < s.samples;
    });
}
/** Scored samples with something to show: reply text or tool calls (a tool-only answer is never empty). */
const answered = (c) => ok(c).filter((s) => s.output !== undefined || (s.toolCalls?.length ?? 0) > 0);
/** Output of the first sample that failed (or, when none failed, of the first scored one). */
function failingOutput(c) {
    const oks = answered(c);
    const s = oks.find((x) => x.pass !== true) ?? oks[0];
    return s && (0,_results_answer_text_js__WEBPACK_IMPORTED_MODULE_1__/* .answerText */ .y)(s);
}
/** Output of the first sample that passed (or, when none passed, of the first scored one). */
function passingOutput(c) {
    const oks = answered(c);
    const s = oks.find((x) => x.pass === true) ?? oks[0];
    return s && (0,_results_answer_text_js__WEBPACK_IMPORTED_MODULE_1__/* .answerText */ .y)(s);
}
/** Reasons of failing assertions and errors on a side, deduplicated, so a case's details say why it fails. */
function failingReasons(c) {
    if (!c)
        return [];
    const seen = new Set();
    for (const s of c.samples) {
        if (s.status === 'error' && s.error)
            seen.add(`error (${s.error.kind}): ${s.error.message}`);
        if (s.status !== 'ok')
            continue;
        for (const a of s.assertions)
            if (!a.pass)
                seen.add(`${a.type}: ${a.reason}`);
    }
    return [...seen];
}
function logChoose(n, k) {
    return (0,_stats_student_t_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n + 1) - (0,_stats_student_t_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(k + 1) - (0,_stats_student_t_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n - k + 1);
}
/**
 * Fisher's exact one-sided p-value that the second side passes this rarely or less by chance:
 * P(X ≤ passB) for X hypergeometric (passes of both sides, drawn nB samples for side B).
 */
function fisherLower(passA, nA, passB, nB) {
    const total = passA + passB;
    const n = nA + nB;
    const lo = Math.max(0, total - nA);
    let p = 0;
    const denom = logChoose(n, nB);
    for (let x = lo; x <= passB; x++)
        p += Math.exp(logChoose(total, x) + logChoose(n - total, nB - x) - denom);
    return Math.min(1, p);
}
function sdOf(xs) {
    if (xs.length < 2)
        return 0;
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}
/** How a case moved from side a (base, baseline) to side b (head, now). */
function caseMovement(a, b) {
    if (a.score === null || b.score === null)
        return { direction: 0, beyondNoise: false };
    const ca = sideCounts(a);
    const cb = sideCounts(b);
    const passA = ca.samples - ca.failed;
    const passB = cb.samples - cb.failed;
    if (a.pass !== b.pass && a.pass !== null && b.pass !== null) {
        const direction = a.pass ? -1 : 1;
        const consistent = !isFlaky(a) && !isFlaky(b);
        const p = direction < 0 ? fisherLower(passA, ca.samples, passB, cb.samples) : fisherLower(passB, cb.samples, passA, ca.samples);
        return { direction, beyondNoise: consistent || p <= CASE_NOISE_LEVEL };
    }
    const d = b.score - a.score;
    if (Math.abs(d) < CASE_SCORE_CHANGE)
        return { direction: 0, beyondNoise: false };
    const direction = d < 0 ? -1 : 1;
    const sa = ok(a).map((s) => s.score ?? 0);
    const sb = ok(b).map((s) => s.score ?? 0);
    if (sa.length < 2 || sb.length < 2)
        return { direction, beyondNoise: true };
    const se = Math.sqrt(sdOf(sa) ** 2 / sa.length + sdOf(sb) ** 2 / sb.length);
    return { direction, beyondNoise: Math.abs(d) >= 2 * se };
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

/***/ 3832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qm: () => (/* binding */ FAIL_ON_VALUES),
  $U: () => (/* binding */ judgeGate),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: shouldFail

;// CONCATENATED MODULE: ./lib/src/core/stats/sign-flip.js
// Exact paired sign-flip (permutation) test. Under "no change" every per-case difference is as likely
// to have come out with either sign, so the 2^n sign patterns are equally likely; the one-sided p-value
// for a drop is the share of patterns whose sum is at most the observed sum. Exact whatever the shape
// of the differences, which matters when they are mostly zero or take a few discrete values (repeat 1,
// temperature 0, a handful of flips), where the t approximation claims far too much: 4 of 50 cases
// flipping one way has exact p = 2^-4 = 0.0625, not the t test's 0.02.
//
// Computed by dynamic programming over the distribution of the signed sum on an integer lattice: the
// differences of per-case means of n samples are multiples of 1/n, so scaled by the smallest L ≤ MAX_L
// that makes them integers, the sum lives on at most 2·L·Σ|dᵢ| + 1 points. Differences that fit no
// small lattice (graded scores, mixed sample counts) are continuous enough for the t test: the function
// answers null and the caller uses t.
/** Largest lattice scale tried (samples per case up to 60 on both sides alike). */
const MAX_L = 60;
/** Largest DP work (lattice points × non-zero differences) the exact test spends. */
const MAX_WORK = 400_000;
function latticeScale(diffs) {
    outer: for (let L = 1; L <= MAX_L; L++) {
        for (const d of diffs) {
            const x = Math.abs(d) * L;
            if (Math.abs(x - Math.round(x)) > 1e-6)
                continue outer;
        }
        return L;
    }
    return null;
}
/**
 * One-sided exact p-value P(S* ≤ S_obs) for "the differences are shifted down" (S = Σ dᵢ), or null when
 * the differences fit no small lattice. Zero differences carry no sign and drop out.
 */
function signFlipPValue(diffs) {
    const nz = diffs.filter((d) => d !== 0);
    if (nz.length === 0)
        return 1;
    const L = latticeScale(nz);
    if (L === null)
        return null;
    const ints = nz.map((d) => Math.round(Math.abs(d) * L));
    const total = ints.reduce((s, v) => s + v, 0);
    if ((2 * total + 1) * ints.length > MAX_WORK)
        return null;
    const observed = Math.round(nz.reduce((s, d) => s + d, 0) * L);
    // dist[s + total] = P(sum = s)
    let dist = new Float64Array(2 * total + 1);
    let next = new Float64Array(2 * total + 1);
    dist[total] = 1;
    let reach = 0;
    for (const v of ints) {
        next.fill(0, total - reach - v, total + reach + v + 1);
        for (let s = total - reach; s <= total + reach; s++) {
            const p = dist[s];
            if (p === 0)
                continue;
            next[s + v] = next[s + v] + p / 2;
            next[s - v] = next[s - v] + p / 2;
        }
        reach += v;
        [dist, next] = [next, dist];
    }
    let p = 0;
    for (let s = 0; s <= Math.min(2 * total, observed + total); s++)
        p += dist[s];
    return Math.min(1, p);
}

// EXTERNAL MODULE: ./lib/src/core/stats/student-t.js
var student_t = __webpack_require__(382);
;// CONCATENATED MODULE: ./lib/src/core/stats/paired.js


function pairedDelta(pairs, confidence = 0.95, opts = {}) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0,1), got ${confidence}`);
    const bounds = opts.bounds ?? [-1, 1];
    const n = pairs.length;
    if (n === 0)
        return null;
    let sumBase = 0;
    let sumHead = 0;
    for (const [b, h] of pairs) {
        sumBase += b;
        sumHead += h;
    }
    const meanBase = sumBase / n;
    const meanHead = sumHead / n;
    // Floating noise (0.1 + 0.2 − 0.3) must not become a difference.
    const diffs = pairs.map(([b, h]) => (Math.abs(h - b) < 1e-12 ? 0 : h - b));
    const rawDelta = diffs.reduce((s, d) => s + d, 0) / n;
    const delta = Math.abs(rawDelta) < 1e-12 ? 0 : rawDelta;
    let nonZero = 0;
    let smallest = Infinity;
    for (const d of diffs) {
        if (d === 0)
            continue;
        nonZero++;
        smallest = Math.min(smallest, Math.abs(d));
    }
    if (n < 2)
        return { n, meanBase, meanHead, delta, sd: 0, se: null, ci: null, pValue: null, method: null, nonZero };
    const ss = diffs.reduce((s, d) => s + (d - delta) ** 2, 0);
    const sdRaw = Math.sqrt(ss / (n - 1));
    const sd = sdRaw < 1e-12 ? 0 : sdRaw;
    const resolution = opts.resolution ?? (Number.isFinite(smallest) ? smallest : 0.1);
    // One case moving by `resolution` gives sd = resolution/√n; the interval is never narrower than that.
    const se = Math.max(sd, resolution / Math.sqrt(n)) / Math.sqrt(n);
    const df = n - 1;
    const q = (0,student_t/* tQuantile */.YW)(1 - (1 - confidence) / 2, df);
    const clamp = (x) => Math.min(bounds[1], Math.max(bounds[0], x));
    const exact = opts.exact ? signFlipPValue(diffs) : null;
    const pValue = exact ?? (sd === 0 ? (delta < 0 ? 0 : 1) : (0,student_t/* tCdf */.w_)(delta / se, df));
    return {
        n,
        meanBase,
        meanHead,
        delta,
        sd,
        se,
        ci: { low: clamp(delta - q * se), high: clamp(delta + q * se), level: confidence },
        pValue,
        method: exact === null ? 't' : 'sign-flip',
        nonZero,
    };
}

// EXTERNAL MODULE: ./lib/src/core/compare/case-detail.js
var case_detail = __webpack_require__(834);
// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
;// CONCATENATED MODULE: ./lib/src/core/compare/verdict.js

/** Below this many cases scored on both sides, a drop cannot be called either way. */
const MIN_PAIRED_CASES = 5;
/** Overall severity, worst first. `skipped` ranks below `pass`: it means "nothing was checked". */
const VERDICT_SEVERITY = ['regression', 'below-min', 'over-budget', 'inconclusive', 'unclear', 'pass', 'skipped'];
/** Errored share of the samples that were sent (ok + error); null when nothing was sent. */
function errorRate(a) {
    if (!a)
        return null;
    const sent = a.ok + a.errors;
    return sent === 0 ? null : a.errors / sent;
}
function ciText(c) {
    const ci = c.score.ci;
    if (!ci)
        return '';
    return `, ${Math.round(ci.level * 100)}% CI ${(0,format/* signed */.x8)(ci.low)} to ${(0,format/* signed */.x8)(ci.high)}`;
}
function pText(p, method) {
    if (p === null || p === undefined)
        return '';
    const shown = p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
    return method === 'sign-flip' ? `exact sign-flip p ${shown}` : `p ${shown}`;
}
function roundsText(c) {
    const q = c.sequential;
    if (!q || q.rounds <= 1)
        return '';
    return ` after ${q.rounds} rounds`;
}
function settleText(c) {
    const st = c.sequential?.settle;
    if (!st)
        return 'a larger suite would settle it';
    if (c.sequential?.stoppedBy === 'nothing-varies')
        return `about ${st.cases} cases would likely settle it`;
    return `about ${st.samplesPerCase} samples per case (gate.maxRepeat), or about ${st.cases} cases at the current samples, would likely settle it`;
}
const STOPPED = {
    decided: '',
    'max-repeat': 'the sampling budget (gate.maxRepeat) ran out',
    'cost-cap': 'the run cost cap stopped further samples',
    'nothing-varies': 'no case varies, so more samples would not help',
};
/** Regression rule: the sequential decision when the gate sampled, else the fixed-sample test. */
function regression(c, gate, d, n, tooFew) {
    if (c.status !== 'compared' || tooFew || d === null)
        return undefined;
    const q = c.sequential;
    if (q) {
        if (q.decision !== 'regression')
            return undefined;
        return {
            verdict: 'regression',
            reason: `score dropped by ${(0,format/* score */.fN)(-d)} over ${n} paired cases${ciText(c)}${roundsText(c)}; the sequential test ` +
                `(always-valid p ${q.pValue < 0.0001 ? '< 0.0001' : `= ${q.pValue.toFixed(4)}`}, false-regression rate ${(0,format/* pct */.Oe)((1 - gate.confidence) / 2)} per PR) ` +
                `favours a drop of ${(0,format/* score */.fN)(q.alternative, 3)} over no change (allowed drop ${(0,format/* score */.fN)(gate.maxScoreDrop, 2)})`,
        };
    }
    const p = c.score.pValue;
    if (d < -gate.maxScoreDrop && p !== null && p < (1 - gate.confidence) / 2)
        return {
            verdict: 'regression',
            reason: `score dropped by ${(0,format/* score */.fN)(-d)} over ${n} paired cases${ciText(c)}, ${pText(p, c.score.method)}; more than the allowed ${(0,format/* score */.fN)(gate.maxScoreDrop, 2)}`,
        };
    return undefined;
}
/** A possible regression the evidence cannot decide: never shown as a green pass. */
function unclear(c, gate, d, tooFew) {
    if (c.status !== 'compared' || tooFew || d === null)
        return undefined;
    const ci = c.score.ci;
    const q = c.sequential;
    const open = q ? q.decision === 'open' : d < -gate.maxScoreDrop;
    if (!open || !ci || ci.low >= -gate.maxScoreDrop)
        return undefined;
    const why = q ? STOPPED[q.stoppedBy] : '';
    return {
        verdict: 'unclear',
        reason: `possible regression, not enough evidence: score moved ${(0,format/* signed */.x8)(d)}${ciText(c)}${c.score.method === 'sign-flip' ? ` (${pText(c.score.pValue, c.score.method)})` : ''}, reaching below the allowed drop ` +
            `−${(0,format/* score */.fN)(gate.maxScoreDrop, 2)}${why ? `; ${why}` : ''}; ${settleText(c)}`,
    };
}
/** The verdict of one suite and every rule it breaks (docs/gate-rules.md, "Per-suite rules"). */
function suiteVerdict(c, gate, ctx) {
    const ha = c.head?.aggregates;
    const ba = c.base?.aggregates;
    const only = (verdict, reason) => ({
        verdict,
        reason,
        findings: verdict === 'pass' || verdict === 'skipped' ? [] : [{ verdict, reason }],
    });
    // 1. Removed suites are listed, not judged.
    if (c.status === 'removed' || !ha)
        return only('skipped', 'suite removed on head; listed only');
    // 2. Nothing evaluated on head.
    if (ha.ok + ha.errors === 0) {
        if (ctx.costCapHit && ha.skipped > 0)
            return only('over-budget', `run cost cap reached before this suite was evaluated (${ha.skipped} samples not sent)`);
        const parts = [
            ha.skipped ? `${ha.skipped} skipped` : '',
            ha.budget ? `${ha.budget} over the token budget` : '',
            ha.blocked ? `${ha.blocked} blocked by input scanning` : '',
        ].filter(Boolean);
        return only('skipped', `no sample was evaluated${parts.length ? ` (${parts.join(', ')})` : ''}`);
    }
    // 3. Too many errors: the scores that exist may be a biased subset, so no call either way.
    const hr = errorRate(ha);
    const br = c.status === 'compared' ? errorRate(ba) : null;
    if (hr !== null && hr > gate.maxErrorRate)
        return only('inconclusive', `${(0,format/* pct */.Oe)(hr)} of head requests failed (limit ${(0,format/* pct */.Oe)(gate.maxErrorRate)})`);
    if (br !== null && br > gate.maxErrorRate)
        return only('inconclusive', `${(0,format/* pct */.Oe)(br)} of base requests failed (limit ${(0,format/* pct */.Oe)(gate.maxErrorRate)})`);
    const d = c.score.pairedDelta ?? null;
    const n = c.score.pairedCases;
    const tooFew = c.status === 'compared' && n < MIN_PAIRED_CASES;
    const findings = [];
    const add = (f) => {
        if (f)
            findings.push(f);
    };
    // 4. Regression: practically large AND statistically supported.
    add(regression(c, gate, d, n, tooFew));
    // 5. Absolute floor.
    const hs = ha.meanScore;
    if (hs !== null && hs < gate.minScore)
        add({ verdict: 'below-min', reason: `head score ${(0,format/* score */.fN)(hs)} is below minScore ${(0,format/* score */.fN)(gate.minScore, 2)}` });
    // A suite where no case passes is never a pass, whatever minScore allows (`fail-on: never` is the way
    // to keep such a step green on purpose).
    else if (ha.passRate === 0)
        add({ verdict: 'below-min', reason: `no case passes on head (0 of ${c.head?.cases.filter((k) => k.pass !== null).length ?? 0}); a suite where every case fails is not a pass` });
    // 6. Budgets. Unknown prices (null) never trigger; they are reported as "price unknown".
    if (ctx.costCapHit && (ha.skipped > 0 || (ba?.skipped ?? 0) > 0))
        add({ verdict: 'over-budget', reason: `run cost cap reached; ${ha.skipped + (ba?.skipped ?? 0)} samples not sent` });
    const cr = c.costPerRequestUsd;
    if (gate.maxCostIncrease !== undefined && c.status === 'compared' && cr.relative !== null && cr.relative > gate.maxCostIncrease)
        add({
            verdict: 'over-budget',
            reason: `cost per request ${(0,format/* usd */.dR)(cr.base)} → ${(0,format/* usd */.dR)(cr.head)} (${(0,format/* pctDelta */.I4)(cr.relative)}, limit +${(0,format/* pct */.Oe)(gate.maxCostIncrease)})`,
        });
    // 7. Too few paired cases to rule out a drop that looks large.
    if (tooFew && (d === null || d < -gate.maxScoreDrop))
        add({
            verdict: 'inconclusive',
            reason: d === null
                ? 'no case was scored on both base and head'
                : `score moved ${(0,format/* signed */.x8)(d)} but only ${n} cases were scored on both sides (need ${MIN_PAIRED_CASES})`,
        });
    // 8. Possible regression the budget could not decide.
    if (!findings.some((f) => f.verdict === 'regression'))
        add(unclear(c, gate, d, tooFew));
    if (findings.length > 0) {
        findings.sort((a, b) => VERDICT_SEVERITY.indexOf(a.verdict) - VERDICT_SEVERITY.indexOf(b.verdict));
        return { verdict: findings[0].verdict, reason: findings[0].reason, findings };
    }
    // 9. Pass, saying why a visible drop did not fail.
    if (c.status === 'new')
        return only('pass', `new suite; head score ${(0,format/* score */.fN)(hs)}`);
    if (d === null)
        return only('pass', 'no paired score change');
    const q = c.sequential;
    if (q?.decision === 'pass')
        return only('pass', `score change ${(0,format/* signed */.x8)(d)} over ${n} paired cases${ciText(c)}${roundsText(c)}; the data favour no change over a drop of ${(0,format/* score */.fN)(q.alternative, 3)}`);
    if (d < 0 && c.score.ci && c.score.ci.high < 0)
        return only('pass', `drop ${(0,format/* signed */.x8)(d)} is real but within the allowed ${(0,format/* score */.fN)(gate.maxScoreDrop, 2)}`);
    return only('pass', `score change ${(0,format/* signed */.x8)(d)} over ${n} paired cases${ciText(c)}`);
}
/** Worst verdict by VERDICT_SEVERITY; `skipped` when there is nothing to judge. */
function overallVerdict(verdicts) {
    let best = VERDICT_SEVERITY.length - 1;
    for (const v of verdicts)
        best = Math.min(best, VERDICT_SEVERITY.indexOf(v));
    return VERDICT_SEVERITY[best];
}

;// CONCATENATED MODULE: ./lib/src/core/compare/compare.js



function metricDelta(base, head) {
    const b = base ?? null;
    const h = head ?? null;
    return {
        base: b,
        head: h,
        delta: b === null || h === null ? null : h - b,
        relative: b === null || h === null || b === 0 ? null : (h - b) / b,
    };
}
function caseChange(b, h, direction) {
    // Show what the listing claims: a failing sample of the worse side next to a passing one of the better.
    const worse = direction < 0 ? h : b;
    const change = {
        id: h.id,
        vars: h.vars,
        baseScore: b.score,
        headScore: h.score,
        basePass: b.pass,
        headPass: h.pass,
        failingReasons: (0,case_detail/* failingReasons */.st)(worse),
        baseCounts: (0,case_detail/* sideCounts */.St)(b),
        headCounts: (0,case_detail/* sideCounts */.St)(h),
        flaky: (0,case_detail/* isFlaky */.s8)(b, h),
    };
    const bo = direction < 0 ? (0,case_detail/* passingOutput */.tM)(b) : (0,case_detail/* failingOutput */.Mo)(b);
    const ho = direction < 0 ? (0,case_detail/* failingOutput */.Mo)(h) : (0,case_detail/* passingOutput */.tM)(h);
    if (bo !== undefined)
        change.baseOutput = bo;
    if (ho !== undefined)
        change.headOutput = ho;
    return change;
}
/** The smallest score step one sample can make: 1 / the most samples a case has on either side. */
function resolution(base, head) {
    let most = 1;
    for (const c of [...(base?.cases ?? []), ...(head?.cases ?? [])])
        most = Math.max(most, c.samples.filter((s) => s.status === 'ok').length);
    return 1 / most;
}
/** Pass flips first, then the larger score change, then id: the reports show the worst first. */
function bySeverity(a, b) {
    const flipA = a.basePass !== a.headPass ? 1 : 0;
    const flipB = b.basePass !== b.headPass ? 1 : 0;
    if (flipA !== flipB)
        return flipB - flipA;
    const da = Math.abs((a.headScore ?? 0) - (a.baseScore ?? 0));
    const db = Math.abs((b.headScore ?? 0) - (b.baseScore ?? 0));
    if (da !== db)
        return db - da;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/**
 * Projected monthly cost of both sides at the *head's* traffic (falling back to the base's), so the
 * delta shows what the prompt change costs, not a change of the traffic assumption.
 */
function monthly(costPerRequest, traffic) {
    if (costPerRequest === null || costPerRequest === undefined || !traffic)
        return null;
    return costPerRequest * traffic.requestsPerMonth;
}
/** The paired test of the per-case scores of two sides (cases on both sides), as the verdict uses it. */
function pairedScores(base, head, gate) {
    const baseBy = new Map(base.cases.map((c) => [c.id, c]));
    const pairs = [];
    for (const h of head.cases) {
        const b = baseBy.get(h.id);
        if (b && b.score !== null && h.score !== null)
            pairs.push([b.score, h.score]);
    }
    return pairedDelta(pairs, gate.confidence, { resolution: resolution(base, head), exact: true });
}
function compareSuite(base, head, gate) {
    const any = head ?? base;
    if (!any)
        throw new Error('compareSuite needs at least one side');
    const status = base && head ? 'compared' : head ? 'new' : 'removed';
    const ba = base?.aggregates;
    const ha = head?.aggregates;
    const baseCases = new Map((base?.cases ?? []).map((c) => [c.id, c]));
    const headCases = new Map((head?.cases ?? []).map((c) => [c.id, c]));
    const pairs = [];
    const regressed = [];
    const fixed = [];
    const addedCases = [];
    const removedCases = [];
    const noisy = { regressed: 0, fixed: 0 };
    if (status === 'compared') {
        for (const h of headCases.values()) {
            const b = baseCases.get(h.id);
            if (!b) {
                addedCases.push(h.id);
                continue;
            }
            if (b.score !== null && h.score !== null)
                pairs.push([b.score, h.score]);
            const move = (0,case_detail/* caseMovement */.WY)(b, h);
            if (move.direction === 0)
                continue;
            if (!move.beyondNoise)
                noisy[move.direction < 0 ? 'regressed' : 'fixed']++;
            else if (move.direction < 0)
                regressed.push(caseChange(b, h, -1));
            else
                fixed.push(caseChange(b, h, 1));
        }
        for (const id of baseCases.keys())
            if (!headCases.has(id))
                removedCases.push(id);
    }
    regressed.sort(bySeverity);
    fixed.sort(bySeverity);
    const test = pairedDelta(pairs, gate.confidence, { resolution: resolution(base, head), exact: true });
    const traffic = head?.traffic ?? base?.traffic;
    const cmp = {
        suite: any.name,
        status,
        score: {
            ...metricDelta(ba?.meanScore, ha?.meanScore),
            ci: test?.ci ?? null,
            pValue: test?.pValue ?? null,
            method: test?.method ?? null,
            pairedCases: pairs.length,
            pairedDelta: test?.delta ?? null,
        },
        passRate: metricDelta(ba?.passRate, ha?.passRate),
        costPerRequestUsd: metricDelta(ba?.costPerRequestUsd, ha?.costPerRequestUsd),
        costPerRunUsd: metricDelta(ba?.costUsd, ha?.costUsd),
        projectedMonthlyUsd: metricDelta(ba ? monthly(ba.costPerRequestUsd, traffic) : null, ha ? monthly(ha.costPerRequestUsd, traffic) : null),
        tokensIn: metricDelta(ba?.tokensPerRequest?.input, ha?.tokensPerRequest?.input),
        tokensOut: metricDelta(ba?.tokensPerRequest?.output, ha?.tokensPerRequest?.output),
        latencyP50: metricDelta(ba?.latencyMs.p50, ha?.latencyMs.p50),
        latencyP95: metricDelta(ba?.latencyMs.p95, ha?.latencyMs.p95),
        errors: { base: ba?.errors ?? 0, head: ha?.errors ?? 0 },
        regressed,
        fixed,
        noisy,
        addedCases,
        removedCases,
        verdict: 'pass',
        reason: '',
        findings: [],
    };
    if (base)
        cmp.base = base;
    if (head)
        cmp.head = head;
    const v = suiteVerdict(cmp, gate, { costCapHit: false });
    cmp.verdict = v.verdict;
    cmp.reason = v.reason;
    cmp.findings = v.findings;
    return cmp;
}

;// CONCATENATED MODULE: ./lib/src/core/gate/report.js


/**
 * Compares every pair, applies the run-level context (cost cap) to each verdict and derives the overall
 * verdict. Suites come out in the order given (callers pass config order).
 */
function buildGateReport(pairs, gate, unselected, costCapHit, 
/** The gate's sequential sampling per compared suite (absent outside the PR gate). */
sequential) {
    const suites = pairs
        .filter((p) => p.base || p.head)
        .map((p) => {
        const c = compareSuite(p.base, p.head, gate);
        const q = sequential?.get(c.suite);
        if (q && c.status === 'compared')
            c.sequential = q;
        const v = suiteVerdict(c, gate, { costCapHit });
        c.verdict = v.verdict;
        c.reason = v.reason;
        c.findings = v.findings;
        return c;
    });
    return {
        verdict: overallVerdict(suites.map((s) => s.verdict)),
        suites,
        unselected: [...unselected],
        costCapHit,
        rules: { confidence: gate.confidence, maxScoreDrop: gate.maxScoreDrop, maxRepeat: gate.maxRepeat },
    };
}

;// CONCATENATED MODULE: ./lib/src/core/gate/plan.js
const BASE_FUNCTION_PREFIX = 'evalgate-base:';
function planGate(selection, head, base) {
    const headBy = new Map(head.suites.map((s) => [s.name, s]));
    const baseBy = new Map((base?.suites ?? []).map((s) => [s.name, s]));
    const functions = new Map(head.functions);
    const jobs = [];
    for (const name of selection.compared) {
        const h = headBy.get(name);
        const b = baseBy.get(name);
        if (!h || !b)
            continue;
        jobs.push({ label: 'base', suite: withBaseFunctions({ ...b, repeat: h.repeat }, base.functions, functions) });
        jobs.push({ label: 'head', suite: h });
    }
    for (const name of selection.added) {
        const h = headBy.get(name);
        if (h)
            jobs.push({ label: 'head', suite: h });
    }
    return {
        jobs,
        pricing: { ...(base?.pricing ?? {}), ...head.pricing },
        providers: { ...(base?.providers ?? {}), ...head.providers },
        functions,
    };
}
/**
 * The engine resolves `javascript` checks by the assertion's value, one map for the whole run. When the
 * PR changed a check file, base and head hold different functions under the same key; the base suite's
 * assertions are then pointed at a prefixed key so each side runs its own version.
 */
function withBaseFunctions(suite, baseFns, merged) {
    let renamed = false;
    const cases = suite.cases.map((c) => ({
        ...c,
        assertions: c.assertions.map((a) => {
            if (a.type.replace(/^not-/, '') !== 'javascript' || typeof a.value !== 'string')
                return a;
            const fn = baseFns.get(a.value);
            if (!fn)
                return a;
            const current = merged.get(a.value);
            if (current === undefined) {
                merged.set(a.value, fn);
                return a;
            }
            if (current === fn)
                return a;
            renamed = true;
            merged.set(BASE_FUNCTION_PREFIX + a.value, fn);
            return { ...a, value: BASE_FUNCTION_PREFIX + a.value };
        }),
    }));
    return renamed ? { ...suite, cases } : suite;
}

// EXTERNAL MODULE: ./lib/src/core/engine/aggregate.js + 1 modules
var aggregate = __webpack_require__(622);
;// CONCATENATED MODULE: ./lib/src/core/gate/rounds.js
// The gate's extra rounds: which samples an open suite asks for next, and how a round's samples join
// the ones already taken. Pure.
//
// Where extra samples go: to the cases whose outcomes vary within a side or disagree between base and
// head. A case that scored the same on every sample of both sides adds nothing to reduce; asking it
// again mostly repeats the answer. A suite where no case varies within a side looks deterministic:
// there only a disagreeing case with a single sample on a side is asked once more (is the flip
// stable?), and a suite whose cases all have two or more samples stops after the first round. The rule
// treats both sides alike, so under "no change" it cannot favour either side.
// Each case gets one more sample per side per round, under a sample index it has not used before (the
// response cache keys include the index, so a new index is a new answer, not a cache hit).

/** Samples that were asked for (answered or failed); skipped ones were never sent. */
function sent(c) {
    return (c?.samples ?? []).filter((s) => s.status !== 'skipped');
}
/** The next sample index of a case, the same on both sides so base and head go out side by side. */
function nextIndex(b, h) {
    let max = -1;
    for (const s of [...b.samples, ...h.samples])
        max = Math.max(max, s.index);
    return max + 1;
}
/** Distinct scores of a side's ok samples (up to 2 are enough to know it varies). */
function scores(c) {
    const out = [];
    for (const s of c.samples) {
        if (s.status !== 'ok')
            continue;
        const x = s.score ?? 0;
        if (!out.some((y) => Math.abs(x - y) < 1e-12))
            out.push(x);
    }
    return out;
}
/** The case's samples differ within a side. */
function flaky(c) {
    return scores(c).length > 1;
}
/** The case's samples differ within a side or between the sides. */
function varies(b, h) {
    if (flaky(b) || flaky(h))
        return true;
    const sb = scores(b);
    const sh = scores(h);
    return sb.length === 1 && sh.length === 1 && Math.abs(sb[0] - sh[0]) > 1e-12;
}
/** The suite shows sampling noise: some case's samples differ within a side. */
function stochastic(base, head) {
    return base.cases.some(flaky) || head.cases.some(flaky);
}
const scored = (c) => c.samples.filter((s) => s.status === 'ok').length;
/**
 * Sample indices the next round asks per case id (the same on both sides), or an empty map when no
 * case both varies and is below `maxRepeat` samples per side.
 */
function nextRound(base, head, maxRepeat) {
    const out = new Map();
    const noisy = stochastic(base, head);
    const baseBy = new Map(base.cases.map((c) => [c.id, c]));
    for (const h of head.cases) {
        const b = baseBy.get(h.id);
        if (!b || !varies(b, h))
            continue;
        if (!noisy && scored(b) >= 2 && scored(h) >= 2)
            continue;
        if (Math.max(sent(b).length, sent(h).length) >= maxRepeat)
            continue;
        out.set(h.id, [nextIndex(b, h)]);
    }
    return out;
}
/**
 * A suite's result with a round's samples added: cases matched by id, samples that the run never sent
 * (the cost cap stopped it) left out, every figure re-aggregated. The first round's `repeat` stays.
 */
function mergeRound(prev, extra) {
    const more = new Map(extra.cases.map((c) => [c.id, c]));
    const cases = prev.cases.map((c) => {
        const add = more.get(c.id)?.samples.filter((s) => s.status !== 'skipped') ?? [];
        if (add.length === 0)
            return c;
        const { score: _s, passRate: _p, pass: _q, ...rest } = c;
        return (0,aggregate/* aggregateCase */.S)({ ...rest, samples: [...c.samples, ...add] });
    });
    const merged = {
        ...prev,
        servedModels: [...new Set([...prev.servedModels, ...extra.servedModels])].sort(),
        systemFingerprints: [...new Set([...prev.systemFingerprints, ...extra.systemFingerprints])].sort(),
        cases,
        aggregates: (0,aggregate/* aggregateSuite */.K)(cases, prev.traffic),
    };
    if (prev.redactions !== undefined || extra.redactions !== undefined)
        merged.redactions = (prev.redactions ?? 0) + (extra.redactions ?? 0);
    return merged;
}
/** Production + evaluation cost of a suite result's samples; null when a price is unknown. */
function spentUsd(s) {
    const a = s.aggregates;
    if (a.costUsd === null)
        return null;
    return a.costUsd + (a.evalCostUsd ?? 0);
}

// EXTERNAL MODULE: ./lib/src/core/shard/shard.js
var shard = __webpack_require__(9347);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/src/core/util/canonical-json.js
var canonical_json = __webpack_require__(2090);
// EXTERNAL MODULE: ./lib/src/core/config/provider-settings.js
var provider_settings = __webpack_require__(9174);
;// CONCATENATED MODULE: ./lib/src/core/gate/select.js
// Which suites a PR affects. A suite runs when a file it depends on changed (prompt, cases, schemas,
// JS checks, `watch` globs) or when its effective configuration differs between the base and head
// configs (its own entry, the provider and judge settings it resolves to, the prices of their models,
// defaults that reach it). Suites only in head run head-only; suites only in base are listed as removed.
// Past GitHub's 3,000-file cap the changed-file list is incomplete, so every suite is selected.



function selectSuites(input) {
    const { head, base } = input;
    const baseByName = new Map((base?.suites ?? []).map((s) => [s.name, s]));
    const headNames = new Set(head.suites.map((s) => s.name));
    const changed = new Set(input.changedFiles.map(normalise));
    const selectAll = Boolean(input.capped || input.all);
    const sel = {
        compared: [],
        added: [],
        removed: (base?.suites ?? []).filter((s) => !headNames.has(s.name)).map((s) => s.name),
        unselected: [],
        reasons: {},
        all: selectAll,
    };
    for (const suite of head.suites) {
        const before = baseByName.get(suite.name);
        if (!before) {
            sel.added.push(suite.name);
            sel.reasons[suite.name] = 'new suite';
            continue;
        }
        const reason = selectAll
            ? input.capped
                ? 'the list of changed files is incomplete (GitHub lists at most 3,000), so every suite runs'
                : 'all suites requested'
            : changedFileReason(suite, before, changed) ?? configReason(suite, before, head, base);
        if (reason) {
            sel.compared.push(suite.name);
            sel.reasons[suite.name] = reason;
        }
        else {
            sel.unselected.push(suite.name);
        }
    }
    return sel;
}
function normalise(p) {
    return p.replace(/\\/g, '/').replace(/^\.\//, '');
}
/** A changed file the suite depends on, on either side (a file dropped from the suite matters too). */
function changedFileReason(head, base, changed) {
    const deps = new Set();
    for (const s of [head, base]) {
        deps.add(normalise(s.promptPath));
        if (s.casesPath)
            deps.add(normalise(s.casesPath));
        for (const f of s.files)
            deps.add(normalise(f));
    }
    for (const f of deps)
        if (changed.has(f))
            return `${f} changed`;
    const globs = [...new Set([...head.watch, ...base.watch])];
    if (globs.length > 0) {
        const isMatch = picomatch(globs, { dot: true });
        for (const f of changed)
            if (isMatch(f))
                return `${f} matches watch`;
    }
    return undefined;
}
/**
 * Compares what the suite's evaluation depends on in each parsed config. Comparing resolved values
 * (not only the suite's own entry) catches edits elsewhere in evalgate.yml that reach the suite:
 * a provider's temperature, a default repeat, a price.
 */
function configReason(head, base, headCfg, baseCfg) {
    if ((0,canonical_json/* canonicalJson */.d)(head.raw) !== (0,canonical_json/* canonicalJson */.d)(base.raw))
        return 'its configuration changed';
    if ((0,canonical_json/* canonicalJson */.d)(providerView(head.provider)) !== (0,canonical_json/* canonicalJson */.d)(providerView(base.provider)))
        return `provider ${head.provider.id} changed`;
    if ((0,canonical_json/* canonicalJson */.d)(head.judge ? providerView(head.judge) : null) !== (0,canonical_json/* canonicalJson */.d)(base.judge ? providerView(base.judge) : null))
        return 'judge provider changed';
    const models = new Set([head.provider.model, base.provider.model, head.judge?.model, base.judge?.model].filter((m) => !!m));
    for (const m of models) {
        if ((0,canonical_json/* canonicalJson */.d)(headCfg.pricing[m] ?? null) !== (0,canonical_json/* canonicalJson */.d)(baseCfg.pricing[m] ?? null))
            return `price of ${m} changed`;
    }
    const evalView = (s) => ({
        repeat: s.repeat,
        maxRequestTokens: s.maxRequestTokens ?? null,
        traffic: s.traffic ?? null,
        cases: s.cases,
        template: s.template.messages,
    });
    if ((0,canonical_json/* canonicalJson */.d)(evalView(head)) !== (0,canonical_json/* canonicalJson */.d)(evalView(base)))
        return 'its effective settings changed';
    return undefined;
}
/** Provider settings that change outputs or where they come from (classified in config/provider-settings). */
function providerView(p) {
    return (0,provider_settings/* selectionSettings */.sz)(p);
}

;// CONCATENATED MODULE: ./lib/src/core/gate/sequential.js
/** The drop the likelihood ratio weighs "no change" against, as a multiple of maxScoreDrop. */
const ALTERNATIVE_FACTOR = 1.5;
/** The mixture over drop sizes: [multiple of maxScoreDrop, weight]; the weights sum to 1. */
const MIXTURE = [
    [ALTERNATIVE_FACTOR, 0.6],
    [4, 0.2],
    [8, 0.2],
];
/** Smallest alternative, so maxScoreDrop: 0 still decides. */
const MIN_ALTERNATIVE = 0.02;
/** log LR at or below which a suite passes: the data favour "no change" over the drop by e^0.85 ≈ 2.3:1. */
const PASS_LOG_LR = -0.85;
function sequentialDesign(gate, suites) {
    return {
        alpha: (1 - gate.confidence) / 2,
        suites: Math.max(1, suites),
        maxScoreDrop: gate.maxScoreDrop,
        alternative: Math.max(MIN_ALTERNATIVE, ALTERNATIVE_FACTOR * gate.maxScoreDrop),
        mixture: MIXTURE.map(([k, w]) => [Math.max(MIN_ALTERNATIVE * (k / ALTERNATIVE_FACTOR), k * gate.maxScoreDrop), w]),
        passLogLr: PASS_LOG_LR,
        maxRepeat: gate.maxRepeat,
    };
}
/** log LR of δ = −a against δ = 0 for an estimate d with standard error se (normal likelihood). */
function logLikelihoodRatio(d, se, a) {
    return (-a * d - (a * a) / 2) / (se * se);
}
/** log Σ wⱼ·LR(δⱼ), computed stably. */
function logMixtureRatio(d, se, mixture) {
    const terms = mixture.map(([a, w]) => Math.log(w) + logLikelihoodRatio(d, se, a));
    const top = Math.max(...terms);
    return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
}
/** Decides one suite at one look, at the Bonferroni share alpha / suites. */
function look(test, design) {
    if (!test || test.se === null || test.n < 2)
        return { logLr: 0, logMixture: 0, pValue: 1, state: 'open' };
    const logLr = logLikelihoodRatio(test.delta, test.se, design.alternative);
    const logMixture = logMixtureRatio(test.delta, test.se, design.mixture);
    const exact = test.method === 'sign-flip' ? (test.pValue ?? 1) : 0;
    const pValue = Math.min(1, Math.max(Math.exp(-logMixture), exact));
    const level = design.alpha / design.suites;
    if (pValue <= level && test.delta < 0)
        return { logLr, logMixture, pValue, state: 'regression' };
    if (logLr <= design.passLogLr)
        return { logLr, logMixture, pValue, state: 'pass' };
    return { logLr, logMixture, pValue, state: 'open' };
}
/** Holm's step-down procedure: which hypotheses are rejected at family-wise level alpha. */
function holm(pValues, alpha) {
    const order = pValues.map((p, i) => [p, i]).sort((a, b) => a[0] - b[0]);
    const out = pValues.map(() => false);
    const m = pValues.length;
    for (let j = 0; j < m; j++) {
        const [p, i] = order[j];
        if (p > alpha / (m - j))
            break;
        out[i] = true;
    }
    return out;
}
/**
 * What would settle an open suite if its delta stayed where it is: the samples per case (at the
 * current number of cases) or the cases (at the current samples per case) at which the likelihood
 * ratio would cross a boundary. null when the estimate sits on the midpoint (no amount decides).
 */
function settleEstimate(test, samplesPerCase, design) {
    if (test.se === null)
        return null;
    const a = design.alternative;
    const drift = -a * test.delta - (a * a) / 2; // log LR per unit of information (1/se²)
    if (Math.abs(drift) < 1e-9)
        return null;
    // The main ratio carries weight MIXTURE[0] in the regression boundary.
    const target = drift > 0 ? Math.log(design.suites / design.alpha / (design.mixture[0]?.[1] ?? 1)) : design.passLogLr;
    // Information grows linearly with samples per case and with cases: 1/se² × factor.
    const factor = target / drift / (1 / (test.se * test.se));
    if (!(factor > 0) || !Number.isFinite(factor))
        return null;
    const need = Math.max(1, factor);
    return { samplesPerCase: Math.ceil(samplesPerCase * need), cases: Math.ceil(test.n * need) };
}

;// CONCATENATED MODULE: ./lib/src/core/gate/gate.js
// The PR gate, pure: select the affected suites → plan base/head jobs → evaluate (through a function
// the composition root binds to the engine and its adapters) → look at every compared suite and, while
// its decision is open, evaluate another round of samples (sequential.ts, rounds.ts) → compare →
// verdict → fail decision. A shard of a matrix job evaluates one round of its share of the cases and is
// judged by the merge on the union (judgeGate), at a single look.
//
// Whose gate rules judge a PR? The base config's `gate:` when there is one: a PR must not be able to
// loosen the thresholds that judge it (e.g. raise maxScoreDrop to 1 in the same PR). A rule change takes
// effect once merged. Without a base config (the PR introducing evalgate) the head's rules apply.







const FAIL_ON_VALUES = ['regression', 'any', 'never'];
const FAILING = {
    regression: new Set(['regression', 'below-min', 'over-budget']),
    any: new Set(['regression', 'below-min', 'over-budget', 'inconclusive', 'unclear']),
    never: new Set(),
};
function gateRules(head, base) {
    return base?.gate ?? head.gate;
}
function shouldFail(verdicts, failOn) {
    for (const v of verdicts)
        if (FAILING[failOn].has(v))
            return true;
    return false;
}
const gate_sent = (s) => s.aggregates.ok + s.aggregates.errors;
const costOf = (st) => {
    const b = spentUsd(st.base);
    const h = spentUsd(st.head);
    return b === null || h === null ? null : b + h;
};
const mostSamples = (s) => Math.max(1, ...s.cases.map((c) => c.samples.filter((x) => x.status !== 'skipped').length));
/** Looks at every open suite; returns those still open. */
function lookAll(states, gate, design) {
    const open = [];
    for (const st of states) {
        if (st.stoppedBy)
            continue;
        const l = look(pairedScores(st.base, st.head, gate), design);
        st.looks.push(l);
        st.pValue = Math.min(st.pValue, l.pValue);
        if (l.state === 'open')
            open.push(st);
        else
            st.stoppedBy = 'decided';
    }
    return open;
}
function summary(st, decision, gate, design) {
    const last = st.looks[st.looks.length - 1];
    const now = costOf(st);
    const out = {
        rounds: st.rounds,
        samples: { base: gate_sent(st.base), head: gate_sent(st.head) },
        extraSamples: gate_sent(st.base) + gate_sent(st.head) - st.firstSamples,
        extraCostUsd: now === null || st.firstCost === null ? null : Math.max(0, now - st.firstCost),
        logLikelihoodRatio: last?.logLr ?? 0,
        alternative: design.alternative,
        pValue: st.pValue,
        decision,
        stoppedBy: st.stoppedBy ?? 'max-repeat',
    };
    if (decision === 'open') {
        const test = pairedScores(st.base, st.head, gate);
        out.settle = test ? settleEstimate(test, mostSamples(st.head), design) : null;
    }
    return out;
}
/** Compared suites: base and head of the same name, in result order (with their jobs when known). */
function statesOf(out, jobs) {
    const states = [];
    out.results.forEach((r, i) => {
        if (r.label !== 'head')
            return;
        const j = out.results.findIndex((x) => x.label === 'base' && x.suite.name === r.suite.name);
        const b = out.results[j];
        if (j < 0 || !b)
            return;
        const st = { name: r.suite.name, base: b.suite, head: r.suite, firstCost: null, firstSamples: gate_sent(b.suite) + gate_sent(r.suite), rounds: 1, looks: [], pValue: 1 };
        if (jobs) {
            const bj = jobs[j];
            const hj = jobs[i];
            if (!bj || !hj)
                return;
            st.jobs = { base: bj, head: hj };
        }
        st.firstCost = costOf(st);
        states.push(st);
    });
    return states;
}
/**
 * The decision once sampling has stopped: Holm across the PR's suites on the always-valid p-values (a
 * suite the test already passed stays passed), every suite's sampling summary, compare → verdicts.
 */
function decide(states, first, costCapHit, selection, gate, design, failOn) {
    const rejected = holm(states.map((st) => st.pValue), design.alpha);
    const sequential = new Map();
    states.forEach((st, i) => {
        const last = st.looks[st.looks.length - 1];
        const decision = last?.state === 'pass' ? 'pass' : rejected[i] ? 'regression' : 'open';
        sequential.set(st.name, summary(st, decision, gate, design));
    });
    // Merged results in job order: compared suites carry every round's samples and how they were taken.
    const withSampling = (s, firstSide, rounds) => {
        const now = spentUsd(s);
        const before = spentUsd(firstSide);
        return {
            ...s,
            sampling: {
                rounds,
                samples: gate_sent(s),
                extraSamples: gate_sent(s) - gate_sent(firstSide),
                extraCostUsd: now === null || before === null ? null : Math.max(0, now - before),
            },
        };
    };
    const firstBy = new Map(first.results.map((r) => [`${r.label}\u0000${r.suite.name}`, r.suite]));
    const byKey = new Map(states.flatMap((st) => [
        [`base\u0000${st.name}`, withSampling(st.base, firstBy.get(`base\u0000${st.name}`) ?? st.base, st.rounds)],
        [`head\u0000${st.name}`, withSampling(st.head, firstBy.get(`head\u0000${st.name}`) ?? st.head, st.rounds)],
    ]));
    const output = {
        ...first,
        costCapHit,
        results: first.results.map((r) => ({ label: r.label, suite: byKey.get(`${r.label}\u0000${r.suite.name}`) ?? r.suite })),
    };
    const base = output.results.filter((r) => r.label === 'base').map((r) => r.suite);
    const head = output.results.filter((r) => r.label === 'head').map((r) => r.suite);
    const baseBy = new Map(base.map((s) => [s.name, s]));
    const pairs = head.map((h) => ({ base: baseBy.get(h.name), head: h }));
    const report = buildGateReport(pairs, gate, selection.unselected, costCapHit, sequential);
    if (selection.removed.length > 0)
        report.removed = [...selection.removed];
    const fail = shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], failOn);
    return { report, base, head, output, fail };
}
/**
 * Judges results evaluated elsewhere (the union of a sharded gate's shards) with the gate's own test at
 * a single look, so a merged verdict comes from the very same decision code as an unsharded one.
 */
function judgeGate(out, selection, gate, failOn) {
    const states = statesOf(out);
    const design = sequentialDesign(gate, states.length);
    for (const st of lookAll(states, gate, design))
        st.stoppedBy = 'max-repeat';
    return decide(states, out, out.costCapHit, selection, gate, design, failOn);
}
async function runGate(input) {
    const selection = selectSuites({
        head: input.head,
        ...(input.base ? { base: input.base } : {}),
        changedFiles: input.changedFiles,
        ...(input.capped ? { capped: true } : {}),
        ...(input.all ? { all: true } : {}),
    });
    let plan = planGate(selection, input.head, input.base);
    let caseIndex;
    if (input.shard) {
        const sharded = (0,shard/* shardJobs */.x7)(plan.jobs, input.shard);
        plan = { ...plan, jobs: sharded.map((s) => s.job) };
        caseIndex = sharded.map((s) => s.caseIndex);
    }
    const gate = gateRules(input.head, input.base);
    const out = plan.jobs.length > 0 ? await input.evaluate(plan) : { results: [], costCapHit: false };
    if (input.shard) {
        // What a shard reports is provisional; the merge judges the union.
        return { selection, plan, gate, ...judgeGate(out, selection, gate, input.failOn), ...(caseIndex ? { caseIndex } : {}) };
    }
    let costCapHit = out.costCapHit;
    const states = statesOf(out, plan.jobs);
    const design = sequentialDesign(gate, states.length);
    for (;;) {
        const open = lookAll(states, gate, design);
        if (open.length === 0)
            break;
        if (costCapHit) {
            for (const st of open)
                st.stoppedBy = 'cost-cap';
            break;
        }
        const jobs = [];
        const asked = [];
        for (const st of open) {
            const next = nextRound(st.base, st.head, Math.max(design.maxRepeat, mostSamples(st.head)));
            if (next.size === 0 || !st.jobs) {
                st.stoppedBy = nextRound(st.base, st.head, Infinity).size > 0 ? 'max-repeat' : 'nothing-varies';
                continue;
            }
            jobs.push({ ...st.jobs.base, sampleIndices: next }, { ...st.jobs.head, sampleIndices: next });
            asked.push(st);
        }
        if (jobs.length === 0)
            break;
        const more = await input.evaluate({ ...plan, jobs });
        costCapHit ||= more.costCapHit;
        for (const st of asked) {
            const b = more.results.find((r) => r.label === 'base' && r.suite.name === st.name);
            const h = more.results.find((r) => r.label === 'head' && r.suite.name === st.name);
            if (!b || !h)
                continue;
            st.base = mergeRound(st.base, b.suite);
            st.head = mergeRound(st.head, h.suite);
            st.rounds++;
        }
    }
    return { selection, plan, gate, ...decide(states, out, costCapHit, selection, gate, design, input.failOn) };
}


/***/ }),

/***/ 3447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ answerText)
/* harmony export */ });
/* unused harmony export toolCallLine */
function toolCallLine(c) {
    const args = c.argumentsValid ? JSON.stringify(c.arguments) : String(c.arguments);
    return `→ tool call ${c.name}(${args})`;
}
function answerText(s) {
    if (!s.toolCalls?.length)
        return s.output;
    const lines = s.toolCalls.map(toolCallLine);
    return s.output ? `${s.output}\n${lines.join('\n')}` : lines.join('\n');
}


/***/ }),

/***/ 8430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ isShardFile),
/* harmony export */   a9: () => (/* binding */ toShardFile)
/* harmony export */ });
/* unused harmony exports SHARD_FILE_KIND, SHARD_FILE_VERSION */
const SHARD_FILE_KIND = 'evalgate-gate-shard';
const SHARD_FILE_VERSION = 1;
function toShardFile(i) {
    const f = {
        kind: SHARD_FILE_KIND,
        version: SHARD_FILE_VERSION,
        shard: i.shard,
        configPath: i.configPath,
        replay: i.replay,
        gate: i.gate,
        selection: i.selection,
        costCapHit: i.costCapHit,
        caseIndex: i.jobs,
        base: i.base,
        head: i.head,
    };
    if (i.baseSha !== undefined)
        f.baseSha = i.baseSha;
    if (i.headSha !== undefined)
        f.headSha = i.headSha;
    return f;
}
/** Whether a parsed JSON document is a shard file (of a version this build reads). */
function isShardFile(x) {
    const f = x;
    return typeof f === 'object' && f !== null && f.kind === SHARD_FILE_KIND && f.version === SHARD_FILE_VERSION && Array.isArray(f.caseIndex) && typeof f.shard === 'object';
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   Zj: () => (/* binding */ ShardError),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   x7: () => (/* binding */ shardJobs)
/* harmony export */ });
/* unused harmony export shardOf */
class ShardError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShardError';
    }
}
/** "2/3" → { index: 2, total: 3 }; at most 256 shards (far beyond a matrix's sensible width). */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!m)
        throw new ShardError(`expected i/n (e.g. 2/3), got "${text}"`);
    const index = Number(m[1]);
    const total = Number(m[2]);
    if (total < 1 || total > 256)
        throw new ShardError(`the number of shards must be 1..256, got ${total}`);
    if (index < 1 || index > total)
        throw new ShardError(`the shard index must be 1..${total}, got ${index}`);
    return { index, total };
}
function shardLabel(s) {
    return `${s.index}/${s.total}`;
}
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** The 1-based shard a case belongs to among `total`. */
function shardOf(suite, caseId, total) {
    return (fnv1a(`${suite}\u0000${caseId}`) % total) + 1;
}
/** Keeps each job's cases of the shard; a job whose cases all fall elsewhere stays, with no cases. */
function shardJobs(jobs, shard) {
    return jobs.map((job) => {
        const caseIndex = [];
        const cases = job.suite.cases.filter((c, i) => {
            const mine = shardOf(job.suite.name, c.id, shard.total) === shard.index;
            if (mine)
                caseIndex.push(i);
            return mine;
        });
        return { job: { ...job, suite: { ...job.suite, cases } }, caseIndex };
    });
}


/***/ }),

/***/ 382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   w_: () => (/* binding */ tCdf)
/* harmony export */ });
/* unused harmony export incompleteBeta */
// Student's t distribution (CDF and quantile), hand-written because no installed package has it.
// Accuracy target: ~1e-10 on the CDF, which is far beyond what a gate decision needs.
const LANCZOS = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = 0.99999999999980993;
    const t = z + 7.5;
    for (let i = 0; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i + 1);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the incomplete beta (modified Lentz). */
function betaContinuedFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 500; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
    const front = Math.exp(lnFront);
    // Use the symmetry relation where the continued fraction converges fast.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(x, a, b)) / a;
    return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
/** P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0). */
function tCdf(t, df) {
    if (!(df > 0))
        throw new RangeError(`tCdf: df must be > 0, got ${df}`);
    if (Number.isNaN(t))
        return Number.NaN;
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
const quantiles = new Map();
/** The q-quantile of Student's t (0 < q < 1), memoized: a gate asks the same few quantiles at every look. */
function tQuantile(q, df) {
    const key = `${q}|${df}`;
    let x = quantiles.get(key);
    if (x === undefined) {
        x = tQuantileUncached(q, df);
        if (quantiles.size < 10_000)
            quantiles.set(key, x);
    }
    return x;
}
/** Bisection on the monotone CDF, bracketed generously. */
function tQuantileUncached(q, df) {
    if (!(q > 0 && q < 1))
        throw new RangeError(`tQuantile: q must be in (0,1), got ${q}`);
    if (q === 0.5)
        return 0;
    if (q < 0.5)
        return -tQuantileUncached(1 - q, df);
    let lo = 0;
    let hi = 1;
    while (tCdf(hi, df) < q) {
        lo = hi;
        hi *= 2;
        if (hi > 1e12)
            return hi;
    }
    for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
        const mid = (lo + hi) / 2;
        if (tCdf(mid, df) < q)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}


/***/ })

};
