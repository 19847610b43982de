// `evalgate drift`: one drift check, locally. History goes to a directory by default (or the data
// branch with --store branch); issues go to GitHub when a token (GITHUB_TOKEN / GH_TOKEN) and a
// repository (--repo owner/name or GITHUB_REPOSITORY) are given, else the result is only printed.
// Exit: 0 no confirmed drift, 1 a suite drifted, 2 usage/config error, 3 internal or reporting error,
// 4 more than gate.maxErrorRate of a suite's requests failed (an outage cannot say "no drift").
// `driftOnce` is shared with `evalgate monitor`, which runs it on a schedule.
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config/loader.js';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { createOctokit, type CreateOctokitOptions, type GitHubClient } from '../../adapters/github/octokit.js';
import { runDriftFlow, type DriftFlowResult } from '../../app/drift/flow.js';
import { buildDriftReporting, type DriftReporting } from '../../app/drift/reporting.js';
import { driftShardFileName, driftShardRun, mergedDriftEngine } from '../../app/drift/shard.js';
import { parseShard, type Shard } from '../../core/shard/shard.js';
import { buildScorerRegistry } from '../../app/runtime.js';
import { scrubText, secretScrubber } from '../../app/secrets.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config/defaults.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import type { Clock } from '../../core/ports/clock.js';
import { nonNegativeNumber, parseCommandArgs, UsageError } from '../args.js';
import type { CliCommand, CliIO } from '../io.js';
import { EXIT, reportError } from '../report-error.js';
import { outageMessage } from '../../core/results/error-rate.js';
import { driftJobs, driftOutputHistory } from '../../app/estimate.js';
import { printEstimate } from '../estimate-out.js';

const DRIFT_USAGE = `Usage: evalgate drift [options]

Re-runs the suites live (cache bypassed), appends to the drift history, compares with the baseline
and, with a GitHub token and repository, opens / comments / closes one issue per drifting suite.
Exit code: 0 no confirmed drift, 1 a suite drifted, 2 config or usage error, 3 internal or reporting error,
4 more than gate.maxErrorRate of a suite's requests failed (the night is recorded as inconclusive).

Options:
  --config FILE        config file (default: evalgate.yml)
  --suite NAME         check only this suite (repeatable)
  --history-dir DIR    local history directory (default: .evalgate-drift next to the config)
  --store KIND         local (default) or branch (the data branch drift.branch; needs GitHub)
  --repo OWNER/NAME    GitHub repository for issues (default: $GITHUB_REPOSITORY); token from
                       $GITHUB_TOKEN or $GH_TOKEN, API from $GITHUB_API_URL
  --markdown FILE      write the summary as Markdown
  --pin                make this run the baseline of each suite's current prompt and settings
  --max-cost USD       stop sending requests once the check has cost this much
  --trace FILE         append every request to a JSONL trace
  --run-url URL        link to this run, shown in issues
  --shard I/N          run only shard I of N of the cases and write evalgate-drift-shard-I-of-N.json
                       (into --shard-out DIR, default .); no history or issue: merge the N files with --merge
  --merge PATH         merge drift shard files (files, or folders searched for them; repeatable) and run
                       the check on the union: history and issues as from one run
  --batch              send every suite's requests through the Batch API (half the price; answers
                       within 24 h; a restart resumes the batch). Providers with \`batch: true\` always do
  --estimate           print the requests, tokens and cost range of one check; send nothing
                       (expected output tokens from the drift history, else maxTokens)
  --estimate-from F    expected output tokens from a previous results.json instead
  -h, --help           show this help
`;

export interface DriftArgs {
  help: boolean;
  config: string;
  suites: string[];
  historyDir?: string;
  store: 'local' | 'branch';
  repo?: string;
  markdown?: string;
  pin: boolean;
  maxCostUsd?: number;
  trace?: string;
  runUrl?: string;
  shard?: Shard;
  shardOut?: string;
  merge?: string[];
  estimate?: boolean;
  estimateFrom?: string;
  batch?: boolean;
}

