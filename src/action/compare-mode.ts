// Action `mode: compare`: the quality/cost frontier of the suites' candidates (app/compare/flow.ts) to
// the job summary, with step outputs `frontier` (JSON) and `recommended` (suite:candidate pairs, the
// cheapest not-worse candidate of each suite). It never fails the job on a verdict: it informs a choice.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../adapters/config/loader.js';
import { runCompareFlow } from '../app/compare/flow.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { renderFrontierMarkdown } from '../core/candidates/render.js';
import type { ModeEnv } from './mode-env.js';

export async function runCompareMode(m: ModeEnv): Promise<void> {
  const { io } = m.deps;
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
  const { report, scrub } = await runCompareFlow({
    config,
    scorers,
    env: m.env,
    warn: (msg) => io.warning(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    ...(m.inputs.suites.length ? { suites: m.inputs.suites } : {}),
    ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
  });
  const json = scrub(JSON.stringify(report));
  await mkdir(m.outDir, { recursive: true });
  await m.deps.writeFile(join(m.outDir, 'frontier.json'), json);
  await io.appendSummary(`${scrub(renderFrontierMarkdown(report))}\n`);
  io.setOutput('frontier', json);
  io.setOutput(
    'recommended',
    report.suites
      .filter((s) => s.recommended)
      .map((s) => `${s.suite}:${s.recommended}`)
      .join(','),
  );
  io.setOutput('report', join(m.outDir, 'frontier.json'));
  io.setOutput('status', 'compared');
}
