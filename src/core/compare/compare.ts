// Base-vs-head comparison of one suite. Pure: takes two SuiteResults, returns every delta the reports
// show, the paired score test, the case-level changes, and the suite's verdict (verdict.ts).
import { answerText } from '../results/answer-text.js';
import type { GateConfig } from '../config/schema.js';
import type { CaseResult, SuiteResult } from '../results/types.js';
import { pairedDelta } from '../stats/paired.js';
import type { CaseChange, MetricDelta, SuiteComparison } from './types.js';
import { suiteVerdict } from './verdict.js';

/**
 * A case counts as regressed (or fixed) when its majority pass flips, or when its mean score moves by at
 * least this much without a flip in the other direction. 0.2 keeps one flaky repeat out of five from
 * listing a case, while a graded case sliding from 0.9 to 0.6 (still "passing") is listed.
 */
const CASE_SCORE_CHANGE = 0.2;

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

function firstOkOutput(c: CaseResult): string | undefined {
  const s = c.samples.find((x) => x.status === 'ok' && x.output !== undefined);
  return s && answerText(s);
}

/** Reasons of failing assertions on a side, deduplicated, so a case's details say why it fails. */
function failingReasons(c: CaseResult | undefined): string[] {
  if (!c) return [];
  const seen = new Set<string>();
  for (const s of c.samples) {
    if (s.status === 'error' && s.error) seen.add(`error (${s.error.kind}): ${s.error.message}`);
    if (s.status !== 'ok') continue;
    for (const a of s.assertions) if (!a.pass) seen.add(`${a.type}: ${a.reason}`);
  }
  return [...seen];
}

function caseChange(b: CaseResult, h: CaseResult): CaseChange {
  const change: CaseChange = {
    id: h.id,
    vars: h.vars,
    baseScore: b.score,
    headScore: h.score,
    basePass: b.pass,
    headPass: h.pass,
    failingReasons: failingReasons(h),
  };
  const bo = firstOkOutput(b);
  const ho = firstOkOutput(h);
  if (bo !== undefined) change.baseOutput = bo;
  if (ho !== undefined) change.headOutput = ho;
  return change;
}

/** -1: regressed, +1: fixed, 0: neither. Cases without an ok sample on a side are errors, not changes. */
function direction(b: CaseResult, h: CaseResult): -1 | 0 | 1 {
  if (b.score === null || h.score === null) return 0;
  if (b.pass === true && h.pass === false) return -1;
  if (b.pass === false && h.pass === true) return 1;
  const d = h.score - b.score;
  if (d <= -CASE_SCORE_CHANGE) return -1;
  if (d >= CASE_SCORE_CHANGE) return 1;
  return 0;
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
function monthly(costPerRequest: number | null | undefined, traffic: { requestsPerMonth: number } | undefined): number | null {
  if (costPerRequest === null || costPerRequest === undefined || !traffic) return null;
  return costPerRequest * traffic.requestsPerMonth;
}

export function compareSuite(base: SuiteResult | undefined, head: SuiteResult | undefined, gate: GateConfig): SuiteComparison {
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
  if (status === 'compared') {
    for (const h of headCases.values()) {
      const b = baseCases.get(h.id);
      if (!b) {
        addedCases.push(h.id);
        continue;
      }
      if (b.score !== null && h.score !== null) pairs.push([b.score, h.score]);
      const dir = direction(b, h);
      if (dir < 0) regressed.push(caseChange(b, h));
      else if (dir > 0) fixed.push(caseChange(b, h));
    }
    for (const id of baseCases.keys()) if (!headCases.has(id)) removedCases.push(id);
  }
  regressed.sort(bySeverity);
  fixed.sort(bySeverity);

  const test = pairedDelta(pairs, gate.confidence);
  const traffic = head?.traffic ?? base?.traffic;

  const cmp: SuiteComparison = {
    suite: any.name,
    status,
    score: {
      ...metricDelta(ba?.meanScore, ha?.meanScore),
      ci: test?.ci ?? null,
      pValue: test?.pValue ?? null,
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
    latencyP50: metricDelta(ba?.latencyMs.p50, ha?.latencyMs.p50),
    latencyP95: metricDelta(ba?.latencyMs.p95, ha?.latencyMs.p95),
    errors: { base: ba?.errors ?? 0, head: ha?.errors ?? 0 },
    regressed,
    fixed,
    addedCases,
    removedCases,
    verdict: 'pass',
    reason: '',
  };
  if (base) cmp.base = base;
  if (head) cmp.head = head;
  const v = suiteVerdict(cmp, gate, { costCapHit: false });
  cmp.verdict = v.verdict;
  cmp.reason = v.reason;
  return cmp;
}
