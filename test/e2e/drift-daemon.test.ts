// The monitor daemon as users run it: the built CLI (dist/cli.js, `npm run build` first) as a child
// process with a one-second schedule against the fake model, reporting to a history dir and stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CLI = resolve('dist/cli.js');
let dir: string;
let model: FakeModel;
/** The fake model's answer time, and how many requests it held at once: two overlapping checks show as more than one check's cases. */
const world = { latencyMs: 0, inFlight: 0, maxInFlight: 0 };
const CASES = 2;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-daemon-'));
  model = await startFakeModel({
    behavior: async () => {
      world.maxInFlight = Math.max(world.maxInFlight, ++world.inFlight);
      await new Promise((r) => setTimeout(r, world.latencyMs));
      world.inFlight--;
      return { content: 'Hello!', model: 'gpt-4o-mini-2024-07-18' };
    },
  });
  await mkdir(join(dir, 'prompts'));
  await writeFile(join(dir, 'prompts', 'p.txt'), 'Say hello to {{name}}.');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
drift: { schedule: "0 3 * * *" }
suites:
  - name: hello
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
      - vars: { name: Ada }
      - vars: { name: Bob }
`,
  );
});

afterAll(async () => {
  await model?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once `pred` holds for the collected stdout lines (or rejects after `ms`). */
function waitFor(lines: string[], pred: (l: string[]) => boolean, ms: number, child: ChildProcess): Promise<void> {
  return new Promise((res, rej) => {
    const start = Date.now();
    const t = setInterval(() => {
      if (pred(lines)) {
        clearInterval(t);
        res();
      } else if (Date.now() - start > ms || child.exitCode !== null) {
        clearInterval(t);
        rej(new Error(`timed out; output so far:\n${lines.join('\n')}`));
      }
    }, 50);
  });
}

describe('evalgate monitor (dist/cli.js)', () => {
  it('runs on its schedule, never overlaps, logs one line per run, and stops cleanly on SIGTERM', async () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    const child = spawn(
      process.execPath,
      [
        CLI,
        'monitor',
        '--config',
        'evalgate.yml',
        '--schedule',
        '*/1 * * * * *',
        '--history-dir',
        'hist',
        '--stop-timeout',
        '10',
      ],
      {
        cwd: dir,
        env: { PATH: process.env['PATH'], OPENAI_API_KEY: 'sk-daemon', OPENAI_BASE_URL: model.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let err = '';
    child.stdout!.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const runs = (l: string[]) => l.filter((x) => / drift drift-\S+: hello (baseline|healthy) /.test(x));
      await waitFor(lines, (l) => runs(l).length >= 2, 20_000, child);
      expect(lines[0]).toMatch(/monitor started: schedule "\*\/1 \* \* \* \* \*", 1 suite\(s\), history dir .*hist/);

      expect(world.maxInFlight).toBeLessThanOrEqual(CASES);

      // Slow answers make a check outlast the 1 s tick: the next tick is skipped, not run alongside. The
      // model sees it: a second check started beside the first would put its own cases in flight too.
      world.latencyMs = 2_500;
      await waitFor(
        lines,
        (l) => l.some((x) => /drift check skipped: the previous check is still running/.test(x)),
        20_000,
        child,
      );
      // The slow check finished (slow enough to count as latency drift, so any run line counts).
      const anyRun = (l: string[]) => l.filter((x) => / drift drift-\S+: hello /.test(x));
      const before = anyRun(lines).length;
      await waitFor(lines, (l) => anyRun(l).length > before, 20_000, child);
      expect(
        world.maxInFlight,
        "requests in flight at once (more than one check's cases = overlapping checks)",
      ).toBeLessThanOrEqual(CASES);
      child.kill('SIGTERM');
      expect(await exited, err).toBe(0);
      expect(lines.some((l) => /monitor stopping \(SIGTERM\)/.test(l))).toBe(true);
      expect(lines.at(-1)).toMatch(/monitor stopped$/);
      // Every run line is one line; each check's history landed in the dir, nothing half-written.
      expect(runs(lines).length).toBeGreaterThanOrEqual(2);
      expect((await readdir(join(dir, 'hist'))).sort()).toEqual(['hello.json', 'index.html']);
      expect(lines.join('\n') + err).not.toContain('sk-daemon');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
