// One drift check of one monitor target: its evalgate config loaded afresh (a checked-out folder, or the
// repository read through the contents API, so a merged prompt change is picked up by the next check),
// its history and issues, then the shared drift flow (src/app/drift/flow.ts).
import { join, resolve } from 'node:path';
import { loadConfig, loadConfigFromFiles } from '../../adapters/config/loader.js';
import { readRepoFile } from '../../adapters/github/contents.js';
import { createOctokit, type CreateOctokitOptions, type GitHubClient } from '../../adapters/github/octokit.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import type { RunEval } from '../../core/engine/types.js';
import type { HistoryStore } from '../../core/ports/history.js';
import { createSecretScrubber, type NamedSecret } from '../../core/util/mask-secrets.js';
import { createDriftIssues } from '../../adapters/github/drift-issues.js';
import { candidateMarker } from '../../core/candidates/candidate-issue.js';
import { runCandidateCheck, type CandidateCheckResult } from '../compare/candidate-issues.js';
import { runDriftFlow, type DriftFlowResult } from '../drift/flow.js';
import { buildDriftReporting } from '../drift/reporting.js';
import { buildScorerRegistry } from '../runtime.js';
import { knownSecrets } from '../secrets.js';
import type { MonitorTarget } from './config.js';
import type { Env } from './secrets.js';

export interface TargetCheckInput {
  target: MonitorTarget;
  /** The check's environment (targetEnv): model endpoint, keys, GitHub token. */
  env: Env;
  /** Folder of monitor.yml (relative checkouts) and the state dir (local histories). */
  baseDir: string;
  stateDir: string;
  /** Values to scrub besides the known ones (the target's mapped secrets, webhook URL). */
  extraSecrets: NamedSecret[];
  signal: AbortSignal;
  /** The engine the drift flow runs (the monitor passes one that tallies errors, tokens and cost). */
  engine?: RunEval;
  log: (message: string) => void;
  warn: (message: string) => void;
  /** Tests pass an Octokit factory without GitHub's write spacing. */
  createOctokit?: (opts: CreateOctokitOptions) => GitHubClient;
  /** ISO time of this target's last `drift.candidates` check (monitor state); absent = never. */
  lastCandidatesCheck?: string;
  now?: Date;
}

export interface TargetCheckResult extends DriftFlowResult {
  config: ResolvedConfig;
  /** The `drift.candidates` check, when it was due; `error` when it failed (the drift check still counts). */
  candidates?: { at: string; result?: CandidateCheckResult; error?: string };
}

export async function checkTarget(input: TargetCheckInput): Promise<TargetCheckResult> {
  const { target: t, env } = input;
  const token = env['GITHUB_TOKEN'] || env['GH_TOKEN'];
  const [owner, repo] = (t.repo ?? '/').split('/') as [string, string];
  const scrubberFor = (config: ResolvedConfig | undefined) =>
    createSecretScrubber([...knownSecrets(config, env), ...input.extraSecrets]);
  const octokit =
    t.repo && token
      ? (input.createOctokit ?? createOctokit)({
          token,
          ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
          log: input.log,
          scrub: (text) => {
            const s = scrubberFor(undefined);
            return s.active ? s.scrub(text).text : text;
          },
          env,
        })
      : undefined;
  const scorers = buildScorerRegistry();
  let config: ResolvedConfig;
  if (t.checkout) {
    config = await loadConfig(resolve(input.baseDir, t.checkout, t.config), {
      env,
      scorers,
      repoRoot: resolve(input.baseDir, t.checkout),
    });
  } else {
    if (!octokit)
      throw new Error(
        `target "${t.name}": reading ${t.repo}/${t.config} through the contents API needs GITHUB_TOKEN (map it under "secrets")`,
      );
    const gh = octokit;
    config = await loadConfigFromFiles(
      t.config,
      { read: (path) => readRepoFile(gh, { owner, repo, path, ...(t.ref ? { ref: t.ref } : {}) }) },
      { env, scorers, repoRoot: '.' },
    );
  }
  const known = new Set(config.suites.map((s) => s.name));
  const unknown = (t.suites ?? []).filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(
      `target "${t.name}": unknown suite ${unknown.map((n) => `"${n}"`).join(', ')} (suites: ${[...known].join(', ')})`,
    );
  const reporting = buildDriftReporting({
    config,
    github: octokit ? { octokit, owner, repo } : undefined,
    store: t.store,
    localDir: join(input.stateDir, 'history', t.name),
    log: input.log,
  });
  const flow = await runDriftFlow({
    config,
    // A check abandoned on stop writes no history: its night is run again by the next start's catch-up,
    // and one entry per night stays one.
    reporting: { ...reporting, history: abandonable(reporting.history, input.signal) },
    ...(t.suites ? { suites: config.suites.filter((s) => t.suites!.includes(s.name)) } : {}),
    env,
    scorers,
    warn: input.warn,
    log: input.log,
    ...(input.engine ? { engine: input.engine } : {}),
    run: { signal: input.signal, ...(t.maxCostUsd !== undefined ? { maxCostUsd: t.maxCostUsd } : {}) },
  });
  const candidates = await candidatesIfDue(input, config, octokit ? { octokit, owner, repo } : undefined, scorers);
  return { ...flow, config, ...(candidates ? { candidates } : {}) };
}

/** `drift.candidates`: the compare flow every `everyDays`, after the drift check, with its own issues. */
async function candidatesIfDue(
  input: TargetCheckInput,
  config: ResolvedConfig,
  gh: { octokit: GitHubClient; owner: string; repo: string } | undefined,
  scorers: ReturnType<typeof buildScorerRegistry>,
): Promise<TargetCheckResult['candidates']> {
  const every = config.drift.candidates?.everyDays;
  if (every === undefined || input.signal.aborted) return undefined;
  const now = input.now ?? new Date();
  const last = input.lastCandidatesCheck ? Date.parse(input.lastCandidatesCheck) : Number.NaN;
  if (Number.isFinite(last) && now.getTime() - last < every * 86_400_000) return undefined;
  const at = now.toISOString();
  try {
    const issues = gh
      ? createDriftIssues({ ...gh, label: config.drift.label, log: input.log, marker: candidateMarker })
      : undefined;
    const result = await runCandidateCheck({
      config,
      scorers,
      env: input.env,
      warn: input.warn,
      ...(input.target.suites ? { suites: input.target.suites } : {}),
      ...(issues ? { issues } : {}),
    });
    for (const a of result.actions) if (a.error) input.warn(`candidates of suite "${a.suite}": ${a.error}`);
    return { at, result };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    input.warn(`candidates check failed: ${error}`);
    return { at, error };
  }
}

/** The history store, refusing writes once `signal` aborted. */
function abandonable(store: HistoryStore, signal: AbortSignal): HistoryStore {
  return {
    where: store.where,
    load: (suite) => store.load(suite),
    list: () => store.list(),
    writeDashboard: (html) => store.writeDashboard(html),
    update: (suite, change) =>
      signal.aborted
        ? Promise.reject(new Error('check abandoned on stop: history not written'))
        : store.update(suite, change),
  };
}
