// Writing (or, in check mode, comparing) the generated docs. `npm run samples` writes; `npm run
// samples:check` (CI) fails on any difference, so a change to a report that forgets to regenerate the
// samples fails the build instead of leaving a stale doc behind.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const CHECK = process.env['EVALGATE_SAMPLES'] === 'check';
const HINT = 'stale generated docs: run `npm run samples` and commit the result';

/** Fails with the first line that differs, which is what a reader needs to see the drift. */
function check(what: string, current: string, next: string): void {
  if (current === next) return;
  const a = current.split('\n');
  const b = next.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(
    `${what}: ${HINT}\n  line ${i + 1} is:        ${a[i] ?? '(end of file)'}\n  it would become: ${b[i] ?? '(end of file)'}`,
  );
}

/** Writes `text` to a repository file, or checks that the file already holds it. */
export function emitFile(path: string, text: string): void {
  const abs = resolve(ROOT, path);
  if (CHECK) check(path, readFileSync(abs, 'utf8'), text);
  else writeFileSync(abs, text);
}

/**
 * Replaces the region between `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->` in a
 * repository file (README.md) with `text`; everything outside the markers is left alone.
 */
export function emitRegion(path: string, name: string, text: string): void {
  const abs = resolve(ROOT, path);
  const current = readFileSync(abs, 'utf8');
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${path}: markers ${start} … ${end} not found`);
  const next = `${current.slice(0, i + start.length)}\n${text}\n${current.slice(j)}`;
  if (CHECK) check(`${path} (${name})`, current, next);
  else writeFileSync(abs, next);
}
