// GitHub's @github/local-action runs the built action as the README shows (`npx local-action . dist/index.js
// .env`): it imports the entrypoint and calls its exported run(). Offline, against the fake model, with
// inputs from a .env file. The fake model's request count shows the action ran exactly once: the
// entrypoint's own top-level run (for `node dist/index.js`) must not fire under an importer.
// `npm run build` first.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git } from '../support/processes.js';

const ACTION_DIR = resolve(__dirname, '../..');
const LOCAL_ACTION = join(ACTION_DIR, 'node_modules/.bin/local-action');
const CASES = 3;

let model: FakeModel;
let root: string;
let repo: string;

beforeAll(async () => {
  if (!existsSync(join(ACTION_DIR, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run `npm run build` before the e2e tests');
  model = await startFakeModel({
    behavior: (req) => ({ content: `Hello, case ${/case (\d+)/.exec(req.lastUser)?.[1]}!` }),
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-local-action-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0 }
defaults: { provider: fast, repeat: 1 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert:
      - type: icontains
        value: hello
    cases:
${Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n')}
`,
  );
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet case {{n}} warmly.');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'init');
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('@github/local-action', () => {
  it('runs the built action once from a .env file, offline, against the fake model', async () => {
    const summary = join(root, 'summary.md');
    const output = join(root, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const envFile = join(root, '.env');
    writeFileSync(
      envFile,
      [
        `GITHUB_WORKSPACE=${repo}`,
        `RUNNER_TEMP=${root}`,
        `GITHUB_STEP_SUMMARY=${summary}`,
        `GITHUB_OUTPUT=${output}`,
        'INPUT_MODE=run',
        'INPUT_CONFIG=evalgate.yml',
        'INPUT_API-KEY=sk-local-action-test',
        `INPUT_BASE-URL=${model.url}`,
        'INPUT_FAIL-ON=regression',
        '',
      ].join('\n'),
    );
    const before = model.chatRequests().length;
    const r = await new Promise<{ code: number; out: string }>((done) => {
      const env: Record<string, string> = {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: process.env['HOME'] ?? root,
        npm_config_offline: 'true',
        NO_COLOR: '1',
      };
      execFile(
        LOCAL_ACTION,
        ['run', ACTION_DIR, 'dist/index.js', envFile],
        { cwd: ACTION_DIR, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) =>
          done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, out: `${stdout}\n${stderr}` }),
      );
    });
    expect(r.out).toContain('evalgate: run mode');
    expect(r.code, r.out).toBe(0);
    // Once, not twice (a top-level run as well as local-action's run()) and not zero times.
    expect(model.chatRequests().length - before).toBe(CASES);
  }, 150_000);
});
