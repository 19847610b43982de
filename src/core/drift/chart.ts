// The score-over-time chart of a drift issue: a Mermaid `xychart-beta` (GitHub renders it; the `-beta`
// header is what GitHub's Mermaid accepts) plus a plain table, because Mermaid does not render
// everywhere (mail notifications, mobile clients, older GHES).
import type { HistoryEntry } from './history.js';

const CHART_RUNS = 30;

/** Keeps only characters Mermaid cannot misread inside a quoted label. */
function mermaidLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 .:_/-]/g, '');
}

function day(time: string): string {
  // "2026-11-03T03:00:00Z" → "11-03 03:00": short enough for 30 x-axis labels.
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
  return m ? `${m[1]}-${m[2]} ${m[3]}:${m[4]}` : time.slice(0, 16);
}

const fmt = (x: number | null | undefined, digits = 3): string =>
  x === null || x === undefined ? '–' : x.toFixed(digits);

/**
 * Mermaid's x axis is a band scale keyed by label: two runs in the same minute (an overlapping or manual
 * run) would share one band and the line would lose a point, so repeated labels get a " (2)" suffix.
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

/** Entries with a score, newest last, at most CHART_RUNS. */
function chartEntries(entries: readonly HistoryEntry[], runs = CHART_RUNS): HistoryEntry[] {
  return entries.filter((e) => e.aggregates.meanScore !== null).slice(-runs);
}

export function scoreChartMermaid(suite: string, entries: readonly HistoryEntry[], runs = CHART_RUNS): string {
  const pts = chartEntries(entries, runs);
  if (pts.length === 0) return '';
  const scores = pts.map((e) => e.aggregates.meanScore as number);
  // Zoom in on the data (drops of a few points vanish on a 0..1 axis), but keep some headroom.
  const lo = Math.max(0, Math.floor((Math.min(...scores) - 0.05) * 20) / 20);
  const hi = Math.min(1, Math.ceil((Math.max(...scores) + 0.05) * 20) / 20);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Score of ${mermaidLabel(suite)}, last ${pts.length} runs"`,
    `  x-axis [${uniqueLabels(pts.map((e) => mermaidLabel(day(e.time))))
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    `  y-axis "mean score" ${lo.toFixed(2)} --> ${hi.toFixed(2)}`,
    `  line [${scores.map((s) => s.toFixed(3)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The same points as a Markdown table (newest first), with model changes and run status. */
export function scoreTableMarkdown(entries: readonly HistoryEntry[], runs = CHART_RUNS): string {
  const pts = entries.slice(-runs).reverse();
  const rows = pts.map((e, i) => {
    const older = pts[i + 1];
    const models = e.servedModels.join(', ') || '–';
    const changed = older && older.servedModels.join(',') !== e.servedModels.join(',') ? ' (changed)' : '';
    // Only [A-Za-z0-9._:-] survive in the cells below: history entries are ours, but be strict anyway.
    const safe = (s: string): string => s.replace(/[^A-Za-z0-9._:, ()-]/g, '');
    return `| ${safe(e.time.slice(0, 16).replace('T', ' '))} | ${fmt(e.aggregates.meanScore)} | ${fmt(e.aggregates.passRate, 2)} | ${safe(models)}${changed} | ${safe(e.promptVersion)} | ${e.status ?? '–'} |`;
  });
  return [
    '| Run (UTC) | Score | Pass rate | Served model | Prompt | Status |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
