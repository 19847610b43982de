// Bundles the tsc output (lib/) with ncc: dist/index.js is the action, dist/cli/index.js the CLI.
// ncc is run once per entry because each build owns its output folder (chunks of lazy imports included).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const build = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--target', 'es2022', '--no-source-map-register', '--quiet', '--license', 'licenses.txt'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
build('lib/src/index.js', 'dist');
build('lib/src/cli.js', 'dist/cli');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{"type":"module"}\n');
writeFileSync('dist/cli/package.json', '{"type":"module"}\n');
writeFileSync('dist/cli.js', '#!/usr/bin/env node\n// The CLI bundle lives in cli/; this file is the package bin.\nimport "./cli/index.js";\n');
chmodSync('dist/cli.js', 0o755);
