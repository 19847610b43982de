// Runs the loopback fake model in its own process for the bench, so the server's work and memory are not
// counted against the engine (the engine's process is what is measured). Prints its URL on stdout.
// Node 24 loads the TypeScript fake directly (type stripping); npm scripts run under the node@24 devDependency.
import { startFakeModel } from '../test/fakes/fake-model.ts';

const latencyMs = Number(process.argv[2] ?? 50);
const fm = await startFakeModel({ latencyMs, record: false });
process.stdout.write(`${fm.url}\n`);
const stop = () => fm.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // parent gone
process.stdin.resume();
