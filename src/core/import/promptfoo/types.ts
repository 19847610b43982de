// Shared shapes of the promptfoo import: what the conversion needs from outside (file reads) and what it
// reports back (the config object, files to write, and every piece it could not carry over, with why).

export interface ImportContext {
  /** Text of a file referenced by the promptfoo config, path relative to its folder; undefined when missing. */
  read(path: string): string | undefined;
  /** The same file's path as the written evalgate.yml must reference it (default: unchanged). */
  refPath(path: string): string;
  /** The files a glob matches (paths relative to the config's folder, sorted); undefined when not listable. */
  glob?(pattern: string): string[] | undefined;
  /** Runs promptfoo's inline `transformVars` code on one test's vars (the user's own code, run by the CLI). */
  transformVars?(code: string, vars: Record<string, unknown>): { vars: Record<string, unknown> } | { why: string };
  /** Where the conversion is in the promptfoo config, e.g. `tests[3].assert[1]`. */
  skip(where: string, what: string, why: string): void;
  /** A conversion that changes behaviour a little: said out loud, never silent. */
  note(where: string, text: string): void;
  /** Registers a generated file (path relative to the output folder) and returns its path. */
  addFile(path: string, content: string): string;
  /** Registers a provider under a unique name for `id` (e.g. `openai:gpt-4.1`); returns the name or undefined. */
  provider(id: unknown, where: string): string | undefined;
  /** A grader entry (a provider, or promptfoo's `{text, embedding}` map) → the providers it names. */
  grader(entry: unknown, where: string): { text?: string; embedding?: string };
  /** defaultTest vars that no test sets: one value for every test (a chat prompt's loop may iterate over them). */
  constantVars?: Record<string, unknown>;
  /** The embedding provider `similar` uses when its assertion names none (defaultTest's grader map). */
  embedding?: string;
  /** Registers a javascript check (inline code, or an imported file's export) with promptfoo's semantics. */
  javascriptCheck(check: JavascriptCheck, where: string): string;
  /** Registers an output transform (promptfoo's `transform`); returns the reference for evalgate's `transform`. */
  javascriptTransform(source: JavascriptCheck, where: string): string;
}

/** A promptfoo javascript check to wrap: inline code, or the module path and export of the user's file. */
export type JavascriptCheck =
  | { code: string; threshold?: number }
  | { module: string; exportName: string; threshold?: number };

export interface Skipped {
  where: string;
  what: string;
  why: string;
}

export interface ImportResult {
  /** The evalgate.yml document (plain data, ready for YAML). */
  config: Record<string, unknown>;
  /** Generated files (prompts, cases, checks), paths relative to the output folder. */
  files: { path: string; content: string }[];
  skipped: Skipped[];
  notes: { where: string; text: string }[];
}

export type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `file://path` → path (promptfoo's file reference), else undefined. */
export function fileRef(x: unknown): string | undefined {
  return typeof x === 'string' && x.startsWith('file://') ? x.slice('file://'.length) : undefined;
}

/** A name usable as a suite or provider name: letters, digits, ".", "_" or "-". */
export function slug(s: string): string {
  const out = s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  return out === '' ? 'x' : out.slice(0, 60);
}

/** `base`, then `base-2`, `base-3`… whichever is not taken yet. */
export function unique(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * A `file://` glob → the files it matches now, as promptfoo expands it when it runs. evalgate.yml names files, so
 * the list is fixed at import time (said in a note); a glob that matches nothing, or cannot be listed, is listed.
 */
export function expandGlob(pattern: string, shown: string, where: string, ctx: ImportContext): string[] {
  const files = ctx.glob?.(pattern);
  if (!files?.length) {
    ctx.skip(where, shown, files ? 'the glob matches no file' : 'glob patterns are not expanded here: list the files');
    return [];
  }
  ctx.note(
    where,
    `${shown} expanded to the ${files.length} file(s) it matches now; a file added later needs a new import`,
  );
  return files;
}
