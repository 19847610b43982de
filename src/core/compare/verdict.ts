// Verdicts: per suite (first matching rule wins) and overall (worst wins). The rules and their order
// are documented in docs/gate-rules.md; keep the two in sync.
import type { GateConfig } from '../config/schema.js';
import type { SuiteAggregates, SuiteResult } from '../results/types.js';
import { pct, pctDelta, score, signed, usd } from '../report/format.js';
import type { SuiteComparison, Verdict } from './types.js';

/** Below this many cases scored on both sides, a drop cannot be called either way. */
const MIN_PAIRED_CASES = 5;

/** Overall severity, worst first. `skipped` ranks below `pass`: it means "nothing was checked". */
const VERDICT_SEVERITY: readonly Verdict[] = ['regression', 'below-min', 'over-budget', 'inconclusive', 'pass', 'skipped'];

export interface VerdictContext {
  /** The run's --max-cost cap stopped new requests. */
  costCapHit: boolean;
}

export interface SuiteVerdict {
  verdict: Verdict;
  reason: string;
}

/** Errored share of the samples that were sent (ok + error); null when nothing was sent. */
function errorRate(a: SuiteAggregates | undefined): number | null {
  if (!a) return null;
  const sent = a.ok + a.errors;
  return sent === 0 ? null : a.errors / sent;
}

function ciText(c: SuiteComparison): string {
  const ci = c.score.ci;
  if (!ci) return '';
  return `, ${Math.round(ci.level * 100)}% CI ${signed(ci.low)} to ${signed(ci.high)}`;
}

/** The verdict of one suite. First matching rule wins (docs/gate-rules.md, "Per-suite rules"). */
export function suiteVerdict(c: SuiteComparison, gate: GateConfig, ctx: VerdictContext): SuiteVerdict {
  const ha = c.head?.aggregates;
  const ba = c.base?.aggregates;

  // 1. Removed suites are listed, not judged.
  if (c.status === 'removed' || !ha) return { verdict: 'skipped', reason: 'suite removed on head; listed only' };

  // 2. Nothing evaluated on head.
  if (ha.ok + ha.errors === 0) {
    if (ctx.costCapHit && ha.skipped > 0)
      return { verdict: 'over-budget', reason: `run cost cap reached before this suite was evaluated (${ha.skipped} samples not sent)` };
    const parts = [
      ha.skipped ? `${ha.skipped} skipped` : '',
      ha.budget ? `${ha.budget} over the token budget` : '',
      ha.blocked ? `${ha.blocked} blocked by input scanning` : '',
    ].filter(Boolean);
    return { verdict: 'skipped', reason: `no sample was evaluated${parts.length ? ` (${parts.join(', ')})` : ''}` };
  }

  // 3. Too many errors: the scores that exist may be a biased subset, so no call either way.
  const hr = errorRate(ha);
  const br = c.status === 'compared' ? errorRate(ba) : null;
  if (hr !== null && hr > gate.maxErrorRate)
    return { verdict: 'inconclusive', reason: `${pct(hr)} of head requests failed (limit ${pct(gate.maxErrorRate)})` };
  if (br !== null && br > gate.maxErrorRate)
    return { verdict: 'inconclusive', reason: `${pct(br)} of base requests failed (limit ${pct(gate.maxErrorRate)})` };

  const d = c.score.pairedDelta ?? null;
  const n = c.score.pairedCases;
  const tooFew = c.status === 'compared' && n < MIN_PAIRED_CASES;

  // 4. Regression: practically large AND statistically supported.
  if (c.status === 'compared' && !tooFew && d !== null && d < -gate.maxScoreDrop && c.score.ci && c.score.ci.high < 0)
    return {
      verdict: 'regression',
      reason: `score dropped by ${score(-d)} over ${n} paired cases${ciText(c)}; more than the allowed ${score(gate.maxScoreDrop, 2)}`,
    };

  // 5. Absolute floor.
  const hs = ha.meanScore;
  if (hs !== null && hs < gate.minScore)
    return { verdict: 'below-min', reason: `head score ${score(hs)} is below minScore ${score(gate.minScore, 2)}` };

  // 6. Budgets. Unknown prices (null) never trigger; they are reported as "price unknown".
  if (ctx.costCapHit && (ha.skipped > 0 || (ba?.skipped ?? 0) > 0))
    return { verdict: 'over-budget', reason: `run cost cap reached; ${ha.skipped + (ba?.skipped ?? 0)} samples not sent` };
  const cr = c.costPerRequestUsd;
  if (gate.maxCostIncrease !== undefined && c.status === 'compared' && cr.relative !== null && cr.relative > gate.maxCostIncrease)
    return {
      verdict: 'over-budget',
      reason: `cost per request ${usd(cr.base)} → ${usd(cr.head)} (${pctDelta(cr.relative)}, limit +${pct(gate.maxCostIncrease)})`,
    };

  // 7. Too few paired cases to rule out a drop that looks large.
  if (tooFew && (d === null || d < -gate.maxScoreDrop))
    return {
      verdict: 'inconclusive',
      reason:
        d === null
          ? 'no case was scored on both base and head'
          : `score moved ${signed(d)} but only ${n} cases were scored on both sides (need ${MIN_PAIRED_CASES})`,
    };

  // 8. Pass, saying why a visible drop did not fail.
  if (c.status === 'new') return { verdict: 'pass', reason: `new suite; head score ${score(hs)}` };
  if (d === null) return { verdict: 'pass', reason: 'no paired score change' };
  if (d < -gate.maxScoreDrop)
    return { verdict: 'pass', reason: `drop ${signed(d)} is not statistically supported${ciText(c)}` };
  if (d < 0 && c.score.ci && c.score.ci.high < 0)
    return { verdict: 'pass', reason: `drop ${signed(d)} is real but within the allowed ${score(gate.maxScoreDrop, 2)}` };
  return { verdict: 'pass', reason: `score change ${signed(d)} over ${n} paired cases${ciText(c)}` };
}

/** Worst verdict by VERDICT_SEVERITY; `skipped` when there is nothing to judge. */
export function overallVerdict(verdicts: Iterable<Verdict>): Verdict {
  let best = VERDICT_SEVERITY.length - 1;
  for (const v of verdicts) best = Math.min(best, VERDICT_SEVERITY.indexOf(v));
  return VERDICT_SEVERITY[best] as Verdict;
}
