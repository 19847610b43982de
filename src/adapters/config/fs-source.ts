// The FileSource of the working tree: a missing file (or a folder) reads as undefined so the core
// can report it as "not found" at the place in the config that names it.
import { readFile } from 'node:fs/promises';
import type { FileSource } from '../../core/config/parse.js';

export const fsFileSource: FileSource = {
  async read(path: string): Promise<string | undefined> {
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
};
