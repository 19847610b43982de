// Attaches to every compared suite of a gate report what it could have detected (gate/power.ts), from
// the run's own per-case samples. Called by the flows after the gate decided (not inside runGate: the
// power search costs a few hundred milliseconds per suite, which the decision never needs).
import type { GateConfig } from '../config/schema.js';
import type { CaseResult } from '../results/types.js';
import { estimateVariance } from '../stats/score-variance.js';
import { suitePower, type SuitePower } from './power.js';
import type { GateReport } from './report.js';
import { sequentialDesign } from './sequential.js';

const okScores = (c: CaseResult | undefined): number[] =>
  (c?.samples ?? []).filter((s) => s.status === 'ok').map((s) => s.score ?? 0);

const mean = (x: readonly number[]): number => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0.5);

/** Sets `power` on each suite the gate compared with sequential sampling; returns the report. */
export function addPower(report: GateReport, gate: GateConfig): GateReport {
  const compared = report.suites.filter((s) => s.status === 'compared' && s.sequential && s.base && s.head);
  const design = sequentialDesign(gate, compared.length);
  for (const s of compared) {
    const baseBy = new Map((s.base?.cases ?? []).map((c) => [c.id, c]));
    const paired = (s.head?.cases ?? []).filter((c) => baseBy.has(c.id));
    const est = estimateVariance(paired.map((h) => [okScores(baseBy.get(h.id)), okScores(h)]));
    const repeat = Math.max(1, s.head?.repeat ?? 1);
    s.power = suitePower(
      {
        cases: s.score.pairedCases,
        repeat,
        maxRepeat: Math.max(gate.maxRepeat, repeat),
        pairVariance: est.pairVariance,
        // The base side's pass rates: the probabilities a drop would start from.
        caseMeans: est.source === 'observed' ? paired.map((h) => mean(okScores(baseBy.get(h.id)))) : est.caseMeans,
      },
      est.source,
      design,
    );
  }
  return report;
}

export type { SuitePower };
