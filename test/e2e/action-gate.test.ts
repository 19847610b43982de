// The PR gate as the runner runs it: `node dist/index.js` with INPUT_* variables, a pull_request event
// payload, GITHUB_API_URL → the loopback fake GitHub, the model → the loopback fake model, a temp git
// repository with a base and a head commit (a prompt edit that really regresses cases), and the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. CI builds dist/ before the tests (.ci/run); locally run
// `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runNode, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const MARKER = '<!-- evalgate:pr-comment -->';
const API_KEY = 'sk-e2e-secret-0123456789abcdef';
const NAMES = ['Ann', 'Bob', 'Cleo', 'Dev', 'Eve', 'Finn', 'Gus', 'Mallory', 'Ines', 'Jo', 'Kai', 'Lu'];
/** On head, these cases get a terse reply without "hello": a real regression of 8 of 12 cases. */
const REGRESSING = new Set(NAMES.slice(0, 8));
const HOSTILE = 'Yo <img src=x onerror=alert(1)> @octocat see #1 ```` <!-- evalgate:pr-comment --> </details>';

const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 2, concurrency: 4 }
gate: { minScore: 0.3, maxScoreDrop: 0.05 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    cases: evals/greet.yaml
    assert:
      - type: icontains
        value: hello
    traffic: { requestsPerMonth: 10000 }
  - name: untouched
    prompt: prompts/other.txt
    cases:
      - id: one
        vars: { name: Zed }
    assert:
      - type: icontains
        value: hello
`;

let model: FakeModel;
let root: string;
let repo: string;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const m = /greet (.+?) (warmly|tersely)/.exec(req.lastUser);
      if (!m) return { content: `Hello ${req.lastUser}` };
      const [, name, how] = m;
      if (how === 'warmly' || !REGRESSING.has(name!))
        return { content: `Hello ${name}, welcome!`, usage: { prompt_tokens: 20, completion_tokens: 6 } };
      return {
        content: name === 'Mallory' ? HOSTILE : `Yo ${name}.`,
        usage: { prompt_tokens: 20, completion_tokens: 3 },
      };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-gate-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  mkdirSync(join(repo, 'evals'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} warmly.');
  writeFileSync(join(repo, 'prompts/other.txt'), 'Say hello to {{name}}.');
  writeFileSync(
    join(repo, 'evals/greet.yaml'),
    NAMES.map((n) => `- id: ${n.toLowerCase()}\n  vars: { name: ${n} }\n`).join(''),
  );
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} tersely.');
  git(repo, 'commit', '-q', '-am', 'terser greeting');
  headSha = git(repo, 'rev-parse', 'HEAD');
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.state.addPull(7, ['prompts/greet.txt', 'README.md'], {
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
  // Every run starts cold, so each test sees the live (fake) model, not the previous test's cache.
  rmSync(join(repo, '.evalgate-cache'), { recursive: true, force: true });
});
afterEach(async () => {
  await gh.close();
});

type RunOut = ActionRun;

function payload(fork: boolean, base = baseSha, head = headSha): unknown {
  const baseRepo = { full_name: 'octo/repo', fork: false };
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      title: 'Terser greeting',
      html_url: 'https://github.test/octo/repo/pull/7',
      base: { ref: 'main', sha: base, repo: baseRepo },
      head: { ref: 'feature', sha: head, repo: fork ? { full_name: 'forker/repo', fork: true } : baseRepo },
    },
    repository: baseRepo,
  };
}

/** GITHUB_OUTPUT in @actions/core's heredoc format: name<<DELIM\nvalue\nDELIM. */

/** A push event payload (the fields evalgate reads). */
function pushPayload(before: string, after: string): unknown {
  return {
    ref: 'refs/heads/feature',
    before,
    after,
    created: /^0+$/.test(before),
    repository: { full_name: 'octo/repo' },
  };
}

interface RunOpts {
  token?: string;
  fork?: boolean;
  apiKey?: string | null;
  event?: string;
  inputs?: Record<string, string>;
  workspace?: string;
  baseSha?: string;
  headSha?: string;
  /** Replaces the pull_request payload (e.g. a push payload). */
  payload?: unknown;
}

async function runAction(opts: RunOpts = {}): Promise<RunOut> {
  return runActionProcess({
    dist: DIST,
    dir: mkdtempSync(join(root, 'run-')),
    workspace: opts.workspace ?? repo,
    event: opts.event ?? 'pull_request',
    payload: opts.payload ?? payload(opts.fork ?? false, opts.baseSha, opts.headSha),
    sha: opts.headSha ?? headSha,
    ref: 'refs/pull/7/merge',
    apiUrl: gh.url,
    runId: '4242',
    env: { GITHUB_ACTOR: 'contributor' },
    inputs: {
      config: 'evalgate.yml',
      'github-token': opts.token ?? gh.token,
      'base-url': model.url,
      comment: 'true',
      'fail-on': 'regression',
      'api-key': opts.apiKey === null ? undefined : (opts.apiKey ?? API_KEY),
      ...opts.inputs,
    },
  });
}

/** The Markdown left once fenced code blocks and code spans are removed: what GitHub renders as prose/HTML. */
function outsideCode(md: string): string {
  const lines = md.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1]!;
      continue;
    }
    kept.push(line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, ''));
  }
  return kept.join('\n');
}

const ourComments = () => gh.state.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');

describe('action: pull_request gate (dist/index.js)', () => {
  it('evaluates base vs head, posts one safe sticky comment, sets outputs and fails on the regression', async () => {
    const r = await runAction();
    expect(r.code, r.stdout + r.stderr).toBe(1);

    // Outputs
    expect(r.outputs['status']).toBe('regression');
    expect(r.outputs['regressions']).toBe('8');
    expect(Number(r.outputs['score'])).toBeCloseTo(4 / 12, 3);
    expect(Number(r.outputs['score-delta'])).toBeCloseTo(-8 / 12, 3);
    expect(r.outputs['cost-delta-usd']).not.toBe('');
    expect(Number(r.outputs['monthly-cost-delta-usd'])).toBeLessThan(0); // terse replies: fewer output tokens
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.suites.map((s: { suite: string }) => s.suite)).toEqual(['greet']);
    expect(report.unselected).toEqual(['untouched']);
    expect(existsSync(join(r.outputs['report']!, '../base-results.json'))).toBe(true);
    expect(existsSync(join(r.outputs['report']!, '../head-results.json'))).toBe(true);
    // JUnit of the head run and the self-contained HTML report, named by outputs next to the JSON.
    expect(r.outputs['junit']).toBe(join(r.outputs['report']!, '../junit.xml'));
    const junit = readFileSync(r.outputs['junit']!, 'utf8');
    expect(junit).toMatch(/<testsuite name="greet" tests="12" failures="8"/);
    expect(r.outputs['html-report']).toBe(join(r.outputs['report']!, '../report.html'));
    const html = readFileSync(r.outputs['html-report']!, 'utf8');
    expect(html.match(/<tr class="case[^"]*\bregressed\b/g)).toHaveLength(8);
    expect(html).toContain('<th>Base</th><th>Head</th>');
    expect(html).toContain('onerror=alert(1)'); // the hostile output, as text
    expect(html).not.toMatch(/<(img|script)\b/i);

    // Exactly one comment, by the bot, with one marker, and the regressed cases in it
    const comments = ourComments();
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.split(MARKER)).toHaveLength(2);
    expect(body).toMatch(/REGRESSION/);
    expect(body).toContain('greet');
    expect(body).toContain('mallory');
    // The hostile output is shown, but only inside code: no HTML, no mention, no issue link, no marker forgery.
    expect(body).toContain('onerror=alert(1)');
    // Our own hidden lines: the marker and the head the comment reports (the never-backwards check).
    const prose = outsideCode(
      body.replace(MARKER, '').replace(/^<!-- evalgate:head sha=[0-9a-f]{40} run=\d* -->$/m, ''),
    );
    expect(prose).not.toMatch(/<img/i);
    expect(prose).not.toMatch(/@octocat/);
    expect(prose).not.toMatch(/(^|\s)#1\b/);
    expect(prose).not.toMatch(/<!--\s*evalgate/);

    // The footer: prompt versions, served model, run link, tool version.
    expect(body).toMatch(/Prompt versions: greet `[0-9a-f]{12}` → `[0-9a-f]{12}`/);
    expect(body).toContain('Run: https://github.test/octo/repo/actions/runs/4242');
    expect(body).toMatch(/Generated by evalgate \d/);
    expect(body).toContain(
      'Full report — every case with base and head outputs, filterable: `report.html` (with `junit.xml` and the JSON files) in the artifacts of the [workflow run](https://github.test/octo/repo/actions/runs/4242).',
    );
    for (const junk of ['NaN', 'undefined', 'null', '$0 ', 'Infinity']) expect(body).not.toContain(junk);

    // Summary (more detail than the comment), annotations, secrets
    expect(r.summary).toMatch(/REGRESSION/);
    expect(r.summary).not.toContain(MARKER);
    expect(r.summary).toContain('### Tokens, latency and cost');
    expect(r.summary).toContain('### All changed cases');
    expect(r.stdout).toMatch(/::error .*file=prompts\/greet\.txt.*::greet:/);
    expect(r.stdout).toContain(`::add-mask::${API_KEY}`);
    const leaks = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(API_KEY));
    expect(leaks).toEqual([]);
    const traceText = readFileSync(join(r.outputs['report']!, '../trace.jsonl'), 'utf8');
    expect(traceText).not.toContain(API_KEY);
    // Base and head were evaluated: both prompt versions reached the model, with the key only in the header.
    const prompts = model.chatRequests().map((q) => JSON.stringify(q.body));
    expect(prompts.some((p) => p.includes('warmly'))).toBe(true);
    expect(prompts.some((p) => p.includes('tersely'))).toBe(true);
  });

  it('updates its own comment on the next run and never touches a marker comment by someone else', async () => {
    const theirs = gh.state.addComment(7, `${MARKER}\nI copied your marker`, { login: 'mallory', type: 'User' });
    const first = await runAction();
    expect(first.code).toBe(1);
    const second = await runAction();
    expect(second.code).toBe(1);
    const ours = ourComments();
    expect(ours).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/7/comments'))).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'PATCH').map((q) => q.path)).toEqual([
      `/repos/octo/repo/issues/comments/${ours[0]!.id}`,
    ]);
    expect(gh.state.comments.find((c) => c.id === theirs.id)!.body).toBe(`${MARKER}\nI copied your marker`);
  });

  it('a comment GitHub commits but answers 502 is not posted twice; a later run deletes our extra copies', async () => {
    gh.fault({ kind: 'lost-response', method: 'POST', path: '/issues/7/comments', times: 4 });
    const first = await runAction();
    expect(first.code, first.stdout).toBe(1);
    expect(ourComments()).toHaveLength(1); // before: the retry plugin re-posted it, 4 copies
    expect(first.outputs['comment-url']).toBe(ourComments()[0]!.html_url);
    expect(first.stdout).toContain('but it was created: using it');

    // Copies left by an older version (or another lost write): the next run keeps the oldest, deletes the rest.
    const extra = [gh.state.addComment(7, `${MARKER}\ncopy 1`), gh.state.addComment(7, `${MARKER}\ncopy 2`)];
    const theirs = gh.state.addComment(7, `${MARKER}\nquoted`, { login: 'mallory', type: 'User' });
    const second = await runAction();
    expect(second.code).toBe(1);
    const ours = ourComments();
    expect(ours).toHaveLength(1);
    expect(ours[0]!.html_url).toBe(first.outputs['comment-url']);
    expect(ours[0]!.body).toMatch(/REGRESSION/);
    for (const c of extra) expect(gh.state.comments.some((x) => x.id === c.id)).toBe(false);
    expect(gh.state.comments.some((x) => x.id === theirs.id)).toBe(true);
  });

  it('treats a 403 on commenting as a warning; the exit code follows the verdict', async () => {
    gh.addToken('ghs_readonly', { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true });
    const r = await runAction({ token: 'ghs_readonly' });
    expect(r.code).toBe(1);
    // The refusal names the permission the step needs (issue 19).
    expect(r.stdout).toMatch(
      /::warning::Could not post the PR comment: .*HTTP 403.*`permissions: pull-requests: write`/,
    );
    expect(gh.state.commentsOn(7)).toHaveLength(0);
    expect(r.outputs['status']).toBe('regression');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toMatch(/REGRESSION/);

    const pass = await runAction({ token: 'ghs_readonly', inputs: { 'fail-on': 'never' } });
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/::warning::Could not post the PR comment/);
  });

  it('a fork PR without an API key exits 0 and says why in the summary', async () => {
    const before = model.requests.length;
    const r = await runAction({ fork: true, apiKey: null });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['status']).toBe('skipped');
    expect(r.summary).toMatch(/fork/i);
    expect(r.summary).toMatch(/no model API key|secrets/);
    expect(model.requests.length).toBe(before);
  });

  it('push: runs the selected suites on the ref and reports in the summary, without commenting', async () => {
    const r = await runAction({ event: 'push', inputs: { suites: 'greet' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['status']).toBe('pass');
    expect(Number(r.outputs['score'])).toBeCloseTo(4 / 12, 3);
    expect(r.outputs['score-delta']).toBe('');
    expect(readFileSync(r.outputs['junit']!, 'utf8')).toMatch(/<testsuite name="greet"/);
    expect(readFileSync(r.outputs['html-report']!, 'utf8')).not.toContain('<th>Base</th>');
    expect(r.summary).toContain('greet');
    expect(r.summary).toMatch(/untouched/);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
    const bad = await runAction({ event: 'push', inputs: { suites: 'nope' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/input "suites": unknown suite nope/);
  });

  it('push: a suite where every case fails fails the step even at the default gate.minScore 0', async () => {
    const config = join(repo, 'all-fail.yml');
    writeFileSync(
      config,
      CONFIG.replace('gate: { minScore: 0.3, maxScoreDrop: 0.05 }\n', '').replace(/value: hello/g, 'value: never-said'),
    );
    try {
      const r = await runAction({ event: 'push', inputs: { config: 'all-fail.yml', suites: 'greet' } });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      // Run mode uses `evalgate run`'s pass rule (src/app/run): a suite where every case fails is a failure.
      expect(r.outputs['status']).toBe('fail');
      expect(r.stdout).toMatch(/12 of 12 cases fail \(every case must pass; gate\.minScore relaxes this\)/);
    } finally {
      rmSync(config);
    }
  });

  it('push: runs only the suites the pushed commits changed and says why; a new branch runs every suite', async () => {
    const zedRequests = () => model.chatRequests().filter((q) => JSON.stringify(q.body).includes('Zed')).length;
    const zedBefore = zedRequests();
    const r = await runAction({ event: 'push', payload: pushPayload(baseSha, headSha) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.suites.map((s: { suite: string }) => s.suite)).toEqual(['greet']);
    expect(report.unselected).toEqual(['untouched']);
    expect(r.outputs['status']).toBe('pass'); // head-only: 4/12 is above minScore 0.3
    expect(r.summary).toContain(
      `Suites selected by what the push changed: \`${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}\`, 1 file changed.`,
    );
    expect(r.summary).toMatch(/\| greet \|.*prompts\/greet\.txt changed \|/);
    expect(r.summary).toMatch(/Not evaluated: `untouched`/);
    expect(zedRequests()).toBe(zedBefore); // the untouched suite sent nothing

    const created = await runAction({ event: 'push', payload: pushPayload('0'.repeat(40), headSha) });
    expect(created.code, created.stdout + created.stderr).toBe(0);
    const all = JSON.parse(readFileSync(created.outputs['report']!, 'utf8'));
    expect(all.suites.map((s: { suite: string }) => s.suite).sort()).toEqual(['greet', 'untouched']);
    expect(created.summary).toMatch(
      /Every suite runs: the push created the branch or tag, so there is no earlier commit to compare with\./,
    );
    expect(zedRequests()).toBeGreaterThan(zedBefore);
  });

  it('shallow clone + failing files API: fetches the base commit and diffs with git', async () => {
    const shallow = join(root, `shallow-${Date.now()}`);
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo}`, shallow]);
    expect(() => git(shallow, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    gh.fault({ kind: 'forbidden', path: '/pulls/7/files', times: Infinity });
    const r = await runAction({ workspace: shallow });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/using git diff/);
    expect(r.stdout).toMatch(/fetching it from origin/);
    expect(r.outputs['status']).toBe('regression');
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.unselected).toEqual(['untouched']); // the git diff selected only the changed prompt
  });

  it('no git history and no files API: reads the base through the contents API and runs every suite', async () => {
    const copy = join(root, `nohistory-${Date.now()}`);
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo}`, copy]);
    git(copy, 'remote', 'remove', 'origin'); // the base commit cannot be fetched
    gh.state.setTree(
      baseSha,
      Object.fromEntries(
        ['evalgate.yml', 'prompts/greet.txt', 'prompts/other.txt', 'evals/greet.yaml'].map((p) => [
          p,
          git(repo, 'show', `${baseSha}:${p}`) + (p.endsWith('.yml') || p.endsWith('.yaml') ? '\n' : ''),
        ]),
      ),
    );
    gh.fault({ kind: 'forbidden', path: '/pulls/7/files', times: Infinity });
    const r = await runAction({ workspace: copy });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/::warning::cannot tell which files the PR changed/);
    expect(r.stdout).toMatch(/reading base files through the GitHub API/);
    expect(
      gh.requests.some(
        (q) => decodeURIComponent(q.path).endsWith('/contents/prompts/greet.txt') && q.query['ref'] === baseSha,
      ),
    ).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.suites.map((s: { suite: string }) => s.suite).sort()).toEqual(['greet', 'untouched']);
    expect(report.suites.find((s: { suite: string }) => s.suite === 'greet').verdict).toBe('regression');
  });

  it('a PR that affects no suite posts no new comment, but updates an earlier one', async () => {
    // Base = head's content, only the README differs: no prompt, case or config change reaches a suite.
    gh.state.addPull(7, ['README.md'], { base: { sha: headSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } });
    const before = model.requests.length;
    const quiet = await runAction({ baseSha: headSha });
    expect(quiet.code, quiet.stdout + quiet.stderr).toBe(0);
    expect(quiet.outputs['status']).toBe('skipped');
    expect(quiet.summary).toMatch(/no suite was evaluated/);
    expect(ourComments()).toHaveLength(0);
    expect(model.requests.length).toBe(before);
    const old = gh.state.addComment(7, `${MARKER}\nold figures`, { login: 'github-actions[bot]', type: 'Bot' });
    const again = await runAction({ baseSha: headSha });
    expect(again.code).toBe(0);
    expect(ourComments().map((c) => c.id)).toEqual([old.id]);
    expect(ourComments()[0]!.body).toMatch(/no suite was evaluated/);
  });

  it('refuses pull_request_target unless allowed', async () => {
    const dir = mkdtempSync(join(root, 'prt-'));
    const modelRequestsBefore = model.requests.length;
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify(payload(true)));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const { code } = await runNode(DIST, [], {
      cwd: repo,
      env: {
        PATH: process.env['PATH'] ?? '',
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_WORKSPACE: repo,
        GITHUB_API_URL: gh.url,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: dir,
        'INPUT_API-KEY': API_KEY,
      },
      timeoutMs: 30_000,
    });
    expect(code).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/pwn request/);
    expect(model.requests.length).toBe(modelRequestsBefore);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });
});

