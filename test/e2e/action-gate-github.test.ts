// The PR gate (dist/index.js) against the spec-checking fake GitHub when GitHub is the problem; `npm run
// build` first. Two gate runs on one PR at once (two quick pushes): the run of the older push can finish
// last; the sticky comment records the head it reports and the run number (a hidden line), and an update
// from an older run for another head is skipped: the comment never moves backwards. A bad token, a PR the
// token cannot see, rate limits that do not lift soon: each named for what it is, waits capped in time,
// and a PR left without its result is not a green check.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionOf } from '../../src/adapters/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { initGreetRepo } from '../support/greet-repo.js';
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
  const greet = initGreetRepo(root);
  repo = greet.repo;
  const { commit } = greet;
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
function gateRun(
  head: keyof typeof sha,
  run: number,
  o: { token?: string; pr?: number; github?: FakeGitHub; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  git(repo, 'checkout', '-q', sha[head]);
  const number = o.pr ?? 7;
  const pr = (h: string) => ({
    number,
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
    payload: { action: 'synchronize', number, pull_request: pr(sha[head]), repository: { full_name: 'octo/repo' } },
    sha: sha[head],
    ref: 'refs/pull/7/merge',
    apiUrl: (o.github ?? gh).url,
    runId: String(5000 + run),
    env: { GITHUB_RUN_NUMBER: String(run), GITHUB_ACTOR: 'contributor', ...o.env },
    // A short timeout: a step that sleeps out `retry-after: 900` is what these tests rule out.
    timeoutMs: 60_000,
    inputs: {
      config: 'evalgate.yml',
      'github-token': o.token ?? (o.github ?? gh).token,
      'base-url': model.url,
      'api-key': 'sk-comment-order-000',
      comment: 'true',
    },
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

const errorLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('GitHub failures on the gate are named for what they are (dist/index.js)', () => {
  it('a bad token (401): one error line naming it, and the step fails although the verdict passed', async () => {
    const r = await gateRun('three', 20, { token: 'ghs_expired_token_000' });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs['status']).toBe('pass');
    expect(errorLines(r)).toEqual([
      '::error::evalgate: Could not post the PR comment on #7: GitHub refused the token (HTTP 401 Bad credentials): it is invalid, expired or revoked; replace the secret given as `github-token` (the verdict was pass; the job summary has the report)',
    ]);
    expect(r.stdout).toMatch(/listing PR files through the API failed \(GitHub refused the token \(HTTP 401/);
    expect(r.stdout).not.toMatch(/read-only|permissions:/);
  }, 90_000);

  it('a PR the token cannot see (404): a warning saying so; the verdict decides the step', async () => {
    const r = await gateRun('three', 21, { pr: 99 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::Could not post the PR comment on #99: GitHub answered HTTP 404: PR #99 is not in octo\/repo, or the token cannot see it/,
    );
    expect(r.stdout).not.toMatch(/read-only|permissions:/);
  }, 90_000);

  it('a secondary rate limit asking for retry-after 900: not waited out; one line, the step fails', async () => {
    const stop = gh.fault({
      kind: 'secondary-rate-limit',
      path: '/issues/7/comments',
      retryAfter: 900,
      times: Infinity,
    });
    try {
      const r = await gateRun('three', 22);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toMatch(
        /GitHub secondary rate limit on GET \S*\/repos\/octo\/repo\/issues\/7\/comments.*: GitHub asks to wait 900 s, more than evalgate waits \(120 s per call\): giving up/,
      );
      expect(errorLines(r)).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(
        /Could not post the PR comment on #7: GitHub's secondary rate limit did not lift \(HTTP 403, retry-after 900 s\)/,
      );
    } finally {
      stop();
    }
  }, 90_000);

  it('a primary rate limit resetting in an hour: not waited out; named with its reset time', async () => {
    const stop = gh.fault({ kind: 'rate-limit', path: '/repos/octo/repo/', retryAfter: 3600, times: Infinity });
    try {
      const r = await gateRun('three', 23);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toMatch(
        /GitHub rate limit on GET .*: GitHub asks to wait 36\d\d s, more than evalgate waits \(120 s per call\): giving up/,
      );
      expect(errorLines(r)).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(
        /Could not post the PR comment on #7: GitHub's API rate limit for this token is used up until \d\d:\d\d UTC \(HTTP 429\)/,
      );
    } finally {
      stop();
    }
  }, 90_000);

  it('a secondary rate limit that never lifts: retried a bounded number of times, then named', async () => {
    const stop = gh.fault({
      kind: 'secondary-rate-limit',
      method: 'GET',
      path: '/issues/7/comments',
      retryAfter: 1,
      times: Infinity,
    });
    try {
      const r = await gateRun('three', 24);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toMatch(/retrying in 1s \(attempt 4 of 4\)/);
      expect(r.stdout).toMatch(/giving up after 4 attempts/);
      expect(errorLines(r)[0]).toMatch(/GitHub's secondary rate limit did not lift \(HTTP 403, retry-after 1 s\)/);
      expect(r.stdout).not.toMatch(/permissions:/);
    } finally {
      stop();
    }
  }, 90_000);
});

describe('GitHub Enterprise Server: the API under GITHUB_API_URL (dist/index.js)', () => {
  it('a GHES-style GITHUB_API_URL (http://HOST/api/v3) is where every call goes, with the runner orchestration id', async () => {
    const ghes = await startFakeGitHub({ pathPrefix: '/api/v3' });
    try {
      expect(ghes.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
      ghes.state.addPull(7, ['prompts/greet.txt'], {
        base: { sha: sha.base, ref: 'main' },
        head: { sha: sha.three, ref: 'feature' },
      });
      const r = await gateRun('three', 21, { github: ghes, env: { ACTIONS_ORCHESTRATION_ID: 'orch-42' } });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(ghes.state.commentsOn(7)).toHaveLength(1);
      expect(ghes.requests.length).toBeGreaterThan(0);
      // Nothing went to the host's root (it answers 404 outside /api/v3)…
      expect(ghes.requests.filter((q) => q.status === 404)).toEqual([]);
      // …and the client is @actions/github's: it tags requests with the runner's orchestration id.
      for (const q of ghes.requests) expect(q.userAgent).toMatch(/^evalgate .*actions_orchestration_id\/orch-42/);
    } finally {
      await ghes.close();
    }
  });
});
