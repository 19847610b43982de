// The partial result one shard of a sharded gate writes (uploaded as an artifact by its matrix job):
// everything the merge needs to judge the union as one run would: both sides' results of this shard's
// cases, where each case sits in its full suite, and the inputs of the decision that every shard
// computed identically (selection, gate rules, commits).
import type { GateConfig } from '../config/schema.js';
import type { SuiteSelection } from '../gate/select.js';
import type { RunResult } from '../results/types.js';
import type { Shard } from './shard.js';

export const SHARD_FILE_KIND = 'evalgate-gate-shard';
export const SHARD_FILE_VERSION = 1;

export interface ShardFile {
  kind: typeof SHARD_FILE_KIND;
  version: typeof SHARD_FILE_VERSION;
  shard: Shard;
  /** Repository-relative config path: shards of different configs must not be merged. */
  configPath: string;
  baseSha?: string;
  headSha?: string;
  /** Evaluated from recordings (fork PR without a key). */
  replay: boolean;
  gate: GateConfig;
  selection: SuiteSelection;
  costCapHit: boolean;
  /** One entry per evaluated (label, suite), in run order: the full-suite index of each case in the results. */
  caseIndex: { label: string; suite: string; index: number[] }[];
  base: RunResult;
  head: RunResult;
}

export interface ShardFileInput {
  shard: Shard;
  configPath: string;
  baseSha?: string;
  headSha?: string;
  replay: boolean;
  gate: GateConfig;
  selection: SuiteSelection;
  costCapHit: boolean;
  /** Labels and suite names of the evaluated jobs, in run order, with their case indexes. */
  jobs: { label: string; suite: string; index: number[] }[];
  base: RunResult;
  head: RunResult;
}

export function toShardFile(i: ShardFileInput): ShardFile {
  const f: ShardFile = {
    kind: SHARD_FILE_KIND,
    version: SHARD_FILE_VERSION,
    shard: i.shard,
    configPath: i.configPath,
    replay: i.replay,
    gate: i.gate,
    selection: i.selection,
    costCapHit: i.costCapHit,
    caseIndex: i.jobs,
    base: i.base,
    head: i.head,
  };
  if (i.baseSha !== undefined) f.baseSha = i.baseSha;
  if (i.headSha !== undefined) f.headSha = i.headSha;
  return f;
}

/** Whether a parsed JSON document is a shard file (of a version this build reads). */
export function isShardFile(x: unknown): x is ShardFile {
  const f = x as Partial<ShardFile> | null;
  return typeof f === 'object' && f !== null && f.kind === SHARD_FILE_KIND && f.version === SHARD_FILE_VERSION && Array.isArray(f.caseIndex) && typeof f.shard === 'object';
}
