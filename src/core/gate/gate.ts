// The PR gate, pure: select the affected suites → plan base/head jobs → evaluate (through a function
// the composition root binds to the engine and its adapters) → look at every compared suite and, while
// its decision is open, evaluate another round of samples (sequential.ts, rounds.ts) → compare →
// verdict → fail decision. A shard of a matrix job evaluates one round of its share of the cases and is
// judged by the merge on the union (judgeGate), at a single look.
//
// Whose gate rules judge a PR? The base config's `gate:` when there is one: a PR must not be able to
// loosen the thresholds that judge it (e.g. raise maxScoreDrop to 1 in the same PR). A rule change takes
// effect once merged. Without a base config (the PR introducing evalgate) the head's rules apply.
import { buildGateReport } from './report.js';
import { judgeChange, notComparable, setAsideRubricEdits } from '../compare/comparability.js';
import { pairedScores } from '../compare/compare.js';
import type { SequentialSummary, Verdict } from '../compare/types.js';
import type { GateReport } from './report.js';
import type { ResolvedConfig } from '../config/resolved.js';
import type { GateConfig } from '../config/schema.js';
import type { EngineOutput, SuiteJob } from '../engine/types.js';
import type { SuiteResult } from '../results/types.js';
import { planGate, type GatePlan } from './plan.js';
import { mergeRound, nextRound, spentUsd, type RoundFocus } from './rounds.js';
import { CASE_BOOST, caseFamily, reachable, type CaseFamily } from './case-family.js';
import { MIN_PAIRED_CASES } from '../compare/verdict.js';
import { shardJobs, type Shard } from '../shard/shard.js';
import { selectSuites, type SuiteSelection } from './select.js';
import { holm, look, sequentialDesign, settleEstimate, type Look, type SequentialDesign } from './sequential.js';

/**
 * `regression` (default): fail on regression, below-min, over-budget. `any`: also on inconclusive and
 * unclear. `never`: report only.
 */
export type FailOn = 'regression' | 'any' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['regression', 'any', 'never'];

const FAILING: Record<FailOn, ReadonlySet<Verdict>> = {
  regression: new Set<Verdict>(['regression', 'below-min', 'over-budget']),
  any: new Set<Verdict>(['regression', 'below-min', 'over-budget', 'inconclusive', 'unclear']),
  never: new Set<Verdict>(),
};

export interface GateInput {
  head: ResolvedConfig;
  base?: ResolvedConfig;
  changedFiles: readonly string[];
  /** The changed-file list is incomplete (GitHub's 3,000-file cap): run everything. */
  capped?: boolean;
  /** Run every suite regardless of the changes. */
  all?: boolean;
  failOn: FailOn;
  /**
   * Evaluate only this shard's cases (a matrix job), one round: extra rounds need the whole suite's
   * evidence, which only the merge has. The merge judges the union.
   */
  shard?: Shard;
  /**
   * Runs the jobs of one round in one engine run (the composition root binds runEval, options and
   * deps). The first round is the plan; extra rounds carry `sampleIndices` on their jobs.
   */
  evaluate: (plan: GatePlan) => Promise<EngineOutput>;
}

export interface GateOutcome {
  selection: SuiteSelection;
  plan: GatePlan;
  report: GateReport;
  base: SuiteResult[];
  head: SuiteResult[];
  gate: GateConfig;
  /** Every round's results merged per job (for the results documents). */
  output: EngineOutput;
  /** Whether the step should fail under `failOn`. */
  fail: boolean;
  /** With a shard: per job (plan order), the full-suite index of each case evaluated. */
  caseIndex?: number[][];
}

export interface GateJudgement {
  report: GateReport;
  base: SuiteResult[];
  head: SuiteResult[];
  /** The results with each compared suite's sampling summary. */
  output: EngineOutput;
  fail: boolean;
}

function gateRules(head: ResolvedConfig, base: ResolvedConfig | undefined): GateConfig {
  return base?.gate ?? head.gate;
}

export function shouldFail(verdicts: Iterable<Verdict>, failOn: FailOn): boolean {
  for (const v of verdicts) if (FAILING[failOn].has(v)) return true;
  return false;
}

