// The job summary's per-suite token, latency and cost table, one entry per column (see markdown-table.ts).
import type { MetricDelta, SuiteComparison } from '../compare/types.js';
import { escapeText } from './escape.js';
import { DASH, ms, tokens, tokensDelta, usd } from './format.js';
import type { Column } from './markdown-table.js';

const tokensCell = (m: MetricDelta): string => `${tokens(m.base)} → ${tokens(m.head)} (${tokensDelta(m.delta)})`;
const msCell = (m: MetricDelta): string => `${ms(m.base)} → ${ms(m.head)}`;

/** Judge/embedding spend of the head run (the base run's when the suite was removed). */
function evalCostCell(s: SuiteComparison): string {
  const a = s.head?.aggregates ?? s.base?.aggregates;
  return a ? usd(a.evalCostUsd, DASH) : DASH;
}

export const METRICS_COLUMNS: readonly Column<SuiteComparison>[] = [
  { header: 'Suite', cell: (s) => escapeText(s.suite, { maxChars: 100 }) },
  { header: 'Tokens in/request', cell: (s) => tokensCell(s.tokensIn) },
  { header: 'Tokens out/request', cell: (s) => tokensCell(s.tokensOut) },
  { header: 'p50 latency', cell: (s) => msCell(s.latencyP50) },
  { header: 'p95 latency', cell: (s) => msCell(s.latencyP95) },
  { header: 'Cost/run', cell: (s) => `${usd(s.costPerRunUsd.base, DASH)} → ${usd(s.costPerRunUsd.head, DASH)}` },
  { header: 'Eval cost (head)', cell: evalCostCell },
  { header: 'Errors', cell: (s) => `${s.errors.base} → ${s.errors.head}` },
];
