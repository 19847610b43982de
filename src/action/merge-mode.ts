// `mode: merge`: the job after a sharded gate's matrix. Reads the shards' partial results (downloaded
// artifacts), judges their union (app/merge) and publishes exactly as an unsharded gate does: one
// sticky comment, the job summary, the JSON reports, the outputs and the fail decision.
import { resolve } from 'node:path';
import { runMergeFlow } from '../app/merge/flow.js';
import { publishGate } from './gate-mode.js';
import type { ModeEnv } from './mode-env.js';

export async function runMergeMode(m: ModeEnv): Promise<void> {
  const { io } = m.deps;
  if (!m.ctx.pr) {
    io.setFailed(
      `evalgate: mode "merge" needs a pull_request event (got "${m.ctx.eventName}"): it posts the sharded gate's PR comment`,
    );
    return;
  }
  // Relative to the workspace, where actions/download-artifact puts files by default.
  const paths = m.inputs.shards.map((p) => resolve(m.ctx.workspace, p));
  const flow = await runMergeFlow({ paths, failOn: m.inputs.failOn });
  io.info(`evalgate: merged ${flow.files.length} shards of ${flow.configFile}`);
  const pr = m.ctx.pr;
  if (flow.merged.baseSha !== pr.baseSha || flow.merged.headSha !== pr.headSha) {
    io.warning(
      `the shard files were evaluated on ${flow.merged.baseSha?.slice(0, 12) ?? '?'}..${flow.merged.headSha?.slice(0, 12) ?? '?'}, not this PR's ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)} (a stale artifact?)`,
    );
  }
  await publishGate(m, flow, m.ctx.workspace, flow.merged.replay);
}
