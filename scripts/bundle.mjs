// Bundles the tsc output (lib/) with ncc: dist/index.js is the action, dist/cli/index.js the CLI.
// ncc is run once per entry because each build owns its output folder (chunks of lazy imports included).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const build = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--target', 'es2022', '--no-source-map-register', '--quiet', '--license', 'licenses.txt'], { stdio: 'inherit' });

/**
 * ncc's --minify minifies the entry file only; the chunks of lazy imports (openai, zod, yaml, re2js…) come
 * out as webpack wrote them, comments and long names included. Node parses every byte of a chunk it
 * imports, so they are minified here with ncc's own settings (no compression, names of functions and
 * classes kept): half the bytes, and `evalgate run` compiled its chunks in ~40% less CPU (measured
 * 2026-11-27, Node 24).
 */
async function minifyChunks(dir) {
  for (const file of readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const path = join(dir, file);
    const out = await minify(readFileSync(path, 'utf8'), { module: true, compress: false, mangle: { keep_classnames: true, keep_fnames: true } });
    if (out.code === undefined) throw new Error(`terser returned no code for ${path}`);
    writeFileSync(path, out.code);
  }
}

rmSync('dist', { recursive: true, force: true });
build('lib/src/index.js', 'dist');
build('lib/src/cli.js', 'dist/cli');
await minifyChunks('dist');
await minifyChunks('dist/cli');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{"type":"module"}\n');
writeFileSync('dist/cli/package.json', '{"type":"module"}\n');
// The bin turns on Node's compile cache (V8 code cache on disk, in os.tmpdir() unless NODE_COMPILE_CACHE
// says otherwise; NODE_DISABLE_COMPILE_CACHE=1 turns it off) before it loads the bundle: a second run
// skips compiling what the first one compiled. Node < 22.1 has no such API; the call is then skipped.
writeFileSync(
  'dist/cli.js',
  `#!/usr/bin/env node
// The CLI bundle lives in cli/; this file is the package bin.
import module from 'node:module';

module.enableCompileCache?.();
await import('./cli/index.js');
`,
);
chmodSync('dist/cli.js', 0o755);
