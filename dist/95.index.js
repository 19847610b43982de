export const id = 95;
export const ids = [95,774];
export const modules = {

/***/ 7095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftMode: () => (/* binding */ runDriftMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 14 modules
var loader = __webpack_require__(9432);
// EXTERNAL MODULE: ./lib/src/adapters/clock/system-clock.js
var system_clock = __webpack_require__(4138);
// EXTERNAL MODULE: ./lib/src/core/stats/mean.js
var mean = __webpack_require__(1799);
// EXTERNAL MODULE: ./lib/src/core/util/hash.js
var hash = __webpack_require__(3585);
;// CONCATENATED MODULE: ./lib/src/core/drift/history.js

const HISTORY_SCHEMA_VERSION = 1;
/** Characters of one output kept in an entry (for issue bodies); digests cover the full text. */
const STORED_OUTPUT_CHARS = 400;
function emptyHistory(suite) {
    return { schemaVersion: HISTORY_SCHEMA_VERSION, suite, entries: [], state: { drifting: false } };
}
/** Whitespace and Unicode form differences are not material; everything else is. */
function normaliseOutput(text) {
    return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();
}
function outputDigest(text) {
    return (0,hash/* sha256Hex */.f)(normaliseOutput(text)).slice(0, 16);
}
/** Builds a history entry from one live suite result. */
function toHistoryEntry(suite, meta) {
    const a = suite.aggregates;
    const entry = {
        time: meta.time,
        runId: meta.runId,
        suite: suite.name,
        promptVersion: suite.promptVersion,
        settingsHash: suite.provider.settingsHash,
        model: suite.provider.model,
        servedModels: [...suite.servedModels].sort(),
        fingerprints: [...suite.systemFingerprints].sort(),
        aggregates: {
            meanScore: a.meanScore,
            passRate: a.passRate,
            samples: a.samples,
            ok: a.ok,
            errors: a.errors,
            tokensInPerRequest: a.tokensPerRequest?.input ?? null,
            tokensOutPerRequest: a.tokensPerRequest?.output ?? null,
            latencyP50: a.latencyMs.p50,
            latencyP95: a.latencyMs.p95,
            costPerRequestUsd: a.costPerRequestUsd,
        },
        cases: suite.cases.map((c) => {
            const first = c.samples.find((s) => s.status === 'ok' && s.output !== undefined);
            const hc = { id: c.id, score: c.score, pass: c.pass };
            if (first?.output !== undefined) {
                hc.outputDigest = outputDigest(first.output);
                hc.output = first.output.length > STORED_OUTPUT_CHARS ? `${first.output.slice(0, STORED_OUTPUT_CHARS)}…` : first.output;
            }
            return hc;
        }),
    };
    if (meta.commit !== undefined)
        entry.commit = meta.commit;
    if (meta.temperature !== undefined)
        entry.temperature = meta.temperature;
    if (meta.pinned)
        entry.pinned = true;
    if (suite.redactions)
        entry.redactions = suite.redactions;
    return entry;
}
/** Entries of one (prompt, settings) segment are comparable; a prompt or settings change starts a new one. */
function sameSegment(a, b) {
    return a.suite === b.suite && a.promptVersion === b.promptVersion && a.settingsHash === b.settingsHash;
}
/**
 * Appends `entry` (replacing one with the same runId, so a retried write never duplicates) and keeps at
 * most `limit` entries, dropping the oldest first. Entries for which `keep` answers true (pinned ones, the
 * current baseline) are never dropped, so a long history cannot silently roll the baseline forward into
 * the very drift it should reveal.
 */
function appendBounded(entries, entry, limit, keep = (e) => e.pinned === true) {
    const out = entries.filter((e) => e.runId !== entry.runId);
    out.push(entry);
    // Stable sort: concurrent writers may append out of time order.
    out.sort((x, y) => x.time.localeCompare(y.time));
    let excess = out.length - Math.max(1, limit);
    for (let i = 0; excess > 0 && i < out.length;) {
        const e = out[i];
        if (e !== entry && !keep(e)) {
            out.splice(i, 1);
            excess--;
        }
        else
            i++;
    }
    return out;
}
/**
 * Drops the stored outputs from entries that can no longer serve as a baseline (only baseline and
 * pinned entries need them; the newest keeps its own for the next comparison report).
 */
function compactHistory(entries, isBaseline) {
    return entries.map((e, i) => {
        if (i === entries.length - 1 || e.pinned || isBaseline(e))
            return e;
        if (!e.cases.some((c) => c.output !== undefined))
            return e;
        return { ...e, cases: e.cases.map(({ output: _drop, ...rest }) => rest) };
    });
}
/** Parses a stored history document, tolerating older/foreign content by failing loudly with context. */
function parseHistory(text, where) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where}: history is not valid JSON (${e.message})`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || !Array.isArray(d.entries) || typeof d.suite !== 'string') {
        throw new Error(`${where}: not an evalgate drift history (expected {schemaVersion, suite, entries})`);
    }
    if (d.schemaVersion !== HISTORY_SCHEMA_VERSION) {
        throw new Error(`${where}: history schemaVersion ${String(d.schemaVersion)} is not supported (expected ${HISTORY_SCHEMA_VERSION})`);
    }
    return { schemaVersion: HISTORY_SCHEMA_VERSION, suite: d.suite, entries: d.entries, state: d.state ?? { drifting: false } };
}
function serializeHistory(h) {
    return `${JSON.stringify(h, null, 1)}\n`;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/baseline.js
// Which past runs the current one is compared with. Drift means "the same prompt under the same settings
// behaves differently than it used to", so the baseline is taken from the current (suite, prompt version,
// settings) segment only: a merged prompt change starts a new segment, and so a new baseline, not an alarm.


/** Runs that may serve as a baseline: same segment, not the current run, not errored out. */
function segmentEntries(history, current) {
    return history.filter((e) => e.runId !== current.runId && sameSegment(e, current) && e.status !== 'inconclusive');
}
/**
 * The baseline for `current`, or undefined while its segment is still collecting its first
 * `baselineRuns` runs (the current run then becomes part of the baseline).
 */
function selectBaseline(history, current, baselineRuns) {
    const seg = segmentEntries(history, current);
    const pinned = [...seg].reverse().find((e) => e.pinned);
    if (pinned)
        return { kind: 'pinned', entries: [pinned], since: pinned.time };
    if (seg.length < baselineRuns)
        return undefined;
    const entries = seg.slice(0, baselineRuns);
    return { kind: 'first-runs', entries, since: entries[0].time };
}
/**
 * Entries that must survive bounding and keep their stored outputs: every pinned entry and the
 * baseline of the newest segment (older segments are history only).
 */
function baselineKeeper(history, baselineRuns) {
    const latest = history[history.length - 1];
    const protectedIds = new Set();
    if (latest) {
        const seg = history.filter((e) => sameSegment(e, latest) && e.status !== 'inconclusive');
        const pinned = [...seg].reverse().find((e) => e.pinned);
        for (const e of pinned ? [pinned] : seg.slice(0, baselineRuns))
            protectedIds.add(e.runId);
    }
    return (e) => e.pinned === true || protectedIds.has(e.runId);
}
/** Mean of the known values: a run without a figure does not count as 0. */
const meanOf = (xs) => (0,mean/* mean */.i)(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)));
function viewBaseline(b) {
    const cases = new Map();
    const ids = new Set(b.entries.flatMap((e) => e.cases.map((c) => c.id)));
    for (const id of ids) {
        const rows = b.entries.map((e) => e.cases.find((c) => c.id === id)).filter((c) => c !== undefined);
        const verdicts = rows.map((r) => r.pass).filter((p) => p !== null);
        const digests = new Set(rows.map((r) => r.outputDigest).filter((d) => d !== undefined));
        const output = rows.find((r) => r.output !== undefined)?.output;
        cases.set(id, {
            score: meanOf(rows.map((r) => r.score)),
            // A case passed in the baseline when it passed in most baseline runs.
            pass: verdicts.length === 0 ? null : verdicts.filter(Boolean).length * 2 > verdicts.length,
            digests,
            ...(output !== undefined ? { output } : {}),
        });
    }
    return {
        cases,
        meanScore: meanOf(b.entries.map((e) => e.aggregates.meanScore)),
        tokensOutPerRequest: meanOf(b.entries.map((e) => e.aggregates.tokensOutPerRequest)),
        latencyP95: meanOf(b.entries.map((e) => e.aggregates.latencyP95)),
        costPerRequestUsd: meanOf(b.entries.map((e) => e.aggregates.costPerRequestUsd)),
        servedModels: [...new Set(b.entries.flatMap((e) => e.servedModels))].sort(),
        fingerprints: [...new Set(b.entries.flatMap((e) => e.fingerprints))].sort(),
    };
}

// EXTERNAL MODULE: ./lib/src/core/report/escape.js
var report_escape = __webpack_require__(9884);
// EXTERNAL MODULE: ./lib/src/core/report/format.js
var format = __webpack_require__(9116);
;// CONCATENATED MODULE: ./lib/src/core/drift/chart.js
const CHART_RUNS = 30;
/** Keeps only characters Mermaid cannot misread inside a quoted label. */
function mermaidLabel(text) {
    return text.replace(/[^A-Za-z0-9 .:_/-]/g, '');
}
function day(time) {
    // "2026-11-03T03:00:00Z" → "11-03 03:00": short enough for 30 x-axis labels.
    const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
    return m ? `${m[1]}-${m[2]} ${m[3]}:${m[4]}` : time.slice(0, 16);
}
const fmt = (x, digits = 3) => (x === null || x === undefined ? '–' : x.toFixed(digits));
/**
 * Mermaid's x axis is a band scale keyed by label: two runs in the same minute (an overlapping or manual
 * run) would share one band and the line would lose a point, so repeated labels get a " (2)" suffix.
 */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l} (${n})`;
    });
}
/** Entries with a score, newest last, at most CHART_RUNS. */
function chartEntries(entries, runs = CHART_RUNS) {
    return entries.filter((e) => e.aggregates.meanScore !== null).slice(-runs);
}
function scoreChartMermaid(suite, entries, runs = CHART_RUNS) {
    const pts = chartEntries(entries, runs);
    if (pts.length === 0)
        return '';
    const scores = pts.map((e) => e.aggregates.meanScore);
    // Zoom in on the data (drops of a few points vanish on a 0..1 axis), but keep some headroom.
    const lo = Math.max(0, Math.floor((Math.min(...scores) - 0.05) * 20) / 20);
    const hi = Math.min(1, Math.ceil((Math.max(...scores) + 0.05) * 20) / 20);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "Score of ${mermaidLabel(suite)}, last ${pts.length} runs"`,
        `  x-axis [${uniqueLabels(pts.map((e) => mermaidLabel(day(e.time)))).map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "mean score" ${lo.toFixed(2)} --> ${hi.toFixed(2)}`,
        `  line [${scores.map((s) => s.toFixed(3)).join(', ')}]`,
        '```',
    ].join('\n');
}
/** The same points as a Markdown table (newest first), with model changes and run status. */
function scoreTableMarkdown(entries, runs = CHART_RUNS) {
    const pts = entries.slice(-runs).reverse();
    const rows = pts.map((e, i) => {
        const older = pts[i + 1];
        const models = e.servedModels.join(', ') || '–';
        const changed = older && older.servedModels.join(',') !== e.servedModels.join(',') ? ' (changed)' : '';
        // Only [A-Za-z0-9._:-] survive in the cells below: history entries are ours, but be strict anyway.
        const safe = (s) => s.replace(/[^A-Za-z0-9._:, ()-]/g, '');
        return `| ${safe(e.time.slice(0, 16).replace('T', ' '))} | ${fmt(e.aggregates.meanScore)} | ${fmt(e.aggregates.passRate, 2)} | ${safe(models)}${changed} | ${safe(e.promptVersion)} | ${e.status ?? '–'} |`;
    });
    return ['| Run (UTC) | Score | Pass rate | Served model | Prompt | Status |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./lib/src/core/drift/issue-body.js
// Drift issue and comment bodies. Model outputs are untrusted and go through the same escaping as PR
// comments; the suite name goes into a hidden marker, so it is reduced to a safe alphabet first.
// Every body stays under GitHub's 65,536-character limit: the variable part (flipped cases) is cut
// to fit, and the body says so.



const MAX_BODY_CHARS = 65_536;
/** Room kept below the limit for what GitHub adds and for our own closing lines. */
const BUDGET = MAX_BODY_CHARS - 2_000;
/** Suite names are restricted by the config schema already; this keeps the marker safe regardless. */
function safeSuiteName(suite) {
    return suite.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}
function driftMarker(suite) {
    return `<!-- evalgate:drift suite=${safeSuiteName(suite)} -->`;
}
function driftIssueTitle(suite) {
    return `evalgate drift: ${safeSuiteName(suite)}`;
}
const fmtNum = (v, s) => {
    if (v === null)
        return '–';
    if (typeof v === 'string')
        return (0,report_escape/* codeSpan */.SS)(v, { table: true });
    switch (s.unit) {
        case 'score':
            return v.toFixed(3);
        case 'share':
            return `${(v * 100).toFixed(0)}%`;
        case 'usd':
            return `$${v.toPrecision(3)}`;
        case 'ms':
            return `${Math.round(v)} ms`;
        case 'tokens':
            return v.toFixed(1);
        default:
            return String(v);
    }
};
const htmlText = (s) => (0,report_escape/* neutraliseRefs */.pc)(s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]));
const when = (t) => `${t.slice(0, 16).replace('T', ' ')} UTC`;
/** "1 run", "3 runs": the body is read by people, not parsed. */
function signalTable(report) {
    const rows = report.signals.map((s) => {
        const flag = s.informational ? 'ℹ️ info' : s.skipped ? '– skipped' : s.triggered ? '🔴 drift' : '🟢 ok';
        return `| ${s.label} | ${fmtNum(s.baseline, s)} | ${fmtNum(s.now, s)} | ${s.threshold} | ${flag} |`;
    });
    return ['| Signal | Baseline | Now | Threshold | |', '|---|---|---|---|---|', ...rows].join('\n');
}
function whatChanged(report) {
    const lines = report.signals.filter((s) => s.triggered).map((s) => `- **${s.label}**: ${(0,report_escape/* escapeText */.X1)(s.detail)}`);
    const model = report.signals.find((s) => s.name === 'model');
    if (model && model.detail !== 'unchanged')
        lines.push(`- ℹ️ ${(0,report_escape/* escapeText */.X1)(model.detail)} (informational)`);
    return lines.join('\n');
}
function baselineLine(b, entry) {
    const prompt = `prompt \`${entry.promptVersion.replace(/[^0-9a-f]/gi, '')}\`, settings \`${entry.settingsHash.replace(/[^0-9a-z]/gi, '')}\``;
    if (!b)
        return `Baseline: none yet for ${prompt}.`;
    return b.kind === 'pinned'
        ? `Baseline: the pinned run of ${when(b.since)} (${prompt}).`
        : `Baseline: the first ${b.entries.length === 1 ? 'run' : (0,format/* count */.U9)(b.entries.length, 'run')} of ${prompt}, ${when(b.since)}${b.entries.length === 1 ? '' : ' onwards'}.`;
}
function runLink(input) {
    const id = input.entry.runId.replace(/[^A-Za-z0-9._:-]/g, '');
    return input.runUrl && /^https?:\/\/[^\s()<>]+$/.test(input.runUrl) ? `[run ${id}](${input.runUrl})` : `run \`${id}\``;
}
/** The flipped cases, as many as fit in `budget` characters. */
function flippedSection(report, budget) {
    if (report.flipped.length === 0)
        return '';
    const head = `### Cases that flipped from pass to fail (${report.flipped.length})\n\n`;
    let out = head;
    let shown = 0;
    for (const f of report.flipped) {
        const score = (x) => (x === null ? '–' : x.toFixed(2));
        const part = 
        // Markdown is not rendered inside <summary>: the id goes in as escaped HTML.
        `<details><summary><code>${htmlText(f.id)}</code>: score ${score(f.baselineScore)} → ${score(f.nowScore)}</summary>\n\n` +
            `Baseline output:\n\n${f.baselineOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(f.baselineOutput, { maxChars: 1000 }) : '_(not stored)_'}\n\n` +
            `Current output:\n\n${f.nowOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(f.nowOutput, { maxChars: 1000 }) : '_(none)_'}\n\n</details>\n\n`;
        if (out.length + part.length > budget)
            break;
        out += part;
        shown++;
    }
    if (shown < report.flipped.length) {
        out += `_…and ${report.flipped.length - shown} more flipped case(s), left out to stay within GitHub's size limit; see the history file and the run's results._\n\n`;
    }
    return out;
}
/** The oldest run of the unbroken trailing stretch served by the current model id + fingerprint. */
function modelSince(history, entry) {
    const key = (e) => `${e.servedModels.join(',')}|${e.fingerprints.join(',')}`;
    let since;
    for (let i = history.length - 1; i >= 0; i--) {
        const e = history[i];
        if (e.servedModels.length === 0 && e.fingerprints.length === 0)
            continue; // all requests failed: unknown
        if (key(e) !== key(entry))
            break;
        since = e;
    }
    return since;
}
function modelSection(input) {
    const models = input.report?.signals.find((s) => s.name === 'model');
    if (!models)
        return '';
    const table = `### Model\n\n| | Served model (fingerprint) |\n|---|---|\n| Baseline | ${(0,report_escape/* codeSpan */.SS)(String(models.baseline ?? '–'), { table: true })} |\n| Now | ${(0,report_escape/* codeSpan */.SS)(String(models.now ?? '–'), { table: true })} |\n`;
    if (models.detail === 'unchanged')
        return table;
    const since = modelSince(input.history, input.entry);
    return since ? `${table}\nThe current model / fingerprint is served since ${when(since.time)}.\n` : table;
}
function fit(body) {
    if (body.length <= MAX_BODY_CHARS)
        return body;
    const note = '\n\n_…truncated to fit GitHub\'s 65,536-character limit._\n';
    return body.slice(0, MAX_BODY_CHARS - note.length) + note;
}
function renderDriftIssueBody(input) {
    const { suite, report } = input;
    const parts = [driftMarker(suite), `## Drift detected in suite \`${safeSuiteName(suite)}\``, ''];
    parts.push(`Drifting since ${when(input.since.time)} (run \`${input.since.runId.replace(/[^A-Za-z0-9._:-]/g, '')}\`)` +
        (input.confirmations > 0 ? `, confirmed by ${(0,format/* count */.U9)(input.confirmations, 're-run')}.` : '.'), baselineLine(input.baseline, input.entry), '');
    if (report)
        parts.push('### What changed', '', whatChanged(report), '', '### Baseline vs now', '', signalTable(report), '');
    parts.push(`### Score over the last runs`, '', scoreChartMermaid(suite, input.history), '');
    parts.push('<details><summary>Table</summary>', '', scoreTableMarkdown(input.history), '', '</details>', '');
    const model = modelSection(input);
    if (model)
        parts.push(model);
    if (input.entry.redactions)
        parts.push(`Governance: ${(0,format/* count */.U9)(input.entry.redactions, 'personal-data or secret value')} redacted from the outputs of this run.`, '');
    const tail = `---\n${runLink(input)} · this issue is closed automatically after ${(0,format/* count */.U9)(input.recoverAfter, 'healthy run')} in a row. Pin a new baseline with \`evalgate drift --pin\` if the change is intended.\n`;
    // A blank line before what follows, so the last table ends there in every Markdown renderer.
    let body = `${parts.join('\n')}\n`;
    if (report)
        body += flippedSection(report, BUDGET - body.length - tail.length);
    return fit(body + tail);
}
/** Comment while the drift persists (at most one per run). */
function renderPersistComment(input) {
    const parts = [
        `<!-- evalgate:drift-update suite=${safeSuiteName(input.suite)} -->`,
        `Still drifting as of ${when(input.entry.time)} (${runLink(input)}), since ${when(input.since.time)}.`,
        '',
    ];
    if (input.report)
        parts.push(whatChanged(input.report), '', signalTable(input.report), '');
    let body = `${parts.join('\n')}\n`;
    if (input.report)
        body += flippedSection(input.report, BUDGET - body.length);
    return fit(body);
}
/** Comment posted when the suite recovered; the issue is closed right after. */
function renderRecoveryComment(input) {
    const parts = [
        `<!-- evalgate:drift-recovered suite=${safeSuiteName(input.suite)} -->`,
        `Recovered: ${(0,format/* count */.U9)(input.healthyStreak, 'healthy run')} in a row, the latest at ${when(input.entry.time)} (${runLink(input)}). Closing.`,
        '',
    ];
    if (input.report)
        parts.push(signalTable(input.report), '');
    else
        parts.push(`(${baselineLine(input.baseline, input.entry)} A prompt or settings change started a new baseline.)`, '');
    return fit(parts.join('\n'));
}

// EXTERNAL MODULE: ./lib/src/core/stats/paired.js + 1 modules
var paired = __webpack_require__(1080);
;// CONCATENATED MODULE: ./lib/src/core/drift/signals.js

/**
 * Noise floors below which relative changes are not drift: loopback or runner jitter of a few
 * milliseconds is +100% of a tiny latency, and one extra token is +10% of a short answer.
 */
const LATENCY_FLOOR_MS = 250;
const TOKENS_FLOOR = 5;
/**
 * Flipped cases trigger when at least this many flipped pass → fail AND clearly more flipped that way
 * than the other (exact one-sided McNemar test at the drift confidence), and only for temperature-0
 * suites. On a sampled suite borderline cases flip both ways every night, and a multi-run baseline's
 * majority verdict is steadier than one run's, which biases flips towards pass → fail (a seeded
 * simulation showed ~10% false alarms): there the flips are listed, and the paired score test decides.
 */
const MIN_FLIPPED_CASES = 2;
/** One-sided exact McNemar p-value: P(X ≥ worse) for X ~ Binomial(worse + better, 1/2). */
function mcnemarP(worse, better) {
    const n = worse + better;
    if (n === 0)
        return 1;
    let p = 0;
    let c = 1; // C(n, 0)
    for (let k = 0; k <= n; k++) {
        if (k >= worse)
            p += c;
        c = (c * (n - k)) / (k + 1);
    }
    return Math.min(1, p / 2 ** n);
}
const rel = (base, now) => base === null || now === null || base === 0 ? null : (now - base) / base;
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
function computeSignals(baseline, now, t) {
    const signals = [];
    // --- score: paired over cases scored in both runs.
    // Same statistics as the PR gate (paired t over cases), baseline playing "base" and now "head".
    const pairs = [];
    for (const c of now.cases) {
        const b = baseline.cases.get(c.id);
        if (b && b.score !== null && c.score !== null)
            pairs.push([b.score, c.score]);
    }
    const test = (0,paired/* pairedDelta */.Q)(pairs, t.confidence);
    const pValue = test?.pValue ?? null;
    const alpha = 1 - t.confidence;
    const drop = test ? -test.delta : null;
    const scoreTriggered = drop !== null && pValue !== null && drop > t.maxScoreDrop && pValue < alpha;
    signals.push({
        name: 'score',
        label: 'Mean score',
        unit: 'score',
        baseline: baseline.meanScore,
        now: now.aggregates.meanScore,
        threshold: `drop > ${t.maxScoreDrop} with p < ${round(alpha, 3)}`,
        triggered: scoreTriggered,
        informational: false,
        detail: drop === null
            ? 'no case was scored in both runs'
            : `score ${drop > 0 ? `dropped by ${round(drop, 3)}` : `changed by ${round(-drop, 3)}`} over ${pairs.length} paired cases` +
                (pValue !== null ? ` (p = ${round(pValue, 4)})` : ''),
    });
    // --- pass → fail flips (and fail → pass, for the paired test).
    const flipped = [];
    let basePassing = 0;
    let fixedCount = 0;
    for (const c of now.cases) {
        const b = baseline.cases.get(c.id);
        if (!b)
            continue;
        if (b.pass === false && c.pass === true)
            fixedCount++;
        if (b.pass !== true)
            continue;
        basePassing++;
        if (c.pass === false) {
            const f = { id: c.id, baselineScore: b.score, nowScore: c.score };
            if (b.output !== undefined)
                f.baselineOutput = b.output;
            if (c.output !== undefined)
                f.nowOutput = c.output;
            flipped.push(f);
        }
    }
    const flipP = mcnemarP(flipped.length, fixedCount);
    signals.push({
        name: 'flipped',
        label: 'Cases pass → fail',
        unit: 'cases',
        baseline: 0,
        now: flipped.length,
        threshold: `≥ ${MIN_FLIPPED_CASES}, more than fail → pass (p < ${round(alpha, 3)})`,
        triggered: now.temperature === 0 && flipped.length >= MIN_FLIPPED_CASES && flipP < alpha,
        informational: now.temperature !== 0,
        detail: `${flipped.length} of ${basePassing} baseline-passing cases now fail, ${fixedCount} failing cases now pass (p = ${round(flipP, 4)})` +
            (now.temperature === 0 ? '' : '; sampled suite, so the score test decides'),
    });
    // --- materially changed outputs: meaningful only when the suite is deterministic (temperature 0).
    if (now.temperature === 0) {
        let compared = 0;
        let changed = 0;
        for (const c of now.cases) {
            const b = baseline.cases.get(c.id);
            if (!b || b.digests.size === 0 || c.outputDigest === undefined)
                continue;
            compared++;
            if (!b.digests.has(c.outputDigest))
                changed++;
        }
        const share = compared === 0 ? null : changed / compared;
        signals.push({
            name: 'changed-outputs',
            label: 'Outputs changed',
            unit: 'share',
            baseline: 0,
            now: share,
            threshold: `> ${pct(t.maxChangedOutputs).slice(1)} of cases`,
            triggered: share !== null && share > t.maxChangedOutputs,
            informational: false,
            detail: share === null ? 'no comparable outputs' : `${changed} of ${compared} outputs differ from the baseline`,
        });
    }
    else {
        signals.push({
            name: 'changed-outputs',
            label: 'Outputs changed',
            unit: 'share',
            baseline: null,
            now: null,
            threshold: `> ${pct(t.maxChangedOutputs).slice(1)} of cases`,
            triggered: false,
            informational: false,
            skipped: 'temperature is not 0, outputs vary by design',
            detail: 'not checked (temperature is not 0)',
        });
    }
    // --- verbosity, latency, cost: relative changes beyond thresholds and noise floors.
    const tokB = baseline.tokensOutPerRequest;
    const tokN = now.aggregates.tokensOutPerRequest;
    const tokRel = rel(tokB, tokN);
    signals.push({
        name: 'output-tokens',
        label: 'Output tokens / request',
        unit: 'tokens',
        baseline: tokB,
        now: tokN,
        threshold: `± ${pct(t.maxOutputTokenChange).slice(1)}`,
        triggered: tokRel !== null && Math.abs(tokRel) > t.maxOutputTokenChange && Math.abs(tokN - tokB) >= TOKENS_FLOOR,
        informational: false,
        detail: tokRel === null ? 'not comparable' : `output tokens per request ${pct(tokRel)}`,
    });
    const latB = baseline.latencyP95;
    const latN = now.aggregates.latencyP95;
    const latRel = rel(latB, latN);
    signals.push({
        name: 'latency-p95',
        label: 'p95 latency (ms)',
        unit: 'ms',
        baseline: latB,
        now: latN,
        threshold: `+ ${pct(t.maxLatencyIncrease).slice(1)} (and ≥ ${LATENCY_FLOOR_MS} ms)`,
        triggered: latRel !== null && latRel > t.maxLatencyIncrease && latN - latB >= LATENCY_FLOOR_MS,
        informational: false,
        detail: latRel === null ? 'not comparable' : `p95 latency ${pct(latRel)}`,
    });
    const costB = baseline.costPerRequestUsd;
    const costN = now.aggregates.costPerRequestUsd;
    const costRel = rel(costB, costN);
    signals.push({
        name: 'cost-per-request',
        label: 'Cost / request (USD)',
        unit: 'usd',
        baseline: costB,
        now: costN,
        threshold: `+ ${pct(t.maxCostIncrease).slice(1)}`,
        triggered: costRel !== null && costRel > t.maxCostIncrease,
        informational: false,
        detail: costRel === null ? 'price unknown or not comparable' : `cost per request ${pct(costRel)}`,
    });
    // --- served model / fingerprint: informational only.
    const modelChanged = !sameSet(baseline.servedModels, now.servedModels);
    const fpChanged = !sameSet(baseline.fingerprints, now.fingerprints);
    signals.push({
        name: 'model',
        label: 'Served model / fingerprint',
        unit: 'text',
        baseline: describeModels(baseline.servedModels, baseline.fingerprints),
        now: describeModels(now.servedModels, now.fingerprints),
        threshold: 'informational',
        triggered: false,
        informational: true,
        detail: modelChanged
            ? `served model changed: ${baseline.servedModels.join(', ') || 'unknown'} → ${now.servedModels.join(', ') || 'unknown'}`
            : fpChanged
                ? 'system fingerprint changed'
                : 'unchanged',
    });
    return {
        drifted: signals.some((s) => s.triggered && !s.informational),
        signals,
        flipped,
        pairedCases: pairs.length,
        scoreDelta: test ? test.delta : null,
        pValue,
    };
}
/** True when the served model id or fingerprint differs from the baseline (for history and reports). */
function modelChanged(report) {
    return report.signals.some((s) => s.name === 'model' && s.detail !== 'unchanged');
}
function sameSet(a, b) {
    const sa = new Set(a);
    const sb = new Set(b);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
function describeModels(models, fps) {
    const m = models.length ? models.join(', ') : 'unknown';
    return fps.length ? `${m} (${fps.join(', ')})` : m;
}
function round(x, digits) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/dashboard.js
const METRICS = [
    { key: 'score', label: 'Mean score', value: (e) => e.aggregates.meanScore, format: (v) => v.toFixed(3) },
    { key: 'cost', label: 'Cost / request (USD)', value: (e) => e.aggregates.costPerRequestUsd, format: (v) => `$${v.toPrecision(3)}` },
    { key: 'latency', label: 'p95 latency (ms)', value: (e) => e.aggregates.latencyP95, format: (v) => `${Math.round(v)}` },
    { key: 'tokens', label: 'Output tokens / request', value: (e) => e.aggregates.tokensOutPerRequest, format: (v) => v.toFixed(1) },
];
const W = 460;
const H = 170;
const PAD = { l: 66, r: 12, t: 12, b: 28 };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** Indices where the served model / fingerprint or the prompt differs from the previous entry. */
function changePoints(entries) {
    const out = [];
    for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1];
        const b = entries[i];
        if (a.promptVersion !== b.promptVersion || a.settingsHash !== b.settingsHash) {
            out.push({ index: i, kind: 'prompt', text: `prompt/settings ${a.promptVersion} → ${b.promptVersion}` });
        }
        else if (a.servedModels.join(',') !== b.servedModels.join(',') || a.fingerprints.join(',') !== b.fingerprints.join(',')) {
            out.push({ index: i, kind: 'model', text: `model ${a.servedModels.join(', ')} ${a.fingerprints.join(',')} → ${b.servedModels.join(', ')} ${b.fingerprints.join(',')}` });
        }
    }
    return out;
}
function chart(entries, m) {
    const pts = entries.map((e, i) => ({ i, v: m.value(e), e })).filter((p) => p.v !== null && Number.isFinite(p.v));
    const head = `<figure class="metric"><figcaption>${escapeHtml(m.label)}</figcaption>`;
    if (pts.length === 0)
        return `${head}<p class="empty">no data</p></figure>`;
    let lo = Math.min(...pts.map((p) => p.v));
    let hi = Math.max(...pts.map((p) => p.v));
    if (hi - lo < 1e-9) {
        const pad = Math.abs(hi) * 0.05 || 0.05;
        lo -= pad;
        hi += pad;
    }
    const n = Math.max(entries.length - 1, 1);
    const x = (i) => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
    const y = (v) => PAD.t + (H - PAD.t - PAD.b) * (1 - (v - lo) / (hi - lo));
    const path = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
    const marks = changePoints(entries)
        .map((c) => `<line class="${c.kind}-change" x1="${x(c.index - 0.5).toFixed(1)}" x2="${x(c.index - 0.5).toFixed(1)}" y1="${PAD.t}" y2="${H - PAD.b}"><title>${escapeHtml(entries[c.index].time)}: ${escapeHtml(c.text)}</title></line>`)
        .join('');
    const dots = pts
        .map((p) => `<circle class="pt ${p.e.status === 'drifted' ? 'drifted' : ''}" cx="${x(p.i).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="3"><title>${escapeHtml(p.e.time)} · ${escapeHtml(m.format(p.v))} · ${escapeHtml(p.e.status ?? '')}</title></circle>`)
        .join('');
    const axis = `<line class="axis" x1="${PAD.l}" x2="${W - PAD.r}" y1="${H - PAD.b}" y2="${H - PAD.b}"/>` +
        `<line class="axis" x1="${PAD.l}" x2="${PAD.l}" y1="${PAD.t}" y2="${H - PAD.b}"/>` +
        `<text class="tick" x="${PAD.l - 4}" y="${y(hi) + 4}" text-anchor="end">${escapeHtml(m.format(hi))}</text>` +
        `<text class="tick" x="${PAD.l - 4}" y="${y(lo) + 4}" text-anchor="end">${escapeHtml(m.format(lo))}</text>` +
        `<text class="tick" x="${PAD.l}" y="${H - 8}">${escapeHtml(entries[0].time.slice(0, 10))}</text>` +
        `<text class="tick" x="${W - PAD.r}" y="${H - 8}" text-anchor="end">${escapeHtml(entries[entries.length - 1].time.slice(0, 10))}</text>`;
    return `${head}<svg class="chart" data-metric="${m.key}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(m.label)}">${axis}${marks}<path class="line" d="${path}"/>${dots}</svg></figure>`;
}
function suiteSection(h) {
    const e = h.entries;
    const last = e[e.length - 1];
    const status = last ? (last.status ?? 'recorded') : 'no runs';
    const changes = changePoints(e);
    const changeList = changes.length
        ? `<ul class="changes">${changes.map((c) => `<li>${escapeHtml(e[c.index].time.slice(0, 16))}: ${escapeHtml(c.text)}</li>`).join('')}</ul>`
        : '';
    return (`<section class="suite" data-suite="${escapeHtml(h.suite)}"><h2>${escapeHtml(h.suite)} <span class="status ${escapeHtml(status)}">${escapeHtml(status)}</span>` +
        `${h.state.drifting ? ' <span class="status drifted">drifting</span>' : ''}</h2>` +
        `<p class="meta">${e.length} runs · latest ${escapeHtml(last?.time ?? '–')} · model ${escapeHtml(last?.servedModels.join(', ') || last?.model || '–')} · prompt ${escapeHtml(last?.promptVersion ?? '–')}</p>` +
        `<div class="grid">${METRICS.map((m) => chart(e, m)).join('')}</div>${changeList}</section>`);
}
const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin:24px 0 4px}.meta{color:#57606a;margin:0 0 8px}
.grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px;min-width:460px}
figcaption{font-weight:600;font-size:12px}.line{fill:none;stroke:#0969da;stroke-width:2}.pt{fill:#0969da}.pt.drifted{fill:#cf222e}
.axis{stroke:#8c959f}.tick{font-size:10px;fill:#57606a}.model-change{stroke:#bf8700;stroke-dasharray:4 3}
.prompt-change{stroke:#8250df;stroke-dasharray:2 2}.status{font-size:12px;padding:1px 6px;border-radius:10px;background:#ddf4ff}
.status.drifted{background:#ffebe9;color:#cf222e}.legend span{margin-right:12px}.empty{color:#57606a}`;
function renderDashboard(histories, opts) {
    const title = opts.title ?? 'evalgate drift dashboard';
    const suites = [...histories].sort((a, b) => a.suite.localeCompare(b.suite));
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p class="meta">Generated ${escapeHtml(opts.generatedAt)} from ${suites.length} suite histories.
<span class="legend"><span style="color:#bf8700">┆ model/fingerprint change</span><span style="color:#8250df">┆ prompt/settings change</span><span style="color:#cf222e">● drifted run</span></span></p>
${suites.length === 0 ? '<p class="empty">No history yet.</p>' : suites.map(suiteSection).join('\n')}
</body></html>
`;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/check.js





/** Healthy runs in a row at the end of `entries` (inconclusive runs neither count nor break the streak). */
function healthyStreak(entries) {
    let n = 0;
    for (let i = entries.length - 1; i >= 0; i--) {
        const s = entries[i].status;
        if (s === 'inconclusive')
            continue;
        if (s === 'drifted')
            break;
        n++;
    }
    return n;
}
/** The first run of the current drift episode (the trailing run of drifted entries). */
function driftSince(entries) {
    let first;
    for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        if (e.status === 'inconclusive')
            continue;
        if (e.status !== 'drifted')
            break;
        first = e;
    }
    return first;
}
/** What to do with the suite's issue after this run. */
function decideAction(status, issueOpen, streak, recoverAfter) {
    if (status === 'inconclusive')
        return 'none';
    if (status === 'drifted')
        return issueOpen ? 'comment' : 'open';
    return issueOpen && streak >= recoverAfter ? 'close' : 'none';
}
async function runDriftCheck(opts, deps) {
    const log = deps.log ?? (() => { });
    const time = new Date(deps.clock.now()).toISOString();
    const maxErrorRate = opts.maxErrorRate ?? 0.2;
    const bySuite = new Map(opts.suites.map((s) => [s.name, s]));
    const live = async (suites, runId) => {
        const out = await deps.runEval(suites.map((suite) => ({ label: 'live', suite })), { ...opts.run, runId, cacheMode: 'refresh', ...(opts.commit ? { commit: opts.commit } : {}) }, deps.engine);
        return { results: new Map(out.results.map((r) => [r.suite.name, r.suite])), costCapHit: out.costCapHit };
    };
    const entryOf = (r, runId, pinned = false) => toHistoryEntry(r, {
        time,
        runId,
        ...(opts.commit ? { commit: opts.commit } : {}),
        ...(bySuite.get(r.name)?.provider.temperature !== undefined ? { temperature: bySuite.get(r.name).provider.temperature } : {}),
        pinned,
    });
    const inconclusive = (e) => e.aggregates.meanScore === null || e.aggregates.samples === 0 || 1 - e.aggregates.ok / e.aggregates.samples > maxErrorRate;
    // 1. The live run of every suite.
    const first = await live(opts.suites, opts.runId);
    let costCapHit = first.costCapHit;
    const pending = [];
    for (const suite of opts.suites) {
        const result = first.results.get(suite.name);
        if (!result)
            continue;
        const history = (await deps.history.load(suite.name)) ?? emptyHistory(suite.name);
        const entry = entryOf(result, opts.runId, opts.pin === true);
        const p = { suite: suite.name, history, entry, issueOpen: history.state.drifting, suspect: false, confirmations: 0 };
        if (deps.issues) {
            try {
                p.issue = await deps.issues.findOpen(suite.name);
                p.issueOpen = p.issue !== undefined;
            }
            catch (e) {
                p.error = `could not look up the drift issue: ${e.message}`;
            }
        }
        if (inconclusive(entry))
            entry.status = 'inconclusive';
        else if (opts.pin)
            entry.status = 'baseline';
        else {
            const baseline = selectBaseline(history.entries, entry, opts.drift.baselineRuns);
            if (!baseline)
                entry.status = 'baseline';
            else {
                p.baseline = baseline;
                p.report = computeSignals(viewBaseline(baseline), entry, opts.drift);
                entry.triggered = p.report.signals.filter((s) => s.triggered).map((s) => s.name);
                if (!p.report.drifted)
                    entry.status = 'healthy';
                else if (p.issueOpen)
                    entry.status = 'drifted'; // already alarmed: persistence needs no confirmation
                else
                    p.suspect = true;
            }
        }
        pending.push(p);
    }
    // 3. Confirm suspected drifts with re-runs; one disagreeing re-run clears the alarm.
    let suspects = pending.filter((p) => p.suspect);
    for (let i = 1; i <= opts.drift.confirmRuns && suspects.length > 0; i++) {
        log(`confirming drift of ${suspects.map((p) => p.suite).join(', ')} (re-run ${i} of ${opts.drift.confirmRuns})`);
        const again = await live(suspects.map((p) => bySuite.get(p.suite)), `${opts.runId}-confirm${i}`);
        costCapHit ||= again.costCapHit;
        for (const p of suspects) {
            const r = again.results.get(p.suite);
            const e = r ? entryOf(r, `${opts.runId}-confirm${i}`) : undefined;
            const agrees = e !== undefined && !inconclusive(e) && computeSignals(viewBaseline(p.baseline), e, opts.drift).drifted;
            if (agrees)
                p.confirmations++;
            else {
                p.suspect = false;
                p.entry.status = 'unconfirmed';
            }
        }
        suspects = suspects.filter((p) => p.suspect);
    }
    for (const p of suspects)
        p.entry.status = 'drifted';
    // 4. Record, then report.
    const outcomes = [];
    for (const p of pending) {
        const status = p.entry.status;
        const simulated = appendBounded(p.history.entries, p.entry, Number.MAX_SAFE_INTEGER);
        const streak = healthyStreak(simulated);
        const action = decideAction(status, p.issueOpen, streak, opts.drift.recoverAfter);
        let history = p.history;
        const outcome = {
            suite: p.suite,
            status,
            entry: p.entry,
            confirmations: p.confirmations,
            action,
            healthyStreak: streak,
            ...(p.baseline ? { baseline: p.baseline } : {}),
            ...(p.report ? { report: p.report } : {}),
            ...(p.issue ? { issue: p.issue } : {}),
            ...(p.error ? { error: p.error } : {}),
        };
        // Both failures are reported: a history write error must not be hidden by a later issue error.
        const addError = (msg) => {
            outcome.error = outcome.error ? `${outcome.error}; ${msg}` : msg;
        };
        try {
            history = await deps.history.update(p.suite, (current) => recordEntry(current, p.entry, action, opts));
        }
        catch (e) {
            addError(`could not write the history (${deps.history.where}): ${e.message}`);
            history = { ...p.history, entries: simulated };
        }
        if (deps.issues && action !== 'none' && !p.error) {
            try {
                await applyIssueAction(deps.issues, action, outcome, history, opts);
            }
            catch (e) {
                outcome.actionFailed = true;
                addError(`could not ${action} the drift issue: ${e.message}`);
            }
        }
        outcomes.push(outcome);
    }
    const result = { runId: opts.runId, time, outcomes, costCapHit };
    if (opts.dashboard !== false) {
        try {
            const all = [];
            // Listed suites plus the configured ones (a store may not be able to list, e.g. an empty branch).
            const names = new Set([...(await deps.history.list()), ...opts.suites.map((s) => s.name)]);
            for (const name of names) {
                const h = await deps.history.load(name);
                if (h)
                    all.push(h);
            }
            result.dashboard = await deps.history.writeDashboard(renderDashboard(all, { generatedAt: time }));
        }
        catch (e) {
            log(`warning: could not write the dashboard: ${e.message}`);
        }
    }
    return result;
}
/** The history update (re-applied on a concurrent write): append, re-bound, compact, track the state. */
function recordEntry(current, entry, action, opts) {
    // A new pin replaces older pins of the same segment (only the newest pin is the baseline).
    const base = opts.pin
        ? current.entries.map((e) => (e.pinned && sameSegment(e, entry) && e.runId !== entry.runId ? { ...e, pinned: false } : e))
        : current.entries;
    const keep = baselineKeeper(appendBounded(base, entry, Number.MAX_SAFE_INTEGER), opts.drift.baselineRuns);
    const entries = compactHistory(appendBounded(base, entry, opts.drift.historyLimit, keep), keep);
    const state = { ...current.state };
    if (action === 'open' || (entry.status === 'drifted' && !state.drifting)) {
        state.drifting = true;
        state.since = driftSince(entries)?.time ?? entry.time;
        state.sinceRunId = driftSince(entries)?.runId ?? entry.runId;
    }
    else if (action === 'close' || (state.drifting && entry.status !== 'drifted' && entry.status !== 'inconclusive' && healthyStreak(entries) >= opts.drift.recoverAfter)) {
        state.drifting = false;
        delete state.since;
        delete state.sinceRunId;
        delete state.issueNumber;
    }
    return { ...current, entries, state };
}
async function applyIssueAction(issues, action, outcome, history, opts) {
    const since = driftSince(history.entries) ?? outcome.entry;
    const input = {
        suite: outcome.suite,
        entry: outcome.entry,
        history: history.entries,
        since,
        confirmations: outcome.confirmations,
        healthyStreak: outcome.healthyStreak,
        recoverAfter: opts.drift.recoverAfter,
        ...(outcome.baseline ? { baseline: outcome.baseline } : {}),
        ...(outcome.report ? { report: outcome.report } : {}),
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    };
    if (action === 'open') {
        const opened = await issues.open(outcome.suite, driftIssueTitle(outcome.suite), renderDriftIssueBody(input));
        outcome.issue = { number: opened.number, url: opened.url };
        if (opened.closedDuplicates.length)
            outcome.closedDuplicates = opened.closedDuplicates;
    }
    else if (action === 'comment' && outcome.issue) {
        await issues.comment(outcome.issue.number, renderPersistComment(input));
    }
    else if (action === 'close' && outcome.issue) {
        await issues.close(outcome.issue.number, renderRecoveryComment(input));
    }
}

;// CONCATENATED MODULE: ./lib/src/core/drift/run-report.js
// What a drift check tells its caller: one log line per run (daemon, CLI), and a Markdown summary
// (`--markdown`, the action's job summary). Only figures and our own names go in: model outputs stay
// in the issues, where they are escaped.

const score = (x) => (x === null || x === undefined ? '–' : x.toFixed(3));
function baselineScore(o) {
    const s = o.report?.signals.find((x) => x.name === 'score');
    return typeof s?.baseline === 'number' ? s.baseline : null;
}
/** What happened to the suite's issue; `withRef` false when the caller shows the issue link itself. */
function actionText(o, withRef = true) {
    const ref = o.issue && withRef ? ` #${o.issue.number}` : '';
    if (o.action === 'none')
        return '';
    if (o.actionFailed)
        return `${o.action} of the issue${ref} failed`;
    if (!o.issue)
        return o.action === 'open' ? 'drift opened' : o.action === 'close' ? 'recovered' : 'still drifting';
    switch (o.action) {
        case 'open':
            return withRef ? `issue${ref} opened` : 'opened';
        case 'comment':
            return withRef ? `commented on${ref}` : 'commented';
        case 'close':
            return withRef ? `issue${ref} closed` : 'closed';
    }
}
/** One line for logs: `<time> drift <runId>: a healthy 0.950 (base 0.960), b DRIFTED 0.81 (base 0.93) issue #3 opened`. */
function driftLogLine(r, elapsedMs) {
    const parts = r.outcomes.map((o) => {
        const st = o.status === 'drifted' ? 'DRIFTED' : o.status;
        const base = baselineScore(o);
        const act = actionText(o);
        return `${safeSuiteName(o.suite)} ${st} ${score(o.entry.aggregates.meanScore)}${base !== null ? ` (base ${score(base)})` : ''}${act ? ` ${act}` : ''}${o.error ? ` [error: ${o.error}]` : ''}`;
    });
    const took = elapsedMs === undefined ? '' : ` in ${(elapsedMs / 1000).toFixed(1)}s`;
    return `${r.time} drift ${r.runId}: ${parts.join('; ') || 'no suites'}${r.costCapHit ? ' (cost cap hit)' : ''}${took}`;
}
function renderDriftSummary(r) {
    const lines = [
        '## evalgate drift check',
        '',
        `Run \`${r.runId}\` at ${r.time}.`,
        '',
        '| Suite | Status | Score (baseline → now) | Triggered | Served model | Issue |',
        '|---|---|---|---|---|---|',
    ];
    for (const o of r.outcomes) {
        const trig = o.report?.signals.filter((s) => s.triggered).map((s) => s.label).join(', ') || '–';
        const models = o.entry.servedModels.join(', ').replace(/[^A-Za-z0-9._:, -]/g, '') || '–';
        const issue = o.issue ? `[#${o.issue.number}](${o.issue.url}) ${actionText(o, false)}`.trim() : actionText(o) || '–';
        lines.push(`| \`${safeSuiteName(o.suite)}\` | ${o.status === 'drifted' ? '🔴 drifted' : o.status} | ${score(baselineScore(o))} → ${score(o.entry.aggregates.meanScore)} | ${trig} | ${models} | ${issue} |`);
    }
    const errors = r.outcomes.filter((o) => o.error);
    if (errors.length)
        lines.push('', ...errors.map((o) => `- ⚠️ \`${safeSuiteName(o.suite)}\`: ${o.error.replace(/[<>@`]/g, '')}`));
    if (r.costCapHit)
        lines.push('', '⚠️ The run cost cap was reached; some samples were skipped.');
    if (r.dashboard)
        lines.push('', `Dashboard: \`${r.dashboard}\``);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 15 modules
var engine = __webpack_require__(7281);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 31 modules
var app_runtime = __webpack_require__(352);
// EXTERNAL MODULE: ./lib/src/app/version.js + 1 modules
var version = __webpack_require__(4130);
;// CONCATENATED MODULE: ./lib/src/app/drift/flow.js
// One drift check with the real runtime, for every entry point (the action's drift mode, `evalgate drift`
// and the `evalgate monitor` daemon): live answers (cache refreshed, never read), the check against the
// history, and what the caller presents (log line, Markdown summary, JSON result, exit status).






async function runDriftFlow(input) {
    const { config } = input;
    const scorers = input.scorers ?? (0,app_runtime/* buildScorerRegistry */._c)();
    // Live answers still refresh the response cache, so a later `evalgate run` can reuse them.
    const runtime = (0,app_runtime/* buildRuntime */.NC)({
        config,
        env: input.env,
        plan: { mode: 'refresh', store: 'cache' },
        scorers,
        warn: input.warn,
        ...(input.tracePath ? { tracePath: input.tracePath } : {}),
        ...(input.model ? { model: input.model } : {}),
    });
    const clock = input.clock ?? (0,system_clock/* createSystemClock */.g)();
    const started = Date.now();
    let result;
    try {
        const { cacheMode: _live, ...runOptions } = runtime.options;
        const commit = input.commit ?? runOptions.commit;
        result = await runDriftCheck({
            suites: input.suites ?? config.suites,
            drift: config.drift,
            runId: `drift-${(0,app_runtime/* newRunId */.F$)(new Date(clock.now()))}`,
            run: { ...runOptions, toolVersion: version/* VERSION */.x, ...input.run },
            maxErrorRate: config.gate.maxErrorRate,
            ...(input.pin ? { pin: true } : {}),
            ...(commit ? { commit } : {}),
            ...(input.runUrl ? { runUrl: input.runUrl } : {}),
        }, {
            runEval: input.engine ?? engine/* runEval */.w,
            engine: runtime.deps,
            clock,
            history: input.reporting.history,
            ...(input.reporting.issues ? { issues: input.reporting.issues } : {}),
            log: input.log,
        });
    }
    finally {
        await runtime.close();
    }
    return {
        result,
        line: driftLogLine(result, Date.now() - started),
        summaryMarkdown: renderDriftSummary(result),
        drifted: result.outcomes.filter((o) => o.status === 'drifted').map((o) => o.suite),
        errors: result.outcomes.filter((o) => o.error).map((o) => `${o.suite}: ${o.error}`),
    };
}

// EXTERNAL MODULE: ./lib/src/adapters/github/sticky-comment.js
var sticky_comment = __webpack_require__(1968);
;// CONCATENATED MODULE: ./lib/src/adapters/github/drift-issues.js
// The drift issues on GitHub: one open issue per drifting suite, recognised by label + hidden marker +
// our own authorship (anyone can type the marker into an issue; only ours count). Never duplicated:
// after creating, we list again, and if an overlapping run created one as well, the oldest survives
// and the others are closed as duplicates (both runs reach the same answer, so this is idempotent).


function createDriftIssues(o) {
    const { octokit, owner, repo, label } = o;
    let author = o.author ? Promise.resolve(o.author) : undefined;
    const me = () => (author ??= (0,sticky_comment/* authenticatedLogin */.P)(octokit));
    /** Our open issues for `suite`, oldest first. */
    const listOurs = async (suite) => {
        const login = await me();
        const marker = driftMarker(suite);
        const found = [];
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'open',
            labels: label,
            sort: 'created',
            direction: 'asc',
            per_page: 100,
        })) {
            for (const i of page.data) {
                if (i.pull_request)
                    continue;
                if (i.user?.login !== login)
                    continue;
                if (typeof i.body !== 'string' || !i.body.includes(marker))
                    continue;
                found.push({ number: i.number, url: i.html_url });
            }
        }
        return found.sort((a, b) => a.number - b.number);
    };
    const comment = async (issue, body) => {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    };
    return {
        async findOpen(suite) {
            return (await listOurs(suite))[0];
        },
        async open(suite, title, body) {
            const { data: created } = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] });
            const ours = await listOurs(suite);
            // If listing lags behind the create, our new issue is the survivor.
            const survivor = ours[0] && ours[0].number < created.number ? ours[0] : { number: created.number, url: created.html_url };
            const closedDuplicates = [];
            for (const dup of [...ours, { number: created.number, url: created.html_url }]) {
                if (dup.number === survivor.number || closedDuplicates.includes(dup.number))
                    continue;
                o.log?.(`closing #${dup.number} as a duplicate of #${survivor.number} (overlapping drift checks)`);
                await comment(dup.number, `${driftMarker(suite).replace('evalgate:drift ', 'evalgate:drift-duplicate ')}\nDuplicate of #${survivor.number}: two drift checks overlapped. Closing this one.`);
                await octokit.rest.issues.update({ owner, repo, issue_number: dup.number, state: 'closed', state_reason: 'not_planned' });
                closedDuplicates.push(dup.number);
            }
            return { ...survivor, closedDuplicates };
        },
        comment,
        async close(issue, body) {
            await comment(issue, body);
            await octokit.rest.issues.update({ owner, repo, issue_number: issue, state: 'closed', state_reason: 'completed' });
        },
    };
}

