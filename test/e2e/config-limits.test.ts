// Config inputs that are too big, too deep or outside the repository (issue 24), through the built CLI
// (dist/cli.js, `npm run build` first) against the loopback fake model. Each must be a located config
// error (exit 2) at once, without the contents of a file outside the repository reaching any output.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve('dist/cli.js');
const MiB = 1024 * 1024;
/** Text of a file outside the repository: it must never appear in any output. */
const OUTSIDE_TEXT = 'outside-the-repo-7f3a9c';
let root: string;
let model: FakeModel;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  root = await mkdtemp(join(tmpdir(), 'evalgate-limits-'));
  await writeFile(join(root, 'outside.txt'), `Say ${OUTSIDE_TEXT} to {{name}}.`);
  await writeFile(join(root, 'outside.yaml'), `- vars: { name: ${OUTSIDE_TEXT} }\n`);
  model = await startFakeModel({ behavior: () => ({ content: 'Hello!', model: 'gpt-4o-mini-2024-07-18' }) });
});

afterAll(async () => {
  await model?.close();
  await rm(root, { recursive: true, force: true });
});

let n = 0;
/** A git repository with evalgate.yml (one suite, `suite` indented below it) and a prompt. */
async function project(suite: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = join(root, `p${n++}`);
  await mkdir(join(dir, 'prompts'), { recursive: true });
  git(dir, 'init', '-q');
  await writeFile(join(dir, 'prompts', 'p.txt'), 'Say hello to {{name}}.');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1\nproviders:\n  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }\ndefaults: { provider: fast }\nsuites:\n  - name: s\n    assert: [{ type: icontains, value: hello }]\n${suite}`,
  );
  for (const [p, text] of Object.entries(extra)) await writeFile(join(dir, p), text);
  return dir;
}

function cli(
  cwd: string,
  args: string[] = ['run', '--config', 'evalgate.yml', '--no-cache', '--out', 'out'],
): Promise<NodeRun> {
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: cwd,
    OPENAI_API_KEY: 'sk-test-limits',
    OPENAI_BASE_URL: model.url,
  };
  // Before the limits a 200 MB file ran V8 out of memory after a minute: the ceiling keeps that visible.
  return runNode(CLI, args, { cwd, env, timeoutMs: 90_000, killSignal: 'SIGKILL' });
}

/** Every file the run wrote, concatenated (results, report, trace). */
async function written(dir: string): Promise<string> {
  const out = join(dir, 'out');
  if (!existsSync(out)) return '';
  const names = await readdir(out, { recursive: true });
  const texts = await Promise.all(names.map((f) => readFile(join(out, String(f)), 'utf8').catch(() => '')));
  return texts.join('\n');
}

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('size and depth limits (dist/cli.js)', () => {
  it('a 200 MB YAML case file is refused before it is read: located, exit 2', async () => {
    const dir = await project('    prompt: prompts/p.txt\n    cases: cases.yaml\n');
    await writeFile(join(dir, 'cases.yaml'), '- vars: { name: Ada }\n');
    await truncate(join(dir, 'cases.yaml'), 200 * MiB); // sparse: the test stays fast
    const r = await cli(dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(
      'evalgate run: evalgate.yml:9:12 suites[0].cases: case file "cases.yaml" is 200 MiB, over the 10 MiB limit for a YAML, JSON or prompt file; big case sets belong in a .jsonl file',
    );
  }, 100_000);

  it('a 200 MB config (a huge var in it) is refused: the config named, exit 2', async () => {
    const dir = await project('    prompt: prompts/p.txt\n    cases: [{ vars: { name: Ada } }]\n');
    await truncate(join(dir, 'evalgate.yml'), 200 * MiB);
    const r = await cli(dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toMatch(/^evalgate run: evalgate\.yml: config file is 200 MiB, over the 10 MiB limit/);
  }, 100_000);

  it('vars nested 10,000 deep and a JSON Schema nested 10,000 deep are located config errors, exit 2', async () => {
    const vars = await project(
      `    prompt: prompts/p.txt\n    cases:\n      - vars: { name: Ada, deep: ${nested(10_000)} }\n`,
    );
    const v = await cli(vars);
    expect(v.code, v.stderr).toBe(2);
    expect(v.stderr.trim()).toMatch(
      /^evalgate run: evalgate\.yml:10:\d+: the value here nests deeper than 100 levels$/,
    );

    const inJsonl = await project('    prompt: prompts/p.txt\n    cases: cases.jsonl\n', {
      'cases.jsonl': `{"vars":{"name":"Ada"}}\n{"vars":{"name":"Bob","deep":${nested(10_000)}}}\n`,
    });
    const j = await cli(inJsonl);
    expect(j.code, j.stderr).toBe(2);
    expect(j.stderr.trim()).toBe(
      'evalgate run: cases.jsonl:2:1 vars.deep[0]: the value below nests deeper than 100 levels',
    );

    const schema = await project(
      '    prompt: prompts/p.txt\n    cases: [{ vars: { name: Ada }, assert: [{ type: json-schema, value: schema.json }] }]\n',
      {
        'schema.json': `{"type":"object","properties":{"a":${'{"type":"array","items":'.repeat(10_000)}{}${'}'.repeat(10_000)}}}`,
      },
    );
    const s = await cli(schema);
    expect(s.code, s.stderr).toBe(2);
    expect(s.stderr.trim()).toMatch(/^evalgate run: schema\.json:1:\d+: the value here nests deeper than 100 levels$/);
  }, 100_000);

  it('the same big data as JSONL keeps working', async () => {
    const blob = 'x'.repeat(11 * MiB); // over the YAML limit, unused by the prompt
    const dir = await project('    prompt: prompts/p.txt\n    cases: cases.jsonl\n', {
      'cases.jsonl': `${JSON.stringify({ vars: { name: 'Ada', blob } })}\n`,
    });
    const r = await cli(dir, ['run', '--config', 'evalgate.yml', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    await writeFile(join(dir, 'cases.yaml'), `- vars: { name: Ada, blob: ${blob} }\n`);
    const y = await cli(
      await project('    prompt: prompts/p.txt\n    cases: cases.yaml\n', {
        'cases.yaml': `- vars: { name: Ada, blob: ${blob} }\n`,
      }),
    );
    expect(y.code, y.stderr).toBe(2);
    expect(y.stderr).toContain('case file "cases.yaml" is 11.0 MiB, over the 10 MiB limit');
  }, 100_000);
});

describe('paths stay inside the repository (dist/cli.js)', () => {
  it('`..`, an absolute path, a symlink out and .git/ are located config errors; nothing outside is read', async () => {
    const dir = await project(
      [
        '    prompt: ../outside.txt',
        `    cases: ${join(root, 'outside.yaml')}`,
        '  - name: linked',
        '    prompt: prompts/link.txt',
        '    cases: [{ vars: { name: Ada } }]',
        '  - name: git',
        '    prompt: prompts/p.txt',
        '    cases: [{ vars: { name: Ada }, assert: [{ type: json-schema, value: .git/config }] }]',
        '',
      ].join('\n'),
    );
    await symlink(join(root, 'outside.txt'), join(dir, 'prompts', 'link.txt'));
    const r = await cli(dir);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /^evalgate run: evalgate\.yml:8:13 suites\[0\]\.prompt: prompt file "\.\.\/outside\.txt" is outside the repository/,
    );
    expect(lines[1]).toMatch(
      /^evalgate\.yml:9:12 suites\[0\]\.cases: case file ".*outside\.yaml" is outside the repository/,
    );
    expect(lines[2]).toMatch(
      /^evalgate\.yml:11:13 suites\[1\]\.prompt: prompt file "prompts\/link\.txt" is outside the repository \(prompts\/link\.txt resolves to a path outside /,
    );
    expect(lines[3]).toMatch(
      /^evalgate\.yml:15:\d+ suites\[2\]\.cases\[0\]\.assert\[0\]\.value: schema file "\.git\/config" is inside \.git\/, which the config may not read$/,
    );
    expect(r.stdout + r.stderr + (await written(dir))).not.toContain(OUTSIDE_TEXT);
  }, 100_000);

  it("without git the repository is the config's folder; a symlink inside it still works", async () => {
    const dir = join(root, 'plain');
    await mkdir(join(dir, 'prompts'), { recursive: true });
    await writeFile(join(dir, 'prompts', 'p.txt'), 'Say hello to {{name}}.');
    await symlink(join(dir, 'prompts', 'p.txt'), join(dir, 'prompts', 'same.txt'));
    const config = (prompt: string) =>
      `version: 1\nproviders:\n  fast: { type: openai, model: gpt-4o-mini }\ndefaults: { provider: fast }\nsuites:\n  - name: s\n    prompt: ${prompt}\n    assert: [{ type: icontains, value: hello }]\n    cases: [{ vars: { name: Ada } }]\n`;
    await writeFile(join(dir, 'evalgate.yml'), config('prompts/same.txt'));
    expect((await cli(dir)).code).toBe(0);
    await writeFile(join(dir, 'evalgate.yml'), config('../outside.txt'));
    const r = await cli(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('prompt file "../outside.txt" is outside the repository');
  }, 100_000);
});
