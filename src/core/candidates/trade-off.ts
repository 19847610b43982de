// A PR that swaps a suite's provider or model is a quality/cost trade-off: the PR comment leads with it
// (issue 22, row 5). The head side is treated as a candidate against the base, through the same paired
// non-inferiority test as `evalgate compare` (frontier.ts), at the gate's confidence and its
// maxScoreDrop as the margin; the swapped suites of one PR share the error rate (Holm).
import type { GateReport } from '../gate/report.js';
import { codeSpan, escapeText } from '../report/escape.js';
import { usd, usdDelta } from '../report/format.js';
import { buildFrontier, type CandidatePoint } from './frontier.js';
import { verdictText } from './render.js';

const pts = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

function costChange(label: string, before: number | null, after: number | null): string {
  if (before === null || after === null) return `${label} ${usd(before)} → ${usd(after)}`;
  return `${label} ${usd(before)} → ${usd(after)} (${usdDelta(after - before)})`;
}

/** One lead line per suite whose provider or model differs between base and head; none when nothing was swapped. */
export function modelSwapLines(report: GateReport): string[] {
  const swapped = report.suites.filter(
    (s) =>
      s.base &&
      s.head &&
      (s.base.provider.model !== s.head.provider.model || s.base.provider.id !== s.head.provider.id),
  );
  if (!swapped.length) return [];
  const confidence = report.rules?.confidence ?? 0.95;
  const margin = report.rules?.maxScoreDrop ?? 0.05;
  const frontier = buildFrontier(
    swapped.map((s) => ({
      suite: s.suite,
      current: { name: 'base', result: s.base! },
      candidates: [{ name: 'head', result: s.head! }],
    })),
    { confidence, margin },
  );
  return frontier.suites.map((f, i) => {
    const s = swapped[i]!;
    const [base, head] = f.points as [CandidatePoint, CandidatePoint];
    const model = (m: string) => codeSpan(m, { maxChars: 80 });
    const delta =
      head.delta === null
        ? 'score Δ unknown (no case scored on both sides)'
        : `score Δ ${pts(head.delta)} pts${head.deltaCi ? ` (${(confidence * 100).toFixed(0)} % CI ${pts(head.deltaCi[0])} to ${pts(head.deltaCi[1])})` : ''}`;
    const verdict =
      head.verdict === 'not-cheaper' ? 'not cheaper, so no non-inferiority test' : verdictText(head, margin);
    const costs = [costChange('cost per request', base.costPerRequestUsd, head.costPerRequestUsd)];
    if (base.monthlyCostUsd !== null || head.monthlyCostUsd !== null)
      costs.push(costChange('per month', base.monthlyCostUsd, head.monthlyCostUsd));
    return `**Model change in ${escapeText(s.suite, { maxChars: 100 })}: ${model(s.base!.provider.model)} → ${model(s.head!.provider.model)}** — ${delta}: ${verdict}; ${costs.join(', ')}.`;
  });
}
