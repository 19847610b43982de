// Writes GitHub commits but whose response is lost (a 502 after the write): `evalgate drift --store branch`
// as users run it (dist/cli.js, `npm run build` first; the real Octokit with its retry and throttling
// plugins) against the loopback fake GitHub. A blind retry of such a write duplicates an issue or a
// comment, and a history PUT retried with the old sha meets 409 after 409. Every write must land once.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve('dist/cli.js');
const CASES = 10;
const world = { failing: 0 };
let dir: string;
let model: FakeModel;
let gh: FakeGitHub;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      return {
        content: n >= 0 && n < world.failing ? `Go away, case ${n}.` : `Hello there, case ${n}!`,
        model: 'gpt-4o-mini-2024-07-18',
      };
    },
  });
  gh = await startFakeGitHub();
  dir = await mkdtemp(join(tmpdir(), 'evalgate-lost-writes-'));
  await mkdir(join(dir, 'prompts'));
  await writeFile(join(dir, 'prompts', 'greet.txt'), 'Greet case {{n}} warmly.');
  const cases = Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, concurrency: 4 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${cases}
`,
  );
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  await rm(dir, { recursive: true, force: true });
});

function drift(): Promise<NodeRun> {
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    OPENAI_API_KEY: 'sk-test-lost-writes',
    OPENAI_BASE_URL: model.url,
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.url,
  };
  return runNode(CLI, ['drift', '--config', 'evalgate.yml', '--store', 'branch', '--repo', 'octo/repo'], {
    cwd: dir,
    env,
    timeoutMs: 100_000,
    killSignal: 'SIGKILL',
  });
}

const HISTORY = 'history/greet.json';
const history = () => parseHistory(gh.state.getFile(HISTORY, 'evalgate-data')!, HISTORY);
const driftIssues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));

describe('lost write responses (dist/cli.js drift --store branch)', () => {
  it('a history PUT committed but answered 502 is not fought over: the run ends, one entry', async () => {
    // Every history write is lost this night. Before: the plugin re-sent the PUT with the old sha, each
    // attempt met 409s, "attempt 8 of 8", and the run was still going after 240 s.
    const stop = gh.fault({ kind: 'lost-response', method: 'PUT', path: `/contents/${HISTORY}`, times: Infinity });
    try {
      const r = await drift();
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain("already holds this run's write");
      expect(r.stderr).not.toMatch(/attempt 8 of 8/);
    } finally {
      stop();
    }
    expect(history().entries).toHaveLength(1);
    const puts = gh.requests.filter((q) => q.method === 'PUT' && decodeURIComponent(q.path).endsWith(HISTORY));
    expect(puts).toHaveLength(1);
  }, 110_000);

  it('an issue created but answered 502 is created once', async () => {
    // Two more quiet nights complete the 3-run baseline the monitor judges against.
    for (let i = 0; i < 2; i++) expect((await drift()).code).toBe(0);
    world.failing = 5;
    gh.fault({ kind: 'lost-response', method: 'POST', path: /\/issues$/, times: 4 });
    const r = await drift();
    expect(r.code, r.stderr).toBe(1);
    expect(driftIssues()).toHaveLength(1); // before: one per retry
    expect(driftIssues()[0]!.state).toBe('open');
  }, 240_000);

  it('a persistence comment created but answered 502 is posted once', async () => {
    const issue = driftIssues()[0]!;
    const before = gh.state.commentsOn(issue.number).length;
    gh.fault({ kind: 'lost-response', method: 'POST', path: `/issues/${issue.number}/comments`, times: 4 });
    const r = await drift();
    expect(r.code, r.stderr).toBe(1);
    const added = gh.state.commentsOn(issue.number).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]!.body).toMatch(/^<!-- evalgate:drift-update suite=greet run=drift-[\w.-]+ -->/);
  }, 110_000);
});