export function parseDriftArgs(argv: string[]): DriftArgs {
  const { values } = parseCommandArgs(argv, {
    help: { type: 'boolean', short: 'h' },
    config: { type: 'string', short: 'c' },
    suite: { type: 'string', multiple: true },
    'history-dir': { type: 'string' },
    store: { type: 'string' },
    repo: { type: 'string' },
    markdown: { type: 'string' },
    pin: { type: 'boolean' },
    'max-cost': { type: 'string' },
    trace: { type: 'string' },
    'run-url': { type: 'string' },
    shard: { type: 'string' },
    'shard-out': { type: 'string' },
    merge: { type: 'string', multiple: true },
    estimate: { type: 'boolean' },
    batch: { type: 'boolean' },
    'estimate-from': { type: 'string' },
  });
  const store = values.store ?? 'local';
  if (store !== 'local' && store !== 'branch')
    throw new UsageError(`--store must be "local" or "branch", got "${store}"`);
  if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo))
    throw new UsageError(`--repo must be OWNER/NAME, got "${values.repo}"`);
  const args: DriftArgs = {
    help: values.help ?? false,
    config: values.config ?? DEFAULT_CONFIG_FILE,
    suites: values.suite ?? [],
    store,
    pin: values.pin ?? false,
  };
  if (values['history-dir'] !== undefined) args.historyDir = values['history-dir'];
  if (values.repo !== undefined) args.repo = values.repo;
  if (values.markdown !== undefined) args.markdown = values.markdown;
  const maxCost = nonNegativeNumber('max-cost', values['max-cost']);
  if (maxCost !== undefined) args.maxCostUsd = maxCost;
  if (values.trace !== undefined) args.trace = values.trace;
  if (values['run-url'] !== undefined) args.runUrl = values['run-url'];
  if (values.shard !== undefined) {
    try {
      args.shard = parseShard(values.shard);
    } catch (e) {
      throw new UsageError(`--shard: ${(e as Error).message}`);
    }
  }
  if (values['shard-out'] !== undefined) args.shardOut = values['shard-out'];
  if (values.merge !== undefined) args.merge = values.merge;
  if (args.shard && args.merge) throw new UsageError('--shard runs one shard, --merge merges them: not both');
  if (args.shard && args.pin) throw new UsageError('--pin goes with the merge (--merge), which writes the history');
  if (values.estimate) args.estimate = true;
  if (values.batch) args.batch = true;
  if (values['estimate-from'] !== undefined) {
    if (!args.estimate) throw new UsageError('--estimate-from needs --estimate');
    args.estimateFrom = values['estimate-from'];
  }
  return args;
}

/** Injected effects (tests pass an Octokit factory without GitHub's write spacing). */
export interface DriftCommandDeps {
  createOctokit?: (opts: CreateOctokitOptions) => GitHubClient;
  /** Time of the check (tests simulate nights); the engine keeps its own clock. Default: the system clock. */
  clock?: Clock;
}

/** GitHub settings from the environment and flags; undefined when either the token or the repo is missing. */
function githubTarget(
  args: Pick<DriftArgs, 'repo'>,
  env: Record<string, string | undefined>,
): { token: string; owner: string; repo: string; apiUrl?: string } | undefined {
  const token = env['GITHUB_TOKEN'] || env['GH_TOKEN'];
  const full = args.repo ?? env['GITHUB_REPOSITORY'];
  if (!token || !full) return undefined;
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new UsageError(`repository must be OWNER/NAME, got "${full}"`);
  return { token, owner, repo, ...(env['GITHUB_API_URL'] ? { apiUrl: env['GITHUB_API_URL'] } : {}) };
}

export function buildReporting(
  args: Pick<DriftArgs, 'repo' | 'store' | 'historyDir'>,
  config: ResolvedConfig,
  io: CliIO,
  deps: DriftCommandDeps = {},
): DriftReporting {
  const gh = githubTarget(args, io.env);
  if (!gh && args.store === 'branch')
    throw new UsageError('--store branch needs GITHUB_TOKEN (or GH_TOKEN) and --repo OWNER/NAME');
  const log = (m: string): void => io.stderr(`github: ${m}\n`);
  const scrub = scrubText(secretScrubber(config, io.env));
  const octokit = gh
    ? (deps.createOctokit ?? createOctokit)({
        token: gh.token,
        ...(gh.apiUrl ? { baseUrl: gh.apiUrl } : {}),
        log,
        scrub,
      })
    : undefined;
  return buildDriftReporting({
    config,
    github: gh && octokit ? { octokit, owner: gh.owner, repo: gh.repo } : undefined,
    store: args.store,
    localDir: resolve(io.cwd, args.historyDir ?? resolve(config.dir, '.evalgate-drift')),
    log,
  });
}

export interface DriftOnceResult extends DriftFlowResult {
  exitCode: number;
}

