// `evalgate import promptfoo [promptfooconfig.yaml] [--out evalgate.yml] [--force]`: converts a promptfoo
// suite (core/import/promptfoo), writes evalgate.yml and its generated files, lists everything that was not
// converted and why, then loads the written config to prove it is valid.
// Exit 0 written and loads, 2 usage error, unreadable input, nothing to convert, or a written config that
// does not load (its problems are printed).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../adapters/config/loader.js';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { globFiles } from '../../adapters/fs/glob-files.js';
import { importedYaml, importPromptfoo } from '../../core/import/promptfoo/convert.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { CliCommand, CliIO } from '../io.js';
import { reportError } from '../report-error.js';
import { buildScorerRegistry } from '../../app/runtime.js';

export const IMPORT_USAGE = `Usage: evalgate import promptfoo [promptfooconfig.yaml|.json|.js|.ts] [--out evalgate.yml] [--force]

Converts a promptfoo config (prompts × providers × tests, defaultTest, file:// references, CSV/JSONL/YAML
tests with __expected columns) into an evalgate.yml plus generated files in evalgate/ next to it, and lists
what could not be converted and why. A .js/.ts config, JS/TS test generators and inline transformVars are
run at import time (they are your code). Existing files are not overwritten without --force.
`;

const DEFAULT_INPUTS = [
  'promptfooconfig.yaml',
  'promptfooconfig.yml',
  'promptfooconfig.json',
  'promptfooconfig.js',
  'promptfooconfig.mjs',
  'promptfooconfig.cjs',
  'promptfooconfig.ts',
];

