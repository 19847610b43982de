// Preloaded into the measured CLI process (`node --import bench/measure.mjs dist/cli.js …`): writes the
// process's own resource usage (CPU, peak RSS) to $EVALGATE_BENCH_USAGE when it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.EVALGATE_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ userUs: u.userCPUTime, systemUs: u.systemCPUTime, maxRssKb: u.maxRSS, uptimeS: process.uptime() }));
  });
}
