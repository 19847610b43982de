// The real Clock: wall time for timestamps, performance.now() for latency (immune to wall-clock jumps),
// and an abortable sleep so a cancelled run does not sit out a long Retry-After.
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../core/ports/clock.js';

export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    monotonic: () => performance.now(),
    async sleep(ms: number, signal?: AbortSignal): Promise<void> {
      if (ms <= 0) return;
      await delay(ms, undefined, signal ? { signal } : undefined);
    },
  };
}
