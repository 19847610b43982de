// A sharded gate as a workflow runs it: three matrix jobs (`shard: i/3`, dist/index.js on a real temp
// repository) each write a partial result and post nothing; a merge job (`mode: merge`) over the three
// files (as download-artifact lays them out) posts the one comment and sets the outputs, with the same
// verdicts and figures as the unsharded gate. And two comment keys on one PR keep two comments.
// Run `npm run build` first (the tests run dist/).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const API_KEY = 'sk-e2e-shard-0123456789abcdef';
// 40 cases, every third one regresses on head: enough discordant cases (13) for the exact test at one look.
const NAMES = Array.from({ length: 40 }, (_, i) => `p${i}`);

// maxRepeat = repeat: a sharded gate samples one round and decides at a single look (documented), so the
// unsharded reference run is held to the same design; the merge must then reproduce it exactly.
const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 2, concurrency: 4 }
gate: { minScore: 0.3, maxScoreDrop: 0.05, maxRepeat: 2 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    cases: evals/greet.yaml
    assert:
      - type: icontains
        value: hello
    traffic: { requestsPerMonth: 10000 }
  - name: farewell
    prompt: prompts/bye.txt
    cases: evals/greet.yaml
    assert:
      - type: icontains
        value: bye
`;

let model: FakeModel;
let root: string;
let repo: string;
let baseSha: string;
let headSha: string;
let gh: FakeGitHub;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  // Deterministic answers: on head, "tersely" drops the greeting for every third person.
  model = await startFakeModel({
    behavior: (req) => {
      const m = /(greet|bid farewell to) p(\d+) (warmly|tersely)/.exec(req.lastUser);
      if (!m) return { content: `hello ${req.lastUser}` };
      const n = Number(m[2]);
      if (m[1] !== 'greet') return { content: `bye p${n}`, usage: { prompt_tokens: 12, completion_tokens: 3 } };
      if (m[3] === 'tersely' && n % 3 === 0)
        return { content: `Yo p${n}.`, usage: { prompt_tokens: 20, completion_tokens: 3 } };
      return { content: `Hello p${n}, welcome!`, usage: { prompt_tokens: 20, completion_tokens: 6 } };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-shard-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  mkdirSync(join(repo, 'evals'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} warmly.');
  writeFileSync(join(repo, 'prompts/bye.txt'), 'Please bid farewell to {{name}} warmly.');
  writeFileSync(join(repo, 'evals/greet.yaml'), NAMES.map((n) => `- id: ${n}\n  vars: { name: ${n} }\n`).join(''));
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\nevalgate-shards/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} tersely.');
  git(repo, 'commit', '-q', '-am', 'terser');
  headSha = git(repo, 'rev-parse', 'HEAD');
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.state.addPull(7, ['prompts/greet.txt'], {
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});
afterEach(async () => {
  await gh.close();
});

type RunOut = ActionRun;

async function runAction(inputs: Record<string, string> = {}): Promise<RunOut> {
  // Each job starts cold, as separate runners do: no response cache from another job.
  rmSync(join(repo, '.evalgate-cache'), { recursive: true, force: true });
  const baseRepo = { full_name: 'octo/repo', fork: false };
  return runActionProcess({
    dist: DIST,
    dir: mkdtempSync(join(root, 'run-')),
    workspace: repo,
    event: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        title: 'Terser',
        html_url: 'https://github.test/octo/repo/pull/7',
        base: { ref: 'main', sha: baseSha, repo: baseRepo },
        head: { ref: 'feature', sha: headSha, repo: baseRepo },
      },
      repository: baseRepo,
    },
    sha: headSha,
    ref: 'refs/pull/7/merge',
    apiUrl: gh.url,
    runId: '4242',
    inputs: {
      config: 'evalgate.yml',
      'github-token': gh.token,
      'base-url': model.url,
      'api-key': API_KEY,
      comment: 'true',
      'fail-on': 'regression',
      ...inputs,
    },
    timeoutMs: 120_000,
  });
}

const ourComments = () => gh.state.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
const FIGURES = ['status', 'score', 'score-delta', 'cost-delta-usd', 'monthly-cost-delta-usd', 'regressions'];

/** What a verdict is made of, per suite, without run-specific timings. */
function verdicts(reportPath: string): unknown {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    verdict: report.verdict,
    unselected: report.unselected,
    suites: report.suites.map((s: Record<string, unknown>) => {
      const { latency: _l, ...rest } = s as Record<string, unknown> & { latency?: unknown };
      return JSON.parse(JSON.stringify(rest, (k, v) => (/latency/i.test(k) ? undefined : v)));
    }),
  };
}

describe('action: sharded gate over a matrix (dist/index.js)', () => {
  it('3 shard jobs + a merge job give the unsharded verdicts and figures, in one comment', async () => {
    const whole = await runAction();
    expect(whole.code, whole.stdout).toBe(1);
    expect(whole.outputs['status']).toBe('regression');
    const wholeComments = ourComments();
    expect(wholeComments).toHaveLength(1);
    gh.state.comments.length = 0;

    const artifacts = join(repo, 'evalgate-shards');
    rmSync(artifacts, { recursive: true, force: true });
    const sizes: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await runAction({ shard: `${i}/3` });
      expect(r.code, r.stdout).toBe(0); // a shard does not judge
      expect(r.outputs['status']).toBe('shard');
      const file = r.outputs['shard-file']!;
      expect(basename(file)).toBe(`evalgate-shard-${i}-of-3.json`);
      const part = JSON.parse(readFileSync(file, 'utf8'));
      sizes.push(part.head.suites[0].cases.length);
      // download-artifact puts each artifact in a folder of its own name.
      mkdirSync(join(artifacts, `evalgate-shard-${i}`), { recursive: true });
      cpSync(file, join(artifacts, `evalgate-shard-${i}`, basename(file)));
    }
    expect(ourComments()).toHaveLength(0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(NAMES.length);
    for (const n of sizes) expect(n).toBeLessThan(NAMES.length);

    const merged = await runAction({ mode: 'merge' });
    expect(merged.code, merged.stdout).toBe(1);
    for (const k of FIGURES) expect(merged.outputs[k], k).toBe(whole.outputs[k]);
    expect(verdicts(merged.outputs['report']!)).toEqual(verdicts(whole.outputs['report']!));
    const comments = ourComments();
    expect(comments).toHaveLength(1);
    expect(merged.outputs['comment-url']).toBe(comments[0]!.html_url);
    expect(comments[0]!.body).toMatch(/REGRESSION/);
    expect(comments[0]!.body.split('<!-- evalgate:pr-comment -->')).toHaveLength(2);
    expect(merged.summary).toMatch(/REGRESSION/);
    expect(merged.stdout).toMatch(/merged 3 shards of evalgate\.yml/);
    expect(JSON.parse(readFileSync(merged.outputs['report']!, 'utf8')).unselected).toEqual(['farewell']);

    // A merge with a shard missing refuses to judge part of the cases.
    rmSync(join(artifacts, 'evalgate-shard-2'), { recursive: true });
    const partial = await runAction({ mode: 'merge' });
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(/shard 2\/3 is missing/);
    expect(ourComments()).toHaveLength(1);
  }, 240_000);

  it('two comment keys keep two sticky comments on one PR; each run updates its own', async () => {
    const a1 = await runAction({ 'comment-key': 'suite-a' });
    const b1 = await runAction({ 'comment-key': 'suite-b' });
    expect(ourComments()).toHaveLength(2);
    expect(a1.outputs['comment-url']).not.toBe(b1.outputs['comment-url']);
    const a2 = await runAction({ 'comment-key': 'suite-a' });
    expect(a2.outputs['comment-url']).toBe(a1.outputs['comment-url']);
    const comments = ourComments();
    expect(comments).toHaveLength(2);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- evalgate:pr-comment key=suite-a -->',
      '<!-- evalgate:pr-comment key=suite-b -->',
    ]);
    // The default key (the config path evalgate.yml) keeps the plain marker: a third, legacy-compatible comment.
    await runAction();
    expect(ourComments()).toHaveLength(3);
  }, 240_000);
});
