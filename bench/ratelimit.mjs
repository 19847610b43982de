// npm run bench:ratelimit: a rate-limited model (20 requests per second, 429 + `retry-after: 1`), 300
// cases at concurrency 20, through the compiled engine and the real openai adapter. The floor is
// 300 / 20 = 15 s. Runs BENCH_RUNS times (default 3) and prints per run: wall / floor, samples lost,
// requests refused, and whether Node warned (MaxListenersExceededWarning). Goals: 0 lost, ≤ 1.1× floor.
// BENCH_RL_HEADERS=0: the endpoint sends only Retry-After, no x-ratelimit-* headers.
import { freshLib, lib, startFakeServer } from './support.mjs';

const CASES = Number(process.env.BENCH_CASES ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const PER_SECOND = Number(process.env.BENCH_RATE ?? 20);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HEADERS = process.env.BENCH_RL_HEADERS !== '0';
freshLib();
const [{ runEval }, { createOpenAIModelClient }, { createSystemClock }, { createRegistry, deterministicScorers }] =
  await Promise.all([
    lib('src/core/engine/engine.js'),
    lib('src/adapters/model/openai-client.js'),
    lib('src/adapters/clock/system-clock.js'),
    lib('src/core/scorers/registry.js'),
  ]);

const warnings = [];
process.on('warning', (w) => warnings.push(w.name));

async function once(run) {
  // A fresh server per run: its fixed windows start with it.
  const { server, url } = await startFakeServer([LATENCY_MS, PER_SECOND, HEADERS ? 'headers' : 'no-headers']);
  const provider = {
    id: 'bench',
    type: 'openai',
    model: 'gpt-4o-mini',
    baseUrl: url,
    apiKey: 'sk-bench-not-a-real-key',
    temperature: 0,
    timeoutMs: 30_000,
    maxRetries: 4,
  };
  const suite = {
    name: 'bench',
    promptPath: 'p.txt',
    promptSource: 'Say hello to {{name}}',
    promptVersion: '000000000000',
    template: { messages: [{ role: 'user', content: 'Say hello to {{name}}' }], variables: ['name'] },
    cases: Array.from({ length: CASES }, (_, i) => ({
      id: `case-${i}`,
      vars: { name: `user ${i}` },
      assertions: [{ type: 'icontains', value: 'hello' }],
    })),
    provider,
    repeat: 1,
    concurrency: CONCURRENCY,
    watch: [],
    files: [],
    raw: {},
  };
  const model = createOpenAIModelClient({ env: {} });
  const ac = new AbortController(); // a run signal, as the CLI has (Ctrl-C): the listener leak needs one
  const t0 = performance.now();
  const out = await runEval(
    [{ label: 'bench', suite }],
    {
      runId: `rl-${run}`,
      cacheMode: 'off',
      cacheTtlHours: 0,
      toolVersion: 'bench',
      concurrency: CONCURRENCY,
      signal: ac.signal,
    },
    { model, clock: createSystemClock(), scorers: createRegistry(deterministicScorers()), pricing: {} },
  );
  const wall = (performance.now() - t0) / 1000;
  model.close();
  server.kill('SIGTERM');
  const samples = out.results[0].suite.cases.flatMap((c) => c.samples);
  const lost = samples.filter((s) => s.status !== 'ok').length;
  const maxAttempts = Math.max(...samples.map((s) => s.attempts));
  return { wall, lost, maxAttempts };
}

const floor = CASES / PER_SECOND;
console.log(
  `evalgate bench:ratelimit: ${CASES} cases, concurrency ${CONCURRENCY}, ${PER_SECOND} req/s fixed window, 429 + retry-after: 1, ${HEADERS ? 'with' : 'without'} x-ratelimit headers, ${LATENCY_MS} ms model, Node ${process.versions.node}`,
);
let totalLost = 0;
const ratios = [];
for (let run = 1; run <= RUNS; run++) {
  const r = await once(run);
  totalLost += r.lost;
  ratios.push(r.wall / floor);
  console.log(
    `  run ${run}: wall ${r.wall.toFixed(2)} s = ${(r.wall / floor).toFixed(3)}x floor (${floor} s); lost ${r.lost}; most attempts by one sample ${r.maxAttempts}`,
  );
}
ratios.sort((a, b) => a - b);
console.log(
  `  median wall / floor ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}x (goal <= 1.1x); samples lost in ${RUNS} runs: ${totalLost} (goal 0); MaxListenersExceededWarning: ${warnings.includes('MaxListenersExceededWarning') ? 'YES' : 'no'}`,
);
if (totalLost > 0 || warnings.includes('MaxListenersExceededWarning')) process.exitCode = 1;
