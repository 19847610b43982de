// Imports the functions of `javascript` assertions ("path" = default export, "path:name" = named
// export; paths relative to the config). The core never imports code; this adapter does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readOrProblem } from '../../core/config/limits.js';
import type { FileSource } from '../../core/config/parse.js';
import { parseJavascriptRef } from '../../core/scorers/deterministic/javascript.js';
import type { JavascriptCheck } from '../../core/scorers/types.js';
import { sha256Hex } from '../../core/util/hash.js';

export interface ImportedChecks {
  functions: Map<string, JavascriptCheck>;
  /** One-line problem per reference that could not be loaded. */
  errors: Map<string, string>;
}

/** Where the modules come from: the working tree (real imports, so a check may import its helpers)... */
export interface ImportChecksInput {
  refs: string[];
  /** Maps a config-relative path to the path its FileSource reads. */
  readPath(rel: string): string;
  files: FileSource;
}

export type ImportChecks = (input: ImportChecksInput) => Promise<ImportedChecks>;

/** Imports from disk. A content hash in the URL makes an edited file load anew in a long-lived process. */
export const importChecksFromDisk: ImportChecks = async ({ refs, readPath, files }) => {
  return importEach(refs, async (path) => {
    const text = await files.read(readPath(path));
    if (text === undefined) return undefined;
    return `${pathToFileURL(resolve(readPath(path))).href}?v=${hash(text)}`;
  });
};

/**
 * ...or any FileSource (a git revision): each module's text is written to a private temp folder and
 * imported from there. Such a check cannot import sibling files of its revision.
 */
export const importChecksFromSource: ImportChecks = async ({ refs, readPath, files }) => {
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-checks-'));
  try {
    return await importEach(refs, async (path) => {
      const text = await files.read(readPath(path));
      if (text === undefined) return undefined;
      const ext = extname(path) === '.cjs' ? '.cjs' : '.mjs';
      const file = join(dir, `${hash(path + text)}-${basename(path, extname(path))}${ext}`);
      await writeFile(file, text, 'utf8');
      return pathToFileURL(file).href;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

async function importEach(
  refs: string[],
  locate: (path: string) => Promise<string | undefined>,
): Promise<ImportedChecks> {
  const functions = new Map<string, JavascriptCheck>();
  const errors = new Map<string, string>();
  for (const ref of refs) {
    const { path, exportName } = parseJavascriptRef(ref);
    const located = await readOrProblem(() => locate(path));
    if ('problem' in located) {
      errors.set(ref, `javascript file "${path}" ${located.problem}`);
      continue;
    }
    const url = located.value;
    let mod: Record<string, unknown>;
    try {
      // webpackIgnore: ncc (webpack) must leave this a real runtime import of the user's file.
      mod = (await import(/* webpackIgnore: true */ url)) as Record<string, unknown>;
    } catch (e) {
      errors.set(ref, `cannot import "${path}": ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
      continue;
    }
    const fn = mod[exportName];
    if (typeof fn === 'function') functions.set(ref, fn as JavascriptCheck);
    else
      errors.set(
        ref,
        `"${path}" has no ${exportName === 'default' ? 'default export' : `export "${exportName}"`} that is a function`,
      );
  }
  return { functions, errors };
}

function hash(s: string): string {
  return sha256Hex(s).slice(0, 12);
}
