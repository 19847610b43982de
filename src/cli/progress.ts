// Live progress for a TTY: one line on stderr, rewritten in place ("\r" + erase line), at most every
// 100 ms, cleared before anything else is printed so warnings and the table never interleave with it.
// Off a TTY (CI logs, pipes) it prints nothing: a log full of carriage returns helps nobody.
import type { ProgressEvent } from '../core/engine/types.js';

const CLEAR = '\r\x1b[2K';

export interface ProgressLine {
  update(e: ProgressEvent): void;
  /** Erases the line (call before printing anything else). */
  clear(): void;
}

export function createProgressLine(
  write: (text: string) => void,
  enabled: boolean,
  now: () => number = Date.now,
): ProgressLine {
  const bySuite = new Map<string, { done: number; total: number }>();
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(e) {
      if (!enabled) return;
      bySuite.set(`${e.label}\u0000${e.suite}`, { done: e.done, total: e.total });
      let done = 0;
      let total = 0;
      for (const s of bySuite.values()) {
        done += s.done;
        total += s.total;
      }
      const t = now();
      if (done < total && t - last < 100) return;
      last = t;
      const width = 20;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      write(
        `${CLEAR}evalgate [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} samples · ${e.suite}`,
      );
      shown = true;
    },
    clear() {
      if (shown) write(CLEAR);
      shown = false;
    },
  };
}
