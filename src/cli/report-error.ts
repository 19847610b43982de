// How the CLI ends a command that threw: config and usage errors are one line without a stack (they are
// the user's to fix, and a stack would bury the file:line:col that says where); anything else is an
// internal error with a hint. Shared by the dispatcher and every command.
import { sep } from 'node:path';
import type { CliIO } from './io.js';

/**
 * 0 ok, 1 the evaluation says no (gate failed), 2 usage or config error, 3 internal error, 4 the
 * evaluation cannot say: more than gate.maxErrorRate of the requests failed (a model outage).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3, inconclusive: 4 } as const;

/** True for errors that are the user's to fix and say so in one line (ConfigError, UsageError, an unreadable history, ShardError). */
function isUserError(err: unknown): err is Error {
  return (
    err instanceof Error &&
    (err.name === 'ConfigError' ||
      err.name === 'UsageError' ||
      err.name === 'HistoryError' ||
      err.name === 'ShardError')
  );
}

/** Last line of defence for errors a command did not handle itself. */
export function reportError(err: unknown, io: CliIO, command?: string): number {
  const prefix = command ? `evalgate ${command}` : 'evalgate';
  if (isUserError(err)) {
    // ConfigError.toString() is "file:line:col keyPath: message" (one line per problem). Paths under the
    // working directory are shown relative to it, as compilers do: shorter, and still clickable.
    const text = err.name === 'ConfigError' ? String(err) : err.message;
    const cwd = io.cwd.endsWith(sep) ? io.cwd : `${io.cwd}${sep}`;
    io.stderr(`${prefix}: ${io.cwd === sep ? text : text.split(cwd).join('')}\n`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`${prefix}: internal error: ${message}\n`);
  if (io.env['EVALGATE_DEBUG'] && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
  else io.stderr('(set EVALGATE_DEBUG=1 for a stack trace; please report it)\n');
  return EXIT.internal;
}
