// A run cancelled by a signal (a runner cancelling the job sends SIGINT, then SIGTERM 7.5 s later, then
// kills the process tree 2.5 s after that). The flows stop before a write that would record what the
// cancellation left incomplete — a drift night, a PR comment — and the root prints one line saying so.

/** How every cancellation line starts (after the tool's name). */
export const CANCELLED = 'cancelled by ';

export class CancelledError extends Error {
  constructor(
    /** The signal, as the abort reason carries it (`SIGTERM`, `SIGINT`). */
    readonly signalName: string,
    /** What was and was not written. */
    readonly outcome: string,
  ) {
    super(`${CANCELLED}${signalName}; ${outcome}`);
    this.name = 'CancelledError';
  }
}

/** Throws CancelledError when `signal` was aborted (its reason names the signal). */
export function stopIfCancelled(signal: AbortSignal | undefined, outcome: string): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw new CancelledError(typeof reason === 'string' ? reason : 'a signal', outcome);
}
