// Terminal output: the `evalgate run` table. Plain text with optional ANSI colour; untrusted text is
// stripped of control characters (no terminal escapes).
import type { RunResult, SuiteResult } from '../results/types.js';
import { stripControl, truncate } from './escape.js';
import { DASH, ms, pct, score, tokens, usd } from './format.js';

type Colour = 'red' | 'green' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Colour, [string, string]> = {
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** A cell: the visible text (measured for alignment) and an optional colour applied after padding. */
interface Cell {
  text: string;
  colour?: Colour;
  right?: boolean;
}

const clean = (s: string, max = 60): string => {
  const t = truncate(stripControl(s, { newlines: false }), max);
  return t.truncated ? `${t.text}…` : t.text;
};

function table(header: string[], rows: Cell[][], color: boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.text.length ?? 0)));
  const fmt = (c: Cell, i: number): string => {
    const w = widths[i] ?? 0;
    const padded = c.right ? c.text.padStart(w) : c.text.padEnd(w);
    return color && c.colour ? `${ANSI[c.colour][0]}${padded}${ANSI[c.colour][1]}` : padded;
  };
  const head = header
    .map((h, i) => fmt({ text: h, colour: 'bold' }, i))
    .join('  ')
    .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [head, rule, ...rows.map((r) => r.map(fmt).join('  ').trimEnd())].join('\n');
}

export interface RunTableOptions {
  /** ANSI colour (a TTY without NO_COLOR); default false. */
  color?: boolean;
  /** gate.minScore: the verdict column says whether each suite meets it. Default 0. */
  minScore?: number;
  /** Where stored answers came from: the response cache (default) or the recordings of --replay. */
  storedAnswers?: 'cache' | 'recordings';
  /** The verdict column per suite name, as the caller judged it (overrides the minScore column). */
  verdicts?: Readonly<Record<string, { label: string; ok: boolean }>>;
}

/** Whether a suite meets minScore, as the `evalgate run` exit code decides it. */
function meetsMinScore(s: SuiteResult, minScore: number): boolean {
  return s.aggregates.meanScore !== null && s.aggregates.meanScore >= minScore;
}

/** A console column: header, cell formatter, and whether the run shows it at all. */
interface ConsoleColumn {
  header: string;
  cell: (s: SuiteResult, opts: RunTableOptions) => Cell;
  shown?: (run: RunResult) => boolean;
}

/** What a missing cost means: no price for the model, or nothing answered to price. */
const unknownCost = (s: SuiteResult): string => (s.aggregates.ok ? 'price unknown' : DASH);

function verdictCell(s: SuiteResult, opts: RunTableOptions): Cell {
  const given = opts.verdicts?.[s.name];
  if (given) return { text: given.label, colour: given.ok ? 'green' : 'red' };
  const minScore = opts.minScore ?? 0;
  if (s.aggregates.meanScore === null) return { text: 'no score', colour: 'yellow' };
  return meetsMinScore(s, minScore)
    ? { text: `ok (>= ${score(minScore, 2)})`, colour: 'green' }
    : { text: `BELOW MIN ${score(minScore, 2)}`, colour: 'red' };
}

function casesCell(s: SuiteResult): Cell {
  const a = s.aggregates;
  const notSent = a.skipped + a.budget + a.blocked;
  return { text: `${a.cases}${notSent ? ` (${notSent} not sent)` : ''}`, right: true };
}

/** Projected monthly cost only when a suite declares `traffic`: a column of dashes says nothing. */
const anyTraffic = (run: RunResult): boolean => run.suites.some((s) => s.traffic !== undefined);

