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
import { addPower } from '../../core/gate/suite-power.js';
import { runGate, shouldFail, type FailOn, type GateOutcome } from '../../core/gate/gate.js';
import { overallVerdict } from '../../core/compare/verdict.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { errorRateBreach, type ErrorRateBreach } from '../../core/results/error-rate.js';
import type { RunResult } from '../../core/results/types.js';
import type { Shard } from '../../core/shard/shard.js';
import type { OutputFailure } from '../outputs.js';
import { buildRuntime, buildScorerRegistry, cachePlan, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';
import { stopIfCancelled } from '../cancel.js';

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
  /** Aborted on cancellation: no new requests, and the flow stops before anything judges half-sampled suites. */
  signal?: AbortSignal;
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
  /** The base has a config that could not be read or loaded (one line): nothing was compared. */
  baseUnavailable?: string;
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

/** The base config, or why there is none to compare with (one line), or neither: the PR introduces evalgate. */
interface BaseConfig {
  base?: ResolvedConfig;
  problem?: string;
}

const oneLine = (e: unknown): string => {
  const err = e as Error;
  return (err.name === 'ConfigError' ? String(err) : err.message).replace(/\s*\n\s*/g, '; ');
};
/** Paths in a loader error, relative to the repository (the base has no work tree to point at). */
const inRepo = (text: string, repoRoot: string): string => text.split(`${repoRoot}${sep}`).join('');
const notFound = (e: unknown): boolean =>
  (e as Error).name === 'ConfigError' && /config file not found/.test((e as Error).message);

/**
 * Where the base version of the config is: the head path; else, when the PR moved it, where git's rename
 * detection says it came from; else a changed file of the same name (a move git did not pair, or no git).
 * A config that exists at the base but does not load is a problem, not "no base": every suite would
 * otherwise be new and pass, and the base's `gate:` rules (which the PR must not loosen) would be lost.
 */
async function loadBase(
  input: GateFlowInput,
  env: Record<string, string | undefined>,
  scorers: ReturnType<typeof buildScorerRegistry>,
): Promise<BaseConfig> {
  const gitOk = await input.git.ensureCommit(input.baseSha).catch(() => false);
  if (!gitOk)
    input.warn(
      `base commit ${input.baseSha.slice(0, 12)} is not available to git; reading base files through the GitHub API`,
    );
  const source = baseFileSource(input, gitOk);
  const at = input.baseSha.slice(0, 12);
  const load = (path: string) => loadConfigFromFiles(path, source, { env, scorers, repoRoot: input.repoRoot });
  const problem = (rel: string, e: unknown) =>
    `the base version of ${rel} (at ${at}) does not load: ${inRepo(oneLine(e), input.repoRoot)}`;
  const rel = toRepoPath(input.repoRoot, input.configPath) ?? input.configPath;
  try {
    return { base: await load(input.configPath) };
  } catch (e) {
    if (!notFound(e)) return { problem: problem(rel, e) };
  }
  const renamed = gitOk ? await input.git.renamedFrom?.(input.baseSha, rel).catch(() => undefined) : undefined;
  const name = rel.split('/').pop();
  const candidates = [
    ...(renamed ? [renamed] : []),
    ...input.changedFiles.filter((f) => f !== rel && f !== renamed && f.split('/').pop() === name),
  ];
  for (const from of candidates) {
    try {
      const base = await load(resolve(input.repoRoot, from));
      input.info(`the config moved from ${from} to ${rel} in this PR: the base version is read from ${from}`);
      return { base };
    } catch (e) {
      if (!notFound(e)) return { problem: `${problem(from, e)} (the config moved to ${rel})` };
    }
  }
  input.info('the base commit has no evalgate config: every suite is new and runs on head only');
  return {};
}

/**
 * No base config to compare with, though the base has one: no suite is "new" (which passes), each is
 * inconclusive with the reason, and so is the verdict.
 */
function markUncomparable(outcome: GateOutcome, problem: string, failOn: FailOn): void {
  const { report } = outcome;
  for (const s of report.suites) {
    if (s.status !== 'new') continue;
    const reason = `cannot compare with the base: ${problem}`;
    s.verdict = 'inconclusive';
    s.notComparable = reason;
    s.reason = reason;
    if (outcome.selection.reasons[s.suite] === 'new suite')
      outcome.selection.reasons[s.suite] = 'base config unavailable';
    s.findings = [{ verdict: 'inconclusive', reason }];
  }
  const v = overallVerdict(report.suites.map((s) => s.verdict));
  report.verdict = report.suites.length === 0 || v === 'pass' || v === 'skipped' ? 'inconclusive' : v;
  outcome.fail = shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], failOn);
}

export async function runGateFlow(input: GateFlowInput): Promise<GateFlowResult> {
  const scorers = buildScorerRegistry();
  const env = input.replay ? recordingEnv(input.env) : input.env;
  const head = await loadConfig(input.configPath, { env, scorers, repoRoot: input.repoRoot });
  if (input.cacheDir) head.cache.dir = resolve(input.repoRoot, input.cacheDir);
  const { base, problem: baseUnavailable } = await loadBase(input, env, scorers);

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
              ...(input.signal ? { signal: input.signal } : {}),
            },
            { ...runtime.deps, pricing: plan.pricing, providers: plan.providers, functions: plan.functions },
          );
          stopIfCancelled(input.signal, 'the gate stopped before judging: no report, comment or verdict was written');
          for (const r of engineOut.results) spentUsd += r.suite.aggregates.costUsd ?? 0;
          return engineOut;
        },
      });
    outcome = await gateOnce(false);
    // Cached answers from a model the provider no longer serves are not compared with live ones: the
    // whole gate is sampled again, live on both sides (a second run of what the cache had saved; it
    // happens once per model change, since the refreshed cache then holds the new model's answers).
    // A judge change is not a stale cache: sampling again cannot make two judges comparable.
    const stale = outcome.report.suites.filter((s) => s.notComparable !== undefined && !s.judgeChange);
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
  if (baseUnavailable) markUncomparable(outcome, baseUnavailable, input.failOn);
  // What each suite could have caught (a shard's report is provisional: the merge sizes the union).
  if (!input.shard) addPower(outcome.report, outcome.gate);
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
  result.fail ||= input.failOn !== 'never' && (result.breaches.length > 0 || baseUnavailable !== undefined);
  if (baseUnavailable) result.baseUnavailable = `cannot compare with the base: ${baseUnavailable}`;
  if (base) result.base = base;
  if (traceFailure) result.traceFailure = traceFailure;
  return result;
}
