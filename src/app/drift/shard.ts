// A big drift suite split over n runners (a nightly matrix, or several monitor replicas) with the gate's
// sharding machinery (core/shard): `evalgate drift --shard i/n` runs the cases of its shard (the same
// stable hash of suite and case id as the gate) and writes a drift shard file, touching neither history
// nor issues; `evalgate drift --merge FILES|DIRS` merges all n (core/shard mergeSuite: config order,
// aggregates over the union) and runs the drift check on the union, so the history entry and the issue
// come out as from one unsharded run. Confirmation re-runs, if a suite looks suspicious, run in the merge job.
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import type { EngineOutput, RunEval } from '../../core/engine/types.js';
import type { SuiteResult } from '../../core/results/types.js';
import { checkComplete, mergeSuite } from '../../core/shard/merge.js';
import { shardJobs, ShardError, type Shard } from '../../core/shard/shard.js';
import { createMemoryHistoryStore } from './memory-history.js';
import { expand } from '../merge/flow.js';
import type { DriftReporting } from './reporting.js';

export const DRIFT_SHARD_KIND = 'evalgate-drift-shard';
export const DRIFT_SHARD_FILE = /^evalgate-drift-shard-\d+-of-\d+\.json$/;

export interface DriftShardFile {
  kind: typeof DRIFT_SHARD_KIND;
  version: 1;
  shard: Shard;
  /** The config every shard must share (its path and the suites it ran). */
  configPath: string;
  costCapHit: boolean;
  /** Per suite, in run order: the suite's results of this shard's cases and their full-suite indexes. */
  suites: { suite: SuiteResult; index: number[] }[];
}

export const driftShardFileName = (s: Shard): string => `evalgate-drift-shard-${s.index}-of-${s.total}.json`;

/**
 * What a shard run hands the drift flow: an engine that runs only the shard's cases and keeps them, a
 * config without confirmation re-runs (the merge job confirms, on every case), and reporting that writes
 * nothing (a shard's partial night must not reach the history or an issue).
 */
export function driftShardRun(
  config: ResolvedConfig,
  shard: Shard,
): { config: ResolvedConfig; engine: RunEval; reporting: DriftReporting; file: () => DriftShardFile } {
  let captured: DriftShardFile | undefined;
  const engine: RunEval = async (jobs, options, deps) => {
    const sharded = shardJobs(jobs, shard);
    const out = await runEval(
      sharded.map((s) => s.job),
      options,
      deps,
    );
    captured = {
      kind: DRIFT_SHARD_KIND,
      version: 1,
      shard,
      configPath: config.path,
      costCapHit: out.costCapHit,
      suites: out.results.map((r, i) => ({ suite: r.suite, index: sharded[i]!.caseIndex })),
    };
    return out;
  };
  return {
    config: { ...config, drift: { ...config.drift, confirmRuns: 0 } },
    engine,
    reporting: {
      history: createMemoryHistoryStore(),
      describe: `shard ${shard.index}/${shard.total} (no history or issues: merge with --merge)`,
    },
    file: () => {
      if (!captured) throw new ShardError('the shard run evaluated nothing');
      return captured;
    },
  };
}

async function readDriftShard(path: string): Promise<DriftShardFile> {
  let parsed: Partial<DriftShardFile> | null;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<DriftShardFile> | null;
  } catch (e) {
    throw new ShardError(`${path}: not a readable JSON file (${(e as Error).message})`);
  }
  if (
    parsed?.kind !== DRIFT_SHARD_KIND ||
    parsed.version !== 1 ||
    !Array.isArray(parsed.suites) ||
    typeof parsed.shard !== 'object'
  ) {
    throw new ShardError(`${path}: not an evalgate drift shard file (written by \`evalgate drift --shard i/n\`)`);
  }
  return parsed as DriftShardFile;
}

/**
 * The union of all n shard files as the engine output of one run, and an engine for the drift flow
 * that answers the check run with it (and runs confirmation re-runs live, on every case).
 */
export async function mergedDriftEngine(
  paths: readonly string[],
  configPath: string,
): Promise<{ engine: RunEval; files: string[]; total: number }> {
  const found = [...new Set((await Promise.all(paths.map((p) => expand(p, DRIFT_SHARD_FILE)))).flat())];
  if (found.length === 0)
    throw new ShardError(`no drift shard files (evalgate-drift-shard-I-of-N.json) found in ${paths.join(', ')}`);
  const files = await Promise.all(found.map(readDriftShard));
  const total = checkComplete(files);
  for (const f of files) {
    if (f.configPath !== files[0]!.configPath)
      throw new ShardError(`the drift shard files disagree on the config (${files[0]!.configPath} vs ${f.configPath})`);
  }
  if (files[0]!.configPath !== configPath)
    throw new ShardError(`the drift shard files are of ${files[0]!.configPath}, not of ${configPath}`);
  const names = files[0]!.suites.map((s) => s.suite.name);
  const merged: EngineOutput = {
    costCapHit: files.some((f) => f.costCapHit),
    results: names.map((name) => ({
      label: 'live',
      suite: mergeSuite(
        files.map((f) => {
          const part = f.suites.find((s) => s.suite.name === name);
          if (!part) throw new ShardError(`shard ${f.shard.index}/${total} has no results for suite "${name}"`);
          return part;
        }),
      ),
    })),
  };
  let served = false;
  const engine: RunEval = async (jobs, options, deps) => {
    if (served) return runEval(jobs, options, deps);
    served = true;
    const want = jobs.map((j) => j.suite.name);
    if (want.join('\n') !== names.join('\n'))
      throw new ShardError(
        `the drift shard files hold suites ${names.join(', ')}, the check wants ${want.join(', ')}: merge with the same --suite selection`,
      );
    return merged;
  };
  return { engine, files: found, total };
}
