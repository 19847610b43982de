export const id = 2;
export const ids = [2];
export const modules = {

/***/ 7002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRunMode: () => (/* binding */ runRunMode)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8386);
/* harmony import */ var _core_compare_verdict_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9586);
/* harmony import */ var _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4350);
/* harmony import */ var _core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8698);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9863);
/* harmony import */ var _cli_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1253);
/* harmony import */ var _cli_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2973);
/* harmony import */ var _gate_flow_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5607);
/* harmony import */ var _report_out_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7602);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3729);
// `push` (or mode: run): evaluate the selected suites (the `suites` input, else all) on the checked-out
// ref and report in the job summary. Verdicts are head-only: `below-min` under gate.minScore, else pass.











async function runRunMode(m) {
    const { io } = m.deps;
    const git = m.deps.createGit(m.workDir);
    const repoRoot = await git.toplevel().catch(() => m.ctx.workspace);
    const scorers = (0,_cli_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .buildScorerRegistry */ ._c)();
    const config = await (0,_adapters_config_loader_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(m.configPath, { env: m.env, scorers, repoRoot });
    if (m.inputs.cacheDir)
        config.cache.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, m.inputs.cacheDir);
    const known = new Set(config.suites.map((s) => s.name));
    const unknown = m.inputs.suites.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        io.setFailed(`evalgate: input "suites": unknown suite ${unknown.join(', ')} (suites: ${[...known].join(', ')})`);
        return;
    }
    const wanted = m.inputs.suites.length > 0 ? new Set(m.inputs.suites) : known;
    const suites = config.suites.filter((s) => wanted.has(s.name));
    const runtime = (0,_cli_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .buildRuntime */ .NC)({
        config,
        env: m.env,
        plan: { mode: 'use', store: 'cache' },
        scorers,
        warn: (msg) => io.warning(msg),
        tracePath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(m.outDir, 'trace.jsonl'),
        ...(m.deps.model ? { model: m.deps.model } : {}),
    });
    const runId = (0,_cli_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)();
    const startedAt = new Date().toISOString();
    let out;
    try {
        out = await (m.deps.engine ?? _core_engine_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEval */ .w)(suites.map((suite) => ({ label: 'head', suite })), {
            runId,
            toolVersion: _cli_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
            ...runtime.options,
            ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
            ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
            ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
        }, runtime.deps);
    }
    finally {
        await runtime.close();
    }
    const head = (0,_core_engine_run_result_js__WEBPACK_IMPORTED_MODULE_9__/* .toRunResult */ .k)(out, 'head', { runId, toolVersion: _cli_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x, startedAt, finishedAt: new Date().toISOString(), ...(m.ctx.sha ? { commit: m.ctx.sha } : {}) });
    const report = (0,_core_compare_verdict_js__WEBPACK_IMPORTED_MODULE_10__/* .buildGateReport */ .ow)(head.suites.map((h) => ({ head: h })), config.gate, config.suites.filter((s) => !wanted.has(s.name)).map((s) => s.name), out.costCapHit);
    const reportPath = await (0,_report_out_js__WEBPACK_IMPORTED_MODULE_7__/* .writeReports */ .Li)(m, undefined, head, report);
    await io.appendSummary((0,_render_js__WEBPACK_IMPORTED_MODULE_8__/* .renderGateSummary */ .oU)(report, { ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}), headSha: m.ctx.sha }));
    (0,_report_out_js__WEBPACK_IMPORTED_MODULE_7__/* .annotateFailures */ .o)(io, report, m.inputs.failOn, (p) => (0,_gate_flow_js__WEBPACK_IMPORTED_MODULE_6__/* .toRepoPath */ .xD)(repoRoot, p) ?? p);
    (0,_report_out_js__WEBPACK_IMPORTED_MODULE_7__/* .setGateOutputs */ .mT)(io, report, reportPath, '');
    if ((0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .shouldFail */ .W9)([report.verdict, ...report.suites.map((s) => s.verdict)], m.inputs.failOn)) {
        io.setFailed(`evalgate: ${report.suites.filter((s) => (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .shouldFail */ .W9)([s.verdict], m.inputs.failOn)).map((s) => `${s.suite} (${s.reason})`).join('; ') || report.verdict}`);
    }
}


/***/ })

};
