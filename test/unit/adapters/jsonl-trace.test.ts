// The trace is the audit log: each record is on disk as a whole line when write() resolves, lines never
// interleave under concurrency, and no known key value is ever written, however it got into a record.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonlTrace } from '../../../src/adapters/trace/jsonl-trace.js';
import type { TraceRecord } from '../../../src/core/ports/stores.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-trace-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = 'sk-proj-abcdefghijklmnop0123456789';
const record = (over: Partial<TraceRecord> = {}): TraceRecord => ({
  ts: '2026-11-01T00:00:00.000Z',
  runId: 'run-1',
  kind: 'completion',
  suite: 'greeting',
  caseId: 'alice',
  sample: 0,
  promptVersion: 'abcdef012345',
  provider: 'fast',
  modelRequested: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Greet Alice\nplease' }],
  output: 'Hello',
  cacheHit: false,
  attempts: 1,
  status: 'ok',
  ...over,
});

const lines = async (path: string) =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TraceRecord);

describe('JsonlTrace', () => {
  it('has each record on disk as soon as write() resolves, before close', async () => {
    const path = join(dir, 'nested', 'trace.jsonl');
    const trace = new JsonlTrace({ path });
    await trace.write(record({ caseId: 'a' }));
    expect((await lines(path)).map((r) => r.caseId)).toEqual(['a']);
    await trace.write(record({ caseId: 'b' }));
    expect((await lines(path)).map((r) => r.caseId)).toEqual(['a', 'b']);
    await trace.close();
  });

  it('keeps every record on its own line under concurrent writes, and appends to an existing file', async () => {
    const path = join(dir, 'trace.jsonl');
    const first = new JsonlTrace({ path });
    await first.write(record({ caseId: 'earlier' }));
    await first.close();
    const trace = new JsonlTrace({ path });
    const ids = Array.from({ length: 200 }, (_, i) => `case-${i}`);
    await Promise.all(ids.map((caseId) => trace.write(record({ caseId, output: 'x'.repeat(5000) }))));
    await trace.close();
    const got = await lines(path);
    expect(got).toHaveLength(201);
    expect(new Set(got.map((r) => r.caseId))).toEqual(new Set(['earlier', ...ids]));
  });

  it('never writes a known key value, raw or JSON-escaped, wherever it appears', async () => {
    const path = join(dir, 'trace.jsonl');
    const quoted = 'key"with\\escapes-123456';
    const trace = new JsonlTrace({ path, secrets: () => [KEY, quoted] });
    await trace.write(
      record({
        output: `echo ${KEY}`,
        messages: [{ role: 'user', content: `my key is ${KEY} and ${quoted}` }],
        error: { kind: 'auth', message: `401 Incorrect API key provided: ${KEY}` },
        status: 'error',
      }),
    );
    await trace.close();
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(JSON.stringify(quoted).slice(1, -1));
    expect(text).not.toContain('sk-proj-abcdefghijkl');
    const [r] = await lines(path);
    expect(r!.output).toBe('echo [REDACTED]');
    expect(r!.error!.message).toContain('[REDACTED]');
  });

  it('refuses writes after close', async () => {
    const trace = new JsonlTrace({ path: join(dir, 't.jsonl') });
    await trace.close();
    await expect(trace.write(record())).rejects.toThrow(/closed/);
  });
});
