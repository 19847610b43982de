// Two gate runs on one PR at once (two quick pushes): the run of the older push can finish last. The
// sticky comment records the head it reports and the run number (a hidden line), and an update from an
// older run for another head is skipped: the comment never moves backwards. dist/index.js against the
// spec-checking fake GitHub; `npm run build` first.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionOf } from '../../src/adapters/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
const sha: Record<'base' | 'one' | 'two' | 'three', string> = { base: '', one: '', two: '', three: '' };

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({ behavior: (req) => ({ content: `Hello ${req.lastUser}` }) });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-comment-order-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert: [{ type: icontains, value: hello }]
    cases:
      - { id: a, vars: { name: Ann } }
      - { id: b, vars: { name: Bob } }
`,
  );
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\n');
  const commit = (text: string, msg: string): string => {
    writeFileSync(join(repo, 'prompts/greet.txt'), text);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', msg);
    return git(repo, 'rev-parse', 'HEAD');
  };
  sha.base = commit('Greet {{name}}.', 'base');
  git(repo, 'checkout', '-q', '-b', 'feature');
  sha.one = commit('Greet {{name}} kindly.', 'first push');
  sha.two = commit('Greet {{name}} very kindly.', 'second push');
  sha.three = commit('Greet {{name}} most kindly.', 'third push');
  gh.state.addPull(7, ['prompts/greet.txt'], {
    base: { sha: sha.base, ref: 'main' },
    head: { sha: sha.three, ref: 'feature' },
  });
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The gate run of the push whose head is `head`, as workflow run number `run`. */
function gateRun(head: keyof typeof sha, run: number): Promise<ActionRun> {
  git(repo, 'checkout', '-q', sha[head]);
  const pr = (h: string) => ({
    number: 7,
    title: 'Kinder',
    html_url: 'https://github.test/octo/repo/pull/7',
    base: { ref: 'main', sha: sha.base, repo: { full_name: 'octo/repo' } },
    head: { ref: 'feature', sha: h, repo: { full_name: 'octo/repo' } },
  });
  return runActionProcess({
    dist: DIST,
    dir: mkdtempSync(join(root, 'run-')),
    workspace: repo,
    event: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: pr(sha[head]), repository: { full_name: 'octo/repo' } },
    sha: sha[head],
    ref: 'refs/pull/7/merge',
    apiUrl: gh.url,
    runId: String(5000 + run),
    env: { GITHUB_RUN_NUMBER: String(run), GITHUB_ACTOR: 'contributor' },
    inputs: {
      config: 'evalgate.yml',
      'github-token': gh.token,
      'base-url': model.url,
      'api-key': 'sk-comment-order-000',
      comment: 'true',
    },
    timeoutMs: 90_000,
  });
}

const ours = () => gh.state.commentsOn(7);
const shown = () => versionOf(ours()[0]!.body);

describe('two gate runs on one PR: the sticky comment never moves backwards (dist/index.js)', () => {
  it('the newer push finishes first; the older run finishing last leaves the comment alone', async () => {
    const newer = await gateRun('two', 12);
    expect(newer.code, newer.stdout + newer.stderr).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(shown()).toEqual({ head: sha.two, run: 12 });
    const before = ours()[0]!.body;

    const older = await gateRun('one', 11);
    expect(older.code, older.stdout + older.stderr).toBe(0); // its own verdict still decides the step
    expect(older.stdout).toMatch(
      new RegExp(
        `PR comment not updated: it shows head ${sha.two.slice(0, 12)} \\(run 12\\), newer than this run's ${sha.one.slice(0, 12)} \\(run 11\\)`,
      ),
    );
    expect(older.outputs['comment-url']).toBe(ours()[0]!.html_url);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toBe(before);
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(0);
  }, 120_000);

  it('a re-run of the same head, and a later push, update it', async () => {
    const again = await gateRun('two', 12);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/PR comment updated/);
    const later = await gateRun('three', 13);
    expect(later.code, later.stdout + later.stderr).toBe(0);
    expect(shown()).toEqual({ head: sha.three, run: 13 });
    expect(ours()).toHaveLength(1);
  }, 120_000);
});
