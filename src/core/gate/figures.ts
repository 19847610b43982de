// The headline numbers of a gate report, as the action's outputs expose them. Suites weigh the same
// (like cases inside a suite); unknown prices make a cost figure unknown (null), never $0.
import type { MetricDelta } from '../compare/types.js';
import type { GateReport } from './report.js';
import { mean } from '../stats/mean.js';

export interface GateFigures {
  status: GateReport['verdict'];
  /** Mean head score over evaluated suites. */
  score: number | null;
  /** Mean score delta over suites compared on both sides. */
  scoreDelta: number | null;
  /** Sum of per-run cost deltas (USD). */
  costDeltaUsd: number | null;
  /** Sum of projected monthly cost deltas (USD) over suites that declare traffic. */
  monthlyCostDeltaUsd: number | null;
  /** Regressed cases over every suite. */
  regressions: number;
}

/** Sum of deltas; null if any compared suite's delta is unknown or nothing was compared. */
function sumDeltas(ds: MetricDelta[]): number | null {
  if (ds.length === 0) return null;
  let total = 0;
  for (const d of ds) {
    if (d.delta === null) return null;
    total += d.delta;
  }
  return total;
}

export function gateFigures(report: GateReport): GateFigures {
  const evaluated = report.suites.filter((s) => s.head);
  const compared = report.suites.filter((s) => s.status === 'compared');
  const heads = evaluated.map((s) => s.score.head).filter((x): x is number => x !== null);
  const deltas = compared.map((s) => s.score.delta).filter((x): x is number => x !== null);
  const withTraffic = compared.filter((s) => s.head?.traffic || s.base?.traffic);
  return {
    status: report.verdict,
    score: mean(heads),
    scoreDelta: mean(deltas),
    costDeltaUsd: sumDeltas(compared.map((s) => s.costPerRunUsd)),
    monthlyCostDeltaUsd: sumDeltas(withTraffic.map((s) => s.projectedMonthlyUsd)),
    regressions: report.suites.reduce((n, s) => n + s.regressed.length, 0),
  };
}

/** Output text: numbers rounded for humans and scripts alike, '' when unknown. */
export function figureText(x: number | null, digits: number): string {
  if (x === null || !Number.isFinite(x)) return '';
  const r = Number(x.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}
