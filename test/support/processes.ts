// What the end-to-end tests share to run things as the runner and users do: git with a throwaway
// identity, the bundled entries (dist/index.js, dist/cli.js) in a Node process of their own, and the step
// outputs an action run wrote to $GITHUB_OUTPUT, and one action run as the runner starts it.
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** git in `cwd` with a throwaway identity and no signing; its output, trimmed. */
export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

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
  /** The started process (to send it a signal mid-run). */
  onStart?: (child: ChildProcess) => void;
}

/** `node script ...args`, collected whole (up to 32 MB of output). */
export function runNode(script: string, args: readonly string[], opts: NodeRunOptions): Promise<NodeRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      {
        cwd: opts.cwd,
        env: opts.env,
        timeout: opts.timeoutMs ?? 60_000,
        maxBuffer: 32 * 1024 * 1024,
        ...(opts.killSignal ? { killSignal: opts.killSignal } : {}),
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr }),
    );
    opts.onStart?.(child);
  });
}

/** The step outputs in a $GITHUB_OUTPUT file (`name<<DELIMITER` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

export interface ActionRunSpec {
  /** The bundled action (dist/index.js). */
  dist: string;
  /** A fresh folder of this run: the event file, $GITHUB_OUTPUT, the job summary, RUNNER_TEMP. */
  dir: string;
  /** GITHUB_WORKSPACE and the process's working directory. */
  workspace: string;
  event: string;
  payload: unknown;
  sha: string;
  ref: string;
  /** The fake GitHub API's URL. */
  apiUrl: string;
  runId: string;
  /** Action inputs by name (`api-key`, `fail-on`…), set as INPUT_<NAME>; undefined ones are left out. */
  inputs: Record<string, string | undefined>;
  /** Any other variables (tokens, keys a config reads, GITHUB_ACTOR, HOME). */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The started action process (to send it a signal mid-run). */
  onStart?: (child: ChildProcess) => void;
}

export interface ActionRun extends NodeRun {
  outputs: Record<string, string>;
  summary: string;
}

/** One run of the bundled action as the runner starts it: its variables, event file, output and summary files. */
export async function runActionProcess(spec: ActionRunSpec): Promise<ActionRun> {
  const files = {
    event: join(spec.dir, 'event.json'),
    output: join(spec.dir, 'output.txt'),
    summary: join(spec.dir, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(spec.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? spec.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SHA: spec.sha,
    GITHUB_REF: spec.ref,
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: spec.runId,
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: spec.dir,
    ...spec.env,
  };
  for (const [name, value] of Object.entries(spec.inputs))
    if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = await runNode(spec.dist, [], {
    cwd: spec.workspace,
    env,
    ...(spec.timeoutMs ? { timeoutMs: spec.timeoutMs } : {}),
    ...(spec.onStart ? { onStart: spec.onStart } : {}),
  });
  return {
    ...r,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}
