// The action's drift mode (dist/index.js) when the data branch cannot be read after the model calls: a
// revoked token (401), a 403, GitHub failing for good (502). The night's samples were paid for: the job
// summary, drift.json and a kept file (drift-unrecorded.json in the report folder, the run's artifact) hold
// them, the failure is one line, the step fails; a later night merges the kept files (`unrecorded` input)
// into the history, once, in time order.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { parseUnrecorded } from '../../src/core/drift/unrecorded.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const API_KEY = 'sk-drift-unreachable-secret-0123456789';
const HISTORY = 'history/greet.json';

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
let night = 0;
const printed: string[] = [];

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => ({ content: `Hello there, ${req.lastUser}!`, model: 'gpt-4o-mini-2024-07-18' }),
  });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-drift-unreachable-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  writeFileSync(join(repo, 'prompts', 'greet.txt'), 'Greet case {{n}} warmly.');
  const cases = Array.from({ length: 6 }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n');
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
drift: { branch: nightly-data, confirmRuns: 1 }
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
  if (root) rmSync(root, { recursive: true, force: true });
});

async function runNight(opts: { token?: string; unrecorded?: string } = {}): Promise<ActionRun & { dir: string }> {
  const dir = mkdtempSync(join(root, `night-${++night}-`));
  const r = await runActionProcess({
    dist: DIST,
    dir,
    workspace: repo,
    event: 'schedule',
    payload: { schedule: '17 3 * * *', repository: { full_name: 'octo/repo' } },
    sha: 'c0ffee0000000000000000000000000000000002',
    ref: 'refs/heads/main',
    apiUrl: gh.url,
    runId: String(900 + night),
    inputs: {
      config: 'evalgate.yml',
      'github-token': opts.token ?? gh.token,
      'api-key': API_KEY,
      'base-url': model.url,
      unrecorded: opts.unrecorded,
    },
    timeoutMs: 100_000,
  });
  printed.push(r.stdout, r.stderr);
  return { ...r, dir };
}

const history = () => parseHistory(gh.state.getFile(HISTORY, 'nightly-data')!, HISTORY);
const errorLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));
const historyPuts = () =>
  gh.requests.filter((q) => q.method === 'PUT' && decodeURIComponent(q.path).endsWith(HISTORY) && q.status < 300)
    .length;
/** The folder a workflow restores the earlier runs' kept files into (download-artifact, cache). */
const restored = () => join(root, 'restored');

