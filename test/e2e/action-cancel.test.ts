// SIGTERM to the action (a cancelled job) once ended it silently, mid-write: nothing printed, and a drift
// night could be recorded for one suite but not another. Now it prints one line, exits 128 + 15, records
// a drift night for every suite or none, and posts no PR comment of a half-run gate. The signal is sent
// from the fake model when the slow suite's first request arrives (no timing), and that request never
// answers. dist/index.js; `npm run build` first.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const KEY = 'sk-cancel-0000000000000';

/** The world the fake model answers: when `slow` matches a request, the action gets SIGTERM and no answer. */
const world: { slow?: RegExp; child?: ChildProcess; signalled: number } = { signalled: 0 };

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
const sha = { base: '', head: '' };

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      if (world.slow?.test(req.lastUser)) {
        if (world.child && world.signalled++ === 0) world.child.kill('SIGTERM');
        return { hang: true };
      }
      return { content: `Hello ${req.lastUser}` };
    },
  });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-cancel-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  const cases = (p: string) =>
    Array.from({ length: 4 }, (_, n) => `      - { id: ${p}${n}, vars: { n: '${n}' } }`).join('\n');
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 2 }
drift: { branch: nightly-data }
suites:
  - name: alpha
    prompt: prompts/alpha.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${cases('a')}
  - name: beta
    prompt: prompts/beta.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${cases('b')}
`,
  );
  writeFileSync(join(repo, 'prompts/alpha.txt'), 'alpha case {{n}}');
  writeFileSync(join(repo, 'prompts/beta.txt'), 'beta case {{n}}');
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\n.evalgate-drift/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  sha.base = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/beta.txt'), 'beta case {{n}}, slowly');
  git(repo, 'commit', '-q', '-am', 'slower beta');
  sha.head = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', 'main');
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function action(event: string, payload: unknown, ref: string, headSha: string): Promise<ActionRun> {
  world.signalled = 0;
  return runActionProcess({
    dist: DIST,
    dir: mkdtempSync(join(root, 'run-')),
    workspace: repo,
    event,
    payload,
    sha: headSha,
    ref,
    apiUrl: gh.url,
    runId: '9001',
    env: { GITHUB_RUN_NUMBER: '1', GITHUB_ACTOR: 'contributor' },
    inputs: { config: 'evalgate.yml', 'github-token': gh.token, 'base-url': model.url, 'api-key': KEY },
    timeoutMs: 60_000,
    onStart: (child) => {
      world.child = child;
    },
  });
}

const drift = () =>
  action('schedule', { schedule: '17 3 * * *', repository: { full_name: 'octo/repo' } }, 'refs/heads/main', sha.base);
const nights = (suite: string): number => {
  const file = gh.state.tree('nightly-data')?.get(`history/${suite}.json`);
  return file ? parseHistory(file.content, 'branch').entries.length : 0;
};

describe('SIGTERM to the action', () => {
  it('drift: one line, exit 143, and the night is recorded for every suite or none', async () => {
    world.slow = undefined;
    const first = await drift();
    expect(first.code, first.stdout).toBe(0);
    expect([nights('alpha'), nights('beta')]).toEqual([1, 1]);

    // Night two: alpha answers, beta's first request brings SIGTERM and never answers.
    world.slow = /^beta case/;
    const r = await drift();
    const all = r.stdout + r.stderr;
    expect(all.replace(/^::add-mask::.*$/gm, '')).not.toContain(KEY);
    expect(world.signalled).toBeGreaterThan(0);
    // Before: no line at all, and the process died of the signal (no exit code).
    expect(r.stdout).toContain(
      '::error::evalgate: cancelled by SIGTERM; the drift night is recorded for no suite (its samples are incomplete)',
    );
    expect(r.stdout.match(/::error::/g)).toHaveLength(1);
    expect(r.code).toBe(143);
    // All or none: here none (the night was cut short before its first history write).
    expect([nights('alpha'), nights('beta')]).toEqual([1, 1]);
  }, 120_000);

  it('gate: one line, exit 143, and no PR comment of a half-run gate', async () => {
    gh.state.addPull(8, ['prompts/beta.txt'], {
      base: { sha: sha.base, ref: 'main' },
      head: { sha: sha.head, ref: 'feature' },
    });
    git(repo, 'checkout', '-q', 'feature');
    try {
      world.slow = /slowly/;
      const pr = {
        number: 8,
        title: 'Slower beta',
        html_url: 'https://github.test/octo/repo/pull/8',
        base: { ref: 'main', sha: sha.base, repo: { full_name: 'octo/repo' } },
        head: { ref: 'feature', sha: sha.head, repo: { full_name: 'octo/repo' } },
      };
      const payload = { action: 'synchronize', number: 8, pull_request: pr, repository: { full_name: 'octo/repo' } };
      const r = await action('pull_request', payload, 'refs/pull/8/merge', sha.head);
      expect(world.signalled).toBeGreaterThan(0);
      expect(r.stdout).toContain(
        '::error::evalgate: cancelled by SIGTERM; the gate stopped before judging: no report, comment or verdict was written',
      );
      expect(r.code).toBe(143);
      expect(gh.state.commentsOn(8)).toHaveLength(0);
      expect(r.outputs['status']).toBeUndefined();
    } finally {
      git(repo, 'checkout', '-q', 'main');
    }
  }, 120_000);
});
