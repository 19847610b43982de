// The frontier as Markdown (job summary, `--markdown`, console) with a Mermaid xychart beside its table;
// the cells and the notes are shared with the HTML report's "Choose the model" section (report/html-frontier.ts).
import type { CandidatePoint, FrontierReport, SuiteFrontier } from './frontier.js';
import { BATCH_PRICE_NOTE } from '../pricing/batch.js';

const pct = (x: number | null) => (x === null ? '—' : (x * 100).toFixed(1));
const usd = (x: number | null) => (x === null ? 'price unknown' : x < 0.01 ? `$${x.toFixed(6)}` : `$${x.toFixed(2)}`);
const ms = (x: number | null) => (x === null ? '—' : `${Math.round(x)} ms`);

export function verdictText(p: CandidatePoint, margin: number): string {
  const m = (margin * 100).toFixed(1);
  switch (p.verdict) {
    case 'current':
      return 'current';
    case 'not-cheaper':
      return 'not cheaper';
    case 'not-worse':
      return `not worse by more than ${m} pts`;
    case 'worse':
      return `worse (by more than ${m} pts)`;
    case 'undecided':
      return p.moreCases === null || p.moreCases === undefined
        ? 'undecided'
        : `undecided — needs ${p.moreCases} more cases`;
  }
}

/** The frontier table's columns, header and cells alike, in order. */
export const FRONTIER_COLUMNS = [
  'candidate',
  'model',
  'score ± CI',
  'Δ score (CI)',
  'cost / request',
  'cost / month',
  'p95 latency',
  'frontier',
  'verdict',
] as const;

/** One row of the frontier table (plain text; the renderer escapes it for its format). */
export function frontierCells(p: CandidatePoint, margin: number): string[] {
  const ci = p.scoreCi ? ` (${pct(p.scoreCi[0])}–${pct(p.scoreCi[1])})` : '';
  const delta =
    p.verdict === 'current'
      ? ''
      : p.delta === null
        ? '—'
        : `${p.delta >= 0 ? '+' : ''}${pct(p.delta)}${p.deltaCi ? ` (${pct(p.deltaCi[0])} to ${pct(p.deltaCi[1])})` : ''}`;
  return [
    p.name,
    p.model,
    `${pct(p.score)}${ci}`,
    delta,
    usd(p.costPerRequestUsd),
    usd(p.monthlyCostUsd),
    ms(p.p95LatencyMs),
    p.onFrontier ? '●' : '',
    verdictText(p, margin),
  ];
}

/** The line that leads a suite's frontier. */
export function recommendationText(s: SuiteFrontier): string {
  return s.recommended
    ? `Cheapest not worse than the current model: ${s.recommended}.`
    : 'No cheaper candidate is shown not worse than the current model.';
}

/** The note under the tables: what the numbers are and the error rate the verdicts share. */
export function frontierNote(r: FrontierReport): string {
  const note = `Scores in points (%); Δ is candidate − current, paired by case, ${(r.confidence * 100).toFixed(0)} % interval. Non-inferiority: one-sided, error rate ${(r.alpha * 100).toFixed(1)} % shared by ${r.tests} test(s) (Holm).`;
  return [note, batchNote(r)].filter(Boolean).join(' ');
}

/** Which costs are Batch API prices: "cheaper" is only fair between models on the same route. */
function batchNote(r: FrontierReport): string {
  const points = r.suites.flatMap((s) => s.points);
  const batched = points.filter((p) => p.batchedShare !== undefined);
  if (batched.length === 0) return '';
  const partly = batched.filter((p) => p.batchedShare! < 1).map((p) => p.name);
  const which =
    batched.length === points.length
      ? 'Every cost is'
      : `The costs of ${[...new Set(batched.map((p) => p.name))].join(', ')} are`;
  return `${which} at Batch API prices (${BATCH_PRICE_NOTE}): what this comparison paid; synchronous traffic pays the full price.${
    partly.length
      ? ` Partly synchronous (failed or undone batch lines asked again): ${[...new Set(partly)].join(', ')}.`
      : ''
  }`;
}

export function renderFrontierMarkdown(r: FrontierReport): string {
  const out: string[] = ['## evalgate compare', ''];
  for (const s of r.suites) {
    out.push(`### ${s.suite}`, '');
    out.push(
      s.recommended ? `**Cheapest not worse than the current model: \`${s.recommended}\`.**` : recommendationText(s),
      '',
    );
    out.push(`| ${FRONTIER_COLUMNS.join(' | ')} |`, `|${FRONTIER_COLUMNS.map(() => '---|').join('')}`);
    for (const p of s.points) out.push(`| ${frontierCells(p, s.margin).join(' | ')} |`);
    const named = s.points.filter((p) => p.score !== null);
    out.push(
      '',
      '```mermaid',
      'xychart-beta',
      `  title "${s.suite}: score (bars) by candidate"`,
      `  x-axis [${named.map((p) => `"${p.name}"`).join(', ')}]`,
      '  y-axis "score %" 0 --> 100',
      `  bar [${named.map((p) => pct(p.score)).join(', ')}]`,
      '```',
      '',
    );
  }
  out.push(frontierNote(r));
  return out.join('\n');
}
