// A model answer nested 10,000 levels deep (tool-call arguments, or JSON text checked against a recursive
// schema) once overflowed the stack in a walk over it and lost the whole run: no results, no trace, healthy
// suites too. Now such a sample fails alone with its reason. The built CLI (dist/cli.js, `npm run build`
// first) against the loopback fake model.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode } from '../support/processes.js';

const CLI = resolve('dist/cli.js');
const DEPTH = 10_000;
const deepObject = `${'{"a":'.repeat(DEPTH)}{}${'}'.repeat(DEPTH)}`;
const KEY = 'sk-test-deep-answers';
let root: string;
let model: FakeModel;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  root = await mkdtemp(join(tmpdir(), 'evalgate-deep-'));
  model = await startFakeModel({
    behavior: (req) => {
      const m = 'gpt-4o-mini-2024-07-18';
      if (req.lastUser.includes('weather in Paris'))
        return { content: null, toolCalls: [{ name: 'get_weather', arguments: deepObject }], model: m };
      if (req.lastUser.includes('weather'))
        return { content: null, toolCalls: [{ name: 'get_weather', arguments: '{"city":"x"}' }], model: m };
      if (req.lastUser.includes('shape of Paris')) return { content: deepObject, model: m };
      if (req.lastUser.includes('shape')) return { content: '{"a":{"a":{}}}', model: m };
      return { content: 'Hello!', model: m };
    },
  });
});

afterAll(async () => {
  await model?.close();
  await rm(root, { recursive: true, force: true });
});

const CITIES = ['Paris', 'Rome', 'Oslo', 'Lima', 'Kyiv', 'Doha', 'Baku'];
const cases = `[${CITIES.map((c) => `{ vars: { city: ${c} } }`).join(', ')}]`;

describe('an answer nested 10,000 levels deep (dist/cli.js)', () => {
  it('errors that sample alone with its reason; every other sample, suite and output file is kept', async () => {
    const dir = join(root, 'p');
    await mkdir(join(dir, 'prompts'), { recursive: true });
    await writeFile(join(dir, 'prompts', 'w.txt'), 'What is the weather in {{city}}?');
    await writeFile(join(dir, 'prompts', 's.txt'), 'The shape of {{city}} as JSON.');
    await writeFile(join(dir, 'prompts', 'p.txt'), 'Say hello to {{city}}.');
    await writeFile(
      join(dir, 'evalgate.yml'),
      `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast }
suites:
  - name: tools
    prompt: prompts/w.txt
    tools: [{ type: function, function: { name: get_weather, parameters: { type: object } } }]
    assert: [{ type: is-valid-tool-call }]
    cases: ${cases}
  - name: shape
    prompt: prompts/s.txt
    assert: [{ type: is-json, value: { type: object, properties: { a: { $ref: "#" } } } }]
    cases: ${cases}
  - name: hello
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases: ${cases}
`,
    );
    const env = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: dir,
      OPENAI_API_KEY: KEY,
      OPENAI_BASE_URL: model.url,
    };
    const r = await runNode(
      CLI,
      ['run', '--config', 'evalgate.yml', '--out', 'results.json', '--trace', 'trace.jsonl'],
      {
        cwd: dir,
        env,
        timeoutMs: 60_000,
        killSignal: 'SIGKILL',
      },
    );
    const all = r.stdout + r.stderr;
    // Before the fix: exit 3, "internal error: Maximum call stack size exceeded", no results.json.
    expect(all).not.toMatch(/internal error|call stack/);
    expect(all).not.toContain(KEY);
    expect(r.code, all).toBe(1); // the deep JSON text fails its check; nothing is an internal error
    expect(r.stdout).toContain('tool call get_weather: arguments nest deeper than 100 levels');

    interface Sample {
      status: string;
      pass?: boolean;
      error?: { kind: string; message: string };
      assertions: { reason: string }[];
    }
    interface Results {
      // A case of one sample carries the sample's fields itself (docs/results-schema.md).
      suites: { name: string; cases: (Sample & { vars: { city: string }; samples?: Sample[] })[] }[];
    }
    const results = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as Results;
    const suite = (name: string) => results.suites.find((s) => s.name === name)!;
    const sampleOf = (name: string, city: string): Sample => {
      const c = suite(name).cases.find((k) => k.vars.city === city)!;
      return c.samples?.[0] ?? c;
    };

    expect(sampleOf('tools', 'Paris')).toMatchObject({
      status: 'error',
      error: { kind: 'malformed', message: 'tool call get_weather: arguments nest deeper than 100 levels' },
    });
    for (const city of CITIES.slice(1)) expect(sampleOf('tools', city)).toMatchObject({ status: 'ok', pass: true });

    const shape = sampleOf('shape', 'Paris');
    expect(shape).toMatchObject({ status: 'ok', pass: false });
    expect(shape.assertions[0]!.reason).toBe(
      'output JSON nests deeper than 100 levels; not checked against the schema',
    );
    for (const city of CITIES.slice(1)) expect(sampleOf('shape', city)).toMatchObject({ status: 'ok', pass: true });
    for (const city of CITIES) expect(sampleOf('hello', city)).toMatchObject({ status: 'ok', pass: true });

    const trace = (await readFile(join(dir, 'trace.jsonl'), 'utf8')).trim().split('\n');
    expect(trace).toHaveLength(3 * CITIES.length);
  }, 90_000);
});
