// An endpoint URL with credentials (`http://user:pass@host/v1`, e.g. a self-hosted model behind Basic
// auth): the bundled action and CLI send them as Basic auth, and the password appears in no output — not
// in the log, the job summary, the step outputs, results, report or trace (issue 24). Before, the
// password was printed in a warning and an annotation and never sent ("Bearer evalgate-no-key").
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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess, runNode } from '../support/processes.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist/index.js');
const CLI = join(ROOT, 'dist/cli.js');
const USER = 'evaluser';
const PASSWORD = 'pw-Basic-S3cret/with@odd:chars';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

let model: FakeModel;
let root: string;
let repo: string;
let sha: string;

const withCredentials = (url: string): string => url.replace('://', `://${USER}:${encodeURIComponent(PASSWORD)}@`);

/** Every file under `dir`, read as text. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [readFileSync(p, 'utf8')];
  });
}

beforeAll(async () => {
  for (const f of [DIST, CLI])
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` before the e2e tests`);
  // The endpoint answers only with the right Basic credentials, and echoes them back as the output:
  // a model that repeats its input must not get the password into any output either.
  model = await startFakeModel({
    behavior: (req) =>
      req.headers['authorization'] === BASIC
        ? { content: `Paris (auth ${String(req.headers['authorization'])}, pw ${PASSWORD})` }
        : { status: 401, message: 'basic auth required' },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-url-credentials-'));
  repo = join(root, 'repo');
  mkdirSync(repo, { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'p.txt'), 'Capital of {{country}}?');
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  m: { model: gpt-4o-mini, temperature: 0 }
suites:
  - name: capitals
    prompt: p.txt
    cases: [{ vars: { country: France } }, { vars: { country: Peru } }]
    assert: [{ type: icontains, value: paris }]
`,
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  sha = git(repo, 'rev-parse', 'HEAD');
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('base-url with credentials (dist/)', () => {
  it('action: sends them as Basic auth and prints the password nowhere', async () => {
    const dir = mkdtempSync(join(root, 'run-'));
    const before = model.chatRequests().length;
    const run = await runActionProcess({
      dist: DIST,
      dir,
      workspace: repo,
      event: 'push',
      payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository: { full_name: 'octo/repo' } },
      sha,
      ref: 'refs/heads/main',
      apiUrl: 'http://127.0.0.1:9',
      runId: '77',
      env: { HOME: root },
      inputs: { config: 'evalgate.yml', 'base-url': withCredentials(model.url), mode: 'run' },
    });
    const out = run.stdout + run.stderr;
    const sent = model.chatRequests().slice(before);
    expect(sent.length, out).toBeGreaterThan(0);
    expect(sent.every((q) => q.headers['authorization'] === BASIC)).toBe(true);
    // France passes, Peru fails the assertion: a real run, not an auth failure (exit 1 for the failing case).
    expect(out).not.toMatch(/401|basic auth required/);
    const logs = out.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    const everything = [...logs, run.summary, ...allFiles(dir)].join('\n');
    expect(everything).toContain('capitals');
    for (const leak of [PASSWORD, encodeURIComponent(PASSWORD), BASIC.slice('Basic '.length)])
      expect(everything).not.toContain(leak);
  });

  it('CLI: a provider baseUrl with credentials is used and masked in results and trace', async () => {
    const dir = mkdtempSync(join(root, 'cli-'));
    writeFileSync(join(dir, 'p.txt'), 'Capital of {{country}}?');
    writeFileSync(
      join(dir, 'evalgate.yml'),
      `version: 1
providers:
  m: { model: gpt-4o-mini, temperature: 0, baseUrl: "${withCredentials(model.url)}" }
suites:
  - name: capitals
    prompt: p.txt
    cases: [{ vars: { country: France } }]
    assert: [{ type: icontains, value: paris }]
`,
    );
    const before = model.chatRequests().length;
    const r = await runNode(CLI, ['run', '--out', 'results.json', '--trace', 'trace.jsonl', '--no-cache'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', HOME: root },
    });
    const out = r.stdout + r.stderr;
    expect(r.code, out).toBe(0);
    expect(
      model
        .chatRequests()
        .slice(before)
        .map((q) => q.headers['authorization']),
    ).toEqual([BASIC]);
    const written = [
      out,
      readFileSync(join(dir, 'results.json'), 'utf8'),
      readFileSync(join(dir, 'trace.jsonl'), 'utf8'),
    ].join('\n');
    for (const leak of [PASSWORD, encodeURIComponent(PASSWORD), BASIC.slice('Basic '.length)])
      expect(written).not.toContain(leak);
  });
});
