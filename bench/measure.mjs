// Preloaded into the measured CLI process (`node --import bench/measure.mjs dist/cli.js …`): writes the
// process's own resource usage (CPU, peak RSS, and the V8 heap spaces' largest sizes, sampled every
// 100 ms) to $EVALGATE_BENCH_USAGE when it exits.
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const target = process.env.EVALGATE_BENCH_USAGE;
if (target) {
  const peak = {};
  const sample = () => {
    for (const s of getHeapSpaceStatistics()) peak[s.space_name] = Math.max(peak[s.space_name] ?? 0, s.space_size);
    const m = process.memoryUsage();
    peak.external = Math.max(peak.external ?? 0, m.external + m.arrayBuffers);
  };
  setInterval(sample, 100).unref();
  // EVALGATE_BENCH_LIVE (with --expose-gc): the live heap, after a full collection, once a second. What
  // the run keeps in memory, apart from the garbage V8 lets accumulate between collections.
  const live = [];
  if (process.env.EVALGATE_BENCH_LIVE && typeof globalThis.gc === 'function') {
    setInterval(() => {
      globalThis.gc();
      live.push(Math.round(process.memoryUsage().heapUsed / 1048576));
    }, 1000).unref();
  }
  process.on('exit', () => {
    sample();
    const u = process.resourceUsage();
    const mb = Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, Math.round(v / 1048576)]));
    writeFileSync(
      target,
      JSON.stringify({
        userUs: u.userCPUTime,
        systemUs: u.systemCPUTime,
        maxRssKb: u.maxRSS,
        uptimeS: process.uptime(),
        peakMb: mb,
        liveMb: live,
      }),
    );
  });
}