/** Loads the config afresh (the daemon picks up merged prompt changes) and runs one check. */
export async function driftOnce(
  args: DriftArgs,
  io: CliIO,
  signal?: AbortSignal,
  deps: DriftCommandDeps = {},
): Promise<DriftOnceResult> {
  const scorers = buildScorerRegistry();
  const config = await loadConfig(resolve(io.cwd, args.config), { cwd: io.cwd, env: io.env, scorers });
  const known = new Set(config.suites.map((s) => s.name));
  const unknown = args.suites.filter((n) => !known.has(n));
  if (unknown.length)
    throw new UsageError(
      `unknown suite ${unknown.map((n) => `"${n}"`).join(', ')} in ${config.path} (suites: ${[...known].join(', ')})`,
    );
  const seen = new Set<string>();
  const shardRun = args.shard ? driftShardRun(config, args.shard) : undefined;
  const merged = args.merge
    ? await mergedDriftEngine(
        args.merge.map((p) => resolve(io.cwd, p)),
        config.path,
      )
    : undefined;
  const flow = await runDriftFlow({
    config: shardRun?.config ?? config,
    ...(shardRun || merged ? { engine: (shardRun ?? merged)!.engine } : {}),
    ...(args.suites.length ? { suites: config.suites.filter((s) => args.suites.includes(s.name)) } : {}),
    env: io.env,
    reporting: shardRun?.reporting ?? buildReporting(args, config, io, deps),
    scorers,
    warn: (m) => {
      if (!seen.has(m)) io.stderr(`warning: ${m}\n`);
      seen.add(m);
    },
    log: (m) => io.stderr(`${m}\n`),
    run: { ...(args.maxCostUsd !== undefined ? { maxCostUsd: args.maxCostUsd } : {}), ...(signal ? { signal } : {}) },
    ...(args.pin ? { pin: true } : {}),
    ...(args.batch ? { batch: 'all' as const } : {}),
    ...(args.trace ? { tracePath: resolve(io.cwd, args.trace) } : {}),
    ...(args.runUrl ? { runUrl: args.runUrl } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  if (shardRun) {
    const file = shardRun.file();
    const out = resolve(io.cwd, args.shardOut ?? '.', driftShardFileName(file.shard));
    await writeFileAtomic(out, `${JSON.stringify(file)}\n`, { makeDir: true });
    // A shard judges nothing: the merge does. Only an outage or a failure is worth an exit code here.
    const line = `${new Date().toISOString()} drift shard ${file.shard.index}/${file.shard.total}: ${file.suites.map((x) => `${x.suite.name} ${x.suite.cases.length} case(s)`).join('; ')} → ${out}`;
    return {
      ...flow,
      line,
      exitCode: flow.errors.length ? EXIT.internal : flow.breaches.length ? EXIT.inconclusive : EXIT.ok,
    };
  }
  if (args.markdown) await writeFileAtomic(resolve(io.cwd, args.markdown), flow.summaryMarkdown, { makeDir: true });
  if (flow.breaches.length) io.stderr(`evalgate drift: ${outageMessage(flow.breaches)}\n`);
  return {
    ...flow,
    exitCode: flow.errors.length
      ? EXIT.internal
      : flow.drifted.length
        ? EXIT.failed
        : flow.breaches.length
          ? EXIT.inconclusive
          : EXIT.ok,
  };
}

/** One check's estimate, with the answers' lengths from each suite's drift history. */
async function estimateDrift(args: DriftArgs, io: CliIO, deps: DriftCommandDeps): Promise<number> {
  const scorers = buildScorerRegistry();
  const config = await loadConfig(resolve(io.cwd, args.config), { cwd: io.cwd, env: io.env, scorers });
  const suites = args.suites.length ? config.suites.filter((s) => args.suites.includes(s.name)) : config.suites;
  const history = await driftOutputHistory(buildReporting(args, config, io, deps).history, suites);
  return printEstimate(
    { config, jobs: driftJobs(config, suites, args.batch), scorers, warn: (m) => io.stderr(`warning: ${m}\n`) },
    args,
    io,
    history,
  );
}

export function createDriftCommand(deps: DriftCommandDeps = {}): CliCommand {
  return async (argv, io) => {
    try {
      const args = parseDriftArgs(argv);
      if (args.help) {
        io.stdout(DRIFT_USAGE);
        return 0;
      }
      if (args.estimate) return await estimateDrift(args, io, deps);
      const { line, exitCode } = await driftOnce(args, io, undefined, deps);
      io.stdout(`${line}\n`);
      return exitCode;
    } catch (err) {
      return reportError(err, io, 'drift');
    }
  };
}

export const driftCommand: CliCommand = createDriftCommand();
