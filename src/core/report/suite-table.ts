// The per-suite verdict table of the PR comment and the job summary. One entry per column: a new column
// is one new entry here (header and formatter together); both reports pick it up.
import type { MetricDelta, SuiteComparison } from '../compare/types.js';
import { escapeText } from './escape.js';
import { DASH, ms, msDelta, pct, pctDelta, score, signed, usd, usdDelta } from './format.js';
import type { Column } from './markdown-table.js';
import { VERDICT_LABEL } from './verdict-label.js';

/** Both sides' prices are known (a side with no ok sample has nothing to price). */
function priced(s: SuiteComparison): boolean {
  const sides = [s.base, s.head].filter((x) => x !== undefined);
  return sides.every((x) => x.aggregates.costPerRequestUsd !== null || x.aggregates.ok === 0);
}

/** A new side shows its figure; otherwise the signed change, with its relative size when asked. */
function usdChange(m: MetricDelta, relative: boolean): string {
  if (m.base === null && m.head !== null) return usd(m.head);
  if (m.delta === null) return DASH;
  return `${usdDelta(m.delta)}${relative && m.relative !== null ? ` (${pctDelta(m.relative)})` : ''}`;
}

function scoreCell(s: SuiteComparison): string {
  return `${score(s.score.base)} → ${score(s.score.head)}`;
}

function deltaCell(s: SuiteComparison): string {
  // A suite the base has but whose base config could not be read is not new: it was not compared.
  if (s.status === 'new') return s.notComparable ? 'not compared' : 'new suite';
  if (s.status === 'removed') return 'removed';
  if (s.judgeChange) return 'not comparable (judge changed)';
  const d = s.score.pairedDelta ?? s.score.delta;
  const ci = s.score.ci;
  if (d === null || d === undefined) return DASH;
  if (!ci) return signed(d);
  const half = (ci.high - ci.low) / 2;
  const symmetric = Math.abs(ci.low + half - d) < 1e-9;
  return symmetric ? `${signed(d)} ± ${half.toFixed(3)}` : `${signed(d)} [${signed(ci.low)}, ${signed(ci.high)}]`;
}

function passRateCell(s: SuiteComparison): string {
  return `${pct(s.passRate.base, 0)} → ${pct(s.passRate.head, 0)}`;
}

/** Per-request cost change with its relative size: the figure the cost gate judges. */
function costPerRequestCell(s: SuiteComparison): string {
  return priced(s) ? usdChange(s.costPerRequestUsd, true) : 'price unknown';
}

/** Projected monthly cost change; its relative size would repeat the per-request one, so it is left out. */
function monthlyCell(s: SuiteComparison): string {
  if (!priced(s)) return 'price unknown';
  if (!(s.head ?? s.base)?.traffic) return 'no traffic set';
  return usdChange(s.projectedMonthlyUsd, false);
}

function latencyCell(s: SuiteComparison): string {
  const m = s.latencyP95;
  if (m.base === null && m.head !== null) return ms(m.head);
  if (m.delta === null) return DASH;
  return `${msDelta(m.delta)}${m.relative !== null ? ` (${pctDelta(m.relative, 0)})` : ''}`;
}

/** Every broken rule, worst first; pass and skipped in plain words. */
function verdictCell(s: SuiteComparison): string {
  const v = s.verdict;
  if (v === 'pass' || v === 'skipped') return VERDICT_LABEL[v].toLowerCase();
  const all = s.findings.length > 0 ? [...new Set(s.findings.map((f) => f.verdict))] : [v];
  return all.map((x) => `**${VERDICT_LABEL[x]}**`).join(' + ');
}

/** Rounds of sequential sampling and the samples both sides took (the gate only). */
function roundsCell(s: SuiteComparison): string {
  const q = s.sequential;
  if (!q) return DASH;
  return `${q.rounds} (${q.samples.base + q.samples.head})`;
}

export const SUITE_COLUMNS: readonly Column<SuiteComparison>[] = [
  { header: 'Suite', cell: (s) => escapeText(s.suite, { maxChars: 100 }) },
  { header: 'Score base → head', cell: scoreCell },
  { header: 'Δ ± CI', cell: deltaCell },
  { header: 'Pass rate', cell: passRateCell },
  { header: 'Cost/request Δ', cell: costPerRequestCell },
  { header: 'Monthly Δ', cell: monthlyCell },
  { header: 'p95 latency Δ', cell: latencyCell },
  { header: 'Verdict', cell: verdictCell },
];

const ROUNDS_COLUMN: Column<SuiteComparison> = { header: 'Rounds (samples)', cell: roundsCell };

/** The table's columns for these suites: the rounds column only when the gate sampled sequentially. */
export function suiteColumns(suites: readonly SuiteComparison[]): readonly Column<SuiteComparison>[] {
  if (!suites.some((s) => s.sequential)) return SUITE_COLUMNS;
  const at = SUITE_COLUMNS.findIndex((c) => c.header === 'Pass rate') + 1;
  return [...SUITE_COLUMNS.slice(0, at), ROUNDS_COLUMN, ...SUITE_COLUMNS.slice(at)];
}
