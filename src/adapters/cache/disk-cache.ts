// Content-addressed response cache on disk: `<dir>/<aa>/<key>.json`, one readable JSON file per request.
// The same class is the record/replay store: pointed at a config's `recordings:` folder, `--record` writes
// it and `--replay` answers only from it, and the files are meant to be committed next to the examples.
//
// TTL: judged by the engine (it owns the clock, the run's cacheTtlHours and the cache mode; replay must
// never expire). This class stores `storedAt` and, only when given `ttlMs`, also hides older entries, for
// callers that use it outside the engine.
//
// Writes are atomic (temp file + rename in the same folder) so a crash or a parallel run never leaves a
// half-written entry that a later run would read as a truncated answer. Unreadable entries are misses.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256Hex } from '../../core/util/hash.js';
import type { CachedResponse, ResponseCache } from '../../core/ports/stores.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

export interface DiskCacheOptions {
  dir: string;
  /** Hide entries older than this (ms). Unset: never (the engine judges TTL). */
  ttlMs?: number;
  now?: () => number;
}

const SAFE_KEY = /^[A-Za-z0-9_-]{8,128}$/;

export class DiskCache implements ResponseCache {
  readonly dir: string;
  private readonly ttlMs: number | undefined;
  private readonly now: () => number;
  private readonly madeDirs = new Set<string>();

  constructor(opts: DiskCacheOptions) {
    this.dir = opts.dir;
    this.ttlMs = opts.ttlMs;
    this.now = opts.now ?? Date.now;
  }

  /** Where an entry lives. Keys that are not plain hashes are hashed, so no key can escape the folder. */
  pathOf(key: string): string {
    const name = SAFE_KEY.test(key) ? key : sha256Hex(key);
    return join(this.dir, name.slice(0, 2).toLowerCase(), `${name}.json`);
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
    const entry = parseEntry(text);
    if (!entry) return undefined;
    if (this.ttlMs !== undefined && this.ttlMs > 0 && this.now() - entry.storedAt > this.ttlMs) return undefined;
    return entry;
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    const file = this.pathOf(key);
    const folder = dirname(file);
    if (!this.madeDirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    // Pretty-printed: recordings are reviewed in pull requests.
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
  }
}

function parseEntry(text: string): CachedResponse | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const e = v as Partial<CachedResponse>;
  if (typeof e.output !== 'string' || typeof e.storedAt !== 'number' || typeof e.latencyMs !== 'number')
    return undefined;
  return e as CachedResponse;
}
