// Test support for CLI commands run in-process: a temp project folder and a CliIO that captures output.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from '../../../src/cli/io.js';

export interface CapturedIO extends CliIO {
  out: string[];
  err: string[];
  stdoutText(): string;
  stderrText(): string;
}

export function captureIO(cwd: string, env: Record<string, string | undefined> = {}, isTTY = false): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env,
    cwd,
    isTTY,
    out,
    err,
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}

export async function makeProject(files: Record<string, string>): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A small valid project: one suite, three cases, a priced model. */
export function basicProject(extra: { config?: string; files?: Record<string, string> } = {}): Record<string, string> {
  return {
    'evalgate.yml':
      extra.config ??
      `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0, timeoutMs: 5000 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 1, concurrency: 1 }
gate: { minScore: 0.7 }
suites:
  - name: greeting
    prompt: prompts/greeting.txt
    cases:
      - { id: alice, vars: { name: Alice } }
      - { id: bob, vars: { name: Bob } }
      - { id: carol, vars: { name: Carol } }
    assert:
      - type: icontains
        value: hello
`,
    'prompts/greeting.txt': 'Greet {{name}}.\n',
    ...extra.files,
  };
}
