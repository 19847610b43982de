// Drift issue and comment bodies. Model outputs are untrusted and go through the same escaping as PR
// comments; the suite name goes into a hidden marker, so it is reduced to a safe alphabet first.
// Every body stays under GitHub's 65,536-character limit: the variable part (flipped cases) is cut
// to fit, and the body says so.
import { codeBlock, codeSpan, escapeText, neutraliseRefs } from '../report/escape.js';
import { count } from '../report/format.js';
import { safeUrl } from '../report/sections.js';
import type { Baseline } from './baseline.js';
import { scoreChartMermaid, scoreTableMarkdown } from './chart.js';
import type { HistoryEntry, JudgeChange } from './history.js';
import type { FlippedCase, Signal, SignalReport } from './signals.js';
import type { CheckCost } from '../pricing/check-cost.js';
import { checkCostLine } from '../pricing/check-cost-line.js';

export const MAX_BODY_CHARS = 65_536;
/** Room kept below the limit for what GitHub adds and for our own closing lines. */
const BUDGET = MAX_BODY_CHARS - 2_000;

/** Suite names are restricted by the config schema already; this keeps the marker safe regardless. */
export function safeSuiteName(suite: string): string {
  return suite.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}

export function driftMarker(suite: string): string {
  return `<!-- evalgate:drift suite=${safeSuiteName(suite)} -->`;
}

export function driftIssueTitle(suite: string): string {
  return `evalgate drift: ${safeSuiteName(suite)}`;
}

export interface DriftIssueInput {
  suite: string;
  entry: HistoryEntry;
  history: readonly HistoryEntry[];
  baseline?: Baseline;
  report?: SignalReport;
  /** First run of the current drift episode. */
  since: HistoryEntry;
  confirmations: number;
  healthyStreak: number;
  recoverAfter: number;
  runUrl?: string;
  /** Where the monitor runs, so the advice names what works there (default: the CLI). */
  origin?: DriftOrigin;
  /** What tonight's runs cost and saved. */
  checkCost?: CheckCost;
}

/** The action reads the history from the data branch, the CLI and the daemon from their store. */
export type DriftOrigin = 'action' | 'cli';

/** How to pin a new baseline where this issue came from. */
export function pinAdvice(origin: DriftOrigin | undefined): string {
  return origin === 'action'
    ? 'run the drift workflow once with the action input `pin-baseline: true` (a `workflow_dispatch` input wired to it, see docs/drift.md): that run becomes the baseline on the data branch'
    : 'run `evalgate drift --pin` once with the same history store as this monitor (`--store` / `--history-dir`)';
}

const fmtNum = (v: number | string | null, s: Signal): string => {
  if (v === null) return '–';
  if (typeof v === 'string') return codeSpan(v, { table: true });
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

const htmlText = (s: string): string =>
  neutraliseRefs(
    s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!),
  );

