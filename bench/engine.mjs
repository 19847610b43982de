// npm run bench: the engine's hot path against the loopback fake model.
// 2,000 cases at concurrency 50 with 50 ms model latency: the ideal is 2,000 / 50 × 50 ms = 2.0 s.
// Runs the compiled code in lib/ (built by `tsc` when missing) with the real openai adapter (its default
// keep-alive undici fetch under the SDK), the real
// JSONL trace (fdatasync'ed, group-committed) and the deterministic scorers; the fake model runs in a
// child process. Prints wall time, wall/ideal and this process's peak RSS. Goals: ≤ 1.15× ideal, ≤ 150 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshLib, lib, startFakeServer } from './support.mjs';

const CASES = Number(process.env.BENCH_CASES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
freshLib();
const { server, url } = await startFakeServer([LATENCY_MS]);

const [
  { runEval },
  { createOpenAIModelClient },
  { createSystemClock },
  { JsonlTrace },
  { createRegistry, deterministicScorers },
] = await Promise.all([
  lib('src/core/engine/engine.js'),
  lib('src/adapters/model/openai-client.js'),
  lib('src/adapters/clock/system-clock.js'),
  lib('src/adapters/trace/jsonl-trace.js'),
  lib('src/core/scorers/registry.js'),
]);

const provider = {
  id: 'bench',
  type: 'openai',
  model: 'gpt-4o-mini',
  baseUrl: url,
  apiKey: 'sk-bench-not-a-real-key',
  temperature: 0,
  maxTokens: 50,
  timeoutMs: 30_000,
  maxRetries: 2,
};
const suite = {
  name: 'bench',
  promptPath: 'prompts/bench.txt',
  promptSource: 'Say hello to {{name}} about {{topic}}',
  promptVersion: '000000000000',
  template: {
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Say hello to {{name}} about {{topic}}' },
    ],
    variables: ['name', 'topic'],
  },
  cases: Array.from({ length: CASES }, (_, i) => ({
    id: `case-${i}`,
    vars: { name: `user ${i}`, topic: `topic ${i % 17}` },
    assertions: [
      { type: 'icontains', value: 'hello' },
      { type: 'regex', value: 'user \\d+' },
    ],
  })),
  provider,
  repeat: 1,
  concurrency: CONCURRENCY,
  traffic: { requestsPerMonth: 100_000 },
  watch: [],
  files: [],
  raw: {},
};

const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-'));
const trace = new JsonlTrace({ path: join(dir, 'trace.jsonl'), secrets: [provider.apiKey] });
const model = createOpenAIModelClient({ env: {} });
const clock = createSystemClock();
const deps = {
  model,
  clock,
  ...(process.env.BENCH_TRACE === '0' ? {} : { trace }),
  scorers: createRegistry(deterministicScorers()),
  pricing: {},
};
const options = { runId: 'bench', cacheMode: 'off', cacheTtlHours: 0, toolVersion: 'bench', concurrency: CONCURRENCY };

// Warm-up (SDK import, connection pool, JIT), not counted: a cold start is reported apart by the issue.
const warm = { ...suite, cases: suite.cases.slice(0, CONCURRENCY) };
await runEval([{ label: 'warm', suite: warm }], { ...options, runId: 'warm' }, deps);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const out = await runEval([{ label: 'bench', suite }], options, deps);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const rssMb = process.resourceUsage().maxRSS / 1024; // before the floor run below adds its own garbage
// Where the RSS goes: V8 grows its young generation with the allocation rate (up to 64 MB per semi-space
// on Node 24), which is most of the gap between the live heap and the RSS.
const { getHeapSpaceStatistics } = await import('node:v8');
const spaceMb = (name) => (getHeapSpaceStatistics().find((s) => s.space_name === name)?.space_size ?? 0) / 1048576;
const heapUsedMb = process.memoryUsage().heapUsed / 1048576;
await trace.close();

// Floor: the same requests straight through the adapter at the same concurrency (no engine), so the
// engine's own share is visible apart from the SDK's and the machine's.
const { default: pLimit } = await import('p-limit');
const limit = pLimit(CONCURRENCY);
const f0 = performance.now();
await Promise.all(
  suite.cases.map((c) =>
    limit(() =>
      model.complete({
        provider,
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'user', content: `Say hello to ${c.vars.name} about ${c.vars.topic}` },
        ],
      }),
    ),
  ),
);
const floor = (performance.now() - f0) / 1000;

const a = out.results[0].suite.aggregates;
const ideal = (Math.ceil(CASES / CONCURRENCY) * LATENCY_MS) / 1000;
const ok = a.ok === CASES && a.meanScore === 1;
console.log(
  `evalgate bench: ${CASES} cases, concurrency ${CONCURRENCY}, model latency ${LATENCY_MS} ms (fake model in a child process)`,
);
console.log(`  samples ok:     ${a.ok}/${CASES}  errors ${a.errors}  mean score ${a.meanScore}`);
console.log(`  wall time:      ${wall.toFixed(3)} s`);
console.log(`  wall / ideal:   ${(wall / ideal).toFixed(3)}x   (ideal ${ideal.toFixed(1)} s; goal <= 1.15x)`);
console.log(
  `  adapter only:   ${floor.toFixed(3)} s = ${(floor / ideal).toFixed(3)}x ideal (same requests, no engine); engine / adapter-only ${(wall / floor).toFixed(3)}x`,
);
console.log(`  latency p50/p95 ${a.latencyMs.p50?.toFixed(1)} / ${a.latencyMs.p95?.toFixed(1)} ms`);
console.log(
  `  engine CPU:     ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${((cpu.user + cpu.system) / 1000 / CASES).toFixed(2)} ms per case; the rest of the wall time is waiting)`,
);
console.log(
  `  peak RSS:       ${rssMb.toFixed(1)} MB   (goal <= 150 MB; live heap ${heapUsedMb.toFixed(0)} MB, V8 young generation ${spaceMb('new_space').toFixed(0)} MB, old ${spaceMb('old_space').toFixed(0)} MB)`,
);

model.close();
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
if (!ok) {
  console.error('bench: not every sample was ok; the figures above are not valid');
  process.exitCode = 1;
}
