// What a listed case shows, shared by the PR gate (base vs head) and the drift monitor (baseline vs
// now): "k of n samples failed" on each side, the output of a sample that actually failed next to one
// that passed, whether the case is flaky, and whether its own change is beyond its noise.
//
// "Beyond its noise": a pass/fail flip is listed when it is consistent (every sample of each side agrees:
// no noise is visible, e.g. 2/2 → 0/2 or one sample per side, where the flip is all the evidence there
// is) or when Fisher's exact test (one-sided, at CASE_NOISE_LEVEL) on the pass counts of the two sides
// says so (3/3 → 1/3 has p = 0.2, 3/3 → 1/4 p = 0.11, 9/10 → 4/10 p = 0.03). A flaky case whose
// majority moved by a single sample (2/3 → 1/3, p = 0.5) is counted as noisy, not listed. Graded score changes must be at least
// CASE_SCORE_CHANGE and, with two or more samples per side, at least twice their standard error.
import { answerText } from '../results/answer-text.js';
import type { CaseResult, SampleResult } from '../results/types.js';
import { logGamma } from '../stats/student-t.js';

/** One-sided level of the per-case test: loose, since listing explains the verdict, it does not make it. */
export const CASE_NOISE_LEVEL = 0.2;
/** Smallest mean-score change that lists a case without a pass flip. */
export const CASE_SCORE_CHANGE = 0.2;

export interface SideCounts {
  /** Samples scored (ok). */
  samples: number;
  /** Of those, how many failed. */
  failed: number;
  /** Samples that errored (no score). */
  errors: number;
}

export interface CaseMovement {
  /** −1: worse on the second side, +1: better, 0: neither. */
  direction: -1 | 0 | 1;
  /** The change is beyond the case's own sampling noise (listed); else it is counted as noisy. */
  beyondNoise: boolean;
}

const ok = (c: CaseResult | undefined): SampleResult[] => (c?.samples ?? []).filter((s) => s.status === 'ok');

export function sideCounts(c: CaseResult | undefined): SideCounts {
  const oks = ok(c);
  return {
    samples: oks.length,
    failed: oks.filter((s) => s.pass !== true).length,
    errors: (c?.samples ?? []).filter((s) => s.status === 'error').length,
  };
}

/** A case is flaky when its scored samples on one side disagree on pass/fail. */
export function isFlaky(...sides: (CaseResult | undefined)[]): boolean {
  return sides.some((c) => {
    const s = sideCounts(c);
    return s.failed > 0 && s.failed < s.samples;
  });
}

/** Scored samples with something to show: reply text or tool calls (a tool-only answer is never empty). */
const answered = (c: CaseResult | undefined): SampleResult[] =>
  ok(c).filter((s) => s.output !== undefined || (s.toolCalls?.length ?? 0) > 0);

/** Output of the first sample that failed (or, when none failed, of the first scored one). */
export function failingOutput(c: CaseResult | undefined): string | undefined {
  const oks = answered(c);
  const s = oks.find((x) => x.pass !== true) ?? oks[0];
  return s && answerText(s);
}

/** Output of the first sample that passed (or, when none passed, of the first scored one). */
export function passingOutput(c: CaseResult | undefined): string | undefined {
  const oks = answered(c);
  const s = oks.find((x) => x.pass === true) ?? oks[0];
  return s && answerText(s);
}

/** Reasons of failing assertions and errors on a side, deduplicated, so a case's details say why it fails. */
export function failingReasons(c: CaseResult | undefined): string[] {
  if (!c) return [];
  const seen = new Set<string>();
  for (const s of c.samples) {
    if (s.status === 'error' && s.error) seen.add(`error (${s.error.kind}): ${s.error.message}`);
    if (s.status !== 'ok') continue;
    for (const a of s.assertions) if (!a.pass) seen.add(`${a.type}: ${a.reason}`);
  }
  return [...seen];
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Fisher's exact one-sided p-value that the second side passes this rarely or less by chance:
 * P(X ≤ passB) for X hypergeometric (passes of both sides, drawn nB samples for side B).
 */
export function fisherLower(passA: number, nA: number, passB: number, nB: number): number {
  const total = passA + passB;
  const n = nA + nB;
  const lo = Math.max(0, total - nA);
  let p = 0;
  const denom = logChoose(n, nB);
  for (let x = lo; x <= passB; x++) p += Math.exp(logChoose(total, x) + logChoose(n - total, nB - x) - denom);
  return Math.min(1, p);
}

function sdOf(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** How a case moved from side a (base, baseline) to side b (head, now). */
export function caseMovement(a: CaseResult, b: CaseResult): CaseMovement {
  if (a.score === null || b.score === null) return { direction: 0, beyondNoise: false };
  const ca = sideCounts(a);
  const cb = sideCounts(b);
  const passA = ca.samples - ca.failed;
  const passB = cb.samples - cb.failed;
  if (a.pass !== b.pass && a.pass !== null && b.pass !== null) {
    const direction = a.pass ? -1 : 1;
    const consistent = !isFlaky(a) && !isFlaky(b);
    const p =
      direction < 0
        ? fisherLower(passA, ca.samples, passB, cb.samples)
        : fisherLower(passB, cb.samples, passA, ca.samples);
    return { direction, beyondNoise: consistent || p <= CASE_NOISE_LEVEL };
  }
  const d = b.score - a.score;
  if (Math.abs(d) < CASE_SCORE_CHANGE) return { direction: 0, beyondNoise: false };
  const direction = d < 0 ? -1 : 1;
  const sa = ok(a).map((s) => s.score ?? 0);
  const sb = ok(b).map((s) => s.score ?? 0);
  if (sa.length < 2 || sb.length < 2) return { direction, beyondNoise: true };
  const se = Math.sqrt(sdOf(sa) ** 2 / sa.length + sdOf(sb) ** 2 / sb.length);
  return { direction, beyondNoise: Math.abs(d) >= 2 * se };
}
