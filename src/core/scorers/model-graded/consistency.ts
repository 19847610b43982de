// Judge self-consistency: the same input judged twice. A few samples per suite (`judge.consistencyChecks`,
// default DEFAULT_CONSISTENCY_CHECKS) have their LLM-judged assertions judged a second time by a live call
// that bypasses the response cache; the share of verdict pairs that agree comes with a 95 % Wilson interval
// and the score differences. A judge that flips its own verdict on the same input cannot be trusted on a
// case that flips between base and head either; reports show the figure when it is below
// CONSISTENCY_SHOWN_BELOW (docs/judges.md). It informs, it does not change a verdict.
import { pct } from '../../report/format.js';
import type { CaseResult, JudgeConsistency } from '../../results/types.js';
import { sha256Hex } from '../../util/hash.js';
import { wilson } from './agreement.js';

/** Samples re-judged per suite unless `judge.consistencyChecks` says otherwise (0 turns the check off). */
export const DEFAULT_CONSISTENCY_CHECKS = 5;

/** Reports call the judge inconsistent below this agreement of its two verdicts (the point estimate). */
export const CONSISTENCY_SHOWN_BELOW = 0.9;

/**
 * Which cases get a second judgement: the first `n` of the cases with an LLM-judged assertion in a
 * stable pseudo-random order (sha256 of suite and case id), so a suite's checks are spread over it and
 * the same cases are checked run after run.
 */
export function consistencyCases(suite: string, caseIds: readonly string[], n: number): Set<string> {
  if (n <= 0) return new Set();
  const order = caseIds.map((id) => ({ id, k: sha256Hex(`${suite}\u0000${id}`) }));
  order.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return new Set(order.slice(0, n).map((x) => x.id));
}

/** The agreement of every re-judged sample's second verdicts with its first; undefined when none decided. */
export function judgeConsistency(
  cases: readonly CaseResult[],
  isJudgedType: (type: string) => boolean,
): JudgeConsistency | undefined {
  let n = 0;
  let agree = 0;
  let errors = 0;
  let sumDiff = 0;
  let maxDiff = 0;
  const disagreements: string[] = [];
  for (const c of cases) {
    let flipped = false;
    for (const s of c.samples) {
      if (!s.rejudged) continue;
      const first = s.assertions.filter((a) => isJudgedType(a.type));
      s.rejudged.forEach((again, i) => {
        const was = first[i];
        if (!was || was.error !== undefined) return;
        if (again.error !== undefined) {
          errors++;
          return;
        }
        n++;
        if (again.pass === was.pass) agree++;
        else flipped = true;
        const d = Math.abs(again.score - was.score);
        sumDiff += d;
        maxDiff = Math.max(maxDiff, d);
      });
    }
    if (flipped) disagreements.push(c.id);
  }
  if (n === 0) return undefined;
  return {
    n,
    agree,
    rate: agree / n,
    rateCi: wilson(agree, n),
    meanScoreDiff: sumDiff / n,
    maxScoreDiff: maxDiff,
    disagreements,
    errors,
  };
}

/** Below CONSISTENCY_SHOWN_BELOW: reports show it. */
export function consistencyLow(c: JudgeConsistency | undefined): c is JudgeConsistency {
  return c !== undefined && c.rate < CONSISTENCY_SHOWN_BELOW;
}

/** "judge self-consistency: 3 of 5 verdicts repeated (60%, 95% CI 23%–88%), mean score difference 0.32; flipped on c1, c4". */
export function consistencyText(c: JudgeConsistency, maxIds = 5): string {
  const ids = c.disagreements.length
    ? `; flipped on ${c.disagreements.slice(0, maxIds).join(', ')}${c.disagreements.length > maxIds ? `, +${c.disagreements.length - maxIds} more` : ''}`
    : '';
  const low =
    c.rate < CONSISTENCY_SHOWN_BELOW
      ? ` — below ${pct(CONSISTENCY_SHOWN_BELOW, 0)}: the judge does not repeat its own verdicts, so its pass/fail calls are partly chance (lower its temperature, make the rubric more specific, or use a stronger judge)`
      : '';
  return (
    `judge self-consistency: ${c.agree} of ${c.n} verdicts repeated when judged again ` +
    `(${pct(c.rate, 0)}, 95% CI ${pct(c.rateCi[0], 0)}–${pct(c.rateCi[1], 0)}), mean score difference ${c.meanScoreDiff.toFixed(2)}${ids}${low}`
  );
}

/** The figures of several shards' checks as one (counts add up; the interval is recomputed). */
export function mergeConsistency(parts: readonly (JudgeConsistency | undefined)[]): JudgeConsistency | undefined {
  const known = parts.filter((p): p is JudgeConsistency => p !== undefined);
  if (known.length === 0) return undefined;
  const n = known.reduce((t, p) => t + p.n, 0);
  const agree = known.reduce((t, p) => t + p.agree, 0);
  return {
    n,
    agree,
    rate: agree / n,
    rateCi: wilson(agree, n),
    meanScoreDiff: known.reduce((t, p) => t + p.meanScoreDiff * p.n, 0) / n,
    maxScoreDiff: Math.max(...known.map((p) => p.maxScoreDiff)),
    disagreements: known.flatMap((p) => p.disagreements),
    errors: known.reduce((t, p) => t + p.errors, 0),
  };
}