/** The night's results are all there although the history was not written, and the failure is one line. */
function expectKept(
  r: ActionRun & { dir: string },
  because: RegExp,
  entries: number,
): ReturnType<typeof parseUnrecorded> {
  expect(r.code, r.stdout + r.stderr).toBe(1);
  const errors = errorLines(r);
  expect(errors, r.stdout).toHaveLength(1);
  expect(errors[0]).toMatch(because);
  expect(errors[0]).toMatch(/the night's results are kept in .*drift-unrecorded\.json/);
  expect(r.stdout).not.toMatch(/internal error|%0A\s+at /);
  expect(r.summary).toContain('## evalgate drift check');
  expect(r.summary).toContain('| `greet` | inconclusive (not recorded) |');
  const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
  expect(report.outcomes[0]).toMatchObject({ suite: 'greet', unrecorded: true });
  expect(report.outcomes[0].entry.cases).toHaveLength(6);
  expect(r.outputs['unrecorded']).toBe(join(r.dir, 'evalgate', 'drift-unrecorded.json'));
  const kept = parseUnrecorded(readFileSync(r.outputs['unrecorded']!, 'utf8'), 'kept');
  expect(kept.entries).toHaveLength(entries);
  expect(kept.entries.at(-1)!.runId).toBe(report.runId);
  expect(kept.entries.at(-1)!.cases.map((c) => c.score)).toEqual([1, 1, 1, 1, 1, 1]);
  return kept;
}

describe('drift: the history cannot be read after the model calls (dist/index.js)', () => {
  it('night 1 records the baseline', async () => {
    const r = await runNight();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['unrecorded']).toBeUndefined();
    expect(history().entries).toHaveLength(1);
  }, 120_000);

  it('401 (revoked token): results kept, one line naming the bad token, step fails', async () => {
    const r = await runNight({ token: 'ghs_revoked_token_000' });
    expectKept(
      r,
      /could not read the history \(branch nightly-data of octo\/repo\): reading history\/greet\.json on nightly-data: GitHub refused the token \(HTTP 401 Bad credentials\): it is invalid, expired or revoked/,
      1,
    );
    expect(history().entries).toHaveLength(1);
    mkdirSync(restored(), { recursive: true });
    copyFileSync(r.outputs['unrecorded']!, join(restored(), 'drift-unrecorded-2.json'));
  }, 120_000);

  it("403 on the read, with last night kept as input: both nights kept in tonight's file", async () => {
    const stop = gh.fault({ kind: 'forbidden', method: 'GET', path: `/contents/${HISTORY}`, times: Infinity });
    try {
      const r = await runNight({ unrecorded: 'restored-missing-folder' }); // a restore that found nothing is no error
      expectKept(
        r,
        /GitHub refused access \(HTTP 403 Resource not accessible by integration\): the token needs `permissions: contents: read`/,
        1,
      );
      const r2 = await runNight({ unrecorded: restored() });
      const kept = expectKept(r2, /HTTP 403/, 2);
      expect(r2.stdout).toContain('could not merge 1 kept night(s)');
      rmSync(restored(), { recursive: true });
      mkdirSync(restored());
      copyFileSync(r2.outputs['unrecorded']!, join(restored(), 'drift-unrecorded-4.json'));
      expect(kept.reasons.join(' ')).toContain('HTTP 403');
    } finally {
      stop();
    }
    expect(history().entries).toHaveLength(1);
  }, 200_000);

  it('a persistent 502: results kept after the retries, one line saying GitHub kept failing', async () => {
    const stop = gh.fault({ kind: 'server', method: 'GET', path: `/contents/${HISTORY}`, times: Infinity });
    try {
      const r = await runNight();
      expectKept(r, /GitHub kept failing \(HTTP 502 Server Error, after retries\)/, 1);
      copyFileSync(r.outputs['unrecorded']!, join(restored(), 'drift-unrecorded-5.json'));
    } finally {
      stop();
    }
  }, 120_000);

  it('a secondary rate limit asking for retry-after 900: not waited out; results kept, one line naming it', async () => {
    const stop = gh.fault({
      kind: 'secondary-rate-limit',
      method: 'GET',
      path: `/contents/${HISTORY}`,
      retryAfter: 900,
      times: Infinity,
    });
    try {
      const r = await runNight();
      expectKept(r, /GitHub's secondary rate limit did not lift \(HTTP 403, retry-after 900 s\)/, 1);
      expect(r.stdout).toMatch(/GitHub asks to wait 900 s, more than evalgate waits \(120 s per call\): giving up/);
      copyFileSync(r.outputs['unrecorded']!, join(restored(), 'drift-unrecorded-6.json'));
    } finally {
      stop();
    }
  }, 120_000);

  it('the next night merges what was kept: every night in the history once, in time order; merging again changes nothing', async () => {
    const before = history().entries;
    const r = await runNight({ unrecorded: restored() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('merged 4 kept night(s) of earlier runs into the history');
    const h = history().entries;
    expect(h).toHaveLength(before.length + 5);
    expect(h.map((e) => e.time)).toEqual([...h.map((e) => e.time)].sort());
    expect(new Set(h.map((e) => e.runId)).size).toBe(h.length);
    expect(h.slice(1, 5).map((e) => e.status)).toEqual([
      'inconclusive',
      'inconclusive',
      'inconclusive',
      'inconclusive',
    ]);

    const puts = historyPuts();
    const again = await runNight({ unrecorded: restored() });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).not.toContain('merged');
    expect(history().entries).toHaveLength(h.length + 1);
    expect(historyPuts()).toBe(puts + 1); // tonight's own write only
  }, 200_000);

  it('never prints or stores the API key', () => {
    const lines = printed
      .join('\n')
      .split('\n')
      .filter((l) => l.includes(API_KEY));
    expect(lines.filter((l) => l !== `::add-mask::${API_KEY}`)).toEqual([]);
    expect(gh.state.getFile(HISTORY, 'nightly-data')).not.toContain(API_KEY);
  });
});
