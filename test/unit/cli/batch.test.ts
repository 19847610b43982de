// `evalgate run --batch` against the fake's Files and Batch API (test/fakes/fake-batch.ts): the same
// answers as the synchronous run at half the price; a failed line and an expired batch's undone lines are
// asked synchronously (never dropped). The restart that resumes a batch: test/e2e/batch-drift.test.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { parseResults } from '../../../src/core/results/parse.js';
import type { RunResult } from '../../../src/core/results/types.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { captureIO, makeProject } from './helpers.js';

let fake: FakeModel;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  // Deterministic per prompt: the batch and the synchronous run get the same answer for a case.
  fake = await startFakeModel({ behavior: (r) => ({ content: `Hello ${r.lastUser.replace(/^Greet /, '')}` }) });
});
afterAll(() => fake.close());
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const config = (batch: string) => `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0, timeoutMs: 5000${batch} }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 2, concurrency: 2 }
suites:
  - name: greeting
    prompt: p.txt
    cases:
${['Alice', 'Bob', 'Carol', 'Dan', 'Eve'].map((n) => `      - { id: ${n.toLowerCase()}, vars: { name: ${n} } }`).join('\n')}
    assert: [{ type: icontains, value: hello }]
`;

async function project(batch: string) {
  const p = await makeProject({ 'evalgate.yml': config(batch), 'p.txt': 'Greet {{name}}' });
  cleanups.push(p.cleanup);
  return p.dir;
}
const env = () => ({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-batch-test-0123456789' });
async function run(dir: string, flags: string[] = []): Promise<{ code: number; result: RunResult; err: string }> {
  const io = captureIO(dir, env());
  const code = await runCommand(['--no-cache', '--out', 'r.json', ...flags], io);
  return { code, result: parseResults(await readFile(join(dir, 'r.json'), 'utf8')), err: io.stderrText() };
}
const outputs = (r: RunResult) => r.suites[0]!.cases.map((c) => c.samples.map((s) => s.output));
const _batchChats = () => fake.chatRequests().filter((r) => r.headers['x-fake-batch']).length;
const syncChats = () => fake.chatRequests().filter((r) => !r.headers['x-fake-batch']).length;

describe('evalgate run with the Batch API', () => {
  it('answers like the synchronous run at half the price, all 10 requests in one batch', async () => {
    fake.batches.setScript({ pollsInProgress: 2 });
    const sync = await run(await project(''));
    const before = { batches: fake.batches.batches.length, sync: syncChats() };
    const batched = await run(await project(', batch: { pollMs: 5 }'));
    expect(batched.code).toBe(0);
    expect(fake.batches.batches.length - before.batches).toBe(1);
    expect(fake.batches.batches.at(-1)!.lines).toBe(10);
    expect(syncChats()).toBe(before.sync);
    expect(outputs(batched.result)).toEqual(outputs(sync.result));
    expect(batched.result.totals.costUsd).toBeCloseTo(sync.result.totals.costUsd! / 2, 12);
    expect(batched.err).toMatch(/10 requests submitted to the Batch API/);
  });

  it('--batch batches a provider without batch: in the config', async () => {
    fake.batches.setScript({});
    const before = fake.batches.batches.length;
    const r = await run(await project(''), ['--batch']);
    expect(r.code).toBe(0);
    expect(fake.batches.batches.length).toBe(before + 1);
  });

  it("asks failed lines and an expired batch's undone lines synchronously, with a warning", async () => {
    fake.batches.setScript({
      outcome: 'expired',
      doneBeforeExpiry: 6,
      failLine: (_id, i) => (i === 0 ? 500 : undefined),
    });
    const sync0 = syncChats();
    const r = await run(await project(', batch: { pollMs: 5 }'));
    expect(r.code).toBe(0);
    // Line 0 failed, lines 6–9 were never reached: 5 asked synchronously.
    expect(syncChats() - sync0).toBe(5);
    expect(r.err).toMatch(
      /\(expired\): 5 of 10 requests not answered \(1× HTTP 500, 4× batch_expired\); asked synchronously/,
    );
    expect(r.result.suites[0]!.aggregates.ok).toBe(10);
  });

  it('a failed batch (validation) is asked synchronously in full', async () => {
    fake.batches.setScript({ outcome: 'failed' });
    const sync0 = syncChats();
    const r = await run(await project(', batch: { pollMs: 5 }'));
    expect(r.code).toBe(0);
    expect(syncChats() - sync0).toBe(10);
    expect(r.err).toMatch(/failed validation: fake batch: scripted validation failure/);
  });
});
