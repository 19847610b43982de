// What the action does with untrusted triggers, secrets the model echoes and a model outage, as the
// runner runs it: `node dist/index.js` against the loopback fake model and fake GitHub, on a temp git
// repository with a base and a head commit. (`npm run build` first: the tests run dist/.)
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const API_KEY = 'sk-trust-e2e-0123456789abcdefSECRET';
const CASES = 10;
/** ok: every answer passes; echo: head answers repeat the prompt and the key they were sent with; outage: odd cases get 503. */
const world: { mode: 'ok' | 'echo' | 'outage' } = { mode: 'ok' };

const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
drift: { branch: nightly-data }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert:
      - type: icontains
        value: hello
    cases:
${Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n}, token: "\${GITHUB_TOKEN:-none}" }`).join('\n')}
`;

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      if (world.mode === 'outage' && n % 2 === 1) return { status: 503, message: 'model is down' };
      if (world.mode === 'echo' && /tersely/.test(req.lastUser)) {
        // A model that repeats its prompt (with the token var) and the key it was called with.
        const key = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
        return {
          content: `Yo. You said: ${req.lastUser}. My key is ${key}; as base64 ${Buffer.from(`key=${key}`).toString('base64')}.`,
        };
      }
      return { content: `Hello there, case ${n}!` };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-trust-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\n.evalgate-drift/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet case {{n}} tersely, with token {{token}}.');
  git(repo, 'commit', '-q', '-am', 'terse');
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
  rmSync(join(repo, '.evalgate-cache'), { recursive: true, force: true });
  world.mode = 'ok';
});
afterEach(async () => {
  await gh.close();
});

type RunOut = ActionRun & { dir: string };

const prPayload = (fork = false) => {
  const baseRepo = { full_name: 'octo/repo' };
  return {
    number: 7,
    pull_request: {
      number: 7,
      title: 'Terse',
      base: { ref: 'main', sha: baseSha, repo: baseRepo },
      head: { ref: 'feature', sha: headSha, repo: fork ? { full_name: 'forker/repo' } : baseRepo },
    },
    repository: baseRepo,
  };
};

async function runAction(event: string, payload: unknown, inputs: Record<string, string> = {}): Promise<RunOut> {
  const dir = mkdtempSync(join(root, 'run-'));
  const r = await runActionProcess({
    dist: DIST,
    dir,
    workspace: repo,
    event,
    payload,
    sha: headSha,
    ref: 'refs/heads/feature',
    apiUrl: gh.url,
    runId: '99',
    env: { GITHUB_TOKEN: gh.token },
    inputs: {
      config: 'evalgate.yml',
      'github-token': gh.token,
      'api-key': API_KEY,
      'base-url': model.url,
      'fail-on': 'regression',
      comment: 'true',
      ...inputs,
    },
    timeoutMs: 90_000,
  });
  return { ...r, dir };
}

/** Every file under a folder, as text. */
function filesUnder(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push({ path: p, text: readFileSync(p, 'utf8') });
  }
  return out;
}

// Workflow commands escape `%` as `%25`.
const writes = () => gh.requests.filter((q) => q.method !== 'GET');

describe('action: untrusted triggers are refused in every mode', () => {
  for (const mode of ['gate', 'run', 'drift']) {
    it(`pull_request_target with mode: ${mode} evaluates nothing and writes nothing`, async () => {
      const before = model.requests.length;
      const r = await runAction('pull_request_target', prPayload(true), { mode });
      expect(r.code, r.stdout).toBe(1);
      expect(r.summary).toMatch(/pwn request/);
      expect(r.outputs['status']).toBe('skipped');
      expect(model.requests.length).toBe(before);
      expect(writes()).toEqual([]);
    });
  }

  it('workflow_run from a fork is refused (drift would write the data branch); from this repository it runs', async () => {
    const fromFork = {
      workflow_run: { event: 'pull_request', head_sha: headSha, head_repository: { full_name: 'forker/repo' } },
      repository: { full_name: 'octo/repo' },
    };
    const before = model.requests.length;
    const r = await runAction('workflow_run', fromFork, { mode: 'drift' });
    expect(r.code, r.stdout).toBe(1);
    expect(r.summary).toMatch(/workflow_run/);
    expect(model.requests.length).toBe(before);
    expect(writes()).toEqual([]);

    const own = await runAction(
      'workflow_run',
      { ...fromFork, workflow_run: { ...fromFork.workflow_run, head_repository: { full_name: 'octo/repo' } } },
      { mode: 'run' },
    );
    expect(own.code, own.stdout).toBe(0);
    expect(model.requests.length).toBeGreaterThan(before);
  });

  it('allow-pull-request-target: true lets mode: run evaluate', async () => {
    const before = model.requests.length;
    const r = await runAction('pull_request_target', prPayload(false), {
      mode: 'run',
      'allow-pull-request-target': 'true',
    });
    expect(r.code, r.stdout).toBe(0);
    expect(model.requests.length).toBeGreaterThan(before);
  });
});

