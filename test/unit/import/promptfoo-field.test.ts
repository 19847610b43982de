// `evalgate import promptfoo` on the shapes real promptfoo configs have (the features its own examples use most),
// each written in promptfoo's documented format: every one is converted, or named under "Not converted" with
// where and why — no silent change of meaning — and the converted configs, run against the loopback fake model,
// do what the promptfoo config meant (the requests the model received, and the verdicts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importCommand } from '../../../src/cli/commands/import.js';
import { runCommand } from '../../../src/cli/commands/run.js';
import { importPromptfoo } from '../../../src/core/import/promptfoo/convert.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { captureIO, makeProject } from '../cli/helpers.js';

type Obj = Record<string, any>;

function convert(files: Record<string, string>) {
  const r = importPromptfoo(parseYaml(files['promptfooconfig.yaml']!), { read: (p) => files[p.replace(/^\.\//, '')] });
  return { ...r, cfg: r.config as Obj, skippedText: r.skipped.map((s) => `${s.where}: ${s.what} — ${s.why}`) };
}

describe('providers as promptfoo names them', () => {
  it('vendors with an OpenAI-compatible endpoint and Azure convert with their base URL and key variable', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Say {{ x }}']
providers:
  - anthropic:messages:claude-sonnet-4-5
  - google:gemini-2.5-flash
  - mistral:mistral-small-latest
  - groq:llama-3.3-70b-versatile
  - deepseek:deepseek-chat
  - togetherai:meta-llama/Llama-3.3-70B-Instruct-Turbo
  - id: azure:chat:my-gpt4o
    config: { apiHost: my-resource.openai.azure.com, apiVersion: 2024-10-21, temperature: 0.2 }
tests: [{ vars: { x: hi } }]
`,
    });
    expect(r.skipped).toEqual([]);
    const p = r.cfg.providers;
    expect(p['claude-sonnet-4-5']).toEqual({
      type: 'openai',
      model: 'claude-sonnet-4-5',
      baseUrl: 'https://api.anthropic.com/v1',
      apiKey: '${ANTHROPIC_API_KEY}',
    });
    expect(p['gemini-2.5-flash']).toMatchObject({
      baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
      apiKey: '${GEMINI_API_KEY}',
    });
    expect(p['mistral-small-latest']).toMatchObject({
      baseUrl: 'https://api.mistral.ai/v1',
      apiKey: '${MISTRAL_API_KEY}',
    });
    expect(p['llama-3.3-70b-versatile']).toMatchObject({
      baseUrl: 'https://api.groq.com/openai/v1',
      apiKey: '${GROQ_API_KEY}',
    });
    expect(p['deepseek-chat']).toMatchObject({ baseUrl: 'https://api.deepseek.com/v1', apiKey: '${DEEPSEEK_API_KEY}' });
    expect(p['meta-llama-Llama-3.3-70B-Instruct-Turbo']).toMatchObject({
      model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      baseUrl: 'https://api.together.xyz/v1',
    });
    expect(p['my-gpt4o']).toEqual({
      type: 'azure',
      model: 'my-gpt4o',
      deployment: 'my-gpt4o',
      endpoint: 'https://my-resource.openai.azure.com',
      apiVersion: '2024-10-21',
      temperature: 0.2,
    });
  });

  it('gives the reason that fits providers that are not a model endpoint', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Say {{ x }}']
providers:
  - http
  - echo
  - ws
  - id: https://api.example.com/chat
  - openai:codex-sdk
  - file://provider.py
  - vertex:claude-3-5-sonnet-v2@20241022
  - openai:gpt-4.1-mini
tests: [{ vars: { x: hi } }]
`,
    });
    const why = Object.fromEntries(r.skipped.map((s) => [s.what, s.why]));
    expect(why['http']).toMatch(/^an HTTP provider calls your own API through a request template/);
    expect(why['https://api.example.com/chat']).toMatch(/^an HTTP provider/);
    expect(why['echo']).toBeUndefined(); // evalgate has an echo provider of its own
    expect(why['ws']).toMatch(/WebSocket/);
    expect(why['openai:codex-sdk']).toMatch(/agent\/assistant\/realtime SDK run is not a chat-completions request/);
    expect(why['file://provider.py']).toMatch(/custom provider runs your own code/);
    expect(why['vertex:claude-3-5-sonnet-v2@20241022']).toMatch(/its vendor's own API \(rawPredict\)/);
    expect(r.skippedText.filter((t) => !t.includes('vertex:')).join('\n')).not.toMatch(
      /gateway \(e\.g\. LiteLLM\) that serves it/,
    );
    expect(r.cfg.suites).toHaveLength(2);
  });

  it('leaves a temperature out of a reasoning model, with a note, and the written config loads', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml': `prompts: ['Say {{ x }}']
providers:
  - id: openai:o4-mini
    config: { temperature: 0.7, max_tokens: 300 }
tests: [{ vars: { x: hi }, assert: [{ type: contains, value: hi }] }]
`,
    });
    try {
      const io = captureIO(p.dir, {});
      expect(await importCommand(['promptfoo'], io)).toBe(0);
      expect(io.stderrText()).toMatch(/temperature left out: o4-mini is a reasoning model/);
      expect(io.stdoutText()).toContain('It loads');
      const cfg = parseYaml(await readFile(join(p.dir, 'evalgate.yml'), 'utf8')) as Obj;
      expect(cfg.providers['o4-mini']).toEqual({ type: 'openai', model: 'o4-mini', maxTokens: 300 });
    } finally {
      await p.cleanup();
    }
  });
});

describe('promptfoo features that used to change meaning silently', () => {
  const files: Record<string, string> = {
    'promptfooconfig.yaml': `prompts:
  - id: file://prompts/ask.txt
    label: ask
  - id: file://prompts/ask.txt
    label: ask-json
    config:
      temperature: 0.1
      response_format: file://formats/answer.json
  - langfuse://support-prompt@production
providers:
  - id: openai:gpt-4.1-mini
    label: mini
    config:
      tools: file://tools/lookup.yaml
      tool_choice: auto
  - id: openai:gpt-4.1
    label: big
    prompts: [ask]
    config:
      tools:
        - type: web_search_preview
defaultTest:
  provider: openai:gpt-4.1
  options:
    provider:
      text: openai:gpt-4.1
      embedding: openai:embedding:text-embedding-3-small
    rubricPrompt: 'Grade strictly: {{ output }}'
  vars:
    greeting: 'Hello {{ name }}'
tests:
  - vars: { name: Ann, question: 'Where is order 7?' }
    assert:
      - type: similar
        value: order 7 is on its way
        threshold: 0.2
      - type: similar
        value: order 7 is on its way
        provider: openai:embedding:text-embedding-3-large
        threshold: 0.2
      - type: llm-rubric
        value: mentions the order
        rubricPrompt: 'Custom: {{ output }}'
  - file://tests/cases.csv
`,
    'prompts/ask.txt': '{{ greeting }}. {{ question }}\n',
    'formats/answer.json': JSON.stringify({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object', properties: { answer: { type: 'string' } } } },
    }),
    'tools/lookup.yaml':
      '- type: function\n  function:\n    name: lookup_order\n    parameters: { type: object, properties: { id: { type: string } } }\n',
    'tests/cases.csv': [
      'name,question,__expected1,__config:__expected1:threshold',
      'Bo,Where is order 9?,similar: order 9 ships today,0.3',
      '',
    ].join('\n'),
  };
  const r = convert(files);
  const cases = parseYaml(r.files.find((f) => f.path === 'evalgate/cases.yaml')!.content) as Obj[];

  it('converts tools files, tool_choice and a prompt’s own config (response_format file, temperature)', () => {
    const bySuite = Object.fromEntries(r.cfg.suites.map((s: Obj) => [s.name, s]));
    expect(bySuite['ask-mini'].tools).toBe('tools/lookup.yaml');
    expect(bySuite['ask-mini'].toolChoice).toBe('auto');
    expect(bySuite['ask-json-mini'].provider).toEqual({
      extends: 'mini',
      temperature: 0.1,
      responseFormat: {
        type: 'json_schema',
        schema: { type: 'object', properties: { answer: { type: 'string' } } },
        name: 'answer',
      },
    });
  });

  it('runs a provider only with the prompts its `prompts:` filter names', () => {
    expect(r.cfg.suites.map((s: Obj) => s.name)).toEqual(['ask-mini', 'ask-big', 'ask-json-mini']);
  });

  it('fills nested variable templates from the case, and reads CSV __config thresholds', () => {
    expect(cases[0]!.vars.greeting).toBe('Hello Ann');
    expect(cases[1]!.vars.greeting).toBe('Hello Bo');
    expect(cases[1]!.assert).toEqual([
      { type: 'similar', value: 'order 9 ships today', threshold: 0.3, provider: cases[0]!.assert[0].provider },
    ]);
    expect(r.cfg.suites[0].vars).toBeUndefined();
  });

  it("uses similar's own embedding provider, else the grader map's", () => {
    const model = (a: Obj) => r.cfg.providers[a.provider].model;
    expect(model(cases[0]!.assert[0])).toBe('text-embedding-3-small');
    expect(model(cases[0]!.assert[1])).toBe('text-embedding-3-large');
    expect(model(cases[1]!.assert[0])).toBe('text-embedding-3-small');
    expect(r.cfg.defaults.judge).toBe('gpt-4.1');
  });

  it('names everything it does not convert: registry prompts, rubricPrompt, defaultTest.provider, Responses-only tools', () => {
    const expectSkip = (re: RegExp) =>
      expect(
        r.skippedText.some((s) => re.test(s)),
        `${re} in\n${r.skippedText.join('\n')}`,
      ).toBe(true);
    expectSkip(
      /^prompts\[2\]: langfuse:\/\/support-prompt@production — a prompt kept in langfuse's prompt registry is not fetched/,
    );
    expectSkip(/^defaultTest\.options\.rubricPrompt: rubricPrompt — a custom grading prompt/);
    expectSkip(/^tests\[0\]\.assert\[2\]: llm-rubric rubricPrompt — a custom grading prompt/);
    expectSkip(/^defaultTest\.provider: provider — a test bound to particular providers/);
    expectSkip(/^providers\[1\]: config\.tools \(web_search_preview\) — tools the Responses API runs/);
    expect(r.skipped).toHaveLength(5);
  });
});

describe('javascript checks and transforms keep promptfoo’s semantics', () => {
  let fake: FakeModel;
  beforeAll(async () => {
    fake = await startFakeModel();
  });
  afterAll(async () => {
    await fake.close();
  });
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('a number passes when > 0 (or from its threshold), tool-call output arrives parsed, transforms rewrite the output', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml': `prompts: ['Answer {{ q }}']
providers: [openai:gpt-4.1-mini]
tests:
  - description: low score passes (promptfoo)
    vars: { q: one }
    assert:
      - type: javascript
        value: '0.3'
  - description: threshold applies to the score
    vars: { q: two }
    assert:
      - type: javascript
        value: '0.3'
        threshold: 0.5
  - description: zero fails
    vars: { q: three }
    assert:
      - type: javascript
        value: output.length * 0
  - description: a one-line check may end in a semicolon
    vars: { q: five }
    assert:
      - type: javascript
        value: output.length > 1;
  - description: a check that throws fails
    vars: { q: four }
    assert:
      - type: javascript
        value: JSON.parse(output).ok === true
  - description: tool calls parsed
    vars: { q: tool }
    assert:
      - type: javascript
        value: "Array.isArray(output) && output[0].function.name === 'lookup' && JSON.parse(output[0].function.arguments).id === 7"
  - description: transformed output
    vars: { q: json }
    options:
      transform: JSON.parse(output).city
    assert:
      - type: equals
        value: Paris
      - type: javascript
        value: file://checks/city.js:isParis
`,
      'checks/city.js': "export function isParis(output) {\n  return output === 'Paris' ? 2.5 : 0;\n}\n",
    });
    cleanups.push(p.cleanup);
    fake.setBehavior((req) => {
      if (req.lastUser === 'Answer tool')
        return { content: null, toolCalls: [{ name: 'lookup', arguments: '{"id":7}' }] };
      if (req.lastUser === 'Answer json') return { content: '{"city":"Paris"}' };
      return { content: `echo ${req.lastUser}` };
    });
    const io = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo'], io)).toBe(0);
    expect(io.stdoutText()).not.toContain('Not converted');
    const run = captureIO(p.dir, { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test-0123456789abcdef' });
    await runCommand(['--no-cache', '--out', 'results.json'], run);
    const results = parseResults(await readFile(join(p.dir, 'results.json'), 'utf8'));
    const verdict = Object.fromEntries(
      results.suites[0]!.cases.map((c) => [c.description, c.samples.map((s) => s.pass)]),
    );
    expect(verdict).toEqual({
      'low score passes (promptfoo)': [true],
      'threshold applies to the score': [false],
      'zero fails': [false],
      'a one-line check may end in a semicolon': [true],
      'a check that throws fails': [false],
      'tool calls parsed': [true],
      'transformed output': [true],
    });
    const threw = results.suites[0]!.cases.find((c) => c.description === 'a check that throws fails')!.samples[0]!;
    expect(threw.status).toBe('ok');
    expect(threw.assertions[0]!.error).toBeUndefined();
    expect(threw.assertions[0]!.reason).toMatch(/threw: .*JSON/);
    // The score a check returned is shown clamped to [0, 1], as a score.
    const paris = results.suites[0]!.cases.find((c) => c.description === 'transformed output')!.samples[0]!;
    expect(paris.assertions.map((a) => a.score)).toEqual([1, 1]);
  });
});

describe('configs promptfoo writes in JavaScript or TypeScript, run against the fake model', () => {
  let fake: FakeModel;
  beforeAll(async () => {
    fake = await startFakeModel();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('a .js config (a function returning the config) loads; the imported suites send what promptfoo would', async () => {
    const p = await makeProject({
      'promptfooconfig.js': `export default async function () {
  return {
    prompts: ['Tell {{ name }} about {{ topic }}'],
    providers: [{ id: 'openai:gpt-4.1-mini', config: { temperature: 0.3, tools: 'file://tools.json' } }],
    defaultTest: { vars: { topic: 'the weather in {{ city }}' } },
    tests: [{ vars: { name: 'Ann', city: 'Oslo' }, assert: [{ type: 'icontains', value: 'oslo' }] }],
  };
}
`,
      'tools.json': JSON.stringify([
        { type: 'function', function: { name: 'weather', parameters: { type: 'object', properties: {} } } },
      ]),
    });
    try {
      const io = captureIO(p.dir, {});
      expect(await importCommand(['promptfoo'], io)).toBe(0);
      expect(io.stdoutText()).toContain('It loads');
      fake.setBehavior((req) => ({ content: `Dear reader: ${req.lastUser}` }));
      const run = captureIO(p.dir, { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test-0123456789abcdef' });
      expect(await runCommand(['--no-cache'], run), run.stderrText() + run.stdoutText()).toBe(0);
      const sent = fake.chatRequests().at(-1)!.body;
      expect(sent.messages.at(-1).content).toBe('Tell Ann about the weather in Oslo');
      expect(sent.temperature).toBe(0.3);
      expect(sent.tools.map((t: Obj) => t.function.name)).toEqual(['weather']);
    } finally {
      await p.cleanup();
    }
  });

  it('a .ts config loads where Node runs TypeScript, and is one clear line where it does not', async () => {
    const p = await makeProject({
      'promptfooconfig.ts':
        "const config: { prompts: string[] } = { prompts: ['Hi {{ x }}'] };\nexport default { ...config, providers: ['openai:gpt-4.1-mini'], tests: [{ vars: { x: 'a' } }] };\n",
    });
    try {
      const io = captureIO(p.dir, {});
      const code = await importCommand(['promptfoo'], io);
      if ((process.features as { typescript?: unknown }).typescript) {
        expect(code).toBe(0);
        expect(io.stdoutText()).toContain('It loads');
      } else {
        expect(code).toBe(2);
        expect(io.stderrText()).toMatch(
          /^evalgate import: cannot load .*promptfooconfig\.ts: this Node \(v[\d.]+\) does not run TypeScript; use Node ≥ 22\.18, or convert the config to YAML\/JSON first\n$/,
        );
      }
    } finally {
      await p.cleanup();
    }
  });

  it('a vendor provider, pointed at the endpoint, sends its model with the key from its variable', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml':
        "prompts: ['Hi {{ x }}']\nproviders: [groq:llama-3.3-70b-versatile]\ntests: [{ vars: { x: a } }]\n",
    });
    try {
      expect(await importCommand(['promptfoo'], captureIO(p.dir, {}))).toBe(0);
      const path = join(p.dir, 'evalgate.yml');
      const written = await readFile(path, 'utf8');
      expect(written).toContain('baseUrl: https://api.groq.com/openai/v1');
      // The one change a test must make: the vendor's host is the loopback fake here.
      await writeFile(path, written.replace('https://api.groq.com/openai/v1', fake.url));
      fake.setBehavior(() => ({ content: 'ok' }));
      const run = captureIO(p.dir, { GROQ_API_KEY: 'gsk-test-0123456789abcdef' });
      expect(await runCommand(['--no-cache'], run)).toBe(0);
      const req = fake.chatRequests().at(-1)!;
      expect(req.body.model).toBe('llama-3.3-70b-versatile');
      expect(req.headers.authorization).toBe('Bearer gsk-test-0123456789abcdef');
    } finally {
      await p.cleanup();
    }
  });
});

describe('reasons for test sources and graders that are not files of data', () => {
  it('a test generator in Python or JavaScript, and an {embedding} grader object', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Hi {{ x }}']
providers: [openai:gpt-4.1-mini]
defaultTest:
  options:
    provider:
      embedding:
        id: openai:embedding:text-embedding-3-small
tests:
  - file://generate.py:make_tests
  - file://gen.js
  - vars: { x: a }
    assert: [{ type: similar, value: hello }]
`,
    });
    expect(r.skippedText).toEqual([
      'tests[0]: generate.py:make_tests — tests generated by your code (a test generator function) are not run: write its output to a CSV, JSONL or YAML file',
      'tests[1]: gen.js — tests generated by your code (a test generator function) are not run: write its output to a CSV, JSONL or YAML file',
    ]);
    const cases = parseYaml(r.files.find((f) => f.path === 'evalgate/cases.yaml')!.content) as Obj[];
    expect(cases[0]!.assert).toEqual([{ type: 'similar', value: 'hello', provider: 'embed' }]);
    expect(r.cfg.providers.embed).toEqual({ type: 'openai', model: 'text-embedding-3-small' });
  });
});

