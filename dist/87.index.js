export const id = 87;
export const ids = [87];
export const modules = {

/***/ 8087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftMode: () => (/* binding */ runDriftMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 17 modules
var loader = __webpack_require__(9757);
// EXTERNAL MODULE: ./lib/src/adapters/clock/system-clock.js
var system_clock = __webpack_require__(4138);
// EXTERNAL MODULE: ./lib/src/core/stats/mean.js
var mean = __webpack_require__(1799);
// EXTERNAL MODULE: ./lib/src/core/results/answer-text.js
var answer_text = __webpack_require__(3447);
// EXTERNAL MODULE: ./lib/src/core/util/hash.js
var hash = __webpack_require__(3585);
;// CONCATENATED MODULE: ./lib/src/core/drift/history.js
// The drift history: one versioned JSON document per suite, one entry per scheduled check.
// It keeps only what the signals and reports need (aggregates, per-case scores and output digests),
// so a bounded file stays small; full outputs live in the run's own results/trace.


/**
 * 2: per-sample scores and output digests, the night's score evidence, model-change events. Version 1
 * files are read and migrated in memory (their one digest per case becomes a one-sample list) and
 * written back as version 2; nothing is ever dropped or reset because of the format.
 */
const HISTORY_SCHEMA_VERSION = 2;
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
const truncateOutput = (text) => (text.length > STORED_OUTPUT_CHARS ? `${text.slice(0, STORED_OUTPUT_CHARS)}…` : text);
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
            const ok = c.samples.filter((s) => s.status === 'ok');
            const first = ok.find((s) => (0,answer_text/* answerText */.y)(s) !== undefined);
            const hc = { id: c.id, score: c.score, pass: c.pass };
            const text = first && (0,answer_text/* answerText */.y)(first);
            if (text !== undefined) {
                hc.outputDigest = outputDigest(text);
                hc.output = truncateOutput(text);
            }
            const scores = ok.map((s) => s.score).filter((x) => typeof x === 'number');
            if (scores.length)
                hc.scores = scores;
            const digests = ok.map((s) => (0,answer_text/* answerText */.y)(s)).filter((t) => t !== undefined).map(outputDigest);
            if (digests.length)
                hc.digests = digests;
            return hc;
        }),
    };
    if (meta.runUrl !== undefined)
        entry.runUrl = meta.runUrl;
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
 * Drops the stored outputs and per-sample digests from entries that can no longer serve as a baseline
 * (only baseline and pinned entries need them; the newest keeps its own for the next comparison report).
 */
function compactHistory(entries, isBaseline) {
    return entries.map((e, i) => {
        if (i === entries.length - 1 || e.pinned || isBaseline(e))
            return e;
        if (!e.cases.some((c) => c.output !== undefined || c.digests !== undefined))
            return e;
        // Scores stay (the dashboard and later noise estimates are cheap to feed); outputs and the
        // per-sample digests are only read from baseline runs.
        return { ...e, cases: e.cases.map(({ output: _drop, digests: _digests, ...rest }) => rest) };
    });
}
/**
 * A stored history that cannot be read (truncated, edited by hand, foreign): state the user can fix, so
 * entry points report it in one line like a config error. The file is never overwritten or reset to
 * recover: it holds the baseline, and a silent reset would hide exactly the drift it should reveal.
 */
