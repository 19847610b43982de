// The FileSource of the working tree: a missing file (or a folder) reads as undefined so the core
// can report it as "not found" at the place in the config that names it.
import { readFile } from 'node:fs/promises';
import type { FileSource } from '../../core/config/parse.js';

async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

export const fsFileSource: FileSource = {
  read: (path) => readOrUndefined(() => readFile(path, 'utf8')),
  readBase64: (path) => readOrUndefined(() => readFile(path, 'base64')),
};
