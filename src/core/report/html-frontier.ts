// The HTML report's "Choose the model" section (evalgate compare): per suite the frontier table and,
// beside it, a scatter of quality against cost drawn as inline SVG — the report is one self-contained
// file whose CSP forbids scripts, and a Mermaid runtime is far too heavy to inline. Every candidate is a
// point (score up, cost per request right), the Pareto frontier is joined by a line, the current model
// is ringed. The figures are the ones the Markdown table shows (candidates/render.ts).
import type { CandidatePoint, FrontierReport, SuiteFrontier } from '../candidates/frontier.js';
import {
  FRONTIER_COLUMNS,
  frontierCells,
  frontierNote,
  recommendationText,
  verdictText,
} from '../candidates/render.js';
import { escapeHtml } from './escape.js';

export const FRONTIER_CSS = `.frontier-suite{margin:8px 0 20px}.frontier-row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.frontier-row table{flex:0 1 auto;width:auto;margin:0;font-size:13px}.frontier-row td,.frontier-row th{padding:3px 6px}.frontier-chart{flex:0 1 380px;max-width:100%}
.frontier-chart .axis{stroke:#57606a}.frontier-chart .grid{stroke:#eaeef2}.frontier-chart text{font:11px system-ui,sans-serif;fill:#57606a}
.frontier-chart .frontier-line{fill:none;stroke:#0969da;stroke-width:1.5;stroke-dasharray:4 3}
.frontier-chart circle{stroke:#fff;stroke-width:1}.frontier-chart .pt-label{fill:#1f2328}
.frontier-chart .current-ring{fill:none;stroke:#1f2328;stroke-width:1.5}
.p-current{fill:#0969da}.p-not-worse{fill:#1a7f37}.p-worse{fill:#cf222e}.p-undecided{fill:#bf8700}.p-not-cheaper{fill:#8c959f}
tr.recommended td{background:#dafbe1}`;

const W = 380;
const H = 260;
const PAD = { l: 46, r: 16, t: 14, b: 44 };

interface Plotted {
  p: CandidatePoint;
  x: number;
  y: number;
}

/** Quality/cost positions of the points with both figures; cost on a log axis when it spans 3× or more. */
function plot(points: readonly CandidatePoint[]): {
  plotted: Plotted[];
  ticks: { x: number; label: string }[];
  log: boolean;
} {
  const known = points.filter(
    (p): p is CandidatePoint & { score: number; costPerRequestUsd: number } =>
      p.score !== null && p.costPerRequestUsd !== null && Number.isFinite(p.costPerRequestUsd),
  );
  const costs = known.map((p) => p.costPerRequestUsd);
  const lo = Math.min(...costs);
  const hi = Math.max(...costs);
  // Model prices differ by orders of magnitude: a linear axis would pile the cheap ones on the left edge.
  const log = lo > 0 && hi / lo >= 3;
  const f = (c: number) => (log ? Math.log10(c) : c);
  let a = log ? f(lo) : 0;
  let b = f(hi);
  const span = b - a;
  if (span <= 0) {
    a -= log ? 0.5 : 0;
    b += log ? 0.5 : Math.abs(b) || 1;
  } else if (log) {
    a -= span * 0.08;
    b += span * 0.08;
  } else b += span * 0.08;
  const x = (c: number) => PAD.l + ((W - PAD.l - PAD.r) * (f(c) - a)) / (b - a);
  const y = (s: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - s);
  const plotted = known.map((p) => ({ p, x: x(p.costPerRequestUsd), y: y(p.score) }));
  return { plotted, ticks: axisTicks(costs, log, a, b).map((c) => ({ x: x(c), label: usdShort(c) })), log };
}

/** Log axis: the powers of ten inside it (the ends when fewer than two); linear: 0, middle, end. */
function axisTicks(costs: number[], log: boolean, a: number, b: number): number[] {
  if (!log) return [0, b / 2, b];
  const decades: number[] = [];
  for (let k = Math.ceil(a); k <= Math.floor(b); k++) decades.push(10 ** k);
  return decades.length >= 2 ? decades : [Math.min(...costs), Math.max(...costs)];
}

function usdShort(c: number): string {
  return c === 0 ? '$0' : c < 0.01 ? `$${Number(c.toPrecision(2))}` : `$${c.toFixed(2)}`;
}

const n1 = (v: number) => v.toFixed(1);

