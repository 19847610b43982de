// `evalgate gate --base <ref>`: the PR gate on a local repository. Head is the working tree (uncommitted
// edits included), base is the merge base of <ref> and HEAD (what a PR against <ref> would diff
// against). Prints the comment the action would post; exit 1 when the gate fails under --fail-on, 4 when
// too many requests failed to judge (gate.maxErrorRate; not with --fail-on never).
import { resolve } from 'node:path';
import { createGit } from '../../adapters/git/git.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config/defaults.js';
import { FAIL_ON_VALUES, type FailOn } from '../../core/gate/gate.js';
import { runGateFlow } from '../../app/gate/flow.js';
import { baseUnavailableNote, renderComment } from '../../app/gate/render.js';
import { shardFileName, shardFileOf } from '../../app/gate/shard-file.js';
import { parseShard, shardLabel, type Shard } from '../../core/shard/shard.js';
import { nonNegativeNumber, parseCommandArgs, positiveInt, UsageError } from '../args.js';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import type { CliCommand, CliIO } from '../io.js';
import { loadConfig } from '../../adapters/config/loader.js';
import { buildScorerRegistry } from '../../app/runtime.js';
import { printEstimate, type EstimateFlags } from '../estimate-out.js';
import { gateJobs } from '../../app/estimate.js';
import { EXIT, reportError } from '../report-error.js';
import { outageMessage } from '../../core/results/error-rate.js';

const GATE_USAGE = `Usage: evalgate gate --base <git-ref> [options]

Compares the working tree with <git-ref> as the PR gate does and prints the comment it would post.
Exit code: 0 pass, 1 the gate fails under --fail-on, 2 config or usage error, 3 internal error,
4 more than gate.maxErrorRate of a suite's requests failed (not with --fail-on never).

Options:
  --base REF           branch, tag or commit to compare against (required), e.g. origin/main
  --config FILE        config file (default evalgate.yml)
  --markdown FILE      also write the comment to FILE
  --json FILE          write the comparison (GateReport) as JSON
  --repeat N           samples per case on both sides
  --concurrency N      requests in flight per provider
  --max-cost USD       stop sending requests once the run cost reaches USD
  --fail-on MODE       regression (default) | any | never
  --replay             answer only from the config's recordings
  --no-cache           neither read nor write the response cache (both sides sampled live)
  --shard I/N          evaluate only shard I of N of the cases and write a partial result for
                       \`evalgate merge\` (no comment, exit 0 unless something broke)
  --shard-out FILE     where to write it (default evalgate-shard-I-of-N.json)
  --estimate           print the requests, tokens and cost range of the comparison; send nothing
  --estimate-from F    expected output tokens from a previous results.json (default: maxTokens)
  -h, --help           show this help
`;

/** The comparison's estimate (see gateJobs: every suite on both sides, an upper bound). */
async function estimateGate(
  configFile: string,
  repeat: number | undefined,
  flags: EstimateFlags,
  io: CliIO,
): Promise<number> {
  const scorers = buildScorerRegistry();
  const config = await loadConfig(resolve(io.cwd, configFile), { cwd: io.cwd, env: io.env, scorers });
  io.stderr('estimate: every suite on both sides (a PR evaluates only the suites it changes)\n');
  return printEstimate(
    { config, jobs: gateJobs(config, repeat), scorers, warn: (m) => io.stderr(`warning: ${m}\n`) },
    flags,
    io,
  );
}