class HistoryError extends Error {
    where;
    constructor(where, reason) {
        super(`${where}: ${reason}; fix or remove the file (evalgate does not overwrite an unreadable history)`);
        this.where = where;
        this.name = 'HistoryError';
    }
}
/** Parses a stored history document, tolerating older/foreign content by failing loudly with context. */
function parseHistory(text, where) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new HistoryError(where, `history is not valid JSON (${e.message})`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || !Array.isArray(d.entries) || typeof d.suite !== 'string') {
        throw new HistoryError(where, 'not an evalgate drift history (expected {schemaVersion, suite, entries})');
    }
    const version = d.schemaVersion;
    if (version !== 1 && version !== HISTORY_SCHEMA_VERSION) {
        // A newer writer's file: refuse rather than rewrite it in a format that loses its fields.
        throw new HistoryError(where, `history schemaVersion ${String(version)} is not supported (expected ≤ ${HISTORY_SCHEMA_VERSION}); upgrade evalgate`);
    }
    const entries = version === 1 ? d.entries.map(migrateV1Entry) : d.entries;
    return { schemaVersion: HISTORY_SCHEMA_VERSION, suite: d.suite, entries, state: d.state ?? { drifting: false } };
}
/** Version 1 kept the first sample's digest only: it becomes a one-sample digest list. */
function migrateV1Entry(e) {
    return {
        ...e,
        cases: e.cases.map((c) => ({
            ...c,
            ...(c.digests === undefined && c.outputDigest !== undefined ? { digests: [c.outputDigest] } : {}),
        })),
    };
}
function serializeHistory(h) {
    return `${JSON.stringify(h, null, 1)}\n`;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/baseline.js
// Which past runs the current one is compared with. Drift means "the same prompt under the same settings
// behaves differently than it used to", so the baseline is taken from the current (suite, prompt version,
// settings) segment only: a merged prompt change starts a new segment, and so a new baseline, not an alarm.


/** Runs a baseline needs before the monitor judges anything: fewer cannot show their own spread. */
const MIN_BASELINE_RUNS = 3;
/** Runs the baseline is pooled from: drift.baselineRuns, at least MIN_BASELINE_RUNS, at most half the history kept. */
const baselineWindow = (baselineRuns) => Math.max(MIN_BASELINE_RUNS, baselineRuns);
/** The window for a drift config: the baseline's runs are never dropped, so they may fill at most half of historyLimit. */
const baselineRunsOf = (d) => Math.min(d.baselineRuns, Math.floor(d.historyLimit / 2));
/**
 * Runs that may serve as a baseline: same segment, not the current run, neither errored out nor part of
 * a confirmed drift, and not older than the newest pin (a pin starts the baseline afresh). Unconfirmed
 * nights stay in: leaving the worse quiet nights out would make the baseline look better than it is.
 */
function candidates(history, current) {
    const seg = history.filter((e) => e.runId !== current.runId && sameSegment(e, current) && e.status !== 'inconclusive' && e.status !== 'drifted');
    const pin = [...seg].reverse().find((e) => e.pinned);
    return pin ? { entries: seg.filter((e) => e.time >= pin.time), pinned: true } : { entries: seg, pinned: false };
}
/**
 * The baseline for `current`: the first `window` usable runs of its segment (or from the newest pin on),
 * or undefined while fewer than MIN_BASELINE_RUNS exist (the current run is then collected as one).
 * The baseline is anchored, not rolling: a slow decline cannot drag its own yardstick down with it.
 */
function selectBaseline(history, current, baselineRuns) {
    const { entries: seg, pinned } = candidates(history, current);
    if (seg.length < MIN_BASELINE_RUNS)
        return undefined;
    const entries = seg.slice(0, baselineWindow(baselineRuns));
    return { kind: pinned ? 'pinned' : 'first-runs', entries, since: entries[0].time };
}
/**
 * Entries that must survive bounding and keep their stored outputs and digests: every pinned entry and
 * the baseline runs of the newest segment (older segments are history only).
 */
function baselineKeeper(history, baselineRuns) {
    const latest = history[history.length - 1];
    const protectedIds = new Set();
    if (latest) {
        const probe = { ...latest, runId: '\u0000none' };
        for (const e of candidates(history, probe).entries.slice(0, baselineWindow(baselineRuns)))
            protectedIds.add(e.runId);
    }
    return (e) => e.pinned === true || protectedIds.has(e.runId);
}
/** Mean of the known values: a run without a figure does not count as 0. */
const meanOf = (xs) => (0,mean/* mean */.i)(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)));
function viewBaseline(b) {
    const cases = new Map();
    const ids = new Set(b.entries.flatMap((e) => e.cases.map((c) => c.id)));
    const byId = b.entries.map((e) => new Map(e.cases.map((c) => [c.id, c])));
    for (const id of ids) {
        const rows = byId.map((m) => m.get(id)).filter((c) => c !== undefined);
        const verdicts = rows.map((r) => r.pass).filter((p) => p !== null);
        const output = rows.find((r) => r.output !== undefined)?.output;
        cases.set(id, {
            score: meanOf(rows.map((r) => r.score)),
            // A case passed in the baseline when it passed in most baseline runs.
            pass: verdicts.length === 0 ? null : verdicts.filter(Boolean).length * 2 > verdicts.length,
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
            // Per 1,000 requests: per-request costs are tiny numbers nobody reads right ($0.00000282).
            return `$${(v * 1000).toPrecision(3)}`;
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
/** One flipped case: tonight's k-of-n failing samples with their reasons and outputs, and the baseline's answer. */
function flippedCase(f) {
    const score = (x) => (x === null ? '–' : x.toFixed(2));
    const d = f.failing;
    const kOfN = d ? `, ${d.failed} of ${d.samples} samples failed tonight` : '';
    const reasons = d?.reasons.length ? `Failing assertions:\n\n${d.reasons.map((r) => `- ${(0,report_escape/* escapeText */.X1)(r)}`).join('\n')}\n\n` : '';
    const outputs = d?.outputs.length
        ? d.outputs.map((o, i) => `Failing output${d.outputs.length > 1 ? ` ${i + 1}` : ''}:\n\n${(0,report_escape/* codeBlock */.DV)(o, { maxChars: 1000 })}\n\n`).join('')
        : `Current output:\n\n${f.nowOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(f.nowOutput, { maxChars: 1000 }) : '_(none)_'}\n\n`;
    return (
    // Markdown is not rendered inside <summary>: the id goes in as escaped HTML.
    `<details><summary><code>${htmlText(f.id)}</code>: score ${score(f.baselineScore)} → ${score(f.nowScore)}${kOfN}</summary>\n\n` +
        reasons +
        outputs +
        `Baseline output:\n\n${f.baselineOutput !== undefined ? (0,report_escape/* codeBlock */.DV)(f.baselineOutput, { maxChars: 1000 }) : '_(not stored)_'}\n\n</details>\n\n`);
}
/** The flipped cases, as many as fit in `budget` characters. */
function flippedSection(report, budget) {
    if (report.flipped.length === 0)
        return '';
    const head = `### Cases that flipped from pass to fail (${report.flipped.length})\n\n`;
    let out = head;
    let shown = 0;
    for (const f of report.flipped) {
        const part = flippedCase(f);
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
        // The run in the marker lets a retried post find this comment instead of posting it twice.
        `<!-- evalgate:drift-update suite=${safeSuiteName(input.suite)} run=${safeSuiteName(input.entry.runId)} -->`,
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
        `<!-- evalgate:drift-recovered suite=${safeSuiteName(input.suite)} run=${safeSuiteName(input.entry.runId)} -->`,
        `Recovered: ${(0,format/* count */.U9)(input.healthyStreak, 'healthy run')} in a row, the latest at ${when(input.entry.time)} (${runLink(input)}). Closing.`,
        '',
    ];
    if (input.report)
        parts.push(signalTable(input.report), '');
    else
        parts.push(`(${baselineLine(input.baseline, input.entry)} A prompt or settings change started a new baseline.)`, '');
    return fit(parts.join('\n'));
}
/** Opt-in (drift.notifyModelChange): the served model or fingerprint changed while the issue is open. */
function renderModelChangeComment(suite, entry, runUrl) {
    const c = entry.modelChange;
    if (!c)
        return '';
    const side = (x) => (0,report_escape/* codeSpan */.SS)(`${x.servedModels.join(', ') || 'unknown'}${x.fingerprints.length ? ` (${x.fingerprints.join(', ')})` : ''}`);
    const id = entry.runId.replace(/[^A-Za-z0-9._:-]/g, '');
    const run = runUrl && /^https?:\/\/[^\s()<>]+$/.test(runUrl) ? `[run ${id}](${runUrl})` : `run \`${id}\``;
    return [
        `<!-- evalgate:drift-model suite=${safeSuiteName(suite)} -->`,
        `ℹ️ Served ${c.kind === 'model' ? 'model' : 'fingerprint'} changed at ${when(entry.time)} (${run}): ${side(c.from)} → ${side(c.to)}.`,
        '',
        'Not drift by itself; the figures of the next runs say whether behaviour changed with it.',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/src/core/stats/normal.js
// Standard normal tail and quantile, for the drift monitor's z statistics (many nights, small levels).
/** Upper-tail probability P(Z ≥ z) of a standard normal (erfc by Abramowitz-Stegun 7.1.26, |error| < 1.5e-7). */
function normalUpperTail(z) {
    if (Number.isNaN(z))
        return 1;
    if (!Number.isFinite(z))
        return z > 0 ? 0 : 1;
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const tail = 0.5 * y * Math.exp(-x * x);
    return z >= 0 ? tail : 1 - tail;
}
/** z with P(Z ≤ z) = p (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile: p must be in (0,1), got ${p}`);
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    if (p < lo) {
        const q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - lo)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// EXTERNAL MODULE: ./lib/src/core/stats/student-t.js
var student_t = __webpack_require__(382);
;// CONCATENATED MODULE: ./lib/src/core/drift/output-change.js
// "Outputs changed", calibrated on the model's own non-determinism. Real APIs answer differently now
// and then even at temperature 0, so "an output differs from the baseline's" is not drift by itself.
// The measure is the share of a run's samples whose output (digest) the baseline never produced for
// that case; its noise floor is the same share for each baseline run against the other baseline runs
// (leave one out: within-run and between-run disagreement both show up there). A night is flagged
// only when its share exceeds that floor by more than `maxChangedOutputs` and by more than the
// baseline runs' own spread allows at the signal's share of the false-alarm budget.

const digestsOf = (c) => c.digests ?? (c.outputDigest !== undefined ? [c.outputDigest] : []);
function digestCounts(baseline) {
    const out = new Map();
    for (const e of baseline)
        for (const c of e.cases) {
            const d = digestsOf(c);
            if (d.length === 0)
                continue;
            const counts = out.get(c.id) ?? new Map();
            for (const x of new Set(d))
                counts.set(x, (counts.get(x) ?? 0) + 1);
            out.set(c.id, counts);
        }
    return out;
}
/**
 * Share of `run`'s sample outputs that no other baseline run produced for the same case; null if none
 * compared. `self` says `run` is one of the counted baseline runs (leave it out).
 */
function novelShare(run, counts, self = false) {
    let novel = 0;
    let compared = 0;
    for (const c of run.cases) {
        const ref = counts.get(c.id);
        if (!ref)
            continue;
        for (const d of digestsOf(c)) {
            compared++;
            if ((ref.get(d) ?? 0) <= (self ? 1 : 0))
                novel++;
        }
    }
    return compared === 0 ? null : { share: novel / compared, novel, compared };
}
/** The noise floor: each baseline run's novel share against the other baseline runs. */
function outputFloor(baseline, counts = digestCounts(baseline)) {
    if (baseline.length < 3)
        return null;
    const shares = [];
    for (const e of baseline) {
        const r = novelShare(e, counts, true);
        if (r)
            shares.push(r.share);
    }
    if (shares.length < 3)
        return null;
    const m = shares.reduce((a, b) => a + b, 0) / shares.length;
    const sd = Math.sqrt(shares.reduce((a, b) => a + (b - m) ** 2, 0) / (shares.length - 1));
    return { mean: m, sd, k: shares.length };
}
/** True when `share` is beyond the floor by more than `margin` and beyond its spread at level `alpha`. */
function outputsChanged(share, floor, margin, alpha) {
    const excess = share - floor.mean;
    if (!(excess > margin))
        return false;
    if (floor.sd === 0)
        return true;
    return excess / (floor.sd * Math.sqrt(1 + 1 / floor.k)) > (0,student_t/* tQuantile */.YW)(1 - alpha, floor.k - 1);
}

;// CONCATENATED MODULE: ./lib/src/core/drift/score-evidence.js
// The score evidence of one night against a pooled multi-run baseline, and how it accumulates across
// nights. The design and the simulation behind the constants are in docs/drift.md ("How the score
// decides"); in short:
//
// - The unit of noise is a run's score for one case (the mean of its repeats). Its variance `v` is
//   estimated twice from the baseline, from the spread between the baseline runs per case (two-way
//   residual: case and run effects removed) and from the repeats inside each run, and the larger of
//   the two is used; a weak prior (one pseudo-run per case with a quarter of the widest possible
//   variance) keeps a baseline that happened to repeat itself exactly from claiming zero noise.
// - Runs also move together (a slower or busier day shifts every case): that between-run variance
//   `tau2` is what the spread of the baseline runs' means shows beyond `v / n`.
// - A night's drop is the paired mean over cases of (baseline case mean − night case mean), over all
//   of the night's runs (the check and, on a suspicious night, its confirmation re-runs: each is new
//   evidence, none is compared twice). Its standard error counts the baseline's own uncertainty once:
//   se² = (v / n + tau2) · (1/m + 1/k) for m night runs and k baseline runs.
// - Nights accumulate in a one-sided CUSUM of z = drop / se; an alarm needs the CUSUM over its limit
//   or one night's z over the one-night limit, and a drop of at least half of `maxScoreDrop`.

/** CUSUM reference: evidence below this z per night drains the sum (the expected z of a quiet night is 0). */
const CUSUM_REFERENCE = 1.25;
/** CUSUM alarm limit (calibrated by the seeded simulation in test/unit/drift/simulation.test.ts). */
const CUSUM_LIMIT = 3.0;
/** z of the check run from which confirmation re-runs are made (also when the CUSUM would pass 1). */
const SUSPECT_Z = 1.0;
/** While an issue is open, a night still drifts when its check run alone shows a drop at this z (one-sided 5%). */
const PERSIST_Z = 1.645;
/** Share of the nightly false-alarm budget given to the score's one-night rule (the CUSUM uses about as much). */
const SCORE_SHARE = 1 / 3;
/** The one-night z limit for a per-night false-alarm budget `alpha` (one-sided normal quantile of alpha · SCORE_SHARE). */
function oneNightLimit(alpha) {
    return normalQuantile(1 - alpha * SCORE_SHARE);
}
const caseScore = (e, id) => e.cases.find((c) => c.id === id)?.score ?? null;
/** Noise of a run's case scores and of run means, from the baseline runs (see the file comment). */
function estimateNoise(baseline) {
    const k = baseline.length;
    // Cases scored in every baseline run: the two-way table must be complete.
    const ids = (baseline[0]?.cases ?? []).map((c) => c.id).filter((id) => baseline.every((e) => caseScore(e, id) !== null));
    const n = ids.length;
    if (k === 0 || n === 0)
        return { v: 0.25, tau2: 0, k, n };
    const x = baseline.map((e) => {
        const byId = new Map(e.cases.map((c) => [c.id, c.score]));
        return ids.map((id) => byId.get(id));
    });
    const repeats = score_evidence_mean(baseline.flatMap((e) => e.cases.map((c) => c.scores?.length ?? 1))) ?? 1;
    const prior = 0.25 / Math.max(1, repeats);
    // Within-run repeats: the variance of a case's mean of r samples is s² / r.
    let ssW = 0;
    let dfW = 0;
    for (const e of baseline)
        for (const c of e.cases) {
            const s = c.scores;
            if (!s || s.length < 2)
                continue;
            const m = s.reduce((a, b) => a + b, 0) / s.length;
            ssW += s.reduce((a, b) => a + (b - m) ** 2, 0) / s.length;
            dfW += s.length - 1;
        }
    // Without repeats (repeat 1, or a version-1 history) the repeats say nothing: no estimate from them.
    const vW = dfW > 0 ? (ssW + n * prior) / (dfW + n) : undefined;
    const runMeans = x.map((row) => row.reduce((a, b) => a + b, 0) / n);
    if (k < 2)
        return { v: vW ?? prior, tau2: 0, k, n };
    const caseMeans = ids.map((_, i) => x.reduce((a, row) => a + row[i], 0) / k);
    const grand = runMeans.reduce((a, b) => a + b, 0) / k;
    let ssR = 0;
    for (let j = 0; j < k; j++)
        for (let i = 0; i < n; i++)
            ssR += (x[j][i] - caseMeans[i] - runMeans[j] + grand) ** 2;
    const vR = (ssR + n * prior) / ((k - 1) * (n - 1) + n);
    const v = Math.max(vW ?? 0, vR);
    const varMeans = runMeans.reduce((a, b) => a + (b - grand) ** 2, 0) / (k - 1);
    return { v, tau2: Math.max(0, varMeans - v / n), k, n };
}
/** The night's paired drop against the baseline, over all its runs. */
function nightEvidence(baseline, night, noise) {
    const sums = (entries) => {
        const out = new Map();
        for (const e of entries)
            for (const c of e.cases) {
                if (c.score === null)
                    continue;
                const s = out.get(c.id) ?? { sum: 0, n: 0 };
                s.sum += c.score;
                s.n++;
                out.set(c.id, s);
            }
        return out;
    };
    const b = sums(baseline);
    const now = sums(night);
    let dropSum = 0;
    let bSum = 0;
    let nSum = 0;
    let n = 0;
    for (const [id, c] of now) {
        const bc = b.get(id);
        if (!bc)
            continue;
        const bm = bc.sum / bc.n;
        const nm = c.sum / c.n;
        dropSum += bm - nm;
        bSum += bm;
        nSum += nm;
        n++;
    }
    if (n === 0)
        return null;
    const m = night.length;
    const k = Math.max(1, baseline.length);
    const drop = dropSum / n;
    const se = Math.sqrt((noise.v / n + noise.tau2) * (1 / m + 1 / k));
    const z = se > 0 ? drop / se : drop > 1e-12 ? Number.POSITIVE_INFINITY : 0;
    return { drop, se, z, runs: m, pairedCases: n, nowMean: nSum / n, baselineMean: bSum / n };
}
const cusumStep = (prev, z) => Math.max(0, prev + z - CUSUM_REFERENCE);
/** The night's evidence record for the history. */
function toNightEvidence(e, cusum, baselineRuns) {
    const r = (x, d = 5) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x > 0 ? 1e9 : -1e9);
    return { drop: r(e.drop), se: r(e.se), z: r(e.z, 3), runs: e.runs, cusum: r(cusum, 3), baselineRuns };
}
function score_evidence_mean(xs) {
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/signals.js





/** Alarm signals besides the score; they share (1 − 2·SCORE_SHARE) of the budget equally. */
const OTHER_SIGNALS = 4;
const rel = (base, now) => base === null || now === null || base === 0 ? null : (now - base) / base;
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
/** "p = 0.012", and never "p = 0": below 0.0001 it says so. */
function formatP(p) {
    if (p < 0.0001)
        return 'p < 0.0001';
    return `p = ${p < 0.001 ? p.toPrecision(2) : round(p, 4)}`;
}
/**
 * A per-run figure (tokens, latency, cost) against the baseline runs' values: beyond the relative
 * threshold and beyond what their spread predicts for one more run (t prediction interval, k − 1 df)
 * at level `alpha`. Two-sided for verbosity, upwards for latency and cost.
 */
function spreadTest(values, now, maxRel, twoSided, alpha) {
    if (values.length < 3)
        return { mean: null, rel: null, triggered: false, skipped: 'fewer than 3 baseline runs with this figure' };
    const k = values.length;
    const m = values.reduce((a, b) => a + b, 0) / k;
    const r = rel(m, now);
    if (r === null || now === null)
        return { mean: m, rel: null, triggered: false };
    const beyond = twoSided ? Math.abs(r) > maxRel : r > maxRel;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (k - 1));
    const diff = now - m;
    const t = sd === 0 ? (diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY) : diff / (sd * Math.sqrt(1 + 1 / k));
    const limit = (0,student_t/* tQuantile */.YW)(1 - (twoSided ? alpha / 2 : alpha), k - 1);
    return { mean: m, rel: r, triggered: beyond && (twoSided ? Math.abs(t) > limit : t > limit) };
}
const known = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
/**
 * A night asks twice (screen, then confirm), and the anchored baseline's runs come back night after
 * night while the history objects live on (the daemon, simulations): the model is kept per run objects,
 * by identity, so a changed or reloaded run can never be served a stale model.
 */
const models = new WeakMap();
function modelOf(baseline) {
    const first = baseline.entries[0];
    const cached = models.get(first) ?? [];
    const hit = cached.find((c) => c.entries.length === baseline.entries.length && c.entries.every((e, i) => e === baseline.entries[i]));
    if (hit)
        return hit.model;
    const counts = digestCounts(baseline.entries);
    const model = { view: viewBaseline(baseline), noise: estimateNoise(baseline.entries), counts, floor: outputFloor(baseline.entries, counts) };
    models.set(first, [...cached.slice(-3), { entries: [...baseline.entries], model }]);
    return model;
}
function computeSignals(baseline, runs, ctx, t) {
    const now = runs[0];
    const { view, noise, counts, floor } = modelOf(baseline);
    const signals = [];
    const alpha = 1 - t.confidence;
    const alphaOther = (alpha * (1 - 2 * SCORE_SHARE)) / OTHER_SIGNALS;
    // In confirm mode a non-score signal must show in every run of the night.
    const every = (f) => (ctx.mode === 'confirm' ? runs.every(f) : f(now));
    // --- score: the night's paired drop against the pooled baseline, accumulated across nights.
    const scoreRuns = ctx.mode === 'confirm' ? runs : [now];
    const ev = nightEvidence(baseline.entries, scoreRuns, noise);
    const minDrop = t.maxScoreDrop / 2;
    const limit = oneNightLimit(alpha);
    let cusum = 0;
    let scoreTriggered = false;
    let threshold;
    if (ctx.mode === 'persist') {
        scoreTriggered = ev !== null && ev.z >= PERSIST_Z && ev.drop >= minDrop;
        threshold = `still drifting while z ≥ ${PERSIST_Z} and drop ≥ ${round(minDrop, 3)}`;
    }
    else if (ctx.mode === 'screen') {
        cusum = ev ? cusumStep(ctx.prevCusum, ev.z) : ctx.prevCusum;
        scoreTriggered = ev !== null && (ev.z >= SUSPECT_Z || cusum >= SUSPECT_Z);
        threshold = `re-run to confirm when z ≥ ${SUSPECT_Z}`;
    }
    else {
        cusum = ev ? cusumStep(ctx.prevCusum, ev.z) : ctx.prevCusum;
        scoreTriggered = ev !== null && (cusum >= CUSUM_LIMIT || ev.z >= limit) && ev.drop >= minDrop;
        if (scoreTriggered)
            cusum = 0;
        threshold = `CUSUM ≥ ${CUSUM_LIMIT} or one night z ≥ ${round(limit, 2)}, and drop ≥ ${round(minDrop, 3)}`;
    }
    const pValue = ev ? normalUpperTail(ev.z) : null;
    signals.push({
        name: 'score',
        label: 'Mean score',
        unit: 'score',
        baseline: ev ? ev.baselineMean : view.meanScore,
        now: ev ? ev.nowMean : now.aggregates.meanScore,
        threshold,
        triggered: scoreTriggered,
        informational: false,
        detail: ev === null
            ? 'no case was scored in both'
            : `score ${ev.drop > 0 ? `dropped by ${round(ev.drop, 3)}` : `changed by ${round(-ev.drop, 3)}`} ± ${round(ev.se, 3)} ` +
                `over ${ev.pairedCases} paired cases and ${ev.runs === 1 ? '1 run' : `${ev.runs} runs`} against ${baseline.entries.length} baseline runs ` +
                `(z = ${fmtZ(ev.z)}, ${formatP(pValue)}${ctx.mode === 'persist' ? '' : `, CUSUM ${round(cusumStep(ctx.prevCusum, ev.z), 2)}`})`,
    });
    // --- pass → fail flips: listed for the issue; the score test decides (borderline cases flip both ways).
    const flipped = [];
    let basePassing = 0;
    let fixedCount = 0;
    for (const c of now.cases) {
        const b = view.cases.get(c.id);
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
    signals.push({
        name: 'flipped',
        label: 'Cases pass → fail',
        unit: 'cases',
        baseline: 0,
        now: flipped.length,
        threshold: 'informational (the score decides)',
        triggered: false,
        informational: true,
        detail: `${flipped.length} of ${basePassing} baseline-passing cases now fail, ${fixedCount} failing cases now pass`,
    });
    // --- outputs the baseline never produced, against the model's own non-determinism.
    const share = novelShare(now, counts);
    const changedOn = (run) => {
        const s = novelShare(run, counts);
        return floor !== null && s !== null && outputsChanged(s.share, floor, t.maxChangedOutputs, alphaOther);
    };
    signals.push({
        name: 'changed-outputs',
        label: 'Outputs changed',
        unit: 'share',
        baseline: floor ? floor.mean : null,
        now: share ? share.share : null,
        threshold: `> noise floor + ${pct(t.maxChangedOutputs).slice(1)} of samples`,
        triggered: floor !== null && share !== null && every(changedOn),
        informational: false,
        ...(floor === null ? { skipped: 'no output digests in enough baseline runs' } : {}),
        detail: share === null || floor === null
            ? 'no comparable outputs'
            : `${share.novel} of ${share.compared} sample outputs were never seen in the baseline (${pct(share.share).slice(1)}); ` +
                `the baseline runs disagree with each other on ${pct(floor.mean).slice(1)} ± ${pct(floor.sd).slice(1)}` +
                (floor.mean >= 1 - t.maxChangedOutputs ? ' (outputs vary by design: this signal cannot fire)' : ''),
    });
    // --- verbosity, latency, cost: beyond the relative threshold and beyond the baseline's own spread.
    const spreadSignal = (name, label, unit, get, maxRel, twoSided, what) => {
        const values = known(baseline.entries.map(get));
        const first = spreadTest(values, get(now), maxRel, twoSided, alphaOther);
        signals.push({
            name,
            label,
            unit,
            baseline: first.mean,
            now: get(now),
            threshold: `${twoSided ? '±' : '+'} ${pct(maxRel).slice(1)} and beyond the baseline runs' spread`,
            triggered: first.skipped === undefined && every((run) => spreadTest(values, get(run), maxRel, twoSided, alphaOther).triggered),
            informational: false,
            ...(first.skipped ? { skipped: first.skipped } : {}),
            detail: first.rel === null ? `${what} not comparable` : `${what} ${pct(first.rel)}`,
        });
    };
    spreadSignal('output-tokens', 'Output tokens / request', 'tokens', (e) => e.aggregates.tokensOutPerRequest, t.maxOutputTokenChange, true, 'output tokens per request');
    spreadSignal('latency-p95', 'p95 latency (ms)', 'ms', (e) => e.aggregates.latencyP95, t.maxLatencyIncrease, false, 'p95 latency');
    spreadSignal('cost-per-request', 'Cost / 1,000 requests (USD)', 'usd', (e) => e.aggregates.costPerRequestUsd, t.maxCostIncrease, false, 'cost per request');
    // --- served model / fingerprint: informational only.
    const modelChanged = !sameSet(view.servedModels, now.servedModels);
    const fpChanged = !sameSet(view.fingerprints, now.fingerprints);
    signals.push({
        name: 'model',
        label: 'Served model / fingerprint',
        unit: 'text',
        baseline: describeModels(view.servedModels, view.fingerprints),
        now: describeModels(now.servedModels, now.fingerprints),
        threshold: 'informational',
        triggered: false,
        informational: true,
        detail: modelChanged
            ? `served model changed: ${view.servedModels.join(', ') || 'unknown'} → ${now.servedModels.join(', ') || 'unknown'}`
            : fpChanged
                ? 'system fingerprint changed'
                : 'unchanged',
    });
    return {
        drifted: signals.some((s) => s.triggered && !s.informational),
        signals,
        flipped,
        pairedCases: ev?.pairedCases ?? 0,
        scoreDelta: ev ? -ev.drop : null,
        pValue,
        evidence: ev,
        cusum,
    };
}
const fmtZ = (z) => (Number.isFinite(z) ? z.toFixed(2) : z > 0 ? '∞' : '−∞');
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

// EXTERNAL MODULE: ./lib/src/core/compare/case-detail.js
var case_detail = __webpack_require__(834);
;// CONCATENATED MODULE: ./lib/src/core/drift/case-details.js
// Tonight's failing samples of each flipped case, for the drift issue: how many of the case's samples
// failed (k of n), the failing assertions' reasons, and what the model answered. The history keeps no
// failing outputs (only digests and a short first output), so this comes from the live results. Counts and
// reasons come from the gate's case details, so a case reads the same in a PR comment and a drift issue.



/** Distinct reasons and outputs shown per case: enough to see the pattern, small enough for the issue. */
const MAX_SHOWN = 3;
function failingSamples(suite, caseId) {
    const c = suite.cases.find((x) => x.id === caseId);
    if (!c)
        return undefined;
    const counts = (0,case_detail/* sideCounts */.St)(c);
    const failed = c.samples.filter((s) => s.status === 'ok' && s.pass !== true);
    const outputs = [...new Set(failed.map((s) => (0,answer_text/* answerText */.y)(s)).filter((o) => o !== undefined))];
    return { failed: counts.failed, samples: counts.samples, reasons: (0,case_detail/* failingReasons */.st)(c).slice(0, MAX_SHOWN), outputs: outputs.slice(0, MAX_SHOWN).map(truncateOutput) };
}
/** Attaches tonight's failing samples to every flipped case of `report`. */
function addFailingDetails(report, suite) {
    for (const f of report.flipped) {
        const d = failingSamples(suite, f.id);
        if (d)
            f.failing = d;
    }
}

;// CONCATENATED MODULE: ./lib/src/core/drift/model-change.js
const model_change_known = (e) => e.servedModels.length > 0 || e.fingerprints.length > 0;
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The change from the newest earlier run with a known model to `entry`, if any (runs where every request failed are skipped). */
function modelChangeOf(history, entry) {
    if (!model_change_known(entry))
        return undefined;
    const prev = [...history].reverse().find((e) => e.runId !== entry.runId && e.time <= entry.time && model_change_known(e));
    if (!prev)
        return undefined;
    const kind = !same(prev.servedModels, entry.servedModels) ? 'model' : !same(prev.fingerprints, entry.fingerprints) ? 'fingerprint' : undefined;
    if (!kind)
        return undefined;
    return {
        kind,
        from: { servedModels: prev.servedModels, fingerprints: prev.fingerprints },
        to: { servedModels: entry.servedModels, fingerprints: entry.fingerprints },
    };
}
/** "gpt-4o-mini-2024-07-18 (fp_1) → gpt-4o-mini-2025-01-01 (fp_2)". */
function describeModelChange(c) {
    const side = (s) => `${s.servedModels.join(', ') || 'unknown'}${s.fingerprints.length ? ` (${s.fingerprints.join(', ')})` : ''}`;
    return `${side(c.from)} → ${side(c.to)}`;
}

;// CONCATENATED MODULE: ./lib/src/core/drift/dashboard.js
// A self-contained static dashboard of the drift history: an index of all suites with one status each
// (and a link to the open issue), then per suite the score against what the monitor decides on — the
// pooled baseline, the band one quiet night falls in, the one-night alarm line — plus cost per 1,000
// requests, p95 latency and output tokens, model and prompt changes marked, every point with its value
// and run link on hover and keyboard focus, and a table of the runs. Inline SVG and CSS only: no script,
// no CDN, so it works from GitHub Pages, a file:// URL or an artifact, at desktop and phone widths.


const DEFAULT_DRIFT = { baselineRuns: 30, historyLimit: 60, confidence: 0.999, confirmRuns: 4, maxScoreDrop: 0.05 };
const METRICS = [
    { key: 'score', label: 'Mean score', value: (e) => e.aggregates.meanScore, format: (v) => v.toFixed(3) },
    {
        key: 'cost',
        label: 'Cost per 1,000 requests (USD)',
        value: (e) => (e.aggregates.costPerRequestUsd === null ? null : e.aggregates.costPerRequestUsd * 1000),
        format: (v) => `$${v < 0.01 ? v.toPrecision(2) : v.toFixed(v < 1 ? 3 : 2)}`,
    },
    { key: 'latency', label: 'p95 latency (ms)', value: (e) => e.aggregates.latencyP95, format: (v) => `${Math.round(v)} ms` },
    { key: 'tokens', label: 'Output tokens / request', value: (e) => e.aggregates.tokensOutPerRequest, format: (v) => v.toFixed(1) },
];
const W = 480;
const H = 190;
const PAD = { l: 64, r: 12, t: 12, b: 30 };
/** Date ticks on the x axis. */
const X_TICKS = 5;
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
const safeUrl = (u) => (u && /^https?:\/\/[^\s"'<>]+$/.test(u) ? u : undefined);
const dashboard_anchor = (suite) => `suite-${suite.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** Indices where the prompt/settings or the served model / fingerprint differs from the previous entry. */
function changePoints(entries) {
    const out = [];
    for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1];
        const b = entries[i];
        if (a.promptVersion !== b.promptVersion || a.settingsHash !== b.settingsHash) {
            out.push({ index: i, kind: 'prompt', text: `prompt/settings ${a.promptVersion} → ${b.promptVersion}` });
        }
        else if (b.modelChange || a.servedModels.join(',') !== b.servedModels.join(',') || a.fingerprints.join(',') !== b.fingerprints.join(',')) {
            out.push({ index: i, kind: 'model', text: `model ${a.servedModels.join(', ')} ${a.fingerprints.join(',')} → ${b.servedModels.join(', ')} ${b.fingerprints.join(',')}` });
        }
    }
    return out;
}
function scoreGuides(entries, drift = DEFAULT_DRIFT) {
    const latest = entries[entries.length - 1];
    if (!latest)
        return undefined;
    const probe = { ...latest, runId: '\u0000dashboard' };
    const b = selectBaseline(entries, probe, baselineRunsOf(drift));
    if (!b)
        return undefined;
    const means = b.entries.map((e) => e.aggregates.meanScore).filter((x) => x !== null);
    if (means.length === 0)
        return undefined;
    const base = means.reduce((a, x) => a + x, 0) / means.length;
    const noise = estimateNoise(b.entries);
    const k = b.entries.length;
    const n = Math.max(1, noise.n);
    const one = Math.sqrt((noise.v / n + noise.tau2) * (1 + 1 / k));
    const m = 1 + drift.confirmRuns;
    const confirmed = Math.sqrt((noise.v / n + noise.tau2) * (1 / m + 1 / k));
    const drop = Math.max(oneNightLimit(1 - drift.confidence) * confirmed, drift.maxScoreDrop / 2);
    return { baseline: base, bandLow: Math.max(0, base - 2 * one), bandHigh: Math.min(1, base + 2 * one), alarm: Math.max(0, base - drop), runs: k };
}
/** One status per suite, the same words as the run summary. */
function suiteStatus(h) {
    const last = h.entries[h.entries.length - 1];
    if (h.state.drifting)
        return { key: 'drifting', text: 'drifting' };
    if (!last)
        return { key: 'none', text: 'no runs yet' };
    switch (last.status) {
        case 'baseline':
            return { key: 'collecting', text: 'collecting baseline' };
        case 'inconclusive':
            return { key: 'inconclusive', text: 'inconclusive (errors)' };
        case 'unconfirmed':
            return { key: 'watching', text: 'healthy, watching (unconfirmed)' };
        case 'drifted':
            return { key: 'drifting', text: 'drifting' };
        default:
            return (last.evidence?.cusum ?? 0) > 0 ? { key: 'watching', text: 'healthy, evidence building' } : { key: 'healthy', text: 'healthy' };
    }
}
const shortDate = (t) => t.slice(5, 10);
function chart(suite, entries, m, guides) {
    const pts = entries.map((e, i) => ({ i, v: m.value(e), e })).filter((p) => p.v !== null && Number.isFinite(p.v));
    const head = `<figure class="metric"><figcaption>${escapeHtml(m.label)}</figcaption>`;
    if (pts.length === 0)
        return `${head}<p class="empty">no data</p></figure>`;
    const extra = guides ? [guides.bandLow, guides.bandHigh, guides.alarm, guides.baseline] : [];
    let lo = Math.min(...pts.map((p) => p.v), ...extra);
    let hi = Math.max(...pts.map((p) => p.v), ...extra);
    if (hi - lo < 1e-9) {
        const pad = Math.abs(hi) * 0.05 || 0.05;
        lo -= pad;
        hi += pad;
    }
    if (m.key === 'score') {
        // Scores live in [0, 1]: the axis (and a wide band on a short baseline) stays there.
        lo = Math.max(0, lo);
        hi = Math.min(1, hi);
        if (hi - lo < 0.02)
            lo = Math.max(0, hi - 0.1);
    }
    const n = Math.max(entries.length - 1, 1);
    const x = (i) => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
    const y = (v) => PAD.t + (H - PAD.t - PAD.b) * (1 - (v - lo) / (hi - lo));
    const path = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
    const marks = changePoints(entries)
        .map((c) => `<line class="${c.kind}-change" x1="${x(c.index - 0.5).toFixed(1)}" x2="${x(c.index - 0.5).toFixed(1)}" y1="${PAD.t}" y2="${H - PAD.b}"><title>${escapeHtml(entries[c.index].time.slice(0, 16))}: ${escapeHtml(c.text)}</title></line>`)
        .join('');
    let guide = '';
    if (guides) {
        const x0 = PAD.l;
        const x1 = W - PAD.r;
        guide =
            `<rect class="band" x="${x0}" width="${x1 - x0}" y="${y(guides.bandHigh).toFixed(1)}" height="${Math.max(1, y(guides.bandLow) - y(guides.bandHigh)).toFixed(1)}"><title>a quiet night falls in ${escapeHtml(m.format(guides.bandLow))}–${escapeHtml(m.format(guides.bandHigh))} (±2 SD)</title></rect>` +
                `<line class="baseline" x1="${x0}" x2="${x1}" y1="${y(guides.baseline).toFixed(1)}" y2="${y(guides.baseline).toFixed(1)}"><title>baseline ${escapeHtml(m.format(guides.baseline))} (${guides.runs} runs pooled)</title></line>` +
                `<line class="alarm" x1="${x0}" x2="${x1}" y1="${y(guides.alarm).toFixed(1)}" y2="${y(guides.alarm).toFixed(1)}"><title>one-night alarm line ${escapeHtml(m.format(guides.alarm))}</title></line>`;
    }
    const dots = pts
        .map((p) => {
        const label = `${p.e.time.slice(0, 16).replace('T', ' ')} UTC · ${m.format(p.v)} · ${p.e.status ?? 'recorded'} · run ${p.e.runId}`;
        const dot = `<circle class="pt ${p.e.status === 'drifted' ? 'drifted' : ''}" cx="${x(p.i).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="4"><title>${escapeHtml(label)}</title></circle>`;
        const url = safeUrl(p.e.runUrl);
        // A link is focusable by keyboard; without a run URL the point still gets focus and a label.
        return url
            ? `<a href="${escapeHtml(url)}" aria-label="${escapeHtml(label)}">${dot}</a>`
            : `<g tabindex="0" role="img" aria-label="${escapeHtml(label)}">${dot}</g>`;
    })
        .join('');
    const tickIdx = [...new Set(Array.from({ length: Math.min(X_TICKS, entries.length) }, (_, k) => Math.round((k * (entries.length - 1)) / Math.max(1, Math.min(X_TICKS, entries.length) - 1))))];
    const xTicks = tickIdx
        .map((i, k) => {
        const anchorAt = k === 0 ? 'start' : k === tickIdx.length - 1 ? 'end' : 'middle';
        return `<text class="tick" x="${x(i).toFixed(1)}" y="${H - 10}" text-anchor="${anchorAt}">${escapeHtml(shortDate(entries[i].time))}</text>`;
    })
        .join('');
    const axis = `<line class="axis" x1="${PAD.l}" x2="${W - PAD.r}" y1="${H - PAD.b}" y2="${H - PAD.b}"/>` +
        `<line class="axis" x1="${PAD.l}" x2="${PAD.l}" y1="${PAD.t}" y2="${H - PAD.b}"/>` +
        `<text class="tick" x="${PAD.l - 4}" y="${y(hi) + 4}" text-anchor="end">${escapeHtml(m.format(hi))}</text>` +
        `<text class="tick" x="${PAD.l - 4}" y="${y(lo) + 4}" text-anchor="end">${escapeHtml(m.format(lo))}</text>` +
        xTicks;
    return `${head}<svg class="chart" data-metric="${m.key}" viewBox="0 0 ${W} ${H}" role="group" aria-label="${escapeHtml(`${m.label} of ${suite}`)}">${guide}${axis}${marks}<path class="line" d="${path}"/>${dots}</svg></figure>`;
}
function runsTable(entries) {
    const rows = [...entries]
        .reverse()
        .slice(0, 60)
        .map((e) => {
        const url = safeUrl(e.runUrl);
        const id = escapeHtml(e.runId);
        const cost = e.aggregates.costPerRequestUsd === null ? '–' : METRICS[1].format(e.aggregates.costPerRequestUsd * 1000);
        const ev = e.evidence ? `${e.evidence.drop >= 0 ? '−' : '+'}${Math.abs(e.evidence.drop).toFixed(3)} (z ${Number.isFinite(e.evidence.z) ? e.evidence.z.toFixed(1) : '∞'})` : '–';
        return (`<tr><td>${escapeHtml(e.time.slice(0, 16).replace('T', ' '))}</td><td>${e.aggregates.meanScore === null ? '–' : e.aggregates.meanScore.toFixed(3)}</td><td>${escapeHtml(ev)}</td>` +
            `<td>${cost}</td><td>${e.aggregates.latencyP95 === null ? '–' : Math.round(e.aggregates.latencyP95)}</td><td>${escapeHtml(e.status ?? '–')}${e.modelChange ? ' · model changed' : ''}</td>` +
            `<td>${url ? `<a href="${escapeHtml(url)}">${id}</a>` : id}</td></tr>`);
    })
        .join('');
    return `<details class="runs"><summary>Runs (newest first)</summary><div class="scroll"><table><thead><tr><th>Run (UTC)</th><th>Score</th><th>Drop vs baseline</th><th>Cost / 1k</th><th>p95 ms</th><th>Status</th><th>Run</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
function suiteSection(h, opts) {
    const e = h.entries;
    const last = e[e.length - 1];
    const status = suiteStatus(h);
    const issue = opts.issues?.get(h.suite);
    const issueLink = issue && safeUrl(issue.url) ? ` <a class="issue" href="${escapeHtml(issue.url)}">issue #${issue.number}</a>` : '';
    const guides = scoreGuides(e, opts.drift);
    const changes = changePoints(e);
    const changeList = changes.length
        ? `<ul class="changes">${changes.map((c) => `<li class="${c.kind}">${escapeHtml(e[c.index].time.slice(0, 16).replace('T', ' '))}: ${escapeHtml(c.text)}</li>`).join('')}</ul>`
        : '';
    const guideText = guides
        ? `baseline ${guides.baseline.toFixed(3)} (${guides.runs} runs pooled) · a quiet night ${guides.bandLow.toFixed(3)}–${guides.bandHigh.toFixed(3)} · one-night alarm below ${guides.alarm.toFixed(3)}`
        : 'baseline: still collecting (3 runs needed)';
    return (`<section class="suite" id="${dashboard_anchor(h.suite)}" data-suite="${escapeHtml(h.suite)}"><h2>${escapeHtml(h.suite)} <span class="status ${status.key}">${escapeHtml(status.text)}</span>${issueLink}</h2>` +
        `<p class="meta">${e.length} runs · latest ${escapeHtml(last?.time.slice(0, 16).replace('T', ' ') ?? '–')} · model ${escapeHtml(last?.servedModels.join(', ') || last?.model || '–')} · prompt ${escapeHtml(last?.promptVersion ?? '–')}</p>` +
        `<p class="meta guides">${escapeHtml(guideText)}</p>` +
        `<div class="grid">${METRICS.map((m) => chart(h.suite, e, m, m.key === 'score' ? guides : undefined)).join('')}</div>${changeList}${runsTable(e)}</section>`);
}
function index(suites, opts) {
    const rows = suites.map((h) => {
        const s = suiteStatus(h);
        const last = h.entries[h.entries.length - 1];
        const issue = opts.issues?.get(h.suite);
        const link = issue && safeUrl(issue.url) ? ` · <a href="${escapeHtml(issue.url)}">issue #${issue.number}</a>` : '';
        return `<li><a href="#${dashboard_anchor(h.suite)}">${escapeHtml(h.suite)}</a> <span class="status ${s.key}">${escapeHtml(s.text)}</span> <span class="meta">${last?.aggregates.meanScore === null || !last ? '' : `score ${last.aggregates.meanScore.toFixed(3)}`}</span>${link}</li>`;
    });
    return `<nav class="index" aria-label="Suites"><h2>Suites</h2><ul>${rows.join('')}</ul></nav>`;
}
const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:16px;color:#1f2328;background:#fff;max-width:1060px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 4px}.meta{color:#57606a;margin:0 0 6px}
.index ul{list-style:none;padding:0;margin:0}.index li{padding:3px 0}.index h2{margin-top:12px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:12px}
figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px}figcaption{font-weight:600;font-size:12px}
svg.chart{width:100%;height:auto;display:block}.line{fill:none;stroke:#0969da;stroke-width:2}.pt{fill:#0969da}.pt.drifted{fill:#cf222e}
a:focus .pt,g:focus .pt,a:hover .pt,g:hover .pt{stroke:#1f2328;stroke-width:3}a:focus,g:focus{outline:none}
.band{fill:#0969da;fill-opacity:.08}.baseline{stroke:#0969da;stroke-dasharray:6 3;stroke-opacity:.7}.alarm{stroke:#cf222e;stroke-dasharray:3 3}
.axis{stroke:#8c959f}.tick{font-size:10px;fill:#57606a}.model-change{stroke:#bf8700;stroke-dasharray:4 3;stroke-width:2}
.prompt-change{stroke:#8250df;stroke-dasharray:2 2;stroke-width:2}.status{font-size:12px;padding:1px 8px;border-radius:10px;background:#dafbe1;color:#116329;white-space:nowrap}
.status.drifting{background:#ffebe9;color:#cf222e}.status.watching,.status.inconclusive{background:#fff8c5;color:#7d4e00}.status.collecting,.status.none{background:#ddf4ff;color:#0550ae}
.changes{font-size:12px;color:#57606a}.changes .model{color:#7d4e00}.changes .prompt{color:#6639ba}.legend span{margin-right:12px;white-space:nowrap}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:12px}td,th{padding:2px 8px;border-bottom:1px solid #d0d7de;text-align:left;white-space:nowrap}
.empty{color:#57606a}.issue{font-size:13px;margin-left:6px}`;
function renderDashboard(histories, opts) {
    const title = opts.title ?? 'evalgate drift dashboard';
    const suites = [...histories].sort((a, b) => a.suite.localeCompare(b.suite));
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p class="meta">Generated ${escapeHtml(opts.generatedAt.slice(0, 16).replace('T', ' '))} UTC from ${suites.length} suite ${suites.length === 1 ? 'history' : 'histories'}. Hover or focus (Tab) a point for its value and run.</p>
<p class="meta legend"><span style="color:#0969da">- - baseline, shaded: a quiet night</span> <span style="color:#cf222e">- - one-night alarm line</span> <span style="color:#bf8700">┆ model/fingerprint change</span> <span style="color:#8250df">┆ prompt/settings change</span> <span style="color:#cf222e">● drifted run</span></p>
${suites.length === 0 ? '<p class="empty">No history yet.</p>' : `${index(suites, opts)}\n${suites.map((h) => suiteSection(h, opts)).join('\n')}`}
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
/** The CUSUM carried from the newest judged night of the same segment (0 after a baseline run). */
function previousCusum(entries, current) {
    for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        if (e.runId === current.runId || !sameSegment(e, current) || e.status === 'inconclusive')
            continue;
        return e.evidence?.cusum ?? 0;
    }
    return 0;
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
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
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
        const change = modelChangeOf(history.entries, entry);
        if (change)
            entry.modelChange = change;
        const p = {
            suite: suite.name,
            history,
            entry,
            result,
            issueOpen: history.state.drifting,
            suspect: false,
            prevCusum: previousCusum(history.entries, entry),
            runs: [entry],
            confirmations: 0,
        };
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
            const baseline = selectBaseline(history.entries, entry, baselineRunsOf(opts.drift));
            if (!baseline)
                entry.status = 'baseline';
            else {
                p.baseline = baseline;
                // Already alarmed: the check run alone says whether the drift persists. Otherwise a screen
                // decides whether confirmation re-runs are worth it (without re-runs configured, it judges).
                const mode = p.issueOpen ? 'persist' : opts.drift.confirmRuns > 0 ? 'screen' : 'confirm';
                p.report = computeSignals(baseline, [entry], { mode, prevCusum: p.prevCusum }, opts.drift);
                if (mode === 'persist')
                    entry.status = p.report.drifted ? 'drifted' : 'healthy';
                else if (mode === 'confirm')
                    entry.status = p.report.drifted ? 'drifted' : 'healthy';
                else if (p.report.drifted)
                    p.suspect = true;
                else
                    entry.status = 'healthy';
            }
        }
        pending.push(p);
    }
    // 3. Confirm suspicious suites: every re-run is new evidence, judged together with the check run
    //    against the baseline (never the check run compared twice).
    const suspects = pending.filter((p) => p.suspect);
    for (let i = 1; i <= opts.drift.confirmRuns && suspects.length > 0; i++) {
        log(`confirming drift of ${suspects.map((p) => p.suite).join(', ')} (re-run ${i} of ${opts.drift.confirmRuns})`);
        const again = await live(suspects.map((p) => bySuite.get(p.suite)), `${opts.runId}-confirm${i}`);
        costCapHit ||= again.costCapHit;
        for (const p of suspects) {
            const r = again.results.get(p.suite);
            const e = r ? entryOf(r, `${opts.runId}-confirm${i}`) : undefined;
            if (e && !inconclusive(e))
                p.runs.push(e);
        }
    }
    for (const p of suspects) {
        p.report = computeSignals(p.baseline, p.runs, { mode: 'confirm', prevCusum: p.prevCusum }, opts.drift);
        p.confirmations = p.runs.length - 1;
        p.entry.status = p.report.drifted ? 'drifted' : 'unconfirmed';
    }
    for (const p of pending) {
        if (p.report) {
            p.entry.triggered = p.report.signals.filter((s) => s.triggered).map((s) => s.name);
            if (p.report.evidence)
                p.entry.evidence = toNightEvidence(p.report.evidence, p.report.cusum, p.baseline.entries.length);
        }
    }
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
        // Tonight's failing samples are only read by an issue body or comment.
        if (p.report && (action === 'open' || action === 'comment'))
            addFailingDetails(p.report, p.result);
        if (deps.issues && action !== 'none' && !p.error) {
            try {
                await applyIssueAction(deps.issues, action, outcome, history, opts);
            }
            catch (e) {
                outcome.actionFailed = true;
                addError(`could not ${action} the drift issue: ${e.message}`);
            }
        }
        // Opt-in: a model change on a suite with an open issue is worth a note there (the new body of an
        // opened issue shows it already).
        const issue = outcome.issue;
        if (deps.issues && opts.drift.notifyModelChange && p.entry.modelChange && issue && action !== 'open' && action !== 'close' && !p.error) {
            try {
                await deps.issues.comment(issue.number, renderModelChangeComment(p.suite, p.entry, opts.runUrl));
            }
            catch (e) {
                addError(`could not comment the model change on the drift issue: ${e.message}`);
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
            const open = new Map(outcomes.filter((o) => o.issue && !(o.action === 'close' && !o.actionFailed)).map((o) => [o.suite, o.issue]));
            result.dashboard = await deps.history.writeDashboard(renderDashboard(all, { generatedAt: time, drift: opts.drift, issues: open }));
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
    const keep = baselineKeeper(appendBounded(base, entry, Number.MAX_SAFE_INTEGER), baselineRunsOf(opts.drift));
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


/** Our own names and model ids only: whatever an endpoint reports as its model is reduced to a safe alphabet. */
const safeModelText = (s) => s.replace(/[^A-Za-z0-9._:,() >→-]/g, '');
/** "model changed: a (fp_1) → b (fp_2)" on the night it happens. */
function modelEvent(o) {
    const c = o.entry.modelChange;
    return c ? `${c.kind} changed: ${safeModelText(describeModelChange(c))}` : '';
}
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
        const model = modelEvent(o);
        return `${safeSuiteName(o.suite)} ${st} ${score(o.entry.aggregates.meanScore)}${base !== null ? ` (base ${score(base)})` : ''}${act ? ` ${act}` : ''}${model ? ` [${model}]` : ''}${o.error ? ` [error: ${o.error}]` : ''}`;
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
        const served = o.entry.servedModels.join(', ').replace(/[^A-Za-z0-9._:, -]/g, '') || '–';
        const models = o.entry.modelChange ? `${served} 🔄 ${o.entry.modelChange.kind} changed` : served;
        const issue = o.issue ? `[#${o.issue.number}](${o.issue.url}) ${actionText(o, false)}`.trim() : actionText(o) || '–';
        lines.push(`| \`${safeSuiteName(o.suite)}\` | ${o.status === 'drifted' ? '🔴 drifted' : o.status} | ${score(baselineScore(o))} → ${score(o.entry.aggregates.meanScore)} | ${trig} | ${models} | ${issue} |`);
    }
    const changes = r.outcomes.filter((o) => o.entry.modelChange);
    if (changes.length)
        lines.push('', ...changes.map((o) => `- 🔄 \`${safeSuiteName(o.suite)}\`: ${modelEvent(o)}. An event, not drift by itself: the signals above judge whether behaviour changed.`));
    const errors = r.outcomes.filter((o) => o.error);
    if (errors.length)
        lines.push('', ...errors.map((o) => `- ⚠️ \`${safeSuiteName(o.suite)}\`: ${o.error.replace(/[<>@`]/g, '')}`));
    if (r.costCapHit)
        lines.push('', '⚠️ The run cost cap was reached; some samples were skipped.');
    if (r.dashboard)
        lines.push('', `Dashboard: \`${r.dashboard}\``);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/core/engine/engine.js + 14 modules
var engine = __webpack_require__(4835);
// EXTERNAL MODULE: ./lib/src/core/results/error-rate.js
var error_rate = __webpack_require__(4558);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var app_runtime = __webpack_require__(697);
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
        ...(input.mask ? { mask: input.mask } : {}),
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
        breaches: result.outcomes
            .filter((o) => o.status === 'inconclusive')
            .map((o) => (0,error_rate/* breachOf */.LH)({ suite: o.suite, errors: o.entry.aggregates.errors, ok: o.entry.aggregates.ok, limit: config.gate.maxErrorRate }))
            .filter((b) => b !== undefined),
    };
}

// EXTERNAL MODULE: ./lib/src/adapters/github/idempotent.js
var idempotent = __webpack_require__(4780);
// EXTERNAL MODULE: ./lib/src/adapters/github/sticky-comment.js
var sticky_comment = __webpack_require__(1968);
;// CONCATENATED MODULE: ./lib/src/adapters/github/drift-issues.js
// The drift issues on GitHub: one open issue per drifting suite, recognised by label + hidden marker +
// our own authorship (anyone can type the marker into an issue; only ours count). Never duplicated:
// after creating, we list again, and if an overlapping run created one as well, the oldest survives
// and the others are closed as duplicates (both runs reach the same answer, so this is idempotent).
// Creates survive a lost response (see idempotent.ts): an issue is looked for again by its marker, a
// comment by the hidden marker on its first line, which names the run.



/** The hidden marker a comment body starts with (`<!-- evalgate:… -->`), which makes it findable. */
function leadingMarker(body) {
    return /^<!-- evalgate:[^\n]*?-->/.exec(body)?.[0];
}
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
    /** Our comment on `issue` whose body carries `marker` (or equals `body` when there is no marker). */
    const findComment = async (issue, body) => {
        const login = await me();
        const marker = leadingMarker(body);
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })) {
            const c = page.data.find((x) => x.user?.login === login && typeof x.body === 'string' && (marker ? x.body.includes(marker) : x.body === body));
            if (c)
                return c.id;
        }
        return undefined;
    };
    const retry = { ...(o.log ? { log: o.log } : {}), ...(o.retryWaitMs !== undefined ? { waitMs: o.retryWaitMs } : {}) };
    const comment = async (issue, body) => {
        await (0,idempotent/* createOnce */.Ur)({
            what: `a comment on #${issue}`,
            create: async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body, ...idempotent/* NO_PLUGIN_RETRY */.nN })).data.id,
            find: () => findComment(issue, body),
            ...retry,
        });
    };
    return {
        async findOpen(suite) {
            return (await listOurs(suite))[0];
        },
        async open(suite, title, body) {
            const created = await (0,idempotent/* createOnce */.Ur)({
                what: `the drift issue of ${suite}`,
                create: async () => {
                    const { data } = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label], ...idempotent/* NO_PLUGIN_RETRY */.nN });
                    return { number: data.number, url: data.html_url };
                },
                // Any open issue of ours for the suite: ours if the create landed, else an overlapping run's.
                find: async () => (await listOurs(suite)).at(-1),
                ...retry,
            });
            const ours = await listOurs(suite);
            // If listing lags behind the create, our new issue is the survivor.
            const survivor = ours[0] && ours[0].number < created.number ? ours[0] : created;
            const closedDuplicates = [];
            for (const dup of [...ours, created]) {
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
// A write GitHub committed but answered with an error (a lost response) looks like a conflict on the
// next attempt; the re-read then already holds our change (the change is idempotent: same runId
// replaced, same dashboard), so we stop instead of fighting our own write. Writes go without the retry
// plugin (its retried PUT can only meet a 409 after a lost write) and the whole operation is bounded
// in time.




function createBranchHistoryStore(o) {
    const { octokit, owner, repo, branch } = o;
    const attempts = o.maxAttempts ?? 8;
    const base = o.retryBaseMs ?? 200;
    const timeoutMs = o.timeoutMs ?? 90_000;
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
    const read = async (path, signal) => {
        try {
            const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: branch, ...(signal ? { request: { signal } } : {}) });
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
    /** Writes path from `make(current text)`, retrying on concurrent updates, within `timeoutMs`. */
    const writeWithRetry = async (path, message, make) => {
        await ensureBranch();
        const deadline = Date.now() + timeoutMs;
        const signal = AbortSignal.timeout(timeoutMs);
        const giveUp = (attempt, cause) => new Error(`gave up writing ${path} on ${branch} after ${attempt} attempts in ${Math.round(timeoutMs / 1000)} s (last: ${cause.message})`, { cause });
        let lost = false;
        for (let attempt = 1;; attempt++) {
            let cur;
            try {
                cur = await read(path, signal);
            }
            catch (e) {
                if (signal.aborted)
                    throw giveUp(attempt, e);
                throw e;
            }
            const text = make(cur?.text);
            // After an ambiguous failure the stored file may already be ours: nothing left to write.
            if (lost && cur?.text === text) {
                o.log?.(`${path} on ${branch} already holds this run's write (the earlier response was lost)`);
                return text;
            }
            try {
                await octokit.rest.repos.createOrUpdateFileContents({
                    owner,
                    repo,
                    path,
                    branch,
                    message,
                    content: Buffer.from(text, 'utf8').toString('base64'),
                    ...(cur ? { sha: cur.sha } : {}),
                    request: { ...idempotent/* NO_PLUGIN_RETRY */.nN.request, signal },
                });
                return text;
            }
            catch (e) {
                const s = (0,github_octokit.httpStatus)(e);
                if (signal.aborted)
                    throw giveUp(attempt, e);
                const landed = (0,idempotent/* mayHaveLanded */.I7)(e);
                if ((s !== 409 && s !== 422 && !landed) || attempt >= attempts)
                    throw e;
                lost ||= landed;
                o.log?.(landed
                    ? `${path} on ${branch}: the write answered ${s ?? e.message} (it may have landed); re-reading (attempt ${attempt + 1} of ${attempts})`
                    : `${path} on ${branch} changed concurrently (HTTP ${s}); re-reading and merging (attempt ${attempt + 1} of ${attempts})`);
                const wait = base * attempt * (0.5 + Math.random());
                if (Date.now() + wait > deadline)
                    throw giveUp(attempt, e);
                await new Promise((r) => setTimeout(r, wait));
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
// runner unless a later step uploads it), no issues, a warning. Outputs: `status` (`drifted` |
// `inconclusive` | `ok`), `drifted` (comma-separated suites), `report` (path of the JSON result). The step
// fails when reporting failed (history or issue writes) or more than gate.maxErrorRate of a suite's
// requests failed (an outage is not "no drift"), never on drift itself: the issue is the alarm.






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
        mask: (secret) => io.setSecret(secret),
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
    io.setOutput('status', flow.drifted.length ? 'drifted' : flow.breaches.length ? 'inconclusive' : 'ok');
    io.setOutput('drifted', flow.drifted.join(','));
    io.setOutput('report', reportPath);
    // A model outage cannot say "no drift": the night is recorded as inconclusive and the step fails.
    const problems = [...flow.errors, ...(flow.breaches.length ? [(0,error_rate/* outageMessage */.bv)(flow.breaches)] : [])];
    if (problems.length)
        io.setFailed(`evalgate drift: ${problems.join('; ')}`);
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


/***/ })

};
