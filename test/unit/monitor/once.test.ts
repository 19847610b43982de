// `--once` (the CronJob's run) and `evalgate monitor --targets` in process, against the loopback fake
// model: the exit code tells the truth (an outage is 4, never 0), and a failed check's JSON log line
// carries the error kind and message.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorMain } from '../../../src/app/monitor/main.js';
import { monitorCommand } from '../../../src/cli/commands/monitor.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';

let dir: string;
let model: FakeModel;
const world = { down: false };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-once-'));
  model = await startFakeModel({
    behavior: () => (world.down ? { status: 401, message: 'bad key' } : { content: 'Hello!' }),
  });
  await mkdir(join(dir, 'repo', 'prompts'), { recursive: true });
  await writeFile(join(dir, 'repo', 'prompts', 'p.txt'), 'Say hello to {{name}}.');
  await writeFile(
    join(dir, 'repo', 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
suites:
  - name: hello
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
      - vars: { name: Ada }
      - vars: { name: Bob }
`,
  );
  await writeFile(
    join(dir, 'monitor.yml'),
    `version: 1
targets:
  - name: one
    checkout: repo
    schedule: "0 3 * * *"
    env: { OPENAI_BASE_URL: "${model.url}" }
    secrets: { OPENAI_API_KEY: ONE_KEY }
`,
  );
});

afterAll(async () => {
  await model?.close();
  await rm(dir, { recursive: true, force: true });
});

async function once(argv: string[]): Promise<{ code: number; lines: Record<string, unknown>[]; raw: string }> {
  let out = '';
  const code = await monitorMain(['--config', join(dir, 'monitor.yml'), '--once', '--log-format', 'json', ...argv], {
    env: { ONE_KEY: 'sk-once-0123456789' },
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    onSignal: () => {},
  });
  return {
    code,
    lines: out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    raw: out,
  };
}

describe('monitor --once', () => {
  it('exits 0 on a healthy (baseline) check, 4 on an outage with the error kind in the log, 2 on an unknown target', async () => {
    const ok = await once([]);
    expect(ok.code, ok.raw).toBe(0);
    expect(ok.lines.find((l) => l['event'] === 'check-done')).toMatchObject({
      target: 'one',
      level: 'info',
      suites: [{ suite: 'hello', status: 'baseline' }],
    });

    world.down = true;
    const down = await once(['--target', 'one']);
    expect(down.code, down.raw).toBe(4);
    const line = down.lines.find((l) => l['event'] === 'check-done')!;
    expect(line).toMatchObject({ level: 'error', errorKind: 'auth', requestErrors: { auth: 2 } });
    expect(String(line['error'])).toContain('bad key');
    expect(down.raw).not.toContain('sk-once-0123456789');
    world.down = false;

    const unknown = await once(['--target', 'two']);
    expect(unknown.code).toBe(2);
    expect(unknown.raw).toContain('unknown target "two" (targets: one)');
  });

  it('evalgate monitor --targets runs the same service', async () => {
    let out = '';
    const code = await monitorCommand(['--targets', 'monitor.yml', '--once'], {
      cwd: dir,
      env: { ONE_KEY: 'sk-once-0123456789' },
      stdout: (t) => void (out += t),
      stderr: (t) => void (out += t),
      isTTY: false,
    });
    expect(code, out).toBe(0);
    expect(out).toMatch(/one: drift drift-\S+: hello (baseline|healthy) /);
  });
});
