// `drift.candidates` in the monitor: the candidates check runs after a drift check when it is due (never
// run, or `everyDays` ago), its time is kept in the monitor state, and the next check within the period
// skips it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorMain } from '../../../src/app/monitor/main.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';

let dir: string;
let model: FakeModel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-monitor-candidates-'));
  model = await startFakeModel({
    behavior: (req) => ({ content: `Hello ${req.lastUser}`, usage: { prompt_tokens: 20, completion_tokens: 5 } }),
  });
  await mkdir(join(dir, 'repo'), { recursive: true });
  await writeFile(join(dir, 'repo', 'p.txt'), 'Say hello to {{name}}.');
  await writeFile(
    join(dir, 'repo', 'evalgate.yml'),
    `version: 1
providers:
  main: { type: openai, model: gpt-4o, temperature: 0.7 }
  mini: { type: openai, model: gpt-4o-mini, temperature: 0.7 }
defaults: { provider: main, candidates: [mini] }
drift: { candidates: { everyDays: 7 } }
suites:
  - name: hello
    prompt: p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 12 }, (_, i) => `      - vars: { name: "n${i}" }`).join('\n')}
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

async function once(): Promise<{ code: number; events: string[]; raw: string }> {
  let out = '';
  const code = await monitorMain(
    ['--config', join(dir, 'monitor.yml'), '--once', '--log-format', 'json', '--state-dir', join(dir, 'state')],
    {
      env: { ONE_KEY: 'sk-monitor-candidates-0123456789' },
      stdout: (t) => void (out += t),
      stderr: (t) => void (out += t),
      onSignal: () => {},
    },
  );
  const events = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => String((JSON.parse(l) as { event: unknown }).event));
  return { code, events, raw: out };
}

describe('monitor: drift.candidates', () => {
  it('runs the candidates check when due, records it in the state, and skips it within everyDays', async () => {
    const first = await once();
    expect(first.code, first.raw).toBe(0);
    expect(first.events).toContain('candidates-done');
    const mini = model.requests.filter((r) => r.body.model === 'gpt-4o-mini').length;
    expect(mini).toBeGreaterThan(0);
    const state = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8'));
    expect(Date.parse(state.targets.one.candidates)).toBeGreaterThan(0);

    const second = await once();
    expect(second.code, second.raw).toBe(0);
    expect(second.events).toContain('check-done');
    expect(second.events).not.toContain('candidates-done');
    expect(model.requests.filter((r) => r.body.model === 'gpt-4o-mini').length).toBe(mini);
  });
});