describe('shapes from promptfoo’s example configs', () => {
  it('adaline gateway ids, more OpenAI-compatible vendors, Gemini generationConfig and Responses-API token caps', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Say {{ x }}']
providers:
  - adaline:openai:chat:gpt-4o-mini
  - adaline:anthropic:chat:claude-sonnet-4-5
  - perplexity:sonar
  - xai:grok-3
  - fireworks:accounts/fireworks/models/llama-v3p1-8b-instruct
  - cerebras:llama3.1-8b
  - id: google:gemini-2.5-flash
    config: { generationConfig: { temperature: 0.4, maxOutputTokens: 256, topK: 3 } }
  - id: openai:responses:gpt-4.1
    config: { max_output_tokens: 500 }
tests: [{ vars: { x: hi } }]
`,
    });
    const p = r.cfg.providers;
    expect(p['gpt-4o-mini']).toEqual({ type: 'openai', model: 'gpt-4o-mini' });
    expect(p['claude-sonnet-4-5']).toMatchObject({ baseUrl: 'https://api.anthropic.com/v1' });
    expect(p.sonar).toMatchObject({ baseUrl: 'https://api.perplexity.ai', apiKey: '${PERPLEXITY_API_KEY}' });
    expect(p['grok-3']).toMatchObject({ baseUrl: 'https://api.x.ai/v1' });
    expect(p['accounts-fireworks-models-llama-v3p1-8b-instruct']).toMatchObject({
      baseUrl: 'https://api.fireworks.ai/inference/v1',
    });
    expect(p['llama3.1-8b']).toMatchObject({ baseUrl: 'https://api.cerebras.ai/v1' });
    expect(p['gemini-2.5-flash']).toMatchObject({ temperature: 0.4, maxTokens: 256 });
    expect(p['gpt-4.1']).toMatchObject({ maxTokens: 500 });
    expect(r.skippedText).toEqual([
      'providers[6]: config.generationConfig.topK — a Gemini setting chat completions does not take',
    ]);
  });

  it('a dataset of plain records is one test per record; a config without tests runs each prompt once', () => {
    const r = convert({
      'promptfooconfig.yaml':
        "prompts: ['Q: {{ question }}']\nproviders: [openai:gpt-4.1-mini]\ndefaultTest:\n  assert: [{ type: llm-rubric, value: 'Answers {{ question }}' }]\ntests: file://data.json\n",
      'data.json': JSON.stringify([{ question: 'one' }, { question: 'two' }]),
    });
    expect(r.skipped).toEqual([]);
    const bare = convert({
      'promptfooconfig.yaml': "prompts: ['Q: {{ question }}']\nproviders: [openai:gpt-4.1-mini]\ntests: data.csv\n",
      'data.csv': 'question\nthree\n',
    });
    expect(parseYaml(bare.files.find((f) => f.path === 'evalgate/cases.yaml')!.content)).toEqual([
      { vars: { question: 'three' } },
    ]);
    const cases = parseYaml(r.files.find((f) => f.path === 'evalgate/cases.yaml')!.content) as Obj[];
    expect(cases.map((c) => [c.vars, c.assert])).toEqual([
      [{ question: 'one' }, [{ type: 'llm-rubric', value: 'Answers one' }]],
      [{ question: 'two' }, [{ type: 'llm-rubric', value: 'Answers two' }]],
    ]);
    const none = convert({
      'promptfooconfig.yaml':
        "prompts: ['Hi {{ name }}']\nproviders: [openai:gpt-4.1-mini]\ndefaultTest: { vars: { name: Ann } }\n",
    });
    expect(parseYaml(none.files.find((f) => f.path === 'evalgate/cases.yaml')!.content)).toEqual([
      { id: 'default', vars: {} },
    ]);
    expect(none.cfg.suites[0].vars).toEqual({ name: 'Ann' });
  });

  it('says so when no test converts, instead of writing a config that does not load', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml':
        "prompts: ['Hi {{ x }}']\nproviders: [openai:gpt-4.1-mini]\ntests: huggingface://datasets/x/y\n",
    });
    try {
      const io = captureIO(p.dir, {});
      expect(await importCommand(['promptfoo'], io)).toBe(2);
      expect(io.stderrText()).toBe(
        'evalgate import: nothing written: no test could be converted (see "Not converted")\n',
      );
    } finally {
      await p.cleanup();
    }
  });
});

describe('vision prompts', () => {
  it('OpenAI-style image_url parts convert (templated URLs too); provider-specific image blocks are listed', () => {
    const r = convert({
      'promptfooconfig.yaml':
        "prompts: [file://vision.json, file://claude.json]\nproviders: [openai:gpt-4.1-mini]\ntests: [{ vars: { image_url: 'https://example.com/cat.png' } }]\n",
      'vision.json': JSON.stringify([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: '{{image_url}}' } },
          ],
        },
      ]),
      'claude.json': JSON.stringify([
        { role: 'user', content: [{ type: 'image', source: { type: 'base64', data: 'AAAA' } }] },
      ]),
    });
    expect(r.cfg.suites.map((s: Obj) => s.prompt)).toEqual(['vision.json']);
    expect(r.skippedText).toEqual([
      expect.stringMatching(
        /^prompts\[1\] message 1: user — evalgate chats hold system, user and assistant messages with text and image_url parts/,
      ),
    ]);
  });
});
