// `push` (or mode: run): evaluate the selected suites on the checked-out ref and report in the job
// summary. Selection: the `suites` input; else, on a push whose payload has before/after, the suites the
// pushed commits affect (push-select.ts); else all. Verdicts are head-only: `below-min` under
// gate.minScore, else pass.
import { join } from 'node:path';
import { loadConfig, loadConfigFromFiles } from '../adapters/config/loader.js';
import type { Git } from '../adapters/git/git.js';
import type { ResolvedConfig } from '../core/config/resolved.js';
import { buildGateReport } from '../core/gate/report.js';
import { runEval } from '../core/engine/engine.js';
import type { EngineOutput } from '../core/engine/types.js';
import { toRunResult } from '../core/engine/run-result.js';
import { shouldFail } from '../core/gate/gate.js';
import { errorRateBreach, outageMessage } from '../core/results/error-rate.js';
import { buildRuntime, buildScorerRegistry, newRunId } from '../app/runtime.js';
import { VERSION } from '../app/version.js';
import { baseFileSource, toRepoPath } from '../app/gate/flow.js';
import { pushRangeOf, selectForPush } from './push-select.js';
import { annotateFailures, setGateOutputs, writeReports } from './report-out.js';
import { renderGateSummary } from '../app/gate/render.js';
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

  const runtime = buildRuntime({
    config,
    env: m.env,
    plan: { mode: 'use', store: 'cache' },
    scorers,
    warn: (msg) => io.warning(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    tracePath: join(m.outDir, 'trace.jsonl'),
    ...(m.deps.model ? { model: m.deps.model } : {}),
  });
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  let out: EngineOutput = { results: [], costCapHit: false };
  try {
    // A push that affects no suite sends nothing (the summary lists the suites as not evaluated).
    if (suites.length > 0) {
      out = await (m.deps.engine ?? runEval)(
        suites.map((suite) => ({ label: 'head', suite })),
        {
          runId,
          toolVersion: VERSION,
          ...runtime.options,
          ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
          ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
          ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
        },
        runtime.deps,
      );
    }
  } finally {
    await runtime.close();
  }
  const head = toRunResult(out, 'head', { runId, toolVersion: VERSION, startedAt, finishedAt: new Date().toISOString(), ...(m.ctx.sha ? { commit: m.ctx.sha } : {}) });
  const report = buildGateReport(
    head.suites.map((h) => ({ head: h })),
    config.gate,
    config.suites.filter((s) => !wanted.has(s.name)).map((s) => s.name),
    out.costCapHit,
  );
  const files = await writeReports(m, { head, gate: report, headSha: m.ctx.sha, runUrl: m.ctx.runUrl });
  await io.appendSummary(
    renderGateSummary(report, {
      ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
      headSha: m.ctx.sha,
      ...(picked.reasons ? { reasons: picked.reasons } : {}),
      ...(picked.basis ? { notes: [picked.basis] } : {}),
    }),
  );
  annotateFailures(io, report, m.inputs.failOn, (p) => toRepoPath(repoRoot, p) ?? p);
  setGateOutputs(io, report, files, '');
  const problems: string[] = [];
  if (shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], m.inputs.failOn)) {
    problems.push(report.suites.filter((s) => shouldFail([s.verdict], m.inputs.failOn)).map((s) => `${s.suite} (${s.reason})`).join('; ') || report.verdict);
  }
  // A model outage is not a pass: the step fails unless fail-on is never.
  const breaches = head.suites.map((s) => errorRateBreach(s, config.gate.maxErrorRate, 'head')).filter((b) => b !== undefined);
  if (m.inputs.failOn !== 'never' && breaches.length > 0) problems.push(outageMessage(breaches));
  if (problems.length > 0) io.setFailed(`evalgate: ${problems.join('; ')}`);
}

interface PickedSuites {
  names: string[];
  /** Why each suite runs (absent: all suites, nothing to explain). */
  reasons?: Record<string, string>;
  /** What the selection was based on, for the summary and the log. */
  basis?: string;
}

async function pickSuites(m: ModeEnv, config: ResolvedConfig, git: Git, repoRoot: string, scorers: ReturnType<typeof buildScorerRegistry>): Promise<PickedSuites> {
  if (m.inputs.suites.length > 0) {
    return { names: m.inputs.suites, reasons: Object.fromEntries(m.inputs.suites.map((n) => [n, 'named in the `suites` input'])) };
  }
  const range = m.ctx.eventName === 'push' ? pushRangeOf(m.ctx.payload) : undefined;
  if (!range) return { names: config.suites.map((s) => s.name) };
  const sel = await selectForPush({
    head: config,
    range,
    git,
    loadBefore: async (sha) => {
      try {
        return await loadConfigFromFiles(m.configPath, baseFileSource({ repoRoot, baseSha: sha, git }, true), { env: m.env, scorers, repoRoot });
      } catch (e) {
        // No config at the previous commit: every suite is new to this push (selectSuites says so).
        if ((e as Error).name === 'ConfigError' && /config file not found/.test((e as Error).message)) return undefined;
        throw e;
      }
    },
  });
  return { names: sel.selected, reasons: sel.reasons, basis: sel.basis };
}
