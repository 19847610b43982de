// A self-contained static dashboard of the drift history: an index of all suites with one status each
// (and a link to the open issue), then per suite the score against what the monitor decides on — the
// pooled baseline, the band one quiet night falls in, the one-night alarm line — plus cost per 1,000
// requests, p95 latency and output tokens, model and prompt changes marked, every point with its value
// and run link on hover and keyboard focus, and a table of the runs. Inline SVG and CSS only: no script,
// no CDN, so it works from GitHub Pages, a file:// URL or an artifact, at desktop and phone widths.
import { baselineRunsOf, selectBaseline } from './baseline.js';
import type { HistoryEntry, HistoryFile } from './history.js';
import { estimateNoise, oneNightLimit } from './score-evidence.js';

export interface DashboardOptions {
  generatedAt: string;
  title?: string;
  /** The drift settings the lines are drawn for (defaults: the config defaults). */
  drift?: { baselineRuns: number; historyLimit: number; confidence: number; confirmRuns: number; maxScoreDrop: number };
  /** Open drift issue per suite, from this run's lookups. */
  issues?: ReadonlyMap<string, { number: number; url: string }>;
}

const DEFAULT_DRIFT = { baselineRuns: 30, historyLimit: 60, confidence: 0.999, confirmRuns: 4, maxScoreDrop: 0.05 };

interface Metric {
  key: string;
  label: string;
  value: (e: HistoryEntry) => number | null;
  format: (v: number) => string;
}

const METRICS: Metric[] = [
  { key: 'score', label: 'Mean score', value: (e) => e.aggregates.meanScore, format: (v) => v.toFixed(3) },
  {
    key: 'cost',
    label: 'Cost per 1,000 requests (USD)',
    value: (e) => (e.aggregates.costPerRequestUsd === null ? null : e.aggregates.costPerRequestUsd * 1000),
    format: (v) => `$${v < 0.01 ? v.toPrecision(2) : v.toFixed(v < 1 ? 3 : 2)}`,
  },
  {
    key: 'latency',
    label: 'p95 latency (ms)',
    value: (e) => e.aggregates.latencyP95,
    format: (v) => `${Math.round(v)} ms`,
  },
  {
    key: 'tokens',
    label: 'Output tokens / request',
    value: (e) => e.aggregates.tokensOutPerRequest,
    format: (v) => v.toFixed(1),
  },
];

