// The gate's extra rounds: which samples an open suite asks for next, and how a round's samples join
// the ones already taken. Pure.
//
// Where extra samples go: to the cases whose outcomes vary within a side or disagree between base and
// head. A case that scored the same on every sample of both sides adds nothing to reduce; asking it
// again mostly repeats the answer. A suite where no case varies within a side looks deterministic:
// there only a disagreeing case with a single sample on a side is asked once more (is the flip
// stable?), and a suite whose cases all have two or more samples stops after the first round. The rule
// treats both sides alike, so under "no change" it cannot favour either side.
// One exception, after a suite is decided a regression (naming its cases): a case the per-case family
// still finds suspicious is asked even if it scored the same on every sample so far — in a suite with
// sampling noise three samples that agree say nothing yet about a case that broke (gate.ts,
// case-family.ts).
// Each case gets one more sample per side per round, under a sample index it has not used before (the
// response cache keys include the index, so a new index is a new answer, not a cache hit).
import { aggregateCase, aggregateSuite } from '../engine/aggregate.js';
import type { CaseResult, SampleResult, SuiteResult } from '../results/types.js';

/** Samples that were asked for (answered or failed); skipped ones were never sent. */
function sent(c: CaseResult | undefined): SampleResult[] {
  return (c?.samples ?? []).filter((s) => s.status !== 'skipped');
}

/** The next sample index of a case, the same on both sides so base and head go out side by side. */
function nextIndex(b: CaseResult, h: CaseResult): number {
  let max = -1;
  for (const s of [...b.samples, ...h.samples]) max = Math.max(max, s.index);
  return max + 1;
}

/** Distinct scores of a side's ok samples (up to 2 are enough to know it varies). */
function scores(c: CaseResult): number[] {
  const out: number[] = [];
  for (const s of c.samples) {
    if (s.status !== 'ok') continue;
    const x = s.score ?? 0;
    if (!out.some((y) => Math.abs(x - y) < 1e-12)) out.push(x);
  }
  return out;
}

/** The case's samples differ within a side. */
function flaky(c: CaseResult): boolean {
  return scores(c).length > 1;
}

/** The case's samples differ within a side or between the sides. */
export function varies(b: CaseResult, h: CaseResult): boolean {
  if (flaky(b) || flaky(h)) return true;
  const sb = scores(b);
  const sh = scores(h);
  return sb.length === 1 && sh.length === 1 && Math.abs((sb[0] as number) - (sh[0] as number)) > 1e-12;
}

/** The suite shows sampling noise: some case's samples differ within a side. */
function stochastic(base: SuiteResult, head: SuiteResult): boolean {
  return base.cases.some(flaky) || head.cases.some(flaky);
}

const scored = (c: CaseResult): number => c.samples.filter((s) => s.status === 'ok').length;

/** Cases an extra round treats specially: `focus` ids get `boost` samples; with `onlyFocus` the rest none. */
export interface RoundFocus {
  ids: ReadonlySet<string>;
  boost: number;
  onlyFocus: boolean;
  /** Focus cases are asked even when every sample so far scored the same (naming after a regression), in a suite with sampling noise. */
  constantToo?: boolean;
}

/**
 * Sample indices the next round asks per case id (the same on both sides), or an empty map when no
 * case both varies and is below `maxRepeat` samples per side. Focus cases (undecided by the per-case
 * test) get `boost` new indices, capped at maxRepeat; with `onlyFocus` only they are asked.
 */
export function nextRound(
  base: SuiteResult,
  head: SuiteResult,
  maxRepeat: number,
  focus?: RoundFocus,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const noisy = stochastic(base, head);
  const baseBy = new Map(base.cases.map((c) => [c.id, c]));
  for (const h of head.cases) {
    const b = baseBy.get(h.id);
    if (!b) continue;
    const focused = focus?.ids.has(h.id) ?? false;
    // Naming asks a constant case again only where samples vary at all: without sampling noise a case
    // that scored the same on every sample will again.
    if (!varies(b, h) && !(focused && focus?.constantToo && noisy)) continue;
    if (focus?.onlyFocus && !focused) continue;
    if (!noisy && scored(b) >= 2 && scored(h) >= 2) continue;
    const have = Math.max(sent(b).length, sent(h).length);
    if (have >= maxRepeat) continue;
    const first = nextIndex(b, h);
    const count = Math.min(focused ? (focus?.boost ?? 1) : 1, maxRepeat - have);
    out.set(
      h.id,
      Array.from({ length: count }, (_, k) => first + k),
    );
  }
  return out;
}

/**
 * A suite's result with a round's samples added: cases matched by id, samples that the run never sent
 * (the cost cap stopped it) left out, every figure re-aggregated. The first round's `repeat` stays.
 */
export function mergeRound(prev: SuiteResult, extra: SuiteResult): SuiteResult {
  const more = new Map(extra.cases.map((c) => [c.id, c]));
  const cases = prev.cases.map((c) => {
    const add = more.get(c.id)?.samples.filter((s) => s.status !== 'skipped') ?? [];
    if (add.length === 0) return c;
    const { score: _s, passRate: _p, pass: _q, ...rest } = c;
    return aggregateCase({ ...rest, samples: [...c.samples, ...add] });
  });
  const merged: SuiteResult = {
    ...prev,
    servedModels: [...new Set([...prev.servedModels, ...extra.servedModels])].sort(),
    systemFingerprints: [...new Set([...prev.systemFingerprints, ...extra.systemFingerprints])].sort(),
    cases,
    aggregates: aggregateSuite(cases, prev.traffic),
  };
  if (prev.redactions !== undefined || extra.redactions !== undefined)
    merged.redactions = (prev.redactions ?? 0) + (extra.redactions ?? 0);
  return merged;
}

/** Production + evaluation cost of a suite result's samples; null when a price is unknown. */
export function spentUsd(s: SuiteResult): number | null {
  const a = s.aggregates;
  if (a.costUsd === null) return null;
  return a.costUsd + (a.evalCostUsd ?? 0);
}
