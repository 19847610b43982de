// Action `mode: compare`: the quality/cost frontier of the suites' candidates (app/compare/flow.ts) to
// the job summary and report.html (the "Choose the model" section, then every case under every model),
// with step outputs `frontier` (JSON), `recommended` (suite:candidate pairs, the cheapest not-worse
// candidate of each suite) and `html-report`. It never fails the job on a verdict: it informs a choice.
// A report file that cannot be written fails alone, as in the other modes (report-out.ts).
import { join } from 'node:path';
import { loadConfig } from '../adapters/config/loader.js';
import { runCompareFlow } from '../app/compare/flow.js';
import { writeEach } from '../app/outputs.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { renderFrontierMarkdown } from '../core/candidates/render.js';
import { renderHtmlReport } from '../core/report/html-report.js';
import type { ModeEnv } from './mode-env.js';
import { HTML_FILE, reportFile, reportWriteFailures } from './report-out.js';

export const FRONTIER_FILE = 'frontier.json';

export async function runCompareMode(m: ModeEnv): Promise<void> {
  const { io } = m.deps;
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
  const { report, run, scrub } = await runCompareFlow({
    config,
    scorers,
    env: m.env,
    warn: (msg) => io.warning(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    ...(m.inputs.suites.length ? { suites: m.inputs.suites } : {}),
    ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
    ...(m.inputs.batch ? { batch: 'all' as const } : {}),
    log: (msg) => io.info(msg),
  });
  const json = scrub(JSON.stringify(report));
  const file = (name: string, text: () => string) => reportFile(m, name, text);
  const html = () =>
    scrub(
      renderHtmlReport({
        head: run,
        frontier: report,
        title: 'evalgate compare',
        generatedAt: run.finishedAt,
        ...(m.ctx.runUrl ? { runUrl: m.ctx.runUrl } : {}),
      }),
    );
  const failed = await writeEach([file(FRONTIER_FILE, () => json), file(HTML_FILE, html)]);
  const written = (name: string) => (failed.some((f) => f.output === name) ? '' : join(m.outDir, name));
  await io.appendSummary(`${scrub(renderFrontierMarkdown(report))}\n`);
  io.setOutput('frontier', json);
  io.setOutput(
    'recommended',
    report.suites
      .filter((s) => s.recommended)
      .map((s) => `${s.suite}:${s.recommended}`)
      .join(','),
  );
  io.setOutput('report', written(FRONTIER_FILE));
  io.setOutput('html-report', written(HTML_FILE));
  io.setOutput('status', 'compared');
  const unwritten = reportWriteFailures(io, failed, m.inputs.failOn);
  if (unwritten) io.setFailed(`evalgate: ${unwritten}`);
}