const W = 480;
const H = 190;
const PAD = { l: 64, r: 12, t: 12, b: 30 };
/** Date ticks on the x axis. */
const X_TICKS = 5;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const safeUrl = (u: string | undefined): string | undefined => (u && /^https?:\/\/[^\s"'<>]+$/.test(u) ? u : undefined);
const anchor = (suite: string): string => `suite-${suite.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export interface ChangePoint {
  index: number;
  kind: 'model' | 'prompt';
  text: string;
}

/** Indices where the prompt/settings or the served model / fingerprint differs from the previous entry. */
export function changePoints(entries: readonly HistoryEntry[]): ChangePoint[] {
  const out: ChangePoint[] = [];
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (a.promptVersion !== b.promptVersion || a.settingsHash !== b.settingsHash) {
      out.push({ index: i, kind: 'prompt', text: `prompt/settings ${a.promptVersion} → ${b.promptVersion}` });
    } else if (
      b.modelChange ||
      a.servedModels.join(',') !== b.servedModels.join(',') ||
      a.fingerprints.join(',') !== b.fingerprints.join(',')
    ) {
      out.push({
        index: i,
        kind: 'model',
        text: `model ${a.servedModels.join(', ')} ${a.fingerprints.join(',')} → ${b.servedModels.join(', ')} ${b.fingerprints.join(',')}`,
      });
    }
  }
  return out;
}

/** What the monitor compares the latest run with: the baseline mean, a quiet night's band, the alarm line. */
export interface ScoreGuides {
  baseline: number;
  bandLow: number;
  bandHigh: number;
  alarm: number;
  runs: number;
}

export function scoreGuides(entries: readonly HistoryEntry[], drift = DEFAULT_DRIFT): ScoreGuides | undefined {
  const latest = entries[entries.length - 1];
  if (!latest) return undefined;
  const probe = { ...latest, runId: '\u0000dashboard' };
  const b = selectBaseline(entries, probe, baselineRunsOf(drift));
  if (!b) return undefined;
  const means = b.entries.map((e) => e.aggregates.meanScore).filter((x): x is number => x !== null);
  if (means.length === 0) return undefined;
  const base = means.reduce((a, x) => a + x, 0) / means.length;
  const noise = estimateNoise(b.entries);
  const k = b.entries.length;
  const n = Math.max(1, noise.n);
  const one = Math.sqrt((noise.v / n + noise.tau2) * (1 + 1 / k));
  const m = 1 + drift.confirmRuns;
  const confirmed = Math.sqrt((noise.v / n + noise.tau2) * (1 / m + 1 / k));
  const drop = Math.max(oneNightLimit(1 - drift.confidence) * confirmed, drift.maxScoreDrop / 2);
  return {
    baseline: base,
    bandLow: Math.max(0, base - 2 * one),
    bandHigh: Math.min(1, base + 2 * one),
    alarm: Math.max(0, base - drop),
    runs: k,
  };
}

/** One status per suite, the same words as the run summary. */
export function suiteStatus(h: HistoryFile): { key: string; text: string } {
  const last = h.entries[h.entries.length - 1];
  if (h.state.drifting) return { key: 'drifting', text: 'drifting' };
  if (!last) return { key: 'none', text: 'no runs yet' };
  switch (last.status) {
    case 'baseline':
      return { key: 'collecting', text: 'collecting baseline' };
    case 'inconclusive':
      return { key: 'inconclusive', text: 'inconclusive (errors)' };
    case 'unconfirmed':
      return { key: 'watching', text: 'healthy, watching (unconfirmed)' };
    case 'drifted':
      return { key: 'drifting', text: 'drifting' };
    case 'unrecovered':
      return { key: 'drifting', text: 'drifting (not recovered yet)' };
    default:
      return (last.evidence?.cusum ?? 0) > 0
        ? { key: 'watching', text: 'healthy, evidence building' }
        : { key: 'healthy', text: 'healthy' };
  }
}

const shortDate = (t: string): string => t.slice(5, 10);

function chart(suite: string, entries: readonly HistoryEntry[], m: Metric, guides?: ScoreGuides): string {
  const pts = entries
    .map((e, i) => ({ i, v: m.value(e), e }))
    .filter((p): p is { i: number; v: number; e: HistoryEntry } => p.v !== null && Number.isFinite(p.v));
  const head = `<figure class="metric"><figcaption>${escapeHtml(m.label)}</figcaption>`;
  if (pts.length === 0) return `${head}<p class="empty">no data</p></figure>`;
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
    if (hi - lo < 0.02) lo = Math.max(0, hi - 0.1);
  }
  const n = Math.max(entries.length - 1, 1);
  const x = (i: number): number => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
  const y = (v: number): number => PAD.t + (H - PAD.t - PAD.b) * (1 - (v - lo) / (hi - lo));
  const path = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const marks = changePoints(entries)
    .map(
      (c) =>
        `<line class="${c.kind}-change" x1="${x(c.index - 0.5).toFixed(1)}" x2="${x(c.index - 0.5).toFixed(1)}" y1="${PAD.t}" y2="${H - PAD.b}"><title>${escapeHtml(entries[c.index]!.time.slice(0, 16))}: ${escapeHtml(c.text)}</title></line>`,
    )
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
  const tickIdx = [
    ...new Set(
      Array.from({ length: Math.min(X_TICKS, entries.length) }, (_, k) =>
        Math.round((k * (entries.length - 1)) / Math.max(1, Math.min(X_TICKS, entries.length) - 1)),
      ),
    ),
  ];
  const xTicks = tickIdx
    .map((i, k) => {
      const anchorAt = k === 0 ? 'start' : k === tickIdx.length - 1 ? 'end' : 'middle';
      return `<text class="tick" x="${x(i).toFixed(1)}" y="${H - 10}" text-anchor="${anchorAt}">${escapeHtml(shortDate(entries[i]!.time))}</text>`;
    })
    .join('');
  const axis =
    `<line class="axis" x1="${PAD.l}" x2="${W - PAD.r}" y1="${H - PAD.b}" y2="${H - PAD.b}"/>` +
    `<line class="axis" x1="${PAD.l}" x2="${PAD.l}" y1="${PAD.t}" y2="${H - PAD.b}"/>` +
    `<text class="tick" x="${PAD.l - 4}" y="${y(hi) + 4}" text-anchor="end">${escapeHtml(m.format(hi))}</text>` +
    `<text class="tick" x="${PAD.l - 4}" y="${y(lo) + 4}" text-anchor="end">${escapeHtml(m.format(lo))}</text>` +
    xTicks;
  return `${head}<svg class="chart" data-metric="${m.key}" viewBox="0 0 ${W} ${H}" role="group" aria-label="${escapeHtml(`${m.label} of ${suite}`)}">${guide}${axis}${marks}<path class="line" d="${path}"/>${dots}</svg></figure>`;
}

function runsTable(entries: readonly HistoryEntry[]): string {
  const rows = [...entries]
    .reverse()
    .slice(0, 60)
    .map((e) => {
      const url = safeUrl(e.runUrl);
      const id = escapeHtml(e.runId);
      const cost =
        e.aggregates.costPerRequestUsd === null ? '–' : METRICS[1]!.format(e.aggregates.costPerRequestUsd * 1000);
      const ev = e.evidence
        ? `${e.evidence.drop >= 0 ? '−' : '+'}${Math.abs(e.evidence.drop).toFixed(3)} (z ${Number.isFinite(e.evidence.z) ? e.evidence.z.toFixed(1) : '∞'})`
        : '–';
      return (
        `<tr><td>${escapeHtml(e.time.slice(0, 16).replace('T', ' '))}</td><td>${e.aggregates.meanScore === null ? '–' : e.aggregates.meanScore.toFixed(3)}</td><td>${escapeHtml(ev)}</td>` +
        `<td>${cost}</td><td>${e.aggregates.latencyP95 === null ? '–' : Math.round(e.aggregates.latencyP95)}</td><td>${escapeHtml(e.status ?? '–')}${e.modelChange ? ' · model changed' : ''}${e.judgeChange ? ' · judge changed (new baseline)' : ''}</td>` +
        `<td>${url ? `<a href="${escapeHtml(url)}">${id}</a>` : id}</td></tr>`
      );
    })
    .join('');
  return `<details class="runs"><summary>Runs (newest first)</summary><div class="scroll"><table><thead><tr><th>Run (UTC)</th><th>Score</th><th>Drop vs baseline</th><th>Cost / 1k</th><th>p95 ms</th><th>Status</th><th>Run</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function suiteSection(h: HistoryFile, opts: DashboardOptions): string {
  const e = h.entries;
  const last = e[e.length - 1];
  const status = suiteStatus(h);
  const issue = opts.issues?.get(h.suite);
  const issueLink =
    issue && safeUrl(issue.url) ? ` <a class="issue" href="${escapeHtml(issue.url)}">issue #${issue.number}</a>` : '';
  const guides = scoreGuides(e, opts.drift);
  const changes = changePoints(e);
  const changeList = changes.length
    ? `<ul class="changes">${changes.map((c) => `<li class="${c.kind}">${escapeHtml(e[c.index]!.time.slice(0, 16).replace('T', ' '))}: ${escapeHtml(c.text)}</li>`).join('')}</ul>`
    : '';
  const guideText = guides
    ? `baseline ${guides.baseline.toFixed(3)} (${guides.runs} runs pooled) · a quiet night ${guides.bandLow.toFixed(3)}–${guides.bandHigh.toFixed(3)} · one-night alarm below ${guides.alarm.toFixed(3)}`
    : 'baseline: still collecting (3 nights needed)';
  return (
    `<section class="suite" id="${anchor(h.suite)}" data-suite="${escapeHtml(h.suite)}"><h2>${escapeHtml(h.suite)} <span class="status ${status.key}">${escapeHtml(status.text)}</span>${issueLink}</h2>` +
    `<p class="meta">${e.length} runs · latest ${escapeHtml(last?.time.slice(0, 16).replace('T', ' ') ?? '–')} · model ${escapeHtml(last?.servedModels.join(', ') || last?.model || '–')} · prompt ${escapeHtml(last?.promptVersion ?? '–')}</p>` +
    `<p class="meta guides">${escapeHtml(guideText)}</p>` +
    `<div class="grid">${METRICS.map((m) => chart(h.suite, e, m, m.key === 'score' ? guides : undefined)).join('')}</div>${changeList}${runsTable(e)}</section>`
  );
}

function index(suites: readonly HistoryFile[], opts: DashboardOptions): string {
  const rows = suites.map((h) => {
    const s = suiteStatus(h);
    const last = h.entries[h.entries.length - 1];
    const issue = opts.issues?.get(h.suite);
    const link = issue && safeUrl(issue.url) ? ` · <a href="${escapeHtml(issue.url)}">issue #${issue.number}</a>` : '';
    return `<li><a href="#${anchor(h.suite)}">${escapeHtml(h.suite)}</a> <span class="status ${s.key}">${escapeHtml(s.text)}</span> <span class="meta">${last?.aggregates.meanScore === null || !last ? '' : `score ${last.aggregates.meanScore.toFixed(3)}`}</span>${link}</li>`;
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

export function renderDashboard(histories: readonly HistoryFile[], opts: DashboardOptions): string {
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
