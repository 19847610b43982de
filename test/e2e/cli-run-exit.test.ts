// `evalgate run` / `evalgate drift` exit codes and what they write, as a user runs them: `node dist/cli.js`
// against the loopback fake model. (`npm run build` first: the tests run dist/.)
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const API_KEY = 'sk-cli-exit-e2e-0123456789abcdefKEY';
const GH_TOKEN = 'ghp_cliExitE2eToken0123456789abcdef';
const CASES = 20;
/** ok: every case passes; fail: every case fails; outage: a share of the requests gets 503; echo: answers repeat prompt and key. */
const world: { mode: 'ok' | 'fail' | 'outage' | 'echo'; down: (n: number) => boolean } = {
  mode: 'ok',
  down: () => false,
};

let model: FakeModel;
let root: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      if (world.mode === 'outage' && world.down(n)) return { status: 503, message: 'model is down' };
      if (world.mode === 'fail') return { content: `Go away, case ${n}.` };
      if (world.mode === 'echo') {
        const key = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
        return { content: `Hello! You said: ${req.lastUser}. My key is ${key}.` };
      }
      return { content: `Hello there, case ${n}!` };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-cli-exit-'));
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(root, 'p-'));
  mkdirSync(join(dir, 'prompts'));
  writeFileSync(join(dir, 'prompts/greet.txt'), 'Greet case {{n}} with token {{token}}.');
  const cases = Array.from(
    { length: CASES },
    (_, n) => `      - id: c${n}\n        vars: { n: ${n}, token: "\${GH_TOKEN:-none}" }`,
  ).join('\n');
  writeFileSync(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert:
      - type: icontains
        value: hello
    cases:
${cases}
`,
  );
  return dir;
}

interface CliOut {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, args: string[]): Promise<CliOut> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: root,
    OPENAI_API_KEY: API_KEY,
    OPENAI_BASE_URL: model.url,
    GH_TOKEN,
    NO_COLOR: '1',
  };
  return runNode(CLI, args, { cwd, env });
}

const pct = (n: number, d: number) => `${Math.round((100 * n) / d)}%`;

function filesUnder(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [{ path: p, text: readFileSync(p, 'utf8') }];
  });
}

describe('evalgate run: exit codes tell the truth (dist/cli.js)', () => {
  it('a passing run exits 0 and says "1 suite" (not "all 1 suites")', async () => {
    world.mode = 'ok';
    const r = await cli(project(), ['run']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ 1 suite passes every case');
    expect(r.stdout).not.toMatch(/all 1 suites/);
  });

  it('a run where every case fails exits 1 with the default gate.minScore 0; --min-score 0 relaxes it', async () => {
    world.mode = 'fail';
    const dir = project();
    const r = await cli(dir, ['run']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain(`✗ greet: ${CASES} of ${CASES} cases fail`);
    const relaxed = await cli(dir, ['run', '--min-score', '0']);
    expect(relaxed.code, relaxed.stdout).toBe(0);
    expect(relaxed.stdout).toContain('✓ 1 suite meets --min-score 0.00');
  });

  it('a model killed mid-run (network errors from then on) exits 4, not ✓', async () => {
    // A model of its own, shut down by its 6th request: that one and every later one is a network error.
    const doomed = await startFakeModel();
    doomed.setBehavior((req) => {
      if (req.endpointN === 5) void doomed.close();
      return req.endpointN >= 5 ? { hang: true } : { content: `Hello there!` };
    });
    const dir = project();
    const env = {
      PATH: process.env['PATH'] ?? '',
      HOME: root,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: doomed.url,
      NO_COLOR: '1',
    };
    const r = await runNode(CLI, ['run', '--no-cache', '--concurrency', '1'], { cwd: dir, env, timeoutMs: 60_000 });
    await doomed.close();
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).not.toContain('✓');
    expect(r.stdout).toContain(
      `✗ greet: ${pct(CASES - 5, CASES)} of requests failed (limit 20%): too many errors to judge`,
    );
    expect(r.stdout).toMatch(/network ×15/);
  });

  it('a 50 % fault rate (over gate.maxErrorRate 0.2) exits 4 as well; gate.maxErrorRate 1 relaxes it', async () => {
    world.mode = 'outage';
    world.down = (n) => n % 2 === 1;
    const dir = project();
    const r = await cli(dir, ['run', '--no-cache']);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    writeFileSync(
      join(dir, 'evalgate.yml'),
      readFileSync(join(dir, 'evalgate.yml'), 'utf8').replace('suites:', 'gate: { maxErrorRate: 1 }\nsuites:'),
    );
    const relaxed = await cli(dir, ['run', '--no-cache']);
    expect(relaxed.code, relaxed.stdout).toBe(0);
  });

  it('drift: an outage is recorded as inconclusive and exits 4', async () => {
    world.mode = 'outage';
    world.down = (n) => n % 2 === 1;
    const r = await cli(project(), ['drift']);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stderr).toContain('greet: 50% of requests failed (limit 20%)');
    expect(r.stdout).toMatch(/greet inconclusive/);
  });
});

describe('evalgate run: secrets the model echoes are scrubbed everywhere it writes (dist/cli.js)', () => {
  it('results, JUnit, trace, cache and the console hold neither the key nor the token', async () => {
    world.mode = 'echo';
    const dir = project();
    const r = await cli(dir, [
      'run',
      '--out',
      'out/results.json',
      '--junit',
      'out/junit.xml',
      '--trace',
      'out/trace.jsonl',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const results = readFileSync(join(dir, 'out/results.json'), 'utf8');
    expect(results).toContain(
      'You said: Greet case 0 with token [secret: GH_TOKEN].. My key is [secret: OPENAI_API_KEY].',
    );
    const places: Record<string, string> = {
      console: r.stdout + r.stderr,
      ...Object.fromEntries(filesUnder(join(dir, 'out')).map((f) => [f.path, f.text])),
    };
    for (const f of filesUnder(join(dir, '.evalgate-cache'))) places[f.path] = f.text;
    expect(Object.keys(places).length).toBeGreaterThanOrEqual(4);
    for (const [where, text] of Object.entries(places)) {
      expect(text.includes(API_KEY), `API key in ${where}`).toBe(false);
      expect(text.includes(GH_TOKEN), `GitHub token in ${where}`).toBe(false);
    }
  });
});
