// A judge you can trust, as users meet it (`node dist/cli.js …`, `npm run build` first), against the
// loopback fake model (application and judge) and the fake GitHub:
// (a) a PR that changes the suite's judge model is "not comparable" — not a regression, not a pass —
//     with the reason, exit 0 under the default fail-on, and no extra sampling rounds;
// (b) the drift monitor treats a judge change as a baseline reset, never as drift;
// (c) `evalgate run` with labels and judge.minAgreement calls a disagreeing judge's suite unclear, and
//     shows the judge's self-consistency when the judge does not repeat its own verdicts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const DIST = resolve(__dirname, '../../dist/index.js');
const CASES = 10;

/**
 * The application greets every case. gpt-4o-mini, the lenient judge, passes every answer; gpt-4.1, the
 * strict one, fails cases 0–4. With `flaky`, a judge flips its verdict on every second call of the same
 * prompt (what a sampling judge does).
 */
const world = { flaky: false };
const seen = new Map<string, number>();
let model: FakeModel;
let root: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const m = String(req.body?.model ?? '');
      if (m !== 'gpt-4o-mini' && m !== 'gpt-4.1') return { content: `Hello there, ${req.lastUser}` };
      // The answer the judge grades: "Hello there, Greet case N warmly."
      const n = Number(/Hello there, Greet case (\d+)/.exec(JSON.stringify(req.body.messages))?.[1] ?? -1);
      const key = `${m}\u0000${JSON.stringify(req.body.messages)}`;
      const call = seen.get(key) ?? 0;
      seen.set(key, call + 1);
      let pass = m === 'gpt-4o-mini' || n > 4;
      if (world.flaky && call % 2 === 1) pass = !pass;
      return {
        content: JSON.stringify({ score: pass ? 0.9 : 0.1, pass, reason: pass ? 'greets warmly' : 'too curt' }),
        usage: { prompt_tokens: 60, completion_tokens: 12 },
      };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-judge-'));
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const config = (judge: 'mini' | 'big', extra = '') => `version: 1
providers:
  app: { type: openai, model: app-model, temperature: 0, maxRetries: 0 }
  mini: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
  big: { type: openai, model: gpt-4.1, temperature: 0, maxRetries: 0 }
pricing:
  app-model: { input: 0.1, output: 0.4 }
  gpt-4o-mini: { input: 0.15, output: 0.6 }
  gpt-4.1: { input: 2, output: 8 }
defaults: { provider: app, repeat: 1, concurrency: 4 }
${extra}suites:
  - name: greet
    prompt: prompts/greet.txt
    judge: ${judge}
    assert:
      - { type: llm-rubric, value: "Greets the person warmly" }
    cases:
${Array.from({ length: CASES }, (_, n) => `      - { id: c${n}, vars: { n: "${n}" }, label: pass }`).join('\n')}
`;

function cli(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<NodeRun> {
  return runNode(CLI, args, {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: cwd,
      OPENAI_API_KEY: 'sk-e2e-judge',
      OPENAI_BASE_URL: model.url,
      ...extraEnv,
    },
    timeoutMs: 90_000,
    killSignal: 'SIGKILL',
  });
}

const chat = (from: number) => model.chatRequests().slice(from);
const byModel = (reqs: ReturnType<typeof chat>, m: string) => reqs.filter((r) => r.body?.model === m).length;

