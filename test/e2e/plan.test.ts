// `evalgate plan` end to end on the bundled CLI (dist/cli.js): a temp repo whose suite has a drift
// history written by `evalgate drift` itself (a flaky fake model: case n passes with probability
// 0.50..0.95), then `plan` prints what the gate can detect — without a single model request. Also the
// no-history assumption, `--from results.json`, --json, and exit 2 on a config error. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/core/config/schema.js';
import { detectableDrop } from '../../src/core/gate/power.js';
import { sequentialDesign } from '../../src/core/gate/sequential.js';
import { dropText } from '../../src/core/report/power-line.js';
import { mulberry32 } from '../../src/core/stats/rng.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode } from '../support/processes.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const CASES = 50;
const P = Array.from({ length: CASES }, (_, i) => 0.5 + (0.45 * i) / (CASES - 1));
let fake: FakeModel;
let dir: string;

const env = () => ({
  PATH: process.env['PATH'] ?? '',
  OPENAI_BASE_URL: fake.url,
  OPENAI_API_KEY: 'sk-plan-e2e-0123456789',
});
const cli = (...args: string[]) => runNode(CLI, args, { cwd: dir, env: env(), timeoutMs: 120_000 });

interface PlanJson {
  compared: number;
  suites: {
    suite: string;
    origin: { kind: string; runs?: number; cases?: number };
    power: {
      cases: number;
      repeat: number;
      maxRepeat: number;
      variance: string;
      pairVariance: number;
      detectableDrop: number | null;
      target: number;
      casesNeeded: number | null;
      maxRepeatNeeded: number | null;
    };
    costUsd: { low: number; high: number; expected: number } | null;
    costAtNeededUsd: number | null;
  }[];
}

