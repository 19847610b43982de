// `evalgate plan`: sizes every suite for the PR gate from its own history before any money is spent.
// Reads the config, the drift history (the local folder `evalgate drift` writes) or a previous run's
// results, and prices one gate run with the `--estimate` machinery. No model client is built, so no
// request can be sent.
import { readFile } from 'node:fs/promises';
import { createLocalHistoryStore } from '../adapters/history/local-store.js';
import type { ResolvedConfig, ResolvedSuite } from '../core/config/resolved.js';
import type { Expected } from '../core/estimate/estimate.js';
import { planSuite, varianceFromHistory, varianceFromResults, type SuitePlan } from '../core/gate/sizing.js';
import { parseResults } from '../core/results/parse.js';
import type { RunResult } from '../core/results/types.js';
import type { Scorer } from '../core/scorers/types.js';
import { buildEstimate, driftOutputHistory, gateJobs, outputHistoryFromFile } from './estimate.js';

export interface PlanInput {
  config: ResolvedConfig;
  suites: readonly ResolvedSuite[];
  scorers: ReadonlyMap<string, Scorer>;
  /** The drift history folder (the CLI's `.evalgate-drift` next to the config by default). */
  historyDir: string;
  /** A previous `evalgate run --out results.json`: its samples instead of the drift history. */
  resultsPath?: string;
  /** Suites compared in one PR (the gate's level per suite is α / suites). */
  compared: number;
  warn: (message: string) => void;
}

export interface PlannedSuite extends SuitePlan {
  /** One gate run (base + head, first round to maxRepeat) at the configured size; null: price unknown. */
  costUsd: Expected | null;
  /** The same run scaled to `power.casesNeeded` cases (their prompts are not known: the mean case's cost). */
  costAtNeededUsd: number | null;
}

export interface PlanResult {
  compared: number;
  suites: PlannedSuite[];
}

export class PlanSourceError extends Error {
  override name = 'UsageError';
}

async function readRun(path: string): Promise<RunResult> {
  try {
    return parseResults(await readFile(path, 'utf8'), path);
  } catch (e) {
    throw new PlanSourceError(`--from ${path}: ${(e as Error).message}`);
  }
}

export async function buildPlan(input: PlanInput): Promise<PlanResult> {
  const run = input.resultsPath ? await readRun(input.resultsPath) : undefined;
  const history = createLocalHistoryStore(input.historyDir);
  const plans: SuitePlan[] = [];
  for (const suite of input.suites) {
    const v = run
      ? varianceFromResults(
          run.suites.find((s) => s.name === suite.name),
          suite,
        )
      : varianceFromHistory(await history.load(suite.name), suite);
    plans.push(planSuite(suite, input.config.gate, v, input.compared));
  }

  const outputs = run
    ? await outputHistoryFromFile(input.resultsPath as string)
    : await driftOutputHistory(history, input.suites);
  const names = new Set(input.suites.map((s) => s.name));
  const estimate = await buildEstimate({
    config: input.config,
    jobs: gateJobs(input.config).filter((j) => names.has(j.suite.name)),
    scorers: input.scorers,
    ...(outputs.size ? { history: outputs } : {}),
    warn: input.warn,
  });
  const suites = plans.map((p): PlannedSuite => {
    const sides = estimate.suites.filter((e) => e.suite === p.suite);
    const priced = sides.length > 0 && sides.every((e) => e.costUsd !== null);
    const costUsd: Expected | null = priced
      ? sides.reduce(
          (t, e) => ({
            low: t.low + (e.costUsd?.low ?? 0),
            high: t.high + (e.costUsd?.high ?? 0),
            expected: t.expected + (e.costUsd?.expected ?? 0),
          }),
          { low: 0, high: 0, expected: 0 },
        )
      : null;
    const needed = p.power.casesNeeded;
    const costAtNeededUsd =
      costUsd && needed !== null && p.power.cases > 0 ? (costUsd.expected * needed) / p.power.cases : null;
    return { ...p, costUsd, costAtNeededUsd };
  });
  return { compared: input.compared, suites };
}
