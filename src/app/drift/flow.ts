// One drift check with the real runtime, for every entry point (the action's drift mode, `evalgate drift`
// and the `evalgate monitor` daemon): live answers (cache refreshed, never read), the check against the
// history, and what the caller presents (log line, Markdown summary, JSON result, exit status).
import { createSystemClock } from '../../adapters/clock/system-clock.js';
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runDriftCheck, type DriftCheckResult } from '../../core/drift/check.js';
import { driftLogLine, renderDriftSummary } from '../../core/drift/run-report.js';
import { runEval } from '../../core/engine/engine.js';
import type { RunEval, RunOptions } from '../../core/engine/types.js';
import { breachOf, type ErrorRateBreach } from '../../core/results/error-rate.js';
import type { Clock } from '../../core/ports/clock.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { buildRuntime, buildScorerRegistry, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';
import { planBatch, type BatchMode } from '../../core/batch/prepare.js';
import type { DriftReporting } from './reporting.js';

export interface DriftFlowInput {
  config: ResolvedConfig;
  /** The suites to check (default: all of the config). */
  suites?: ResolvedSuite[];
  env: Record<string, string | undefined>;
  reporting: DriftReporting;
  warn: (message: string) => void;
  /** Registers config secrets with the host's log masking (GitHub Actions: core.setSecret). */
  mask?: (secret: string, name: string) => void;
  log: (line: string) => void;
  tracePath?: string;
  /** Engine options the caller sets (repeat, concurrency, maxCostUsd, signal). */
  run?: Pick<RunOptions, 'repeat' | 'concurrency' | 'maxCostUsd' | 'signal'>;
  pin?: boolean;
  commit?: string;
  runUrl?: string;
  /** Time of the check (tests simulate nights); the engine keeps its own clock. */
  clock?: Clock;
  /** Tests may inject another model client / engine. */
  model?: ModelClient;
  engine?: RunEval;
  scorers?: ReturnType<typeof buildScorerRegistry>;
  /** Batch API: providers with `batch:` (default), every suite's (`--batch`), or none. */
  batch?: BatchMode;
}

export interface DriftFlowResult {
  result: DriftCheckResult;
  /** One log line for the run. */
  line: string;
  summaryMarkdown: string;
  drifted: string[];
  /** Reporting failures (history or issue writes) per suite. */
  errors: string[];
  /** Suites whose requests failed beyond gate.maxErrorRate: recorded as inconclusive, but an outage. */
  breaches: ErrorRateBreach[];
}

export async function runDriftFlow(input: DriftFlowInput): Promise<DriftFlowResult> {
  const { config } = input;
  const scorers = input.scorers ?? buildScorerRegistry();
  // Live answers still refresh the response cache, so a later `evalgate run` can reuse them.
  const batch = planBatch(input.suites ?? config.suites, input.batch ?? 'config');
  const runtime = buildRuntime({
    config,
    batchProviders: batch.providers,
    log: input.log,
    env: input.env,
    plan: { mode: 'refresh', store: 'cache' },
    scorers,
    warn: input.warn,
    ...(input.mask ? { mask: input.mask } : {}),
    ...(input.tracePath ? { tracePath: input.tracePath } : {}),
    ...(input.model ? { model: input.model } : {}),
  });
  const clock = input.clock ?? createSystemClock();
  const started = Date.now();
  let result: DriftCheckResult;
  try {
    const { cacheMode: _live, ...runOptions } = runtime.options;
    const commit = input.commit ?? runOptions.commit;
    result = await runDriftCheck(
      {
        suites: batch.suites,
        drift: config.drift,
        runId: `drift-${newRunId(new Date(clock.now()))}`,
        run: { ...runOptions, toolVersion: VERSION, ...input.run },
        maxErrorRate: config.gate.maxErrorRate,
        ...(input.pin ? { pin: true } : {}),
        ...(commit ? { commit } : {}),
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
      },
      {
        runEval: input.engine ?? runEval,
        engine: runtime.deps,
        clock,
        history: input.reporting.history,
        ...(input.reporting.issues ? { issues: input.reporting.issues } : {}),
        log: input.log,
      },
    );
  } finally {
    await runtime.close();
  }
  return {
    result,
    line: driftLogLine(result, Date.now() - started),
    summaryMarkdown: renderDriftSummary(result),
    drifted: result.outcomes.filter((o) => o.status === 'drifted').map((o) => o.suite),
    errors: result.outcomes.filter((o) => o.error).map((o) => `${o.suite}: ${o.error}`),
    breaches: result.outcomes
      .filter((o) => o.status === 'inconclusive')
      .map((o) => breachOf({ suite: o.suite, errors: o.entry.aggregates.errors, ok: o.entry.aggregates.ok, limit: config.gate.maxErrorRate }))
      .filter((b) => b !== undefined),
  };
}
