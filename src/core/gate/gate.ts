// The PR gate, pure: select the affected suites → plan base/head jobs → evaluate (through a function
// the composition root binds to the engine and its adapters) → compare → verdict → fail decision.
//
// Whose gate rules judge a PR? The base config's `gate:` when there is one: a PR must not be able to
// loosen the thresholds that judge it (e.g. raise maxScoreDrop to 1 in the same PR). A rule change takes
// effect once merged. Without a base config (the PR introducing evalgate) the head's rules apply.
import { buildGateReport } from './report.js';
import type { Verdict } from '../compare/types.js';
import type { GateReport } from './report.js';
import type { ResolvedConfig } from '../config/resolved.js';
import type { GateConfig } from '../config/schema.js';
import type { EngineOutput } from '../engine/types.js';
import type { SuiteResult } from '../results/types.js';
import { planGate, type GatePlan } from './plan.js';
import { selectSuites, type SuiteSelection } from './select.js';

/** `regression` (default): fail on regression, below-min, over-budget. `any`: also on inconclusive. `never`: report only. */
export type FailOn = 'regression' | 'any' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['regression', 'any', 'never'];

const FAILING: Record<FailOn, ReadonlySet<Verdict>> = {
  regression: new Set<Verdict>(['regression', 'below-min', 'over-budget']),
  any: new Set<Verdict>(['regression', 'below-min', 'over-budget', 'inconclusive']),
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
  /** Runs the planned jobs in one engine run (the composition root binds runEval, options and deps). */
  evaluate: (plan: GatePlan) => Promise<EngineOutput>;
}

export interface GateOutcome {
  selection: SuiteSelection;
  plan: GatePlan;
  report: GateReport;
  base: SuiteResult[];
  head: SuiteResult[];
  gate: GateConfig;
  /** Whether the step should fail under `failOn`. */
  fail: boolean;
}

function gateRules(head: ResolvedConfig, base: ResolvedConfig | undefined): GateConfig {
  return base?.gate ?? head.gate;
}

export function shouldFail(verdicts: Iterable<Verdict>, failOn: FailOn): boolean {
  for (const v of verdicts) if (FAILING[failOn].has(v)) return true;
  return false;
}

export async function runGate(input: GateInput): Promise<GateOutcome> {
  const selection = selectSuites({
    head: input.head,
    ...(input.base ? { base: input.base } : {}),
    changedFiles: input.changedFiles,
    ...(input.capped ? { capped: true } : {}),
    ...(input.all ? { all: true } : {}),
  });
  const plan = planGate(selection, input.head, input.base);
  const gate = gateRules(input.head, input.base);
  const out: EngineOutput = plan.jobs.length > 0 ? await input.evaluate(plan) : { results: [], costCapHit: false };

  const base = out.results.filter((r) => r.label === 'base').map((r) => r.suite);
  const head = out.results.filter((r) => r.label === 'head').map((r) => r.suite);
  const baseBy = new Map(base.map((s) => [s.name, s]));
  const pairs = head.map((h) => ({ base: baseBy.get(h.name), head: h }));
  const report = buildGateReport(pairs, gate, selection.unselected, out.costCapHit);
  if (selection.removed.length > 0) report.removed = [...selection.removed];
  const fail = shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], input.failOn);
  return { selection, plan, report, base, head, gate, fail };
}
