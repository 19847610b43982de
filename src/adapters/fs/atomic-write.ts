// Temp file + rename in the same folder: a reader (an artifact step, a dashboard, a second process) never
// sees half a file, and a crash mid-write leaves the previous version in place.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFileAtomic(path: string, text: string, opts: { makeDir?: boolean } = {}): Promise<void> {
  if (opts.makeDir) await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * The same, written from chunks through a stream (batched into ~64 KB writes): a large document is never
 * one string in memory.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string>,
  opts: { makeDir?: boolean } = {},
): Promise<void> {
  if (opts.makeDir) await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    let buf = '';
    for (const c of chunks) {
      buf += c;
      if (buf.length >= 65_536) {
        await handle.write(buf, null, 'utf8');
        buf = '';
      }
    }
    if (buf) await handle.write(buf, null, 'utf8');
    await handle.close();
    await rename(tmp, path);
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
}
