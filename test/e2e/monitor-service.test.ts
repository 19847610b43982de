// The monitor service as a container runs it: the BUILT dist/monitor/index.js (`npm run build` first) as a
// child process, JSON logs, an HTTP listener, two targets — one checked out on disk, one read through the
// (fake) GitHub contents API — against the loopback fake model and fake GitHub, and a loopback webhook
// receiver. A quality drop opens one issue and one webhook call; SIGTERM mid-check abandons the check
// with the history consistent; the restart catches each target up once; nothing is lost or duplicated.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const MONITOR = resolve('dist/monitor/index.js');
const CASES = 8;
const API_KEY = 'sk-monitor-e2e-0123456789';
const HOOK_SECRET = 'T000/B000/hooksecret0123456789';

/** baseline: every answer greets; drop: alpha's answers stop greeting until `dropAnswers` were served, then every request hangs. */
const world = {
  phase: 'baseline' as 'baseline' | 'drop' | 'hang' | 'healthy',
  dropAnswers: 0,
  inFlight: { alpha: 0, beta: 0 },
  release: [] as (() => void)[],
};
let dir: string;
let model: FakeModel;
let gh: FakeGitHub;
let hooks: Server;
let hookUrl: string;
const hookCalls: {
  headers: IncomingHttpHeaders;
  body: { text: string; evalgate: { event: string; idempotencyKey: string } };
}[] = [];

const suiteConfig = (name: string) => `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxTokens: 20 }
defaults: { provider: fast, concurrency: 4 }
drift: { baselineRuns: 3, confirmRuns: 0 }
suites:
  - name: ${name}
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n')}
`;

const monitorConfig = (schedule: string) => `version: 1
stopTimeoutSeconds: 1
targets:
  - name: alpha
    checkout: repo-alpha
    repo: octo/repo
    schedule: "${schedule}"
    env: { OPENAI_BASE_URL: "${model.url}" }
    secrets: { GITHUB_TOKEN: GH_SECRET }
    webhook: { urlFrom: ALPHA_HOOK }
  - name: beta
    repo: octo/repo
    config: beta/evalgate.yml
    schedule: "${schedule}"
    env: { OPENAI_BASE_URL: "${model.url}" }
    secrets: { GITHUB_TOKEN: GH_SECRET }
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-monitor-e2e-'));
  model = await startFakeModel({
    behavior: async (req) => {
      const alpha = req.lastUser.startsWith('Alpha');
      if (world.phase === 'hang') {
        const target = alpha ? 'alpha' : 'beta';
        world.inFlight[target]++;
        await new Promise<void>((r) => world.release.push(r));
        world.inFlight[target]--;
      }
      if (world.phase === 'drop' && alpha && ++world.dropAnswers >= CASES) world.phase = 'hang';
      const bad = alpha && (world.phase === 'drop' || (world.phase === 'hang' && world.dropAnswers <= CASES));
      return {
        content: bad ? 'Goodbye.' : 'Hello there!',
        model: 'gpt-4o-mini-2024-07-18',
        usage: { prompt_tokens: 10, completion_tokens: 3 },
      };
    },
  });
  gh = await startFakeGitHub();
  gh.state.setFile('beta/evalgate.yml', suiteConfig('beta'));
  gh.state.setFile('beta/prompts/p.txt', 'Beta: greet case {{n}}.');
  await mkdir(join(dir, 'repo-alpha', 'prompts'), { recursive: true });
  await writeFile(join(dir, 'repo-alpha', 'evalgate.yml'), suiteConfig('alpha'));
  await writeFile(join(dir, 'repo-alpha', 'prompts', 'p.txt'), 'Alpha: greet case {{n}}.');
  await writeFile(join(dir, 'gh-token'), `${DEFAULT_TOKEN}\n`);
  hooks = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      hookCalls.push({ headers: req.headers, body: JSON.parse(body) });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r));
  const addr = hooks.address();
  hookUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/services/${HOOK_SECRET}`;
});

afterAll(async () => {
  for (const r of world.release.splice(0)) r();
  await model?.close();
  await gh?.close();
  await new Promise((r) => hooks?.close(r));
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  events: Record<string, unknown>[];
  raw: string[];
  err: () => string;
  exited: Promise<number | null>;
}

function startMonitor(): Run {
  const child = spawn(
    process.execPath,
    [MONITOR, '--config', 'monitor.yml', '--state-dir', 'state', '--log-format', 'json'],
    {
      cwd: dir,
      // --listen comes from the environment, as in the container.
      env: {
        PATH: process.env['PATH'],
        OPENAI_API_KEY: API_KEY,
        GH_SECRET_FILE: join(dir, 'gh-token'),
        GITHUB_API_URL: gh.url,
        ALPHA_HOOK: hookUrl,
        EVALGATE_MONITOR_LISTEN: '127.0.0.1:0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const run: Run = {
    child,
    events: [],
    raw: [],
    err: () => err,
    exited: new Promise((r) => child.on('exit', (code) => r(code))),
  };
  let err = '';
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const l of lines.filter(Boolean)) {
      run.raw.push(l);
      run.events.push(JSON.parse(l) as Record<string, unknown>);
    }
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return run;
}

function waitFor(run: Run, what: string, pred: () => boolean, ms = 20_000): Promise<void> {
  return new Promise((res, rej) => {
    const start = Date.now();
    const t = setInterval(() => {
      if (pred()) {
        clearInterval(t);
        res();
      } else if (Date.now() - start > ms || run.child.exitCode !== null) {
        clearInterval(t);
        rej(new Error(`waiting for ${what}; log so far:\n${run.raw.join('\n')}\n${run.err()}`));
      }
    }, 25);
  });
}

const of = (run: Run, event: string, target?: string) =>
  run.events.filter((e) => e['event'] === event && (target === undefined || e['target'] === target));
const suitesOf = (e: Record<string, unknown>) => e['suites'] as { suite: string; status: string; action: string }[];
const history = async (target: string) =>
  parseHistory(await readFile(join(dir, 'state', 'history', target, `${target}.json`), 'utf8'), target);
const driftIssues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));

