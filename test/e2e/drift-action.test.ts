// The action's `mode: drift` as the runner runs it on the nightly workflow: `node dist/index.js` (of this
// checkout; CI builds before the tests) with a `schedule` event payload, INPUT_* variables,
// GITHUB_API_URL → the loopback fake GitHub, the model → the loopback fake model, and the GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files. History goes to the data branch through the contents API, the alarm is an
// issue; the step itself fails only when reporting fails.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runActionProcess, type ActionRun } from '../support/processes.js';

const DIST = resolve(__dirname, '../../dist/index.js');
const API_KEY = 'sk-drift-action-secret-0123456789';
const SHA = 'c0ffee0000000000000000000000000000000001';
const CASES = 10;
const world = { failing: 0, served: 'gpt-4o-mini-2024-07-18', fingerprint: 'fp_1' };

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
/** stdout + stderr of every run in this file, and the files each run wrote, for the secret check. */
const printed: string[] = [];
const runDirs: string[] = [];
let repo: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/case (\d+)/.exec(req.lastUser)?.[1] ?? -1);
      const content =
        n >= 0 && n < world.failing ? `Go away, case ${n}. @octocat <img src=x>` : `Hello there, case ${n}!`;
      return {
        content,
        model: world.served,
        systemFingerprint: world.fingerprint,
        usage: { prompt_tokens: 12, completion_tokens: 6 },
      };
    },
  });
  gh = await startFakeGitHub();
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-drift-action-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  writeFileSync(join(repo, 'prompts', 'greet.txt'), 'Greet case {{n}} warmly.');
  const cases = Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n');
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
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
${cases}
`,
  );
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

type RunOut = ActionRun;

/** GITHUB_OUTPUT in @actions/core's heredoc format: name<<DELIM\nvalue\nDELIM. */

async function runAction(
  opts: { event?: string; token?: string; inputs?: Record<string, string> } = {},
): Promise<RunOut> {
  const dir = mkdtempSync(join(root, 'run-'));
  const r = await runActionProcess({
    dist: DIST,
    dir,
    workspace: repo,
    event: opts.event ?? 'schedule',
    payload:
      opts.event === 'workflow_dispatch'
        ? { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'octo/repo' } }
        : { schedule: '17 3 * * *', repository: { full_name: 'octo/repo' } },
    sha: SHA,
    ref: 'refs/heads/main',
    apiUrl: gh.url,
    runId: '777',
    inputs: {
      config: 'evalgate.yml',
      'github-token': opts.token ?? gh.token,
      'api-key': API_KEY,
      'base-url': model.url,
      ...opts.inputs,
    },
    timeoutMs: 90_000,
  });
  printed.push(r.stdout, r.stderr);
  runDirs.push(dir);
  return r;
}

/** Every file under `dir`, recursively. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const HISTORY = 'history/greet.json';
const history = () => parseHistory(gh.state.tree('nightly-data')!.get(HISTORY)!.content, 'branch');
const driftIssues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));
const contentWrites = (path: string) =>
  gh.requests.filter(
    (q) => q.method === 'PUT' && decodeURIComponent(q.path) === `/repos/octo/repo/contents/${path}` && q.status < 300,
  );

/** The Markdown left once fenced code blocks and code spans are removed: what GitHub renders as prose/HTML. */
function outsideCode(md: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
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

describe('action: mode drift on schedule (dist/index.js)', () => {
  it('first night: records the baseline on the data branch through the contents API, no issue, exit 0', async () => {
    const r = await runAction();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('evalgate: drift mode (event schedule)');
    expect(r.outputs['status']).toBe('ok');
    expect(r.outputs['drifted']).toBe('');
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.outcomes.map((o: { suite: string; status: string }) => [o.suite, o.status])).toEqual([
      ['greet', 'baseline'],
    ]);
    // The check run as `evalgate run` reports it: JUnit XML and the HTML report.
    expect(readFileSync(r.outputs['junit']!, 'utf8')).toMatch(/<testsuite [^>]*name="greet"[^>]*tests="10"/);
    expect(readFileSync(r.outputs['html-report']!, 'utf8')).toContain('evalgate drift check');

    // The data branch was created from the default branch and written via PUT /contents (history + dashboard).
    expect(
      gh.requests.some(
        (q) =>
          q.method === 'POST' &&
          q.path === '/repos/octo/repo/git/refs' &&
          (q.body as { ref: string }).ref === 'refs/heads/nightly-data',
      ),
    ).toBe(true);
    expect(contentWrites(HISTORY)).toHaveLength(1);
    expect((contentWrites(HISTORY)[0]!.body as { branch: string }).branch).toBe('nightly-data');
    expect(contentWrites('dashboard/index.html')).toHaveLength(1);
    const h = history();
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]).toMatchObject({
      status: 'baseline',
      commit: SHA,
      suite: 'greet',
      servedModels: ['gpt-4o-mini-2024-07-18'],
      fingerprints: ['fp_1'],
    });
    expect(h.entries[0]!.aggregates.meanScore).toBe(1);
    expect(gh.state.tree('nightly-data')!.get('dashboard/index.html')!.content).toContain('data-suite="greet"');
    expect(gh.state.tree('main')!.has(HISTORY)).toBe(false); // never written to the default branch

    expect(driftIssues()).toHaveLength(0);
    expect(r.summary).toContain('## evalgate drift check');
    expect(r.summary).toContain('| `greet` | baseline |');
  }, 120_000);

  it('nights two and three complete the 3-run baseline; a model change on night four is an event, not an alarm', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await runAction();
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.summary).toContain('| `greet` | baseline |');
    }
    world.served = 'gpt-4o-mini-2025-03-03';
    world.fingerprint = 'fp_2';
    const r = await runAction();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['status']).toBe('ok');
    expect(r.stdout).toMatch(
      /greet healthy 1\.000 \(base 1\.000\) \[model changed: gpt-4o-mini-2024-07-18 \(fp_1\) → gpt-4o-mini-2025-03-03 \(fp_2\)\]/,
    );
    expect(r.summary).toContain('| `greet` | healthy |');
    expect(r.summary).toContain('gpt-4o-mini-2025-03-03 🔄 model changed');
    expect(r.summary).toContain(
      '- 🔄 `greet`: model changed: gpt-4o-mini-2024-07-18 (fp_1) → gpt-4o-mini-2025-03-03 (fp_2). An event, not drift by itself',
    );
    expect(history().entries.at(-1)).toMatchObject({
      status: 'healthy',
      modelChange: { kind: 'model', to: { servedModels: ['gpt-4o-mini-2025-03-03'], fingerprints: ['fp_2'] } },
    });
    expect(gh.state.tree('nightly-data')!.get('dashboard/index.html')!.content).toContain('class="model-change"');
    expect(driftIssues()).toHaveLength(0);
  }, 240_000);

  it('a quality drop: confirmed by re-runs judged together, one issue with failing outputs and reasons and the run link; the step still passes (the issue is the alarm)', async () => {
    world.failing = 5;
    const before = model.chatRequests().length;
    const r = await runAction();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(model.chatRequests().length - before).toBe(5 * CASES); // the check + four confirmation re-runs
    expect(r.outputs['status']).toBe('drifted');
    expect(r.outputs['drifted']).toBe('greet');

    const issues = driftIssues();
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue).toMatchObject({
      title: 'evalgate drift: greet',
      state: 'open',
      user: { login: 'github-actions[bot]' },
    });
    expect(issue.body).toContain('<!-- evalgate:drift suite=greet -->');
    expect(issue.body).toContain('| Mean score | 1.000 | 0.500 |');
    expect(issue.body).toContain('[run drift-');
    expect(issue.body).toContain('](https://github.test/octo/repo/actions/runs/777)');
    expect(issue.body).toContain('confirmed by 4 re-runs');
    // What the night cost: the check run and its four re-runs, at the fake's token counts.
    expect(issue.body).toMatch(/This check cost \$0\.\d+\./);
    expect(issue.body).toContain('p &lt; 0.0001'); // renders as "p < 0.0001", never "p = 0"
    expect(issue.body).not.toMatch(/p = 0(?![.\d])/);
    if (process.env['EVALGATE_KEEP_ISSUE']) writeFileSync(process.env['EVALGATE_KEEP_ISSUE'], issue.body!);
    // A flipped case: k of n failing samples, the failing assertion's reason, the failing output (in a code block).
    expect(issue.body).toContain('<code>c0</code>: score 1.00 → 0.00, 1 of 1 samples failed tonight');
    expect(issue.body).toContain('Failing assertions:');
    expect(issue.body).toMatch(/- icontains: output does not contain "hello"/);
    expect(issue.body).toContain('Failing output:');
    expect(issue.body).toContain('Go away, case 0.');
    expect(outsideCode(issue.body!)).not.toMatch(/<img|@octocat/);

    const h = history();
    expect(h.entries.map((e) => e.status)).toEqual(['baseline', 'baseline', 'baseline', 'healthy', 'drifted']);
    // The baseline: 3 collecting nights of 1 + 4 runs; night four waits for a healthy next night to join.
    expect(h.entries.at(-1)!.evidence).toMatchObject({ runs: 5, baselineRuns: 15 });
    // The served model changed since the baseline: named first, with the fix; advice that works in the action.
    const changed = issue.body!.slice(issue.body!.indexOf('### What changed'));
    expect(changed.split('\n')[2]).toContain('**Likely cause: the served model changed**');
    expect(changed).toContain('pin the model snapshot');
    expect(changed).toContain('`gpt-4o-mini-2024-07-18`');
    expect(issue.body).toContain('`pin-baseline: true`');
    expect(issue.body).not.toContain('evalgate drift --pin');
    expect(h.state.drifting).toBe(true);
    expect(contentWrites(HISTORY)).toHaveLength(5);
    expect(r.summary).toContain('🔴 drifted');
    expect(r.summary).toContain(`[#${issue.number}](${issue.html_url})`);
  }, 120_000);

  it('workflow_dispatch with a read-only token: the check runs, reporting fails, so the step fails and says why', async () => {
    gh.addToken('ghs_readonly', { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true });
    const entries = history().entries.length;
    const r = await runAction({ event: 'workflow_dispatch', token: 'ghs_readonly' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('evalgate: drift mode (event workflow_dispatch)');
    // No night reached the history, so the dashboard (unchanged) is not rewritten; the night is kept instead.
    expect(r.stdout).not.toMatch(/could not write the dashboard/);
    expect(r.stdout).toMatch(/::error::.*the night's results are kept in .*drift-unrecorded\.json \(1 entry\)/);
    // Both failures are named: the history write and the issue comment.
    expect(r.stdout).toMatch(
      /::error::evalgate drift: greet: could not write the history \(branch nightly-data of octo\/repo\): .*; could not comment the drift issue: /,
    );
    expect(r.stdout).toMatch(/greet DRIFTED 0\.500 \(base 1\.000\) comment of the issue #1 failed \[error: /);
    expect(r.outputs['status']).toBe('drifted'); // the figures are still reported
    expect(history().entries).toHaveLength(entries); // nothing was written
    expect(driftIssues()).toHaveLength(1);
  }, 120_000);

  it('never prints or stores the API key', () => {
    expect(printed.length).toBeGreaterThan(0);
    // The runner masks what `::add-mask::` announces; that line is the only one allowed to hold the key.
    const masked = printed
      .join('\n')
      .split('\n')
      .filter((l) => l.includes(API_KEY));
    expect(masked.filter((l) => l !== `::add-mask::${API_KEY}`)).toEqual([]);
    expect(masked.length).toBeGreaterThan(0); // it was masked
    const written = [
      ...gh.state.issues.map((i) => i.body ?? ''),
      ...gh.state.comments.map((c) => c.body),
      gh.state.tree('nightly-data')!.get(HISTORY)!.content,
    ].join('\n');
    expect(written).not.toContain(API_KEY);
    const uploads = gh.requests.map((q) => JSON.stringify(q.body ?? '')).join('\n');
    expect(uploads).not.toContain(API_KEY);
    // Everything the runs left on disk: the drift report, the trace, outputs and the job summary.
    const files = runDirs.flatMap((d) => listFiles(d));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(API_KEY);
  });

  it('the advised pin works: workflow_dispatch with pin-baseline: true makes that run the baseline on the data branch', async () => {
    const r = await runAction({ event: 'workflow_dispatch', inputs: { 'pin-baseline': 'true' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const last = history().entries.at(-1)!;
    expect(last).toMatchObject({ pinned: true, status: 'baseline' });
    expect(last.reruns).toHaveLength(4);
  }, 120_000);

  it('a truncated history on the data branch: one error line naming the file, no stack, the file left as it was', async () => {
    const whole = gh.state.getFile(HISTORY, 'nightly-data')!;
    const truncated = whole.slice(0, Math.floor(whole.length / 2));
    gh.state.setFile(HISTORY, truncated, 'nightly-data');
    const r = await runAction();
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error::evalgate: nightly-data:history\/greet\.json: history is not valid JSON \(.+\); fix or remove the file/,
    );
    expect(r.stdout).not.toMatch(/internal error|%0A\s+at /);
    expect(gh.state.getFile(HISTORY, 'nightly-data')).toBe(truncated);
  }, 120_000);
});
