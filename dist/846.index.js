export const id = 846;
export const ids = [846];
export const modules = {

/***/ 5846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishGate: () => (/* binding */ publishGate),
  runGateMode: () => (/* binding */ runGateMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 17 modules
var loader = __webpack_require__(9757);
// EXTERNAL MODULE: ./lib/src/adapters/github/octokit.js
var github_octokit = __webpack_require__(1774);
;// CONCATENATED MODULE: ./lib/src/adapters/github/contents.js
// Reads a file at a ref through the contents API: the fallback for base versions when git cannot
// provide them (no checkout, or the base commit cannot be fetched).

/** The file's text, or undefined when it does not exist at that ref (or is a directory). */
async function readRepoFile(octokit, f) {
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: f.owner, repo: f.repo, path: f.path, ...(f.ref ? { ref: f.ref } : {}) });
        if (Array.isArray(data) || data.type !== 'file')
            return undefined;
        if (data.encoding === 'base64')
            return Buffer.from(data.content, 'base64').toString('utf8');
        // Files over 1 MB come back with encoding "none" and no content: ask for the raw media type.
        const raw = await octokit.rest.repos.getContent({
            owner: f.owner,
            repo: f.repo,
            path: f.path,
            ...(f.ref ? { ref: f.ref } : {}),
            mediaType: { format: 'raw' },
        });
        return String(raw.data);
    }
    catch (e) {
        if ((0,github_octokit.httpStatus)(e) === 404)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/github/pr-files.js
const PR_FILES_CAP = 3_000;
async function listPrFiles(octokit, pr) {
    const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        per_page: 100,
    });
    const files = new Set();
    for (const f of entries) {
        files.add(f.filename);
        // A renamed prompt is a change to the old path too (the base config still points there).
        if (f.previous_filename)
            files.add(f.previous_filename);
    }
    return { files: [...files], capped: entries.length >= PR_FILES_CAP };
}

// EXTERNAL MODULE: ./lib/src/adapters/github/sticky-comment.js
var sticky_comment = __webpack_require__(1968);
// EXTERNAL MODULE: ./lib/src/core/gate/gate.js + 3 modules
var gate = __webpack_require__(6310);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var runtime = __webpack_require__(697);
// EXTERNAL MODULE: ./lib/src/app/gate/flow.js
var gate_flow = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/src/action/report-out.js + 5 modules
var report_out = __webpack_require__(8724);
// EXTERNAL MODULE: ./lib/src/app/gate/render.js + 6 modules
var render = __webpack_require__(8587);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/core/report/sections.js
var sections = __webpack_require__(7239);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
;// CONCATENATED MODULE: ./lib/src/action/gate-mode.js
// `pull_request` → the PR gate: changed files from the API (git as fallback), base vs head evaluation
// (app/gate/flow.ts), then the sticky comment, job summary, annotations, JSON reports, outputs and the
// fail decision. A comment that cannot be posted is a warning: the summary and JSON carry the report.















