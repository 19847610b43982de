// What a CLI command gets from the composition root, so tests can run commands in-process with fakes.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Show live progress (stdout is a TTY). */
  isTTY: boolean;
  /**
   * Subscribes to Ctrl-C / SIGTERM for the duration of a run; returns the unsubscription. Absent = no
   * signal handling (tests call the handler themselves).
   */
  onInterrupt?: (handler: (signal: InterruptSignal) => void) => () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** Every subcommand: argv after the subcommand name → exit code (0 ok, 1 gate failed, 2 usage/config error). */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;
