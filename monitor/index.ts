// The monitor service's composition root (bundled to dist/monitor/index.js, the container's entry): the
// process's arguments, environment, output and signals, handed to the monitor's command line in
// src/app/monitor/main.ts, which `evalgate monitor --targets` runs too.
import { monitorMain } from '../src/app/monitor/main.js';

process.exitCode = await monitorMain(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onSignal: (signal, handler) => {
    process.once(signal, handler);
  },
});
