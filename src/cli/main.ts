// CLI composition root: dispatches `evalgate <command>` to src/cli/commands/<command>.ts, imported lazily
// so `evalgate run` never loads the gate's GitHub client and `--version` loads nothing.
// Exit codes: 0 ok, 1 the evaluation says no (gate failed), 2 usage or config error, 3 internal error.
// Config and usage errors are one line without a stack: they are the user's to fix, and a stack would
// bury the file:line:col that says where.
import { terminalSafe } from '../core/report/escape.js';
import { processInterrupt } from './interrupt.js';
import type { CliCommand, CliIO } from './io.js';
import { envSecrets, scrubText } from '../app/secrets.js';
import { createSecretScrubber } from '../core/util/mask-secrets.js';
import { EXIT, reportError } from './report-error.js';
import { VERSION } from '../app/version.js';

// Literal specifiers: bundlers (ncc, vite) only follow imports they can see.
const COMMANDS = {
  run: async () => (await import('./commands/run.js')).runCommand,
  gate: async () => (await import('./commands/gate.js')).gateCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  drift: async () => (await import('./commands/drift.js')).driftCommand,
  monitor: async () => (await import('./commands/monitor.js')).monitorCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
} satisfies Record<string, () => Promise<CliCommand>>;

type CommandName = keyof typeof COMMANDS;

const USAGE = `evalgate ${VERSION}: eval gate for prompt changes, and a drift monitor for the model behind them

Usage: evalgate <command> [options]

Commands:
  run       evaluate the suites of evalgate.yml and print a table
  gate      compare a git base ref with the working tree, as the PR gate does
  merge     judge the union of a sharded gate's partial results (gate --shard I/N)
  drift     re-run the suites live and compare with the recorded baseline
  compare   evaluate candidate models on the same cases: quality/cost frontier, non-inferiority
  monitor   run drift checks on a schedule (long-running)
  plan      size each suite from its history: the drop the gate detects at 90% power, no request sent
  import    convert another tool's suites: \`evalgate import promptfoo [promptfooconfig.yaml]\`
  help      show this help

Run \`evalgate <command> --help\` for a command's options. Docs: docs/cli.md
`;

/**
 * `evalgate run | head` closes the pipe early: without a listener, the EPIPE of the next write is an
 * uncaught error with a stack. The reader is gone, so the rest of the output has nowhere to go; the
 * run goes on (its files are written first anyway).
 */
export function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

function processIO(): CliIO {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  return {
    // Untrusted text (model outputs, server messages) may carry bidi overrides or escapes; strip them
    // here, at the last write, as the PR comment does for Markdown.
    stdout: (t) => void process.stdout.write(terminalSafe(t)),
    stderr: (t) => void process.stderr.write(terminalSafe(t)),
    env: process.env,
    cwd: process.cwd(),
    // Progress goes to stderr and colour to stdout: both must be a terminal (no escapes in a piped file).
    isTTY: Boolean(process.stdout.isTTY && process.stderr.isTTY),
    onInterrupt: processInterrupt,
  };
}

/**
 * Console output never carries a secret from the environment (keys, tokens): the engine masks what it
 * stores, this catches everything else a command prints (error messages included).
 */
function scrubbedIO(io: CliIO): CliIO {
  const scrubber = createSecretScrubber(envSecrets(io.env));
  if (!scrubber.active) return io;
  const scrub = scrubText(scrubber);
  return { ...io, stdout: (t) => io.stdout(scrub(t)), stderr: (t) => io.stderr(scrub(t)) };
}

export async function cliMain(argv: string[], rawIO: CliIO = processIO()): Promise<number> {
  const io = scrubbedIO(rawIO);
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (first === 'help' || first === '--help' || first === '-h') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, first)) {
    io.stderr(
      `evalgate: unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')}; see \`evalgate help\`)\n`,
    );
    return EXIT.usage;
  }
  try {
    const command = await COMMANDS[first as CommandName]();
    return await command(rest, io);
  } catch (err) {
    return reportError(err, io, first);
  }
}