function chart(s: SuiteFrontier): string {
  const { plotted, ticks, log } = plot(s.points);
  const label = `${s.suite}: score against cost per request`;
  if (plotted.length === 0)
    return `<p class="muted frontier-chart">No chart: no candidate has both a score and a known price.</p>`;
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line class="grid" x1="${PAD.l}" x2="${W - PAD.r}" y1="${n1(y(v))}" y2="${n1(y(v))}"/><text x="${PAD.l - 6}" y="${n1(y(v) + 4)}" text-anchor="end">${v * 100}</text>`,
    )
    .join('');
  const axes =
    `<line class="axis" x1="${PAD.l}" x2="${W - PAD.r}" y1="${H - PAD.b}" y2="${H - PAD.b}"/>` +
    `<line class="axis" x1="${PAD.l}" x2="${PAD.l}" y1="${PAD.t}" y2="${H - PAD.b}"/>` +
    ticks
      .map(
        (t) =>
          `<line class="axis" x1="${n1(t.x)}" x2="${n1(t.x)}" y1="${H - PAD.b}" y2="${H - PAD.b + 4}"/><text x="${n1(t.x)}" y="${H - PAD.b + 16}" text-anchor="middle">${escapeHtml(t.label)}</text>`,
      )
      .join('') +
    `<text x="${(PAD.l + W - PAD.r) / 2}" y="${H - 6}" text-anchor="middle">cost per request${log ? ' (log scale)' : ''}</text>` +
    `<text x="12" y="${(PAD.t + H - PAD.b) / 2}" text-anchor="middle" transform="rotate(-90 12 ${(PAD.t + H - PAD.b) / 2})">score %</text>`;
  const frontier = plotted.filter((q) => q.p.onFrontier).sort((m, n) => m.x - n.x);
  const line =
    frontier.length > 1
      ? `<polyline class="frontier-line" points="${frontier.map((q) => `${n1(q.x)},${n1(q.y)}`).join(' ')}"><title>Pareto frontier: ${escapeHtml(frontier.map((q) => q.p.name).join(' → '))}</title></polyline>`
      : '';
  const labels = placeLabels(plotted);
  const dots = plotted
    .map(({ p, x, y: py }, i) => {
      const cells = frontierCells(p, s.margin);
      const tip = `${p.name} (${p.model}): score ${cells[2]}, ${cells[4]} per request, ${verdictText(p, s.margin)}${p.onFrontier ? ', on the frontier' : ''}`;
      const ring = p.verdict === 'current' ? `<circle class="current-ring" cx="${n1(x)}" cy="${n1(py)}" r="9"/>` : '';
      return `<g class="point${p.verdict === 'current' ? ' current' : ''}" data-name="${escapeHtml(p.name)}" data-score="${p.score}" data-cost="${p.costPerRequestUsd}" data-verdict="${p.verdict}" data-frontier="${p.onFrontier}" tabindex="0" role="img" aria-label="${escapeHtml(tip)}"><title>${escapeHtml(tip)}</title>${ring}<circle class="p-${p.verdict}" cx="${n1(x)}" cy="${n1(py)}" r="5"/><text class="pt-label" x="${n1(labels[i]!.x)}" y="${n1(labels[i]!.y)}" text-anchor="${labels[i]!.anchor}">${escapeHtml(p.name)}</text></g>`;
    })
    .join('');
  return `<svg class="frontier-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="group" aria-label="${escapeHtml(label)}">${grid}${axes}${line}${dots}</svg>`;
}

/**
 * Where each point's name goes: above right, else below right, above left, below left — the first spot
 * whose box (estimated at 6 px a character) overlaps no name placed before, cheapest point first.
 */
function placeLabels(plotted: readonly Plotted[]): { x: number; y: number; anchor: 'start' | 'end' }[] {
  const boxes: { l: number; r: number; t: number; b: number }[] = [];
  const out: { x: number; y: number; anchor: 'start' | 'end' }[] = new Array(plotted.length);
  const order = plotted.map((q, i) => ({ q, i })).sort((m, n) => m.q.x - n.q.x);
  for (const { q, i } of order) {
    const w = q.p.name.length * 6;
    const spots = [
      { x: q.x + 8, y: q.y - 7, anchor: 'start' as const },
      { x: q.x + 8, y: q.y + 15, anchor: 'start' as const },
      { x: q.x - 8, y: q.y - 7, anchor: 'end' as const },
      { x: q.x - 8, y: q.y + 15, anchor: 'end' as const },
    ];
    const box = (s: (typeof spots)[number]) =>
      s.anchor === 'start'
        ? { l: s.x, r: s.x + w, t: s.y - 10, b: s.y + 2 }
        : { l: s.x - w, r: s.x, t: s.y - 10, b: s.y + 2 };
    const free = (b: ReturnType<typeof box>) => !boxes.some((o) => b.l < o.r && o.l < b.r && b.t < o.b && o.t < b.b);
    const fits = (b: ReturnType<typeof box>) => b.r <= W && b.l >= PAD.l;
    const spot = spots.find((s) => free(box(s)) && fits(box(s))) ?? spots.find((s) => fits(box(s))) ?? spots[0]!;
    boxes.push(box(spot));
    out[i] = spot;
  }
  return out;
}

function table(s: SuiteFrontier): string {
  const head = `<tr>${FRONTIER_COLUMNS.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const rows = s.points
    .map((p) => {
      const cls = ['candidate', `v-${p.verdict}`, ...(p.name === s.recommended ? ['recommended'] : [])].join(' ');
      const cells = frontierCells(p, s.margin)
        .map((c, i) => `<td${i >= 2 && i <= 6 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`)
        .join('');
      return `<tr class="${cls}" data-name="${escapeHtml(p.name)}">${cells}</tr>`;
    })
    .join('\n');
  return `<table class="frontier-table">${head}\n${rows}</table>`;
}

/** The section, or '' when there is no comparison. */
export function frontierSection(r: FrontierReport | undefined): string {
  if (!r || r.suites.length === 0) return '';
  const suites = r.suites
    .map(
      (s) => `<div class="frontier-suite" data-suite="${escapeHtml(s.suite)}"><h3>${escapeHtml(s.suite)}</h3>
<p class="recommendation"><strong>${escapeHtml(recommendationText(s))}</strong></p>
<div class="frontier-row">${table(s)}${chart(s)}</div></div>`,
    )
    .join('\n');
  return `<section class="frontier" id="choose-the-model"><h2>Choose the model</h2>
<p class="meta">Each suite under its current model and every candidate, on the same cases. ● on the frontier: no other model scores at least as well for at most the cost. In the chart the line joins the frontier, the ring marks the current model.</p>
${suites}
<p class="meta">${escapeHtml(frontierNote(r))}</p></section>`;
}
