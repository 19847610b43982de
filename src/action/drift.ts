// The action's `mode: drift` (default on `schedule` and `workflow_dispatch`): one drift check with the
// history on the data branch (drift.branch, via the contents API) and one issue per drifting suite.
//
// Options: runDriftMode(m: ModeEnv, overrides?: DriftModeOverrides)
// - m (built by src/action/run.ts): inputs (config, repeat, concurrency, max-cost-usd, github-token),
//   context (owner/repo, sha, runUrl), env with the api-key/base-url inputs applied, io, octokit(),
//   deps.model / deps.engine (test injection).
// - overrides: history / issues replace the GitHub-backed stores (tests).
// Without a token the check still runs: history in <working-directory>/.evalgate-drift (lost with the
// runner unless a later step uploads it), no issues, a warning. Outputs: `status` (`drifted` | `ok`),
// `drifted` (comma-separated suites), `report` (path of the JSON result). The step fails only when
// reporting failed (history or issue writes), never on drift itself: the issue is the alarm.
import { join, resolve } from 'node:path';
import { loadConfig } from '../adapters/config/loader.js';
import { createSystemClock } from '../adapters/clock/system-clock.js';
import { createDriftIssues } from '../adapters/github/drift-issues.js';
import { createBranchHistoryStore } from '../adapters/history/branch-store.js';
import { createLocalHistoryStore } from '../adapters/history/local-store.js';
import { buildRuntime, buildScorerRegistry, newRunId } from '../cli/runtime.js';
import { VERSION } from '../cli/version.js';
import { runDriftCheck } from '../core/drift/monitor.js';
import type { DriftIssueTracker, HistoryStore } from '../core/drift/ports.js';
import { driftLogLine, renderDriftSummary } from '../core/drift/summary.js';
import { runEval } from '../core/engine/engine.js';
import type { ModeEnv } from './run.js';

export interface DriftModeOverrides {
  history?: HistoryStore;
  issues?: DriftIssueTracker;
}

export async function runDriftMode(m: ModeEnv, overrides: DriftModeOverrides = {}): Promise<void> {
  const { io } = m.deps;
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
  const octokit = await m.octokit();
  const repo = { owner: m.ctx.owner, repo: m.ctx.repo };
  // The check's own warnings (e.g. the dashboard could not be written) become workflow warnings.
  const log = (msg: string): void => (msg.startsWith('warning: ') ? io.warning(msg.slice('warning: '.length)) : io.info(msg));

  let history = overrides.history;
  let issues = overrides.issues;
  if (octokit) {
    history ??= createBranchHistoryStore({ octokit, ...repo, branch: config.drift.branch, log });
    issues ??= createDriftIssues({ octokit, ...repo, label: config.drift.label, log });
  } else {
    io.warning('evalgate drift: no github-token, so no drift issues and the history stays on this runner (.evalgate-drift)');
    history ??= createLocalHistoryStore(resolve(m.workDir, '.evalgate-drift'));
  }

  const runtime = buildRuntime({
    config,
    env: m.env,
    plan: { mode: 'refresh', store: 'cache' },
    scorers,
    warn: (msg) => io.warning(msg),
    tracePath: join(m.outDir, 'drift-trace.jsonl'),
    ...(m.deps.model ? { model: m.deps.model } : {}),
  });
  const started = Date.now();
  let result;
  try {
    const { cacheMode: _live, ...runOptions } = runtime.options;
    result = await runDriftCheck(
      {
        suites: config.suites,
        drift: config.drift,
        runId: `drift-${newRunId()}`,
        run: {
          ...runOptions,
          toolVersion: VERSION,
          ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
          ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
          ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
        },
        maxErrorRate: config.gate.maxErrorRate,
        ...(m.ctx.sha ? { commit: m.ctx.sha } : {}),
        ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
      },
      { runEval: m.deps.engine ?? runEval, engine: runtime.deps, clock: createSystemClock(), history, ...(issues ? { issues } : {}), log },
    );
  } finally {
    await runtime.close();
  }

  io.info(driftLogLine(result, Date.now() - started));
  await io.appendSummary(renderDriftSummary(result));
  const reportPath = join(m.outDir, 'drift.json');
  await m.deps.writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);
  const drifted = result.outcomes.filter((o) => o.status === 'drifted').map((o) => o.suite);
  io.setOutput('status', drifted.length ? 'drifted' : 'ok');
  io.setOutput('drifted', drifted.join(','));
  io.setOutput('report', reportPath);
  const errors = result.outcomes.filter((o) => o.error);
  if (errors.length) io.setFailed(`evalgate drift: ${errors.map((o) => `${o.suite}: ${o.error}`).join('; ')}`);
}
