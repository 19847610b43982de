// The drift monitor end to end: `evalgate drift` (in-process, real config loader, engine, openai SDK and
// Octokit) against the loopback fake model and fake GitHub, history on the data branch. Simulates
// nights by running the check repeatedly while the fake model's behaviour changes.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Bottleneck from 'bottleneck';
import { createDriftCommand } from '../../src/cli/commands/drift.js';
import { createOctokit } from '../../src/adapters/github/octokit.js';
import type { CliIO } from '../../src/cli/io.js';
import { parseHistory } from '../../src/core/drift/history.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CASES = 40;
const world = { failing: 0, served: 'gpt-4o-mini-2024-07-18', fingerprint: 'fp_44709d6fcb' };

let dir: string;
let model: FakeModel;
let gh: FakeGitHub;

function io(out: string[], err: string[]): CliIO {
  return {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {
      OPENAI_API_KEY: 'sk-test-drift',
      OPENAI_BASE_URL: model.url,
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
    },
    cwd: dir,
    isTTY: false,
  };
}

// The real Octokit (retry + throttling plugins) minus GitHub's 1 s / 3 s spacing of (notifying) writes.
const driftCommand = createDriftCommand({
  createOctokit: (o) =>
    createOctokit({
      ...o,
      retryUnitMs: 1,
      throttle: {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      } as never,
    }),
});

async function drift(...extra: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await driftCommand(
    [
      '--config',
      'evalgate.yml',
      '--repo',
      'octo/repo',
      '--store',
      'branch',
      '--run-url',
      'https://github.test/octo/repo/actions/runs/7',
      ...extra,
    ],
    io(out, err),
  );
  return { code, out: out.join(''), err: err.join('') };
}

const driftIssues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));
const openIssues = () => driftIssues().filter((i) => i.state === 'open');
const commentsOn = (n: number) => gh.state.comments.filter((c) => c.issue_number === n);
const history = () => parseHistory(gh.state.tree('evalgate-data')!.get('history/greeting.json')!.content, 'branch');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-drift-e2e-'));
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      // A "quality drop": the first `failing` cases stop greeting.
      const content = n >= 0 && n < world.failing ? `Goodbye, case ${n}.` : `Hello there, case ${n}!`;
      return {
        content,
        model: world.served,
        systemFingerprint: world.fingerprint,
        usage: { prompt_tokens: 12, completion_tokens: 6 },
      };
    },
  });
  gh = await startFakeGitHub();
  await mkdir(join(dir, 'prompts'));
  await writeFile(join(dir, 'prompts', 'greeting.txt'), 'Greet case {{n}} warmly.');
  const cases = Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxTokens: 50 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 1, concurrency: 8 }
drift: { recoverAfter: 2 }
suites:
  - name: greeting
    prompt: prompts/greeting.txt
    assert:
      - type: icontains
        value: hello
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

describe('drift monitor simulation', () => {
  it('30 quiet nights: no issue, live requests every night, 30 history entries on the data branch', async () => {
    for (let night = 0; night < 30; night++) {
      const r = await drift();
      expect(r.code, r.err).toBe(0);
    }
    expect(driftIssues()).toHaveLength(0);
    expect(model.chatRequests()).toHaveLength((30 + 3 * 4) * CASES); // the cache is never read; collecting nights make 4 re-runs
    const h = history();
    expect(h.entries).toHaveLength(30);
    expect(h.entries.slice(0, 3).map((e) => e.status)).toEqual(['baseline', 'baseline', 'baseline']);
    expect(h.entries.slice(3).every((e) => e.status === 'healthy')).toBe(true);
    expect(h.entries.at(-1)!.evidence).toMatchObject({ drop: 0, runs: 1, baselineRuns: 30 });
    expect(gh.state.tree('evalgate-data')!.get('dashboard/index.html')!.content).toContain('data-suite="greeting"');
  }, 180_000);

  it('a 10-point quality drop opens exactly one issue within two runs, confirmed by re-runs', async () => {
    world.failing = 4;
    const before = model.chatRequests().length;
    const first = await drift();
    expect(first.code, first.err).toBe(1);
    expect(model.chatRequests().length - before).toBe(5 * CASES); // the check + its four confirmation re-runs
    const second = await drift();
    expect(second.code).toBe(1);
    expect(driftIssues()).toHaveLength(1);
    const issue = driftIssues()[0]!;
    expect(issue.title).toBe('evalgate drift: greeting');
    expect(issue.body).toContain('<!-- evalgate:drift suite=greeting -->');
    expect(issue.body).toContain('| Mean score | 1.000 | 0.900 |');
    expect(issue.body).toContain('xychart-beta');
    expect(issue.body).toContain('Goodbye, case 0.');
    expect(issue.body).toContain('https://github.test/octo/repo/actions/runs/7');
    expect(issue.user.login).toBe('github-actions[bot]');
  }, 60_000);

  it('persistence comments on the same issue, once per run', async () => {
    const issue = openIssues()[0]!;
    const before = commentsOn(issue.number).length;
    await drift();
    expect(commentsOn(issue.number).length).toBe(before + 1);
    expect(commentsOn(issue.number).at(-1)!.body).toContain('Still drifting');
    expect(driftIssues()).toHaveLength(1);
  }, 60_000);

  it('recovery closes it after two healthy runs', async () => {
    world.failing = 0;
    const issue = openIssues()[0]!;
    expect((await drift()).code).toBe(0);
    expect(issue.state).toBe('open');
    expect((await drift()).code).toBe(0);
    expect(issue.state).toBe('closed');
    expect(commentsOn(issue.number).at(-1)!.body).toContain('Recovered');
  }, 60_000);

  it('a model id change without a quality change opens nothing but shows in the history', async () => {
    world.served = 'gpt-4o-mini-2025-06-01';
    world.fingerprint = 'fp_new';
    const r = await drift();
    expect(r.code, r.err).toBe(0);
    expect(openIssues()).toHaveLength(0);
    const last = history().entries.at(-1)!;
    expect(last).toMatchObject({
      status: 'healthy',
      servedModels: ['gpt-4o-mini-2025-06-01'],
      fingerprints: ['fp_new'],
    });
    expect(gh.state.tree('evalgate-data')!.get('dashboard/index.html')!.content).toContain('class="model-change"');
  }, 60_000);

  it('two overlapping runs create one issue and both land in the history', async () => {
    world.failing = 4;
    const entriesBefore = history().entries.length;
    const [a, b] = await Promise.all([drift(), drift()]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(openIssues()).toHaveLength(1);
    expect(history().entries.length).toBe(entriesBefore + 2);
  }, 60_000);

  it('writes a Markdown summary and keeps the API key out of everything it wrote', async () => {
    const r = await drift('--markdown', 'drift.md');
    expect(r.code).toBe(1);
    const md = await readFile(join(dir, 'drift.md'), 'utf8');
    expect(md).toContain('| `greeting` | 🔴 drifted |');
    const written = [
      md,
      ...gh.state.issues.map((i) => i.body ?? ''),
      ...gh.state.comments.map((c) => c.body),
      history()
        .entries.map((e) => JSON.stringify(e))
        .join(''),
    ].join('\n');
    expect(written).not.toContain('sk-test-drift');
  }, 60_000);
});
