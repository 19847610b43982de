// The PR gate's composition, shared by the action (pull_request) and `evalgate gate` (local): load the
// head config from the working tree and the base config from git (contents API as fallback), evaluate
// the affected suites base + head in one engine run with the same evaluation settings, compare.
import { relative, resolve, sep } from 'node:path';
import { loadConfig, loadConfigFromFiles, type FileSource } from '../../adapters/config/loader.js';
import type { Git } from '../../adapters/git/git.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import { toRunResult } from '../../core/engine/run-result.js';
import type { RunEval } from '../../core/engine/types.js';
import { runGate, type FailOn, type GateOutcome } from '../../core/gate/gate.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { errorRateBreach, type ErrorRateBreach } from '../../core/results/error-rate.js';
import type { RunResult } from '../../core/results/types.js';
import type { Shard } from '../../core/shard/shard.js';
import type { OutputFailure } from '../outputs.js';
import { buildRuntime, buildScorerRegistry, cachePlan, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';

export interface GateFlowInput {
  /** Absolute path of the repository's work tree root. */
  repoRoot: string;
  /** Absolute path of the config in the work tree (head version). */
  configPath: string;
  baseSha: string;
  headSha?: string;
  changedFiles: readonly string[];
  capped?: boolean;
  env: Record<string, string | undefined>;
  git: Git;
  /** Reads a repository-relative file at the base commit when git cannot (the contents API). */
  readBaseFallback?: (repoPath: string) => Promise<string | undefined>;
  failOn: FailOn;
  /** Evaluate only this shard of the selected cases (see app/gate/shard-file.ts and app/merge). */
  shard?: Shard;
  repeat?: number;
  concurrency?: number;
  maxCostUsd?: number;
  /** Overrides the config's cache.dir (absolute or relative to the repo root). */
  cacheDir?: string;
  /** Answer only from the config's recordings (fork PRs without secrets). */
  replay?: boolean;
  /** Neither read nor write the response cache: both sides sampled live (`evalgate gate --no-cache`). */
  noCache?: boolean;
  tracePath?: string;
  warn: (message: string) => void;
  info: (message: string) => void;
  /** Registers config secrets (API keys, gateway header values) with the host's log masking. */
  mask?: (secret: string, name: string) => void;
  /** Tests may inject another model client / engine. */
  model?: ModelClient;
  engine?: RunEval;
}

export interface GateFlowResult {
  outcome: GateOutcome;
  head: ResolvedConfig;
  base?: ResolvedConfig;
  baseRun: RunResult;
  headRun: RunResult;
  runId: string;
  /** The repository-relative config path (for the report). */
  configFile: string;
  /** Suites whose requests failed beyond gate.maxErrorRate (base or head): an outage, not a verdict. */
  breaches: ErrorRateBreach[];
  /** The step fails: the verdicts under failOn, or an outage (unless failOn is `never`). */
  fail: boolean;
  /** The run's secret scrubber (environment and config secrets), for everything the caller writes. */
  scrub: (text: string) => string;
  /**
   * Why the gate was run a second time with live answers on both sides: cached answers came from
   * another served model / system_fingerprint than the live ones (one line per suite). Empty otherwise.
   */
  resampled: string[];
  /** The trace file could not be written (it stopped there; the gate went on). */
  traceFailure?: OutputFailure;
}

/**
 * Error-rate breaches of the compared suites under the judging rules. In a replay, `replay-miss` is not
 * an outage: incomplete recordings are reported as such and fail only with fail-on: any.
 */
export function outageOf(outcome: Pick<GateOutcome, 'gate' | 'report'>, replay: boolean): ErrorRateBreach[] {
  const ignore = replay ? new Set(['replay-miss']) : undefined;
  const limit = outcome.gate.maxErrorRate;
  return outcome.report.suites.flatMap((s) =>
    s.status === 'removed'
      ? []
      : [
          s.head && errorRateBreach(s.head, limit, 'head', ignore),
          s.base && errorRateBreach(s.base, limit, 'base', ignore),
        ].filter((b): b is ErrorRateBreach => b !== undefined),
  );
}

/** Recordings are keyed by the settings the config states, not the machine's OPENAI_BASE_URL (see commands/run.ts). */
function recordingEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const { OPENAI_BASE_URL: _ignored, ...rest } = env;
  return rest;
}

export function toRepoPath(repoRoot: string, absOrRel: string): string | undefined {
  const rel = relative(repoRoot, resolve(repoRoot, absOrRel)).split(sep).join('/');
  return rel.startsWith('../') || rel === '..' ? undefined : rel;
}

/** Base revision of every file the loader asks for: git first, then the fallback. */
export function baseFileSource(
  input: Pick<GateFlowInput, 'repoRoot' | 'baseSha' | 'git' | 'readBaseFallback'>,
  gitOk: boolean,
): FileSource {
  return {
    async read(path) {
      const rel = toRepoPath(input.repoRoot, path);
      if (rel === undefined) return undefined;
      if (gitOk) {
        try {
          return await input.git.show(input.baseSha, rel);
        } catch {
          /* fall through to the API */
        }
      }
      if (input.readBaseFallback) return input.readBaseFallback(rel);
      throw new Error(
        `cannot read ${rel} at the base commit ${input.baseSha.slice(0, 12)}: it is not in the clone (use actions/checkout with fetch-depth: 0)`,
      );
    },
    // Images in chat prompts: only from git (the API fallback reads text).
    async readBase64(path) {
      const rel = toRepoPath(input.repoRoot, path);
      if (rel === undefined || !gitOk || !input.git.showBase64) return undefined;
      return input.git.showBase64(input.baseSha, rel);
    },
  };
}

