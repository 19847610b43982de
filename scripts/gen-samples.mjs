#!/usr/bin/env node
// Regenerates the sample documents from the real code run against the loopback fakes:
//   docs/sample-comment.md, docs/sample-drift-issue.md, and the generated regions of README.md
//   (<!-- generated:NAME:start --> … <!-- generated:NAME:end -->).
//
//   node scripts/gen-samples.mjs            write them            (npm run samples)
//   node scripts/gen-samples.mjs --check    fail if any is stale   (npm run samples:check, in CI)
//
// The generators are TypeScript (they use the fakes under test/fakes/), so vitest runs them with its
// own config, vitest.samples.config.ts; they are deterministic (fixed dates, git identities, run ids
// and simulated latencies), so a second run changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// vitest needs a newer Node than the engines floor: prefer the Node 24 the project installs (npm scripts
// put it first on PATH anyway).
const node24 = join(root, 'node_modules', '.bin', 'node');
const r = spawnSync(
  existsSync(node24) ? node24 : process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.samples.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, EVALGATE_SAMPLES: check ? 'check' : 'write' },
  },
);
if (r.status !== 0 && check)
  console.error('gen-samples: the generated docs are stale; run `npm run samples` and commit them');
process.exit(r.status ?? 1);
