// `evalgate import promptfoo`: the pure conversion on a config in promptfoo's documented format, then the
// CLI command writing the files, the written evalgate.yml loading, and `evalgate run` on it against the
// loopback fake model.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importCommand } from '../../../src/cli/commands/import.js';
import { runCommand } from '../../../src/cli/commands/run.js';
import { importPromptfoo } from '../../../src/core/import/promptfoo/convert.js';
import { parseExpected } from '../../../src/core/import/promptfoo/asserts.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { startFakeModel, type FakeModel, fakeEmbedding } from '../../fakes/fake-model.js';
import { captureIO, makeProject } from '../cli/helpers.js';
import { LITERAL_KEY, promptfooProject } from './promptfoo-fixture.js';

const read = (files: Record<string, string>) => (p: string) => files[p.replace(/^\.\//, '')];

function convert(files: Record<string, string> = promptfooProject) {
  return importPromptfoo(parseYaml(files['promptfooconfig.yaml']!), { read: read(files) });
}

type Obj = Record<string, any>;

describe('promptfoo conversion (pure)', () => {
  const r = convert();
  const cfg = r.config as Obj;
  const cases = parseYaml(r.files.find((f) => f.path === 'evalgate/cases.yaml')!.content) as Obj[];
  const skippedText = r.skipped.map((s) => `${s.where}: ${s.what} — ${s.why}`);

  it('makes one suite per convertible prompt × provider, on the first provider by default', () => {
    expect(cfg.suites.map((s: Obj) => s.name)).toEqual([
      'support-mini',
      'support-gpt-4.1-mini',
      'chat-mini',
      'chat-gpt-4.1-mini',
      'prompt-3-mini',
      'prompt-3-gpt-4.1-mini',
    ]);
    expect(cfg.defaults).toEqual({ provider: 'mini', judge: 'gpt-4.1' });
    expect(cfg.providers.mini).toEqual({ type: 'openai', model: 'gpt-4o-mini', temperature: 0, maxTokens: 200 });
    expect(cfg.providers['gpt-4.1-mini']).toEqual({ type: 'openai', model: 'gpt-4.1-mini' });
    expect(cfg.providers.embed).toEqual({ type: 'openai', model: 'text-embedding-3-large' });
    expect(cfg.suites[1].provider).toBe('gpt-4.1-mini');
    expect(cfg.suites[0].provider).toBeUndefined();
    // Files that are valid templates are referenced in place; the inline prompt gets a file of its own.
    expect(cfg.suites[0].prompt).toBe('prompts/support.txt');
    expect(cfg.suites[2].prompt).toBe('prompts/chat.json');
    expect(cfg.suites[4].prompt).toBe('evalgate/prompts/prompt-3.txt');
    expect(r.files.find((f) => f.path === 'evalgate/prompts/prompt-3.txt')!.content).toBe(
      'Answer in one sentence: {{ question }}\n',
    );
    expect(cfg.suites[0].vars).toEqual({ company: 'Acme' });
    expect(cfg.suites[0].assert).toEqual([
      { type: 'not-icontains', value: 'as an AI language model' },
      { type: 'llm-rubric', value: 'Is polite and on topic' },
    ]);
  });

  it('never copies a literal API key', () => {
    expect(JSON.stringify(r)).not.toContain(LITERAL_KEY);
    expect(r.notes.some((n) => /literal apiKey was not copied/.test(n.text))).toBe(true);
  });

  it('converts the common assertion types with their values, thresholds and weights', () => {
    const refund = cases[0]!;
    expect(refund.description).toBe('refund policy');
    expect(refund.vars).toEqual({ question: 'How do I get a refund?', expected: 'Refunds take 5 days.' });
    expect(refund.assert).toEqual([
      { type: 'icontains', value: 'refund' },
      { type: 'factuality', value: 'Refunds take 5 days.' },
      { type: 'javascript', value: 'evalgate/checks.mjs:check1' },
      { type: 'regex', value: '[a-z]+' },
      { type: 'similar', value: 'Refunds take five days', provider: 'embed', threshold: 0.1 },
      { type: 'latency', value: 5000 },
      { type: 'cost', value: 0.01 },
      { type: 'contains-any', value: ['refund', 'money back'] },
      { type: 'is-json', value: { type: 'object' }, weight: 0 },
    ]);
    expect(r.files.find((f) => f.path === 'evalgate/checks.mjs')!.content).toContain(
      'export async function check1(output, context) {\n  return promptfooRun(async () => await (async (output, context) => {\n  return (output.length < 500);\n})(promptfooOutput(output, context), context), undefined);\n}',
    );
    const long = cases.find((c) => c.description === 'long question')!;
    expect(long.vars.question).toBe('I ordered a blue kettle last week and it arrived broken. What can I do?');
    expect(long.assert).toEqual([
      { type: 'javascript', value: 'evalgate/checks.mjs:check3' },
      { type: 'word-count', value: { min: 1, max: 400 } },
    ]);
  });

  it('expands list-valued vars into one case per value', () => {
    const hi = cases.filter((c) => ['Hi there', 'Hello'].includes(c.vars.question));
    expect(hi).toHaveLength(2);
    // promptfoo's assertion transform becomes evalgate's `transform` (one generated function for both cases).
    for (const c of hi)
      expect(c.assert).toEqual([
        { type: 'icontains', value: 'hi', transform: 'evalgate/checks.mjs:transform2' },
        { type: 'not-equals', value: 'nothing' },
      ]);
  });

  it('reads CSV tests with __expected shorthand and JSONL tests', () => {
    const order = cases.find((c) => c.vars.question === 'Where is my order?')!;
    expect(order.description).toBe('order status');
    expect(order.assert).toEqual([
      { type: 'contains', value: 'order' },
      { type: 'llm-rubric', value: 'mentions tracking' },
    ]);
    const cancel = cases.find((c) => c.vars.question === 'Cancel please')!;
    expect(cancel.assert).toEqual([
      { type: 'not-icontains', value: 'sorry' },
      { type: 'similar', value: 'cancel the order', provider: 'embed', threshold: 0.1 },
    ]);
    const ping = cases.find((c) => c.vars.question === 'Ping')!;
    expect(ping.assert).toEqual([{ type: 'equals', value: 'Ping' }]);
    expect(cases.find((c) => c.vars.question === 'Opening hours?')!.assert).toEqual([
      { type: 'starts-with', value: 'Answer' },
    ]);
    expect(cases).toHaveLength(8);
  });

  it('lists everything it could not convert, with where and why', () => {
    const expectSkip = (re: RegExp) =>
      expect(
        skippedText.some((s) => re.test(s)),
        `${re} in\n${skippedText.join('\n')}`,
      ).toBe(true);
    expectSkip(/^prompts\[3\]: file:\/\/prompts\/fancy.txt — Nunjucks block \{% if %\}/);
    expectSkip(
      /^providers\[2\]: bedrock:anthropic.claude-3-sonnet-20240229-v1:0 — Amazon Bedrock signs requests with AWS credentials \(SigV4\)/,
    );
    expectSkip(/^evaluateOptions: .*maxConcurrency/);
    expectSkip(/^tests\[0\]\.assert\[3\]: python — runs Python/);
    expectSkip(/^tests\[1\]\.assert\[0\]: levenshtein — no edit-distance/);
    expectSkip(/^tests\[1\]\.assert\[1\]: contains-json — /);
    expectSkip(/^tests\/more.csv:4\.assert\[0\]: python — runs Python/);
    expect(r.skipped).toHaveLength(7);
  });

  it('reports Nunjucks filters and expressions, and gives tests that share vars ids of their own', () => {
    const files = {
      'promptfooconfig.yaml': `prompts:
  - "Hi {{ name | upper }}"
  - "Hi {{ names[0] }}"
  - "Hi {{ name }}"
providers: [openai:gpt-4o-mini]
tests:
  - description: first
    vars: { name: Ann }
    assert: [{ type: contains, value: Ann }]
  - description: second
    vars: { name: Ann }
    assert: [{ type: icontains, value: ann }]
`,
    };
    const r2 = convert(files);
    expect(r2.skipped.map((s) => s.why.split(';')[0])).toEqual([
      'Nunjucks filter in "{{ name | upper }}"',
      'Nunjucks expression "{{ names[0] }}"',
    ]);
    const c2 = parseYaml(r2.files.find((f) => f.path === 'evalgate/cases.yaml')!.content) as Obj[];
    expect(c2.map((c) => c.id)).toEqual([undefined, 'second']);
  });

  it("converts promptfoo's getting-started shape (two inline prompts × two providers) with nothing left over", () => {
    const r3 = convert({
      'promptfooconfig.yaml': `description: 'Getting started'
prompts:
  - 'Convert this English to {{language}}: {{input}}'
  - 'Translate to {{language}}: {{input}}'
providers:
  - openai:gpt-4.1
  - openai:o4-mini
tests:
  - vars:
      language: French
      input: Hello world
    assert:
      - type: contains
        value: 'Bonjour le monde'
  - vars:
      language: Spanish
      input: Where is the library?
    assert:
      - type: icontains
        value: 'Dónde está la biblioteca'
`,
    });
    expect(r3.skipped).toEqual([]);
    expect((r3.config as Obj).suites.map((s: Obj) => `${s.name} ${s.prompt} ${s.provider ?? '(default)'}`)).toEqual([
      'prompt-1-gpt-4.1 evalgate/prompts/prompt-1.txt (default)',
      'prompt-1-o4-mini evalgate/prompts/prompt-1.txt o4-mini',
      'prompt-2-gpt-4.1 evalgate/prompts/prompt-2.txt (default)',
      'prompt-2-o4-mini evalgate/prompts/prompt-2.txt o4-mini',
    ]);
  });

  it('reads the CSV __expected shorthand as promptfoo documents it', () => {
    expect(parseExpected('Paris')).toEqual({ type: 'equals', value: 'Paris' });
    expect(parseExpected('icontains-any: a, b')).toEqual({ type: 'icontains-any', value: 'a, b' });
    expect(parseExpected('fn: output.length > 3')).toEqual({ type: 'javascript', value: 'output.length > 3' });
    expect(parseExpected('similar(0.8): the sky')).toEqual({ type: 'similar', value: 'the sky', threshold: 0.8 });
    expect(parseExpected('is-json')).toEqual({ type: 'is-json' });
    expect(parseExpected('file://checks/x.py')).toEqual({ type: 'python', value: 'file://checks/x.py' });
    expect(parseExpected('Note: colons in text')).toEqual({ type: 'equals', value: 'Note: colons in text' });
  });
});

describe('evalgate import promptfoo (CLI) and a run of the result', () => {
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

  it('--out elsewhere: references the promptfoo files relative to it, and the config loads; usage errors are one line', async () => {
    const p = await makeProject(promptfooProject);
    cleanups.push(p.cleanup);
    const io = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo', 'promptfooconfig.yaml', '--out', 'evals/evalgate.yml'], io)).toBe(0);
    expect(io.stdoutText()).toContain('It loads');
    const cfg = parseYaml(await readFile(join(p.dir, 'evals/evalgate.yml'), 'utf8')) as Obj;
    expect(cfg.suites[0].prompt).toBe('../prompts/support.txt');
    expect(cfg.suites[4].prompt).toBe('evalgate/prompts/prompt-3.txt');
    const cases = parseYaml(await readFile(join(p.dir, 'evals/evalgate/cases.yaml'), 'utf8')) as Obj[];
    expect(cases.find((c) => c.description === 'long question')!.assert[0]).toEqual({
      type: 'javascript',
      value: 'evalgate/checks.mjs:check3',
    });
    // The wrapper imports the user's check relative to the generated module.
    expect(await readFile(join(p.dir, 'evals/evalgate/checks.mjs'), 'utf8')).toContain(
      'import * as m1 from "../../checks/length.js";',
    );

    const bad = captureIO(p.dir, {});
    expect(await importCommand(['braintrust'], bad)).toBe(2);
    expect(bad.stderrText()).toBe('evalgate import: unknown format "braintrust"; supported: promptfoo\n');
    const forced = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo', '--out', 'evals/evalgate.yml', '--force'], forced)).toBe(0);
  });

  it('writes evalgate.yml that loads, refuses to overwrite, and runs against the fake model without errors', async () => {
    const p = await makeProject(promptfooProject);
    cleanups.push(p.cleanup);
    const io = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo'], io)).toBe(0);
    expect(io.stdoutText()).toContain('Not converted (7):');
    expect(io.stdoutText()).toMatch(/ {2}- tests\[0\]\.assert\[3\]: python — runs Python/);
    expect(io.stdoutText()).toContain('Wrote evalgate.yml (6 suites)');
    expect(io.stdoutText()).toContain('It loads');
    const written = await readFile(join(p.dir, 'evalgate.yml'), 'utf8');
    expect(written).toMatch(/^# Converted from promptfooconfig.yaml by `evalgate import promptfoo`/);
    expect(written).not.toContain(LITERAL_KEY);

    const again = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo', 'promptfooconfig.yaml'], again)).toBe(2);
    expect(again.stderrText()).toMatch(/evalgate.yml, .* already exist; pass --force/);

    fake.setBehavior((req) => {
      if (req.endpoint === 'embeddings')
        return { embeddings: ([] as string[]).concat(req.body.input).map((t) => fakeEmbedding(t)) };
      const all = JSON.stringify(req.body.messages);
      if (req.body.model === 'gpt-4.1') {
        if (/disagrees/.test(all)) return { content: '{"category":"consistent","reason":"same facts"}' };
        return { content: '{"score":1,"pass":true,"reason":"polite"}' };
      }
      return { content: `Answer: about your refund order, hi there. ${req.lastUser.slice(0, 40)}` };
    });
    const run = captureIO(p.dir, { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test-0123456789abcdef' });
    const code = await runCommand(['--no-cache', '--out', 'results.json'], run);
    expect(run.stderrText()).not.toMatch(/error/i);
    expect([0, 1]).toContain(code);
    const results = parseResults(await readFile(join(p.dir, 'results.json'), 'utf8'));
    expect(results.suites.map((s) => s.name)).toHaveLength(6);
    const samples = results.suites.flatMap((s) => s.cases.flatMap((c) => c.samples));
    expect(samples).toHaveLength(6 * 8);
    expect(
      samples
        .filter((s) => s.status !== 'ok')
        .map((s) => JSON.stringify(s.assertions.filter((a) => a.error !== undefined))),
    ).toEqual([]);
    // Both providers were called, the judge graded, the embeddings endpoint served `similar`.
    const models = new Set(fake.chatRequests().map((q) => q.body.model));
    expect([...models].sort()).toEqual(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o-mini']);
    expect(fake.requests.some((q) => q.path.endsWith('/embeddings'))).toBe(true);
  });
});