interface SuiteState {
  name: string;
  /** The jobs that sample this suite again; absent when judging results evaluated elsewhere (a merge). */
  jobs?: { base: SuiteJob; head: SuiteJob };
  base: SuiteResult;
  head: SuiteResult;
  firstCost: number | null;
  firstSamples: number;
  rounds: number;
  looks: Look[];
  /** Smallest always-valid p-value over the looks. */
  pValue: number;
  stoppedBy?: SequentialSummary['stoppedBy'];
  /** The per-case family at the last look. */
  family?: CaseFamily;
  /** Decided regression at some look (a rejection is never taken back); sampling may go on to name cases. */
  regression?: { byCases: boolean };
}

const sent = (s: SuiteResult): number => s.aggregates.ok + s.aggregates.errors;
const costOf = (st: Pick<SuiteState, 'base' | 'head'>): number | null => {
  const b = spentUsd(st.base);
  const h = spentUsd(st.head);
  return b === null || h === null ? null : b + h;
};
const mostSamples = (s: SuiteResult): number =>
  Math.max(1, ...s.cases.map((c) => c.samples.filter((x) => x.status !== 'skipped').length));

/**
 * The sides the test compares: both whole, or without the cases whose rubric alone was edited when enough
 * others are left (compare/comparability.ts, as the final comparison does); undefined when the judge changed.
 */
function comparedSides(st: SuiteState): { base: SuiteResult; head: SuiteResult } | undefined {
  const change = judgeChange(st.base, st.head);
  return change ? setAsideRubricEdits(st.base, st.head, change, MIN_PAIRED_CASES) : st;
}

/** Looks at every open suite; returns those still sampling (undecided, or decided but with cases to name). */
function lookAll(states: SuiteState[], gate: GateConfig, design: SequentialDesign): SuiteState[] {
  const open: SuiteState[] = [];
  for (const st of states) {
    if (st.stoppedBy) continue;
    // Cached answers of another served model on one side, or another judge: no number of extra samples
    // makes the sides comparable (the caller re-samples a stale cache live; a judge change is reported).
    const sides = comparedSides(st);
    if (sides === undefined || notComparable(st.base, st.head) !== undefined) {
      st.stoppedBy = 'not-comparable';
      continue;
    }
    st.family = caseFamily(sides.base, sides.head, design.caseLevel, st.regression !== undefined);
    const l = look(pairedScores(sides.base, sides.head, gate), design, st.family);
    st.looks.push(l);
    st.pValue = Math.min(st.pValue, l.pValue);
    if (l.state === 'regression' && !st.regression) {
      st.regression = { byCases: l.byCases };
      st.family = caseFamily(sides.base, sides.head, design.caseLevel, true);
    }
    // A decided regression keeps sampling only the cases the per-case test has not named yet.
    if (st.regression) {
      if (st.family.open.length > 0) open.push(st);
      else st.stoppedBy = 'decided';
    } else if (l.state === 'open') open.push(st);
    else st.stoppedBy = 'decided';
  }
  return open;
}

/** Where an open suite's next round goes: undecided cases get more; only they once the mean test is settled. */
function focusOf(st: SuiteState, design: SequentialDesign): RoundFocus | undefined {
  const paired = st.family?.evidence.length ?? 0;
  if (st.family && !st.regression && paired < MIN_PAIRED_CASES && design.caseWeight > 0) {
    // Too few cases for the mean test to call a drop: only the cases decide, so only the cases that can
    // still reach the evidence are sampled — none left means the suite stops (futility), not the budget.
    const left = (id: string): number => design.maxRepeat - (st.family?.evidence.find((e) => e.id === id)?.pairs ?? 0);
    return {
      ids: new Set(reachable(st.family, design.caseWeight, design.caseLevel, left)),
      boost: CASE_BOOST,
      onlyFocus: true,
    };
  }
  // Before the suite is decided, a case the family already names is sampled on too: its evidence is what
  // would decide the suite (left alone, the product of the other cases' factors can hold it below).
  const ids = new Set([...(st.family?.open ?? []), ...(st.regression ? [] : (st.family?.regressed ?? []))]);
  if (ids.size === 0) return undefined;
  const last = st.looks[st.looks.length - 1];
  const meanSettled = st.regression !== undefined || (last !== undefined && last.logLr <= design.passLogLr);
  // Extra samples for the suspicious cases only once the mean test no longer needs the round: sampling
  // the cases that look worst more often would bias the suite's mean upwards (a smaller drop) while it
  // still decides on it.
  return {
    ids,
    boost: meanSettled ? CASE_BOOST : 1,
    onlyFocus: meanSettled,
    ...(st.regression ? { constantToo: true } : {}),
  };
}

