// Ctrl-C during `evalgate run`: the first signal stops sending (the engine's abort signal: queued samples
// become `skipped`, requests in flight `aborted` errors), and the run still writes the results, the JUnit
// file and the trace of what is done, then exits 128 + signal number like a shell expects. A second
// signal quits at once (processIO), for a user who does not want to wait for the files.
import type { CliIO, InterruptSignal } from './io.js';

export const SIGNAL_EXIT: Record<InterruptSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface RunInterrupt {
  signal: AbortSignal;
  /** The first signal received, if any. */
  readonly received: InterruptSignal | undefined;
  dispose(): void;
}

export function watchInterrupt(io: CliIO, beforeMessage: () => void = () => {}): RunInterrupt {
  const ctl = new AbortController();
  let received: InterruptSignal | undefined;
  const off = io.onInterrupt?.((sig) => {
    if (received) return;
    received = sig;
    beforeMessage();
    io.stderr(
      `${sig === 'SIGINT' ? 'interrupted' : 'terminated'}: no new requests are sent; writing the results so far (press Ctrl-C again to quit at once)\n`,
    );
    ctl.abort(new Error(`run interrupted (${sig})`));
  });
  return {
    signal: ctl.signal,
    get received() {
      return received;
    },
    dispose: () => off?.(),
  };
}

/** processIO's implementation: one listener per signal while subscribed; a repeated signal exits at once. */
export function processInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  let count = 0;
  const listeners = (['SIGINT', 'SIGTERM'] as const).map((sig) => {
    const listener = () => {
      if (++count > 1) process.exit(SIGNAL_EXIT[sig]);
      handler(sig);
    };
    process.on(sig, listener);
    return () => void process.off(sig, listener);
  });
  return () => listeners.forEach((off) => off());
}
