// Bundles the tsc output (lib/) with ncc: dist/index.js is the action, dist/cli/index.js the CLI,
// dist/monitor/index.js the monitor service (monitor/Dockerfile runs it).
// ncc is run once per entry because each build owns its output folder (chunks of lazy imports included).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { minify } from 'terser';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const build = (entry, out) =>
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      out,
      '--minify',
      '--target',
      'es2022',
      '--no-source-map-register',
      '--quiet',
      '--license',
      'licenses.txt',
    ],
    { stdio: 'inherit' },
  );

/**
 * ncc's --minify minifies the entry file only; the chunks of lazy imports (openai, zod, yaml, re2js…) come
 * out as webpack wrote them, comments and long names included, and Node scans every byte of a chunk it
 * imports. They are minified here with ncc's own settings (no compression, names of functions and
 * classes kept), which halves their bytes. One thing must survive minification: webpack writes each
 * module factory in parentheses, `1234: ((module, exports, require) => {…})`, and V8 compiles a
 * parenthesised function eagerly, in the same pass as the file. Without them (terser drops them) every
 * factory is pre-parsed with the file and parsed again when it runs, which cost more than the smaller
 * files saved. So the parentheses are put back around each factory. Measured 2026-11-27, Node 24,
 * `evalgate run` on 2,000 cases, CPU until the first request (medians of 15 interleaved runs): minified
 * 695 ms, minified with the parentheses put back 605 ms (the chunks as ncc wrote them, previous source: 685 ms).
 */
async function minifyChunks(dir) {
  for (const file of readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const path = join(dir, file);
    const out = await minify(readFileSync(path, 'utf8'), {
      module: true,
      compress: false,
      mangle: { keep_classnames: true, keep_fnames: true },
    });
    if (out.code === undefined) throw new Error(`terser returned no code for ${path}`);
    writeFileSync(path, parenthesiseFactories(out.code, path));
  }
}

/**
 * Wraps each module factory in parentheses: the functions of a chunk's `export const modules = {id: f, …}`,
 * or of the entry file's module map (`var t = {id: f, …}`, every key a number and every value a function).
 * Parentheses around a function value change nothing but V8's choice to compile it eagerly.
 */
function parenthesiseFactories(code, path, { entry = false } = {}) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const isFactory = (v) => v.type === 'ArrowFunctionExpression' || v.type === 'FunctionExpression';
  const isModuleMap = (o) =>
    o?.type === 'ObjectExpression' &&
    o.properties.length > 0 &&
    o.properties.every(
      (p) => p.type === 'Property' && p.key.type === 'Literal' && typeof p.key.value === 'number' && isFactory(p.value),
    );
  const factories = [];
  for (const st of ast.body) {
    const decl = entry ? st : st.type === 'ExportNamedDeclaration' ? st.declaration : undefined;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      const wanted = entry
        ? isModuleMap(d.init)
        : d.id.type === 'Identifier' && d.id.name === 'modules' && d.init?.type === 'ObjectExpression';
      if (wanted)
        for (const prop of d.init.properties)
          if (prop.type === 'Property' && isFactory(prop.value)) factories.push(prop.value);
    }
  }
  // A bundle in another shape (a new ncc) would silently lose the eager compile: stop the build instead.
  if (factories.length === 0) throw new Error(`${path}: no module factories found to keep in parentheses`);
  let result = '';
  let at = 0;
  for (const f of factories.sort((a, b) => a.start - b.start)) {
    result += `${code.slice(at, f.start)}(${code.slice(f.start, f.end)})`;
    at = f.end;
  }
  return result + code.slice(at);
}

/** ncc minified the entry file itself, and dropped the factories' parentheses there too. */
function parenthesiseEntry(path) {
  writeFileSync(path, parenthesiseFactories(readFileSync(path, 'utf8'), path, { entry: true }));
}

rmSync('dist', { recursive: true, force: true });
build('lib/src/index.js', 'dist');
build('lib/src/cli.js', 'dist/cli');
build('lib/monitor/index.js', 'dist/monitor');
for (const dir of ['dist', 'dist/cli', 'dist/monitor']) await minifyChunks(dir);
for (const entry of ['dist/index.js', 'dist/cli/index.js', 'dist/monitor/index.js']) parenthesiseEntry(entry);
mkdirSync('dist', { recursive: true });
for (const dir of ['dist', 'dist/cli', 'dist/monitor']) writeFileSync(`${dir}/package.json`, '{"type":"module"}\n');
// The bin does not turn on Node's compile cache (module.enableCompileCache): measured on `evalgate run`
// (2,000 cases, Node 24, 2026-11-27), a run that finds the cache saved ~70 ms of CPU before the first
// request, but the run that writes it paid ~70 ms more, and a CI job on a fresh runner is always that
// run. Users who run evalgate repeatedly on one machine can set NODE_COMPILE_CACHE=<dir> themselves.
writeFileSync(
  'dist/cli.js',
  '#!/usr/bin/env node\n// The CLI bundle lives in cli/; this file is the package bin.\nimport "./cli/index.js";\n',
);
chmodSync('dist/cli.js', 0o755);
