// What the bench scripts share: the repository root, compiled lib/ that is not older than src/, and the
// loopback fake model in a child process of its own (its work and memory are not the measured process's).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export const ROOT = new URL('..', import.meta.url).pathname;
const LIB = join(ROOT, 'lib');

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (m, e) => Math.max(m, e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
    0,
  );

/** Compiles lib/ with tsc when it is missing or older than src/ (stale lib/ would measure old code). */
export function freshLib() {
  const compiled = join(LIB, 'src/core/engine/engine.js');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  console.error('bench: lib/ is missing or older than src/; compiling with tsc first');
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], {
      stdio: 'inherit',
    });
  } catch {
    // tsc exits non-zero on type errors but still emits; the import tells whether it worked.
  }
}

/** Imports a compiled module of lib/ (path relative to lib/). */
export const lib = (path) => import(pathToFileURL(join(LIB, path)).href);

/** Starts bench/fake-server.mjs with `args` (latency ms, then optional rate limit); resolves its URL. */
export async function startFakeServer(args) {
  // ts-resolve.mjs: the fake model (TypeScript, run with type stripping) imports its siblings by their .js names.
  const hooks = pathToFileURL(join(ROOT, 'bench/ts-resolve.mjs')).href;
  const server = spawn(
    process.execPath,
    ['--import', hooks, join(ROOT, 'bench/fake-server.mjs'), ...args.map(String)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`fake model exited with ${code}`)));
  });
  return { server, url };
}
