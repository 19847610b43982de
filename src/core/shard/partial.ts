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

/** A shard file's content: everything but the format's kind and version. */
export type ShardFileInput = Omit<ShardFile, 'kind' | 'version'>;

export function toShardFile(i: ShardFileInput): ShardFile {
  return { kind: SHARD_FILE_KIND, version: SHARD_FILE_VERSION, ...i };
}

/** Whether a parsed JSON document is a shard file (of a version this build reads). */
export function isShardFile(x: unknown): x is ShardFile {
  const f = x as Partial<ShardFile> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    f.kind === SHARD_FILE_KIND &&
    f.version === SHARD_FILE_VERSION &&
    Array.isArray(f.caseIndex) &&
    typeof f.shard === 'object'
  );
}