export const gateCommand: CliCommand = async (argv, io) => {
  try {
    const { values } = parseCommandArgs(argv, {
      base: { type: 'string' },
      config: { type: 'string', default: DEFAULT_CONFIG_FILE },
      markdown: { type: 'string' },
      json: { type: 'string' },
      repeat: { type: 'string' },
      concurrency: { type: 'string' },
      'max-cost': { type: 'string' },
      'fail-on': { type: 'string', default: 'regression' },
      replay: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      shard: { type: 'string' },
      'shard-out': { type: 'string' },
      estimate: { type: 'boolean', default: false },
      'estimate-from': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(GATE_USAGE);
      return 0;
    }
    if (values['estimate-from'] !== undefined && !values.estimate)
      throw new UsageError('--estimate-from needs --estimate');
    if (values.estimate) {
      const cap = nonNegativeNumber('max-cost', values['max-cost']);
      const flags: EstimateFlags = {
        ...(values['estimate-from'] ? { estimateFrom: values['estimate-from'] } : {}),
        ...(cap !== undefined ? { maxCostUsd: cap } : {}),
      };
      return await estimateGate(values.config, positiveInt('repeat', values.repeat), flags, io);
    }
    if (!values.base) throw new UsageError('--base <git-ref> is required (e.g. --base origin/main)');
    const failOn = values['fail-on'] as FailOn;
    if (!FAIL_ON_VALUES.includes(failOn))
      throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got "${values['fail-on']}"`);
    const repeat = positiveInt('repeat', values.repeat);
    const concurrency = positiveInt('concurrency', values.concurrency);
    const maxCostUsd = nonNegativeNumber('max-cost', values['max-cost']);
    let shard: Shard | undefined;
    try {
      shard = values.shard === undefined ? undefined : parseShard(values.shard);
    } catch (e) {
      throw new UsageError(`--shard: ${(e as Error).message}`);
    }
    if (values['shard-out'] !== undefined && !shard) throw new UsageError('--shard-out needs --shard I/N');
    if (values.replay && values['no-cache'])
      throw new UsageError('--replay answers only from recordings; it cannot be combined with --no-cache');

    const git = createGit(io.cwd, { log: (m) => io.stderr(`${m}\n`) });
    let repoRoot: string;
    let baseSha: string;
    try {
      repoRoot = await git.toplevel();
      baseSha = await git.mergeBase(await git.revParse(values.base), 'HEAD');
    } catch (e) {
      throw new UsageError(`cannot resolve --base ${values.base}: ${(e as Error).message}`);
    }
    const headCommit = await git.revParse('HEAD').catch(() => undefined);
    // Head is the working tree: with uncommitted edits it is not HEAD's commit, so no sha is claimed for it.
    const dirty = headCommit === undefined || (await git.diffNames(headCommit)).length > 0;
    const headSha = dirty ? undefined : headCommit;
    const changedFiles = await git.diffNames(baseSha);
    const flow = await runGateFlow({
      repoRoot,
      configPath: resolve(io.cwd, values.config),
      baseSha,
      ...(headSha ? { headSha } : {}),
      changedFiles,
      env: io.env,
      git,
      failOn,
      ...(repeat !== undefined ? { repeat } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
      replay: values.replay,
      ...(values['no-cache'] ? { noCache: true } : {}),
      ...(shard ? { shard } : {}),
      warn: (m) => io.stderr(`warning: ${m}\n`),
      info: (m) => io.stderr(`${m}\n`),
    });
    if (shard) {
      const out = resolve(io.cwd, values['shard-out'] ?? shardFileName(shard));
      await writeFileAtomic(
        out,
        flow.scrub(
          JSON.stringify(shardFileOf(flow, shard, { baseSha, ...(headSha ? { headSha } : {}), replay: values.replay })),
        ),
        { makeDir: true },
      );
      io.stderr(
        `shard ${shardLabel(shard)}: ${flow.baseRun.totals.samples + flow.headRun.totals.samples} samples written to ${out}; merge all shards with \`evalgate merge\`\n`,
      );
      return 0;
    }
    // Locally there is no job summary: what the comment leaves out is in the --json report.
    const fullReportAt = values.json
      ? `the JSON report (${values.json})`
      : 'the JSON report (run again with `--json FILE`)';
    // The config's secrets too (the console IO knows the environment's only).
    const comment = flow.scrub(
      renderComment(flow.outcome.report, {
        baseSha,
        ...(headSha ? { headSha } : { headLabel: 'working tree' }),
        reasons: flow.outcome.selection.reasons,
        fullReportAt,
        ...(flow.baseUnavailable ? { notes: [baseUnavailableNote(flow.baseUnavailable)] } : {}),
      }),
    );
    io.stdout(`${comment}\n`);
    if (values.markdown) await writeFileAtomic(resolve(io.cwd, values.markdown), `${comment}\n`, { makeDir: true });
    if (values.json)
      await writeFileAtomic(
        resolve(io.cwd, values.json),
        flow.scrub(`${JSON.stringify({ ...flow.outcome.report, selection: flow.outcome.selection }, null, 2)}\n`),
        { makeDir: true },
      );
    if (flow.breaches.length > 0) io.stderr(`evalgate gate: ${outageMessage(flow.breaches)}\n`);
    if (flow.baseUnavailable) io.stderr(`evalgate gate: ${flow.scrub(flow.baseUnavailable)}\n`);
    // A verdict that fails says more than "could not tell": 1 wins over 4.
    return flow.outcome.fail ? 1 : flow.fail ? EXIT.inconclusive : 0;
  } catch (err) {
    return reportError(err, io, 'gate');
  }
};
