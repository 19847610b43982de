// Verdicts: per suite (first matching rule wins) and overall (worst wins). The rules and their order
// are documented in docs/gate-rules.md; keep the two in sync.
import type { GateConfig } from '../config/schema.js';
import type { SuiteAggregates } from '../results/types.js';
import { pct, pctDelta, score, signed, usd } from '../report/format.js';
import { judgeTrustFinding } from '../scorers/model-graded/judge-trust.js';
import type { Finding, SequentialSummary, SuiteComparison, Verdict } from './types.js';

/** Below this many cases scored on both sides the mean cannot call a drop (the per-case test still can). */
export const MIN_PAIRED_CASES = 5;

/** Overall severity, worst first. `skipped` ranks below `pass`: it means "nothing was checked". */
const VERDICT_SEVERITY: readonly Verdict[] = [
  'regression',
  'below-min',
  'over-budget',
  'inconclusive',
  'unclear',
  'pass',
  'skipped',
];

export interface VerdictContext {
  /** The run's --max-cost cap stopped new requests. */
  costCapHit: boolean;
}

export interface SuiteVerdict {
  verdict: Verdict;
  reason: string;
  /** Every broken rule in rule order; the verdict is the first (empty for pass and skipped). */
  findings: Finding[];
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

function pText(p: number | null | undefined, method: SuiteComparison['score']['method']): string {
  if (p === null || p === undefined) return '';
  const shown = p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
  return method === 'sign-flip'
    ? `exact sign-flip p ${shown}`
    : method === 'always-valid'
      ? `always-valid p ${shown}`
      : `p ${shown}`;
}

function roundsText(c: SuiteComparison): string {
  const q = c.sequential;
  if (!q || q.rounds <= 1) return '';
  // The stopping rule biases a plain mean (rounds continue while the data look bad); say so rather than
  // print it as if the sample size had been fixed.
  return ` after ${q.rounds} rounds (Δ and interval are fixed-sample figures, not adjusted for the stopping rule)`;
}

function settleText(c: SuiteComparison): string {
  const st = c.sequential?.settle;
  if (!st) return 'a larger suite would settle it';
  if (c.sequential?.stoppedBy === 'nothing-varies') return `about ${st.cases} cases would likely settle it`;
  return `about ${st.samplesPerCase} samples per case (gate.maxRepeat), or about ${st.cases} cases at the current samples, would likely settle it`;
}

const STOPPED: Record<SequentialSummary['stoppedBy'], string> = {
  decided: '',
  'max-repeat': 'the sampling budget (gate.maxRepeat) ran out',
  'cost-cap': 'the run cost cap stopped further samples',
  'nothing-varies': 'no case varies, so more samples would not help',
  futile: 'no case could reach the per-case evidence needed within gate.maxRepeat, so sampling stopped early',
  'not-comparable': 'base and head were not sampled under the same conditions, so more samples would not help',
};

/** The reason of a regression the per-case test family decided (a few cases broke, the mean moved little). */
function byCasesText(c: SuiteComparison, gate: GateConfig, q: SequentialSummary): string {
  const det = q.cases?.deterministic ?? [];
  const named = q.cases?.regressed ?? [];
  const list = (ids: readonly string[]): string =>
    ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
  if (det.length > 0)
    return `${det.length} case${det.length === 1 ? '' : 's'} passed on every base sample and failed on every head sample (${list(det)}) in a suite without sampling noise`;
  const who = named.length > 0 ? `: ${list(named)}` : ' (not yet attributable to single cases)';
  return (
    `cases broke beyond their own noise${who}${roundsText(c)}; the per-case sequential test ` +
    `(always-valid p ${q.pValue < 0.0001 ? '< 0.0001' : `= ${q.pValue.toFixed(4)}`}, false-regression rate ${pct((1 - gate.confidence) / 2)} per PR) decided it; ` +
    `set gate.allowRegressedCases to let only the mean score decide`
  );
}

/** Regression rule: the sequential decision when the gate sampled, else the fixed-sample test. */
function regression(
  c: SuiteComparison,
  gate: GateConfig,
  d: number | null,
  n: number,
  tooFew: boolean,
): Finding | undefined {
  const q = c.sequential;
  // Per-case evidence decides whatever the number of cases; the mean needs MIN_PAIRED_CASES.
  if (c.status === 'compared' && q?.decision === 'regression' && q.byCases)
    return { verdict: 'regression', reason: byCasesText(c, gate, q) };
  if (c.status !== 'compared' || tooFew || d === null) return undefined;
  if (q) {
    if (q.decision !== 'regression') return undefined;
    if (q.byCases) return { verdict: 'regression', reason: byCasesText(c, gate, q) };
    return {
      verdict: 'regression',
      reason:
        `score dropped by ${score(-d)} over ${n} paired cases${ciText(c)}${roundsText(c)}; the sequential test ` +
        `(always-valid p ${q.pValue < 0.0001 ? '< 0.0001' : `= ${q.pValue.toFixed(4)}`}, false-regression rate ${pct((1 - gate.confidence) / 2)} per PR) ` +
        `favours a drop of ${score(q.alternative, 3)} over no change (allowed drop ${score(gate.maxScoreDrop, 2)})`,
    };
  }
  const p = c.score.pValue;
  if (d < -gate.maxScoreDrop && p !== null && p < (1 - gate.confidence) / 2)
    return {
      verdict: 'regression',
      reason: `score dropped by ${score(-d)} over ${n} paired cases${ciText(c)}, ${pText(p, c.score.method)}; more than the allowed ${score(gate.maxScoreDrop, 2)}`,
    };
  return undefined;
}

/** A possible regression the evidence cannot decide: never shown as a green pass. */
function unclear(c: SuiteComparison, gate: GateConfig, d: number | null, tooFew: boolean): Finding | undefined {
  if (c.status !== 'compared' || tooFew || d === null) return undefined;
  const ci = c.score.ci;
  const q = c.sequential;
  const open = q ? q.decision === 'open' : d < -gate.maxScoreDrop;
  if (!open || !ci || ci.low >= -gate.maxScoreDrop) return undefined;
  const why = q ? STOPPED[q.stoppedBy] : '';
  return {
    verdict: 'unclear',
    reason:
      `possible regression, not enough evidence: score moved ${signed(d)}${ciText(c)}${roundsText(c)}${c.score.method === 'sign-flip' || c.score.method === 'always-valid' ? ` (${pText(c.score.pValue, c.score.method)})` : ''}, reaching below the allowed drop ` +
      `−${score(gate.maxScoreDrop, 2)}${why ? `; ${why}` : ''}; ${settleText(c)}`,
  };
}

/** The verdict of one suite and every rule it breaks (docs/gate-rules.md, "Per-suite rules"). */
export function suiteVerdict(c: SuiteComparison, gate: GateConfig, ctx: VerdictContext): SuiteVerdict {
  const v = verdictOf(c, gate, ctx);
  // Cases set aside (an edited rubric) are said with whatever was decided on the rest.
  return c.setAside ? { ...v, reason: `${v.reason} (${c.setAside})` } : v;
}

function verdictOf(c: SuiteComparison, gate: GateConfig, ctx: VerdictContext): SuiteVerdict {
  const ha = c.head?.aggregates;
  const ba = c.base?.aggregates;
  const only = (verdict: Verdict, reason: string): SuiteVerdict => ({
    verdict,
    reason,
    findings: verdict === 'pass' || verdict === 'skipped' ? [] : [{ verdict, reason }],
  });

  // 1. Removed suites are listed, not judged.
  if (c.status === 'removed' || !ha) return only('skipped', 'suite removed on head; listed only');

  // 2. Nothing evaluated on head.
  if (ha.ok + ha.errors === 0) {
    if (ctx.costCapHit && ha.skipped > 0)
      return only(
        'over-budget',
        `run cost cap reached before this suite was evaluated (${ha.skipped} samples not sent)`,
      );
    const parts = [
      ha.skipped ? `${ha.skipped} skipped` : '',
      ha.budget ? `${ha.budget} over the token budget` : '',
      ha.blocked ? `${ha.blocked} blocked by input scanning` : '',
    ].filter(Boolean);
    return only('skipped', `no sample was evaluated${parts.length ? ` (${parts.join(', ')})` : ''}`);
  }

  // 3. Too many errors: the scores that exist may be a biased subset, so no call either way.
  const hr = errorRate(ha);
  const br = c.status === 'compared' ? errorRate(ba) : null;
  if (hr !== null && hr > gate.maxErrorRate)
    return only('inconclusive', `${pct(hr)} of head requests failed (limit ${pct(gate.maxErrorRate)})`);
  if (br !== null && br > gate.maxErrorRate)
    return only('inconclusive', `${pct(br)} of base requests failed (limit ${pct(gate.maxErrorRate)})`);

  // 3b. Base and head sampled under different conditions: any difference would be the provider's.
  if (c.notComparable) return only('inconclusive', c.notComparable);

  // 3c. A judge that disagrees with the human labels decides nothing: neither a pass nor a regression.
  const distrust = judgeTrustFinding(c.head);
  if (distrust) return only(distrust.verdict, distrust.reason);

  const d = c.score.pairedDelta ?? null;
  const n = c.score.pairedCases;
  const tooFew = c.status === 'compared' && n < MIN_PAIRED_CASES;
  const findings: Finding[] = [];
  const add = (f: Finding | undefined): void => {
    if (f) findings.push(f);
  };

  // 4. Regression: practically large AND statistically supported.
  add(regression(c, gate, d, n, tooFew));

  // 5. Absolute floor.
  const hs = ha.meanScore;
  if (hs !== null && hs < gate.minScore)
    add({ verdict: 'below-min', reason: `head score ${score(hs)} is below minScore ${score(gate.minScore, 2)}` });
  // A suite where no case passes is never a pass, whatever minScore allows (`fail-on: never` is the way
  // to keep such a step green on purpose).
  else if (ha.passRate === 0)
    add({
      verdict: 'below-min',
      reason: `no case passes on head (0 of ${c.head?.cases.filter((k) => k.pass !== null).length ?? 0}); a suite where every case fails is not a pass`,
    });

  // 6. Budgets. Unknown prices (null) never trigger; they are reported as "price unknown".
  if (ctx.costCapHit && (ha.skipped > 0 || (ba?.skipped ?? 0) > 0))
    add({
      verdict: 'over-budget',
      reason: `run cost cap reached; ${ha.skipped + (ba?.skipped ?? 0)} samples not sent`,
    });
  const cr = c.costPerRequestUsd;
  if (
    gate.maxCostIncrease !== undefined &&
    c.status === 'compared' &&
    cr.relative !== null &&
    cr.relative > gate.maxCostIncrease
  )
    add({
      verdict: 'over-budget',
      reason: `cost per request ${usd(cr.base)} → ${usd(cr.head)} (${pctDelta(cr.relative)}, limit +${pct(gate.maxCostIncrease)})`,
    });

  // 7. Too few paired cases to rule out a drop that looks large (unless the per-case test called it).
  if (tooFew && (d === null || d < -gate.maxScoreDrop) && !findings.some((f) => f.verdict === 'regression'))
    add({
      verdict: 'inconclusive',
      reason:
        d === null
          ? 'no case was scored on both base and head'
          : `score moved ${signed(d)} but only ${n} cases were scored on both sides (need ${MIN_PAIRED_CASES})`,
    });

  // 8. Possible regression the budget could not decide.
  if (!findings.some((f) => f.verdict === 'regression')) add(unclear(c, gate, d, tooFew));

  if (findings.length > 0) {
    findings.sort((a, b) => VERDICT_SEVERITY.indexOf(a.verdict) - VERDICT_SEVERITY.indexOf(b.verdict));
    return { verdict: findings[0]!.verdict, reason: findings[0]!.reason, findings };
  }

  // 9. Pass, saying why a visible drop did not fail.
  if (c.status === 'new') return only('pass', `new suite; head score ${score(hs)}`);
  if (d === null) return only('pass', 'no paired score change');
  const q = c.sequential;
  if (q?.decision === 'pass')
    return only(
      'pass',
      `score change ${signed(d)} over ${n} paired cases${ciText(c)}${roundsText(c)}; the data favour no change over a drop of ${score(q.alternative, 3)}`,
    );
  if (d < 0 && c.score.ci && c.score.ci.high < 0)
    return only('pass', `drop ${signed(d)} is real but within the allowed ${score(gate.maxScoreDrop, 2)}`);
  return only('pass', `score change ${signed(d)} over ${n} paired cases${ciText(c)}`);
}

/** Worst verdict by VERDICT_SEVERITY; `skipped` when there is nothing to judge. */
export function overallVerdict(verdicts: Iterable<Verdict>): Verdict {
  let best = VERDICT_SEVERITY.length - 1;
  for (const v of verdicts) best = Math.min(best, VERDICT_SEVERITY.indexOf(v));
  return VERDICT_SEVERITY[best] as Verdict;
}