describe('action: a model outage fails the step', () => {
  it('gate: half the requests fail (limit 20 %): inconclusive and a failed step that says why', async () => {
    world.mode = 'outage';
    const r = await runAction('pull_request', prPayload());
    expect(r.outputs['status']).toBe('inconclusive');
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error::evalgate: .*greet: 50%25 of head requests failed \(limit 20%25\)/);
    // fail-on: never still reports only.
    const lenient = await runAction('pull_request', prPayload(), { 'fail-on': 'never' });
    expect(lenient.code, lenient.stdout).toBe(0);
  });

  it('run (push): the same outage fails the step', async () => {
    world.mode = 'outage';
    const r = await runAction(
      'push',
      { ref: 'refs/heads/feature', repository: { full_name: 'octo/repo' } },
      { mode: 'run' },
    );
    expect(r.outputs['status']).toBe('inconclusive');
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error::evalgate: .*greet: 50%25 of head requests failed \(limit 20%25\)/);
  });

  it('drift: the same outage records an inconclusive night and fails the step', async () => {
    world.mode = 'outage';
    const r = await runAction('schedule', { schedule: '0 3 * * *', repository: { full_name: 'octo/repo' } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error::evalgate drift: .*greet: 50%25 of requests failed \(limit 20%25\)/);
    expect(r.outputs['status']).toBe('inconclusive');
  });
});

describe('action: secrets the model echoes never leave the process', () => {
  it('gate: the key and the GitHub token are scrubbed from the comment, summary, outputs, JSON files, trace and cache', async () => {
    world.mode = 'echo';
    const r = await runAction('pull_request', prPayload());
    expect(r.code, r.stdout).toBe(1); // the echoing head really regresses
    const comment = gh.state
      .commentsOn(7)
      .map((c) => c.body)
      .join('\n');
    expect(comment).toMatch(/REGRESSION/);
    expect(comment).toContain('Yo. You said:'); // the outputs are there, scrubbed
    expect(comment).toMatch(/\[secret: [\w.-]+\]/);
    const base64Key = Buffer.from(`key=${API_KEY}`).toString('base64');
    const places: Record<string, string> = {
      comment,
      summary: r.summary,
      outputs: JSON.stringify(r.outputs),
      log: (r.stdout + r.stderr)
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      githubWrites: JSON.stringify(writes().map((q) => q.body)),
      ...Object.fromEntries(filesUnder(r.dir).map((f) => [f.path, f.text])),
      ...Object.fromEntries(filesUnder(join(repo, '.evalgate-cache')).map((f) => [f.path, f.text])),
    };
    expect(Object.keys(places).some((p) => p.endsWith('head-results.json'))).toBe(true);
    expect(Object.keys(places).some((p) => p.endsWith('trace.jsonl'))).toBe(true);
    for (const [where, text] of Object.entries(places)) {
      expect(text.includes(API_KEY), `API key in ${where}`).toBe(false);
      expect(text.includes(gh.token), `GitHub token in ${where}`).toBe(false);
      expect(text.includes(base64Key.slice(4, -4)), `base64 key in ${where}`).toBe(false);
    }
  });

  it('drift: the history on the data branch, the issue and the dashboard hold no secret', async () => {
    const night = () => runAction('schedule', { schedule: '0 3 * * *', repository: { full_name: 'octo/repo' } });
    // The head prompt (checked out) asks "tersely": echo mode answers every case with the key.
    world.mode = 'ok';
    // Three quiet nights collect the baseline (the monitor judges from the 4th run on).
    for (let i = 0; i < 3; i++) expect((await night()).code).toBe(0);
    world.mode = 'echo';
    const r = await night();
    expect(r.outputs['status']).toBe('drifted');
    const issue = gh.state.issues.find((i) => i.title === 'evalgate drift: greet');
    expect(issue?.body).toContain('Yo. You said:');
    const stored = [...(gh.state.tree('nightly-data')?.values() ?? [])].map((b) => b.content).join('\n');
    expect(stored).toContain('Yo. You said:');
    for (const [where, text] of Object.entries({
      issue: issue?.body ?? '',
      stored,
      summary: r.summary,
      writes: JSON.stringify(writes().map((q) => q.body)),
    })) {
      expect(text.includes(API_KEY), `API key in ${where}`).toBe(false);
      expect(text.includes(gh.token), `GitHub token in ${where}`).toBe(false);
    }
  }, 180_000);
});
