// `mode: merge` and `evalgate merge`: reads the partial results of a sharded gate (files, or folders
// searched for them, e.g. where actions/download-artifact put the matrix's artifacts), merges them
// (core/shard/merge) and judges the union with the gate's own comparison (core/gate judgeGate).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { addPower } from '../../core/gate/suite-power.js';
import { judgeGate, type FailOn, type GateJudgement } from '../../core/gate/gate.js';
import type { SuiteSelection } from '../../core/gate/select.js';
import { isShardFile, type ShardFile } from '../../core/shard/partial.js';
import { mergeShardFiles, type MergedShards } from '../../core/shard/merge.js';
import { ShardError } from '../../core/shard/shard.js';
import type { RunResult } from '../../core/results/types.js';
import type { ErrorRateBreach } from '../../core/results/error-rate.js';
import { outageOf } from '../gate/flow.js';

export interface MergeFlowInput {
  /** Shard files, or folders holding them (searched recursively for evalgate-shard-*.json). */
  paths: readonly string[];
  failOn: FailOn;
}

export interface MergeFlowResult {
  outcome: GateJudgement & { selection: SuiteSelection };
  merged: MergedShards;
  baseRun: RunResult;
  headRun: RunResult;
  configFile: string;
  /** The files merged, in shard order. */
  files: string[];
  /** Suites whose requests failed beyond gate.maxErrorRate, over the union (as the gate flow). */
  breaches: ErrorRateBreach[];
  /** The verdicts under failOn, or an outage (unless failOn is `never`). */
  fail: boolean;
}

const SHARD_FILE = /^evalgate-shard-\d+-of-\d+\.json$/;

/** `path` itself, or the files under the folder `path` whose names match `pattern` (default: gate shard files). */
export async function expand(path: string, pattern: RegExp = SHARD_FILE): Promise<string[]> {
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new ShardError(`${path}: no such file or folder`);
  if (!st.isDirectory()) return [path];
  const found: string[] = [];
  for (const e of await readdir(path, { withFileTypes: true })) {
    const p = join(path, e.name);
    if (e.isDirectory()) found.push(...(await expand(p, pattern)));
    else if (pattern.test(e.name)) found.push(p);
  }
  return found;
}

async function readShard(path: string): Promise<ShardFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new ShardError(`${path}: not a readable JSON file (${(e as Error).message})`);
  }
  if (!isShardFile(parsed))
    throw new ShardError(
      `${path}: not an evalgate shard file (written by \`evalgate gate --shard i/n\` or the action's shard input)`,
    );
  return parsed;
}

export async function runMergeFlow(input: MergeFlowInput): Promise<MergeFlowResult> {
  const paths = [...new Set((await Promise.all(input.paths.map((p) => expand(p)))).flat())];
  if (paths.length === 0)
    throw new ShardError(`no shard files (evalgate-shard-I-of-N.json) found in ${input.paths.join(', ')}`);
  const read = await Promise.all(paths.map(async (p) => ({ path: p, file: await readShard(p) })));
  read.sort((a, b) => a.file.shard.index - b.file.shard.index);
  const merged = mergeShardFiles(read.map((r) => r.file));
  const judged = judgeGate(merged.out, merged.selection, merged.gate, input.failOn);
  addPower(judged.report, merged.gate);
  const breaches = outageOf({ gate: merged.gate, report: judged.report }, merged.replay);
  return {
    breaches,
    fail: judged.fail || (input.failOn !== 'never' && breaches.length > 0),
    outcome: { ...judged, selection: merged.selection },
    merged,
    baseRun: merged.baseRun,
    headRun: merged.headRun,
    configFile: merged.configPath,
    files: read.map((r) => r.path),
  };
}
