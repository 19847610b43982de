// One drift check with the real runtime, for every entry point (the action's drift mode, `evalgate drift`
// and the `evalgate monitor` daemon): live answers (cache refreshed, never read), the check against the
// history, and what the caller presents (log line, Markdown summary, JSON result, exit status).
import { createSystemClock } from '../../adapters/clock/system-clock.js';
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runDriftCheck, type DriftCheckResult } from '../../core/drift/check.js';
import type { DriftOrigin } from '../../core/drift/issue-body.js';
import { driftLogLine, renderDriftSummary } from '../../core/drift/run-report.js';
import { runEval } from '../../core/engine/engine.js';
import type { EngineOutput, RunEval, RunOptions } from '../../core/engine/types.js';
import { toRunResult } from '../../core/engine/run-result.js';
import { renderHtmlReport } from '../../core/report/html-report.js';
import { renderJUnit } from '../../core/report/junit.js';
import { breachOf, type ErrorRateBreach } from '../../core/results/error-rate.js';
import { errorKindText } from '../../core/results/error-kinds.js';
import type { Clock } from '../../core/ports/clock.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { buildRuntime, buildScorerRegistry, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';
import { planBatch, type BatchMode } from '../../core/batch/prepare.js';
import type { DriftReporting } from './reporting.js';
import type { HistoryEntry } from '../../core/drift/history.js';
import { mergeKept } from './unrecorded.js';
import { stopIfCancelled } from '../cancel.js';

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
  /** Where the check runs, for the drift issue's advice (the action: `pin-baseline`; default the CLI). */
  origin?: DriftOrigin;
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
  /** Earlier nights the history did not receive (kept files, unrecorded.ts): merged in before the check. */
  unrecorded?: readonly HistoryEntry[];
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
  /** The check run (not its re-runs) as `evalgate run` reports it: JUnit XML and the HTML report, secrets scrubbed. */
  reports?: { junit: string; html: string };
  /** Entries not in the history after this run (tonight's and earlier kept ones): the caller keeps them. */
  unrecorded: HistoryEntry[];
  /** Kept entries of earlier nights merged into the history by this run. */
  mergedUnrecorded: number;
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
  // The first engine call is the check run itself; its results feed the same report writers as a run.
  const engine = input.engine ?? runEval;
  let checkRun: { out: EngineOutput; runId: string } | undefined;
  const recordingEngine: RunEval = async (jobs, options, deps) => {
    const out = await engine(jobs, options, deps);
    // Every model call of a night (check and re-runs) comes before its first history write: a night cut
    // short is recorded for no suite, rather than judged on what the cancellation left.
    stopIfCancelled(input.run?.signal, 'the drift night is recorded for no suite (its samples are incomplete)');
    checkRun ??= { out, runId: options.runId };
    return out;
  };
  let reports: DriftFlowResult['reports'];
  // Before the model calls: a store that cannot take last night's entries will not take tonight's either,
  // and both are then kept together.
  const kept = input.unrecorded?.length
    ? await mergeKept(input.reporting.history, input.unrecorded, config.drift)
    : { added: 0, left: [], errors: [] };
  if (kept.added) input.log(`merged ${kept.added} kept night(s) of earlier runs into the history`);
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
        ...(input.origin ? { origin: input.origin } : {}),
        ...(commit ? { commit } : {}),
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
      },
      {
        runEval: recordingEngine,
        engine: runtime.deps,
        clock,
        history: input.reporting.history,
        ...(input.reporting.issues ? { issues: input.reporting.issues } : {}),
        log: input.log,
      },
    );
    if (checkRun) {
      const run = toRunResult(checkRun.out, undefined, {
        runId: checkRun.runId,
        toolVersion: VERSION,
        ...(commit ? { commit } : {}),
      });
      reports = {
        junit: runtime.scrub(renderJUnit(run)),
        html: runtime.scrub(
          renderHtmlReport({
            head: run,
            title: 'evalgate drift check',
            generatedAt: run.finishedAt,
            ...(input.runUrl ? { runUrl: input.runUrl } : {}),
          }),
        ),
      };
    }
  } finally {
    await runtime.close();
  }
  const tonight = result.outcomes.filter((o) => o.unrecorded);
  // Tonight's own failure already names an unreachable store; a merge failure alone must still fail the run.
  const mergeErrors = tonight.length ? [] : kept.errors;
  if (tonight.length) for (const e of kept.errors) input.log(e);
  return {
    ...(reports ? { reports } : {}),
    unrecorded: [...kept.left, ...tonight.map((o) => o.entry)],
    mergedUnrecorded: kept.added,
    result,
    line: driftLogLine(result, Date.now() - started),
    summaryMarkdown: renderDriftSummary(result),
    drifted: result.outcomes.filter((o) => o.status === 'drifted').map((o) => o.suite),
    errors: [...result.outcomes.filter((o) => o.error).map((o) => `${o.suite}: ${o.error}`), ...mergeErrors],
    breaches: result.outcomes
      .filter((o) => o.status === 'inconclusive')
      .map((o) => {
        const b = breachOf({
          suite: o.suite,
          errors: o.entry.aggregates.errors,
          ok: o.entry.aggregates.ok,
          limit: config.gate.maxErrorRate,
        });
        // The error kind and first message, as `evalgate run` gives them: an outage says what to fix.
        if (b && o.requestErrors?.length) b.cause = o.requestErrors.map(errorKindText).join('; ');
        return b;
      })
      .filter((b) => b !== undefined),
  };
}
