// npm run bench:floor: what the machine allows, for `npm run bench`'s figures to be read against. The same
// workload (2,000 requests at concurrency 50 against the same loopback fake model with 50 ms latency),
// sent by clients that do nothing else, each measured whole-process like the CLI (Node start-up included):
//   raw         Node's HTTP client on keep-alive sockets: the floor of any client on this machine
//   sdk         the openai SDK with evalgate's undici fetch (how the CLI sends requests)
//   sdk-undici  the openai SDK with Node's built-in fetch (its default)
// Prints wall / ideal, CPU per request and peak RSS per client (medians of BENCH_RUNS, default 3).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freshLib, ROOT, startFakeServer } from './support.mjs';

const REQUESTS = Number(process.env.BENCH_CASES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// The sdk client imports evalgate's fetch from lib/.
freshLib();
const { server, url } = await startFakeServer([LATENCY_MS]);

async function once(mode) {
  const t0 = performance.now();
  let out = '';
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bench/floor-client.mjs'), mode, url, String(REQUESTS), String(CONCURRENCY)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (c) => (out += c));
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`floor client ${mode} exited with ${code}`);
  return { ...JSON.parse(out), wall: (performance.now() - t0) / 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ideal = (Math.ceil(REQUESTS / CONCURRENCY) * LATENCY_MS) / 1000;
console.log(
  `evalgate bench:floor: ${REQUESTS} requests, concurrency ${CONCURRENCY}, model latency ${LATENCY_MS} ms, Node ${process.versions.node} (${RUNS} runs, medians; whole process)`,
);
for (const mode of ['raw', 'sdk', 'sdk-undici']) {
  const rows = [];
  for (let i = 0; i < RUNS; i++) rows.push(await once(mode));
  console.log(
    `  ${mode.padEnd(11)} wall / ideal ${(median(rows.map((r) => r.wall)) / ideal).toFixed(2)}x   CPU ${(median(rows.map((r) => r.cpuMs)) / REQUESTS).toFixed(3)} ms/request   peak RSS ${median(rows.map((r) => r.rssMb)).toFixed(0)} MB`,
  );
}
server.kill('SIGTERM');
