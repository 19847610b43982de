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
  const head = header.map((h, i) => fmt({ text: h, colour: 'bold' }, i)).join('  ').trimEnd();
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
}

/** Whether a suite meets minScore, as the `evalgate run` exit code decides it. */
function meetsMinScore(s: SuiteResult, minScore: number): boolean {
  return s.aggregates.meanScore !== null && s.aggregates.meanScore >= minScore;
}

export function renderRunTable(run: RunResult, opts: RunTableOptions): string {
  const minScore = opts.minScore ?? 0;
  // Projected monthly cost only when a suite declares `traffic`: a column of dashes says nothing.
  const monthly = run.suites.some((s) => s.traffic !== undefined);
  const header = ['Suite', 'Cases', 'Score', 'Pass rate', 'Errors', 'Tokens in/out', 'Cost/request', 'Cost/run', ...(monthly ? ['Cost/month'] : []), 'p50/p95', 'Verdict'];
  const rows: Cell[][] = run.suites.map((s) => {
    const a = s.aggregates;
    const ok = meetsMinScore(s, minScore);
    const verdict: Cell =
      a.meanScore === null
        ? { text: 'no score', colour: 'yellow' }
        : ok
          ? { text: `ok (>= ${score(minScore, 2)})`, colour: 'green' }
          : { text: `BELOW MIN ${score(minScore, 2)}`, colour: 'red' };
    const notSent = a.skipped + a.budget + a.blocked;
    const unknown = a.ok ? 'price unknown' : DASH;
    return [
      { text: clean(s.name) },
      { text: `${a.cases}${notSent ? ` (${notSent} not sent)` : ''}`, right: true },
      { text: score(a.meanScore), right: true },
      { text: pct(a.passRate), right: true },
      { text: String(a.errors), right: true, ...(a.errors ? { colour: 'yellow' as const } : {}) },
      { text: a.tokensPerRequest ? `${tokens(a.tokensPerRequest.input)}/${tokens(a.tokensPerRequest.output)}` : DASH, right: true },
      { text: usd(a.costPerRequestUsd, unknown), right: true },
      { text: usd(a.costUsd, unknown), right: true },
      ...(monthly ? [{ text: s.traffic ? usd(a.projectedMonthlyCostUsd, unknown) : DASH, right: true }] : []),
      { text: `${ms(a.latencyMs.p50)}/${ms(a.latencyMs.p95)}`, right: true },
      verdict,
    ];
  });
  const color = opts.color ?? false;
  const lines = [table(header, rows, color)];
  lines.push('', totalsLine(run, opts.storedAnswers ?? 'cache'));
  lines.push(`Tokens in/out and Cost/request: means per answered request${monthly ? '; Cost/month: Cost/request × traffic.requestsPerMonth' : ''}.`);
  if (run.costCapHit) lines.push(paint('Run cost cap reached: the remaining samples were not sent (skipped).', 'yellow', color));
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
  const cost = t.costUsd === null ? `cost unknown (no price for ${names}; add it under pricing:)` : `cost ${usd(t.costUsd)}`;
  const parts = [`Total: ${t.samples} samples, ${t.errors} errors`, `tokens ${tokens(t.tokens.input)} in / ${tokens(t.tokens.output)} out`, cost];
  if (cached > 0) parts.push(`${cached} of ${answers} answers from the ${store} (spent this run: ${usd(spent, 'unknown')})`);
  if (t.evalCostUsd !== null && t.evalCostUsd > 0) parts.push(`evaluation (judge) cost ${usd(t.evalCostUsd)}`);
  return parts.join(', ');
}

function paint(s: string, c: Colour, color: boolean): string {
  return color ? `${ANSI[c][0]}${s}${ANSI[c][1]}` : s;
}
