// Base-vs-head comparison of one suite. Pure: takes two SuiteResults, returns every delta the reports
// show, the paired score test, the case-level changes, and the suite's verdict (verdict.ts).
import type { GateConfig } from '../config/schema.js';
import type { CaseResult, SuiteResult } from '../results/types.js';
import { pairedDelta, type PairedDelta } from '../stats/paired.js';
import {
  judgeChange,
  judgeChangeReason,
  liveLatency,
  notComparable,
  setAsideNote,
  setAsideRubricEdits,
} from './comparability.js';
import { caseMovement, failingOutput, failingReasons, isFlaky, passingOutput, sideCounts } from './case-detail.js';
import type { CaseChange, MetricDelta, SuiteComparison } from './types.js';
import { MIN_PAIRED_CASES, suiteVerdict } from './verdict.js';

function metricDelta(base: number | null | undefined, head: number | null | undefined): MetricDelta {
  const b = base ?? null;
  const h = head ?? null;
  return {
    base: b,
    head: h,
    delta: b === null || h === null ? null : h - b,
    relative: b === null || h === null || b === 0 ? null : (h - b) / b,
  };
}

function caseChange(b: CaseResult, h: CaseResult, direction: -1 | 1): CaseChange {
  // Show what the listing claims: a failing sample of the worse side next to a passing one of the better.
  const worse = direction < 0 ? h : b;
  const change: CaseChange = {
    id: h.id,
    vars: h.vars,
    baseScore: b.score,
    headScore: h.score,
    basePass: b.pass,
    headPass: h.pass,
    failingReasons: failingReasons(worse),
    baseCounts: sideCounts(b),
    headCounts: sideCounts(h),
    flaky: isFlaky(b, h),
  };
  const bo = direction < 0 ? passingOutput(b) : failingOutput(b);
  const ho = direction < 0 ? failingOutput(h) : passingOutput(h);
  if (bo !== undefined) change.baseOutput = bo;
  if (ho !== undefined) change.headOutput = ho;
  return change;
}

/** The smallest score step one sample can make: 1 / the most samples a case has on either side. */
function resolution(base: SuiteResult | undefined, head: SuiteResult | undefined): number {
  let most = 1;
  for (const c of [...(base?.cases ?? []), ...(head?.cases ?? [])])
    most = Math.max(most, c.samples.filter((s) => s.status === 'ok').length);
  return 1 / most;
}

/** Pass flips first, then the larger score change, then id: the reports show the worst first. */
function bySeverity(a: CaseChange, b: CaseChange): number {
  const flipA = a.basePass !== a.headPass ? 1 : 0;
  const flipB = b.basePass !== b.headPass ? 1 : 0;
  if (flipA !== flipB) return flipB - flipA;
  const da = Math.abs((a.headScore ?? 0) - (a.baseScore ?? 0));
  const db = Math.abs((b.headScore ?? 0) - (b.baseScore ?? 0));
  if (da !== db) return db - da;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Projected monthly cost of both sides at the *head's* traffic (falling back to the base's), so the
 * delta shows what the prompt change costs, not a change of the traffic assumption.
 */
function monthly(
  costPerRequest: number | null | undefined,
  traffic: { requestsPerMonth: number } | undefined,
): number | null {
  if (costPerRequest === null || costPerRequest === undefined || !traffic) return null;
  return costPerRequest * traffic.requestsPerMonth;
}

/** The paired test of the per-case scores of two sides (cases on both sides), as the verdict uses it. */
export function pairedScores(
  base: SuiteResult,
  head: SuiteResult,
  gate: Pick<GateConfig, 'confidence'>,
): PairedDelta | null {
  const baseBy = new Map(base.cases.map((c) => [c.id, c]));
  const pairs: [number, number][] = [];
  for (const h of head.cases) {
    const b = baseBy.get(h.id);
    if (b && b.score !== null && h.score !== null) pairs.push([b.score, h.score]);
  }
  return pairedDelta(pairs, gate.confidence, { resolution: resolution(base, head), exact: true });
}

/**
 * The case lists when a test with error control across cases named them (the gate's per-case family):
 * only named cases are listed as regressed / fixed; every other case that moved counts as noisy.
 */
export function relistCases(
  c: SuiteComparison,
  named: { regressed: readonly string[]; fixed: readonly string[] },
): void {
  if (c.status !== 'compared' || !c.base || !c.head || c.judgeChange) return;
  const baseBy = new Map(c.base.cases.map((k) => [k.id, k]));
  const worse = new Set(named.regressed);
  const better = new Set(named.fixed);
  const regressed: CaseChange[] = [];
  const fixed: CaseChange[] = [];
  const noisy = { regressed: 0, fixed: 0 };
  for (const h of c.head.cases) {
    const b = baseBy.get(h.id);
    if (!b) continue;
    if (worse.has(h.id)) regressed.push(caseChange(b, h, -1));
    else if (better.has(h.id)) fixed.push(caseChange(b, h, 1));
    else {
      const move = caseMovement(b, h);
      if (move.direction !== 0) noisy[move.direction < 0 ? 'regressed' : 'fixed']++;
    }
  }
  c.regressed = regressed.sort(bySeverity);
  c.fixed = fixed.sort(bySeverity);
  c.noisy = noisy;
}

