// The estimate as a console table, a Markdown table (job summary) and one line (step output, logs).
import type { Expected, Range, RunEstimate } from './estimate.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const range = (r: Range, f: (n: number) => string = int): string =>
  Math.round(r.low * 1e6) === Math.round(r.high * 1e6) ? f(r.low) : `${f(r.low)}–${f(r.high)}`;
const usd = (n: number): string => (n === 0 ? '$0' : n < 0.01 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`);
const cost = (r: Expected | null): string => (r ? `${range(r, usd)} (expected ${usd(r.expected)})` : 'price unknown');

function rows(e: RunEstimate): string[][] {
  return e.suites.map((s) => [
    s.label ? `${s.suite} (${s.label})` : s.suite,
    `${s.model}${s.batch ? ' (batch)' : ''}`,
    range(s.requests),
    range(s.inputTokens),
    `${range(s.outputTokens)} (${s.outputTokens.source})`,
    range(s.judgeRequests),
    cost(s.costUsd),
  ]);
}

const HEAD = ['suite', 'model', 'requests', 'input tokens', 'output tokens', 'judge calls', 'cost'];

export function estimateLine(e: RunEstimate): string {
  const t = e.totals;
  return `estimate: ${range(t.requests)} requests, ${range(t.inputTokens)} input tokens, ${range(t.outputTokens)} output tokens (expected ${int(t.outputTokens.expected)}), ${cost(t.costUsd)}; nothing was sent`;
}

export function renderEstimateText(e: RunEstimate): string {
  const all = [HEAD, ...rows(e)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    fmt(HEAD),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows(e).map(fmt),
    '',
    estimateLine(e),
    ...e.notes.map((n) => `  note: ${n}`),
  ].join('\n');
}

export function renderEstimateMarkdown(e: RunEstimate): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    '### evalgate estimate (no request sent)',
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...rows(e).map((r) => `| ${r.map(esc).join(' | ')} |`),
    '',
    estimateLine(e),
    '',
    ...e.notes.map((n) => `- ${n}`),
  ].join('\n');
}
