import { describe, expect, it } from 'vitest';
import { parseShard, shardJobs, shardOf } from '../../../src/core/shard/shard.js';
import { suite } from '../gate/fixtures.js';

const cases = Array.from({ length: 300 }, (_, i) => ({ id: `case-${i}`, vars: { name: `n${i}` }, assertions: [] }));

describe('shards', () => {
  it('parses i/n and refuses what is not a shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '1/1000', '-1/2'])
      expect(() => parseShard(bad), bad).toThrow(/shard|expected/);
  });

  it('puts every case in exactly one shard, base and head of a case in the same one, evenly', () => {
    const s = suite('greet', { cases });
    const jobs = [
      { label: 'base', suite: s },
      { label: 'head', suite: { ...s, promptVersion: 'other' } },
    ];
    const seen = new Map<string, number>();
    const sizes: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const part = shardJobs(jobs, { index: i, total: 3 });
      expect(part.map((p) => p.job.label)).toEqual(['base', 'head']);
      expect(part[0]!.job.suite.cases.map((c) => c.id)).toEqual(part[1]!.job.suite.cases.map((c) => c.id));
      for (const [k, c] of part[0]!.job.suite.cases.entries()) {
        expect(seen.has(c.id)).toBe(false);
        seen.set(c.id, i);
        expect(cases[part[0]!.caseIndex[k]!]!.id).toBe(c.id); // the index points back into the full suite
      }
      sizes.push(part[0]!.job.suite.cases.length);
    }
    expect(seen.size).toBe(300);
    for (const n of sizes) expect(n).toBeGreaterThan(70); // ~100 each
  });

  it('keeps a case in its shard when other cases come and go (stable hash of suite and case id)', () => {
    const before = cases.map((c) => shardOf('greet', c.id, 4));
    const after = cases.slice(50).map((c) => shardOf('greet', c.id, 4));
    expect(after).toEqual(before.slice(50));
    expect(new Set(before).size).toBe(4);
  });
});