function summary(
  st: SuiteState,
  decision: SequentialSummary['decision'],
  gate: GateConfig,
  design: SequentialDesign,
): SequentialSummary {
  const last = st.looks[st.looks.length - 1];
  const now = costOf(st);
  const out: SequentialSummary = {
    rounds: st.rounds,
    samples: { base: sent(st.base), head: sent(st.head) },
    extraSamples: sent(st.base) + sent(st.head) - st.firstSamples,
    extraCostUsd: now === null || st.firstCost === null ? null : Math.max(0, now - st.firstCost),
    logLikelihoodRatio: last?.logLr ?? 0,
    alternative: design.alternative,
    pValue: st.pValue,
    decision,
    stoppedBy: st.stoppedBy ?? 'max-repeat',
  };
  if (st.family) {
    out.cases = {
      regressed: st.family.regressed,
      fixed: st.family.fixed,
      open: st.family.open,
      deterministic: st.family.deterministic,
    };
    if (decision === 'regression') out.byCases = st.regression?.byCases ?? false;
  }
  if (decision === 'open') {
    const sides = comparedSides(st) ?? st;
    const test = pairedScores(sides.base, sides.head, gate);
    out.settle = test ? settleEstimate(test, mostSamples(st.head), design) : null;
  }
  return out;
}

/** Compared suites: base and head of the same name, in result order (with their jobs when known). */
function statesOf(out: EngineOutput, jobs?: readonly SuiteJob[]): SuiteState[] {
  const states: SuiteState[] = [];
  out.results.forEach((r, i) => {
    if (r.label !== 'head') return;
    const j = out.results.findIndex((x) => x.label === 'base' && x.suite.name === r.suite.name);
    const b = out.results[j];
    if (j < 0 || !b) return;
    const st: SuiteState = {
      name: r.suite.name,
      base: b.suite,
      head: r.suite,
      firstCost: null,
      firstSamples: sent(b.suite) + sent(r.suite),
      rounds: 1,
      looks: [],
      pValue: 1,
    };
    if (jobs) {
      const bj = jobs[j];
      const hj = jobs[i];
      if (!bj || !hj) return;
      st.jobs = { base: bj, head: hj };
    }
    st.firstCost = costOf(st);
    states.push(st);
  });
  return states;
}

/**
 * The decision once sampling has stopped: Holm across the PR's suites on the always-valid p-values (a
 * suite the test already passed stays passed), every suite's sampling summary, compare → verdicts.
 */
function decide(
  states: SuiteState[],
  first: EngineOutput,
  costCapHit: boolean,
  selection: SuiteSelection,
  gate: GateConfig,
  design: SequentialDesign,
  failOn: FailOn,
): GateJudgement {
  const rejected = holm(
    states.map((st) => st.pValue),
    design.alpha,
  );
  const sequential = new Map<string, SequentialSummary>();
  states.forEach((st, i) => {
    const last = st.looks[st.looks.length - 1];
    const decision: SequentialSummary['decision'] =
      st.regression || rejected[i] ? 'regression' : last?.state === 'pass' ? 'pass' : 'open';
    sequential.set(st.name, summary(st, decision, gate, design));
  });

  // Merged results in job order: compared suites carry every round's samples and how they were taken.
  const withSampling = (s: SuiteResult, firstSide: SuiteResult, rounds: number): SuiteResult => {
    const now = spentUsd(s);
    const before = spentUsd(firstSide);
    return {
      ...s,
      sampling: {
        rounds,
        samples: sent(s),
        extraSamples: sent(s) - sent(firstSide),
        extraCostUsd: now === null || before === null ? null : Math.max(0, now - before),
      },
    };
  };
  const firstBy = new Map(first.results.map((r) => [`${r.label}\u0000${r.suite.name}`, r.suite]));
  const byKey = new Map<string, SuiteResult>(
    states.flatMap((st) => [
      [
        `base\u0000${st.name}`,
        withSampling(st.base, firstBy.get(`base\u0000${st.name}`) ?? st.base, st.rounds),
      ] as const,
      [
        `head\u0000${st.name}`,
        withSampling(st.head, firstBy.get(`head\u0000${st.name}`) ?? st.head, st.rounds),
      ] as const,
    ]),
  );
  const output: EngineOutput = {
    ...first,
    costCapHit,
    results: first.results.map((r) => ({
      label: r.label,
      suite: byKey.get(`${r.label}\u0000${r.suite.name}`) ?? r.suite,
    })),
  };

  const base = output.results.filter((r) => r.label === 'base').map((r) => r.suite);
  const head = output.results.filter((r) => r.label === 'head').map((r) => r.suite);
  const baseBy = new Map(base.map((s) => [s.name, s]));
  const pairs = head.map((h) => ({ base: baseBy.get(h.name), head: h }));
  const report = buildGateReport(pairs, gate, selection.unselected, costCapHit, sequential);
  if (selection.removed.length > 0) report.removed = [...selection.removed];
  const fail = shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], failOn);
  return { report, base, head, output, fail };
}

