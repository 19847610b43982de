// Output files on a full or read-only disk fail one at a time: `--trace` or `--junit` that cannot be
// written once cost the whole run (exit 3, no results.json though its disk was fine), and a runner temp
// folder that could not be written cost the action its PR comment and job summary. Now each failed file is
// named with its path and why, the others are written, the comment and summary are posted, and the exit
// code says an output is missing. "Cannot be written" is a path under a regular file: the tests run as
// root, which ignores permission bits. dist/cli.js and dist/index.js; `npm run build` first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { initGreetRepo } from '../support/greet-repo.js';
import { git, runActionProcess, runNode, type ActionRun } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const DIST = resolve(__dirname, '../../dist/index.js');
const KEY = 'sk-outputs-unwritable-000';

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
/** A regular file: nothing can be created below it, even by root. */
let blocker: string;
const sha = { base: '', head: '' };

beforeAll(async () => {
  for (const f of [CLI, DIST])
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({ behavior: (req) => ({ content: `Hello ${req.lastUser}` }) });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-outputs-'));
  blocker = join(root, 'blocker');
  writeFileSync(blocker, 'a regular file\n');
  const greet = initGreetRepo(root, ['out/']);
  repo = greet.repo;
  const { commit } = greet;
  sha.base = commit('Greet {{name}}.', 'base');
  git(repo, 'checkout', '-q', '-b', 'feature');
  sha.head = commit('Greet {{name}} kindly.', 'kinder');
  gh.state.addPull(7, ['prompts/greet.txt'], {
    base: { sha: sha.base, ref: 'main' },
    head: { sha: sha.head, ref: 'feature' },
  });
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function gateRun(env: Record<string, string>): Promise<ActionRun> {
  const pr = {
    number: 7,
    title: 'Kinder',
    html_url: 'https://github.test/octo/repo/pull/7',
    base: { ref: 'main', sha: sha.base, repo: { full_name: 'octo/repo' } },
    head: { ref: 'feature', sha: sha.head, repo: { full_name: 'octo/repo' } },
  };
  return runActionProcess({
    dist: DIST,
    dir: mkdtempSync(join(root, 'run-')),
    workspace: repo,
    event: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: pr, repository: { full_name: 'octo/repo' } },
    sha: sha.head,
    ref: 'refs/pull/7/merge',
    apiUrl: gh.url,
    runId: '6001',
    env: { GITHUB_RUN_NUMBER: '1', GITHUB_ACTOR: 'contributor', ...env },
    inputs: {
      config: 'evalgate.yml',
      'github-token': gh.token,
      'base-url': model.url,
      'api-key': KEY,
      comment: 'true',
    },
    timeoutMs: 90_000,
  });
}

describe('outputs that cannot be written fail alone', () => {
  it('evalgate run: --trace and --junit fail with their paths; results.json and the HTML report are written; exit 3', async () => {
    const env = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: root,
      OPENAI_API_KEY: KEY,
      OPENAI_BASE_URL: model.url,
    };
    const args = ['run', '--no-cache', '--out', 'out/results.json', '--html', 'out/report.html'];
    args.push('--trace', join(blocker, 'trace.jsonl'), '--junit', join(blocker, 'junit.xml'));
    const r = await runNode(CLI, args, { cwd: repo, env, timeoutMs: 60_000 });
    const all = r.stdout + r.stderr;
    expect(all).not.toContain(KEY);
    // Before: exit 3, "internal error: EEXIST … mkdir …/blocker", nothing written, no table.
    expect(all).not.toContain('internal error');
    expect(r.code, all).toBe(3); // every case passes, but outputs asked for are missing: never a 0
    expect(r.stdout).toMatch(/greet\s+2\s+1\.000/);
    const why = 'a file is in the way of a folder on the path (EEXIST)';
    expect(r.stderr).toContain(
      `warning: could not write the trace ${join(blocker, 'trace.jsonl')}: ${why}; the trace stops here`,
    );
    expect(r.stderr).toContain(`evalgate run: could not write --junit ${join(blocker, 'junit.xml')}: ${why}`);
    const results = JSON.parse(readFileSync(join(repo, 'out/results.json'), 'utf8')) as { totals: { samples: number } };
    expect(results.totals.samples).toBe(2);
    expect(readFileSync(join(repo, 'out/report.html'), 'utf8')).toContain('<html');
  }, 90_000);

  it('the action with an unwritable runner temp folder: comment and summary posted, each file named, the step fails', async () => {
    const temp = join(blocker, 'temp');
    const r = await gateRun({ RUNNER_TEMP: temp });
    const all = r.stdout + r.stderr;
    // The runner masks what ::add-mask:: registers; nothing else may carry the key.
    expect(all.replace(/^::add-mask::.*$/gm, '')).not.toContain(KEY);
    expect(all).not.toContain('internal error');
    expect(gh.state.commentsOn(7)).toHaveLength(1); // before: no comment …
    expect(r.summary).toContain('greet'); // … and no summary
    expect(r.stdout).toContain(
      `::error::evalgate: could not write the trace ${join(temp, 'evalgate', 'trace.jsonl')}: `,
    );
    for (const file of ['base-results.json', 'head-results.json', 'report.json', 'junit.xml', 'report.html'])
      expect(r.stdout).toContain(`::error::evalgate: could not write ${file} ${join(temp, 'evalgate', file)}: `);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::evalgate: .*6 output files could not be written \(the trace, base-results\.json/,
    );
    expect(r.outputs['comment-url']).toBe(gh.state.commentsOn(7)[0]!.html_url);
    expect(r.outputs['html-report']).toBe(''); // no path to a file that is not there
    expect(r.outputs['status']).toBeDefined();
  }, 120_000);

  it('the action with an unwritable job summary: the comment is posted and the summary goes to the log', async () => {
    const r = await gateRun({ GITHUB_STEP_SUMMARY: join(blocker, 'summary.md') });
    const all = r.stdout + r.stderr;
    expect(all).not.toContain('internal error');
    expect(r.stdout).toMatch(/::warning::evalgate: could not write the job summary \(.+\); it follows in the log/);
    expect(r.stdout).toContain('evalgate'); // the summary's text, logged
    expect(gh.state.commentsOn(7)).toHaveLength(1);
    expect(r.code, all).toBe(0); // the comment and the log carry it: the verdict decides
  }, 120_000);
});
