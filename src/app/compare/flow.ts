// The compare flow, shared by `evalgate compare` and the action's compare mode: each suite with
// candidates evaluated under its current provider and every candidate in one interleaved run, then the
// frontier (core/candidates/frontier.ts). With the Batch API (`batch` providers, `--batch`) every
// model's requests go through it as in run and drift (core/batch/prepare.ts, docs/batch.md): one batch
// per provider, batch prices in every cost figure, failed lines asked synchronously.
import { runJobs } from '../estimate.js';
import { buildRuntime, cachePlan, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';
import { planBatch, type BatchMode } from '../../core/batch/prepare.js';
import { buildFrontier, type FrontierInput, type FrontierReport } from '../../core/candidates/frontier.js';
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import { toRunResult } from '../../core/engine/run-result.js';
import type { RunResult } from '../../core/results/types.js';
import type { SuiteJob } from '../../core/engine/types.js';
import type { Scorer } from '../../core/scorers/types.js';
import type { EstimateJob } from '../../core/estimate/estimate.js';

export const CURRENT = 'current';

export class CandidateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The candidates of a suite: its own list, else defaults.candidates; the current provider is left out. */
export function candidatesOf(config: ResolvedConfig, suite: ResolvedSuite): string[] {
  const own = (suite.raw as { candidates?: string[] } | undefined)?.candidates;
  const names = own ?? config.raw.defaults?.candidates ?? [];
  for (const n of names) {
    if (!config.providers[n])
      throw new CandidateError(
        `suite "${suite.name}": candidate "${n}" is not a provider under providers: (known: ${Object.keys(config.providers).join(', ')})`,
      );
  }
  return [...new Set(names)].filter((n) => n !== suite.provider.id);
}

/** One job per suite and provider: the current one labelled CURRENT, each candidate by its name. */
export function compareJobs(
  config: ResolvedConfig,
  only: readonly string[] = [],
): { suites: ResolvedSuite[]; jobs: SuiteJob[] } {
  const suites = config.suites.filter(
    (s) => (only.length === 0 || only.includes(s.name)) && candidatesOf(config, s).length > 0,
  );
  if (suites.length === 0)
    throw new CandidateError('no suite to compare: name other providers under `candidates:` on a suite or in defaults');
  const jobs = suites.flatMap((suite) => [
    { label: CURRENT, suite },
    ...candidatesOf(config, suite).map((name) => ({
      label: name,
      suite: { ...suite, provider: config.providers[name]! },
    })),
  ]);
  return { suites, jobs };
}

/** What `--estimate` counts for a comparison: each suite once under every model, labelled as in the run. */
export function compareEstimateJobs(
  config: ResolvedConfig,
  only: readonly string[] = [],
  repeat?: number,
  batchAll = false,
): EstimateJob[] {
  return compareJobs(config, only).jobs.flatMap((j) =>
    runJobs([j.suite], repeat, batchAll).map((e) => ({ ...e, label: j.label })),
  );
}

export interface CompareFlowInput {
  config: ResolvedConfig;
  scorers: ReadonlyMap<string, Scorer>;
  env: Record<string, string | undefined>;
  warn: (message: string) => void;
  mask?: (secret: string, name: string) => void;
  suites?: readonly string[];
  repeat?: number;
  margin?: number;
  noCache?: boolean;
  /** Batch API: providers with `batch:` (default), every model's (`--batch`), or none. */
  batch?: BatchMode;
  /** Operational lines (the Batch API's submissions and resumes). */
  log?: (message: string) => void;
}

export interface CompareFlowResult {
  report: FrontierReport;
  /**
   * Every suite under every model, for the HTML report's cases: each suite result named
   * "<suite> · <candidate>" ("<suite> · current (<provider>)" for the current model).
   */
  run: RunResult;
  scrub: (text: string) => string;
}

export async function runCompareFlow(input: CompareFlowInput): Promise<CompareFlowResult> {
  const { config } = input;
  const { suites, jobs: planned } = compareJobs(config, input.suites);
  // Candidates are providers too: each one batched by its own `batch:` (or all of them with --batch).
  const batch = planBatch(
    planned.map((j) => j.suite),
    input.batch ?? 'config',
  );
  const jobs = planned.map((j, i) => ({ ...j, suite: batch.suites[i]! }));
  const runtime = buildRuntime({
    config,
    ...(batch.providers.size ? { batchProviders: batch.providers } : {}),
    ...(input.log ? { log: input.log } : {}),
    env: input.env,
    plan: cachePlan({ noCache: input.noCache ?? false }),
    scorers: input.scorers,
    warn: input.warn,
    ...(input.mask ? { mask: input.mask } : {}),
  });
  let out: Awaited<ReturnType<typeof runEval>>;
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  try {
    out = await runEval(
      jobs,
      {
        runId,
        toolVersion: VERSION,
        ...runtime.options,
        ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
      },
      runtime.deps,
    );
  } finally {
    await runtime.close();
  }
  const currentName = (suite: { provider: { id: string } }) => `${CURRENT} (${suite.provider.id})`;
  const inputs: FrontierInput[] = suites.map((suite) => {
    const mine = out.results.filter((r) => r.suite.name === suite.name);
    return {
      suite: suite.name,
      current: { name: currentName(suite), result: mine.find((r) => r.label === CURRENT)!.suite },
      candidates: mine.filter((r) => r.label !== CURRENT).map((r) => ({ name: r.label, result: r.suite })),
    };
  });
  const named = out.results.map((r) => {
    const suite = suites.find((s) => s.name === r.suite.name)!;
    const who = r.label === CURRENT ? currentName(suite) : r.label;
    return { label: r.label, suite: { ...r.suite, name: `${r.suite.name} · ${who}` } };
  });
  const run = toRunResult({ ...out, results: named }, undefined, {
    runId,
    startedAt,
    finishedAt: new Date().toISOString(),
    toolVersion: VERSION,
    configPath: config.path,
    ...(runtime.options.commit ? { commit: runtime.options.commit } : {}),
  });
  return {
    run,
    report: buildFrontier(inputs, {
      confidence: config.gate.confidence,
      margin: input.margin ?? config.gate.maxScoreDrop,
    }),
    scrub: runtime.scrub,
  };
}
