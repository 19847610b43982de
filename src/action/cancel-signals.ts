// SIGINT/SIGTERM to the action (a cancelled job): the first one aborts the run's signal, so no new model
// request is sent and the modes stop before recording incomplete results; the process then ends on its
// own with 128 + the signal's number. Later signals are ignored rather than quitting at once (as the CLI
// does on a second Ctrl-C): the runner's SIGTERM follows its SIGINT 7.5 s later, and quitting then could
// cut a drift night's history writes between two suites. The runner's final kill still ends everything.
import { constants } from 'node:os';

export interface CancelWatch {
  signal: AbortSignal;
  /** The first signal received, if any. */
  readonly received: NodeJS.Signals | undefined;
  /** The exit code that says which signal ended the run (130 for SIGINT, 143 for SIGTERM). */
  readonly exitCode: number | undefined;
  dispose(): void;
}

export function watchCancelSignals(onFirst: (sig: NodeJS.Signals) => void = () => {}): CancelWatch {
  const ctl = new AbortController();
  let received: NodeJS.Signals | undefined;
  const listener = (sig: NodeJS.Signals): void => {
    if (received) return;
    received = sig;
    onFirst(sig);
    ctl.abort(sig);
  };
  const sigs = ['SIGINT', 'SIGTERM'] as const;
  for (const s of sigs) process.on(s, listener);
  return {
    signal: ctl.signal,
    get received() {
      return received;
    },
    get exitCode() {
      return received ? 128 + constants.signals[received] : undefined;
    },
    dispose: () => {
      for (const s of sigs) process.off(s, listener);
    },
  };
}