export function compareSuite(
  baseIn: SuiteResult | undefined,
  headIn: SuiteResult | undefined,
  gate: GateConfig,
): SuiteComparison {
  // Cases whose rubric alone was edited are set aside when enough others are left (comparability.ts);
  // the suite's aggregates (score, cost, latency figures) stay those of every case.
  const change = judgeChange(baseIn, headIn);
  const aside = change && setAsideRubricEdits(baseIn!, headIn!, change, MIN_PAIRED_CASES);
  const base = aside?.base ?? baseIn;
  const head = aside?.head ?? headIn;
  const any = head ?? base;
  if (!any) throw new Error('compareSuite needs at least one side');
  const status: SuiteComparison['status'] = base && head ? 'compared' : head ? 'new' : 'removed';
  const ba = base?.aggregates;
  const ha = head?.aggregates;

  const baseCases = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const headCases = new Map((head?.cases ?? []).map((c) => [c.id, c]));
  const pairs: [number, number][] = [];
  const regressed: CaseChange[] = [];
  const fixed: CaseChange[] = [];
  const addedCases: string[] = [];
  const removedCases: string[] = [];
  const noisy = { regressed: 0, fixed: 0 };
  if (status === 'compared') {
    for (const h of headCases.values()) {
      const b = baseCases.get(h.id);
      if (!b) {
        addedCases.push(h.id);
        continue;
      }
      if (b.score !== null && h.score !== null) pairs.push([b.score, h.score]);
      const move = caseMovement(b, h);
      if (move.direction === 0) continue;
      if (!move.beyondNoise) noisy[move.direction < 0 ? 'regressed' : 'fixed']++;
      else if (move.direction < 0) regressed.push(caseChange(b, h, -1));
      else fixed.push(caseChange(b, h, 1));
    }
    for (const id of baseCases.keys()) if (!headCases.has(id)) removedCases.push(id);
  }
  regressed.sort(bySeverity);
  fixed.sort(bySeverity);

  const test = pairedDelta(pairs, gate.confidence, { resolution: resolution(base, head), exact: true });
  const traffic = head?.traffic ?? base?.traffic;

  const cmp: SuiteComparison = {
    suite: any.name,
    status,
    score: {
      ...metricDelta(ba?.meanScore, ha?.meanScore),
      ci: test?.ci ?? null,
      pValue: test?.pValue ?? null,
      method: test?.method ?? null,
      pairedCases: pairs.length,
      pairedDelta: test?.delta ?? null,
    },
    passRate: metricDelta(ba?.passRate, ha?.passRate),
    costPerRequestUsd: metricDelta(ba?.costPerRequestUsd, ha?.costPerRequestUsd),
    costPerRunUsd: metricDelta(ba?.costUsd, ha?.costUsd),
    projectedMonthlyUsd: metricDelta(
      ba ? monthly(ba.costPerRequestUsd, traffic) : null,
      ha ? monthly(ha.costPerRequestUsd, traffic) : null,
    ),
    tokensIn: metricDelta(ba?.tokensPerRequest?.input, ha?.tokensPerRequest?.input),
    tokensOut: metricDelta(ba?.tokensPerRequest?.output, ha?.tokensPerRequest?.output),
    // Latency is compared only between live samples.
    latencyP50: metricDelta(liveLatency(base).p50, liveLatency(head).p50),
    latencyP95: metricDelta(liveLatency(base).p95, liveLatency(head).p95),
    errors: { base: ba?.errors ?? 0, head: ha?.errors ?? 0 },
    regressed,
    fixed,
    noisy,
    addedCases,
    removedCases,
    verdict: 'pass',
    reason: '',
    findings: [],
  };
  if (base) cmp.base = base;
  if (head) cmp.head = head;
  // A judge change first: sampling both sides live again (what a stale cache asks for) would not help it.
  const judged = status === 'compared' && !aside ? change : undefined;
  const stale = status === 'compared' && !judged ? notComparable(base, head) : undefined;
  if (judged) {
    cmp.notComparable = judgeChangeReason(judged);
    cmp.judgeChange = judged;
    // Case movements under two judges are not regressions or fixes either: none is listed.
    cmp.regressed = [];
    cmp.fixed = [];
    cmp.noisy = { regressed: 0, fixed: 0 };
  } else if (stale) cmp.notComparable = stale;
  if (aside && change) cmp.setAside = setAsideNote(change);
  const v = suiteVerdict(cmp, gate, { costCapHit: false });
  cmp.verdict = v.verdict;
  cmp.reason = v.reason;
  cmp.findings = v.findings;
  return cmp;
}
