import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBranchHistoryStore } from '../../../src/adapters/history/branch-store.js';
import { createLocalHistoryStore } from '../../../src/adapters/history/local-store.js';
import { appendBounded, parseHistory } from '../../../src/core/drift/history.js';
import type { HistoryStore } from '../../../src/core/ports/history.js';
import { startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';
import { testOctokit } from './gh.js';
import { entry } from './helpers.js';

const c = [{ id: 'a', score: 1 }];
const append = (store: HistoryStore, runId: string, day: number) =>
  store.update('greeting', (h) => ({ ...h, entries: appendBounded(h.entries, entry(runId, day, c), 100) }));

describe('local history store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-hist-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one versioned JSON file per suite, lists suites and the dashboard', async () => {
    const store = createLocalHistoryStore(join(dir, 'h'));
    expect(await store.load('greeting')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    await append(store, 'r1', 1);
    const text = await readFile(join(dir, 'h', 'greeting.json'), 'utf8');
    expect(parseHistory(text, 'x').entries.map((e) => e.runId)).toEqual(['r1']);
    expect(JSON.parse(text).schemaVersion).toBe(2);
    expect(await store.list()).toEqual(['greeting']);
    expect(await store.writeDashboard('<html></html>')).toBe(join(dir, 'h', 'index.html'));
    expect((await readdir(join(dir, 'h'))).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('loses nothing when two writers update at the same time', async () => {
    const a = createLocalHistoryStore(dir);
    const b = createLocalHistoryStore(dir);
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(i % 2 ? a : b, `r${i}`, i)));
    expect((await a.load('greeting'))!.entries).toHaveLength(10);
  });

  it('names the file when its content is not a history', async () => {
    await writeFile(join(dir, 'greeting.json'), '{"schemaVersion": 3, "suite": "greeting", "entries": []}');
    await expect(createLocalHistoryStore(dir).load('greeting')).rejects.toThrow(
      /greeting\.json: history schemaVersion 3/,
    );
  });
});

describe('data branch history store (fake GitHub)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => {
    await gh.close();
  });
  const store = (
    log?: (m: string) => void,
    more: { maxAttempts?: number; timeoutMs?: number; retryBaseMs?: number } = {},
  ) =>
    createBranchHistoryStore({
      octokit: testOctokit(gh),
      owner: 'octo',
      repo: 'repo',
      branch: 'evalgate-data',
      retryBaseMs: 1,
      ...(log ? { log } : {}),
      ...more,
    });

  it('creates the data branch from the default branch and reads back what it wrote', async () => {
    const s = store();
    expect(await s.load('greeting')).toBeUndefined();
    await append(s, 'r1', 1);
    expect(gh.state.branches.has('evalgate-data')).toBe(true);
    expect((await s.load('greeting'))!.entries.map((e) => e.runId)).toEqual(['r1']);
    expect(await s.writeDashboard('<html>1</html>')).toBe('evalgate-data:dashboard/index.html');
    await s.writeDashboard('<html>2</html>');
    expect(gh.state.tree('evalgate-data')!.get('dashboard/index.html')!.content).toBe('<html>2</html>');
  });

  it('two overlapping runs both keep their entries (409 → re-read, merge, retry)', async () => {
    const logs: string[] = [];
    const a = store((m) => logs.push(m));
    const b = store((m) => logs.push(m));
    await append(a, 'r0', 0);
    await Promise.all([append(a, 'ra', 1), append(b, 'rb', 2), append(a, 'rc', 3), append(b, 'rd', 4)]);
    expect((await a.load('greeting'))!.entries.map((e) => e.runId)).toEqual(['r0', 'ra', 'rb', 'rc', 'rd']);
    expect(gh.requests.some((r) => r.method === 'PUT' && r.status === 409)).toBe(true);
    expect(logs.some((l) => /changed concurrently \(HTTP 409\)/.test(l))).toBe(true);
  });

  it('a write committed but answered 502 stops at the re-read that holds it: one PUT, one entry', async () => {
    const logs: string[] = [];
    const s = store((m) => logs.push(m));
    await append(s, 'r0', 0);
    gh.fault({ kind: 'lost-response', method: 'PUT', path: 'contents/history/', times: Infinity });
    const puts = () => gh.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    await append(s, 'r1', 1);
    expect(puts() - before).toBe(1);
    expect((await s.load('greeting'))!.entries.map((e) => e.runId)).toEqual(['r0', 'r1']);
    expect(logs.some((l) => l.includes("already holds this run's write"))).toBe(true);
  });

  it('a 502 that did not commit is retried by the store itself', async () => {
    const s = store();
    gh.fault({ kind: 'server', method: 'PUT', path: 'contents/history/', times: 2 });
    await append(s, 'r1', 1);
    expect((await s.load('greeting'))!.entries.map((e) => e.runId)).toEqual(['r1']);
    expect(gh.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([502, 502, 201]);
  });

  it('bounds the whole read-modify-write in time, however many attempts are left', async () => {
    const s = store(undefined, { maxAttempts: 1_000_000, timeoutMs: 300, retryBaseMs: 20 });
    await append(s, 'r0', 0);
    gh.fault({ kind: 'server', status: 409, method: 'PUT', path: 'contents/history/', times: Infinity });
    await expect(append(s, 'r1', 1)).rejects.toThrow(
      /gave up writing history\/greeting\.json on evalgate-data after \d+ attempts in 0 s/,
    );
  });

  it('reads and extends a history past 1 MB (the contents API answers encoding "none" there)', async () => {
    const s = store();
    await append(s, 'r0', 0);
    // Grow the stored file past 1 MB the way a large suite does over many nights.
    const path = 'history/greeting.json';
    const h = JSON.parse(gh.state.getFile(path, 'evalgate-data')!) as { entries: { runId: string }[] };
    const first = h.entries[0]!;
    for (let i = 1; JSON.stringify(h).length < 1_200_000; i++)
      h.entries.push({ ...first, runId: `pad${i}`, pad: 'x'.repeat(2_000) } as never);
    gh.state.setFile(path, JSON.stringify(h), 'evalgate-data');
    const n = h.entries.length;
    expect((await s.load('greeting'))!.entries).toHaveLength(n);
    await s.update('greeting', (x) => ({ ...x, entries: [...x.entries, entry('r-next', 99, c)] }));
    expect((await s.load('greeting'))!.entries.at(-1)!.runId).toBe('r-next');
    expect(gh.requests.some((r) => r.path.endsWith('greeting.json') && r.status === 200)).toBe(true);
  });

  it('a token without contents: write is told so; a ruleset refusing the data branch is named with what to change', async () => {
    gh.addToken('ghs_ro', {
      login: 'github-actions[bot]',
      type: 'Bot',
      installation: true,
      permissions: { contents: false },
    });
    const ro = createBranchHistoryStore({
      octokit: testOctokit(gh, 'ghs_ro'),
      owner: 'octo',
      repo: 'repo',
      branch: 'evalgate-data',
      retryBaseMs: 1,
    });
    await expect(append(ro, 'r1', 1)).rejects.toThrow(
      /could not create the data branch evalgate-data: .*HTTP 403.*`permissions: contents: write`/,
    );
    const ruled = await startFakeGitHub({ rulesets: [{ name: 'protect-all', branch: /.*/ }] });
    try {
      const s = createBranchHistoryStore({
        octokit: testOctokit(ruled),
        owner: 'octo',
        repo: 'repo',
        branch: 'evalgate-data',
        retryBaseMs: 1,
      });
      await expect(append(s, 'r1', 1)).rejects.toThrow(
        /a repository ruleset restricts creating it .*creations being restricted.*Settings → Rules → Rulesets/,
      );
    } finally {
      await ruled.close();
    }
  });
});