async function loadBase(
  input: GateFlowInput,
  env: Record<string, string | undefined>,
  scorers: ReturnType<typeof buildScorerRegistry>,
): Promise<ResolvedConfig | undefined> {
  const gitOk = await input.git.ensureCommit(input.baseSha).catch(() => false);
  if (!gitOk)
    input.warn(
      `base commit ${input.baseSha.slice(0, 12)} is not available to git; reading base files through the GitHub API`,
    );
  try {
    return await loadConfigFromFiles(input.configPath, baseFileSource(input, gitOk), {
      env,
      scorers,
      repoRoot: input.repoRoot,
    });
  } catch (e) {
    const err = e as Error;
    if (err.name === 'ConfigError' && /config file not found/.test(err.message)) {
      input.info('the base commit has no evalgate config: every suite is new and runs on head only');
      return undefined;
    }
    input.warn(
      `the base version of the config does not load (${err.name === 'ConfigError' ? String(err) : err.message}); every suite runs on head only`,
    );
    return undefined;
  }
}

export async function runGateFlow(input: GateFlowInput): Promise<GateFlowResult> {
  const scorers = buildScorerRegistry();
  const env = input.replay ? recordingEnv(input.env) : input.env;
  const head = await loadConfig(input.configPath, { env, scorers, repoRoot: input.repoRoot });
  if (input.cacheDir) head.cache.dir = resolve(input.repoRoot, input.cacheDir);
  const base = await loadBase(input, env, scorers);

  let traceFailure: OutputFailure | undefined;
  const runtime = buildRuntime({
    onTraceFailure: (f) => {
      traceFailure = f;
    },
    config: head,
    env: input.env,
    plan: cachePlan({ ...(input.replay ? { replay: true } : {}), ...(input.noCache ? { noCache: true } : {}) }),
    scorers,
    warn: input.warn,
    ...(input.mask ? { mask: input.mask } : {}),
    ...(input.tracePath ? { tracePath: input.tracePath } : {}),
    ...(input.model ? { model: input.model } : {}),
  });
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  const engine = input.engine ?? runEval;
  let outcome: GateOutcome;
  const resampled: string[] = [];
  // The cost cap covers the whole gate: each extra round gets what the earlier rounds left.
  let spentUsd = 0;
  try {
    const gateOnce = (live: boolean) =>
      runGate({
        head,
        ...(base ? { base } : {}),
        changedFiles: input.changedFiles,
        ...(input.capped ? { capped: true } : {}),
        failOn: input.failOn,
        ...(input.shard ? { shard: input.shard } : {}),
        evaluate: async (plan) => {
          const left = input.maxCostUsd === undefined ? undefined : Math.max(0, input.maxCostUsd - spentUsd);
          // Nothing left for an extra round: do not send a single request over the cap.
          if (left === 0 && spentUsd > 0) return { results: [], costCapHit: true };
          const engineOut = await engine(
            plan.jobs,
            {
              runId,
              toolVersion: VERSION,
              ...runtime.options,
              // Live on both sides, and the cache rewritten with the answers of the model served now.
              ...(live ? { cacheMode: 'refresh' as const } : {}),
              ...(input.headSha ? { commit: input.headSha } : {}),
              ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
              ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
              ...(left !== undefined ? { maxCostUsd: left } : {}),
            },
            { ...runtime.deps, pricing: plan.pricing, providers: plan.providers, functions: plan.functions },
          );
          for (const r of engineOut.results) spentUsd += r.suite.aggregates.costUsd ?? 0;
          return engineOut;
        },
      });
    outcome = await gateOnce(false);
    // Cached answers from a model the provider no longer serves are not compared with live ones: the
    // whole gate is sampled again, live on both sides (a second run of what the cache had saved; it
    // happens once per model change, since the refreshed cache then holds the new model's answers).
    const stale = outcome.report.suites.filter((s) => s.notComparable !== undefined);
    if (stale.length > 0 && runtime.options.cacheMode === 'use' && !input.shard) {
      for (const s of stale) resampled.push(`${s.suite}: ${s.notComparable}`);
      input.warn(
        `the provider's served model changed since the response cache was filled (${resampled.join('; ')}); sampling base and head live again so both sides come from the same model`,
      );
      outcome = await gateOnce(true);
    }
  } finally {
    await runtime.close();
  }
  const finishedAt = new Date().toISOString();
  const meta = (commit: string | undefined) => ({
    runId,
    toolVersion: VERSION,
    startedAt,
    finishedAt,
    configPath: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
    ...(commit ? { commit } : {}),
  });
  const result: GateFlowResult = {
    outcome,
    head,
    baseRun: toRunResult(outcome.output, 'base', meta(input.baseSha)),
    headRun: toRunResult(outcome.output, 'head', meta(input.headSha)),
    runId,
    configFile: toRepoPath(input.repoRoot, input.configPath) ?? input.configPath,
    breaches: outageOf(outcome, input.replay === true),
    fail: outcome.fail,
    scrub: runtime.scrub,
    resampled,
  };
  result.fail ||= input.failOn !== 'never' && result.breaches.length > 0;
  if (base) result.base = base;
  if (traceFailure) result.traceFailure = traceFailure;
  return result;
}
