export const id = 343;
export const ids = [343];
export const modules = {

/***/ 3343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 13 modules
var loader = __webpack_require__(2199);
// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 15 modules
var engine = __webpack_require__(7281);
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
function renderRunTable(run, opts) {
    const minScore = opts.minScore ?? 0;
    // Projected monthly cost only when a suite declares `traffic`: a column of dashes says nothing.
    const monthly = run.suites.some((s) => s.traffic !== undefined);
    const header = ['Suite', 'Cases', 'Score', 'Pass rate', 'Errors', 'Tokens in/out', 'Cost/request', 'Cost/run', ...(monthly ? ['Cost/month'] : []), 'p50/p95', 'Verdict'];
    const rows = run.suites.map((s) => {
        const a = s.aggregates;
        const ok = meetsMinScore(s, minScore);
        const verdict = a.meanScore === null
            ? { text: 'no score', colour: 'yellow' }
            : ok
                ? { text: `ok (>= ${(0,format/* score */.fN)(minScore, 2)})`, colour: 'green' }
                : { text: `BELOW MIN ${(0,format/* score */.fN)(minScore, 2)}`, colour: 'red' };
        const notSent = a.skipped + a.budget + a.blocked;
        const unknown = a.ok ? 'price unknown' : format/* DASH */.jr;
        return [
            { text: clean(s.name) },
            { text: `${a.cases}${notSent ? ` (${notSent} not sent)` : ''}`, right: true },
            { text: (0,format/* score */.fN)(a.meanScore), right: true },
            { text: (0,format/* pct */.Oe)(a.passRate), right: true },
            { text: String(a.errors), right: true, ...(a.errors ? { colour: 'yellow' } : {}) },
            { text: a.tokensPerRequest ? `${(0,format/* tokens */.LU)(a.tokensPerRequest.input)}/${(0,format/* tokens */.LU)(a.tokensPerRequest.output)}` : format/* DASH */.jr, right: true },
            { text: (0,format/* usd */.dR)(a.costPerRequestUsd, unknown), right: true },
            { text: (0,format/* usd */.dR)(a.costUsd, unknown), right: true },
            ...(monthly ? [{ text: s.traffic ? (0,format/* usd */.dR)(a.projectedMonthlyCostUsd, unknown) : format/* DASH */.jr, right: true }] : []),
            { text: `${(0,format.ms)(a.latencyMs.p50)}/${(0,format.ms)(a.latencyMs.p95)}`, right: true },
            verdict,
        ];
    });
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

// EXTERNAL MODULE: ./lib/src/app/runtime.js + 31 modules
var app_runtime = __webpack_require__(352);
;// CONCATENATED MODULE: ./lib/src/cli/console-summary.js
// What `evalgate run` says after the table, and its exit code. Failures (a suite under gate.minScore) and
// errors (requests that never produced an answer) are reported apart: an error is not a low score, and
// a run whose suites could not be scored at all is not a pass either.

function suiteVerdict(s, minScore) {
    const a = s.aggregates;
    if (a.meanScore === null) {
        const why = [a.errors && `${a.errors} errors`, a.skipped && `${a.skipped} skipped`, a.budget && `${a.budget} over budget`, a.blocked && `${a.blocked} blocked`]
            .filter(Boolean)
            .join(', ');
        return { suite: s.name, ok: false, reason: `no scored samples${why ? ` (${why})` : ''}` };
    }
    if (a.meanScore < minScore)
        return { suite: s.name, ok: false, reason: `score ${(0,format/* score */.fN)(a.meanScore, 2)} < gate.minScore ${(0,format/* score */.fN)(minScore, 2)}` };
    return { suite: s.name, ok: true, reason: `score ${(0,format/* score */.fN)(a.meanScore, 2)} ≥ ${(0,format/* score */.fN)(minScore, 2)}` };
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
/** `interrupted`: the run was stopped by a signal; the last line says so instead of a verdict. */
function summarizeRun(run, minScore, interrupted) {
    const verdicts = run.suites.map((s) => suiteVerdict(s, minScore));
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
    const failed = verdicts.filter((v) => !v.ok).length;
    if (interrupted) {
        const where = interrupted.out ? `; results so far in ${interrupted.out}` : '';
        lines.push(`✗ run interrupted (${interrupted.signal}): ${notRunCount(run)} of ${run.totals.samples} samples not run${where}`);
        return { exitCode: 1, lines };
    }
    lines.push(failed === 0
        ? `✓ all ${verdicts.length} suites meet gate.minScore ${(0,format/* score */.fN)(minScore, 2)}`
        : `✗ ${failed} of ${verdicts.length} suites do not meet gate.minScore ${(0,format/* score */.fN)(minScore, 2)}`);
    return { exitCode: failed === 0 ? 0 : 1, lines };
}

// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/cli/commands/run.js
// `evalgate run`: load the config, evaluate the selected suites, print the table, write the reports.
// Exit 0 when every suite meets gate.minScore, 1 when one does not, 2 on a usage or config error.














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
    if (args.out)
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, args.out), `${JSON.stringify(result, null, 2)}\n`, { makeDir: true });
    if (args.junit)
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, args.junit), renderJUnit(result), { makeDir: true });
    const color = io.isTTY && !io.env['NO_COLOR'];
    io.stdout(`${renderRunTable(result, { minScore: config.gate.minScore, color, storedAnswers: plan.mode === 'replay' ? 'recordings' : 'cache' })}\n\n`);
    const summary = summarizeRun(result, config.gate.minScore, stoppedBy ? { signal: stoppedBy, ...(args.out ? { out: args.out } : {}) } : undefined);
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


/***/ })

};