export const importCommand: CliCommand = async (argv, io) => {
  try {
    const { values, positionals } = parseCommandArgs(
      argv,
      { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      true,
    );
    if (values.help) {
      io.stdout(IMPORT_USAGE);
      return 0;
    }
    const [format, input, ...extra] = positionals;
    if (format !== 'promptfoo')
      throw new UsageError(`unknown format ${format === undefined ? '(none)' : `"${format}"`}; supported: promptfoo`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return await importFromPromptfoo(input, values.out ?? 'evalgate.yml', values.force === true, io);
  } catch (err) {
    return reportError(err, io, 'import');
  }
};

/**
 * A YAML/JSON config is parsed; a JavaScript or TypeScript one is the user's own code, run by their own
 * command as promptfoo runs it: imported, its default export (or `module.exports`) taken, called when it is
 * a function. TypeScript needs a Node that strips types (22.18+/23.6+, or 22.6+ with
 * --experimental-strip-types); elsewhere it is one clear line.
 */
async function readPromptfooConfig(path: string, shown: string): Promise<unknown> {
  const why = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));
  if (/\.(m?js|cjs|m?ts|cts)$/.test(path)) {
    if (/ts$/.test(path) && !(process.features as { typescript?: unknown }).typescript) {
      throw new UsageError(
        `cannot load ${shown}: this Node (${process.version}) does not run TypeScript; use Node ≥ 22.18, or convert the config to YAML/JSON first`,
      );
    }
    try {
      // webpackIgnore: the bundle must leave this a real runtime import of the user's file.
      const mod = (await import(/* webpackIgnore: true */ pathToFileURL(path).href)) as { default?: unknown };
      let value: unknown = mod.default ?? mod;
      if (typeof value === 'function') value = await (value as () => unknown)();
      return value;
    } catch (e) {
      throw new UsageError(`cannot load ${shown}: ${why(e)}`);
    }
  }
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${shown}: ${why(e)}`);
  }
}

/**
 * promptfoo's test generators in JavaScript or TypeScript (`tests: file://tests.ts[:fn]`): the user's own code, run
 * by their own command as promptfoo runs it — the export (default, or the named function) is called and its
 * tests take the entry's place. The cases then hold what it returned at import time (said in a note).
 */
async function runTestGenerators(
  raw: unknown,
  srcDir: string,
): Promise<{ raw: unknown; notes: ImportNote[]; skipped: { where: string; what: string; why: string }[] }> {
  const notes: ImportNote[] = [];
  const skipped: { where: string; what: string; why: string }[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw, notes, skipped };
  const config = raw as Record<string, unknown>;
  const tests = config['tests'];
  const list = Array.isArray(tests) ? tests : tests === undefined ? [] : [tests];
  const code = (x: unknown) =>
    typeof x === 'string' ? /^(?:file:\/\/)?([^:]+\.(?:m?js|cjs|m?ts|cts))(?::([\w$]+))?$/.exec(x) : null;
  if (!list.some((t) => code(t))) return { raw, notes, skipped };
  const out: unknown[] = [];
  for (const [i, entry] of list.entries()) {
    const m = code(entry);
    if (!m) {
      out.push(entry);
      continue;
    }
    const where = Array.isArray(tests) ? `tests[${i}]` : 'tests';
    const [, file, fn] = m;
    try {
      if (/ts$/.test(file!) && !(process.features as { typescript?: unknown }).typescript)
        throw new Error(`this Node (${process.version}) does not run TypeScript`);
      const mod = (await import(/* webpackIgnore: true */ pathToFileURL(resolve(srcDir, file!)).href)) as Record<
        string,
        unknown
      >;
      let value: unknown = fn ? mod[fn] : (mod['default'] ?? mod);
      if (typeof value === 'function') value = await (value as () => unknown)();
      if (!Array.isArray(value)) throw new Error(`${fn ?? 'its default export'} gave no list of tests`);
      out.push(...value);
      notes.push({
        where,
        text: `${entry as string}: ran at import time; the cases hold the ${value.length} test(s) it returned (import again when it changes)`,
      });
    } catch (e) {
      skipped.push({
        where,
        what: String(entry),
        why: `a test generator that could not be run here: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      });
    }
  }
  return { raw: { ...config, tests: out }, notes, skipped };
}

type ImportNote = { where: string; text: string };

/**
 * promptfoo's inline `transformVars`: a function body of (vars, context), or one expression, whose result replaces
 * the test's vars. It is the user's own code, run by their own command, once per test at import time.
 */
function runTransformVars(code: string, vars: Record<string, unknown>) {
  if (/\bcontext\b/.test(code))
    return {
      why: 'transformVars reads its context (the prompt being rendered): it cannot run once per test at import',
    };
  try {
    const fn = new Function('vars', 'context', code.includes('\n') ? code : `return ${code}`) as (
      v: unknown,
      c: unknown,
    ) => unknown;
    const out = fn(structuredClone(vars), {});
    if (out instanceof Promise) return { why: 'an async transformVars is not run by the import' };
    if (typeof out !== 'object' || out === null || Array.isArray(out))
      return { why: 'transformVars did not return an object of vars' };
    return { vars: out as Record<string, unknown> };
  } catch (e) {
    return { why: `transformVars threw: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
}

async function importFromPromptfoo(input: string | undefined, out: string, force: boolean, io: CliIO): Promise<number> {
  const inputPath =
    input !== undefined
      ? resolve(io.cwd, input)
      : DEFAULT_INPUTS.map((f) => resolve(io.cwd, f)).find((f) => existsSync(f));
  if (inputPath === undefined) throw new UsageError(`no ${DEFAULT_INPUTS.join(' / ')} here; name the config file`);
  const srcDir = dirname(inputPath);
  const generated = await runTestGenerators(await readPromptfooConfig(inputPath, input ?? inputPath), srcDir);
  const raw = generated.raw;
  const outPath = resolve(io.cwd, out);
  const outDir = dirname(outPath);
  const posix = (p: string) => p.split(sep).join('/');
  const result = importPromptfoo(raw, {
    read: (p) => {
      try {
        return readFileSync(resolve(srcDir, p), 'utf8');
      } catch {
        return undefined;
      }
    },
    refPath: (p) => posix(relative(outDir, resolve(srcDir, p))),
    glob: (pattern) => globFiles(srcDir, pattern),
    transformVars: runTransformVars,
  });

  result.notes.push(...generated.notes);
  result.skipped.unshift(...generated.skipped);
  for (const n of result.notes.filter((x) => x.where !== 'description')) io.stderr(`note: ${n.where}: ${n.text}\n`);
  if (result.skipped.length) {
    io.stdout(`Not converted (${result.skipped.length}):\n`);
    for (const s of result.skipped) io.stdout(`  - ${s.where}: ${s.what} — ${s.why}\n`);
  }
  const suites = (result.config['suites'] as unknown[] | undefined) ?? [];
  if (!suites.length) {
    io.stderr('evalgate import: nothing written: no suite could be converted\n');
    return 2;
  }
  if (!result.files.some((f) => f.path.endsWith('cases.yaml'))) {
    io.stderr('evalgate import: nothing written: no test could be converted (see "Not converted")\n');
    return 2;
  }
  const targets = [
    { path: outPath, content: importedYaml(result, posix(relative(outDir, inputPath))) },
    ...result.files.map((f) => ({ path: join(outDir, f.path), content: f.content })),
  ];
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length && !force) {
    throw new UsageError(
      `${existing.map((t) => relative(io.cwd, t.path)).join(', ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`,
    );
  }
  for (const t of targets) await writeFileAtomic(t.path, t.content, { makeDir: true });
  const cases = result.files.find((f) => f.path.endsWith('cases.yaml'));
  io.stdout(
    `Wrote ${relative(io.cwd, outPath) || out} (${suites.length} suite${suites.length === 1 ? '' : 's'}) and ${result.files.length} file(s) in ${relative(io.cwd, join(outDir, 'evalgate')) || 'evalgate'}/${cases ? '' : ' (no cases)'}\n`,
  );

  try {
    await loadConfig(outPath, { cwd: io.cwd, env: io.env, scorers: buildScorerRegistry() });
  } catch (err) {
    io.stderr('the written config does not load yet:\n');
    return reportError(err, io, 'import');
  }
  io.stdout(`It loads: try \`evalgate run --config ${relative(io.cwd, outPath) || out}\`\n`);
  return 0;
}
