// Contract test 2 of issue 19: the bundled action (dist/index.js, as the runner starts it) driven by
// GitHub's REAL webhook payloads from @octokit/webhooks-examples, one run per event and action the docs
// name (docs/action.md "Event policy"), asserting what each does — gate, run, drift, skip or refuse —
// and how many model requests it sends. Only the commit shas are pointed at this test's repository (the
// examples name commits that do not exist here); every other field is GitHub's. `npm run build` first.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webhooks from '@octokit/webhooks-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const CASES = 10;
// The head prompt makes every case fail its assertion: a gate sees a regression, a run all-failing cases.
const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
drift: { branch: nightly-data }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert:
      - type: icontains
        value: hello
    cases:
${Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n')}
`;

type Payload = Record<string, any>;
const examples = (event: string): Payload[] => {
  const found = (webhooks as unknown as { name: string; examples: Payload[] }[]).find((w) => w.name === event);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} payloads`);
  return found.examples;
};
/** The first example of `event` (with `action`, and matching `pick`), deep-copied so it can be pointed at our commits. */
const example = (event: string, action?: string, pick: (p: Payload) => boolean = () => true): Payload => {
  const p = examples(event).find((x) => (action === undefined || x['action'] === action) && pick(x));
  if (!p) throw new Error(`no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(p);
};

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => ({
      content: /tersely/.test(req.lastUser) ? 'Yo.' : `Hello there, case ${/case (\d+)/.exec(req.lastUser)?.[1]}!`,
    }),
  });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-events-'));
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
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet case {{n}} tersely.');
  git(repo, 'commit', '-q', '-am', 'terse');
  headSha = git(repo, 'rev-parse', 'HEAD');
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Outcome extends ActionRun {
  /** Chat completions this run sent to the fake model. */
  modelRequests: number;
  /** Comments the fake GitHub holds after the run that it did not hold before. */
  newComments: number;
}

async function act(event: string, payload: Payload, inputs: Record<string, string> = {}): Promise<Outcome> {
  // Every run starts cold: a cached answer would hide a request the run made.
  rmSync(join(repo, '.evalgate-cache'), { recursive: true, force: true });
  const requestsBefore = model.chatRequests().length;
  const commentsBefore = gh.state.comments.length;
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
    runId: '42',
    env: { GITHUB_TOKEN: gh.token },
    inputs: {
      config: 'evalgate.yml',
      'github-token': gh.token,
      'api-key': 'sk-events-e2e',
      'base-url': model.url,
      ...inputs,
    },
    timeoutMs: 90_000,
  });
  return {
    ...r,
    modelRequests: model.chatRequests().length - requestsBefore,
    newComments: gh.state.comments.length - commentsBefore,
  };
}

/** A pull_request example pointed at this repository's base and head commits, its PR known to the fake GitHub. */
function pullRequest(action: string, pick?: (p: Payload) => boolean): Payload {
  const p = example('pull_request', action, pick);
  p['pull_request'].base.sha = baseSha;
  p['pull_request'].head.sha = headSha;
  gh.state.addPull(p['pull_request'].number, ['prompts/greet.txt'], {
    base: { sha: baseSha, ref: p['pull_request'].base.ref },
    head: { sha: headSha, ref: p['pull_request'].head.ref },
  });
  return p;
}

/**
 * A gate asks base and head every case once, then re-asks only what the sequential rules need (docs/gate-rules.md:
 * stable flips are re-asked once). Every request it sent is one the summary accounts for, and no more.
 */
const expectGateSamples = (r: Outcome): void => {
  expect(r.modelRequests).toBeGreaterThanOrEqual(2 * CASES);
  const samples = /\| greet \|[^\n]*\| \d+ \((\d+)\) \|/.exec(r.summary)?.[1];
  expect(samples, r.summary).toBeDefined();
  expect(r.modelRequests).toBe(Number(samples));
};

const expectSkipped = (r: Outcome, line: RegExp): void => {
  expect(r.code, r.stdout).toBe(0);
  expect(r.outputs['status']).toBe('skipped');
  expect(r.modelRequests).toBe(0);
  expect(r.newComments).toBe(0);
  expect(r.stdout).toMatch(line);
  // One line, not a report.
  expect(r.summary.trim().split('\n')).toHaveLength(1);
};

describe('pull_request: gated on the actions that change the code under review', () => {
  for (const action of ['opened', 'synchronize', 'reopened', 'ready_for_review']) {
    it(`${action}: base + head evaluated, the regression fails the step and is commented`, async () => {
      const r = await act('pull_request', pullRequest(action));
      expect(r.stdout).toContain('evalgate: gate mode (event pull_request)');
      expectGateSamples(r);
      expect(r.outputs['status']).toBe('regression');
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs['comment-url']).toMatch(/issuecomment|comments/);
    });
  }

  const noOps = [
    'closed',
    'assigned',
    'unassigned',
    'labeled',
    'unlabeled',
    'locked',
    'unlocked',
    'review_requested',
    'review_request_removed',
    'converted_to_draft',
  ];
  for (const action of noOps) {
    it(`${action}: one notice, no model request, exit 0`, async () => {
      expectSkipped(
        await act('pull_request', pullRequest(action)),
        new RegExp(`evalgate skipped: \`pull_request\` action \`${action}\``),
      );
    });
  }

  it('edited (not among the examples: the opened payload with action edited) is skipped too', async () => {
    const p = pullRequest('opened');
    p['action'] = 'edited';
    expectSkipped(await act('pull_request', p), /action `edited`/);
  });

  it('a draft with drafts: skip is skipped until ready for review', async () => {
    const p = pullRequest('opened');
    p['pull_request'].draft = true;
    expectSkipped(await act('pull_request', p, { drafts: 'skip' }), /the pull request is a draft/);
  });
});