describe('(a) evalgate gate on a PR that changes the judge model (dist/cli.js)', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(root, 'repo');
    mkdirSync(join(repo, 'prompts'), { recursive: true });
    git(root, 'init', '-q', '-b', 'main', repo);
    writeFileSync(join(repo, 'evalgate.yml'), config('mini'));
    writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
    writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\nout*\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'stricter-judge');
    writeFileSync(join(repo, 'evalgate.yml'), config('big'));
  });

  it('is not comparable, with the reason: no regression, exit 0, one round of requests', async () => {
    const from = model.chatRequests().length;
    const r = await cli(repo, ['gate', '--base', 'main', '--no-cache', '--json', 'out.json', '--markdown', 'out.md']);
    expect(r.stderr).not.toMatch(/Error/);
    // Under the default fail-on (regression) a not-comparable suite does not fail the step.
    expect(r.code).toBe(0);
    const md = readFileSync(join(repo, 'out.md'), 'utf8');
    expect(md).toContain(
      'not comparable: the judge changed: gpt-4o-mini → gpt-4.1; scores from different judges are not comparable, so this suite is neither a pass nor a regression',
    );
    expect(md).toContain('not comparable (judge changed)');
    expect(md).not.toMatch(/REGRESSION|[Rr]egressed case/);
    expect(r.stdout).toContain('not comparable: the judge changed');
    const report = JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8'));
    const s = report.suites[0];
    // Head scores 0.5 lower under the strict judge; by the numbers alone that is a regression.
    expect(s.score.base - s.score.head).toBeCloseTo(0.4, 5);
    expect(s.verdict).toBe('inconclusive');
    expect(s.regressed).toEqual([]);
    expect(s.judgeChange).toMatchObject({ from: ['gpt-4o-mini'], to: ['gpt-4.1'], settingsChanged: true });
    expect(s.sequential).toMatchObject({ rounds: 1, stoppedBy: 'not-comparable' });
    // One round and no live re-sampling: 10 app answers per side, 10 judgements per side, and the head's
    // 5 self-consistency re-judgements.
    const reqs = chat(from);
    expect(byModel(reqs, 'app-model')).toBe(20);
    expect(byModel(reqs, 'gpt-4o-mini')).toBe(10);
    expect(byModel(reqs, 'gpt-4.1')).toBe(15);
    expect(reqs).toHaveLength(45);
    // fail-on any fails on it, as on every not-comparable (inconclusive) suite.
    const any = await cli(repo, ['gate', '--base', 'main', '--no-cache', '--fail-on', 'any']);
    expect(any.code).toBe(1);
  }, 120_000);
});

describe('(b) evalgate drift across a judge change (dist/cli.js, --store branch)', () => {
  let dir: string;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    dir = join(root, 'drift');
    mkdirSync(join(dir, 'prompts'), { recursive: true });
    writeFileSync(join(dir, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
  });
  afterAll(async () => {
    await gh?.close();
  });
  const drift = () =>
    cli(
      dir,
      ['drift', '--config', 'evalgate.yml', '--store', 'branch', '--repo', 'octo/repo', '--markdown', 'sum.md'],
      {
        GITHUB_TOKEN: gh.token,
        GITHUB_API_URL: gh.url,
      },
    );
  const driftIssues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));

  it('resets the baseline and names the reset; no drift issue', async () => {
    // Three nights collect the baseline under gpt-4o-mini; from the fourth on the monitor judges.
    writeFileSync(
      join(dir, 'evalgate.yml'),
      config('mini', 'judge: { consistencyChecks: 0 }\ndrift: { confirmRuns: 0 }\n'),
    );
    for (let i = 0; i < 3; i++) expect((await drift()).code).toBe(0);
    // The judge changes to gpt-4.1, which fails half the cases: under the old baseline a drop of 0.4.
    writeFileSync(
      join(dir, 'evalgate.yml'),
      config('big', 'judge: { consistencyChecks: 0 }\ndrift: { confirmRuns: 0 }\n'),
    );
    const r = await drift();
    expect(r.code, r.stderr).toBe(0);
    expect(driftIssues()).toHaveLength(0);
    const sum = readFileSync(join(dir, 'sum.md'), 'utf8');
    expect(sum).toContain(
      '`greet`: baseline reset: the judge changed: gpt-4o-mini → gpt-4.1. Scores from different judges are not comparable, so a new baseline segment starts',
    );
    expect(sum).toMatch(/\| `greet` \| baseline \|/);
    expect(r.stderr + r.stdout).toContain('[the judge changed: gpt-4o-mini → gpt-4.1; new baseline]');
  }, 240_000);
});

