// The batch in flight, kept on disk so a restarted run (a monitor restart, a re-run job) resumes the
// batch it already paid for instead of submitting the same requests again. One small JSON file per
// batch, named by the hash of its input file (the same requests give the same name), under the cache
// dir; removed once its answers are read, so the next night's identical requests make a new batch.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';

export interface BatchState {
  batchId: string;
  inputFileId: string;
  provider: string;
  lines: number;
  /** ISO time of creation: a state older than the completion window is stale. */
  createdAt: string;
}

/** A batch older than this (24 h window + margin) is not resumed: its output may be gone. */
const STALE_MS = 26 * 3_600_000;

export class BatchStateStore {
  constructor(private readonly dir: string | undefined) {}

  private path(key: string): string | undefined {
    return this.dir ? join(this.dir, 'batches', `${key}.json`) : undefined;
  }

  async load(key: string, now: number): Promise<BatchState | undefined> {
    const p = this.path(key);
    if (!p) return undefined;
    try {
      const s = JSON.parse(await readFile(p, 'utf8')) as BatchState;
      if (typeof s.batchId !== 'string' || now - Date.parse(s.createdAt) > STALE_MS) return undefined;
      return s;
    } catch {
      return undefined;
    }
  }

  async save(key: string, state: BatchState): Promise<void> {
    const p = this.path(key);
    if (!p) return;
    await mkdir(join(this.dir!, 'batches'), { recursive: true });
    await writeFileAtomic(p, `${JSON.stringify(state, null, 2)}\n`);
  }

  async remove(key: string): Promise<void> {
    const p = this.path(key);
    if (p) await rm(p, { force: true });
  }
}