async function runGateMode(m) {
    const { io } = m.deps;
    const pr = m.ctx.pr;
    if (!pr) {
        io.setFailed(`evalgate: mode "gate" needs a pull_request event (got "${m.ctx.eventName}"); use mode: run for other events`);
        return;
    }
    const git = m.deps.createGit(m.workDir);
    const repoRoot = await git.toplevel().catch(() => m.ctx.workspace);
    const octokit = await m.octokit();
    const repo = { owner: m.ctx.owner, repo: m.ctx.repo };
    // Fork PRs get no secrets. Without a key, run from the config's recordings if it has any; otherwise
    // say so plainly and pass: a red check for "we could not run" would teach people to ignore it.
    // A same-repository PR with neither a key nor an endpoint also uses the recordings (the example
    // workflow needs no key); with an endpoint (base-url) it runs live, keyless endpoints exist.
    const probe = await (0,loader/* loadConfig */.Z)(m.configPath, { env: m.env, scorers: (0,runtime/* buildScorerRegistry */._c)(), repoRoot });
    const providers = [...Object.values(probe.providers), ...probe.suites.map((s) => s.provider)];
    const hasKey = Boolean(m.env['OPENAI_API_KEY']) || providers.some((p) => p.apiKey);
    const hasEndpoint = hasKey || Boolean(m.env['OPENAI_BASE_URL']) || providers.some((p) => p.baseUrl);
    let replay = false;
    if ((pr.isFork && !hasKey) || !hasEndpoint) {
        if (probe.recordingsDir !== undefined) {
            replay = true;
            io.info(`${pr.isFork ? 'fork PR' : 'no API key'}: evaluating from the recorded responses (recordings:), not the live model`);
        }
        else if (pr.isFork) {
            const notice = (0,render/* renderNoSecretsNotice */.J1)(m.ctx.runUrl);
            await io.appendSummary(notice);
            io.warning('evalgate skipped: fork pull requests get no secrets, so there is no API key to evaluate with.');
            io.setOutput('status', 'skipped');
            if (m.inputs.comment && octokit)
                await postComment(m, octokit, pr.number, `${render/* COMMENT_MARKER */.JO}\n${notice}`);
            return;
        }
        else {
            io.setFailed('evalgate: no model API key: set the `api-key` input (e.g. `${{ secrets.OPENAI_API_KEY }}`) or OPENAI_API_KEY, or `base-url` for a keyless endpoint');
            return;
        }
    }
    let changedFiles;
    let capped = false;
    try {
        if (!octokit)
            throw new Error('no github-token');
        const files = await listPrFiles(octokit, { ...repo, pullNumber: pr.number });
        changedFiles = files.files;
        capped = files.capped;
        if (capped)
            io.warning('the PR changes 3,000 files or more (the API limit): every suite runs');
    }
    catch (e) {
        io.info(`listing PR files through the API failed (${e.message}); using git diff`);
        changedFiles = await changedFilesFromGit(m, git, pr.baseSha, pr.headSha);
        // Unknown changes: run every suite rather than miss an affected one (as past the 3,000-file cap).
        if (changedFiles === undefined)
            capped = true;
    }
    const flow = await (0,gate_flow/* runGateFlow */.N0)({
        repoRoot,
        configPath: m.configPath,
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        changedFiles: changedFiles ?? [],
        capped,
        env: m.env,
        git,
        ...(octokit ? { readBaseFallback: (p) => readRepoFile(octokit, { ...repo, path: p, ref: pr.baseSha }) } : {}),
        failOn: m.inputs.failOn,
        ...(m.inputs.shard ? { shard: m.inputs.shard } : {}),
        ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
        ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
        ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
        ...(m.inputs.cacheDir !== undefined ? { cacheDir: m.inputs.cacheDir } : {}),
        replay,
        tracePath: (0,external_node_path_.join)(m.outDir, 'trace.jsonl'),
        warn: (msg) => io.warning(msg),
        info: (msg) => io.info(msg),
        mask: (secret) => io.setSecret(secret),
        ...(m.deps.model ? { model: m.deps.model } : {}),
        ...(m.deps.engine ? { engine: m.deps.engine } : {}),
    });
    if (m.inputs.shard)
        await writeShard(m, flow, replay);
    else
        await publishGate(m, flow, repoRoot, replay);
}
/**
 * A matrix job of a sharded gate: write this shard's partial result (the `shard-file` output, for
 * actions/upload-artifact) and stop. No comment and no verdict: a part of the cases cannot decide; the
 * merge job (mode: merge) judges the union and posts the one comment.
 */
