// The monitor service's command line, shared by its two roots: monitor/ (the bundled dist/monitor/index.js
// a container or systemd runs) and `evalgate monitor --targets monitor.yml`. Flags fall back to
// EVALGATE_MONITOR_* variables, so a container is configured by its environment alone.
import { parseArgs } from 'node:util';
import { parseListen } from './http.js';
import type { LogFormat } from './log.js';
import { runMonitorOnce, startMonitorService, type MonitorServiceOptions } from './service.js';

export const MONITOR_SERVICE_USAGE = `Usage: evalgate-monitor [options]   (or: evalgate monitor --targets monitor.yml [options])

Runs the drift checks of every target of a monitor config on their schedules until SIGTERM / SIGINT
(the running checks get the grace period, then are abandoned; exit 0).

Options (environment variable in brackets):
  --config FILE        monitor config (default monitor.yml) [EVALGATE_MONITOR_CONFIG]
  --listen HOST:PORT   serve /healthz, /readyz and /metrics [EVALGATE_MONITOR_LISTEN]
  --log-format FMT     text (default) or json: one JSON object per line [EVALGATE_MONITOR_LOG_FORMAT]
  --state-dir DIR      state file and local histories (default: stateDir of the config) [EVALGATE_MONITOR_STATE_DIR]
  --stop-timeout SECS  grace period for running checks on stop (default: stopTimeoutSeconds, 60)
  --once               one check of every target (or of each --target), then exit with drift's exit code
  --target NAME        with --once: only this target (repeatable)
  --healthcheck        GET /healthz of the --listen address; exit 0 if it answers 200 (Docker HEALTHCHECK)
  -h, --help           show this help
`;

export interface MonitorMainIO {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Registers a stop handler for a signal (process.once in production). */
  onSignal: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => void;
  /** Tests: see MonitorServiceOptions. */
  service?: Pick<MonitorServiceOptions, 'createOctokit' | 'webhookSleep'>;
}

class MonitorUsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes as the CLI's: 0 ok, 1 drift (--once), 2 usage or config error, 3 internal, 4 outage (--once). */
export async function monitorMain(argv: string[], io: MonitorMainIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    const user = e instanceof Error && (e.name === 'ConfigError' || e.name === 'UsageError');
    // ConfigError's text is "file:line:col keyPath: reason" (one line per problem).
    const text =
      e instanceof Error && e.name === 'ConfigError' ? String(e) : e instanceof Error ? e.message : String(e);
    io.stderr(`evalgate-monitor: ${user ? text : `internal error: ${text}`}\n`);
    return user ? 2 : 3;
  }
}

async function run(argv: string[], io: MonitorMainIO): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: parseArgs infers the values' type from its options below
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: 'string', short: 'c' },
        listen: { type: 'string' },
        'log-format': { type: 'string' },
        'state-dir': { type: 'string' },
        'stop-timeout': { type: 'string' },
        once: { type: 'boolean' },
        target: { type: 'string', multiple: true },
        healthcheck: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    throw new MonitorUsageError(`${(e as Error).message} (see --help)`);
  }
  if (values.help) {
    io.stdout(MONITOR_SERVICE_USAGE);
    return 0;
  }
  const env = io.env;
  const listenRaw = values.listen ?? env['EVALGATE_MONITOR_LISTEN'];
  let listen: { host: string; port: number } | undefined;
  try {
    listen = listenRaw ? parseListen(listenRaw) : undefined;
  } catch (e) {
    throw new MonitorUsageError((e as Error).message);
  }
  if (values.healthcheck) return healthcheck(listen, io);
  const format = values['log-format'] ?? env['EVALGATE_MONITOR_LOG_FORMAT'] ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new MonitorUsageError(`--log-format must be "text" or "json", got "${format}"`);
  const stop = values['stop-timeout'];
  if (stop !== undefined && !/^\d+$/.test(stop))
    throw new MonitorUsageError(`--stop-timeout must be a whole number of seconds, got "${stop}"`);
  if (values.target && !values.once)
    throw new MonitorUsageError('--target goes with --once (the service runs every target of the config)');
  const stateDir = values['state-dir'] ?? env['EVALGATE_MONITOR_STATE_DIR'];
  const options: MonitorServiceOptions = {
    configPath: values.config ?? env['EVALGATE_MONITOR_CONFIG'] ?? 'monitor.yml',
    env,
    logFormat: format as LogFormat,
    write: io.stdout,
    ...(listen ? { listen } : {}),
    ...(stateDir ? { stateDir } : {}),
    ...(stop !== undefined ? { stopTimeoutMs: Number(stop) * 1000 } : {}),
    ...io.service,
  };
  if (values.once) {
    const abort = new AbortController();
    const onStop = (): void => abort.abort(new Error('stopped by signal'));
    io.onSignal('SIGTERM', onStop);
    io.onSignal('SIGINT', onStop);
    return runMonitorOnce(options, values.target ?? [], abort.signal);
  }
  const service = await startMonitorService(options);
  io.onSignal('SIGTERM', () => void service.stop('SIGTERM'));
  io.onSignal('SIGINT', () => void service.stop('SIGINT'));
  await service.stopped;
  return 0;
}

/** The container's HEALTHCHECK: node is in the image, curl is not. */
async function healthcheck(listen: { host: string; port: number } | undefined, io: MonitorMainIO): Promise<number> {
  if (!listen) throw new MonitorUsageError('--healthcheck needs --listen HOST:PORT (or EVALGATE_MONITOR_LISTEN)');
  const host =
    listen.host === '0.0.0.0' || listen.host === '::'
      ? '127.0.0.1'
      : listen.host.includes(':')
        ? `[${listen.host}]`
        : listen.host;
  try {
    const res = await fetch(`http://${host}:${listen.port}/healthz`, { signal: AbortSignal.timeout(4_000) });
    await res.body?.cancel();
    if (res.ok) return 0;
    io.stderr(`evalgate-monitor: /healthz answered ${res.status}\n`);
  } catch (e) {
    io.stderr(
      `evalgate-monitor: /healthz unreachable (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})\n`,
    );
  }
  return 1;
}
