// The disk cache is the response cache and the record/replay store: entries round-trip as readable JSON,
// writes are atomic, keys cannot escape the folder, broken files are misses, TTL applies only when asked.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskCache } from '../../../src/adapters/cache/disk-cache.js';
import type { CachedResponse } from '../../../src/core/ports/stores.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';
const entry = (over: Partial<CachedResponse> = {}): CachedResponse => ({
  output: 'Hello, Alice!',
  servedModel: 'gpt-4o-mini-2024-07-18',
  systemFingerprint: 'fp_1',
  usage: { input: 12, output: 4 },
  latencyMs: 321,
  storedAt: 1_700_000_000_000,
  request: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Greet Alice' }], sample: 0 },
  ...over,
});

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(root, join(e.parentPath, e.name)));
  }
  return out.sort();
}

describe('DiskCache', () => {
  it('round-trips an entry under <dir>/<aa>/<key>.json as readable JSON', async () => {
    const cache = new DiskCache({ dir });
    expect(await cache.get(KEY)).toBeUndefined();
    await cache.set(KEY, entry());
    expect(await cache.get(KEY)).toEqual(entry());
    expect(await listFiles(dir)).toEqual([join('ab', `${KEY}.json`)]);
    const text = await readFile(join(dir, 'ab', `${KEY}.json`), 'utf8');
    expect(text).toContain('\n  "output": "Hello, Alice!"');
    // A second instance (the next run) reads it.
    expect((await new DiskCache({ dir }).get(KEY))?.output).toBe('Hello, Alice!');
  });

  it('leaves no temp files and keeps the last complete write under concurrent sets', async () => {
    const cache = new DiskCache({ dir });
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.set(KEY, entry({ output: `v${i}`.repeat(1000) }))));
    expect(await listFiles(dir)).toEqual([join('ab', `${KEY}.json`)]);
    const got = await cache.get(KEY);
    expect(got?.output).toMatch(/^(v\d+)\1*$/);
    expect(got!.output.length).toBeGreaterThanOrEqual(2000);
  });

  it('treats a truncated or foreign file as a miss, not as an answer', async () => {
    const cache = new DiskCache({ dir });
    await cache.set(KEY, entry());
    const file = cache.pathOf(KEY);
    await writeFile(file, '{"output": "Hel');
    expect(await cache.get(KEY)).toBeUndefined();
    await writeFile(file, JSON.stringify({ output: 'x' }));
    expect(await cache.get(KEY)).toBeUndefined();
  });

  it('keeps odd keys inside the folder', async () => {
    const cache = new DiskCache({ dir });
    const path = cache.pathOf('../../etc/passwd');
    expect(relative(dir, path).startsWith('..')).toBe(false);
    expect(dirname(dirname(path))).toBe(dir);
    await cache.set('../../etc/passwd', entry());
    expect((await cache.get('../../etc/passwd'))?.output).toBe('Hello, Alice!');
  });

  it('ignores age unless given a TTL, then hides entries older than it', async () => {
    let now = 1_700_000_000_000;
    await new DiskCache({ dir }).set(KEY, entry({ storedAt: now }));
    now += 10 * 3_600_000;
    expect(await new DiskCache({ dir, now: () => now }).get(KEY)).toBeDefined();
    expect(await new DiskCache({ dir, ttlMs: 11 * 3_600_000, now: () => now }).get(KEY)).toBeDefined();
    expect(await new DiskCache({ dir, ttlMs: 9 * 3_600_000, now: () => now }).get(KEY)).toBeUndefined();
  });
});