describe('merge_group: gated like a PR, without a comment', () => {
  it('checks_requested: base_sha vs head_sha, the regression fails the queue check, nothing is posted', async () => {
    const p = example('merge_group', 'checks_requested');
    p['merge_group'].base_sha = baseSha;
    p['merge_group'].head_sha = headSha;
    const r = await act('merge_group', p);
    expect(r.stdout).toContain('evalgate: gate mode (event merge_group)');
    expectGateSamples(r);
    expect(r.outputs['status']).toBe('regression');
    expect(r.code, r.stdout).toBe(1);
    expect(r.newComments).toBe(0);
    expect(r.summary).toMatch(/greet/);
  });
});

describe('push', () => {
  it('a new branch: run mode evaluates the head, every suite', async () => {
    const p = example('push', undefined, (x) => x['created'] === true && String(x['ref']).startsWith('refs/heads/'));
    p['after'] = headSha;
    const r = await act('push', p);
    expect(r.stdout).toContain('evalgate: run mode (event push)');
    expect(r.modelRequests).toBe(CASES);
    // Issue 20: every case fails and gate.minScore is 0 — the run's pass rule (the CLI's) fails it.
    expect(r.outputs['status']).toBe('fail');
    expect(r.code, r.stdout).toBe(1);
    // A run summary, not a comparison.
    expect(r.summary).toMatch(/## evalgate run: FAIL \(1 of 1 suite\)/);
    expect(r.summary).toMatch(/\| greet \| ❌ fail \| 0\.000 \| 0% of 10 \|/);
    expect(r.summary).not.toMatch(/new suite|→/);
  });

  it('deleted: true: one notice, no model request', async () => {
    expectSkipped(
      await act(
        'push',
        example('push', undefined, (x) => x['deleted'] === true),
      ),
      /evalgate skipped: the push deleted refs\/tags\/simple-tag/,
    );
  });
});

describe('workflow_dispatch and workflow_run', () => {
  it('workflow_dispatch: drift mode, live runs of every suite (a baseline night: the check + confirmRuns re-runs)', async () => {
    const r = await act('workflow_dispatch', example('workflow_dispatch'));
    expect(r.stdout).toContain('evalgate: drift mode (event workflow_dispatch)');
    // docs/drift.md: a night of a baseline still collecting makes the check run and `drift.confirmRuns`
    // (default 4) re-runs, so a lucky or unlucky first night does not set the bar alone.
    expect(r.modelRequests).toBe(CASES * (1 + 4));
    expect(r.code, r.stdout).toBe(0);
  });

  it('workflow_run from another repository (a fork): refused, nothing evaluated', async () => {
    const p = example(
      'workflow_run',
      undefined,
      (x) => x['workflow_run'].head_repository.full_name !== x['repository'].full_name,
    );
    const r = await act('workflow_run', p);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['status']).toBe('skipped');
    expect(r.modelRequests).toBe(0);
    expect(r.summary).toMatch(/pwn request/);
  });

  it('pull_request_target: refused before anything is evaluated', async () => {
    const r = await act('pull_request_target', pullRequest('opened'));
    expect(r.code, r.stdout).toBe(1);
    expect(r.modelRequests).toBe(0);
    expect(r.summary).toMatch(/pwn request/);
  });
});

describe('events evalgate has no meaning for: skipped with one warning', () => {
  for (const event of ['issue_comment', 'release', 'create', 'delete', 'pull_request_review']) {
    it(event, async () => {
      const r = await act(event, example(event));
      expectSkipped(r, new RegExp(`::warning::evalgate skipped: it does not act on \`${event}\` events`));
    });
  }
});
