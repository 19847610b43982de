// The base config of a PR gate: a PR that moves evalgate.yml, or a base config that exists but cannot be
// read or loaded, once made every suite "new" — a real drop of 0.40 passed, and the base's `gate:` rules
// (which the PR must not loosen) were dropped. Now a moved config is found at the base through git's
// rename detection, and a base config that does not load makes the gate say it could not compare: the
// verdict is inconclusive with the reason in the comment and summary, and the step fails.
// dist/index.js; `npm run build` first.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const KEY = 'sk-base-config-0000000000';
const NAMES = Array.from({ length: 20 }, (_, i) => `Name${i}`);
/** On head ("tersely"), 8 of the 20 cases lose "hello": a drop of 0.40. */
const REGRESSING = new Set(NAMES.slice(0, 8));

/** The config; `up` prefixes its paths (`../` once it lives in ci/), `gate` its rules. */
const config = (up: string, gate: string) => `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
gate: ${gate}
suites:
  - name: greet
    prompt: ${up}prompts/greet.txt
    cases: ${up}evals/greet.yaml
    assert: [{ type: icontains, value: hello }]
`;
const STRICT = '{ maxScoreDrop: 0.05 }';
/** What the PR would like to be judged by: no drop is too big. */
const LOOSE = '{ maxScoreDrop: 1, minScore: 0 }';

let model: FakeModel;
let root: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const m = /greet (\S+) (warmly|tersely)/.exec(req.lastUser);
      if (!m) return { content: `Hello ${req.lastUser}` };
      return { content: m[2] === 'tersely' && REGRESSING.has(m[1]!) ? `Yo ${m[1]}.` : `Hello ${m[1]}!` };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-base-config-'));
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Pr {
  repo: string;
  base: string;
  head: string;
  files: string[];
}

/** A repository whose base commit has `baseConfig` at evalgate.yml; `change` makes the head commit. */
function makeRepo(name: string, baseConfig: string, change: (repo: string) => string[]): Pr {
  const repo = join(root, name);
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  mkdirSync(join(repo, 'evals'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), baseConfig);
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} warmly.');
  writeFileSync(join(repo, 'evals/greet.yaml'), NAMES.map((n) => `- id: ${n}\n  vars: { name: ${n} }\n`).join(''));
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Please greet {{name}} tersely.');
  const files = ['prompts/greet.txt', ...change(repo)];
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'terser greeting');
  return { repo, base, head: git(repo, 'rev-parse', 'HEAD'), files };
}

async function gate(
  pr: Pr,
  configInput: string,
  opts: { workspace?: string; setup?: (gh: FakeGitHub) => void } = {},
): Promise<ActionRun & { comments: string[] }> {
  const gh = await startFakeGitHub();
  try {
    gh.state.addPull(7, pr.files, { base: { sha: pr.base, ref: 'main' }, head: { sha: pr.head, ref: 'feature' } });
    opts.setup?.(gh);
    const payload = {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        title: 'Terser',
        html_url: 'https://github.test/octo/repo/pull/7',
        base: { ref: 'main', sha: pr.base, repo: { full_name: 'octo/repo' } },
        head: { ref: 'feature', sha: pr.head, repo: { full_name: 'octo/repo' } },
      },
      repository: { full_name: 'octo/repo' },
    };
    const r = await runActionProcess({
      dist: DIST,
      dir: mkdtempSync(join(root, 'run-')),
      workspace: opts.workspace ?? pr.repo,
      event: 'pull_request',
      payload,
      sha: pr.head,
      ref: 'refs/pull/7/merge',
      apiUrl: gh.url,
      runId: '7001',
      env: { GITHUB_RUN_NUMBER: '1', GITHUB_ACTOR: 'contributor' },
      inputs: {
        config: configInput,
        'github-token': gh.token,
        'base-url': model.url,
        'api-key': KEY,
        comment: 'true',
        'fail-on': 'regression',
      },
      timeoutMs: 120_000,
    });
    expect((r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(KEY);
    expect(r.stdout + r.stderr).not.toContain('internal error');
    return { ...r, comments: gh.state.commentsOn(7).map((c) => c.body) };
  } finally {
    await gh.close();
  }
}

describe('the base config of a PR gate', () => {
  it('a PR that moves evalgate.yml to ci/ (and loosens gate:) is judged against the base config by the base rules', async () => {
    const pr = makeRepo('moved', config('', STRICT), (repo) => {
      mkdirSync(join(repo, 'ci'));
      git(repo, 'mv', 'evalgate.yml', 'ci/evalgate.yml');
      writeFileSync(join(repo, 'ci/evalgate.yml'), config('../', LOOSE));
      return ['evalgate.yml', 'ci/evalgate.yml'];
    });
    const r = await gate(pr, 'ci/evalgate.yml');
    // Before: "the base commit has no evalgate config", greet "new suite", status pass, exit 0.
    expect(r.stdout).toContain(
      'the config moved from evalgate.yml to ci/evalgate.yml in this PR: the base version is read from evalgate.yml',
    );
    expect(r.stdout).not.toContain('every suite is new');
    expect(r.outputs['status']).toBe('regression');
    expect(r.outputs['regressions']).toBe('8');
    expect(r.code).toBe(1);
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]).not.toContain('new suite');
    // The base's maxScoreDrop judged, not the PR's 1.
    expect(r.comments[0]).toMatch(/0\.05/);
  }, 180_000);

  it('a base config that exists but does not load: inconclusive with the reason, never a pass', async () => {
    const pr = makeRepo('broken', `${config('', STRICT)}  - name: [oops\n`, (repo) => {
      writeFileSync(join(repo, 'evalgate.yml'), config('', STRICT));
      return ['evalgate.yml'];
    });
    const r = await gate(pr, 'evalgate.yml');
    // Before: a warning, greet "new suite", status pass, exit 0.
    const line = new RegExp(
      `cannot compare with the base: the base version of evalgate\\.yml \\(at ${pr.base.slice(0, 12)}\\) does not load: `,
    );
    expect(r.outputs['status']).toBe('inconclusive');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`::error::evalgate: ${line.source}`));
    expect(r.summary).toMatch(line);
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]).toMatch(line);
    expect(r.comments[0]).not.toContain('new suite');
  }, 180_000);

  it('a base read that fails (no base commit in the clone, the contents API failing): not a pass, with the line', async () => {
    const pr = makeRepo('unreadable', config('', STRICT), () => []);
    // A shallow clone of the head without a remote: git cannot have the base commit.
    const ws = join(root, 'unreadable-ws');
    git(root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${pr.repo}`, ws);
    git(ws, 'remote', 'remove', 'origin');
    const r = await gate(pr, 'evalgate.yml', {
      workspace: ws,
      setup: (gh) => void gh.fault({ kind: 'server', path: '/contents/', times: Infinity, status: 502 }),
    });
    // Before: a warning, greet "new suite", status pass, exit 0.
    expect(r.outputs['status']).toBe('inconclusive');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::evalgate: cannot compare with the base: the base version of evalgate\.yml \(at [0-9a-f]{12}\) does not load: /,
    );
    expect(r.comments[0]).toMatch(/cannot compare with the base/);
    expect(r.comments[0]).not.toContain('new suite');
  }, 180_000);
});