describe('action: fork pull request with recordings (dist/index.js)', () => {
  // A second repository whose config ships `recordings:`. main records the base prompt; the PR branch
  // re-records after its prompt edit (as a contributor would), so the recordings cover both sides.
  // A second branch edits the prompt without re-recording: its head requests miss the recordings.
  const CLI = resolve(__dirname, '../../dist/cli.js');
  let rec: string;
  let recBase: string;
  let recHead: string;
  let recStale: string;

  // Async: the fake model answers from this process, so a synchronous spawn would deadlock.
  const record = async (cwd: string) => {
    const env = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? root,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: model.url,
    };
    const r = await runNode(CLI, ['run', '--record'], { cwd, env });
    // 0 or 1 (a suite under minScore); anything else is a broken recording step.
    if (r.code !== 0 && r.code !== 1) throw new Error(`evalgate run --record failed (${r.code}): ${r.stderr}`);
  };

  beforeAll(async () => {
    rec = join(root, 'rec');
    mkdirSync(join(rec, 'prompts'), { recursive: true });
    mkdirSync(join(rec, 'evals'), { recursive: true });
    git(root, 'init', '-q', '-b', 'main', rec);
    writeFileSync(join(rec, 'evalgate.yml'), `${CONFIG}recordings: recordings\n`);
    writeFileSync(join(rec, 'prompts/greet.txt'), 'Please greet {{name}} warmly.');
    writeFileSync(join(rec, 'prompts/other.txt'), 'Say hello to {{name}}.');
    writeFileSync(
      join(rec, 'evals/greet.yaml'),
      NAMES.map((n) => `- id: ${n.toLowerCase()}\n  vars: { name: ${n} }\n`).join(''),
    );
    writeFileSync(join(rec, '.gitignore'), '.evalgate-cache/\n');
    await record(rec);
    git(rec, 'add', '-A');
    git(rec, 'commit', '-q', '-m', 'base with recordings');
    recBase = git(rec, 'rev-parse', 'HEAD');
    git(rec, 'checkout', '-q', '-b', 'stale');
    writeFileSync(join(rec, 'prompts/greet.txt'), 'Please greet {{name}} tersely.');
    git(rec, 'commit', '-q', '-am', 'terser greeting, not re-recorded');
    recStale = git(rec, 'rev-parse', 'HEAD');
    git(rec, 'checkout', '-q', '-b', 'feature', recBase);
    writeFileSync(join(rec, 'prompts/greet.txt'), 'Please greet {{name}} tersely.');
    await record(rec);
    git(rec, 'add', '-A');
    git(rec, 'commit', '-q', '-m', 'terser greeting, re-recorded');
    recHead = git(rec, 'rev-parse', 'HEAD');
    expect(git(rec, 'diff', '--name-only', recBase, recHead)).toMatch(/^recordings\//m);
  });

  const forkRun = async (head: string) => {
    git(rec, 'checkout', '-q', head);
    rmSync(join(rec, '.evalgate-cache'), { recursive: true, force: true });
    const changed = git(rec, 'diff', '--name-only', recBase, head).split('\n');
    gh.state.addPull(7, changed, { base: { sha: recBase, ref: 'main' }, head: { sha: head, ref: 'feature' } });
    const before = model.requests.length;
    const r = await runAction({ fork: true, apiKey: null, workspace: rec, baseSha: recBase, headSha: head });
    return { r, modelRequests: model.requests.length - before };
  };

  it('evaluates base and head from the recordings: real verdict and outputs, no model request', async () => {
    const { r, modelRequests } = await forkRun(recHead);
    expect(modelRequests).toBe(0);
    expect(r.code, r.stdout + r.stderr).toBe(1); // the recorded head really regresses
    expect(r.stdout).toContain('fork PR: evaluating from the recorded responses');
    expect(r.outputs['status']).toBe('regression');
    expect(r.outputs['regressions']).toBe('8');
    expect(Number(r.outputs['score'])).toBeCloseTo(4 / 12, 3);
    expect(Number(r.outputs['score-delta'])).toBeCloseTo(-8 / 12, 3);
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.suites.map((s: { suite: string }) => s.suite)).toEqual(['greet']);
    expect(report.unselected).toEqual(['untouched']);

    const comments = ourComments();
    expect(comments).toHaveLength(1);
    for (const text of [comments[0]!.body, r.summary]) {
      expect(text).toContain('recorded responses (not the live model)');
      expect(text).toContain(
        'Fork pull request:** secrets such as the model API key are not available to workflows from forks, so suites ran from recorded responses.',
      );
      expect(text).toMatch(/REGRESSION/);
      expect(text).not.toContain('Recordings incomplete');
      expect(text).not.toContain('replay-miss');
    }
    expect(r.stdout).toMatch(/::error .*file=prompts\/greet\.txt.*::greet:/);
  });

  it('recordings that miss the changed prompt: replay-miss errors make the suite inconclusive (not failed), with a hint to re-record', async () => {
    const { r, modelRequests } = await forkRun(recStale);
    expect(modelRequests).toBe(0);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['status']).toBe('inconclusive');
    expect(r.outputs['regressions']).toBe('0');
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    const greet = report.suites.find((s: { suite: string }) => s.suite === 'greet');
    expect(greet.verdict).toBe('inconclusive');
    expect(greet.reason).toMatch(/of head requests failed/);
    expect(greet.errors).toEqual({ base: 0, head: 24 });
    const body = ourComments()[0]!.body;
    for (const text of [body, r.summary]) {
      expect(text).toMatch(/INCONCLUSIVE/);
      expect(text).not.toMatch(/REGRESSION/);
      expect(text).toContain('**Recordings incomplete:** 24 requests had no recorded response (`replay-miss`)');
      expect(text).toContain('re-record with `npx evalgate run --record`');
      expect(text).toMatch(/Most common error, head: `replay-miss: no recorded response/);
    }
    expect(r.stdout).toMatch(/::warning::24 requests had no recorded response \(replay-miss\)/);
    expect(r.stdout).not.toMatch(/::error /); // errors, not failures: no failing annotation
    // fail-on: any treats inconclusive as failing, for teams that want stale recordings to block.
    const strict = await runAction({
      fork: true,
      apiKey: null,
      workspace: rec,
      baseSha: recBase,
      headSha: recStale,
      inputs: { 'fail-on': 'any' },
    });
    expect(strict.code).toBe(1);
  });
});
