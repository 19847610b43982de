// Hostile and broken inputs as users meet them: the built CLI (dist/cli.js, `npm run build` first) as a
// child process against the loopback fake model. Each case is one kind of bad input (model output built
// to hang a backtracking regex or to reorder the terminal, a YAML alias bomb, a `__proto__` key, a
// truncated trace or history file) and asserts on what the user sees: exit code, one clear line, files.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve('dist/cli.js');
/** What the fake model answers, per test. */
const world = { output: 'Hello!' };
let root: string;
let model: FakeModel;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  root = await mkdtemp(join(tmpdir(), 'evalgate-hardening-'));
  model = await startFakeModel({ behavior: () => ({ content: world.output, model: 'gpt-4o-mini-2024-07-18' }) });
});

afterAll(async () => {
  await model?.close();
  await rm(root, { recursive: true, force: true });
});

let n = 0;
/** A fresh project directory with evalgate.yml (suites appended) and a prompt. */
async function project(suites: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = join(root, `p${n++}`);
  await mkdir(join(dir, 'prompts'), { recursive: true });
  await writeFile(join(dir, 'prompts', 'p.txt'), 'Say hello to {{name}}.');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1\nproviders:\n  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }\ndefaults: { provider: fast }\ngate: { minScore: 0.5 }\n${suites}`,
  );
  for (const [p, text] of Object.entries(extra)) await writeFile(join(dir, p), text);
  return dir;
}

const HELLO_SUITE = `suites:
  - name: hello
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
      - vars: { name: Ada }
      - vars: { name: Bob }
`;

function cli(cwd: string, args: string[]): Promise<NodeRun> {
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: cwd,
    OPENAI_API_KEY: 'sk-test-hardening',
    OPENAI_BASE_URL: model.url,
  };
  // A 60 s ceiling: the catastrophic-regex case ran for minutes before the fix.
  return runNode(CLI, args, { cwd, env, timeoutMs: 60_000, killSignal: 'SIGKILL' });
}

describe('hostile and broken inputs (dist/cli.js)', () => {
  it('a catastrophic regex on model output finishes at once with a verdict (linear-time engine)', async () => {
    world.output = `${'a'.repeat(40)}!`;
    const dir = await project(`suites:
  - name: re
    prompt: prompts/p.txt
    assert: [{ type: regex, value: "^(a+)+$" }]
    cases: [{ vars: { name: Ada } }]
`);
    const r = await cli(dir, ['run', '--config', 'evalgate.yml', '--no-cache']);
    expect(r.code, r.stdout + r.stderr).toBe(1); // the assertion fails; before the fix the process never returned
    expect(r.stdout).toContain('does not match /^(a+)+$/');
  }, 70_000);

  it('a regex the engine cannot run is a located config error, exit 2', async () => {
    const dir = await project(`suites:
  - name: re
    prompt: prompts/p.txt
    assert: [{ type: regex, value: "(a)\\\\1" }]
    cases: [{ vars: { name: Ada } }]
`);
    const r = await cli(dir, ['run', '--config', 'evalgate.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^evalgate run: evalgate\.yml:9:36 suites\[0\]\.assert\[0\]\.value: regex: value: bad regex: backreferences .* not supported/,
    );
  });

  it('a YAML alias bomb in the config or a case file is a located config error, exit 2', async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, k] of ['b', 'c', 'd', 'e', 'f', 'g'].entries())
      bomb.push(
        `${k}: &${k} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const inConfig = await project(`${bomb.join('\n')}\n${HELLO_SUITE}`);
    const r = await cli(inConfig, ['run', '--config', 'evalgate.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^evalgate run: evalgate\.yml:7:8: YAML aliases \(\*name\) expand to too many nodes/);
    expect(r.stderr).not.toContain('internal error');

    const inCases = await project(
      `suites:\n  - name: hello\n    prompt: prompts/p.txt\n    cases: cases.yaml\n`,
      // A list file: the bomb sits in the first item's vars.
      { 'cases.yaml': `- vars:\n    name: Ada\n    junk:\n${bomb.map((l) => `      ${l}`).join('\n')}\n` },
    );
    const c = await cli(inCases, ['run', '--config', 'evalgate.yml']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^evalgate run: cases\.yaml:\d+:\d+: YAML aliases \(\*name\) expand to too many nodes/);
  });

  it('a top-level __proto__ key is named at its own line', async () => {
    const dir = await project(`__proto__:\n  polluted: 1\n${HELLO_SUITE}`);
    const r = await cli(dir, ['run', '--config', 'evalgate.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('evalgate run: evalgate.yml:6:1 __proto__: "__proto__" is not allowed as a key');
  });

  it('never passes bidi controls or foreign escapes from model output to the terminal', async () => {
    // RIGHT-TO-LEFT OVERRIDE, LEFT-TO-RIGHT ISOLATE, and an OSC title escape, in an output that fails.
    world.output = 'Goodbye \u202Eevil\u2066 text \u001b]0;pwned\u0007 end';
    const dir = await project(HELLO_SUITE);
    const r = await cli(dir, ['run', '--config', 'evalgate.yml', '--no-cache']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('Goodbye'); // the output is shown …
    for (const bad of ['\u202E', '\u2066', '\u001b]', '\u0007']) {
      expect(r.stdout.includes(bad) || r.stderr.includes(bad), JSON.stringify(bad)).toBe(false); // … without them
    }
  });

  it('appending to a truncated trace starts a new line: every record parses', async () => {
    world.output = 'Hello!';
    const dir = await project(HELLO_SUITE);
    const first = await cli(dir, ['run', '--config', 'evalgate.yml', '--no-cache', '--trace', 'trace.jsonl']);
    expect(first.code, first.stderr).toBe(0);
    const path = join(dir, 'trace.jsonl');
    const whole = await readFile(path, 'utf8');
    await writeFile(path, whole.slice(0, whole.length - 20)); // a crash mid-record: no final newline
    const second = await cli(dir, ['run', '--config', 'evalgate.yml', '--no-cache', '--trace', 'trace.jsonl']);
    expect(second.code, second.stderr).toBe(0);
    const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    const parsed = lines.map((l) => {
      try {
        return JSON.parse(l) as { caseId: string };
      } catch {
        return undefined;
      }
    });
    expect(parsed.filter((p) => p === undefined)).toHaveLength(1); // only the truncated record
    expect(parsed[1]).toBeUndefined();
    expect(parsed.slice(2).every((p) => p !== undefined)).toBe(true);
  });

  it('a truncated history file: one line naming it, exit 2, and the file is left as it was', async () => {
    world.output = 'Hello!';
    const dir = await project(HELLO_SUITE);
    const first = await cli(dir, ['drift', '--config', 'evalgate.yml']);
    expect(first.code, first.stderr).toBe(0);
    const path = join(dir, '.evalgate-drift', 'hello.json');
    const whole = await readFile(path, 'utf8');
    const truncated = whole.slice(0, Math.floor(whole.length / 2));
    await writeFile(path, truncated);
    const r = await cli(dir, ['drift', '--config', 'evalgate.yml']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      /^evalgate drift: \.evalgate-drift\/hello\.json: history is not valid JSON \(.+\); fix or remove the file/,
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(await readFile(path, 'utf8')).toBe(truncated);
  });
});
