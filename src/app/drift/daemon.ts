// The long-running drift monitor of one target: runs a check on a cron schedule (node-cron, seconds field
// allowed), never two at once (a tick that finds the previous check still running is skipped and logged),
// one log event per run, and a clean stop: the schedule is stopped, a running check gets `stopTimeoutMs` to
// finish, is then aborted, and stop() resolves so the process can exit 0.
//
// Each check gets its own AbortController, linked to nothing that outlives it: the engine registers abort
// listeners on the signal it is given, so a signal kept for the daemon's life collected one listener per
// check for ever (1,000 checks → 1,000 listeners, MaxListenersExceededWarning after ~11 on Node 20).
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
  /** Why a check failed, as one line (default: the error's first message line). */
  describeError?: (e: unknown) => string;
  /** Delay before a scheduled check starts (jitter), in ms; default none. */
  delayMs?: () => number;
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
  return cron.validate(expr) ? undefined : `invalid cron schedule "${expr}" (5 fields, or 6 with seconds first, e.g. "0 3 * * *")`;
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

export function startDaemon(o: DaemonOptions): Daemon {
  const now = o.now ?? (() => new Date());
  const describe = o.describeError ?? firstLine;
  /** The running check and its own controller (undefined between checks: nothing is kept across checks). */
  let running: { done: Promise<void>; abort: AbortController } | undefined;
  let stopping: Promise<void> | undefined;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));

  const run = (reason: string): Promise<boolean> => {
    if (stopping) return Promise.resolve(false);
    if (running) {
      o.log(`${now().toISOString()} drift check skipped (${reason}): the previous check is still running`);
      return Promise.resolve(false);
    }
    const abort = new AbortController();
    const done = o
      .check(abort.signal)
      .then((line) => o.log(line))
      .catch((e: unknown) => o.log(`${now().toISOString()} drift check failed: ${describe(e)}`))
      .finally(() => {
        running = undefined;
      });
    running = { done, abort };
    return done.then(() => true);
  };

  const pending = new Set<NodeJS.Timeout>();
  const tick = (): void => {
    const wait = o.delayMs?.() ?? 0;
    if (wait <= 0) return void run('schedule');
    const t = setTimeout(() => {
      pending.delete(t);
      void run('schedule');
    }, wait);
    pending.add(t);
  };
  // Not awaited by node-cron on purpose: overlap is decided by `running`, so a skip is logged.
  const task = o.unscheduled ? undefined : cron.schedule(o.schedule, () => tick(), { name: 'evalgate-drift', ...(o.timezone ? { timezone: o.timezone } : {}) });

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());
  return {
    busy: () => running !== undefined,
    stopped,
    trigger: run,
    stop(reason) {
      stopping ??= (async () => {
        o.log(`${now().toISOString()} monitor stopping (${reason})${running ? ': waiting for the running check' : ''}`);
        for (const t of pending) clearTimeout(t);
        pending.clear();
        await task?.stop();
        await task?.destroy();
        const current = running;
        if (current) {
          const finished = await Promise.race([current.done.then(() => true), sleep(o.stopTimeoutMs ?? 60_000).then(() => false)]);
          if (!finished) {
            o.log(`${now().toISOString()} running check did not finish in time: aborting it`);
            current.abort.abort(new Error(`monitor stopping (${reason})`));
            await Promise.race([current.done, sleep(5_000)]);
          }
        }
        o.log(`${now().toISOString()} monitor stopped`);
        resolveStopped();
      })();
      return stopping;
    },
  };
}