describe('(c) evalgate run with labels, judge.minAgreement and an inconsistent judge (dist/cli.js)', () => {
  it('the suite is unclear with the disagreement line, and the self-consistency figure is shown', async () => {
    const dir = join(root, 'run');
    mkdirSync(join(dir, 'prompts'), { recursive: true });
    writeFileSync(join(dir, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
    // Every case is labelled pass; the strict judge fails c0–c4, so it agrees on 5 of 10.
    writeFileSync(join(dir, 'evalgate.yml'), config('big', 'judge: { minAgreement: 0.9 }\n'));
    world.flaky = true;
    seen.clear(); // the gate above asked the same judge prompts: every prompt's first call passes or fails as said
    try {
      const from = model.chatRequests().length;
      const r = await cli(dir, ['run', '--out', 'results.json']);
      const text = r.stdout + r.stderr;
      expect(text).toContain('judge disagrees with your labels on 5 of 10 cases (c0, c1, c2, c3, c4)');
      expect(text).toContain('below judge.minAgreement 90%');
      expect(text).toContain('1 of 1 suite is unclear');
      expect(text).toMatch(/judge self-consistency: 0 of 5 verdicts repeated when judged again \(0%, 95% CI 0%–43%\)/);
      expect(r.code).toBe(4);
      // The re-judgements are real calls: 10 judgements and 5 more, counted as evaluation cost.
      expect(byModel(chat(from), 'gpt-4.1')).toBe(15);
      const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
      const suite = results.suites[0];
      expect(suite.judgeConsistency).toMatchObject({ n: 5, agree: 0 });
      expect(suite.judge.models).toEqual(['gpt-4.1']);
      // 15 judge calls × (60 × $2 + 12 × $8) / 1M.
      expect(results.totals.evalCostUsd).toBeCloseTo((15 * (60 * 2 + 12 * 8)) / 1e6, 9);
    } finally {
      world.flaky = false;
    }
  }, 120_000);
});

describe('(d) the action in run mode on the same suite (dist/index.js)', () => {
  it('annotates the unclear suite; fails the step only under fail-on any', async () => {
    const dir = join(root, 'action');
    mkdirSync(join(dir, 'prompts'), { recursive: true });
    writeFileSync(join(dir, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
    writeFileSync(join(dir, 'evalgate.yml'), config('big', 'judge: { minAgreement: 0.9, consistencyChecks: 0 }\n'));
    let gh: FakeGitHub | undefined;
    try {
      gh = await startFakeGitHub();
      const act = (failOn: string | undefined) => {
        const tmp = mkdtempSync(join(root, 'action-'));
        return runActionProcess({
          dist: DIST,
          dir: tmp,
          workspace: dir,
          event: 'push',
          payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: '1'.repeat(40), commits: [] },
          sha: '1'.repeat(40),
          ref: 'refs/heads/main',
          apiUrl: gh!.url,
          runId: '9',
          inputs: {
            mode: 'run',
            config: 'evalgate.yml',
            suites: 'greet',
            'api-key': 'sk-e2e-judge',
            'base-url': model.url,
            'fail-on': failOn,
          },
          timeoutMs: 90_000,
        });
      };
      const plain = await act(undefined);
      expect(plain.stdout).toContain(
        '::error title=evalgate%3A greet is unclear,file=prompts/greet.txt::greet: judge disagrees',
      );
      expect(plain.outputs['status']).toBe('inconclusive');
      expect(plain.code, plain.stdout).toBe(0);
      const any = await act('any');
      expect(any.code).toBe(1);
      expect(any.stdout).toMatch(
        /::error::evalgate: greet is unclear \(judge disagrees with your labels on 5 of 10 cases/,
      );
    } finally {
      await gh?.close();
    }
  }, 120_000);
});