async function writeShard(m, flow, replay) {
    const { io } = m.deps;
    const pr = m.ctx.pr;
    const shard = m.inputs.shard;
    const file = shardFileOf(flow, shard, { baseSha: pr.baseSha, headSha: pr.headSha, replay });
    await (0,promises_.mkdir)(m.outDir, { recursive: true });
    const path = (0,external_node_path_.join)(m.outDir, shardFileName(shard));
    await m.deps.writeFile(path, JSON.stringify(file));
    const samples = flow.baseRun.totals.samples + flow.headRun.totals.samples;
    const errors = flow.baseRun.totals.errors + flow.headRun.totals.errors;
    io.info(`evalgate shard ${(0,shard_shard/* shardLabel */.$_)(shard)}: ${samples} samples (${errors} errors) written to ${path}`);
    await io.appendSummary(`evalgate shard ${(0,shard_shard/* shardLabel */.$_)(shard)}: ${samples} samples evaluated (${errors} errors). The merge job (\`mode: merge\`) posts the verdict.\n`);
    io.setOutput('status', 'shard');
    io.setOutput('shard-file', path);
}
async function publishGate(m, flow, repoRoot, replay) {
    const { io } = m.deps;
    const pr = m.ctx.pr;
    const { report } = flow.outcome;
    const meta = {
        runUrl: m.ctx.runUrl,
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        baseRef: pr.baseRef,
        headRef: pr.headRef,
        fork: pr.isFork,
        replay,
        reasons: flow.outcome.selection.reasons,
        // A link readers can follow from the comment (the run page shows the job summary).
        fullReportAt: m.ctx.runUrl && (0,sections/* safeUrl */.gJ)(m.ctx.runUrl) ? `the [job summary of the workflow run](${m.ctx.runUrl})` : 'the job summary of the workflow run',
        summaryFullReportAt: `${report_out/* HTML_FILE */.by} (\`html-report\` output; every case with base and head outputs) and the JSON report (\`report\` output: ${report_out/* REPORT_FILE */.Uq})`,
        fullReportLine: (0,report_out/* fullReportLine */.yw)(m.ctx.runUrl),
    };
    const misses = replay ? (0,render/* replayMisses */.Eq)(report) : 0;
    if (misses > 0) {
        io.warning(`${misses} requests had no recorded response (replay-miss): the recordings do not cover this change. Re-record with \`npx evalgate run --record\` and commit the recordings folder.`);
    }
    const files = await (0,report_out/* writeReports */.Li)(m, {
        base: flow.baseRun,
        head: flow.headRun,
        gate: report,
        extra: { selection: flow.outcome.selection },
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        runUrl: m.ctx.runUrl,
    });
    await io.appendSummary((0,render/* renderGateSummary */.oU)(report, meta));
    (0,report_out/* annotateFailures */.o)(io, report, m.inputs.failOn, (p) => (0,gate_flow/* toRepoPath */.xD)(repoRoot, p) ?? p);
    let commentUrl = '';
    if (m.inputs.comment) {
        const octokit = await m.octokit();
        // A PR that affects no suite gets no new comment, but an earlier one is updated so stale figures go.
        const worthNew = report.suites.length > 0 || (report.removed?.length ?? 0) > 0;
        if (octokit)
            commentUrl = (await postComment(m, octokit, pr.number, (0,render/* renderComment */.wQ)(report, meta, (0,render/* commentMarker */.Ql)(m.inputs.commentKey)), worthNew)) ?? '';
        else
            io.warning('no github-token: the PR comment was not posted (the job summary has the report)');
    }
    (0,report_out/* setGateOutputs */.mT)(io, report, files, commentUrl);
    const problems = [];
    if ((0,gate/* shouldFail */.W9)([report.verdict, ...report.suites.map((s) => s.verdict)], m.inputs.failOn)) {
        const bad = report.suites.filter((s) => (0,gate/* shouldFail */.W9)([s.verdict], m.inputs.failOn));
        problems.push(`${report.verdict}: ${bad.map((s) => `${s.suite} (${s.verdict}: ${s.reason})`).join('; ') || 'run cost cap reached'}`);
    }
    // A model outage is not a pass: the step fails unless fail-on is never.
    if (m.inputs.failOn !== 'never' && flow.breaches.length > 0)
        problems.push((0,error_rate/* outageMessage */.bv)(flow.breaches));
    if (problems.length > 0)
        io.setFailed(`evalgate: ${problems.join('; ')}`);
}
/** Posts or updates the sticky comment; never throws (the report is in the summary either way). */
async function postComment(m, octokit, issueNumber, body, createIfMissing = true) {
    const { io } = m.deps;
    try {
        const marker = (0,render/* commentMarker */.Ql)(m.inputs.commentKey);
        const res = await (0,sticky_comment/* upsertStickyComment */.q)(octokit, { owner: m.ctx.owner, repo: m.ctx.repo, issueNumber, marker, body: (0,render/* withCommentMarker */._I)(body, marker), createIfMissing, log: (msg) => io.info(msg) });
        if (res.status === 'forbidden') {
            io.warning(res.warning);
            return undefined;
        }
        if (res.status === 'absent') {
            io.info('no suite is affected by this PR: no PR comment posted (the job summary says so)');
            return undefined;
        }
        io.info(`PR comment ${res.status}: ${res.url}`);
        return res.url;
    }
    catch (e) {
        io.warning(`Could not post the PR comment: ${e.message}. The job summary and JSON report still carry the results.`);
        return undefined;
    }
}
/**
 * The PR's changed files from git when the API cannot list them. actions/checkout of a pull_request
 * checks out the merge commit with depth 1, so the PR head commit is often absent: diffing the base
 * against HEAD (the merge commit) gives the same file list. Undefined when git cannot tell either.
 */
