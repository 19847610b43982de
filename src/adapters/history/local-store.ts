// History in a local directory (the CLI's and daemon's default): <dir>/<suite>.json per suite and the
// dashboard as <dir>/index.html. Writes are atomic (temp file + rename in the same directory), and a
// read-modify-write holds a per-suite lock directory, so two processes sharing the directory (a manual
// `evalgate drift` while the daemon runs) cannot lose each other's entries.
import { mkdir, readdir, readFile, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyHistory, parseHistory, serializeHistory, type HistoryFile } from '../../core/drift/history.js';
import { safeSuiteName } from '../../core/drift/issue-body.js';
import type { HistoryStore } from '../../core/ports/history.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** A lock older than this is left over from a crashed process. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 15_000;

async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = await stat(lockDir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await rmdir(lockDir).catch(() => {});
      else if (Date.now() - start > LOCK_WAIT_MS)
        throw new Error(`history is locked by another process (${lockDir}); remove it if no drift check is running`);
      else await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rmdir(lockDir).catch(() => {});
  }
}

export function createLocalHistoryStore(dir: string): HistoryStore {
  const file = (suite: string): string => join(dir, `${safeSuiteName(suite)}.json`);
  const load = async (suite: string): Promise<HistoryFile | undefined> => {
    let text: string;
    try {
      text = await readFile(file(suite), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return parseHistory(text, file(suite));
  };
  return {
    where: `history dir ${dir}`,
    load,
    async update(suite, change) {
      await mkdir(dir, { recursive: true });
      return withLock(`${file(suite)}.lock`, async () => {
        const next = change((await load(suite)) ?? emptyHistory(suite));
        await writeFileAtomic(file(suite), serializeHistory(next));
        return next;
      });
    },
    async list() {
      const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      return names
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -'.json'.length))
        .sort();
    },
    async writeDashboard(html) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, 'index.html');
      await writeFileAtomic(path, html);
      return path;
    },
  };
}