beforeAll(async () => {
  const rng = mulberry32(20261207);
  fake = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      const pass = n >= 0 && rng() < (P[n] ?? 0);
      return {
        content: pass ? `Hello, case ${n}!` : `Goodbye, case ${n}.`,
        usage: { prompt_tokens: 12, completion_tokens: 6 },
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-plan-e2e-'));
  await mkdir(join(dir, 'prompts'));
  await writeFile(join(dir, 'prompts', 'greeting.txt'), 'Greet case {{n}} warmly.');
  const cases = (k: number) =>
    Array.from({ length: k }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0.7, maxTokens: 20 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 3, concurrency: 8 }
suites:
  - name: flaky
    prompt: prompts/greeting.txt
    assert:
      - type: icontains
        value: hello
    cases:
${cases(CASES)}
  - name: fresh
    prompt: prompts/greeting.txt
    repeat: 2
    assert:
      - type: icontains
        value: hello
    cases:
${cases(12)}
`,
  );
  // The suite's own history, written by the drift monitor (three nightly checks of the flaky suite).
  for (let night = 0; night < 3; night++) {
    const r = await cli('drift', '--suite', 'flaky');
    expect(r.code, r.stderr).toBe(0);
  }
  const out = await cli('run', '--suite', 'flaky', '--no-cache', '--out', 'results.json');
  expect([0, 1]).toContain(out.code);
}, 300_000);

afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CLI))('evalgate plan (dist/cli.js)', () => {
  it('sizes a suite from its drift history and one without history from p = 0.5, sending nothing', async () => {
    expect(fake.requests.length).toBeGreaterThan(0);
    const before = fake.requests.length;
    const text = await cli('plan');
    const json = await cli('plan', '--json');
    expect(text.code, text.stderr).toBe(0);
    expect(json.code, json.stderr).toBe(0);
    expect(fake.requests.length).toBe(before);

    const plan = JSON.parse(json.stdout) as PlanJson;
    expect(plan.compared).toBe(1);
    const [flaky, fresh] = plan.suites;
    expect(flaky?.suite).toBe('flaky');
    expect(flaky?.origin).toMatchObject({ kind: 'drift-history', cases: CASES });
    expect(flaky?.origin.runs).toBeGreaterThanOrEqual(3);
    expect(flaky?.power).toMatchObject({ cases: CASES, repeat: 3, maxRepeat: 30, variance: 'observed', target: 0.05 });
    // The figure from the history's samples is close to the one from the model's true pass probabilities.
    const gate = ConfigSchema.parse({
      version: 1,
      providers: { f: { model: 'm' } },
      suites: [{ name: 'x', prompt: 'p', cases: 'c' }],
    }).gate;
    const truth = detectableDrop(
      {
        cases: CASES,
        repeat: 3,
        maxRepeat: 30,
        pairVariance: (2 * P.reduce((s, p) => s + p * (1 - p), 0)) / CASES,
        caseMeans: P,
      },
      sequentialDesign(gate, 1),
    )!;
    expect(Math.abs(flaky!.power.detectableDrop! - truth)).toBeLessThan(0.02);
    expect(flaky!.power.casesNeeded!).toBeGreaterThan(CASES);
    expect(flaky?.costUsd?.expected).toBeGreaterThan(0);
    expect(flaky?.costAtNeededUsd).toBeCloseTo((flaky!.costUsd!.expected * flaky!.power.casesNeeded!) / CASES, 10);

    expect(fresh?.origin).toEqual({ kind: 'none' });
    expect(fresh?.power).toMatchObject({ cases: 12, repeat: 2, variance: 'assumed', pairVariance: 0.5 });

    // The text says the same figures.
    const mde = dropText(flaky!.power.detectableDrop!);
    expect(text.stdout).toContain(
      'evalgate plan: what each suite can detect in the PR gate (90% power, one suite compared per PR); no request was sent',
    );
    expect(text.stdout).toMatch(
      new RegExp(`flaky: per-case variance from the drift history \\(${flaky!.origin.runs} runs, 50 cases\\)`),
    );
    expect(text.stdout).toContain(
      `detects a drop of ≥ ${mde} at 90% power with 50 cases × 3 samples (up to 30 per case); to detect 0.05 (maxScoreDrop): ${flaky!.power.casesNeeded!.toLocaleString('en-US')} cases or no maxRepeat up to 100`,
    );
    expect(text.stdout).toContain('one gate run (base + head): $');
    expect(text.stdout).toContain(
      'fresh: no history: assuming p = 0.5 per case (the largest variance; a conservative figure)',
    );
    expect(text.stdout).toMatch(
      /fresh: [^\n]*\n {2}detects a drop of ≥ 0\.\d\d at 90% power with 12 cases × 2 samples/,
    );
    console.log(text.stdout);
  }, 60_000);

  it('--from results.json and --suite; an empty history folder falls back to the assumption', async () => {
    const before = fake.requests.length;
    const r = await cli('plan', '--suite', 'flaky', '--from', 'results.json', '--json');
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanJson;
    expect(plan.suites.map((s) => s.suite)).toEqual(['flaky']);
    expect(plan.suites[0]?.origin).toEqual({ kind: 'results', cases: CASES });
    expect(plan.suites[0]?.power.variance).toBe('observed');
    const empty = await cli('plan', '--suite', 'flaky', '--history-dir', 'nowhere', '--json');
    expect(empty.code, empty.stderr).toBe(0);
    expect((JSON.parse(empty.stdout) as PlanJson).suites[0]).toMatchObject({
      origin: { kind: 'none' },
      power: { variance: 'assumed', pairVariance: 0.5 },
    });
    expect(fake.requests.length).toBe(before);
  }, 60_000);

  it('exit 2 on a config error or an unknown suite', async () => {
    await writeFile(join(dir, 'broken.yml'), 'version: 1\nsuites: [ {name: x} ]\n');
    const bad = await cli('plan', '--config', 'broken.yml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^evalgate plan: /);
    const unknown = await cli('plan', '--suite', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown suite "nope"');
  });
});
