// A sharded gate merged back must be the unsharded gate: the real engine (scripted model, fake clock)
// evaluates a suite whole and in 3 shards; the merge of the shard files (through JSON, as artifacts
// travel) must give the same results and the same report, verdicts and figures included.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/core/engine/engine.js';
import { toRunResult } from '../../../src/core/engine/run-result.js';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import { runGate, type GateOutcome } from '../../../src/core/gate/gate.js';
import { mergeShardFiles } from '../../../src/core/shard/merge.js';
import { toShardFile, type ShardFile } from '../../../src/core/shard/partial.js';
import { judgeGate } from '../../../src/core/gate/gate.js';
import type { Shard } from '../../../src/core/shard/shard.js';
import { deps, fakeClock, lastUser, options, scriptedModel } from '../engine/helpers.js';
import { config, suite } from '../gate/fixtures.js';

const NAMES = Array.from({ length: 40 }, (_, i) => `n${i}`);
const cases = NAMES.map((n) => ({ id: n, vars: { name: n }, assertions: [{ type: 'icontains', value: 'hello' }] }));
const base = config([suite('greet', { cases, repeat: 3 }), suite('calm', { cases: cases.slice(0, 10) })]);
const headGreet = suite('greet', {
  cases,
  repeat: 3,
  promptVersion: 'fedcbafedcba',
  template: { messages: [{ role: 'user', content: 'Say hi to {{name}}' }], variables: ['name'] },
});
const head = config([
  headGreet,
  suite('calm', { cases: cases.slice(0, 10) }),
  suite('fresh', { cases: cases.slice(0, 7) }),
]);

/** Deterministic per request: the head prompt loses "hello" for every third case and sample. */
function model() {
  const clock = fakeClock();
  const m = scriptedModel(
    (req) => {
      const u = lastUser(req);
      const n = Number(/n(\d+)/.exec(u)?.[1] ?? 0);
      const hi = u.startsWith('Say hi');
      const out = hi && n % 3 === 0 ? `hi ${n}` : `hello ${n}`;
      return { output: out, servedModel: 'gpt-4o-mini-2024', usage: { input: 10 + (n % 5), output: out.length } };
    },
    clock,
    0,
  ); // no simulated latency: with a shared fake clock it would depend on what else is in flight
  return { clock, m };
}

async function gate(shard?: Shard): Promise<{ outcome: GateOutcome; out: EngineOutput }> {
  const { clock, m } = model();
  let out: EngineOutput = { results: [], costCapHit: false };
  const outcome = await runGate({
    base,
    head,
    changedFiles: ['prompts/greet.txt'],
    failOn: 'regression',
    ...(shard ? { shard } : {}),
    evaluate: async (plan) =>
      (out = await runEval(plan.jobs, options({ concurrency: 4 }), { ...deps(m, clock), pricing: plan.pricing })),
  });
  return { outcome, out };
}

async function shardFile(index: number, total: number): Promise<ShardFile> {
  const shard = { index, total };
  const { outcome, out } = await gate(shard);
  const meta = { runId: `r${index}`, toolVersion: 't', configPath: 'evalgate.yml' };
  const file = toShardFile({
    shard,
    configPath: 'evalgate.yml',
    baseSha: 'b'.repeat(40),
    headSha: 'h'.repeat(40),
    replay: false,
    gate: outcome.gate,
    selection: outcome.selection,
    costCapHit: out.costCapHit,
    caseIndex: outcome.plan.jobs.map((j, k) => ({
      label: j.label,
      suite: j.suite.name,
      index: outcome.caseIndex![k]!,
    })),
    base: toRunResult(out, 'base', meta),
    head: toRunResult(out, 'head', meta),
  });
  return JSON.parse(JSON.stringify(file)) as ShardFile;
}

describe('merging a sharded gate', () => {
  it('gives the same results, verdicts and figures as the unsharded run', async () => {
    const full = await gate();
    expect(full.outcome.report.verdict).toBe('regression');
    const files = await Promise.all([3, 1, 2].map((i) => shardFile(i, 3)));
    // Each shard really holds only part of the cases.
    for (const f of files) expect(f.head.suites[0]!.cases.length).toBeLessThan(40);
    const merged = mergeShardFiles(files.sort((a, b) => a.shard.index - b.shard.index));
    const judged = judgeGate(merged.out, merged.selection, merged.gate, 'regression');
    const strip = (o: EngineOutput) => o.results.map((r) => ({ label: r.label, suite: r.suite }));
    expect(strip(merged.out)).toEqual(strip(full.out));
    expect(judged.report).toEqual(full.outcome.report);
    expect(judged.fail).toBe(full.outcome.fail);
    expect(merged.headRun.totals).toEqual(toRunResult(full.out, 'head', { runId: 'x', toolVersion: 't' }).totals);
  });

  it('refuses a missing shard, a duplicate, and shards of different runs', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map((i) => shardFile(i, 3)));
    expect(() => mergeShardFiles([a!, b!])).toThrow(/shard 3\/3 is missing/);
    expect(() => mergeShardFiles([a!, b!, b!, c!])).toThrow(/given twice/);
    expect(() => mergeShardFiles([a!, b!, { ...c!, headSha: 'x'.repeat(40) }])).toThrow(/disagree on the head commit/);
    expect(() => mergeShardFiles([])).toThrow(/no shard files/);
  });
});
