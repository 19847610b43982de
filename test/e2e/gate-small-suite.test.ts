// Suites below the mean test's 5 cases, as a user runs the gate locally (`node dist/cli.js gate --base main`,
// `npm run build` first), on a real temp repository against the loopback fake model with sampling noise:
// - `broken`: 3 of 4 cases break hard (head answers right 1 time in 10, base 7 in 8): the per-case evidence
//   fails the suite and names the broken cases, where the gate once said `INCONCLUSIVE (need 5)` and exited 0;
// - `quiet`: 4 cases, nothing the model sees changes (only the prompt's version label), 1 answer in 4 wrong on
//   both sides: no regression, and the gate stops once no case can still reach the evidence within
//   gate.maxRepeat (futility), instead of spending the budget (once: 28 rounds, 162 extra samples).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0.7, maxRetries: 0 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, concurrency: 4, repeat: 3 }
suites:
  - name: broken
    prompt: prompts/broken.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 4 }, (_, i) => `      - { id: b${i}, vars: { n: "${i}" } }`).join('\n')}
  - name: quiet
    prompt: prompts/quiet.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 4 }, (_, i) => `      - { id: q${i}, vars: { n: "${i}" } }`).join('\n')}
`;

let model: FakeModel;
let root: string;
let repo: string;
/** How often each exact prompt was asked: the k-th answer of a prompt is fixed, so the run is repeatable. */
const asked = new Map<string, number>();

beforeAll(async () => {
  model = await startFakeModel({
    behavior: (req) => {
      const p = req.lastUser;
      const k = asked.get(p) ?? 0;
      asked.set(p, k + 1);
      const n = Number(/#(\d+)/.exec(p)?.[1] ?? -1);
      const right = { content: 'Hello there!', usage: { prompt_tokens: 20, completion_tokens: 5 } };
      const wrong = { content: 'I am not sure.', usage: { prompt_tokens: 20, completion_tokens: 5 } };
      if (p.startsWith('Broken v2') && n < 3) return k % 10 === 2 ? right : wrong;
      if (p.startsWith('Broken')) return k % 8 === 2 ? wrong : right;
      // Quiet: the same 1-in-4 error rate on both sides, on other samples (pairs disagree both ways).
      return k % 4 === (p.startsWith('Quiet v2') ? 2 : 1) ? wrong : right;
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-small-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  for (const s of ['Broken', 'Quiet'])
    writeFileSync(join(repo, `prompts/${s.toLowerCase()}.txt`), `${s} v1: case #{{n}}`);
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\nout.*\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  for (const s of ['Broken', 'Quiet'])
    writeFileSync(join(repo, `prompts/${s.toLowerCase()}.txt`), `${s} v2: case #{{n}}`);
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<NodeRun> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? root,
    OPENAI_API_KEY: 'sk-e2e-small',
    OPENAI_BASE_URL: model.url,
  };
  return runNode(CLI, args, { cwd: repo, env });
}

describe('evalgate gate on suites of fewer than 5 cases (dist/cli.js)', () => {
  let out: NodeRun;
  let report: any;
  beforeAll(async () => {
    out = await runCli(['gate', '--base', 'main', '--json', 'out.json']);
    report = JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8'));
  }, 120_000);
  const suite = (name: string) => report.suites.find((s: any) => s.suite === name);

  it('3 of 4 cases broken: the per-case evidence fails the PR and names them', () => {
    expect(out.stderr).not.toMatch(/Error|TypeError/);
    expect(out.code).toBe(1);
    const s = suite('broken');
    expect(s.verdict).toBe('regression');
    expect(s.sequential).toMatchObject({ decision: 'regression', byCases: true });
    expect(s.regressed.map((c: any) => c.id).sort()).toEqual(['b0', 'b1', 'b2']);
    // Decided on noisy samples (not the deterministic-flip rule), after extra rounds on the suspicious cases.
    expect(s.sequential.cases.deterministic).toEqual([]);
    expect(s.sequential.rounds).toBeGreaterThan(1);
    expect(s.reason).toMatch(/^cases broke beyond their own noise: b0, b1, b2/);
    expect(out.stdout).toMatch(/\| broken \|.*\| \*\*REGRESSION\*\* \|/);
    expect(out.stdout).not.toMatch(/need 5/);
  });

  it('nothing changed: no regression, and sampling stops early instead of spending gate.maxRepeat', () => {
    const s = suite('quiet');
    expect(s.verdict).toBe('pass');
    expect(s.regressed).toEqual([]);
    expect(s.sequential.stoppedBy).toBe('futile');
    // 30 samples per case (gate.maxRepeat) would be 28 rounds after the first 3 samples.
    expect(s.sequential.rounds).toBeLessThanOrEqual(3);
    expect(out.stdout).toMatch(/\| quiet \|.*\| pass \|/);
  });
});