describe('the monitor service (dist/monitor/index.js)', () => {
  it('two targets: metrics and readiness, one issue and one webhook on a drop, SIGTERM mid-check, one catch-up per target on restart', async () => {
    expect(existsSync(MONITOR), 'run `npm run build` first').toBe(true);
    const promtool = spawnSync('promtool', ['--version']);
    expect(promtool.error, 'promtool (Debian package prometheus, installed by .ci/run)').toBeUndefined();
    await writeFile(join(dir, 'monitor.yml'), monitorConfig('* * * * * *'));

    const first = startMonitor();
    try {
      await waitFor(first, 'monitor-started', () => of(first, 'monitor-started').length === 1);
      const url = of(first, 'monitor-started')[0]!['listen'] as string;
      // The baseline: three runs of each target.
      await waitFor(
        first,
        'three baseline checks per target',
        () => of(first, 'check-done', 'alpha').length >= 3 && of(first, 'check-done', 'beta').length >= 3,
      );
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status, await ready.text()).toBe(200);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/evalgate_drift_checks_total\{target="alpha",suite="alpha",outcome="baseline"\} [1-9]/);
      expect(metrics).toMatch(/evalgate_drift_checks_total\{target="beta",suite="beta",outcome="baseline"\} [1-9]/);
      expect(metrics).toMatch(/evalgate_drift_run_tokens\{target="alpha",direction="input"\} \d+/);
      expect(metrics).toContain('evalgate_drift_last_success_timestamp_seconds{target="beta"}');
      const lint = spawnSync('promtool', ['check', 'metrics'], { input: metrics, encoding: 'utf8' });
      expect(lint.status, `${lint.stdout}${lint.stderr}`).toBe(0);

      // The drop: alpha's next check answers "Goodbye." to every case, then every request hangs.
      world.phase = 'drop';
      await waitFor(first, 'the drift check that opens the issue', () =>
        of(first, 'check-done', 'alpha').some((e) => suitesOf(e)[0]!.action === 'open'),
      );
      await waitFor(first, 'the webhook', () => of(first, 'webhook-sent').length === 1);
      // SIGTERM while checks hang on the model: the grace period (1 s) runs out, the checks are abandoned.
      await waitFor(
        first,
        'a check of each target in flight',
        () => world.inFlight.alpha > 0 && world.inFlight.beta > 0,
      );
      first.child.kill('SIGTERM');
      expect(await first.exited, first.err()).toBe(0);
      expect(of(first, 'monitor-stopped')).toHaveLength(1);
      expect(
        of(first, 'check-abandoned')
          .map((e) => e['target'])
          .sort(),
      ).toEqual(['alpha', 'beta']);
      expect(driftIssues()).toHaveLength(1);
      expect(hookCalls).toHaveLength(1);
      expect(hookCalls[0]!.body.evalgate.event).toBe('opened');
      expect(hookCalls[0]!.headers['idempotency-key']).toBe(hookCalls[0]!.body.evalgate.idempotencyKey);
      expect(hookCalls[0]!.body.text).toContain('alpha/alpha: drift detected');
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
    for (const r of world.release.splice(0)) r();

    // Restart with a schedule that does not fire during the test: only the catch-up runs.
    world.phase = 'healthy';
    await writeFile(join(dir, 'monitor.yml'), monitorConfig('0 0 1 1 *'));
    const second = startMonitor();
    try {
      await waitFor(second, 'a catch-up check of each target', () => of(second, 'check-done').length === 2);
      expect(
        of(second, 'catch-up')
          .map((e) => e['target'])
          .sort(),
      ).toEqual(['alpha', 'beta']);
      second.child.kill('SIGTERM');
      expect(await second.exited, second.err()).toBe(0);
    } finally {
      if (second.child.exitCode === null) second.child.kill('SIGKILL');
    }

    // Nothing lost or duplicated: each finished check is one history entry, and each entry one finished check.
    for (const target of ['alpha', 'beta']) {
      const done = [...of(first, 'check-done', target), ...of(second, 'check-done', target)].map((e) => e['runId']);
      const entries = (await history(target)).entries.map((e) => e.runId);
      expect(entries, target).toEqual(done);
      expect(new Set(entries).size).toBe(entries.length);
    }
    expect(driftIssues()).toHaveLength(1);
    expect(hookCalls).toHaveLength(1);
    const all = [...first.raw, ...second.raw].join('\n') + first.err() + second.err();
    for (const secret of [API_KEY, DEFAULT_TOKEN, HOOK_SECRET]) expect(all).not.toContain(secret);
  }, 60_000);
});
