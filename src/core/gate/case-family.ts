// The gate's per-case test family: which cases of a suite got worse (or better) beyond their noise,
// with the false-call rate controlled across the suite's cases, and how strongly the cases together say
// "something broke". Pure. docs/gate-rules.md, "Per-case evidence".
//
// Each case has an e-process (stats/case-evidence.ts). The family's suite statistic is the product over
// cases of (1 − W + W·eᵢ): each factor is a test martingale (a bet of share W on the case), cases are
// sampled independently given the past, so the product is one too, and by Ville P(ever ≥ 1/α) ≤ α. A few
// cases that break hard multiply up quickly; an unchanged case keeps its factor near 1.
// Naming a case is the closed e-Benjamini-Hochberg procedure (stats/e-closure.ts) on the e-values at the
// last look (an e-process stopped at a stopping time is an e-value). It keeps the expected share of
// wrongly named cases ≤ q under any dependence, and when nothing changed P(any case named) ≤ q.
// Two levels: while a suite is not decided a regression, q is the suite's share of the PR's α for each
// list (so an unchanged PR lists a case with probability ≤ α per list). Once the suite's own test has
// decided a regression, the regressed list is named at the false-discovery rate NAMING_FDR: the suite's
// verdict is the gatekeeper (an unchanged suite reaches this only through a false regression, ≤ α/S),
// and every list the gate can show passes the closure at NAMING_FDR (a list valid at a smaller level is
// valid at a larger one), so the share of wrongly named cases is ≤ NAMING_FDR in expectation.
// A deterministic-looking suite (no case's samples disagree within a side) has no sampling noise to
// test against: there a case that passes on every base sample and fails on every head sample, with at
// least two samples per side (the gate re-asks a single-sample flip once), is a change of behaviour and
// is named directly.
import type { CaseResult, SuiteResult } from '../results/types.js';
import { closedEBenjaminiHochberg } from '../stats/e-closure.js';
import { caseEvidence, type CaseEvidence } from '../stats/case-evidence.js';

/** Share each case's bet takes in the family product: about one case in ten breaking (one case, in a suite of fewer than ten). */
export const CASE_SHARE = 0.1;
const shareOf = (cases: number): number => Math.max(CASE_SHARE, 1 / Math.max(1, cases));
/** A case whose e-value reached this but is not named yet is still open: it gets more samples. */
export const CASE_OPEN_E = 4;
/** Pairs that all favour base it takes to reach CASE_OPEN_E (1.5³, 1.8³, 1.95³ average 5.5; two give 3.1). */
export const CASE_OPEN_PAIRS = 3;
/**
 * Once the suite is decided a regression, the regressed list is named at this false-discovery rate (the
 * goal: 9 of 10 cases named are truly worse), never below the suite's share of α.
 */
export const NAMING_FDR = 0.1;
/** After a regression decision, a case not named is sampled on while its e-value is above this… */
export const CASE_NAMING_E = 1.01;
/** …or its pairs lean to a drop, or it has fewer pairs than this (3 pairs that all agree say nothing yet). */
export const CASE_NAMING_PAIRS = 8;
/** Samples per side an open case gets per extra round (an undecided case is where the evidence is). */
export const CASE_BOOST = 3;

/** Largest per-pair growth of a case's e-value (every new pair favouring base at the largest bet). */
export const CASE_MAX_GROWTH = 1.95;

/**
 * Cases still worth sampling in a suite only its cases can decide (fewer cases than the mean test
 * needs): those with any evidence (e > 1) or whose pairs lean to a drop (one unlucky pair in the first round
 * can hold a broken case's e below 1), provided the family could still reach `log(1/level)` with
 * weight `weight` if every remaining pair (up to `remaining(id)` each) favoured base at the largest bet.
 * Empty means no amount of the budget can decide: the suite stops (futility).
 */
export function reachable(f: CaseFamily, weight: number, level: number, remaining: (id: string) => number): string[] {
  const w = shareOf(f.evidence.length);
  const best = f.evidence.reduce(
    (s, e) => s + Math.log(1 - w + w * e.worse * CASE_MAX_GROWTH ** Math.max(0, remaining(e.id))),
    0,
  );
  if (Math.log(weight) + best < -Math.log(level)) return [];
  return f.evidence.filter((e) => (e.worse > 1 || e.lean > 0) && remaining(e.id) > 0).map((e) => e.id);
}

