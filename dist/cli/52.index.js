export const id = 52;
export const ids = [52];
export const modules = {

/***/ 7052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/adapters/git/git.js
// Git through child_process.execFile (no shell, so refs and paths are never interpreted): base-version
// reads for the PR gate, fetching the base commit into shallow clones, and changed files for the local gate.

class GitError extends Error {
    args;
    stderr;
    constructor(message, args, stderr) {
        super(message);
        this.args = args;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
const MAX_BUFFER = 64 * 1024 * 1024;
function createGit(cwd, opts = {}) {
    const bin = opts.gitBinary ?? 'git';
    const runAs = (args, encoding) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(bin, args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
            if (err)
                reject(new GitError(`git ${args[0]} failed: ${(stderr.toString() || err.message).trim()}`, args, stderr.toString()));
            else
                resolve(stdout.toString(encoding));
        });
    });
    const run = (args) => runAs(args, 'utf8');
    const hasCommit = async (sha) => {
        try {
            await run(['cat-file', '-e', `${sha}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    };
    const show = async (sha, path, encoding) => {
        // `git show sha:path` fails both for a missing path and a missing commit; tell them apart.
        try {
            return await runAs(['show', `${sha}:${path.replace(/^\.\//, '')}`], encoding);
        }
        catch (e) {
            if (!(await hasCommit(sha)))
                throw e;
            return undefined;
        }
    };
    return {
        show: (sha, path) => show(sha, path, 'utf8'),
        showBase64: (sha, path) => show(sha, path, 'base64'),
        async ensureCommit(sha) {
            if (await hasCommit(sha))
                return true;
            opts.log?.(`base commit ${sha.slice(0, 12)} is not in this clone; fetching it from origin`);
            try {
                await run(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
            }
            catch (e) {
                opts.log?.(`could not fetch ${sha.slice(0, 12)}: ${e.message}`);
                return false;
            }
            return hasCommit(sha);
        },
        async diffNames(base, head) {
            const out = await run(['diff', '--name-status', '-z', '--no-renames', base, ...(head ? [head] : []), '--']);
            // -z output: STATUS\0PATH\0 pairs (with --no-renames there are no two-path entries).
            const parts = out.split('\0').filter((s) => s.length > 0);
            const names = new Set();
            for (let i = 0; i + 1 < parts.length; i += 2)
                names.add(parts[i + 1]);
            if (!head) {
                const untracked = await run(['ls-files', '-z', '--full-name', '--others', '--exclude-standard']);
                for (const f of untracked.split('\0'))
                    if (f)
                        names.add(f);
            }
            return [...names];
        },
        async revParse(ref) {
            return (await run(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).trim();
        },
        async mergeBase(a, b) {
            return (await run(['merge-base', a, b])).trim();
        },
        async toplevel() {
            return (await run(['rev-parse', '--show-toplevel'])).trim();
        },
    };
}

// EXTERNAL MODULE: ./lib/src/core/config/defaults.js
var defaults = __webpack_require__(4717);
// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 9 modules
var gate = __webpack_require__(3832);
// EXTERNAL MODULE: ./lib/src/app/gate/flow.js
var gate_flow = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/src/app/gate/render.js + 8 modules
var render = __webpack_require__(4746);
// EXTERNAL MODULE: ./lib/src/core/shard/partial.js
var partial = __webpack_require__(8430);
;// CONCATENATED MODULE: ./lib/src/app/gate/shard-file.js

/** File name of a shard's partial result: one per shard, so artifacts of a matrix never collide. */
function shardFileName(shard) {
    return `evalgate-shard-${shard.index}-of-${shard.total}.json`;
}
function shardFileOf(flow, shard, opts) {
    const { outcome } = flow;
    const index = outcome.caseIndex ?? outcome.plan.jobs.map((j) => j.suite.cases.map((_, i) => i));
    return (0,partial/* toShardFile */.a9)({
        shard,
        configPath: flow.configFile,
        ...(opts.baseSha !== undefined ? { baseSha: opts.baseSha } : {}),
        ...(opts.headSha !== undefined ? { headSha: opts.headSha } : {}),
        replay: opts.replay,
        gate: outcome.gate,
        selection: outcome.selection,
        costCapHit: outcome.report.costCapHit,
        jobs: outcome.plan.jobs.map((j, k) => ({ label: j.label, suite: j.suite.name, index: index[k] ?? [] })),
        base: flow.baseRun,
        head: flow.headRun,
    });
}

// EXTERNAL MODULE: ./lib/src/core/shard/shard.js
var shard_shard = __webpack_require__(9347);
// EXTERNAL MODULE: ./lib/src/cli/args.js
var args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
;// CONCATENATED MODULE: ./lib/src/cli/commands/gate.js
// `evalgate gate --base <ref>`: the PR gate on a local repository. Head is the working tree (uncommitted
// edits included), base is the merge base of <ref> and HEAD (what a PR against <ref> would diff
// against). Prints the comment the action would post; exit 1 when the gate fails under --fail-on, 4 when
// too many requests failed to judge (gate.maxErrorRate; not with --fail-on never).












const GATE_USAGE = `Usage: evalgate gate --base <git-ref> [options]

Compares the working tree with <git-ref> as the PR gate does and prints the comment it would post.
Exit code: 0 pass, 1 the gate fails under --fail-on, 2 config or usage error, 3 internal error,
4 more than gate.maxErrorRate of a suite's requests failed (not with --fail-on never).

Options:
  --base REF           branch, tag or commit to compare against (required), e.g. origin/main
  --config FILE        config file (default evalgate.yml)
  --markdown FILE      also write the comment to FILE
  --json FILE          write the comparison (GateReport) as JSON
  --repeat N           samples per case on both sides
  --concurrency N      requests in flight per provider
  --max-cost USD       stop sending requests once the run cost reaches USD
  --fail-on MODE       regression (default) | any | never
  --replay             answer only from the config's recordings
  --shard I/N          evaluate only shard I of N of the cases and write a partial result for
                       \`evalgate merge\` (no comment, exit 0 unless something broke)
  --shard-out FILE     where to write it (default evalgate-shard-I-of-N.json)
  -h, --help           show this help
`;
const gateCommand = async (argv, io) => {
    try {
        const { values } = (0,args/* parseCommandArgs */.Qx)(argv, {
            base: { type: 'string' },
            config: { type: 'string', default: defaults/* DEFAULT_CONFIG_FILE */.Cu },
            markdown: { type: 'string' },
            json: { type: 'string' },
            repeat: { type: 'string' },
            concurrency: { type: 'string' },
            'max-cost': { type: 'string' },
            'fail-on': { type: 'string', default: 'regression' },
            replay: { type: 'boolean', default: false },
            shard: { type: 'string' },
            'shard-out': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.stdout(GATE_USAGE);
            return 0;
        }
        if (!values.base)
            throw new args/* UsageError */.eb('--base <git-ref> is required (e.g. --base origin/main)');
        const failOn = values['fail-on'];
        if (!gate/* FAIL_ON_VALUES */.Qm.includes(failOn))
            throw new args/* UsageError */.eb(`--fail-on must be one of ${gate/* FAIL_ON_VALUES */.Qm.join(', ')}, got "${values['fail-on']}"`);
        const repeat = (0,args/* positiveInt */.NJ)('repeat', values.repeat);
        const concurrency = (0,args/* positiveInt */.NJ)('concurrency', values.concurrency);
        const maxCostUsd = (0,args/* nonNegativeNumber */.Wf)('max-cost', values['max-cost']);
        let shard;
        try {
            shard = values.shard === undefined ? undefined : (0,shard_shard/* parseShard */.uK)(values.shard);
        }
        catch (e) {
            throw new args/* UsageError */.eb(`--shard: ${e.message}`);
        }
        if (values['shard-out'] !== undefined && !shard)
            throw new args/* UsageError */.eb('--shard-out needs --shard I/N');
        const git = createGit(io.cwd, { log: (m) => io.stderr(`${m}\n`) });
        let repoRoot;
        let baseSha;
        try {
            repoRoot = await git.toplevel();
            baseSha = await git.mergeBase(await git.revParse(values.base), 'HEAD');
        }
        catch (e) {
            throw new args/* UsageError */.eb(`cannot resolve --base ${values.base}: ${e.message}`);
        }
        const headCommit = await git.revParse('HEAD').catch(() => undefined);
        // Head is the working tree: with uncommitted edits it is not HEAD's commit, so no sha is claimed for it.
        const dirty = headCommit === undefined || (await git.diffNames(headCommit)).length > 0;
        const headSha = dirty ? undefined : headCommit;
        const changedFiles = await git.diffNames(baseSha);
        const flow = await (0,gate_flow/* runGateFlow */.N0)({
            repoRoot,
            configPath: (0,external_node_path_.resolve)(io.cwd, values.config),
            baseSha,
            ...(headSha ? { headSha } : {}),
            changedFiles,
            env: io.env,
            git,
            failOn,
            ...(repeat !== undefined ? { repeat } : {}),
            ...(concurrency !== undefined ? { concurrency } : {}),
            ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
            replay: values.replay,
            ...(shard ? { shard } : {}),
            warn: (m) => io.stderr(`warning: ${m}\n`),
            info: (m) => io.stderr(`${m}\n`),
        });
        if (shard) {
            const out = (0,external_node_path_.resolve)(io.cwd, values['shard-out'] ?? shardFileName(shard));
            await (0,atomic_write/* writeFileAtomic */.Z)(out, JSON.stringify(shardFileOf(flow, shard, { baseSha, ...(headSha ? { headSha } : {}), replay: values.replay })), { makeDir: true });
            io.stderr(`shard ${(0,shard_shard/* shardLabel */.$_)(shard)}: ${flow.baseRun.totals.samples + flow.headRun.totals.samples} samples written to ${out}; merge all shards with \`evalgate merge\`\n`);
            return 0;
        }
        // Locally there is no job summary: what the comment leaves out is in the --json report.
        const fullReportAt = values.json ? `the JSON report (${values.json})` : 'the JSON report (run again with `--json FILE`)';
        const comment = (0,render/* renderComment */.wQ)(flow.outcome.report, {
            baseSha,
            ...(headSha ? { headSha } : { headLabel: 'working tree' }),
            reasons: flow.outcome.selection.reasons,
            fullReportAt,
        });
        io.stdout(`${comment}\n`);
        if (values.markdown)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.markdown), `${comment}\n`, { makeDir: true });
        if (values.json)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.json), `${JSON.stringify({ ...flow.outcome.report, selection: flow.outcome.selection }, null, 2)}\n`, { makeDir: true });
        if (flow.breaches.length > 0)
            io.stderr(`evalgate gate: ${(0,error_rate/* outageMessage */.bv)(flow.breaches)}\n`);
        // A verdict that fails says more than "could not tell": 1 wins over 4.
        return flow.outcome.fail ? 1 : flow.fail ? report_error/* EXIT */.d.inconclusive : 0;
    }
    catch (err) {
        return (0,report_error/* reportError */.N)(err, io, 'gate');
    }
};


/***/ })

};
