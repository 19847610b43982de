export const id = 269;
export const ids = [269];
export const modules = {

/***/ 5269:
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
    const run = (args) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(bin, args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
            if (err)
                reject(new GitError(`git ${args[0]} failed: ${(stderr || err.message).trim()}`, args, stderr));
            else
                resolve(stdout);
        });
    });
    const hasCommit = async (sha) => {
        try {
            await run(['cat-file', '-e', `${sha}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    };
    return {
        async show(sha, path) {
            // `git show sha:path` fails both for a missing path and a missing commit; tell them apart.
            try {
                return await run(['show', `${sha}:${path.replace(/^\.\//, '')}`]);
            }
            catch (e) {
                if (!(await hasCommit(sha)))
                    throw e;
                return undefined;
            }
        },
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
// EXTERNAL MODULE: ./lib/src/core/stats/paired.js + 1 modules
var paired = __webpack_require__(1080);
// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
;// CONCATENATED MODULE: ./lib/src/core/compare/verdict.js

/** Below this many cases scored on both sides, a drop cannot be called either way. */
const MIN_PAIRED_CASES = 5;
/** Overall severity, worst first. `skipped` ranks below `pass`: it means "nothing was checked". */
const VERDICT_SEVERITY = ['regression', 'below-min', 'over-budget', 'inconclusive', 'pass', 'skipped'];
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
/** The verdict of one suite. First matching rule wins (docs/gate-rules.md, "Per-suite rules"). */
function suiteVerdict(c, gate, ctx) {
    const ha = c.head?.aggregates;
    const ba = c.base?.aggregates;
    // 1. Removed suites are listed, not judged.
    if (c.status === 'removed' || !ha)
        return { verdict: 'skipped', reason: 'suite removed on head; listed only' };
    // 2. Nothing evaluated on head.
    if (ha.ok + ha.errors === 0) {
        if (ctx.costCapHit && ha.skipped > 0)
            return { verdict: 'over-budget', reason: `run cost cap reached before this suite was evaluated (${ha.skipped} samples not sent)` };
        const parts = [
            ha.skipped ? `${ha.skipped} skipped` : '',
            ha.budget ? `${ha.budget} over the token budget` : '',
            ha.blocked ? `${ha.blocked} blocked by input scanning` : '',
        ].filter(Boolean);
        return { verdict: 'skipped', reason: `no sample was evaluated${parts.length ? ` (${parts.join(', ')})` : ''}` };
    }
    // 3. Too many errors: the scores that exist may be a biased subset, so no call either way.
    const hr = errorRate(ha);
    const br = c.status === 'compared' ? errorRate(ba) : null;
    if (hr !== null && hr > gate.maxErrorRate)
        return { verdict: 'inconclusive', reason: `${(0,format/* pct */.Oe)(hr)} of head requests failed (limit ${(0,format/* pct */.Oe)(gate.maxErrorRate)})` };
    if (br !== null && br > gate.maxErrorRate)
        return { verdict: 'inconclusive', reason: `${(0,format/* pct */.Oe)(br)} of base requests failed (limit ${(0,format/* pct */.Oe)(gate.maxErrorRate)})` };
    const d = c.score.pairedDelta ?? null;
    const n = c.score.pairedCases;
    const tooFew = c.status === 'compared' && n < MIN_PAIRED_CASES;
    // 4. Regression: practically large AND statistically supported.
    if (c.status === 'compared' && !tooFew && d !== null && d < -gate.maxScoreDrop && c.score.ci && c.score.ci.high < 0)
        return {
            verdict: 'regression',
            reason: `score dropped by ${(0,format/* score */.fN)(-d)} over ${n} paired cases${ciText(c)}; more than the allowed ${(0,format/* score */.fN)(gate.maxScoreDrop, 2)}`,
        };
    // 5. Absolute floor.
    const hs = ha.meanScore;
    if (hs !== null && hs < gate.minScore)
        return { verdict: 'below-min', reason: `head score ${(0,format/* score */.fN)(hs)} is below minScore ${(0,format/* score */.fN)(gate.minScore, 2)}` };
    // 6. Budgets. Unknown prices (null) never trigger; they are reported as "price unknown".
    if (ctx.costCapHit && (ha.skipped > 0 || (ba?.skipped ?? 0) > 0))
        return { verdict: 'over-budget', reason: `run cost cap reached; ${ha.skipped + (ba?.skipped ?? 0)} samples not sent` };
    const cr = c.costPerRequestUsd;
    if (gate.maxCostIncrease !== undefined && c.status === 'compared' && cr.relative !== null && cr.relative > gate.maxCostIncrease)
        return {
            verdict: 'over-budget',
            reason: `cost per request ${(0,format/* usd */.dR)(cr.base)} → ${(0,format/* usd */.dR)(cr.head)} (${(0,format/* pctDelta */.I4)(cr.relative)}, limit +${(0,format/* pct */.Oe)(gate.maxCostIncrease)})`,
        };
    // 7. Too few paired cases to rule out a drop that looks large.
    if (tooFew && (d === null || d < -gate.maxScoreDrop))
        return {
            verdict: 'inconclusive',
            reason: d === null
                ? 'no case was scored on both base and head'
                : `score moved ${(0,format/* signed */.x8)(d)} but only ${n} cases were scored on both sides (need ${MIN_PAIRED_CASES})`,
        };
    // 8. Pass, saying why a visible drop did not fail.
    if (c.status === 'new')
        return { verdict: 'pass', reason: `new suite; head score ${(0,format/* score */.fN)(hs)}` };
    if (d === null)
        return { verdict: 'pass', reason: 'no paired score change' };
    if (d < -gate.maxScoreDrop)
        return { verdict: 'pass', reason: `drop ${(0,format/* signed */.x8)(d)} is not statistically supported${ciText(c)}` };
    if (d < 0 && c.score.ci && c.score.ci.high < 0)
        return { verdict: 'pass', reason: `drop ${(0,format/* signed */.x8)(d)} is real but within the allowed ${(0,format/* score */.fN)(gate.maxScoreDrop, 2)}` };
    return { verdict: 'pass', reason: `score change ${(0,format/* signed */.x8)(d)} over ${n} paired cases${ciText(c)}` };
}
/** Worst verdict by VERDICT_SEVERITY; `skipped` when there is nothing to judge. */
function overallVerdict(verdicts) {
    let best = VERDICT_SEVERITY.length - 1;
    for (const v of verdicts)
        best = Math.min(best, VERDICT_SEVERITY.indexOf(v));
    return VERDICT_SEVERITY[best];
}

;// CONCATENATED MODULE: ./lib/src/core/compare/compare.js


/**
 * A case counts as regressed (or fixed) when its majority pass flips, or when its mean score moves by at
 * least this much without a flip in the other direction. 0.2 keeps one flaky repeat out of five from
 * listing a case, while a graded case sliding from 0.9 to 0.6 (still "passing") is listed.
 */
const CASE_SCORE_CHANGE = 0.2;
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
function firstOkOutput(c) {
    return c.samples.find((s) => s.status === 'ok' && s.output !== undefined)?.output;
}
/** Reasons of failing assertions on a side, deduplicated, so a case's details say why it fails. */
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
function caseChange(b, h) {
    const change = {
        id: h.id,
        vars: h.vars,
        baseScore: b.score,
        headScore: h.score,
        basePass: b.pass,
        headPass: h.pass,
        failingReasons: failingReasons(h),
    };
    const bo = firstOkOutput(b);
    const ho = firstOkOutput(h);
    if (bo !== undefined)
        change.baseOutput = bo;
    if (ho !== undefined)
        change.headOutput = ho;
    return change;
}
/** -1: regressed, +1: fixed, 0: neither. Cases without an ok sample on a side are errors, not changes. */
function direction(b, h) {
    if (b.score === null || h.score === null)
        return 0;
    if (b.pass === true && h.pass === false)
        return -1;
    if (b.pass === false && h.pass === true)
        return 1;
    const d = h.score - b.score;
    if (d <= -CASE_SCORE_CHANGE)
        return -1;
    if (d >= CASE_SCORE_CHANGE)
        return 1;
    return 0;
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
    if (status === 'compared') {
        for (const h of headCases.values()) {
            const b = baseCases.get(h.id);
            if (!b) {
                addedCases.push(h.id);
                continue;
            }
            if (b.score !== null && h.score !== null)
                pairs.push([b.score, h.score]);
            const dir = direction(b, h);
            if (dir < 0)
                regressed.push(caseChange(b, h));
            else if (dir > 0)
                fixed.push(caseChange(b, h));
        }
        for (const id of baseCases.keys())
            if (!headCases.has(id))
                removedCases.push(id);
    }
    regressed.sort(bySeverity);
    fixed.sort(bySeverity);
    const test = (0,paired/* pairedDelta */.Q)(pairs, gate.confidence);
    const traffic = head?.traffic ?? base?.traffic;
    const cmp = {
        suite: any.name,
        status,
        score: {
            ...metricDelta(ba?.meanScore, ha?.meanScore),
            ci: test?.ci ?? null,
            pValue: test?.pValue ?? null,
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
        addedCases,
        removedCases,
        verdict: 'pass',
        reason: '',
    };
    if (base)
        cmp.base = base;
    if (head)
        cmp.head = head;
    const v = suiteVerdict(cmp, gate, { costCapHit: false });
    cmp.verdict = v.verdict;
    cmp.reason = v.reason;
    return cmp;
}

;// CONCATENATED MODULE: ./lib/src/core/gate/report.js


/**
 * Compares every pair, applies the run-level context (cost cap) to each verdict and derives the overall
 * verdict. Suites come out in the order given (callers pass config order).
 */
function buildGateReport(pairs, gate, unselected, costCapHit) {
    const suites = pairs
        .filter((p) => p.base || p.head)
        .map((p) => {
        const c = compareSuite(p.base, p.head, gate);
        const v = suiteVerdict(c, gate, { costCapHit });
        c.verdict = v.verdict;
        c.reason = v.reason;
        return c;
    });
    return { verdict: overallVerdict(suites.map((s) => s.verdict)), suites, unselected: [...unselected], costCapHit };
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/src/core/util/canonical-json.js
var canonical_json = __webpack_require__(2090);
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
/** Provider settings that change outputs or their cost; secrets and transport details are left out. */
function providerView(p) {
    const { apiKey: _key, timeoutMs: _t, maxRetries: _r, concurrency: _c, id: _id, ...rest } = p;
    return rest;
}

;// CONCATENATED MODULE: ./lib/src/core/gate/gate.js
// The PR gate, pure: select the affected suites → plan base/head jobs → evaluate (through a function
// the composition root binds to the engine and its adapters) → compare → verdict → fail decision.
//
// Whose gate rules judge a PR? The base config's `gate:` when there is one: a PR must not be able to
// loosen the thresholds that judge it (e.g. raise maxScoreDrop to 1 in the same PR). A rule change takes
// effect once merged. Without a base config (the PR introducing evalgate) the head's rules apply.



const FAIL_ON_VALUES = ['regression', 'any', 'never'];
const FAILING = {
    regression: new Set(['regression', 'below-min', 'over-budget']),
    any: new Set(['regression', 'below-min', 'over-budget', 'inconclusive']),
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
async function runGate(input) {
    const selection = selectSuites({
        head: input.head,
        ...(input.base ? { base: input.base } : {}),
        changedFiles: input.changedFiles,
        ...(input.capped ? { capped: true } : {}),
        ...(input.all ? { all: true } : {}),
    });
    const plan = planGate(selection, input.head, input.base);
    const gate = gateRules(input.head, input.base);
    const out = plan.jobs.length > 0 ? await input.evaluate(plan) : { results: [], costCapHit: false };
    const base = out.results.filter((r) => r.label === 'base').map((r) => r.suite);
    const head = out.results.filter((r) => r.label === 'head').map((r) => r.suite);
    const baseBy = new Map(base.map((s) => [s.name, s]));
    const pairs = head.map((h) => ({ base: baseBy.get(h.name), head: h }));
    const report = buildGateReport(pairs, gate, selection.unselected, out.costCapHit);
    if (selection.removed.length > 0)
        report.removed = [...selection.removed];
    const fail = shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], input.failOn);
    return { selection, plan, report, base, head, gate, fail };
}

// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 13 modules
var loader = __webpack_require__(2199);
// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 15 modules
var engine_engine = __webpack_require__(7281);
// EXTERNAL MODULE: ./lib/src/core/engine/run-result.js + 1 modules
var run_result = __webpack_require__(8698);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 31 modules
var app_runtime = __webpack_require__(352);
// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/app/gate/flow.js
// The PR gate's composition, shared by the action (pull_request) and `evalgate gate` (local): load the
// head config from the working tree and the base config from git (contents API as fallback), evaluate
// the affected suites base + head in one engine run with the same evaluation settings, compare.







/** Recordings are keyed by the settings the config states, not the machine's OPENAI_BASE_URL (see commands/run.ts). */
function recordingEnv(env) {
    const { OPENAI_BASE_URL: _ignored, ...rest } = env;
    return rest;
}
function toRepoPath(repoRoot, absOrRel) {
    const rel = (0,external_node_path_.relative)(repoRoot, (0,external_node_path_.resolve)(repoRoot, absOrRel)).split(external_node_path_.sep).join('/');
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
        return await (0,loader/* loadConfigFromFiles */.g)(input.configPath, baseFileSource(input, gitOk), { env, scorers, repoRoot: input.repoRoot });
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
    const scorers = (0,app_runtime/* buildScorerRegistry */._c)();
    const env = input.replay ? recordingEnv(input.env) : input.env;
    const head = await (0,loader/* loadConfig */.Z)(input.configPath, { env, scorers, repoRoot: input.repoRoot });
    if (input.cacheDir)
        head.cache.dir = (0,external_node_path_.resolve)(input.repoRoot, input.cacheDir);
    const base = await loadBase(input, env, scorers);
    const runtime = (0,app_runtime/* buildRuntime */.NC)({
        config: head,
        env: input.env,
        plan: input.replay ? { mode: 'replay', store: 'recordings' } : { mode: 'use', store: 'cache' },
        scorers,
        warn: input.warn,
        ...(input.tracePath ? { tracePath: input.tracePath } : {}),
        ...(input.model ? { model: input.model } : {}),
    });
    const runId = (0,app_runtime/* newRunId */.F$)();
    const startedAt = new Date().toISOString();
    const engine = input.engine ?? engine_engine/* runEval */.w;
    let engineOut = { results: [], costCapHit: false };
    let outcome;
    try {
        outcome = await runGate({
            head,
            ...(base ? { base } : {}),
            changedFiles: input.changedFiles,
            ...(input.capped ? { capped: true } : {}),
            failOn: input.failOn,
            evaluate: async (plan) => {
                engineOut = await engine(plan.jobs, {
                    runId,
                    toolVersion: version/* VERSION */.x,
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
        toolVersion: version/* VERSION */.x,
        startedAt,
        finishedAt,
        configPath: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
        ...(commit ? { commit } : {}),
    });
    const result = {
        outcome,
        head,
        baseRun: (0,run_result/* toRunResult */.k)(engineOut, 'base', meta(input.baseSha)),
        headRun: (0,run_result/* toRunResult */.k)(engineOut, 'head', meta(input.headSha)),
        runId,
        configFile: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
    };
    if (base)
        result.base = base;
    return result;
}

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

;// CONCATENATED MODULE: ./lib/src/core/report/sections.js


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
function sections_headline(report) {
    const n = report.suites.length;
    const counts = new Map();
    for (const s of report.suites)
        counts.set(s.verdict, (counts.get(s.verdict) ?? 0) + 1);
    const words = { regression: 'regressed', 'below-min': 'below min score', 'over-budget': 'over budget', inconclusive: 'inconclusive' };
    const bad = ['regression', 'below-min', 'over-budget', 'inconclusive']
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
function rateCell(m) {
    return `${(0,format/* pct */.Oe)(m.base, 0)} → ${(0,format/* pct */.Oe)(m.head, 0)}`;
}
function costDeltaCell(m, priced) {
    if (!priced)
        return 'price unknown';
    if (m.base === null && m.head !== null)
        return (0,format/* usd */.dR)(m.head);
    if (m.delta === null)
        return format/* DASH */.jr;
    return `${(0,format/* usdDelta */.VD)(m.delta)}${m.relative !== null ? ` (${(0,format/* pctDelta */.I4)(m.relative)})` : ''}`;
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
        return (0,format.ms)(m.head);
    if (m.delta === null)
        return format/* DASH */.jr;
    return `${(0,format/* msDelta */.l2)(m.delta)}${m.relative !== null ? ` (${(0,format/* pctDelta */.I4)(m.relative, 0)})` : ''}`;
}
function verdictCell(v) {
    return v === 'pass' || v === 'skipped' ? VERDICT_LABEL[v].toLowerCase() : `**${VERDICT_LABEL[v]}**`;
}
const sections_SUITE_TABLE_HEADER = '| Suite | Score base → head | Δ ± CI | Pass rate | Cost/request Δ | Monthly Δ | p95 latency Δ | Verdict |\n' +
    '|---|---|---|---|---|---|---|---|';
function sections_suiteRow(s) {
    return `| ${(0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 })} | ${scoreCell(s)} | ${deltaCell(s)} | ${rateCell(s.passRate)} | ${costDeltaCell(s.costPerRequestUsd, priced(s))} | ${monthlyCell(s)} | ${latencyCell(s.latencyP95)} | ${verdictCell(s.verdict)} |`;
}
function sections_reasonLine(s) {
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
        return e ? `${side}: ${(0,report_escape/* codeSpan */.SS)(e.message, { maxChars: 160 })}${e.count > 1 ? ` (${e.count}×)` : ''}` : undefined;
    })
        .filter((x) => x !== undefined);
    return `- **${(0,report_escape/* escapeText */.X1)(s.suite, { maxChars: 100 })}** (${VERDICT_LABEL[s.verdict].toLowerCase()}): ${(0,report_escape/* escapeText */.X1)(s.reason)}${extra.length ? `. Cases: ${extra.join(', ')}` : ''}${errs.length ? `. Most common error, ${errs.join('; ')}` : ''}`;
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
function sections_metricsTable(suites) {
    const rows = suites.map((s) => {
        const a = s.head?.aggregates ?? s.base?.aggregates;
        return `| ${escapeText(s.suite, { maxChars: 100 })} | ${tokens(s.tokensIn.base)} → ${tokens(s.tokensIn.head)} (${tokensDelta(s.tokensIn.delta)}) | ${tokens(s.tokensOut.base)} → ${tokens(s.tokensOut.head)} (${tokensDelta(s.tokensOut.delta)}) | ${ms(s.latencyP50.base)} → ${ms(s.latencyP50.head)} | ${ms(s.latencyP95.base)} → ${ms(s.latencyP95.head)} | ${usd(s.costPerRunUsd.base, DASH)} → ${usd(s.costPerRunUsd.head, DASH)} | ${a ? usd(a.evalCostUsd, DASH) : DASH} | ${s.errors.base} → ${s.errors.head} |`;
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
function sections_caseDetail(c, opts) {
    const lines = [
        `**Case ${(0,report_escape/* codeSpan */.SS)(c.id, { maxChars: 120 })}**: score ${(0,format/* score */.fN)(c.baseScore)} → ${(0,format/* score */.fN)(c.headScore)} (${passWord(c.basePass)} → ${passWord(c.headPass)})`,
        '',
        `Vars: ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* formatVars */.UL)(c.vars), { maxChars: opts.compact ? 200 : 600 })}`,
    ];
    if (c.failingReasons.length) {
        lines.push('', 'Failing on head:');
        for (const r of c.failingReasons.slice(0, opts.compact ? 3 : 10))
            lines.push(`- ${(0,report_escape/* escapeText */.X1)(r, { maxChars: 300 })}`);
        if (c.failingReasons.length > (opts.compact ? 3 : 10))
            lines.push(`- … ${c.failingReasons.length - (opts.compact ? 3 : 10)} more`);
    }
    if (!opts.compact) {
        const blockOpts = { maxChars: opts.outputChars, ...(opts.fullAt ? { fullAt: opts.fullAt } : {}) };
        lines.push('', 'Base output:', '', c.baseOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(c.baseOutput, blockOpts) : '*(no output)*');
        lines.push('', 'Head output:', '', c.headOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(c.headOutput, blockOpts) : '*(no output)*');
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
    lines.push(`Generated by evalgate${meta.toolVersion ? ` ${/^[\w.+-]{1,30}$/.test(meta.toolVersion) ? meta.toolVersion : (0,report_escape/* escapeText */.X1)(meta.toolVersion, { maxChars: 30 })}` : ''}. Rules: a regression needs a drop beyond \`maxScoreDrop\` and a confidence interval entirely below zero.`);
    return `<sub>\n\n${lines.join('<br>\n')}\n\n</sub>`;
}

;// CONCATENATED MODULE: ./lib/src/core/report/pr-comment.js




const pr_comment_PR_COMMENT_MARKER = '<!-- evalgate:pr-comment -->';
const PR_COMMENT_LIMIT = 65_536;
const DEFAULT_FULL_AT = 'the job summary of the workflow run';
/** Suites needing attention first in the table when it must be cut (keeps config order otherwise). */
function tableRows(suites, budgetChars, fullAt) {
    const rows = suites.map(sections_suiteRow);
    const total = rows.reduce((n, r) => n + r.length + 1, 0);
    if (total <= budgetChars)
        return rows;
    const important = suites.filter((s) => s.verdict !== 'pass' && s.verdict !== 'skipped');
    const out = [];
    let used = 0;
    for (const s of important) {
        const r = sections_suiteRow(s);
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
        budget.tryAdd(['', sections_SUITE_TABLE_HEADER, ...rows].join('\n'));
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
            row: `| ${codeSpan(h.id, { maxChars: 80, table: true })} | ${score(b.score)} | ${score(h.score)} | ${signed(d)} | ${b.pass ? 'pass' : 'fail'} → ${h.pass ? 'pass' : 'fail'} |`,
        });
    }
    if (!rows.length)
        return undefined;
    rows.sort((a, b) => a.d - b.d);
    return `${detailsOpen(`${escapeHtmlText(s.suite)}: ${count(rows.length, 'case')} changed`)}\n| Case | Base | Head | Δ | Pass |\n|---|---|---|---|---|\n${rows
        .map((r) => r.row)
        .join('\n')}${DETAILS_CLOSE}`;
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
        add(['', SUITE_TABLE_HEADER, ...report.suites.map(suiteRow)].join('\n'));
        add('');
        for (const s of report.suites)
            add(reasonLine(s));
        add(`\n### Tokens, latency and cost\n\n${metricsTable(report.suites)}`);
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

;// CONCATENATED MODULE: ./lib/src/app/gate/render.js




const COMMENT_MARKER = (/* unused pure expression or super */ null && (PR_COMMENT_MARKER));
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

// EXTERNAL MODULE: ./lib/src/cli/args.js
var args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
;// CONCATENATED MODULE: ./lib/src/cli/commands/gate.js
// `evalgate gate --base <ref>`: the PR gate on a local repository. Head is the working tree (uncommitted
// edits included), base is the merge base of <ref> and HEAD (what a PR against <ref> would diff
// against). Prints the comment the action would post; exit 1 when the gate fails under --fail-on.









const GATE_USAGE = `Usage: evalgate gate --base <git-ref> [options]

Compares the working tree with <git-ref> as the PR gate does and prints the comment it would post.

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
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.stdout(GATE_USAGE);
            return 0;
        }
        if (!values.base)
            throw new args/* UsageError */.eb('--base <git-ref> is required (e.g. --base origin/main)');
        const failOn = values['fail-on'];
        if (!FAIL_ON_VALUES.includes(failOn))
            throw new args/* UsageError */.eb(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got "${values['fail-on']}"`);
        const repeat = (0,args/* positiveInt */.NJ)('repeat', values.repeat);
        const concurrency = (0,args/* positiveInt */.NJ)('concurrency', values.concurrency);
        const maxCostUsd = (0,args/* nonNegativeNumber */.Wf)('max-cost', values['max-cost']);
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
        const headSha = await git.revParse('HEAD').catch(() => undefined);
        const changedFiles = await git.diffNames(baseSha);
        const flow = await runGateFlow({
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
            warn: (m) => io.stderr(`warning: ${m}\n`),
            info: (m) => io.stderr(`${m}\n`),
        });
        // Locally there is no job summary: what the comment leaves out is in the --json report.
        const fullReportAt = values.json ? `the JSON report (${values.json})` : 'the JSON report (run again with `--json FILE`)';
        const comment = renderComment(flow.outcome.report, { baseSha, ...(headSha ? { headSha } : {}), reasons: flow.outcome.selection.reasons, fullReportAt });
        io.stdout(`${comment}\n`);
        if (values.markdown)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.markdown), `${comment}\n`, { makeDir: true });
        if (values.json)
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, values.json), `${JSON.stringify({ ...flow.outcome.report, selection: flow.outcome.selection }, null, 2)}\n`, { makeDir: true });
        return flow.outcome.fail ? 1 : 0;
    }
    catch (err) {
        return (0,report_error/* reportError */.N)(err, io, 'gate');
    }
};


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

/***/ 1080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ pairedDelta)
});

;// CONCATENATED MODULE: ./lib/src/core/stats/student-t.js
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
/** The q-quantile of Student's t (0 < q < 1): bisection on the monotone CDF, bracketed generously. */
function tQuantile(q, df) {
    if (!(q > 0 && q < 1))
        throw new RangeError(`tQuantile: q must be in (0,1), got ${q}`);
    if (q === 0.5)
        return 0;
    if (q < 0.5)
        return -tQuantile(1 - q, df);
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

;// CONCATENATED MODULE: ./lib/src/core/stats/paired.js

/**
 * Paired delta of `pairs` ([base, head] per case) with a two-sided t interval at `confidence` and the
 * one-sided p-value for a drop. Zero variance is handled explicitly: identical sides give CI [0,0] and
 * p = 1; a constant non-zero shift gives a degenerate CI and the exact sign-flip p-value (2^-n for a
 * drop), since the t statistic is undefined there. Interval bounds are clamped to `bounds` (scores
 * live in [0,1], so a difference lives in [−1,1]).
 */
function pairedDelta(pairs, confidence = 0.95, bounds = [-1, 1]) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0,1), got ${confidence}`);
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
    const diffs = pairs.map(([b, h]) => h - b);
    const delta = diffs.reduce((s, d) => s + d, 0) / n;
    if (n < 2)
        return { n, meanBase, meanHead, delta, sd: 0, ci: null, pValue: null };
    const ss = diffs.reduce((s, d) => s + (d - delta) ** 2, 0);
    const sd = Math.sqrt(ss / (n - 1));
    // Floating noise on identical-looking differences must not become a "significant" shift.
    if (sd < 1e-12) {
        const d = Math.abs(delta) < 1e-12 ? 0 : delta;
        const pValue = d < 0 ? Math.pow(0.5, n) : 1;
        return { n, meanBase, meanHead, delta: d, sd: 0, ci: { low: d, high: d, level: confidence }, pValue };
    }
    const se = sd / Math.sqrt(n);
    const df = n - 1;
    const q = tQuantile(1 - (1 - confidence) / 2, df);
    const clamp = (x) => Math.min(bounds[1], Math.max(bounds[0], x));
    return {
        n,
        meanBase,
        meanHead,
        delta,
        sd,
        ci: { low: clamp(delta - q * se), high: clamp(delta + q * se), level: confidence },
        pValue: tCdf(delta / se, df),
    };
}


/***/ })

};
