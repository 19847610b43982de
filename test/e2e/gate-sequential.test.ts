// The sequential gate as a user runs it locally: the built CLI (`node dist/cli.js gate --base main`,
// `npm run build` first) on a real temp repository whose working tree holds uncommitted prompt edits,
// against the loopback fake model. One PR, three suites, each showing one of the gate's promises:
// - `sparse`: 4 of 50 cases flip one way at repeat 1 (temperature 0): the mean test alone (exact sign-flip
//   p = 1/16) cannot call it, so the flips are re-asked once; stable, they are named a REGRESSION (a change of
//   behaviour in a suite without sampling noise, docs/gate-rules.md);
// - `costly`: a regression that also breaks gate.maxCostIncrease shows both broken rules everywhere;
// - `flaky`: one case whose head answers are mostly wrong but whose first answer is right: extra rounds
//   sample it up to gate.maxRepeat; 5 of 6 failed samples against 0 of 6 is not enough evidence for one case
//   under the per-PR error budget, so the suite is UNCLEAR with the case left open, never a green pass.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, concurrency: 8 }
gate: { maxCostIncrease: 0.2, maxRepeat: 6 }
suites:
  - name: sparse
    prompt: prompts/sparse.txt
    repeat: 1
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 50 }, (_, i) => `      - { id: s${i}, vars: { n: "${i}" } }`).join('\n')}
  - name: costly
    prompt: prompts/costly.txt
    repeat: 2
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 30 }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
  - name: flaky
    prompt: prompts/flaky.txt
    repeat: 3
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 12 }, (_, i) => `      - { id: f${i}, vars: { n: "${i}" } }`).join('\n')}
`;

let model: FakeModel;
let root: string;
let repo: string;
/** How often each exact prompt was asked: identical requests (samples of one case) are told apart by order. */
const asked = new Map<string, number>();

beforeAll(async () => {
  model = await startFakeModel({
    behavior: (req) => {
      const p = req.lastUser;
      const k = asked.get(p) ?? 0;
      asked.set(p, k + 1);
      const n = Number(/#(\d+)/.exec(p)?.[1] ?? -1);
      const ok = { content: 'Hello there!', usage: { prompt_tokens: 20, completion_tokens: 5 } };
      if (p.startsWith('Sparse v2') && n < 4)
        return { content: 'No.', usage: { prompt_tokens: 20, completion_tokens: 5 } };
      if (p.startsWith('Costly v2'))
        return n < 15
          ? { content: 'Well. '.repeat(8), usage: { prompt_tokens: 20, completion_tokens: 40 } }
          : { ...ok, usage: { prompt_tokens: 20, completion_tokens: 40 } };
      if (p.startsWith('Flaky v2') && n === 0)
        return k === 0 ? ok : { content: 'I am not sure.', usage: { prompt_tokens: 20, completion_tokens: 5 } };
      return ok;
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-seq-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  for (const s of ['Sparse', 'Costly', 'Flaky'])
    writeFileSync(join(repo, `prompts/${s.toLowerCase()}.txt`), `${s} v1: case #{{n}}`);
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\nout.*\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  // Head: the working tree with uncommitted edits of every prompt.
  for (const s of ['Sparse', 'Costly', 'Flaky'])
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
    OPENAI_API_KEY: 'sk-e2e-seq',
    OPENAI_BASE_URL: model.url,
  };
  return runNode(CLI, args, { cwd: repo, env });
}

describe('evalgate gate with sequential sampling (dist/cli.js)', () => {
  let out: { code: number; stdout: string; stderr: string };
  let report: any;
  beforeAll(async () => {
    out = await runCli(['gate', '--base', 'main', '--json', 'out.json']);
    report = JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8'));
  }, 90_000);
  const suite = (name: string) => report.suites.find((s: any) => s.suite === name);

  it('fails on the regression and names the working tree as head', () => {
    expect(out.stderr).not.toMatch(/Error|TypeError/);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /^## evalgate: REGRESSION \(2 regressed, 1 unclear \(possible regression, not enough evidence\) of 3 suites\)/m,
    );
    expect(out.stdout).toMatch(/base `[0-9a-f]{7}` → head: working tree/);
    expect(out.stdout).toMatch(/false-regression rate of at most 1% per PR over all its suites \(Holm\)/);
  });

  it('sparse flips at temperature 0: re-asked once, stable, named a regression', () => {
    const s = suite('sparse');
    expect(s.verdict).toBe('regression');
    expect(s.sequential).toMatchObject({ rounds: 2, decision: 'regression', byCases: true });
    expect(s.sequential.cases.regressed).toEqual(['s0', 's1', 's2', 's3']);
    expect(s.sequential.cases.deterministic).toEqual(['s0', 's1', 's2', 's3']);
    // Only the 4 flipped cases were asked again, once per side.
    expect(s.sequential.extraSamples).toBe(8);
    expect(s.regressed.map((c: any) => c.id).sort()).toEqual(['s0', 's1', 's2', 's3']);
    expect(out.stdout).toMatch(
      /\*\*sparse\*\* \(regression\): 4 cases passed on every base sample and failed on every head sample \(s0, s1, s2, s3\) in a suite without sampling noise/,
    );
    expect(out.stdout).toMatch(/\| sparse \|.*\| \*\*REGRESSION\*\* \|/);
  });

  it('a regression that also breaks the cost rule shows both broken rules', () => {
    const s = suite('costly');
    expect(s.findings.map((f: any) => f.verdict)).toEqual(['regression', 'over-budget']);
    expect(s.sequential).toMatchObject({ rounds: 1, decision: 'regression' });
    expect(out.stdout).toMatch(/\| costly \|.*\| \*\*REGRESSION\*\* \+ \*\*OVER BUDGET\*\* \|/);
    expect(out.stdout).toMatch(/- \*\*costly\*\* \(regression \+ over budget\)/);
    expect(out.stdout).toMatch(
      / {2}- over budget: cost per request \$0\.0000\d+ → \$0\.0000\d+ \(\+\d+%, limit \+20%\)/,
    );
  });

  it('flaky case: extra rounds up to gate.maxRepeat, then unclear with the case open, not a pass', () => {
    const s = suite('flaky');
    expect(s.sequential.rounds).toBe(4); // repeat 3, then one more sample per round up to maxRepeat 6
    expect(s.sequential.stoppedBy).toBe('max-repeat');
    expect(s.verdict).toBe('unclear');
    expect(s.sequential.cases.open).toEqual(['f0']);
    expect(s.regressed).toEqual([]);
    expect(out.stdout).toMatch(/\| flaky \|.*\| \*\*UNCLEAR\*\* \|/);
    expect(out.stdout).toMatch(
      /\*\*flaky\*\* \(unclear\): possible regression, not enough evidence: .*the sampling budget \(gate\.maxRepeat\) ran out/,
    );
    expect(out.stdout).toMatch(/Sampling: 4 rounds, 78 samples \(6 beyond the first round, \$\d/);
  });
});