async function changedFilesFromGit(m, git, baseSha, headSha) {
    try {
        if (!(await git.ensureCommit(baseSha)))
            throw new Error(`base commit ${baseSha.slice(0, 12)} is not available`);
        const head = headSha && (await git.ensureCommit(headSha)) ? headSha : 'HEAD';
        return await git.diffNames(baseSha, head);
    }
    catch (e) {
        m.deps.io.warning(`cannot tell which files the PR changed (${e.message}): every suite runs`);
        return undefined;
    }
}


/***/ }),

/***/ 4780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ mayHaveLanded),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   nN: () => (/* binding */ NO_PLUGIN_RETRY)
/* harmony export */ });
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1774);
// Creating something on GitHub (a comment, an issue) is not idempotent: when GitHub commits a POST but
// the response is lost (a 502 after the write, a dropped connection), a blind retry creates a second copy.
// So creates are sent without the retry plugin, and after an ambiguous failure we look for what we meant
// to create (by its hidden marker) before creating again.

/** Per-request option that turns plugin-retry off for one call. */
const NO_PLUGIN_RETRY = { request: { retries: 0 } };
/** A failure after which the write may or may not have happened: 5xx, or no HTTP answer at all. */
function mayHaveLanded(e) {
    const s = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e);
    return s === undefined || s >= 500;
}
/** Creates at most one object: after an ambiguous failure, `find` decides whether to try again. */
async function createOnce(o) {
    const attempts = o.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        try {
            return await o.create();
        }
        catch (e) {
            if (!mayHaveLanded(e))
                throw e;
            const found = await o.find();
            if (found !== undefined) {
                o.log?.(`creating ${o.what} answered ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e) ?? e.message}, but it was created: using it`);
                return found;
            }
            if (attempt >= attempts)
                throw e;
            o.log?.(`creating ${o.what} failed (${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e) ?? e.message}); not created, retrying (attempt ${attempt + 1} of ${attempts})`);
            await new Promise((r) => setTimeout(r, (o.waitMs ?? 1000) * attempt));
        }
    }
}


/***/ }),

/***/ 1774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   scrubRequest: () => (/* binding */ scrubRequest)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/* harmony import */ var _http_proxy_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1181);
// The one place an Octokit is built (gate and drift share it): @octokit/rest with plugin-retry (5xx and
// network errors) and plugin-throttling (primary and secondary rate limits), retrying a bounded number
// of times and logging each wait, so a busy API slows a run down instead of failing it.




const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/** Request parameters that carry text we wrote. */
const TEXT_PARAMS = ['body', 'title', 'message'];
/** Applies `scrub` to the text parameters of a request, and to base64 `content` (contents API) decoded. */
function scrubRequest(options, scrub) {
    for (const k of TEXT_PARAMS) {
        const v = options[k];
        if (typeof v === 'string')
            options[k] = scrub(v);
    }
    const content = options['content'];
    if (typeof content === 'string') {
        const text = Buffer.from(content, 'base64').toString('utf8');
        const clean = scrub(text);
        if (clean !== text)
            options['content'] = Buffer.from(clean, 'utf8').toString('base64');
    }
}
function createOctokit(opts) {
    const log = opts.log ?? (() => { });
    const maxRateRetries = opts.maxRateLimitRetries ?? 3;
    const unit = opts.retryUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
        if (retryCount < maxRateRetries) {
            log(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (attempt ${retryCount + 2} of ${maxRateRetries + 1})`);
            return true;
        }
        log(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempts`);
        return false;
    };
    // 429 is left to plugin-throttling, which waits for the rate-limit reset instead of a blind backoff.
    const retryOpts = {
        retries: opts.retries ?? 3,
        retryAfterBaseValue: unit,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    };
    const throttle = {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: unit,
        // A unique id keeps each client's write spacing apart (the plugin's limiters are keyed by id).
        id: `evalgate-${Math.random().toString(36).slice(2)}`,
        ...opts.throttle,
    };
    // Octokit's default fetch is Node's, which ignores HTTPS_PROXY (unless NODE_USE_ENV_PROXY=1).
    const fetch = (0,_http_proxy_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFetchFromEnv */ .i)(opts.env ?? process.env);
    const client = new GitHubClient({
        auth: opts.token,
        ...(fetch ? { request: { fetch } } : {}),
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: opts.userAgent ?? 'evalgate',
        retry: retryOpts,
        throttle,
        // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
        // so only warnings (deprecations, limiter problems) reach the user.
        log: { debug: () => { }, info: () => { }, warn: (m) => log(m), error: () => { } },
    });
    const scrub = opts.scrub;
    if (scrub) {
        client.hook.before('request', (options) => {
            if ((options.method ?? 'GET') !== 'GET')
                scrubRequest(options, scrub);
        });
    }
    return client;
}
/** Status of an Octokit RequestError (or undefined for anything else). */
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}


