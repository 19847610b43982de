#!/usr/bin/env node
// Re-records examples/recordings/: starts the loopback fake model with scripted, plausible answers, runs
// the built CLI with --record against it, then checks that `--replay` (what `npm run demo` does) runs
// offline and exits 0. Run after `npm run build`, whenever an example prompt or case changes:
//
//   node scripts/record-demo.mjs [--cli path/to/cli.js]     (default: dist/cli.js)
//
// The answers are scripted (not from a real model) so the demo needs no key, costs nothing and stays
// reproducible; one answer is deliberately imperfect so the demo shows a failing assertion and its reason.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The fake model is TypeScript; Node ≥ 23.6 strips types natively. Machines with an older default node
// re-run this script with the Node 24 that the project installs as a devDependency.
if (!process.features.typescript) {
  const node24 = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(node24)) {
    console.error('record-demo: needs Node ≥ 23.6 (type stripping); run `npm ci` first to get the project Node');
    process.exit(2);
  }
  const r = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { startFakeModel } = await import('../test/fakes/fake-model.ts');

const SERVED = 'gpt-4o-mini-2024-07-18';
const FINGERPRINT = 'fp_demo01';

/** [pattern on the last user message, answer]. First match wins. */
const ANSWERS = [
  [/called Alice.*English/s, 'Hello Alice, welcome back! It is lovely to see you again.'],
  [/called José.*Spanish/s, '¡Hola José, bienvenido de nuevo! Nos alegra verte.'],
  [/called Marie.*French/s, 'Bonjour Marie, ravie de vous revoir parmi nous !'],
  [
    /Order 42/,
    '{"orderId":"42","customer":"Alice","items":[{"product":"notebook","quantity":2},{"product":"pen","quantity":1}]}',
  ],
  [/order 7\b/, '{"orderId":"7","customer":"Bob","items":[{"product":"mug","quantity":3}]}'],
  // Deliberately imperfect: the quantity comes back as words, which the JSON Schema rejects.
  [/order 57/, '{"orderId":"57","customer":"Carol","items":[{"product":"green tea","quantity":"two boxes"}]}'],
  [
    /refund/,
    'Sorry about the damaged parcel! Open the Orders page, pick the order and choose "Request a refund"; the money is back on your card within 5 business days.',
  ],
  [
    /shipping to Spain/,
    'Shipping to Spain usually takes 3-5 business days. You can follow your parcel on the Orders page.',
  ],
  [/forgot my password/i, 'Choose "Forgot password?" on the sign-in page and we will email you a link to reset it.'],
];

/** A stable, plausible latency per prompt (250–850 ms), so recordings do not depend on request order. */
function latencyFor(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return 250 + ((h >>> 0) % 600);
}

const fake = await startFakeModel({
  behavior: (req) => {
    const hit = ANSWERS.find(([re]) => re.test(req.lastUser));
    if (!hit) return { status: 400, message: `record-demo has no scripted answer for: ${req.lastUser.slice(0, 80)}` };
    return { content: hit[1], model: SERVED, systemFingerprint: FINGERPRINT, latencyMs: latencyFor(req.lastUser) };
  },
});

const cliFlag = process.argv.indexOf('--cli');
const cli = cliFlag > 0 && process.argv[cliFlag + 1] ? process.argv[cliFlag + 1] : join(root, 'dist', 'cli.js');
const config = join(root, 'examples', 'evalgate.yml');
const recordings = join(root, 'examples', 'recordings');
// Asynchronous: the fake model lives in this process and must keep answering while the CLI runs.
const run = (args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'run', '--config', config, ...args], {
      stdio: 'inherit',
      env: { PATH: process.env.PATH, ...env },
    });
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status }));
  });

try {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  // Start clean so recordings of removed cases do not linger in the repository.
  rmSync(recordings, { recursive: true, force: true });
  console.log(`recording against the scripted fake model at ${fake.url}`);
  const rec = await run(['--record'], { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-record-demo-not-a-real-key' });
  if (rec.status !== 0) throw new Error(`recording run exited ${rec.status}`);
  console.log(
    `\nrecorded ${fake.chatRequests().length} responses into examples/recordings (${readdirSync(recordings).length} folders)`,
  );
} finally {
  await fake.close();
}

console.log('\nchecking the offline replay (what `npm run demo` does):');
const replay = await run(['--replay'], {});
if (replay.status !== 0) {
  console.error(`record-demo: the replay exited ${replay.status}; the demo must exit 0`);
  process.exit(1);
}