export interface CaseFamily {
  /** log of Π(1 − W + W·eᵢ) for "head worse" over the paired cases. */
  logWorse: number;
  /** Cases named worse (regressed) / better (fixed), in case order. */
  regressed: string[];
  fixed: string[];
  /** Cases not named that are still sampled: e ≥ CASE_OPEN_E, or after a regression decision any suspicious one. */
  open: string[];
  /** Cases named by the deterministic rule (a stable flip in a suite without sampling noise). */
  deterministic: string[];
  evidence: CaseEvidence[];
}

/**
 * Plain e-BH (Wang & Ramdas 2022): the k largest, for the largest k with e₍ₖ₎ ≥ m/(q·k). The gate names
 * with its closure (stats/e-closure.ts), which names every set this does and sometimes more.
 */
export function eBenjaminiHochberg(es: readonly number[], q: number): boolean[] {
  const m = es.length;
  const order = es.map((e, i) => [e, i] as const).sort((a, b) => b[0] - a[0]);
  let k = 0;
  for (let j = 1; j <= m; j++) if ((order[j - 1]?.[0] ?? 0) >= m / (q * j)) k = j;
  const out = es.map(() => false);
  for (let j = 0; j < k; j++) out[order[j]![1]] = true;
  return out;
}

const oks = (c: CaseResult) => c.samples.filter((s) => s.status === 'ok');
const flaky = (c: CaseResult): boolean => {
  const o = oks(c);
  return o.some((s) => s.pass !== o[0]?.pass);
};
/** Passes on every sample of base and fails on every sample of head, two or more each. */
function stableFlip(b: CaseResult, h: CaseResult, worse: boolean): boolean {
  const ob = oks(b);
  const oh = oks(h);
  if (ob.length < 2 || oh.length < 2) return false;
  const [good, bad] = worse ? [ob, oh] : [oh, ob];
  return good.every((s) => s.pass === true) && bad.every((s) => s.pass !== true);
}

/** Which unnamed case is sampled on: before a regression decision, one with e ≥ CASE_OPEN_E; after it, any suspicious one. */
function stillOpen(e: CaseEvidence, naming: boolean): boolean {
  // Fewer pairs than it takes to reach CASE_OPEN_E (an errored sample leaves its pair out), every one
  // favouring base: as suspicious as three such pairs, so not left behind by a pass.
  const unbeaten = e.pairs > 0 && e.pairs < CASE_OPEN_PAIRS && e.lean === e.pairs;
  if (!naming) return e.worse >= CASE_OPEN_E || unbeaten;
  return e.worse >= CASE_NAMING_E || e.lean > 0 || e.pairs < CASE_NAMING_PAIRS;
}

/**
 * The family for one suite at one look. `level`: the suite's share of the PR's α, for each list.
 * `naming`: the suite is decided a regression — the regressed list is named at NAMING_FDR and every
 * unnamed case that still looks suspicious is open (sampled on until named, cleared or at maxRepeat).
 */
export function caseFamily(base: SuiteResult, head: SuiteResult, level: number, naming = false): CaseFamily {
  const regressedLevel = naming ? Math.max(NAMING_FDR, level) : level;
  const baseBy = new Map(base.cases.map((c) => [c.id, c]));
  const pairs: [CaseResult, CaseResult][] = [];
  for (const h of head.cases) {
    const b = baseBy.get(h.id);
    if (b) pairs.push([b, h]);
  }
  const evidence = pairs.map(([b, h]) => caseEvidence(b, h));
  const worse = closedEBenjaminiHochberg(
    evidence.map((e) => e.worse),
    regressedLevel,
  );
  const better = closedEBenjaminiHochberg(
    evidence.map((e) => e.better),
    level,
  );
  const noiseless = !pairs.some(([b, h]) => flaky(b) || flaky(h));
  const deterministic: string[] = [];
  const regressed: string[] = [];
  const fixed: string[] = [];
  const open: string[] = [];
  pairs.forEach(([b, h], i) => {
    const e = evidence[i] as CaseEvidence;
    if (noiseless && stableFlip(b, h, true)) {
      deterministic.push(h.id);
      regressed.push(h.id);
    } else if (worse[i]) regressed.push(h.id);
    else if (noiseless && stableFlip(b, h, false)) fixed.push(h.id);
    else if (better[i]) fixed.push(h.id);
    else if (stillOpen(e, naming)) open.push(h.id);
  });
  const w = shareOf(evidence.length);
  const logWorse = evidence.reduce((s, e) => s + Math.log(1 - w + w * e.worse), 0);
  return { logWorse, regressed, fixed, open, deterministic, evidence };
}