const CONSOLE_COLUMNS: readonly ConsoleColumn[] = [
  { header: 'Suite', cell: (s) => ({ text: clean(s.name) }) },
  { header: 'Cases', cell: casesCell },
  { header: 'Score', cell: (s) => ({ text: score(s.aggregates.meanScore), right: true }) },
  { header: 'Pass rate', cell: (s) => ({ text: pct(s.aggregates.passRate), right: true }) },
  {
    header: 'Errors',
    cell: (s) => ({
      text: String(s.aggregates.errors),
      right: true,
      ...(s.aggregates.errors ? { colour: 'yellow' as const } : {}),
    }),
  },
  {
    header: 'Tokens in/out',
    cell: (s) => {
      const t = s.aggregates.tokensPerRequest;
      return { text: t ? `${tokens(t.input)}/${tokens(t.output)}` : DASH, right: true };
    },
  },
  { header: 'Cost/request', cell: (s) => ({ text: usd(s.aggregates.costPerRequestUsd, unknownCost(s)), right: true }) },
  { header: 'Cost/run', cell: (s) => ({ text: usd(s.aggregates.costUsd, unknownCost(s)), right: true }) },
  {
    header: 'Cost/month',
    cell: (s) => ({ text: s.traffic ? usd(s.aggregates.projectedMonthlyCostUsd, unknownCost(s)) : DASH, right: true }),
    shown: anyTraffic,
  },
  {
    header: 'p50/p95',
    cell: (s) => ({ text: `${ms(s.aggregates.latencyMs.p50)}/${ms(s.aggregates.latencyMs.p95)}`, right: true }),
  },
  { header: 'Verdict', cell: verdictCell },
];

export function renderRunTable(run: RunResult, opts: RunTableOptions): string {
  const columns = CONSOLE_COLUMNS.filter((c) => c.shown?.(run) ?? true);
  const monthly = anyTraffic(run);
  const header = columns.map((c) => c.header);
  const rows: Cell[][] = run.suites.map((s) => columns.map((c) => c.cell(s, opts)));
  const color = opts.color ?? false;
  const lines = [table(header, rows, color)];
  lines.push('', totalsLine(run, opts.storedAnswers ?? 'cache'));
  lines.push(
    `Tokens in/out and Cost/request: means per answered request${monthly ? '; Cost/month: Cost/request × traffic.requestsPerMonth' : ''}.`,
  );
  if (run.costCapHit)
    lines.push(paint('Run cost cap reached: the remaining samples were not sent (skipped).', 'yellow', color));
  return lines.join('\n');
}

/**
 * The totals line. Costs in the results are what each answer costs (cache hits too, so base and head
 * compare fairly); what this run actually spent differs when answers came from the cache, and a user
 * re-running an unchanged suite must see that it cost nothing.
 */
function totalsLine(run: RunResult, store: 'cache' | 'recordings'): string {
  const t = run.totals;
  let answers = 0;
  let cached = 0;
  let spent: number | null = 0;
  const unpriced = new Set<string>();
  for (const s of run.suites) {
    if (!s.aggregates.priceKnown) unpriced.add(s.provider.model);
    for (const c of s.cases) {
      for (const x of c.samples) {
        if (x.status !== 'ok') continue;
        answers++;
        if (x.cached) cached++;
        else spent = spent === null || x.costUsd === null ? null : spent + x.costUsd;
      }
    }
  }
  const names = [...unpriced].map((m) => clean(m, 40)).join(', ');
  const cost =
    t.costUsd === null ? `cost unknown (no price for ${names}; add it under pricing:)` : `cost ${usd(t.costUsd)}`;
  const parts = [
    `Total: ${t.samples} samples, ${t.errors} errors`,
    `tokens ${tokens(t.tokens.input)} in / ${tokens(t.tokens.output)} out`,
    cost,
  ];
  if (cached > 0)
    parts.push(`${cached} of ${answers} answers from the ${store} (spent this run: ${usd(spent, 'unknown')})`);
  if (t.evalCostUsd !== null && t.evalCostUsd > 0) parts.push(`evaluation (judge) cost ${usd(t.evalCostUsd)}`);
  return parts.join(', ');
}

function paint(s: string, c: Colour, color: boolean): string {
  return color ? `${ANSI[c][0]}${s}${ANSI[c][1]}` : s;
}
