import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../../src/adapters/fs/atomic-write.js';
import { resultsJson, resultsJsonChunks } from '../../../src/core/results/serialize.js';

const sample = (i: number) => ({ index: i, status: 'ok', output: `hello "${i}"\nline two`, score: 1, pass: true, assertions: [{ type: 'icontains', weight: 1, score: 1, pass: true, reason: 'output contains "hello"' }], tokens: { input: 3, output: 4 }, latencyMs: 12.3, costUsd: null, cached: false, attempts: 1 });
const doc = {
  schemaVersion: 1,
  tool: { name: 'evalgate', version: '0.1.0' },
  runId: 'r',
  empty: [],
  none: {},
  skipped: undefined,
  suites: [{ name: 's', cases: [{ id: 'a', vars: { name: 'Ann', list: [1, 2] }, samples: [sample(0), sample(1)], score: 1 }, { id: 'b', vars: {}, samples: [], score: null }] }],
};

describe('results JSON', () => {
  it('is the same document, indented down to the cases, one line per sample', () => {
    const text = resultsJson(doc);
    const { skipped: _s, ...expected } = doc;
    expect(JSON.parse(text)).toEqual(expected);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('"index":'))).toHaveLength(2);
    expect(lines.find((l) => l.includes('"index":0'))!.trim()).toBe(`${JSON.stringify(sample(0))},`);
    expect(text).toContain('\n  "runId": "r",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is written from chunks atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-serialize-'));
    try {
      const big = { suites: [{ cases: Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, samples: [sample(0), sample(1)] })) }] };
      await writeChunksAtomic(join(dir, 'sub/r.json'), resultsJsonChunks(big), { makeDir: true });
      const text = readFileSync(join(dir, 'sub/r.json'), 'utf8');
      expect(text).toBe(resultsJson(big));
      expect(JSON.parse(text)).toEqual(big);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
