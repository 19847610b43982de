// One sentence per suite: the smallest drop it detects at 90 % power and what detecting the gate's
// maxScoreDrop would take (core/gate/power.ts). Shared by the PR comment, job summary, HTML report and
// `evalgate plan`.
import type { SuiteComparison } from '../compare/types.js';
import type { SuitePower } from '../gate/power.js';
import { MAX_REPEAT_LIMIT } from '../gate/power.js';
import { MIN_PAIRED_CASES } from '../compare/verdict.js';
import { escapeText } from './escape.js';
import { count } from './format.js';

/** A drop rounded up to the hundredth (a detectable drop is never shown smaller than it is). */
export function dropText(x: number): string {
  return (Math.ceil(x * 100 - 1e-9) / 100).toFixed(2);
}

const n = (x: number): string => x.toLocaleString('en-US');

const VARIANCE_NOTE: Record<SuitePower['variance'], string> = {
  observed: '',
  'upper-bound': ' (per-case variance bounded from mean scores only: one sample per case)',
  assumed: ' (no history: assumes p = 0.5 per case, the largest variance)',
};

/** "detects a drop of ≥ 0.10 at 90% power with 50 cases × 3 samples (up to 30 per case); to detect 0.05: …" */
export function powerText(p: SuitePower): string {
  const pw = `${Math.round(p.power * 100)}% power`;
  const size = `${count(p.cases, 'case')} × ${count(p.repeat, 'sample')} (up to ${p.maxRepeat} per case)`;
  if (p.detectableDrop === null) {
    const need =
      p.target > 0 && p.casesNeeded !== null
        ? `; to detect ${dropText(p.target)} (maxScoreDrop): ${n(p.casesNeeded)} cases`
        : '';
    // Below the mean test's minimum only the cases decide; at or above it, even the largest drop the base
    // scores allow is not caught at this power (low base scores, a small maxRepeat, many suites compared).
    const why =
      p.cases < MIN_PAIRED_CASES
        ? `the mean test needs ${MIN_PAIRED_CASES} cases (only per-case evidence decides)`
        : 'no drop the base scores allow is caught that often';
    return `detects no drop of the mean at ${pw} with ${size}: ${why}${need}${VARIANCE_NOTE[p.variance]}`;
  }
  if (p.deterministic) {
    const one = `answers the same on every sample: any case that flips is caught, a drop of ≥ ${dropText(p.detectableDrop)} (one case of ${p.cases})`;
    if (!(p.target > 0) || p.detectableDrop <= p.target) return one;
    return `${one}; to detect ${dropText(p.target)} (maxScoreDrop): ${n(p.casesNeeded ?? 0)} cases (more samples do not help: they do not vary)`;
  }
  const head = `detects a drop of ≥ ${dropText(p.detectableDrop)} at ${pw} with ${size}`;
  if (!(p.target > 0)) return head + VARIANCE_NOTE[p.variance];
  const t = dropText(p.target);
  if (p.detectableDrop <= p.target) return `${head}, so ${t} (maxScoreDrop) is covered${VARIANCE_NOTE[p.variance]}`;
  const cases = p.casesNeeded === null ? 'no number of cases' : `${n(p.casesNeeded)} cases`;
  const repeats =
    p.maxRepeatNeeded === null ? `no maxRepeat up to ${MAX_REPEAT_LIMIT}` : `maxRepeat ${p.maxRepeatNeeded}`;
  return `${head}; to detect ${t} (maxScoreDrop): ${cases} or ${repeats}${VARIANCE_NOTE[p.variance]}`;
}

/** "- **suite** detects …" for a suite the gate sized (docs/gate-rules.md, "What a suite can detect"). */
export function powerLine(s: SuiteComparison): string | undefined {
  return s.power ? `- **${escapeText(s.suite, { maxChars: 100 })}** ${powerText(s.power)}` : undefined;
}
