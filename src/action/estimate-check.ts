// The action's cost check before anything is sent: with `estimate: true` it reports the estimate and
// stops; with `max-cost-usd` it refuses a run or drift check whose estimate's low end (input tokens
// alone, or the shortest answers of the history) already exceeds the cap, since that run could only be
// cut short. The gate is not refused this way: which suites a PR evaluates is decided inside the gate
// flow, and the estimate of every suite on both sides would refuse PRs that fit (the in-run cap holds).
import { loadConfig } from '../adapters/config/loader.js';
import { buildEstimate, driftJobs, gateJobs, runJobs } from '../app/estimate.js';
import { compareEstimateJobs } from '../app/compare/flow.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { estimateLine, renderEstimateMarkdown } from '../core/estimate/render.js';
import type { ActionMode } from './inputs.js';
import type { ModeEnv } from './mode-env.js';

/** 'stop' when the mode must not run (an estimate-only step, or a refused run). */
export async function estimateFirst(m: ModeEnv, mode: ActionMode): Promise<'stop' | 'go'> {
  const { io } = m.deps;
  const scorers = buildScorerRegistry();
  const config = await loadConfig(m.configPath, { env: m.env, scorers, repoRoot: m.ctx.workspace });
  const selected = m.inputs.suites.length
    ? config.suites.filter((s) => m.inputs.suites.includes(s.name))
    : config.suites;
  const jobs =
    mode === 'gate'
      ? gateJobs(config, m.inputs.repeat)
      : mode === 'drift'
        ? driftJobs(config, config.suites, m.inputs.batch)
        : mode === 'compare'
          ? compareEstimateJobs(config, m.inputs.suites, m.inputs.repeat, m.inputs.batch)
          : runJobs(selected, m.inputs.repeat);
  const estimate = await buildEstimate({ config, jobs, scorers, warn: (msg) => io.warning(msg) });
  io.setOutput('estimate', JSON.stringify(estimate));
  io.info(estimateLine(estimate));
  const cap = m.inputs.maxCostUsd;
  const cost = estimate.totals.costUsd;
  if (m.inputs.estimate) {
    await io.appendSummary(`${renderEstimateMarkdown(estimate)}\n`);
    io.setOutput('status', 'estimated');
    return 'stop';
  }
  if (cap !== undefined && cost && cost.low > cap && mode !== 'gate') {
    await io.appendSummary(
      `${renderEstimateMarkdown(estimate)}\n\n**Not run:** even the low end of the estimate ($${cost.low.toFixed(4)}) exceeds max-cost-usd $${cap}.\n`,
    );
    io.setOutput('status', 'over-budget');
    io.setFailed(
      `evalgate: the estimate's low end ($${cost.low.toFixed(4)}) exceeds max-cost-usd $${cap}; nothing was sent`,
    );
    return 'stop';
  }
  return 'go';
}
