// Merges the partial results of a sharded gate into the results one unsharded run would have produced:
// each suite's cases back in config order, aggregates recomputed over the union (core/engine/aggregate),
// served models and fingerprints united. The verdicts are then computed by the gate's own comparison
// (judgeGate) on this union, never by combining per-shard verdicts.
import { canonicalJson } from '../util/canonical-json.js';
import { aggregateSuite } from '../engine/aggregate.js';
import { mergeConsistency } from '../scorers/model-graded/consistency.js';
import { mergeSuiteJudge } from '../scorers/model-graded/judge-identity.js';
import { toRunResult } from '../engine/run-result.js';
import type { EngineOutput } from '../engine/types.js';
import type { CaseResult, RunResult, SuiteResult } from '../results/types.js';
import type { ShardFile } from './partial.js';
import { ShardError } from './shard.js';

/** What every shard agreed on (its file's fields), plus the union of their results. */
export interface MergedShards
  extends Pick<ShardFile, 'configPath' | 'baseSha' | 'headSha' | 'replay' | 'gate' | 'selection'> {
  total: number;
  /** The union as an engine output (labels base / head), for judgeGate. */
  out: EngineOutput;
  baseRun: RunResult;
  headRun: RunResult;
}

function same<F extends Pick<ShardFile, 'shard'>, T>(files: readonly F[], what: string, get: (f: F) => T): T {
  const first = get(files[0]!);
  const key = canonicalJson(first ?? null);
  for (const f of files.slice(1)) {
    if (canonicalJson(get(f) ?? null) !== key) {
      throw new ShardError(
        `the shard files disagree on ${what} (shard ${files[0]!.shard.index}/${files[0]!.shard.total} vs ${f.shard.index}/${f.shard.total}): were they produced by the same workflow run?`,
      );
    }
  }
  return first;
}

/** The number of shards, once every shard 1..n is given exactly once (gate and drift shard files alike). */
export function checkComplete(files: readonly Pick<ShardFile, 'shard'>[]): number {
  const total = same(files, 'the number of shards', (f) => f.shard.total);
  const seen = new Set<number>();
  for (const f of files) {
    if (seen.has(f.shard.index)) throw new ShardError(`shard ${f.shard.index}/${total} is given twice`);
    seen.add(f.shard.index);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new ShardError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${total}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: a verdict on part of the cases would not be the gate's verdict`,
    );
  }
  return total;
}

/** One suite's shard parts back in config order, aggregates recomputed over the union. */
export function mergeSuite(parts: { suite: SuiteResult; index: number[] }[]): SuiteResult {
  const first = parts[0]!.suite;
  const indexed: { i: number; c: CaseResult }[] = [];
  const served = new Set<string>();
  const fingerprints = new Set<string>();
  let redactions: number | undefined;
  for (const p of parts) {
    if (p.index.length !== p.suite.cases.length)
      throw new ShardError(
        `shard file of suite "${first.name}" is inconsistent (case index and cases differ in length)`,
      );
    p.suite.cases.forEach((c, k) => indexed.push({ i: p.index[k]!, c }));
    for (const m of p.suite.servedModels) served.add(m);
    for (const f of p.suite.systemFingerprints) fingerprints.add(f);
    if (p.suite.redactions !== undefined) redactions = (redactions ?? 0) + p.suite.redactions;
  }
  indexed.sort((a, b) => a.i - b.i);
  for (let k = 1; k < indexed.length; k++) {
    if (indexed[k]!.i === indexed[k - 1]!.i)
      throw new ShardError(`suite "${first.name}": case "${indexed[k]!.c.id}" is in two shards`);
  }
  const cases = indexed.map((x) => x.c);
  const { cases: _c, aggregates: _a, redactions: _r, judge: _j, judgeConsistency: _k, ...meta } = first;
  const suite: SuiteResult = {
    ...meta,
    servedModels: [...served].sort(),
    systemFingerprints: [...fingerprints].sort(),
    cases,
    aggregates: aggregateSuite(cases, first.traffic),
  };
  if (redactions !== undefined) suite.redactions = redactions;
  // The judge identity and self-consistency of the union, not of the first shard's cases.
  const judge = mergeSuiteJudge(
    parts.map((p) => p.suite.judge),
    cases.map((c) => c.judge),
  );
  if (judge) suite.judge = judge;
  const consistency = mergeConsistency(parts.map((p) => p.suite.judgeConsistency));
  if (consistency) suite.judgeConsistency = consistency;
  return suite;
}

export function mergeShardFiles(files: readonly ShardFile[]): MergedShards {
  if (files.length === 0) throw new ShardError('no shard files to merge');
  const total = checkComplete(files);
  const configPath = same(files, 'the config path', (f) => f.configPath);
  const baseSha = same(files, 'the base commit', (f) => f.baseSha);
  const headSha = same(files, 'the head commit', (f) => f.headSha);
  const selection = same(files, 'the suites selected', (f) => f.selection);
  const gate = same(files, 'the gate rules', (f) => f.gate);
  same(files, 'the suites evaluated', (f) => f.caseIndex.map((j) => `${j.label}:${j.suite}`));

  // Job order (labels and suites interleaved as the run had them) comes from the first shard.
  const results: EngineOutput['results'] = files[0]!.caseIndex.map((job) => {
    const parts = files.map((f) => {
      const run = job.label === 'base' ? f.base : f.head;
      const suite = run.suites.find((s) => s.name === job.suite);
      const entry = f.caseIndex.find((j) => j.label === job.label && j.suite === job.suite);
      if (!suite || !entry)
        throw new ShardError(`shard ${f.shard.index}/${total} has no ${job.label} results for suite "${job.suite}"`);
      return { suite, index: entry.index };
    });
    return { label: job.label, suite: mergeSuite(parts) };
  });
  const costCapHit = files.some((f) => f.costCapHit);
  const out: EngineOutput = { results, costCapHit };
  const times = (pick: (r: RunResult) => string, dir: 1 | -1) =>
    files.flatMap((f) => [pick(f.base), pick(f.head)]).sort((a, b) => dir * a.localeCompare(b))[0]!;
  const first = files[0]!;
  const meta = (commit: string | undefined) => ({
    runId: first.head.runId,
    toolVersion: first.head.tool.version,
    startedAt: times((r) => r.startedAt, 1),
    finishedAt: times((r) => r.finishedAt, -1),
    configPath,
    ...(commit !== undefined ? { commit } : {}),
  });
  const merged: MergedShards = {
    total,
    configPath,
    replay: files.some((f) => f.replay),
    gate,
    selection,
    out,
    baseRun: toRunResult(out, 'base', meta(baseSha)),
    headRun: toRunResult(out, 'head', meta(headSha)),
  };
  if (baseSha !== undefined) merged.baseSha = baseSha;
  if (headSha !== undefined) merged.headSha = headSha;
  return merged;
}
