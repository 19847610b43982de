// The monitor's small state file (<stateDir>/state.json): per target, when the last check started and
// when the last check that finished started. A check abandoned on SIGTERM (or lost to a crash) leaves
// started > finished; a scheduled time that passed while the monitor was down leaves a schedule match
// after the last finished check. Either way the next start runs one catch-up check, not one per miss.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';

export interface TargetState {
  /** ISO time the last check started. */
  started?: string;
  /** ISO start time of the last check that ran to its end (its history written). */
  finished?: string;
  /** ISO time of the last `drift.candidates` check (it runs every drift.candidates.everyDays). */
  candidates?: string;
}

export interface MonitorState {
  version: 1;
  targets: Record<string, TargetState>;
}

export interface StateFile {
  get(target: string): TargetState;
  /** Records and persists (atomically: a crash leaves the old or the new file, never half of one). */
  update(target: string, change: TargetState): Promise<void>;
}

export async function openStateFile(dir: string): Promise<StateFile> {
  const path = join(dir, 'state.json');
  let state: MonitorState = { version: 1, targets: {} };
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<MonitorState>;
    if (parsed && typeof parsed.targets === 'object' && parsed.targets) state = { version: 1, targets: parsed.targets };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(
        `${path}: cannot read the monitor state (${e instanceof Error ? e.message : String(e)}); delete it to start afresh`,
      );
  }
  // Writes are chained so two targets finishing together cannot interleave their writes.
  let writing: Promise<void> = Promise.resolve();
  return {
    get: (t) => ({ ...state.targets[t] }),
    update(t, change) {
      state = { ...state, targets: { ...state.targets, [t]: { ...state.targets[t], ...change } } };
      const text = `${JSON.stringify(state, null, 2)}\n`;
      writing = writing.then(() => writeFileAtomic(path, text, { makeDir: true }));
      return writing;
    },
  };
}

/** Steps scanned back for a missed schedule time (≈70 days of minutes): bounds the start-up work. */
const MAX_SCAN = 100_000;

/**
 * Whether a check is owed at start: the last one was interrupted, or the schedule matched a time after the
 * last finished check started. No state at all (a first start) owes nothing: the schedule takes over.
 * `matches` is the schedule's matcher (node-cron's task.match, time zone included); `seconds` says
 * whether the expression has a seconds field (else only whole minutes can match).
 */
export function owesCatchUp(s: TargetState, now: Date, matches: (d: Date) => boolean, seconds: boolean): boolean {
  if (!s.finished) return s.started !== undefined;
  const finished = Date.parse(s.finished);
  if (s.started && Date.parse(s.started) > finished) return true;
  const step = seconds ? 1000 : 60_000;
  let t = Math.floor(now.getTime() / step) * step;
  for (let i = 0; i < MAX_SCAN && t > finished; i++, t -= step) if (matches(new Date(t))) return true;
  return false;
}
