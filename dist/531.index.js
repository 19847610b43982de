export const id = 531;
export const ids = [531];
export const modules = {

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRunMode: () => (/* binding */ runRunMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 17 modules
var loader = __webpack_require__(9757);
// EXTERNAL MODULE: ./lib/src/core/gate/report.js
var gate_report = __webpack_require__(2314);
// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 14 modules
var engine = __webpack_require__(4835);
// EXTERNAL MODULE: ./lib/src/core/engine/run-result.js + 1 modules
var run_result = __webpack_require__(8698);
// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 3 modules
var gate = __webpack_require__(6310);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var app_runtime = __webpack_require__(697);
// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
// EXTERNAL MODULE: ./lib/src/app/gate/flow.js
var flow = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/src/core/gate/select.js
var gate_select = __webpack_require__(3492);
;// CONCATENATED MODULE: ./lib/src/action/push-select.js

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{7,64}$/i;
/** before/after of a push payload; undefined for other payloads (or values that are not commit ids). */
function pushRangeOf(payload) {
    const { before, after } = payload;
    if (typeof before !== 'string' || typeof after !== 'string' || !SHA.test(before) || !SHA.test(after))
        return undefined;
    return { before, after };
}
const push_select_short = (sha) => sha.slice(0, 7);
async function selectForPush(input) {
    const { head, range, git } = input;
    const all = (why) => ({
        selected: head.suites.map((s) => s.name),
        unselected: [],
        reasons: Object.fromEntries(head.suites.map((s) => [s.name, why])),
        basis: `Every suite runs: ${why}.`,
    });
    if (ZERO_SHA.test(range.before))
        return all('the push created the branch or tag, so there is no earlier commit to compare with');
    if (ZERO_SHA.test(range.after))
        return all('the push deleted the ref, so there is no pushed commit to compare');
    if (!(await git.ensureCommit(range.before).catch(() => false))) {
        return all(`the previous commit ${push_select_short(range.before)} is not available to git (force push or shallow clone), so the changed files are unknown`);
    }
    // The checkout normally is `after`; if that commit is somehow absent, the work tree stands in for it.
    const afterRef = (await git.ensureCommit(range.after).catch(() => false)) ? range.after : undefined;
    let changed;
    let before;
    try {
        changed = await git.diffNames(range.before, afterRef);
    }
    catch (e) {
        return all(`git diff ${push_select_short(range.before)}..${push_select_short(range.after)} failed (${e.message})`);
    }
    try {
        before = await input.loadBefore(range.before);
    }
    catch (e) {
        return all(`the config at ${push_select_short(range.before)} does not load (${e.message}), so changed settings cannot be told apart`);
    }
    const sel = (0,gate_select/* selectSuites */.o)({ head, ...(before ? { base: before } : {}), changedFiles: changed });
    const chosen = new Set([...sel.compared, ...sel.added]);
    const n = changed.length;
    return {
        selected: head.suites.filter((s) => chosen.has(s.name)).map((s) => s.name),
        unselected: sel.unselected,
        reasons: sel.reasons,
        basis: `Suites selected by what the push changed: \`${push_select_short(range.before)}..${push_select_short(range.after)}\`, ${n} file${n === 1 ? '' : 's'} changed.`,
    };
}

// EXTERNAL MODULE: ./lib/src/action/report-out.js + 5 modules
var report_out = __webpack_require__(8724);
// EXTERNAL MODULE: ./lib/src/app/gate/render.js + 6 modules
var render = __webpack_require__(8587);
;// CONCATENATED MODULE: ./lib/src/action/run-mode.js
// `push` (or mode: run): evaluate the selected suites on the checked-out ref and report in the job
// summary. Selection: the `suites` input; else, on a push whose payload has before/after, the suites the
// pushed commits affect (push-select.ts); else all. Verdicts are head-only: `below-min` under
// gate.minScore, else pass.













async function runRunMode(m) {
    const { io } = m.deps;
    const git = m.deps.createGit(m.workDir);
    const repoRoot = await git.toplevel().catch(() => m.ctx.workspace);
    const scorers = (0,app_runtime/* buildScorerRegistry */._c)();
    const config = await (0,loader/* loadConfig */.Z)(m.configPath, { env: m.env, scorers, repoRoot });
    if (m.inputs.cacheDir)
        config.cache.dir = (0,external_node_path_.join)(repoRoot, m.inputs.cacheDir);
    const known = new Set(config.suites.map((s) => s.name));
    const unknown = m.inputs.suites.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        io.setFailed(`evalgate: input "suites": unknown suite ${unknown.join(', ')} (suites: ${[...known].join(', ')})`);
        return;
    }
    const picked = await pickSuites(m, config, git, repoRoot, scorers);
    const wanted = new Set(picked.names);
    const suites = config.suites.filter((s) => wanted.has(s.name));
    if (picked.basis)
        io.info(`evalgate: ${picked.basis}`);
    const runtime = (0,app_runtime/* buildRuntime */.NC)({
        config,
        env: m.env,
        plan: { mode: 'use', store: 'cache' },
        scorers,
        warn: (msg) => io.warning(msg),
        mask: (secret) => io.setSecret(secret),
        tracePath: (0,external_node_path_.join)(m.outDir, 'trace.jsonl'),
        ...(m.deps.model ? { model: m.deps.model } : {}),
    });
    const runId = (0,app_runtime/* newRunId */.F$)();
    const startedAt = new Date().toISOString();
    let out = { results: [], costCapHit: false };
    try {
        // A push that affects no suite sends nothing (the summary lists the suites as not evaluated).
        if (suites.length > 0) {
            out = await (m.deps.engine ?? engine/* runEval */.w)(suites.map((suite) => ({ label: 'head', suite })), {
                runId,
                toolVersion: version/* VERSION */.x,
                ...runtime.options,
                ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
                ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
                ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
            }, runtime.deps);
        }
    }
    finally {
        await runtime.close();
    }
    const head = (0,run_result/* toRunResult */.k)(out, 'head', { runId, toolVersion: version/* VERSION */.x, startedAt, finishedAt: new Date().toISOString(), ...(m.ctx.sha ? { commit: m.ctx.sha } : {}) });
    const report = (0,gate_report/* buildGateReport */.o)(head.suites.map((h) => ({ head: h })), config.gate, config.suites.filter((s) => !wanted.has(s.name)).map((s) => s.name), out.costCapHit);
    const files = await (0,report_out/* writeReports */.Li)(m, { head, gate: report, headSha: m.ctx.sha, runUrl: m.ctx.runUrl });
    await io.appendSummary((0,render/* renderGateSummary */.oU)(report, {
        ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
        headSha: m.ctx.sha,
        ...(picked.reasons ? { reasons: picked.reasons } : {}),
        ...(picked.basis ? { notes: [picked.basis] } : {}),
    }));
    (0,report_out/* annotateFailures */.o)(io, report, m.inputs.failOn, (p) => (0,flow/* toRepoPath */.xD)(repoRoot, p) ?? p);
    (0,report_out/* setGateOutputs */.mT)(io, report, files, '');
    const problems = [];
    if ((0,gate/* shouldFail */.W9)([report.verdict, ...report.suites.map((s) => s.verdict)], m.inputs.failOn)) {
        problems.push(report.suites.filter((s) => (0,gate/* shouldFail */.W9)([s.verdict], m.inputs.failOn)).map((s) => `${s.suite} (${s.reason})`).join('; ') || report.verdict);
    }
    // A model outage is not a pass: the step fails unless fail-on is never.
    const breaches = head.suites.map((s) => (0,error_rate/* errorRateBreach */.MG)(s, config.gate.maxErrorRate, 'head')).filter((b) => b !== undefined);
    if (m.inputs.failOn !== 'never' && breaches.length > 0)
        problems.push((0,error_rate/* outageMessage */.bv)(breaches));
    if (problems.length > 0)
        io.setFailed(`evalgate: ${problems.join('; ')}`);
}
async function pickSuites(m, config, git, repoRoot, scorers) {
    if (m.inputs.suites.length > 0) {
        return { names: m.inputs.suites, reasons: Object.fromEntries(m.inputs.suites.map((n) => [n, 'named in the `suites` input'])) };
    }
    const range = m.ctx.eventName === 'push' ? pushRangeOf(m.ctx.payload) : undefined;
    if (!range)
        return { names: config.suites.map((s) => s.name) };
    const sel = await selectForPush({
        head: config,
        range,
        git,
        loadBefore: async (sha) => {
            try {
                return await (0,loader/* loadConfigFromFiles */.g)(m.configPath, (0,flow/* baseFileSource */.fw)({ repoRoot, baseSha: sha, git }, true), { env: m.env, scorers, repoRoot });
            }
            catch (e) {
                // No config at the previous commit: every suite is new to this push (selectSuites says so).
                if (e.name === 'ConfigError' && /config file not found/.test(e.message))
                    return undefined;
                throw e;
            }
        },
    });
    return { names: sel.selected, reasons: sel.reasons, basis: sel.basis };
}


/***/ })

};
