// `evalgate monitor`: the drift daemon (src/app/drift/daemon.ts) around `evalgate drift`'s check. Schedule from
// --schedule or drift.schedule; SIGTERM/SIGINT stop it cleanly (exit 0). Reports to GitHub issues when a
// token and repository are configured, otherwise to the history dir and stdout, one line per run.
import { resolve } from 'node:path';
import { startDaemon, validateSchedule } from '../../app/drift/daemon.js';
import { monitorMain } from '../../app/monitor/main.js';
import { loadConfig } from '../../adapters/config/loader.js';
import { parseCommandArgs, positiveInt, UsageError } from '../args.js';
import type { CliCommand, CliIO } from '../io.js';
import { reportError } from '../report-error.js';
import { buildScorerRegistry } from '../../app/runtime.js';
import { buildReporting, driftOnce, parseDriftArgs } from './drift.js';

const MONITOR_USAGE = `Usage: evalgate monitor [options]

Runs drift checks on a schedule until stopped (SIGTERM / SIGINT: finishes or aborts the running check,
exit 0). Never runs two checks at once. One log line per run on stdout.

With --targets monitor.yml: every target of a monitor config, as the monitor service runs them
(monitor/README.md; its options: --listen, --log-format, --state-dir, --stop-timeout, --once).

Options (also every option of \`evalgate drift\` except --pin and --markdown):
  --targets FILE       a monitor config of several targets (the other options below then do not apply)
  --schedule CRON      cron expression (default: drift.schedule of the config, e.g. "0 3 * * *";
                       a sixth, leading field means seconds)
  --timezone TZ        time zone of the schedule (default: the machine's)
  --stop-timeout SECS  grace period for a running check on stop (default 60)
  -h, --help           show this help
`;

export interface MonitorDeps {
  /** Registers a stop handler for a signal (the CLI: process.once). */
  onSignal: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => void;
}

export function createMonitorCommand(deps: MonitorDeps): CliCommand {
  return async (argv, io) => {
    try {
      return await monitor(argv, io, deps);
    } catch (err) {
      return reportError(err, io, 'monitor');
    }
  };
}

async function monitor(argv: string[], io: CliIO, deps: MonitorDeps): Promise<number> {
  // Several targets from a monitor config: the same service (and flags) as the monitor/ entry.
  const targets = argv.findIndex((a) => a === '--targets' || a.startsWith('--targets='));
  if (targets >= 0) {
    const a = argv[targets]!;
    const file = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[targets + 1];
    if (!file) throw new UsageError('--targets needs a monitor config file (e.g. monitor.yml)');
    const rest = argv.filter((_, i) => i !== targets && (a.includes('=') || i !== targets + 1));
    return monitorMain(['--config', resolve(io.cwd, file), ...rest], {
      env: io.env,
      stdout: io.stdout,
      stderr: io.stderr,
      onSignal: deps.onSignal,
    });
  }
  // Split our own flags from the drift check's.
  const own = new Set(['--schedule', '--timezone', '--stop-timeout']);
  const mine: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    if (own.has(name)) {
      mine.push(a);
      if (!a.includes('=') && i + 1 < argv.length) mine.push(argv[++i]!);
    } else rest.push(a);
  }
  const { values } = parseCommandArgs(mine, {
    schedule: { type: 'string' },
    timezone: { type: 'string' },
    'stop-timeout': { type: 'string' },
  });
  const args = parseDriftArgs(rest);
  if (args.help) {
    io.stdout(MONITOR_USAGE);
    return 0;
  }
  if (args.pin || args.markdown || args.shard || args.merge)
    throw new UsageError('--pin, --markdown, --shard and --merge belong to `evalgate drift`, not to the monitor');

  // Fail fast on a broken config or schedule; each check reloads the config (picks up merged changes).
  const config = await loadConfig(resolve(io.cwd, args.config), {
    cwd: io.cwd,
    env: io.env,
    scorers: buildScorerRegistry(),
  });
  const schedule = values.schedule ?? config.drift.schedule;
  const bad = validateSchedule(schedule);
  if (bad) throw new UsageError(bad);
  const reporting = buildReporting(args, config, io);
  const stopTimeout = positiveInt('stop-timeout', values['stop-timeout']);

  const stamp = (line: string): void => io.stdout(`${new Date().toISOString()} ${line}\n`);
  const daemon = startDaemon({
    schedule,
    // The run line carries its own time; the daemon's other events get one here.
    log: (event, line) => (event === 'check-done' ? io.stdout(`${line}\n`) : stamp(line)),
    check: async (signal) => (await driftOnce(args, io, signal)).line,
    ...(values.timezone ? { timezone: values.timezone } : {}),
    ...(stopTimeout !== undefined ? { stopTimeoutMs: stopTimeout * 1000 } : {}),
  });
  io.stdout(
    `${new Date().toISOString()} monitor started: schedule "${schedule}", ${config.suites.length} suite(s), ${reporting.describe}\n`,
  );
  const stop = (reason: string): void => {
    stamp(`monitor stopping (${reason})`);
    void daemon.stop(reason);
  };
  deps.onSignal('SIGTERM', () => stop('SIGTERM'));
  deps.onSignal('SIGINT', () => stop('SIGINT'));
  await daemon.stopped;
  stamp('monitor stopped');
  return 0;
}

export const monitorCommand: CliCommand = createMonitorCommand({
  onSignal: (signal, handler) => {
    process.once(signal, handler);
  },
});