/**
 * Judges results evaluated elsewhere (the union of a sharded gate's shards) with the gate's own test at
 * a single look, so a merged verdict comes from the very same decision code as an unsharded one.
 */
export function judgeGate(
  out: EngineOutput,
  selection: SuiteSelection,
  gate: GateConfig,
  failOn: FailOn,
): GateJudgement {
  const states = statesOf(out);
  const design = sequentialDesign(gate, states.length);
  for (const st of lookAll(states, gate, design)) st.stoppedBy = st.regression ? 'decided' : 'max-repeat';
  return decide(states, out, out.costCapHit, selection, gate, design, failOn);
}

export async function runGate(input: GateInput): Promise<GateOutcome> {
  const selection = selectSuites({
    head: input.head,
    ...(input.base ? { base: input.base } : {}),
    changedFiles: input.changedFiles,
    ...(input.capped ? { capped: true } : {}),
    ...(input.all ? { all: true } : {}),
  });
  let plan = planGate(selection, input.head, input.base);
  let caseIndex: number[][] | undefined;
  if (input.shard) {
    const sharded = shardJobs(plan.jobs, input.shard);
    plan = { ...plan, jobs: sharded.map((s) => s.job) };
    caseIndex = sharded.map((s) => s.caseIndex);
  }
  const gate = gateRules(input.head, input.base);
  const out: EngineOutput = plan.jobs.length > 0 ? await input.evaluate(plan) : { results: [], costCapHit: false };
  if (input.shard) {
    // What a shard reports is provisional; the merge judges the union.
    return {
      selection,
      plan,
      gate,
      ...judgeGate(out, selection, gate, input.failOn),
      ...(caseIndex ? { caseIndex } : {}),
    };
  }
  let costCapHit = out.costCapHit;
  const states = statesOf(out, plan.jobs);
  const design = sequentialDesign(gate, states.length);
  for (;;) {
    const open = lookAll(states, gate, design);
    if (open.length === 0) break;
    if (costCapHit) {
      for (const st of open) st.stoppedBy = st.regression ? 'decided' : 'cost-cap';
      break;
    }
    const jobs: SuiteJob[] = [];
    const asked: SuiteState[] = [];
    for (const st of open) {
      const focus = focusOf(st, design);
      const next = nextRound(st.base, st.head, Math.max(design.maxRepeat, mostSamples(st.head)), focus);
      if (next.size === 0 || !st.jobs) {
        const futile =
          focus?.onlyFocus === true && focus.ids.size === 0 && (st.family?.evidence.length ?? 0) < MIN_PAIRED_CASES;
        st.stoppedBy = st.regression
          ? 'decided'
          : futile
            ? 'futile'
            : nextRound(st.base, st.head, Infinity, focus).size > 0
              ? 'max-repeat'
              : 'nothing-varies';
        continue;
      }
      jobs.push({ ...st.jobs.base, sampleIndices: next }, { ...st.jobs.head, sampleIndices: next });
      asked.push(st);
    }
    if (jobs.length === 0) break;
    const more = await input.evaluate({ ...plan, jobs });
    costCapHit ||= more.costCapHit;
    for (const st of asked) {
      const b = more.results.find((r) => r.label === 'base' && r.suite.name === st.name);
      const h = more.results.find((r) => r.label === 'head' && r.suite.name === st.name);
      if (!b || !h) continue;
      st.base = mergeRound(st.base, b.suite);
      st.head = mergeRound(st.head, h.suite);
      st.rounds++;
    }
  }
  return { selection, plan, gate, ...decide(states, out, costCapHit, selection, gate, design, input.failOn) };
}
