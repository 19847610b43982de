// What the end-to-end tests share to run things as the runner and users do: git with a throwaway
// identity, the bundled entries (dist/index.js, dist/cli.js) in a Node process of their own, and the step
// outputs an action run wrote to $GITHUB_OUTPUT.
import { execFile, execFileSync } from 'node:child_process';

/** git in `cwd` with a throwaway identity and no signing; its output, trimmed. */
export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

export interface NodeRun {
  /** The exit code; 99 when the process ended without one (a signal, the timeout). */
  code: number;
  stdout: string;
  stderr: string;
}

export interface NodeRunOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  /** SIGKILL for a process that may ignore SIGTERM (the timeout then really ends it). */
  killSignal?: NodeJS.Signals;
}

/** `node script ...args`, collected whole (up to 32 MB of output). */
export function runNode(script: string, args: readonly string[], opts: NodeRunOptions): Promise<NodeRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs ?? 60_000, maxBuffer: 32 * 1024 * 1024, ...(opts.killSignal ? { killSignal: opts.killSignal } : {}) },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr }),
    );
  });
}

/** The step outputs in a $GITHUB_OUTPUT file (`name<<DELIMITER` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}
