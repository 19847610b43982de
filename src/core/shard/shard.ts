// Splitting a gate's work over n runners (a GitHub Actions matrix). Each case goes to the shard picked
// by a stable hash of (suite, case id): base and head samples of a case land in the same shard (their
// pairing survives), every shard sees every suite, and a case keeps its shard when other cases are
// added or removed. FNV-1a is enough: the spread only has to be even, not secret.
import type { SuiteJob } from '../engine/types.js';

export interface Shard {
  /** 1-based, as in `--shard 2/3`. */
  index: number;
  total: number;
}

export class ShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardError';
  }
}

/** "2/3" → { index: 2, total: 3 }; at most 256 shards (far beyond a matrix's sensible width). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new ShardError(`expected i/n (e.g. 2/3), got "${text}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > 256) throw new ShardError(`the number of shards must be 1..256, got ${total}`);
  if (index < 1 || index > total) throw new ShardError(`the shard index must be 1..${total}, got ${index}`);
  return { index, total };
}

export function shardLabel(s: Shard): string {
  return `${s.index}/${s.total}`;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The 1-based shard a case belongs to among `total`. */
export function shardOf(suite: string, caseId: string, total: number): number {
  return (fnv1a(`${suite}\u0000${caseId}`) % total) + 1;
}

/** A job's cases of one shard, with each kept case's index in the full suite (for the merge's order). */
export interface ShardedJob {
  job: SuiteJob;
  caseIndex: number[];
}

/** Keeps each job's cases of the shard; a job whose cases all fall elsewhere stays, with no cases. */
export function shardJobs(jobs: readonly SuiteJob[], shard: Shard): ShardedJob[] {
  return jobs.map((job) => {
    const caseIndex: number[] = [];
    const cases = job.suite.cases.filter((c, i) => {
      const mine = shardOf(job.suite.name, c.id, shard.total) === shard.index;
      if (mine) caseIndex.push(i);
      return mine;
    });
    return { job: { ...job, suite: { ...job.suite, cases } }, caseIndex };
  });
}
