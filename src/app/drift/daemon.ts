// The long-running drift monitor: runs a check on a cron schedule (node-cron, seconds field allowed),
// never two at once (a tick that finds the previous check still running is skipped and logged), one
// log line per run, and a clean stop: the schedule is stopped, a running check gets `stopTimeoutMs` to
// finish, is then aborted, and stop() resolves so the process can exit 0.
import cron from 'node-cron';

export interface DaemonOptions {
  schedule: string;
  /** One drift check; resolves to its log line. */
  check: (signal: AbortSignal) => Promise<string>;
  log: (line: string) => void;
  /** Grace period for a running check on stop (default 60 s), then it is aborted. */
  stopTimeoutMs?: number;
  timezone?: string;
  now?: () => Date;
}

export interface Daemon {
  /** Stops scheduling and waits (bounded) for a running check. Idempotent. */
  stop(reason: string): Promise<void>;
  /** Resolves once stopped. */
  readonly stopped: Promise<void>;
  /** True while a check runs. */
  busy(): boolean;
}

export function validateSchedule(expr: string): string | undefined {
  return cron.validate(expr) ? undefined : `invalid cron schedule "${expr}" (5 fields, or 6 with seconds first, e.g. "0 3 * * *")`;
}

export function startDaemon(o: DaemonOptions): Daemon {
  const now = o.now ?? (() => new Date());
  const abort = new AbortController();
  let running: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));

  const tick = (): void => {
    if (stopping) return;
    if (running) {
      o.log(`${now().toISOString()} drift check skipped: the previous check is still running`);
      return;
    }
    running = o
      .check(abort.signal)
      .then((line) => o.log(line))
      .catch((e: unknown) => o.log(`${now().toISOString()} drift check failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`))
      .finally(() => {
        running = undefined;
      });
  };
  // Not awaited by node-cron on purpose: overlap is decided by `running`, so a skip is logged.
  const task = cron.schedule(o.schedule, () => tick(), { name: 'evalgate-drift', ...(o.timezone ? { timezone: o.timezone } : {}) });

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());
  return {
    busy: () => running !== undefined,
    stopped,
    stop(reason) {
      stopping ??= (async () => {
        o.log(`${now().toISOString()} monitor stopping (${reason})${running ? ': waiting for the running check' : ''}`);
        await task.stop();
        await task.destroy();
        if (running) {
          const finished = await Promise.race([running.then(() => true), sleep(o.stopTimeoutMs ?? 60_000).then(() => false)]);
          if (!finished) {
            o.log(`${now().toISOString()} running check did not finish in time: aborting it`);
            abort.abort(new Error(`monitor stopping (${reason})`));
            await Promise.race([running, sleep(5_000)]);
          }
        }
        o.log(`${now().toISOString()} monitor stopped`);
        resolveStopped();
      })();
      return stopping;
    },
  };
}
