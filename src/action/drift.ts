// The action's `mode: drift` (default on `schedule` and `workflow_dispatch`): one drift check with the
// history on the data branch (drift.branch, via the contents API) and one issue per drifting suite.
// Without a token the check still runs: history in <working-directory>/.evalgate-drift (lost with the
// runner unless a later step uploads it), no issues, a warning. Outputs: `status` (`drifted` |
// `inconclusive` | `ok`), `drifted` (comma-separated suites), `report` (path of the JSON result). The step
// fails when reporting failed (history or issue writes) or more than gate.maxErrorRate of a suite's
// requests failed (an outage is not "no drift"), never on drift itself: the issue is the alarm.
import { join, resolve } from 'node:path';
import { loadConfig } from '../adapters/config/loader.js';
import { runDriftFlow } from '../app/drift/flow.js';
import { buildDriftReporting, type DriftReporting } from '../app/drift/reporting.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { outageMessage } from '../core/results/error-rate.js';
import type { ModeEnv } from './mode-env.js';
import { HTML_FILE, JUNIT_FILE } from './report-out.js';
import { readUnrecorded, UNRECORDED_FILE } from '../app/drift/unrecorded.js';
import { unrecordedFile } from '../core/drift/unrecorded.js';
import { mkdir } from 'node:fs/promises';

/** Tests may replace the GitHub-backed stores. */
export type DriftModeOverrides = Partial<Pick<DriftReporting, 'history' | 'issues'>>;

export async function runDriftMode(m: ModeEnv, overrides: DriftModeOverrides = {}): Promise<void> {
  const { io } = m.deps;
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
  const octokit = await m.octokit();
  // The check's own warnings (e.g. the dashboard could not be written) become workflow warnings.
  const log = (msg: string): void =>
    msg.startsWith('warning: ') ? io.warning(msg.slice('warning: '.length)) : io.info(msg);
  if (!octokit)
    io.warning(
      'evalgate drift: no github-token, so no drift issues and the history stays on this runner (.evalgate-drift)',
    );
  const reporting = buildDriftReporting({
    config,
    github: octokit ? { octokit, owner: m.ctx.owner, repo: m.ctx.repo } : undefined,
    store: 'branch',
    localDir: resolve(m.workDir, '.evalgate-drift'),
    log,
  });
  if (overrides.history) reporting.history = overrides.history;
  if (overrides.issues) reporting.issues = overrides.issues;
  // Nights earlier runs could not record (restored by the workflow from their artifact or a cache).
  const kept = await readUnrecorded(m.inputs.unrecorded.map((p) => resolve(m.ctx.workspace, p)));
  if (kept.files.length) io.info(`evalgate drift: ${kept.entries.length} kept night(s) in ${kept.files.join(', ')}`);

  const flow = await runDriftFlow({
    config,
    env: m.env,
    reporting,
    scorers,
    warn: (msg) => io.warning(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    log,
    tracePath: join(m.outDir, 'drift-trace.jsonl'),
    run: {
      ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
      ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
      ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
      ...(m.deps.signal ? { signal: m.deps.signal } : {}),
    },
    ...(m.ctx.sha ? { commit: m.ctx.sha } : {}),
    ...(m.inputs.batch ? { batch: 'all' as const } : {}),
    ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
    // `pin-baseline: true` makes this run the baseline on the data branch (what the issue advises).
    origin: 'action',
    ...(m.inputs.pinBaseline ? { pin: true } : {}),
    ...(m.deps.model ? { model: m.deps.model } : {}),
    ...(m.deps.engine ? { engine: m.deps.engine } : {}),
    ...(kept.entries.length ? { unrecorded: kept.entries } : {}),
  });

  io.info(flow.line);
  await io.appendSummary(flow.summaryMarkdown);
  const reportPath = join(m.outDir, 'drift.json');
  await m.deps.writeFile(reportPath, `${JSON.stringify(flow.result, null, 2)}\n`);
  io.setOutput('status', flow.drifted.length ? 'drifted' : flow.breaches.length ? 'inconclusive' : 'ok');
  io.setOutput('drifted', flow.drifted.join(','));
  io.setOutput('report', reportPath);
  // The check run as a run reports it: JUnit XML for test reporters, the HTML report for an artifact.
  if (flow.reports) {
    const junit = join(m.outDir, JUNIT_FILE);
    const html = join(m.outDir, HTML_FILE);
    await m.deps.writeFile(junit, flow.reports.junit);
    await m.deps.writeFile(html, flow.reports.html);
    io.setOutput('junit', junit);
    io.setOutput('html-report', html);
  }
  // A model outage cannot say "no drift": the night is recorded as inconclusive and the step fails.
  const problems = [...flow.errors, ...(flow.breaches.length ? [outageMessage(flow.breaches)] : [])];
  // The nights the history did not get: a file in the report folder (the run's artifact) that a later run
  // merges with the `unrecorded` input. Written after everything else, so a failure here costs nothing else.
  if (flow.unrecorded.length) {
    const keptPath = join(m.outDir, UNRECORDED_FILE);
    await mkdir(m.outDir, { recursive: true });
    await m.deps.writeFile(keptPath, `${JSON.stringify(unrecordedFile(flow.unrecorded, flow.errors), null, 1)}\n`);
    io.setOutput('unrecorded', keptPath);
    problems.push(
      `the night's results are kept in ${keptPath} (${flow.unrecorded.length} entr${flow.unrecorded.length === 1 ? 'y' : 'ies'}): upload it and pass it to the next run's \`unrecorded\` input to merge them (docs/drift.md)`,
    );
  }
  if (problems.length) io.setFailed(`evalgate drift: ${problems.join('; ')}`);
}
