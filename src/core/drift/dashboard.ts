// A self-contained static dashboard of the drift history: one section per suite with four small line
// charts (score, cost per request, p95 latency, output tokens), drawn as inline SVG here so the page
// needs no script, no CDN and works from GitHub Pages, a file:// URL or an artifact. Model-version
// changes (served model or fingerprint) and prompt changes are marked with vertical lines.
import type { HistoryEntry, HistoryFile } from './history.js';

export interface DashboardOptions {
  generatedAt: string;
  title?: string;
}

interface Metric {
  key: string;
  label: string;
  value: (e: HistoryEntry) => number | null;
  format: (v: number) => string;
}

const METRICS: Metric[] = [
  { key: 'score', label: 'Mean score', value: (e) => e.aggregates.meanScore, format: (v) => v.toFixed(3) },
  { key: 'cost', label: 'Cost / request (USD)', value: (e) => e.aggregates.costPerRequestUsd, format: (v) => `$${v.toPrecision(3)}` },
  { key: 'latency', label: 'p95 latency (ms)', value: (e) => e.aggregates.latencyP95, format: (v) => `${Math.round(v)}` },
  { key: 'tokens', label: 'Output tokens / request', value: (e) => e.aggregates.tokensOutPerRequest, format: (v) => v.toFixed(1) },
];

const W = 460;
const H = 170;
const PAD = { l: 66, r: 12, t: 12, b: 28 };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Indices where the served model / fingerprint or the prompt differs from the previous entry. */
export function changePoints(entries: readonly HistoryEntry[]): { index: number; kind: 'model' | 'prompt'; text: string }[] {
  const out: { index: number; kind: 'model' | 'prompt'; text: string }[] = [];
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (a.promptVersion !== b.promptVersion || a.settingsHash !== b.settingsHash) {
      out.push({ index: i, kind: 'prompt', text: `prompt/settings ${a.promptVersion} → ${b.promptVersion}` });
    } else if (a.servedModels.join(',') !== b.servedModels.join(',') || a.fingerprints.join(',') !== b.fingerprints.join(',')) {
      out.push({ index: i, kind: 'model', text: `model ${a.servedModels.join(', ')} ${a.fingerprints.join(',')} → ${b.servedModels.join(', ')} ${b.fingerprints.join(',')}` });
    }
  }
  return out;
}

function chart(entries: readonly HistoryEntry[], m: Metric): string {
  const pts = entries.map((e, i) => ({ i, v: m.value(e), e })).filter((p): p is { i: number; v: number; e: HistoryEntry } => p.v !== null && Number.isFinite(p.v));
  const head = `<figure class="metric"><figcaption>${escapeHtml(m.label)}</figcaption>`;
  if (pts.length === 0) return `${head}<p class="empty">no data</p></figure>`;
  let lo = Math.min(...pts.map((p) => p.v));
  let hi = Math.max(...pts.map((p) => p.v));
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) * 0.05 || 0.05;
    lo -= pad;
    hi += pad;
  }
  const n = Math.max(entries.length - 1, 1);
  const x = (i: number): number => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
  const y = (v: number): number => PAD.t + (H - PAD.t - PAD.b) * (1 - (v - lo) / (hi - lo));
  const path = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const marks = changePoints(entries)
    .map(
      (c) =>
        `<line class="${c.kind}-change" x1="${x(c.index - 0.5).toFixed(1)}" x2="${x(c.index - 0.5).toFixed(1)}" y1="${PAD.t}" y2="${H - PAD.b}"><title>${escapeHtml(entries[c.index]!.time)}: ${escapeHtml(c.text)}</title></line>`,
    )
    .join('');
  const dots = pts
    .map(
      (p) =>
        `<circle class="pt ${p.e.status === 'drifted' ? 'drifted' : ''}" cx="${x(p.i).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="3"><title>${escapeHtml(p.e.time)} · ${escapeHtml(m.format(p.v))} · ${escapeHtml(p.e.status ?? '')}</title></circle>`,
    )
    .join('');
  const axis =
    `<line class="axis" x1="${PAD.l}" x2="${W - PAD.r}" y1="${H - PAD.b}" y2="${H - PAD.b}"/>` +
    `<line class="axis" x1="${PAD.l}" x2="${PAD.l}" y1="${PAD.t}" y2="${H - PAD.b}"/>` +
    `<text class="tick" x="${PAD.l - 4}" y="${y(hi) + 4}" text-anchor="end">${escapeHtml(m.format(hi))}</text>` +
    `<text class="tick" x="${PAD.l - 4}" y="${y(lo) + 4}" text-anchor="end">${escapeHtml(m.format(lo))}</text>` +
    `<text class="tick" x="${PAD.l}" y="${H - 8}">${escapeHtml(entries[0]!.time.slice(0, 10))}</text>` +
    `<text class="tick" x="${W - PAD.r}" y="${H - 8}" text-anchor="end">${escapeHtml(entries[entries.length - 1]!.time.slice(0, 10))}</text>`;
  return `${head}<svg class="chart" data-metric="${m.key}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(m.label)}">${axis}${marks}<path class="line" d="${path}"/>${dots}</svg></figure>`;
}

function suiteSection(h: HistoryFile): string {
  const e = h.entries;
  const last = e[e.length - 1];
  const status = last ? (last.status ?? 'recorded') : 'no runs';
  const changes = changePoints(e);
  const changeList = changes.length
    ? `<ul class="changes">${changes.map((c) => `<li>${escapeHtml(e[c.index]!.time.slice(0, 16))}: ${escapeHtml(c.text)}</li>`).join('')}</ul>`
    : '';
  return (
    `<section class="suite" data-suite="${escapeHtml(h.suite)}"><h2>${escapeHtml(h.suite)} <span class="status ${escapeHtml(status)}">${escapeHtml(status)}</span>` +
    `${h.state.drifting ? ' <span class="status drifted">drifting</span>' : ''}</h2>` +
    `<p class="meta">${e.length} runs · latest ${escapeHtml(last?.time ?? '–')} · model ${escapeHtml(last?.servedModels.join(', ') || last?.model || '–')} · prompt ${escapeHtml(last?.promptVersion ?? '–')}</p>` +
    `<div class="grid">${METRICS.map((m) => chart(e, m)).join('')}</div>${changeList}</section>`
  );
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin:24px 0 4px}.meta{color:#57606a;margin:0 0 8px}
.grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px;min-width:460px}
figcaption{font-weight:600;font-size:12px}.line{fill:none;stroke:#0969da;stroke-width:2}.pt{fill:#0969da}.pt.drifted{fill:#cf222e}
.axis{stroke:#8c959f}.tick{font-size:10px;fill:#57606a}.model-change{stroke:#bf8700;stroke-dasharray:4 3}
.prompt-change{stroke:#8250df;stroke-dasharray:2 2}.status{font-size:12px;padding:1px 6px;border-radius:10px;background:#ddf4ff}
.status.drifted{background:#ffebe9;color:#cf222e}.legend span{margin-right:12px}.empty{color:#57606a}`;

export function renderDashboard(histories: readonly HistoryFile[], opts: DashboardOptions): string {
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
