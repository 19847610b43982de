// The FileSource of the working tree: a missing file (or a folder) reads as undefined so the core
// can report it as "not found" at the place in the config that names it. It hands out only files inside
// the repository (after following symlinks; never under .git/) and within their size limit: in a fork's
// PR the config is the fork author's, and whatever it names ends up in the uploaded report and trace.
import { realpath, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FileRefused, sizeProblem } from '../../core/config/limits.js';
import type { FileSource } from '../../core/config/parse.js';

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** Why `inside` (a real path) is not a repository file of `root` (a real path), or undefined. */
function containmentProblem(root: string, inside: string, shown: string): string | undefined {
  const rel = relative(root, inside);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return `is outside the repository (${shown} resolves to a path outside ${root})`;
  if (rel.split(sep)[0] === '.git') return 'is inside .git/, which the config may not read';
  return undefined;
}

/** Files under `root` (the repository: see repositoryRoot in loader.ts). */
export function fsFileSource(root: string): FileSource {
  let realRoot: Promise<string> | undefined;
  async function checked(path: string): Promise<string | undefined> {
    const abs = resolve(path);
    const rootReal = await (realRoot ??= realpath(root).catch(() => resolve(root)));
    // The path as written first (`..`, absolute; against the root as given and as resolved)...
    const asGiven = containmentProblem(resolve(root), abs, path);
    if (asGiven !== undefined && containmentProblem(rootReal, abs, path) !== undefined) refuse(asGiven);
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
    // ...then where its symlinks lead.
    const problem = containmentProblem(rootReal, real, path);
    if (problem !== undefined) refuse(problem);
    try {
      const info = await stat(real);
      if (!info.isFile()) return undefined;
      const tooBig = sizeProblem(path, info.size);
      if (tooBig) refuse(tooBig);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
    return real;
  }
  async function read(path: string, encoding: 'utf8' | 'base64'): Promise<string | undefined> {
    const real = await checked(path);
    if (real === undefined) return undefined;
    try {
      return await readFile(real, encoding);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  }
  return { read: (path) => read(path, 'utf8'), readBase64: (path) => read(path, 'base64') };
}

function refuse(reason: string): never {
  throw new FileRefused(reason);
}