// EXTERNAL MODULE: ./lib/src/adapters/github/octokit.js
var github_octokit = __webpack_require__(1774);
;// CONCATENATED MODULE: ./lib/src/adapters/history/branch-store.js
// History on a data branch of the repository (default `evalgate-data`), through the contents API so no
// checkout or git push is needed: history/<suite>.json per suite, dashboard/index.html for Pages.
// Writes carry the blob sha; a 409/422 means another run wrote first, so we re-read, re-apply the
// change (append + dedupe by runId + re-bound, see core/drift/check recordEntry) and retry: two
// overlapping runs both keep their entries.



function createBranchHistoryStore(o) {
    const { octokit, owner, repo, branch } = o;
    const attempts = o.maxAttempts ?? 8;
    const base = o.retryBaseMs ?? 200;
    let branchReady;
    const ensureBranch = () => (branchReady ??= (async () => {
        try {
            await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
            return;
        }
        catch (e) {
            if ((0,github_octokit.httpStatus)(e) !== 404)
                throw e;
        }
        // Start the data branch from the default branch's head: the contents API needs a commit to
        // build on, and the branch is never merged back, so sharing history with main costs nothing.
        const { data: r } = await octokit.rest.repos.get({ owner, repo });
        const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${r.default_branch}` });
        try {
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: head.object.sha });
            o.log?.(`created data branch ${branch} from ${r.default_branch}`);
        }
        catch (e) {
            if ((0,github_octokit.httpStatus)(e) !== 422)
                throw e; // 422 "Reference already exists": a concurrent run made it
        }
    })().catch((e) => {
        branchReady = undefined;
        throw e;
    }));
    const read = async (path) => {
        try {
            const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: branch });
            if (Array.isArray(data) || data.type !== 'file')
                return undefined;
            return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
        }
        catch (e) {
            if ((0,github_octokit.httpStatus)(e) === 404)
                return undefined;
            throw e;
        }
    };
    /** Writes path from `make(current text)`, retrying on concurrent updates. */
    const writeWithRetry = async (path, message, make) => {
        await ensureBranch();
        for (let attempt = 1;; attempt++) {
            const cur = await read(path);
            const text = make(cur?.text);
            try {
                await octokit.rest.repos.createOrUpdateFileContents({
                    owner,
                    repo,
                    path,
                    branch,
                    message,
                    content: Buffer.from(text, 'utf8').toString('base64'),
                    ...(cur ? { sha: cur.sha } : {}),
                });
                return text;
            }
            catch (e) {
                const s = (0,github_octokit.httpStatus)(e);
                if ((s !== 409 && s !== 422) || attempt >= attempts)
                    throw e;
                o.log?.(`${path} on ${branch} changed concurrently (HTTP ${s}); re-reading and merging (attempt ${attempt + 1} of ${attempts})`);
                await new Promise((r) => setTimeout(r, base * attempt * (0.5 + Math.random())));
            }
        }
    };
    const historyPath = (suite) => `history/${safeSuiteName(suite)}.json`;
    return {
        where: `branch ${branch} of ${owner}/${repo}`,
        async load(suite) {
            const cur = await read(historyPath(suite));
            return cur ? parseHistory(cur.text, `${branch}:${historyPath(suite)}`) : undefined;
        },
        async update(suite, change) {
            const path = historyPath(suite);
            let result;
            await writeWithRetry(path, `evalgate drift: history of ${safeSuiteName(suite)}`, (text) => {
                result = change(text === undefined ? emptyHistory(suite) : parseHistory(text, `${branch}:${path}`));
                return serializeHistory(result);
            });
            return result;
        },
        async list() {
            try {
                const { data } = await octokit.rest.repos.getContent({ owner, repo, path: 'history', ref: branch });
                if (!Array.isArray(data))
                    return [];
                return data.filter((f) => f.type === 'file' && f.name.endsWith('.json')).map((f) => f.name.slice(0, -'.json'.length)).sort();
            }
            catch (e) {
                if ((0,github_octokit.httpStatus)(e) === 404)
                    return [];
                throw e;
            }
        },
        async writeDashboard(html) {
            await writeWithRetry('dashboard/index.html', 'evalgate drift: dashboard', () => html);
            return `${branch}:dashboard/index.html`;
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
;// CONCATENATED MODULE: ./lib/src/adapters/history/local-store.js
// History in a local directory (the CLI's and daemon's default): <dir>/<suite>.json per suite and the
// dashboard as <dir>/index.html. Writes are atomic (temp file + rename in the same directory), and a
// read-modify-write holds a per-suite lock directory, so two processes sharing the directory (a manual
// `evalgate drift` while the daemon runs) cannot lose each other's entries.





/** A lock older than this is left over from a crashed process. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 15_000;
async function withLock(lockDir, fn) {
    const start = Date.now();
    for (;;) {
        try {
            await (0,promises_.mkdir)(lockDir);
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            const age = await (0,promises_.stat)(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > STALE_LOCK_MS)
                await (0,promises_.rmdir)(lockDir).catch(() => { });
            else if (Date.now() - start > LOCK_WAIT_MS)
                throw new Error(`history is locked by another process (${lockDir}); remove it if no drift check is running`);
            else
                await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
        }
    }
    try {
        return await fn();
    }
    finally {
        await (0,promises_.rmdir)(lockDir).catch(() => { });
    }
}
function createLocalHistoryStore(dir) {
    const file = (suite) => (0,external_node_path_.join)(dir, `${safeSuiteName(suite)}.json`);
    const load = async (suite) => {
        let text;
        try {
            text = await (0,promises_.readFile)(file(suite), 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
        return parseHistory(text, file(suite));
    };
    return {
        where: `history dir ${dir}`,
        load,
        async update(suite, change) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            return withLock(`${file(suite)}.lock`, async () => {
                const next = change((await load(suite)) ?? emptyHistory(suite));
                await (0,atomic_write/* writeFileAtomic */.Z)(file(suite), serializeHistory(next));
                return next;
            });
        },
        async list() {
            const names = await (0,promises_.readdir)(dir).catch((e) => {
                if (e.code === 'ENOENT')
                    return [];
                throw e;
            });
            return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).sort();
        },
        async writeDashboard(html) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            const path = (0,external_node_path_.join)(dir, 'index.html');
            await (0,atomic_write/* writeFileAtomic */.Z)(path, html);
            return path;
        },
    };
}

;// CONCATENATED MODULE: ./lib/src/app/drift/reporting.js



function buildDriftReporting(input) {
    const { config, github: gh, log } = input;
    if (!gh) {
        const history = createLocalHistoryStore(input.localDir);
        return { history, describe: `${history.where}, no GitHub issues (no token/repository)` };
    }
    const history = input.store === 'branch'
        ? createBranchHistoryStore({ octokit: gh.octokit, owner: gh.owner, repo: gh.repo, branch: config.drift.branch, log })
        : createLocalHistoryStore(input.localDir);
    return {
        history,
        issues: createDriftIssues({ octokit: gh.octokit, owner: gh.owner, repo: gh.repo, label: config.drift.label, log }),
        describe: `${history.where}, issues in ${gh.owner}/${gh.repo}`,
    };
}

;// CONCATENATED MODULE: ./lib/src/action/drift.js
// The action's `mode: drift` (default on `schedule` and `workflow_dispatch`): one drift check with the
// history on the data branch (drift.branch, via the contents API) and one issue per drifting suite.
// Without a token the check still runs: history in <working-directory>/.evalgate-drift (lost with the
// runner unless a later step uploads it), no issues, a warning. Outputs: `status` (`drifted` | `ok`),
// `drifted` (comma-separated suites), `report` (path of the JSON result). The step fails only when
// reporting failed (history or issue writes), never on drift itself: the issue is the alarm.





async function runDriftMode(m, overrides = {}) {
    const { io } = m.deps;
    const scorers = (0,app_runtime/* buildScorerRegistry */._c)();
    const config = await (0,loader/* loadConfig */.Z)(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
    const octokit = await m.octokit();
    // The check's own warnings (e.g. the dashboard could not be written) become workflow warnings.
    const log = (msg) => (msg.startsWith('warning: ') ? io.warning(msg.slice('warning: '.length)) : io.info(msg));
    if (!octokit)
        io.warning('evalgate drift: no github-token, so no drift issues and the history stays on this runner (.evalgate-drift)');
    const reporting = buildDriftReporting({
        config,
        github: octokit ? { octokit, owner: m.ctx.owner, repo: m.ctx.repo } : undefined,
        store: 'branch',
        localDir: (0,external_node_path_.resolve)(m.workDir, '.evalgate-drift'),
        log,
    });
    if (overrides.history)
        reporting.history = overrides.history;
    if (overrides.issues)
        reporting.issues = overrides.issues;
    const flow = await runDriftFlow({
        config,
        env: m.env,
        reporting,
        scorers,
        warn: (msg) => io.warning(msg),
        log,
        tracePath: (0,external_node_path_.join)(m.outDir, 'drift-trace.jsonl'),
        run: {
            ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
            ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
            ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
        },
        ...(m.ctx.sha ? { commit: m.ctx.sha } : {}),
        ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
        ...(m.deps.model ? { model: m.deps.model } : {}),
        ...(m.deps.engine ? { engine: m.deps.engine } : {}),
    });
    io.info(flow.line);
    await io.appendSummary(flow.summaryMarkdown);
    const reportPath = (0,external_node_path_.join)(m.outDir, 'drift.json');
    await m.deps.writeFile(reportPath, `${JSON.stringify(flow.result, null, 2)}\n`);
    io.setOutput('status', flow.drifted.length ? 'drifted' : 'ok');
    io.setOutput('drifted', flow.drifted.join(','));
    io.setOutput('report', reportPath);
    if (flow.errors.length)
        io.setFailed(`evalgate drift: ${flow.errors.join('; ')}`);
}


/***/ }),

/***/ 1774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
// The one place an Octokit is built (gate and drift share it): @octokit/rest with plugin-retry (5xx and
// network errors) and plugin-throttling (primary and secondary rate limits), retrying a bounded number
// of times and logging each wait, so a busy API slows a run down instead of failing it.



const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
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
    return new GitHubClient({
        auth: opts.token,
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: opts.userAgent ?? 'evalgate',
        retry: retryOpts,
        throttle,
        // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
        // so only warnings (deprecations, limiter problems) reach the user.
        log: { debug: () => { }, info: () => { }, warn: (m) => log(m), error: () => { } },
    });
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
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1774);
// One PR comment per gate, found again on the next run and updated instead of duplicated. The comment
// is recognised by its hidden marker AND its author being us, so someone else quoting the marker
// cannot make us overwrite (or be confused by) their comment.

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
        const s = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e);
        if (s === 403 || s === 401 || s === 404)
            return fallback;
        throw e;
    }
}
/** Finds our existing comment (paginating through all of them), oldest first. */
async function findStickyComment(octokit, t) {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    })) {
        for (const c of page.data) {
            if (c.user?.login === t.author && typeof c.body === 'string' && c.body.includes(t.marker)) {
                return { id: c.id, url: c.html_url };
            }
        }
    }
    return undefined;
}
/** Updates our comment or creates it. A 401/403/404 (read-only token, fork PR) is a warning, not a throw. */
async function upsertStickyComment(octokit, t) {
    try {
        const author = t.author ?? (await authenticatedLogin(octokit));
        const existing = await findStickyComment(octokit, { ...t, author });
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: t.body });
            return { status: 'updated', id: data.id, url: data.html_url };
        }
        if (t.createIfMissing === false)
            return { status: 'absent' };
        const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: t.body });
        return { status: 'created', id: data.id, url: data.html_url };
    }
    catch (e) {
        const s = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e);
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


/***/ })

};
