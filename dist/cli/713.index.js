export const id = 713;
export const ids = [713];
export const modules = {

/***/ 6856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 9 modules
var gate = __webpack_require__(3832);
// EXTERNAL MODULE: ./lib/src/core/shard/partial.js
var partial = __webpack_require__(8430);
// EXTERNAL MODULE: ./lib/src/core/util/canonical-json.js
var canonical_json = __webpack_require__(2090);
// EXTERNAL MODULE: ./lib/src/core/engine/aggregate.js + 1 modules
var aggregate = __webpack_require__(622);
// EXTERNAL MODULE: ./lib/src/core/engine/run-result.js + 1 modules
var run_result = __webpack_require__(8698);
// EXTERNAL MODULE: ./lib/src/core/shard/shard.js
var shard = __webpack_require__(9347);
;// CONCATENATED MODULE: ./lib/src/core/shard/merge.js
// Merges the partial results of a sharded gate into the results one unsharded run would have produced:
// each suite's cases back in config order, aggregates recomputed over the union (core/engine/aggregate),
// served models and fingerprints united. The verdicts are then computed by the gate's own comparison
// (judgeGate) on this union, never by combining per-shard verdicts.




function same(files, what, get) {
    const first = get(files[0]);
    const key = (0,canonical_json/* canonicalJson */.d)(first ?? null);
    for (const f of files.slice(1)) {
        if ((0,canonical_json/* canonicalJson */.d)(get(f) ?? null) !== key) {
            throw new shard/* ShardError */.Zj(`the shard files disagree on ${what} (shard ${files[0].shard.index}/${files[0].shard.total} vs ${f.shard.index}/${f.shard.total}): were they produced by the same workflow run?`);
        }
    }
    return first;
}
function checkComplete(files) {
    const total = same(files, 'the number of shards', (f) => f.shard.total);
    const seen = new Set();
    for (const f of files) {
        if (seen.has(f.shard.index))
            throw new shard/* ShardError */.Zj(`shard ${f.shard.index}/${total} is given twice`);
        seen.add(f.shard.index);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0) {
        throw new shard/* ShardError */.Zj(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${total}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: a verdict on part of the cases would not be the gate's verdict`);
    }
    return total;
}
function mergeSuite(parts) {
    const first = parts[0].suite;
    const indexed = [];
    const served = new Set();
    const fingerprints = new Set();
    let redactions;
    for (const p of parts) {
        if (p.index.length !== p.suite.cases.length)
            throw new shard/* ShardError */.Zj(`shard file of suite "${first.name}" is inconsistent (case index and cases differ in length)`);
        p.suite.cases.forEach((c, k) => indexed.push({ i: p.index[k], c }));
        for (const m of p.suite.servedModels)
            served.add(m);
        for (const f of p.suite.systemFingerprints)
            fingerprints.add(f);
        if (p.suite.redactions !== undefined)
            redactions = (redactions ?? 0) + p.suite.redactions;
    }
    indexed.sort((a, b) => a.i - b.i);
    for (let k = 1; k < indexed.length; k++) {
        if (indexed[k].i === indexed[k - 1].i)
            throw new shard/* ShardError */.Zj(`suite "${first.name}": case "${indexed[k].c.id}" is in two shards`);
    }
    const cases = indexed.map((x) => x.c);
    const { cases: _c, aggregates: _a, redactions: _r, ...meta } = first;
    const suite = {
        ...meta,
        servedModels: [...served].sort(),
        systemFingerprints: [...fingerprints].sort(),
        cases,
        aggregates: (0,aggregate/* aggregateSuite */.K)(cases, first.traffic),
    };
    if (redactions !== undefined)
        suite.redactions = redactions;
    return suite;
}
function mergeShardFiles(files) {
    if (files.length === 0)
        throw new shard/* ShardError */.Zj('no shard files to merge');
    const total = checkComplete(files);
    const configPath = same(files, 'the config path', (f) => f.configPath);
    const baseSha = same(files, 'the base commit', (f) => f.baseSha);
    const headSha = same(files, 'the head commit', (f) => f.headSha);
    const selection = same(files, 'the suites selected', (f) => f.selection);
    const gate = same(files, 'the gate rules', (f) => f.gate);
    same(files, 'the suites evaluated', (f) => f.caseIndex.map((j) => `${j.label}:${j.suite}`));
    // Job order (labels and suites interleaved as the run had them) comes from the first shard.
    const results = files[0].caseIndex.map((job) => {
        const parts = files.map((f) => {
            const run = job.label === 'base' ? f.base : f.head;
            const suite = run.suites.find((s) => s.name === job.suite);
            const entry = f.caseIndex.find((j) => j.label === job.label && j.suite === job.suite);
            if (!suite || !entry)
                throw new shard/* ShardError */.Zj(`shard ${f.shard.index}/${total} has no ${job.label} results for suite "${job.suite}"`);
            return { suite, index: entry.index };
        });
        return { label: job.label, suite: mergeSuite(parts) };
    });
    const costCapHit = files.some((f) => f.costCapHit);
    const out = { results, costCapHit };
    const times = (pick, dir) => files.map((f) => [pick(f.base), pick(f.head)]).flat().sort((a, b) => dir * a.localeCompare(b))[0];
    const first = files[0];
    const meta = (commit) => ({
        runId: first.head.runId,
        toolVersion: first.head.tool.version,
        startedAt: times((r) => r.startedAt, 1),
        finishedAt: times((r) => r.finishedAt, -1),
        configPath,
        ...(commit !== undefined ? { commit } : {}),
    });
    const merged = {
        total,
        configPath,
        replay: files.some((f) => f.replay),
        gate,
        selection,
        out,
        baseRun: (0,run_result/* toRunResult */.k)(out, 'base', meta(baseSha)),
        headRun: (0,run_result/* toRunResult */.k)(out, 'head', meta(headSha)),
    };
    if (baseSha !== undefined)
        merged.baseSha = baseSha;
    if (headSha !== undefined)
        merged.headSha = headSha;
    return merged;
}

// EXTERNAL MODULE: ./lib/src/app/gate/flow.js
var flow = __webpack_require__(5242);
;// CONCATENATED MODULE: ./lib/src/app/merge/flow.js
// `mode: merge` and `evalgate merge`: reads the partial results of a sharded gate (files, or folders
// searched for them, e.g. where actions/download-artifact put the matrix's artifacts), merges them
// (core/shard/merge) and judges the union with the gate's own comparison (core/gate judgeGate).







const SHARD_FILE = /^evalgate-shard-\d+-of-\d+\.json$/;
async function expand(path) {
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    if (!st)
        throw new shard/* ShardError */.Zj(`${path}: no such file or folder`);
    if (!st.isDirectory())
        return [path];
    const found = [];
    for (const e of await (0,promises_.readdir)(path, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(path, e.name);
        if (e.isDirectory())
            found.push(...(await expand(p)));
        else if (SHARD_FILE.test(e.name))
            found.push(p);
    }
    return found;
}
async function readShard(path) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (e) {
        throw new shard/* ShardError */.Zj(`${path}: not a readable JSON file (${e.message})`);
    }
    if (!(0,partial/* isShardFile */.HD)(parsed))
        throw new shard/* ShardError */.Zj(`${path}: not an evalgate shard file (written by \`evalgate gate --shard i/n\` or the action's shard input)`);
    return parsed;
}
async function runMergeFlow(input) {
    const paths = [...new Set((await Promise.all(input.paths.map(expand))).flat())];
    if (paths.length === 0)
        throw new shard/* ShardError */.Zj(`no shard files (evalgate-shard-I-of-N.json) found in ${input.paths.join(', ')}`);
    const read = await Promise.all(paths.map(async (p) => ({ path: p, file: await readShard(p) })));
    read.sort((a, b) => a.file.shard.index - b.file.shard.index);
    const merged = mergeShardFiles(read.map((r) => r.file));
    const judged = (0,gate/* judgeGate */.$U)(merged.out, merged.selection, merged.gate, input.failOn);
    const breaches = (0,flow/* outageOf */.nu)({ gate: merged.gate, report: judged.report }, merged.replay);
    return {
        breaches,
        fail: judged.fail || (input.failOn !== 'never' && breaches.length > 0),
        outcome: { ...judged, selection: merged.selection },
        merged,
        baseRun: merged.baseRun,
        headRun: merged.headRun,
        configFile: merged.configPath,
        files: read.map((r) => r.path),
    };
}

// EXTERNAL MODULE: ./lib/src/app/gate/render.js + 8 modules
var render = __webpack_require__(4746);
// EXTERNAL MODULE: ./lib/src/cli/args.js
var args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
;// CONCATENATED MODULE: ./lib/src/cli/commands/merge.js
// `evalgate merge FILES…`: judges the union of a sharded gate's partial results (from `evalgate gate
// --shard I/N`) as one gate run would, prints the comment and exits like `evalgate gate`.








const MERGE_USAGE = `Usage: evalgate merge FILE_OR_FOLDER... [options]

Merges the partial results of \`evalgate gate --shard I/N\` (all N shards; folders are searched for
evalgate-shard-I-of-N.json), recomputes the statistics over the union and prints the comment the gate
would post. Exit codes as \`evalgate gate\`: 1 when the gate fails under --fail-on, 4 when too many
requests failed to judge (gate.maxErrorRate).

Options:
  --markdown FILE      also write the comment to FILE
  --json FILE          write the comparison (GateReport) as JSON
  --fail-on MODE       regression (default) | any | never
  -h, --help           show this help
`;
const mergeCommand = async (argv, io) => {
    try {
        const { values, positionals } = (0,args/* parseCommandArgs */.Qx)(argv, {
            markdown: { type: 'string' },
            json: { type: 'string' },
            'fail-on': { type: 'string', default: 'regression' },
            help: { type: 'boolean', short: 'h', default: false },
        }, true);
        if (values.help) {
            io.stdout(MERGE_USAGE);
            return 0;
        }
        if (positionals.length === 0)
            throw new args/* UsageError */.eb('name the shard files (or the folder holding them), e.g. evalgate merge shards/');
        const failOn = values['fail-on'];
        if (!gate/* FAIL_ON_VALUES */.Qm.includes(failOn))
            throw new args/* UsageError */.eb(`--fail-on must be one of ${gate/* FAIL_ON_VALUES */.Qm.join(', ')}, got "${values['fail-on']}"`);
        const flow = await runMergeFlow({ paths: positionals.map((p) => (0,external_node_path_.resolve)(io.cwd, p)), failOn });
        io.stderr(`merged ${flow.files.length} shards of ${flow.configFile}\n`);
        const { merged } = flow;
        const fullReportAt = values.json ? `the JSON report (${values.json})` : 'the JSON report (run again with `--json FILE`)';
        const comment = (0,render/* renderComment */.wQ)(flow.outcome.report, {
            ...(merged.baseSha ? { baseSha: merged.baseSha } : {}),
            ...(merged.headSha ? { headSha: merged.headSha } : {}),
            reasons: merged.selection.reasons,
            fullReportAt,
        });
        io.stdout(`${comment}\n`);
        if (values.markdown)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.markdown), `${comment}\n`, { makeDir: true });
        if (values.json)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.json), `${JSON.stringify({ ...flow.outcome.report, selection: merged.selection }, null, 2)}\n`, { makeDir: true });
        if (flow.breaches.length > 0)
            io.stderr(`evalgate merge: ${(0,error_rate/* outageMessage */.bv)(flow.breaches)}\n`);
        return flow.outcome.fail ? 1 : flow.fail ? report_error/* EXIT */.d.inconclusive : 0;
    }
    catch (err) {
        return (0,report_error/* reportError */.N)(err, io, 'merge');
    }
};


/***/ })

};