const when = (t: string): string => `${t.slice(0, 16).replace('T', ' ')} UTC`;
/** "1 run", "3 runs": the body is read by people, not parsed. */
function signalTable(report: SignalReport): string {
  const rows = report.signals.map((s) => {
    const flag = s.informational ? 'ℹ️ info' : s.skipped ? '– skipped' : s.triggered ? '🔴 drift' : '🟢 ok';
    return `| ${s.label} | ${fmtNum(s.baseline, s)} | ${fmtNum(s.now, s)} | ${s.threshold} | ${flag} |`;
  });
  return ['| Signal | Baseline | Now | Threshold | |', '|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * A served-model change that coincides with the drift is its likeliest cause, so it comes first, with
 * the fix: a dated snapshot id cannot be changed under you, an alias (`gpt-4o-mini`) can. A
 * fingerprint-only change happens inside one snapshot: no pin prevents it.
 */
function modelCause(report: SignalReport, baseline: Baseline | undefined): string | undefined {
  const model = report.signals.find((s) => s.name === 'model');
  if (!model || model.detail === 'unchanged') return undefined;
  if (model.detail === 'system fingerprint changed')
    return `- **Likely cause: the provider changed the system behind the model** (${escapeText(String(model.baseline))} → ${escapeText(String(model.now))}), at the same time as this drift. A model snapshot pin cannot prevent a fingerprint change; if the new behaviour is acceptable, pin a new baseline.`;
  const before = [...new Set((baseline?.entries ?? []).flatMap((e) => e.servedModels))].sort();
  const snapshot =
    before.length === 1 ? ` to the snapshot the baseline was served, ${codeSpan(before[0]!)}` : ' to a dated snapshot';
  return `- **Likely cause: the served model changed** at the same time as this drift: ${escapeText(model.detail)}. Fix: pin the model snapshot — set the provider's \`model\`${snapshot} — so the provider cannot swap it; or, if the new model is intended, pin a new baseline.`;
}

function whatChanged(report: SignalReport, baseline?: Baseline): string {
  const cause = modelCause(report, baseline);
  const lines = report.signals.filter((s) => s.triggered).map((s) => `- **${s.label}**: ${escapeText(s.detail)}`);
  return (cause ? [cause, ...lines] : lines).join('\n');
}

function baselineLine(b: Baseline | undefined, entry: HistoryEntry): string {
  const prompt = `prompt \`${entry.promptVersion.replace(/[^0-9a-f]/gi, '')}\`, settings \`${entry.settingsHash.replace(/[^0-9a-z]/gi, '')}\``;
  if (!b) return `Baseline: none yet for ${prompt}.`;
  return b.kind === 'pinned'
    ? `Baseline: the pinned run of ${when(b.since)} (${prompt}).`
    : `Baseline: the first ${b.entries.length === 1 ? 'run' : count(b.entries.length, 'run')} of ${prompt}, ${when(b.since)}${b.entries.length === 1 ? '' : ' onwards'}.`;
}

/** "[run ID](url)", or the id as code when there is no URL safe to link. */
function runLink(runId: string, runUrl: string | undefined): string {
  const id = runId.replace(/[^A-Za-z0-9._:-]/g, '');
  const url = safeUrl(runUrl);
  return url ? `[run ${id}](${url})` : `run \`${id}\``;
}

/** One flipped case: tonight's k-of-n failing samples with their reasons and outputs, and the baseline's answer. */
function flippedCase(f: FlippedCase): string {
  const score = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
  const d = f.failing;
  const kOfN = d ? `, ${d.failed} of ${d.samples} samples failed tonight` : '';
  const reasons = d?.reasons.length
    ? `Failing assertions:\n\n${d.reasons.map((r) => `- ${escapeText(r)}`).join('\n')}\n\n`
    : '';
  const outputs = d?.outputs.length
    ? d.outputs
        .map(
          (o, i) =>
            `Failing output${d.outputs.length > 1 ? ` ${i + 1}` : ''}:\n\n${codeBlock(o, { maxChars: 1000 })}\n\n`,
        )
        .join('')
    : `Current output:\n\n${f.nowOutput !== undefined ? codeBlock(f.nowOutput, { maxChars: 1000 }) : '_(none)_'}\n\n`;
  return (
    // Markdown is not rendered inside <summary>: the id goes in as escaped HTML.
    `<details><summary><code>${htmlText(f.id)}</code>: score ${score(f.baselineScore)} → ${score(f.nowScore)}${kOfN}</summary>\n\n` +
    reasons +
    outputs +
    `Baseline output:\n\n${f.baselineOutput !== undefined ? codeBlock(f.baselineOutput, { maxChars: 1000 }) : '_(not stored)_'}\n\n</details>\n\n`
  );
}

/** The flipped cases, as many as fit in `budget` characters. */
function flippedSection(report: SignalReport, budget: number): string {
  if (report.flipped.length === 0) return '';
  const head = `### Cases that flipped from pass to fail (${report.flipped.length})\n\n`;
  let out = head;
  let shown = 0;
  for (const f of report.flipped) {
    const part = flippedCase(f);
    if (out.length + part.length > budget) break;
    out += part;
    shown++;
  }
  if (shown < report.flipped.length) {
    out += `_…and ${report.flipped.length - shown} more flipped case(s), left out to stay within GitHub's size limit; see the history file and the run's results._\n\n`;
  }
  return out;
}

/** The oldest run of the unbroken trailing stretch served by the current model id + fingerprint. */
function modelSince(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry | undefined {
  const key = (e: HistoryEntry): string => `${e.servedModels.join(',')}|${e.fingerprints.join(',')}`;
  let since: HistoryEntry | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.servedModels.length === 0 && e.fingerprints.length === 0) continue; // all requests failed: unknown
    if (key(e) !== key(entry)) break;
    since = e;
  }
  return since;
}

function modelSection(input: DriftIssueInput): string {
  const models = input.report?.signals.find((s) => s.name === 'model');
  if (!models) return '';
  const table = `### Model\n\n| | Served model (fingerprint) |\n|---|---|\n| Baseline | ${codeSpan(String(models.baseline ?? '–'), { table: true })} |\n| Now | ${codeSpan(String(models.now ?? '–'), { table: true })} |\n`;
  if (models.detail === 'unchanged') return table;
  const since = modelSince(input.history, input.entry);
  return since ? `${table}\nThe current model / fingerprint is served since ${when(since.time)}.\n` : table;
}

function fit(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const note = "\n\n_…truncated to fit GitHub's 65,536-character limit._\n";
  return body.slice(0, MAX_BODY_CHARS - note.length) + note;
}

export function renderDriftIssueBody(input: DriftIssueInput): string {
  const { suite, report } = input;
  const parts: string[] = [driftMarker(suite), `## Drift detected in suite \`${safeSuiteName(suite)}\``, ''];
  parts.push(
    `Drifting since ${when(input.since.time)} (run \`${input.since.runId.replace(/[^A-Za-z0-9._:-]/g, '')}\`)` +
      (input.confirmations > 0 ? `, confirmed by ${count(input.confirmations, 're-run')}.` : '.'),
    baselineLine(input.baseline, input.entry),
    '',
  );
  if (report)
    parts.push(
      '### What changed',
      '',
      whatChanged(report, input.baseline),
      '',
      '### Baseline vs now',
      '',
      signalTable(report),
      '',
    );
  parts.push(`### Score over the last runs`, '', scoreChartMermaid(suite, input.history), '');
  parts.push('<details><summary>Table</summary>', '', scoreTableMarkdown(input.history), '', '</details>', '');
  const model = modelSection(input);
  if (model) parts.push(model);
  const spent = input.checkCost && checkCostLine(input.checkCost);
  if (spent) parts.push(spent, '');
  if (input.entry.redactions)
    parts.push(
      `Governance: ${count(input.entry.redactions, 'personal-data or secret value')} redacted from the outputs of this run.`,
      '',
    );
  const tail = `---\n${runLink(input.entry.runId, input.runUrl)} · this issue is closed automatically after ${count(input.recoverAfter, 'run')} in a row that show recovery. If the change is intended, pin a new baseline: ${pinAdvice(input.origin)}.\n`;
  // A blank line before what follows, so the last table ends there in every Markdown renderer.
  let body = `${parts.join('\n')}\n`;
  if (report) body += flippedSection(report, BUDGET - body.length - tail.length);
  return fit(body + tail);
}

/** Comment while the drift persists (at most one per run). */
export function renderPersistComment(input: DriftIssueInput): string {
  const parts = [
    // The run in the marker lets a retried post find this comment instead of posting it twice.
    `<!-- evalgate:drift-update suite=${safeSuiteName(input.suite)} run=${safeSuiteName(input.entry.runId)} -->`,
    `Still drifting as of ${when(input.entry.time)} (${runLink(input.entry.runId, input.runUrl)}), since ${when(input.since.time)}.`,
    '',
  ];
  if (input.report) parts.push(whatChanged(input.report, input.baseline), '', signalTable(input.report), '');
  const spent = input.checkCost && checkCostLine(input.checkCost);
  if (spent) parts.push(spent, '');
  let body = `${parts.join('\n')}\n`;
  if (input.report) body += flippedSection(input.report, BUDGET - body.length);
  return fit(body);
}

/** Comment posted when the suite recovered; the issue is closed right after. */
export function renderRecoveryComment(input: DriftIssueInput): string {
  const parts = [
    `<!-- evalgate:drift-recovered suite=${safeSuiteName(input.suite)} run=${safeSuiteName(input.entry.runId)} -->`,
    `Recovered: ${count(input.healthyStreak, 'healthy run')} in a row, the latest at ${when(input.entry.time)} (${runLink(input.entry.runId, input.runUrl)}). Closing.`,
    '',
  ];
  if (input.report) parts.push(signalTable(input.report), '');
  else
    parts.push(
      `(${baselineLine(input.baseline, input.entry)} A prompt or settings change started a new baseline.)`,
      '',
    );
  return fit(parts.join('\n'));
}

/** Opt-in (drift.notifyModelChange): the served model or fingerprint changed while the issue is open. */
export function renderModelChangeComment(suite: string, entry: HistoryEntry, runUrl?: string): string {
  const c = entry.modelChange;
  if (!c) return '';
  const side = (x: { servedModels: string[]; fingerprints: string[] }): string =>
    codeSpan(
      `${x.servedModels.join(', ') || 'unknown'}${x.fingerprints.length ? ` (${x.fingerprints.join(', ')})` : ''}`,
    );
  const run = runLink(entry.runId, runUrl);
  return [
    `<!-- evalgate:drift-model suite=${safeSuiteName(suite)} -->`,
    `ℹ️ Served ${c.kind === 'model' ? 'model' : 'fingerprint'} changed at ${when(entry.time)} (${run}): ${side(c.from)} → ${side(c.to)}.`,
    '',
    'Not drift by itself; the figures of the next runs say whether behaviour changed with it.',
    '',
  ].join('\n');
}

/** A comment on an open drift issue when the suite's judge changed: the baseline starts again, not drift. */
export function renderJudgeChangeComment(suite: string, entry: HistoryEntry, runUrl?: string): string {
  const c = entry.judgeChange;
  if (!c) return '';
  const run = runLink(entry.runId, runUrl);
  return [
    `<!-- evalgate:drift-judge suite=${safeSuiteName(suite)} -->`,
    `ℹ️ At ${when(entry.time)} (${run}) ${describeJudgeChange(c, codeSpan)}.`,
    '',
    'Scores from different judges are not comparable, so the monitor starts a new baseline segment: the next nights collect a baseline under the new judge before anything is judged again. Not drift by itself.',
    '',
  ].join('\n');
}

/** "the judge changed: gpt-4o-mini → gpt-4.1", or "the judge's settings or rubric changed (gpt-4o-mini)". */
export function describeJudgeChange(c: JudgeChange, name: (model: string) => string = (m) => m): string {
  const models = (xs: readonly string[]): string => (xs.length ? xs.map(name).join(', ') : 'unknown');
  return models(c.from) === models(c.to)
    ? `the judge's settings or rubric changed (${models(c.to)})`
    : `the judge changed: ${models(c.from)} → ${models(c.to)}`;
}