/***/ }),

/***/ 1968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ authenticatedLogin),
/* harmony export */   q: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _idempotent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4780);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1774);
// One PR comment per gate, found again on the next run and updated instead of duplicated. The comment
// is recognised by its hidden marker AND its author being us, so someone else quoting the marker
// cannot make us overwrite (or be confused by) their comment. Creating is idempotent (see idempotent.ts),
// and should copies exist anyway (an older version, a lost response), the next run keeps the oldest and
// deletes the other copies of ours.


/** What GITHUB_TOKEN comments are authored as (GET /user is 403 for installation tokens). */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login our comments will carry. A PAT can call GET /user; an installation token gets 403 (or 401
 * for some app tokens), in which case comments are authored by `github-actions[bot]`.
 */
async function authenticatedLogin(octokit, fallback = ACTIONS_BOT_LOGIN) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (e) {
        const s = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(e);
        if (s === 403 || s === 401 || s === 404)
            return fallback;
        throw e;
    }
}
/** Our comments carrying the marker (paginating through all of them), oldest first. */
async function findStickyComments(octokit, t) {
    const found = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    })) {
        for (const c of page.data) {
            if (c.user?.login === t.author && typeof c.body === 'string' && c.body.includes(t.marker))
                found.push({ id: c.id, url: c.html_url });
        }
    }
    return found.sort((a, b) => a.id - b.id);
}
/** Updates our comment or creates it. A 401/403/404 (read-only token, fork PR) is a warning, not a throw. */
async function upsertStickyComment(octokit, t) {
    try {
        const author = t.author ?? (await authenticatedLogin(octokit));
        const [existing, ...copies] = await findStickyComments(octokit, { ...t, author });
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: t.body });
            for (const c of copies) {
                t.log?.(`deleting comment ${c.id}: a duplicate of our comment ${existing.id}`);
                await octokit.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id }).catch((e) => {
                    if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(e) !== 404)
                        throw e; // 404: already gone (an overlapping run deleted it)
                });
            }
            return { status: 'updated', id: data.id, url: data.html_url, ...(copies.length ? { removedDuplicates: copies.length } : {}) };
        }
        if (t.createIfMissing === false)
            return { status: 'absent' };
        const created = await (0,_idempotent_js__WEBPACK_IMPORTED_MODULE_0__/* .createOnce */ .Ur)({
            what: `the comment on #${t.issueNumber}`,
            create: async () => {
                const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: t.body, ..._idempotent_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_PLUGIN_RETRY */ .nN });
                return { id: data.id, url: data.html_url };
            },
            find: async () => (await findStickyComments(octokit, { ...t, author }))[0],
            ...(t.retryWaitMs !== undefined ? { waitMs: t.retryWaitMs } : {}),
            ...(t.log ? { log: t.log } : {}),
        });
        return { status: 'created', ...created };
    }
    catch (e) {
        const s = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(e);
        if (s === 401 || s === 403 || s === 404) {
            return {
                status: 'forbidden',
                warning: `Could not post the PR comment (HTTP ${s}: ${e.message}). The token is probably read-only ` +
                    `(fork PR, or missing \`permissions: pull-requests: write\`); the job summary and JSON report still carry the results.`,
            };
        }
        throw e;
    }
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


/***/ })

};
