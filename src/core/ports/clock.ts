// Time is a port so retries, TTLs and schedules are testable without real waiting.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Monotonic milliseconds for measuring latency. */
  monotonic(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
