// The long-running drift monitor of one target: runs a check on a cron schedule (node-cron, seconds field
// allowed), never two at once (a tick that finds the previous check still running is skipped and logged),
// one log event per run, and a clean stop: the schedule is stopped, a running check gets `stopTimeoutMs` to
// finish, is then aborted, and stop() resolves so the process can exit 0.
//
// Each check gets its own AbortController, linked to nothing that outlives it: the engine registers abort
// listeners on the signal it is given, so a signal kept for the daemon's life collected one listener per
// check for ever (1,000 checks → 1,000 listeners, MaxListenersExceededWarning after ~11 on Node 20).
import cron from 'node-cron';

/** What the daemon reports; the caller words it (text line or JSON event) and adds the time. */
export type DaemonEvent = 'check-done' | 'check-failed' | 'check-skipped' | 'stop-waiting' | 'check-aborted';

export interface DaemonOptions {
  schedule: string;
  /** One drift check; resolves to its log line (undefined: the check logged itself). */
  check: (signal: AbortSignal) => Promise<string | undefined>;
  log: (event: DaemonEvent, message: string, error?: unknown) => void;
  /** Grace period for a running check on stop (default 60 s), then it is aborted. */
  stopTimeoutMs?: number;
  timezone?: string;
  /** Up to this much random delay before a scheduled check (node-cron's maxRandomDelay), so targets spread out. */
  maxRandomDelayMs?: number;
  /** Why a check failed, as one line (default: the error's first message line). */
  describeError?: (e: unknown) => string;
  /** Tests and one-shot runs: no cron task at all, checks only through trigger(). */
  unscheduled?: boolean;
}

export interface Daemon {
  /** Stops scheduling and waits (bounded) for a running check. Idempotent. */
  stop(reason: string): Promise<void>;
  /** Resolves once stopped. */
  readonly stopped: Promise<void>;
  /** True while a check runs. */
  busy(): boolean;
  /** Runs a check now unless one runs or the daemon stops; resolves when it ended (false: skipped). */
  trigger(reason: string): Promise<boolean>;
}

export function validateSchedule(expr: string): string | undefined {
  return cron.validate(expr)
    ? undefined
    : `invalid cron schedule "${expr}" (5 fields, or 6 with seconds first, e.g. "0 3 * * *")`;
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

export function startDaemon(o: DaemonOptions): Daemon {
  const describe = o.describeError ?? firstLine;
  /** The running check and its own controller (undefined between checks: nothing is kept across checks). */
  let running: { done: Promise<void>; abort: AbortController } | undefined;
  let stopping: Promise<void> | undefined;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));

  const run = (reason: string): Promise<boolean> => {
    if (stopping) return Promise.resolve(false);
    if (running) {
      o.log('check-skipped', `drift check skipped: the previous check is still running (${reason})`);
      return Promise.resolve(false);
    }
    const abort = new AbortController();
    const done = o
      .check(abort.signal)
      .then((line) => {
        if (line !== undefined) o.log('check-done', line);
      })
      .catch((e: unknown) => o.log('check-failed', `drift check failed: ${describe(e)}`, e))
      .finally(() => {
        running = undefined;
      });
    running = { done, abort };
    return done.then(() => true);
  };

  // Not awaited by node-cron on purpose: overlap is decided by `running`, so a skip is logged.
  const task = o.unscheduled
    ? undefined
    : cron.schedule(o.schedule, () => void run('schedule'), {
        name: 'evalgate-drift',
        ...(o.timezone ? { timezone: o.timezone } : {}),
        ...(o.maxRandomDelayMs ? { maxRandomDelay: o.maxRandomDelayMs } : {}),
      });

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());
  return {
    busy: () => running !== undefined,
    stopped,
    trigger: run,
    stop(reason) {
      stopping ??= (async () => {
        if (running) o.log('stop-waiting', 'waiting for the running check');
        await task?.stop();
        await task?.destroy();
        const current = running;
        if (current) {
          const finished = await Promise.race([
            current.done.then(() => true),
            sleep(o.stopTimeoutMs ?? 60_000).then(() => false),
          ]);
          if (!finished) {
            o.log('check-aborted', 'running check did not finish in time: aborting it');
            current.abort.abort(new Error(`monitor stopping (${reason})`));
            await Promise.race([current.done, sleep(5_000)]);
          }
        }
        resolveStopped();
      })();
      return stopping;
    },
  };
}
