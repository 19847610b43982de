// `evalgate run` in-process: real config loader, engine, openai SDK and disk adapters against the
// loopback fake model; the exit code, the printed summary and the written files are the contract.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { parseResults } from '../../../src/core/results/parse.js';
import type { RunResult } from '../../../src/core/results/types.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { basicProject, captureIO, makeProject } from './helpers.js';

const KEY = 'sk-cli-test-key-0123456789abcdef';
let fake: FakeModel;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function project(files: Record<string, string> = basicProject()) {
  const p = await makeProject(files);
  cleanups.push(p.cleanup);
  return p.dir;
}

const env = () => ({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: KEY });
const greet = () => fake.setBehavior((r) => ({ content: `Hello ${r.lastUser.replace(/^Greet |\.$/g, '')}!` }));

async function readResults(path: string): Promise<RunResult> {
  return parseResults(await readFile(path, 'utf8'), path);
}

describe('evalgate run', () => {
  it('exits 0 when every suite meets gate.minScore and writes results, JUnit and a key-free trace', async () => {
    greet();
    const dir = await project();
    const io = captureIO(dir, env());
    const code = await runCommand(
      [
        '--out',
        'out/results.json',
        '--junit',
        'out/junit.xml',
        '--html',
        'out/report.html',
        '--trace',
        'out/trace.jsonl',
      ],
      io,
    );
    expect(io.stderrText()).toBe('');
    expect(code).toBe(0);
    expect(io.stdoutText()).toContain('greeting');
    expect(io.stdoutText()).toMatch(/✓ 1 suite meets gate.minScore 0.70/);

    const results = await readResults(join(dir, 'out/results.json'));
    expect(results.schemaVersion).toBe(2);
    expect(results.label).toBeUndefined();
    expect(results.configPath).toBe(join(dir, 'evalgate.yml'));
    expect(results.suites[0]!.aggregates.meanScore).toBe(1);
    expect(results.suites[0]!.cases.map((c) => c.samples[0]!.output)).toEqual([
      'Hello Alice!',
      'Hello Bob!',
      'Hello Carol!',
    ]);
    // Schema 2: one compact line per (single-sample) case, its answer and verdict on the line.
    const caseLines = (await readFile(join(dir, 'out/results.json'), 'utf8'))
      .split('\n')
      .filter((l) => l.trimStart().startsWith('{"id":'));
    expect(caseLines).toHaveLength(3);
    expect(caseLines[0]).toMatch(/"status":"ok","score":1,"pass":true,"output":"Hello Alice!"/);

    expect(await readFile(join(dir, 'out/junit.xml'), 'utf8')).toContain('<testsuite');
    const html = await readFile(join(dir, 'out/report.html'), 'utf8');
    expect(html.match(/<tr class="case[ "]/g)).toHaveLength(3);
    expect(html).toContain('Hello Alice!');
    const trace = await readFile(join(dir, 'out/trace.jsonl'), 'utf8');
    expect(trace.trim().split('\n')).toHaveLength(3);
    expect(trace).not.toContain(KEY);
    expect(await readFile(join(dir, 'out/results.json'), 'utf8')).not.toContain(KEY);
  });

  it('shows the projected monthly cost of a suite with traffic, and "price unknown" (never $0) without a price', async () => {
    greet();
    const files = basicProject();
    files['evalgate.yml'] = files['evalgate.yml']!.replace(
      '    prompt: prompts/greeting.txt\n',
      '    prompt: prompts/greeting.txt\n    traffic: { requestsPerMonth: 1000000 }\n',
    );
    const dir = await project(files);
    const io = captureIO(dir, env());
    expect(await runCommand(['--no-cache', '--out', 'r.json'], io)).toBe(0);
    const a = (await readResults(join(dir, 'r.json'))).suites[0]!.aggregates;
    expect(io.stdoutText()).toMatch(/Cost\/month/);
    expect(io.stdoutText()).toContain(`$${a.projectedMonthlyCostUsd!.toFixed(2)}`);

    const unpriced = await project(
      basicProject({ config: files['evalgate.yml']!.replace('model: gpt-4o-mini', 'model: house-model') }),
    );
    const io2 = captureIO(unpriced, env());
    expect(await runCommand(['--no-cache'], io2)).toBe(0);
    expect(io2.stdoutText()).toMatch(/greeting .*price unknown +price unknown +price unknown/);
    expect(io2.stdoutText()).toContain('cost unknown (no price for house-model; add it under pricing:)');
    expect(io2.stdoutText()).not.toMatch(/\$0[.\d]*/);
  });

  it('exits 1 when a suite is below gate.minScore and says which and why', async () => {
    fake.setBehavior(() => ({ content: 'Good day.' }));
    const dir = await project();
    const io = captureIO(dir, env());
    expect(await runCommand(['--no-cache'], io)).toBe(1);
    expect(io.stdoutText()).toContain('✗ greeting: score 0.00 < gate.minScore 0.70');
    expect(io.stdoutText()).toContain('1 of 1 suite does not meet gate.minScore');
    expect(io.stdoutText()).toContain(
      'greeting/alice (1/1 samples failed) — icontains: output does not contain "hello"',
    );
  });

  it('reports failed requests as errors apart from failures, never as a score of 0; an outage exits 4', async () => {
    fake.setBehavior(() => ({ status: 503, message: 'overloaded' }));
    const dir = await project();
    const io = captureIO(dir, env());
    const code = await runCommand(['--no-cache', '--out', 'r.json'], io);
    expect(code).toBe(4);
    const out = io.stdoutText();
    expect(out).toContain('✗ greeting: 100% of requests failed (limit 20%): too many errors to judge');
    expect(out).toMatch(/errors: 3 of 3 samples got no answer/);
    expect(out).toMatch(/server ×3 — first: greeting\/\w+#0: 503 overloaded/);
    const r = await readResults(join(dir, 'r.json'));
    const samples = r.suites[0]!.cases.flatMap((c) => c.samples);
    expect(samples.every((s) => s.status === 'error' && s.score === undefined)).toBe(true);
    expect(r.suites[0]!.aggregates.meanScore).toBeNull();
  });

  it('stops sending at --max-cost and marks the rest skipped', async () => {
    greet();
    const dir = await project();
    const io = captureIO(dir, env());
    const before = fake.chatRequests().length;
    await runCommand(['--no-cache', '--max-cost', '0.0000001', '--out', 'r.json'], io);
    const sent = fake.chatRequests().length - before;
    const r = await readResults(join(dir, 'r.json'));
    expect(r.costCapHit).toBe(true);
    const a = r.suites[0]!.aggregates;
    expect(a.skipped).toBeGreaterThan(0);
    expect(sent).toBe(3 - a.skipped);
    expect(io.stdoutText()).toMatch(/cost cap reached/i);
  });

  it('answers a repeated run from the cache next to the config; --no-cache bypasses it', async () => {
    greet();
    const dir = await project();
    const count = () => fake.chatRequests().length;
    let before = count();
    expect(await runCommand([], captureIO(dir, env()))).toBe(0);
    expect(count() - before).toBe(3);
    expect(existsSync(join(dir, '.evalgate-cache'))).toBe(true);

    before = count();
    const io = captureIO(dir, env());
    expect(await runCommand(['--out', 'r.json'], io)).toBe(0);
    expect(count() - before).toBe(0);
    expect((await readResults(join(dir, 'r.json'))).suites[0]!.aggregates.cacheHits).toBe(3);
    // The table keeps the answers' price (comparable runs) and says nothing was spent.
    expect(io.stdoutText()).toMatch(/cost \$0\.00000\d+, 3 of 3 answers from the cache \(spent this run: \$0\.00\)/);

    before = count();
    expect(await runCommand(['--no-cache'], captureIO(dir, env()))).toBe(0);
    expect(count() - before).toBe(3);
  });

  it('records with --record and replays offline with --replay; an unrecorded request is a replay-miss error', async () => {
    greet();
    const files = basicProject();
    files['evalgate.yml'] = `${files['evalgate.yml']!.replace('suites:', 'recordings: recs\nsuites:')}`;
    const dir = await project(files);
    expect(await runCommand(['--record'], captureIO(dir, env()))).toBe(0);
    expect(existsSync(join(dir, 'recs'))).toBe(true);
    const recorded = await readdir(join(dir, 'recs'), { recursive: true, withFileTypes: true });
    const texts = await Promise.all(
      recorded.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')),
    );
    expect(texts).toHaveLength(3);
    for (const t of texts) {
      expect(t).not.toContain(KEY);
      expect(JSON.parse(t)).toMatchObject({
        output: expect.stringMatching(/^Hello /),
        request: { model: 'gpt-4o-mini' },
      });
    }

    // No base URL, no key: nothing could be sent even if the engine tried.
    const before = fake.requests.length;
    const io = captureIO(dir, {});
    expect(await runCommand(['--replay', '--out', 'r.json'], io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect((await readResults(join(dir, 'r.json'))).suites[0]!.cases[0]!.samples[0]!.output).toBe('Hello Alice!');

    // Sample 1 was never recorded: an error per case, reported apart; sample 0 still scores, but half the
    // requests failed (over gate.maxErrorRate 0.2): too many to judge, exit 4.
    const io2 = captureIO(dir, {});
    expect(await runCommand(['--replay', '--repeat', '2'], io2)).toBe(4);
    expect(io2.stdoutText()).toContain('replay-miss ×3');
    expect(io2.stdoutText()).toContain('errors: 3 of 6 samples got no answer');

    // A changed prompt was never recorded at all: nothing scored, nothing to judge, exit 4.
    await writeFile(join(dir, 'prompts/greeting.txt'), 'Say hi to {{name}}.\n');
    const io3 = captureIO(dir, {});
    expect(await runCommand(['--replay'], io3)).toBe(4);
    expect(io3.stdoutText()).toContain('✗ greeting: 100% of requests failed (limit 20%): too many errors to judge');
  });

  it('runs only the suites named with --suite and rejects unknown ones as a usage error', async () => {
    greet();
    const files = basicProject();
    files['evalgate.yml'] =
      `${files['evalgate.yml']}  - name: other\n    prompt: prompts/greeting.txt\n    cases: [{ id: x, vars: { name: X } }]\n`;
    const dir = await project(files);
    const io = captureIO(dir, env());
    expect(await runCommand(['--suite', 'other', '--no-cache', '--out', 'r.json'], io)).toBe(0);
    expect((await readResults(join(dir, 'r.json'))).suites.map((s) => s.name)).toEqual(['other']);

    const bad = captureIO(dir, env());
    expect(await runCommand(['--suite', 'nope'], bad)).toBe(2);
    expect(bad.stderrText()).toMatch(
      /^evalgate run: unknown suite "nope" in .*evalgate\.yml \(suites: greeting, other\)\n$/,
    );
  });
});

describe('evalgate run: usage and config errors (exit 2, one line, no stack)', () => {
  // Each of these is one mistake: exactly one line saying where, never a stack.
  const oneLine = (text: string) => {
    expect(text).toMatch(/^evalgate run: [^\n]+\n$/);
  };

  it.each([
    [['--repeat', '0'], /--repeat must be a positive whole number/],
    [['--max-cost', 'lots'], /--max-cost must be a number/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--record', '--replay'], /exclude each other/],
  ])('%j', async (argv, pattern) => {
    const dir = await project();
    const io = captureIO(dir, env());
    expect(await runCommand(argv, io)).toBe(2);
    expect(io.stderrText()).toMatch(pattern);
    oneLine(io.stderrText());
  });

  it.each([
    ['unknown key', (c: string) => c.replace('gate: {', 'gate: { minScor: 1, '), /evalgate\.yml:\d+:\d+ gate.*minScor/],
    ['wrong type', (c: string) => c.replace('repeat: 1', 'repeat: two'), /evalgate\.yml:\d+:\d+ defaults\.repeat/],
    [
      'missing prompt file',
      (c: string) => c.replace('prompts/greeting.txt', 'prompts/missing.txt'),
      /evalgate\.yml:\d+:\d+ suites\[0\]\.prompt.*missing/,
    ],
    ['invalid YAML', (c: string) => c.replace('suites:', 'suites: [\n'), /evalgate\.yml:\d+:\d+/],
    [
      'invalid YAML, a cascade',
      (c: string) => c.replace('  fast:', '   fast:\n  slow:'),
      /evalgate\.yml:\d+:\d+: invalid YAML/,
    ],
    [
      'unknown assertion type',
      (c: string) => c.replace('type: icontains', 'type: icontain'),
      /suites\[0\]\.assert\[0\]\.type.*icontains/,
    ],
    [
      'bad regex',
      (c: string) => c.replace('type: icontains', 'type: regex').replace('value: hello', 'value: "(x"'),
      /evalgate\.yml:\d+:\d+ suites\[0\]\.assert\[0\]\.value: .*bad regex/,
    ],
    [
      'duplicate suite name',
      (c: string) => `${c}  - name: greeting\n    prompt: prompts/greeting.txt\n    cases: [{ vars: { name: X } }]\n`,
      /evalgate\.yml:\d+:\d+ suites\[1\]\.name: duplicate suite name "greeting"/,
    ],
    [
      'duplicate case id',
      (c: string) => c.replace('id: bob', 'id: alice'),
      /evalgate\.yml:\d+:\d+ suites\[0\]\.cases\[1\]\.id: duplicate case id "alice"/,
    ],
    [
      'empty suite',
      (c: string) => c.replace(/ {4}cases:\n( {6}- .*\n)+/, '    cases: []\n'),
      /evalgate\.yml:\d+:\d+ suites\[0\]\.cases: suite "greeting" has no cases/,
    ],
    [
      'missing template variable (every case)',
      (c: string) => c.replace(/name: (\w+) \}/g, 'nam: $1 }'),
      /evalgate\.yml:\d+:\d+ suites\[0\]\.cases\[0\]\.vars: case "alice" \(and 2 more cases\): .*\{\{name\}\}/,
    ],
  ])('%s', async (_name, edit, pattern) => {
    const files = basicProject();
    files['evalgate.yml'] = edit(files['evalgate.yml']!);
    const dir = await project(files);
    const io = captureIO(dir, env());
    expect(await runCommand([], io)).toBe(2);
    expect(io.stderrText()).toMatch(/^evalgate run: /);
    expect(io.stderrText()).toMatch(pattern);
    oneLine(io.stderrText());
  });

  it('a missing config file names the file', async () => {
    const dir = await project();
    const io = captureIO(dir, env());
    expect(await runCommand(['--config', 'nope.yml'], io)).toBe(2);
    expect(io.stderrText()).toMatch(/nope\.yml.*not found/);
    oneLine(io.stderrText());
  });

  it('--help prints the options and exits 0', async () => {
    const io = captureIO('/', {});
    expect(await runCommand(['--help'], io)).toBe(0);
    expect(io.stdoutText()).toContain('--max-cost USD');
  });
});
