// npm run bench: `evalgate run` timed as users run it — the bundled CLI (dist/cli.js) in its own process,
// a config with a CSV of cases, the real openai adapter, --out results.json and --trace — against the
// loopback fake model in another child process (not counted). Prints, for the Node it runs on:
//   wall / ideal      the whole process (cold start included) and the run phase (results.json's times)
//   CPU per request   the CLI process's user+system CPU over the requests sent
//   peak RSS          the CLI process's
//   results JSON      bytes per sample
// Presets (BENCH_PRESET): default 2,000 cases × 1 at concurrency 50, 50 ms model (ideal 2.0 s);
// `big` 10,000 cases × repeat 3 at concurrency 100, 5 ms model (ideal 1.5 s; the memory figure).
// BENCH_CASES / BENCH_REPEAT / BENCH_CONCURRENCY / BENCH_LATENCY_MS override; BENCH_RUNS (default 3)
// repeats and prints medians; BENCH_LIVE=1 adds a run that prints the live heap once a second; BENCH_TRACE=0 runs without --trace (the trace is fdatasync'ed: on a busy
// disk its flushes, not evalgate's CPU, can dominate the wall time). Needs `npm run build` (it measures dist/, what users run).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startFakeServer } from './support.mjs';

const PRESETS = {
  default: { cases: 2000, repeat: 1, concurrency: 50, latency: 50 },
  big: { cases: 10000, repeat: 3, concurrency: 100, latency: 5 },
};
const preset = PRESETS[process.env.BENCH_PRESET ?? 'default'];
if (!preset) throw new Error(`BENCH_PRESET must be one of ${Object.keys(PRESETS).join(', ')}`);
const CASES = Number(process.env.BENCH_CASES ?? preset.cases);
const REPEAT = Number(process.env.BENCH_REPEAT ?? preset.repeat);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? preset.concurrency);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? preset.latency);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = join(ROOT, 'dist/cli.js');
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
if (statSync(join(ROOT, 'dist/cli/index.js')).mtimeMs < statSync(join(ROOT, 'src/core/engine/engine.ts')).mtimeMs) {
  console.error('bench: dist/ looks older than src/ (run `npm run build` to measure the current code)');
}

const { server, url } = await startFakeServer([LATENCY_MS]);

const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-cli-'));
writeFileSync(join(dir, 'prompt.txt'), 'Say hello to {{name}} about {{topic}}');
writeFileSync(
  join(dir, 'cases.csv'),
  `id,name,topic\n${Array.from({ length: CASES }, (_, i) => `case-${i},user ${i},topic ${i % 17}`).join('\n')}\n`,
);
writeFileSync(
  join(dir, 'evalgate.yml'),
  `version: 1
providers:
  fake: { type: openai, model: gpt-4o-mini, baseUrl: "${url}", apiKey: sk-bench-not-a-real-key, temperature: 0, maxTokens: 50 }
defaults: { provider: fake, repeat: ${REPEAT}, concurrency: ${CONCURRENCY} }
cache: { ttlHours: 0 }
suites:
  - name: bench
    prompt: prompt.txt
    cases: cases.csv
    traffic: { requestsPerMonth: 100000 }
    assert:
      - { type: icontains, value: hello }
      - { type: regex, value: "user \\\\d+" }
`,
);

async function once(run, live = false) {
  const usagePath = join(dir, `usage-${run}.json`);
  const out = join(dir, `results-${run}.json`);
  const args = [
    ...(live ? ['--expose-gc'] : []),
    '--import',
    join(ROOT, 'bench/measure.mjs'),
    CLI,
    'run',
    '--config',
    join(dir, 'evalgate.yml'),
    '--no-cache',
    '--out',
    out,
    ...(process.env.BENCH_TRACE === '0' ? [] : ['--trace', join(dir, `trace-${run}.jsonl`)]),
  ];
  const t0 = performance.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        EVALGATE_BENCH_USAGE: usagePath,
        OPENAI_API_KEY: '',
        ...(live ? { EVALGATE_BENCH_LIVE: '1' } : {}),
      },
    });
    child.once('exit', resolve);
  });
  const wall = (performance.now() - t0) / 1000;
  const usage = JSON.parse(readFileSync(usagePath, 'utf8'));
  const text = readFileSync(out, 'utf8');
  const result = JSON.parse(text);
  const a = result.suites[0].aggregates;
  const phase = (Date.parse(result.finishedAt) - Date.parse(result.startedAt)) / 1000;
  if (process.env.BENCH_SHOW_CASE && run === 1) console.log(JSON.stringify(result.suites[0].cases[0], null, 1));
  rmSync(out);
  rmSync(join(dir, `trace-${run}.jsonl`), { force: true });
  return {
    liveMb: usage.liveMb ?? [],
    peakMb: usage.peakMb,
    code,
    wall,
    phase,
    ok: a.ok,
    samples: a.samples,
    cpuMs: (usage.userUs + usage.systemUs) / 1000,
    rssMb: usage.maxRssKb / 1024,
    bytes: Buffer.byteLength(text),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const requests = CASES * REPEAT;
const ideal = (Math.ceil(requests / CONCURRENCY) * LATENCY_MS) / 1000;
console.log(
  `evalgate bench (CLI): ${CASES} cases × repeat ${REPEAT}, concurrency ${CONCURRENCY}, model latency ${LATENCY_MS} ms, Node ${process.versions.node} (${RUNS} runs, medians)`,
);
const rows = [];
for (let run = 1; run <= RUNS; run++) {
  const r = await once(run);
  rows.push(r);
  console.log(
    `  run ${run}: exit ${r.code}, ok ${r.ok}/${r.samples}, wall ${r.wall.toFixed(2)} s, run phase ${r.phase.toFixed(2)} s, CPU ${(r.cpuMs / requests).toFixed(3)} ms/request, peak RSS ${r.rssMb.toFixed(0)} MB`,
  );
  if (process.env.BENCH_HEAP) console.log(`    largest heap spaces (MB): ${JSON.stringify(r.peakMb)}`);
}
const allOk = rows.every((r) => r.ok === requests);
console.log(
  `  wall / ideal:     ${(median(rows.map((r) => r.wall)) / ideal).toFixed(2)}x whole process, ${(median(rows.map((r) => r.phase)) / ideal).toFixed(2)}x run phase (ideal ${ideal.toFixed(2)} s)`,
);
console.log(
  `  CPU per request:  ${(median(rows.map((r) => r.cpuMs)) / requests).toFixed(3)} ms (whole process, incl. start-up)`,
);
console.log(`  peak RSS:         ${median(rows.map((r) => r.rssMb)).toFixed(0)} MB`);
console.log(`  results JSON:     ${(median(rows.map((r) => r.bytes)) / requests / 1024).toFixed(2)} KB per sample`);
if (process.env.BENCH_LIVE) {
  // One more run, not in the medians (forced collections change its timing): the live heap over the run.
  const r = await once(RUNS + 1, true);
  console.log(
    `  live heap:        ${r.liveMb.join(', ')} MB (after a full GC, once a second; not in the figures above)`,
  );
}
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
if (!allOk) {
  console.error('bench: not every sample was ok; the figures above are not valid');
  process.exitCode = 1;
}
