// The partial result of one shard of a sharded gate, from the gate flow's result (see core/shard).
import type { Shard } from '../../core/shard/shard.js';
import { toShardFile, type ShardFile } from '../../core/shard/partial.js';
import type { GateFlowResult } from './flow.js';

/** File name of a shard's partial result: one per shard, so artifacts of a matrix never collide. */
export function shardFileName(shard: Shard): string {
  return `evalgate-shard-${shard.index}-of-${shard.total}.json`;
}

export function shardFileOf(
  flow: GateFlowResult,
  shard: Shard,
  opts: { baseSha?: string; headSha?: string; replay: boolean },
): ShardFile {
  const { outcome } = flow;
  const index = outcome.caseIndex ?? outcome.plan.jobs.map((j) => j.suite.cases.map((_, i) => i));
  return toShardFile({
    shard,
    configPath: flow.configFile,
    ...(opts.baseSha !== undefined ? { baseSha: opts.baseSha } : {}),
    ...(opts.headSha !== undefined ? { headSha: opts.headSha } : {}),
    replay: opts.replay,
    gate: outcome.gate,
    selection: outcome.selection,
    costCapHit: outcome.report.costCapHit,
    caseIndex: outcome.plan.jobs.map((j, k) => ({ label: j.label, suite: j.suite.name, index: index[k] ?? [] })),
    base: flow.baseRun,
    head: flow.headRun,
  });
}
