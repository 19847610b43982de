// Runs the loopback fake model in its own process for the bench, so the server's work and memory are not
// counted against the engine (the engine's process is what is measured). Prints its URL on stdout.
// Node 24 loads the TypeScript fake directly (type stripping); npm scripts run under the node@24 devDependency.
import { startFakeModel } from '../test/fakes/fake-model.ts';

// argv: latency in ms, then optionally a rate limit in requests per second and `no-headers` (429 +
// Retry-After only, without x-ratelimit-* headers).
const latencyMs = Number(process.argv[2] ?? 50);
const perSecond = process.argv[3] ? Number(process.argv[3]) : undefined;
const rateLimit = perSecond
  ? { limit: perSecond, windowMs: 1_000, headers: process.argv[4] !== 'no-headers' }
  : undefined;
// No OpenAI contract check: the bench measures evalgate, and the check's CPU would share the cores.
const fm = await startFakeModel({ latencyMs, record: false, contract: false, ...(rateLimit ? { rateLimit } : {}) });
process.stdout.write(`${fm.url}\n`);
const stop = () => fm.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // parent gone
process.stdin.resume();
