// A plain run — evaluate suites once, no base to compare with — as `evalgate run` and the action's run
// mode both do it: the runtime (model client, cache, trace, secrets), the engine over the suites, the run
// result, and each suite's verdict by the one pass rule (pass-rule.ts). Callers add what is theirs: the
// CLI its progress line, signal and console table; the action its job summary, outputs and annotations.
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import { toRunResult } from '../../core/engine/run-result.js';
import type { CacheMode, EngineOutput, ProgressEvent, RunEval } from '../../core/engine/types.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import type { ProviderSettings } from '../../core/model/types.js';
import type { RunResult } from '../../core/results/types.js';
import type { Scorer } from '../../core/scorers/types.js';
import type { OutputFailure } from '../outputs.js';
import { buildRuntime, newRunId, type StoreKind } from '../runtime.js';
import { VERSION } from '../version.js';
import { suiteVerdict, type RunRules, type SuiteVerdict } from './pass-rule.js';

export interface RunFlowInput {
  config: ResolvedConfig;
  suites: readonly ResolvedSuite[];
  rules: RunRules;
  env: Record<string, string | undefined>;
  plan: { mode: CacheMode; store: StoreKind };
  scorers: ReadonlyMap<string, Scorer>;
  warn: (message: string) => void;
  mask?: (secret: string, name: string) => void;
  onProgress?: (e: ProgressEvent) => void;
  /** Operational lines (the Batch API's progress). */
  log?: (message: string) => void;
  /** Providers whose requests go through the Batch API (docs/batch.md). */
  batchProviders?: ReadonlySet<ProviderSettings>;
  tracePath?: string;
  /** The results' label (`head` in the action; none for the CLI's plain run). */
  label?: string;
  repeat?: number;
  concurrency?: number;
  maxCostUsd?: number;
  signal?: AbortSignal;
  /** The commit evaluated, when the caller knows it better than the runtime (the action's GITHUB_SHA). */
  commit?: string;
  /** Called once the runtime exists, before any request (the CLI says where replays come from). */
  onStart?: (runtime: { storeDir?: string }) => void;
  /** Tests may inject a model client / engine. */
  model?: ModelClient;
  engine?: RunEval;
}

export interface RunFlowResult {
  result: RunResult;
  costCapHit: boolean;
  /** One per evaluated suite, in the result's order. */
  verdicts: SuiteVerdict[];
  /** Masks every known secret, for what the caller writes besides the results. */
  scrub: (text: string) => string;
  storeDir?: string;
  /** The trace file could not be written (it stopped there; the run went on). */
  traceFailure?: OutputFailure;
}

export async function runSuitesFlow(input: RunFlowInput): Promise<RunFlowResult> {
  let traceFailure: OutputFailure | undefined;
  const runtime = buildRuntime({
    onTraceFailure: (f) => {
      traceFailure = f;
    },
    config: input.config,
    env: input.env,
    plan: input.plan,
    scorers: input.scorers,
    warn: input.warn,
    ...(input.mask ? { mask: input.mask } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.log ? { log: input.log } : {}),
    ...(input.batchProviders ? { batchProviders: input.batchProviders } : {}),
    ...(input.tracePath ? { tracePath: input.tracePath } : {}),
    ...(input.model ? { model: input.model } : {}),
  });
  input.onStart?.(runtime.storeDir !== undefined ? { storeDir: runtime.storeDir } : {});
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  let out: EngineOutput = { results: [], costCapHit: false };
  try {
    // No suite selected sends nothing (the caller lists the suites as not evaluated).
    if (input.suites.length > 0) {
      out = await (input.engine ?? runEval)(
        input.suites.map((suite) => ({ label: input.label ?? 'run', suite })),
        {
          runId,
          toolVersion: VERSION,
          ...runtime.options,
          ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
          ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
          ...(input.maxCostUsd !== undefined ? { maxCostUsd: input.maxCostUsd } : {}),
          ...(input.signal ? { signal: input.signal } : {}),
        },
        runtime.deps,
      );
    }
  } finally {
    await runtime.close();
  }
  const commit = input.commit ?? runtime.options.commit;
  const result = toRunResult(out, input.label, {
    runId,
    startedAt,
    finishedAt: new Date().toISOString(),
    toolVersion: VERSION,
    configPath: input.config.path,
    ...(commit ? { commit } : {}),
  });
  return {
    result,
    costCapHit: out.costCapHit,
    verdicts: result.suites.map((s) => suiteVerdict(s, input.rules)),
    scrub: runtime.scrub,
    ...(runtime.storeDir !== undefined ? { storeDir: runtime.storeDir } : {}),
    ...(traceFailure ? { traceFailure } : {}),
  };
}
