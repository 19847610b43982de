// `push` (or mode: run): evaluate the selected suites on the checked-out ref and report in the job
// summary. Selection: the `suites` input; else, on a push whose payload has before/after, the suites the
// pushed commits affect (push-select.ts); else all. Verdicts by the run's pass rule, the CLI's
// (app/run/pass-rule.ts): every case passes, or the score reaches gate.minScore when it is set.
import { join } from 'node:path';
import { loadConfig, loadConfigFromFiles } from '../adapters/config/loader.js';
import type { Git } from '../adapters/git/git.js';
import type { ResolvedConfig } from '../core/config/resolved.js';
import { buildGateReport } from '../core/gate/report.js';
import { errorRateBreach, outageMessage } from '../core/results/error-rate.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { runSuitesFlow } from '../app/run/flow.js';
import { runRulesFor } from '../app/run/pass-rule.js';
import { renderRunSummary } from '../app/run/render.js';
import { baseFileSource, toRepoPath } from '../app/gate/flow.js';
import { pushRangeOf, selectForPush } from './push-select.js';
import { reportWriteFailures, setGateOutputs, writeReports } from './report-out.js';
import type { ModeEnv } from './mode-env.js';

export async function runRunMode(m: ModeEnv): Promise<void> {
  const { io } = m.deps;
  const git = m.deps.createGit(m.workDir);
  const repoRoot = await git.toplevel().catch(() => m.ctx.workspace);
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot });
  if (m.inputs.cacheDir) config.cache.dir = join(repoRoot, m.inputs.cacheDir);
  const known = new Set(config.suites.map((s) => s.name));
  const unknown = m.inputs.suites.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    io.setFailed(`evalgate: input "suites": unknown suite ${unknown.join(', ')} (suites: ${[...known].join(', ')})`);
    return;
  }
  const picked = await pickSuites(m, config, git, repoRoot, scorers);
  const wanted = new Set(picked.names);
  const suites = config.suites.filter((s) => wanted.has(s.name));
  if (picked.basis) io.info(`evalgate: ${picked.basis}`);

  const flow = await runSuitesFlow({
    config,
    suites,
    // The one pass rule of a plain run, as `evalgate run` applies it (app/run/pass-rule.ts).
    rules: runRulesFor(config.gate),
    env: m.env,
    plan: { mode: 'use', store: 'cache' },
    scorers,
    warn: (msg) => io.warning(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    tracePath: join(m.outDir, 'trace.jsonl'),
    label: 'head',
    ...(m.ctx.sha ? { commit: m.ctx.sha } : {}),
    ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
    ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
    ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
    ...(m.deps.model ? { model: m.deps.model } : {}),
    ...(m.deps.engine ? { engine: m.deps.engine } : {}),
  });
  const head = flow.result;
  const notEvaluated = config.suites.filter((s) => !wanted.has(s.name)).map((s) => s.name);
  // The JSON report keeps the gate's shape (one schema for every mode); the verdicts are the run's.
  const report = buildGateReport(
    head.suites.map((h) => ({ head: h })),
    config.gate,
    notEvaluated,
    flow.costCapHit,
  );
  const { files, failed } = await writeReports(m, { head, gate: report, headSha: m.ctx.sha, runUrl: m.ctx.runUrl });
  await io.appendSummary(
    renderRunSummary(head, flow.verdicts, {
      ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
      headSha: m.ctx.sha,
      ...(picked.reasons ? { reasons: picked.reasons } : {}),
      ...(picked.basis ? { notes: [picked.basis] } : {}),
      notEvaluated,
      costCapHit: flow.costCapHit,
    }),
  );
  setGateOutputs(io, report, files, '');
  const failing = flow.verdicts.filter((v) => !v.ok);
  // An annotation per failing suite, on its prompt file (the runner shows 10 per type).
  for (const v of failing.slice(0, 10)) {
    const promptPath = head.suites.find((x) => x.name === v.suite)?.promptPath;
    const file = promptPath ? toRepoPath(repoRoot, promptPath) : undefined;
    io.error(`${v.suite}: ${v.reason}`, {
      title: `evalgate: ${v.suite} ${v.status === 'inconclusive' ? 'is inconclusive' : v.status === 'unclear' ? 'is unclear' : 'fails'}`,
      ...(file ? { file } : {}),
    });
  }
  const status = flow.costCapHit
    ? 'over-budget'
    : failing.some((v) => v.status === 'inconclusive' || v.status === 'unclear')
      ? 'inconclusive'
      : failing.length > 0
        ? 'fail'
        : 'pass';
  // Last write wins: the run's status replaces the comparison's.
  io.setOutput('status', status);
  const unwritten = reportWriteFailures(
    io,
    [...(flow.traceFailure ? [flow.traceFailure] : []), ...failed],
    m.inputs.failOn,
  );
  if (m.inputs.failOn === 'never') return;
  const problems: string[] = failing.filter((v) => v.status === 'fail').map((v) => `${v.suite} (${v.reason})`);
  // `fail-on: any` also fails on a suite whose judge disagrees with the labels, as the gate does on unclear.
  if (m.inputs.failOn === 'any')
    for (const v of failing.filter((x) => x.status === 'unclear')) problems.push(`${v.suite} is unclear (${v.reason})`);
  if (flow.costCapHit) problems.push('over-budget: the run reached max-cost-usd');
  // A model outage is not a pass.
  const breaches = head.suites
    .map((s) => errorRateBreach(s, config.gate.maxErrorRate, 'head'))
    .filter((b) => b !== undefined);
  if (breaches.length > 0) problems.push(outageMessage(breaches));
  if (unwritten) problems.push(unwritten);
  if (problems.length > 0) io.setFailed(`evalgate: ${problems.join('; ')}`);
}

interface PickedSuites {
  names: string[];
  /** Why each suite runs (absent: all suites, nothing to explain). */
  reasons?: Record<string, string>;
  /** What the selection was based on, for the summary and the log. */
  basis?: string;
}

async function pickSuites(
  m: ModeEnv,
  config: ResolvedConfig,
  git: Git,
  repoRoot: string,
  scorers: ReturnType<typeof buildScorerRegistry>,
): Promise<PickedSuites> {
  if (m.inputs.suites.length > 0) {
    return {
      names: m.inputs.suites,
      reasons: Object.fromEntries(m.inputs.suites.map((n) => [n, 'named in the `suites` input'])),
    };
  }
  const range = m.ctx.eventName === 'push' ? pushRangeOf(m.ctx.payload) : undefined;
  if (!range) return { names: config.suites.map((s) => s.name) };
  const sel = await selectForPush({
    head: config,
    range,
    git,
    loadBefore: async (sha) => {
      try {
        return await loadConfigFromFiles(m.configPath, baseFileSource({ repoRoot, baseSha: sha, git }, true), {
          env: m.env,
          scorers,
          repoRoot,
        });
      } catch (e) {
        // No config at the previous commit: every suite is new to this push (selectSuites says so).
        if ((e as Error).name === 'ConfigError' && /config file not found/.test((e as Error).message)) return undefined;
        throw e;
      }
    },
  });
  return { names: sel.selected, reasons: sel.reasons, basis: sel.basis };
}
