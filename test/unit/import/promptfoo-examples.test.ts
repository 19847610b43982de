// `evalgate import promptfoo` on more shapes promptfoo's own example configs use (Vertex and Lambda providers,
// provider files, scenarios, file:// globs, other vendors' image parts, label filters on files of prompts, unset
// prompt variables, echo, transformVars, an HTTP provider that is plain chat completions), each written in
// promptfoo's documented format: converted to what promptfoo meant, or listed under "Not converted" with why.
// The converted configs then run against the loopback fake model and send what promptfoo would have sent.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importCommand } from '../../../src/cli/commands/import.js';
import { runCommand } from '../../../src/cli/commands/run.js';
import { type ImportIO, importPromptfoo } from '../../../src/core/import/promptfoo/convert.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { type FakeModel, startFakeModel } from '../../fakes/fake-model.js';
import { captureIO, makeProject } from '../cli/helpers.js';

type Obj = Record<string, any>;

function convert(files: Record<string, string>, extra: Partial<ImportIO> = {}) {
  const r = importPromptfoo(parseYaml(files['promptfooconfig.yaml']!), {
    read: (p) => files[p.replace(/^\.\//, '')],
    ...extra,
  });
  const cases = r.files.find((f) => f.path.endsWith('cases.yaml'));
  return {
    ...r,
    cfg: r.config as Obj,
    cases: (cases ? parseYaml(cases.content) : []) as Obj[],
    skippedText: r.skipped.map((s) => `${s.where}: ${s.what} — ${s.why}`),
    notesText: r.notes.map((n) => `${n.where}: ${n.text}`),
  };
}

describe('providers promptfoo examples use', () => {
  it('Vertex Gemini and Llama MaaS go through its OpenAI-compatible endpoint; Claude on Vertex and its embeddings are listed', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Say {{ x }}']
providers:
  - vertex:gemini-2.0-flash-001
  - id: vertex:llama-3.2-90b-vision-instruct-maas
    config: { projectId: my-proj, region: us-east5, temperature: 0.2 }
  - vertex:claude-3-5-sonnet-v2@20241022
defaultTest:
  options:
    provider:
      embedding: vertex:embedding:text-embedding-004
tests: [{ vars: { x: hi } }]
`,
    });
    expect(r.cfg.providers['gemini-2.0-flash-001']).toEqual({
      type: 'openai',
      model: 'google/gemini-2.0-flash-001',
      baseUrl:
        'https://${VERTEX_REGION:-us-central1}-aiplatform.googleapis.com/v1/projects/${VERTEX_PROJECT_ID}/locations/${VERTEX_REGION:-us-central1}/endpoints/openapi',
      apiKey: '${VERTEX_ACCESS_TOKEN}',
    });
    expect(r.cfg.providers['llama-3.2-90b-vision-instruct-maas']).toEqual({
      type: 'openai',
      model: 'meta/llama-3.2-90b-vision-instruct-maas',
      baseUrl: 'https://us-east5-aiplatform.googleapis.com/v1/projects/my-proj/locations/us-east5/endpoints/openapi',
      apiKey: '${VERTEX_ACCESS_TOKEN}',
      temperature: 0.2,
    });
    expect(r.notesText.join('\n')).toMatch(/VERTEX_ACCESS_TOKEN \(e\.g\. `gcloud auth print-access-token`/);
    expect(r.skippedText).toEqual([
      expect.stringMatching(
        /^providers\[2\]: vertex:claude-3-5-sonnet-v2@20241022 — .*vendor's own API \(rawPredict\)/,
      ),
      expect.stringMatching(/^defaultTest\.options\.provider\.embedding: vertex:embedding:text-embedding-004 — /),
    ]);
  });

  it('Hyperbolic, Nscale, AI/ML API and CometAPI: their OpenAI-compatible endpoints and key variables', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Hi {{ name }}']
providers:
  - hyperbolic:meta-llama/Llama-3.3-70B-Instruct
  - nscale:meta-llama/Llama-3.1-8B-Instruct
  - aimlapi:chat:gpt-4o-mini
  - id: cometapi:chat:gpt-5-mini
    label: comet
tests: [{ vars: { name: Ada } }]
`,
    });
    const endpoints = Object.values(r.cfg.providers).map((p: any) => [p.model, p.baseUrl, p.apiKey]);
    expect(endpoints).toEqual([
      ['meta-llama/Llama-3.3-70B-Instruct', 'https://api.hyperbolic.xyz/v1', '${HYPERBOLIC_API_KEY}'],
      ['meta-llama/Llama-3.1-8B-Instruct', 'https://inference.api.nscale.com/v1', '${NSCALE_SERVICE_TOKEN}'],
      ['gpt-4o-mini', 'https://api.aimlapi.com/v1', '${AIML_API_KEY}'],
      ['gpt-5-mini', 'https://api.cometapi.com/v1', '${COMETAPI_KEY}'],
    ]);
    expect(r.skippedText).toEqual([]);
    // Their image and audio generation APIs are not chat models: listed, never asked chat completions.
    const media = convert({
      'promptfooconfig.yaml':
        "prompts: ['A cat']\nproviders: [hyperbolic:image:SDXL1.0-base, hyperbolic:audio:Melo-TTS]\ntests: [{ vars: {} }]\n",
    });
    expect(media.skippedText.join('\n')).toMatch(/image API generates media, not chat answers/);
    expect(media.skippedText.join('\n')).toMatch(/audio API generates media, not chat answers/);
  });

  it("Lambda's and LiteLLM's OpenAI-compatible endpoints, and providers kept in their own YAML file (legacy functions become tools)", () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Weather in {{ city }}?']
providers:
  - lambdalabs:chat:llama3.3-70b-instruct-fp8
  - file://gpt-4o-mini.yaml
  - file://more.yaml
  - file://missing.yaml
  - litellm:claude-sonnet
tests: [{ vars: { city: Paris } }]
`,
      'gpt-4o-mini.yaml': `id: openai:chat:gpt-4o-mini
config:
  functions:
    - name: get_current_weather
      parameters: { type: object, properties: { location: { type: string } } }
`,
      'more.yaml': '- openai:gpt-4.1-mini\n- id: openai:gpt-4.1\n  label: big\n',
    });
    expect(r.cfg.providers['llama3.3-70b-instruct-fp8']).toEqual({
      type: 'openai',
      model: 'llama3.3-70b-instruct-fp8',
      baseUrl: 'https://api.lambda.ai/v1',
      apiKey: '${LAMBDA_API_KEY}',
    });
    expect(Object.keys(r.cfg.providers)).toEqual([
      'llama3.3-70b-instruct-fp8',
      'gpt-4o-mini',
      'gpt-4.1-mini',
      'big',
      'claude-sonnet',
    ]);
    expect(r.cfg.providers['claude-sonnet']).toEqual({
      type: 'openai',
      model: 'claude-sonnet',
      baseUrl: '${LITELLM_BASE_URL:-http://0.0.0.0:4000}',
      apiKey: '${LITELLM_API_KEY}',
    });
    const mini = r.cfg.suites.find((s: Obj) => s.provider === 'gpt-4o-mini');
    expect(mini.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'get_current_weather',
          parameters: { type: 'object', properties: { location: { type: 'string' } } },
        },
      },
    ]);
    expect(r.notesText.join('\n')).toMatch(/legacy `functions` are offered as function tools/);
    expect(r.skippedText).toEqual(['providers[3]: file://missing.yaml — provider file not found']);
  });

  it('an HTTP provider that is plain chat completions becomes an openai provider; one with more stays an HTTP provider', () => {
    const http = (extra: string) => `  - id: http://localhost:1234/v1/chat/completions
    config:
      method: POST
      headers: { Content-Type: application/json${extra} }
      body: { messages: '{{ prompt }}', model: gemma-2-9b-it, temperature: 0.7, max_tokens: 100 }
      transformResponse: file://parser.js
`;
    const r = convert({
      'promptfooconfig.yaml': `prompts: [file://chat.json]\nproviders:\n${http('')}${http(', X-Team: search')}tests: [{ vars: { topic: bananas } }]\n`,
      'chat.json': '[{"role":"user","content":"Tell me about {{topic}}"}]',
      'parser.js': 'module.exports = (json, text) => {\n  return json.choices[0].message.content;\n};\n',
    });
    expect(r.cfg.providers['gemma-2-9b-it']).toEqual({
      type: 'openai',
      model: 'gemma-2-9b-it',
      baseUrl: 'http://localhost:1234/v1',
      // promptfoo's HTTP provider sends no key: never OPENAI_API_KEY to that host.
      apiKey: '',
      temperature: 0.7,
      maxTokens: 100,
    });
    expect(Object.keys(r.cfg.providers)).toHaveLength(1);
    expect(r.skippedText).toEqual([
      expect.stringMatching(/^providers\[1\]: http:\/\/localhost:1234\/v1\/chat\/completions — an HTTP provider calls/),
    ]);
  });

  it('echo becomes evalgate’s echo provider (a note for chat prompts), with nothing dropped', () => {
    const r = convert({
      'promptfooconfig.yaml':
        "prompts: ['{{markdown}}', file://chat.json]\nproviders: [echo]\ntests: [{ vars: { markdown: '# hi' } }]\n",
      'chat.json': '[{"role":"system","content":"Be brief"},{"role":"user","content":"{{markdown}}"}]',
    });
    expect(r.cfg.providers).toEqual({ echo: { type: 'echo', model: 'echo' } });
    expect(r.skipped).toEqual([]);
    expect(r.notesText.join('\n')).toMatch(/echo answers a chat prompt with its messages as JSON/);
  });
});

describe('prompts and tests promptfoo examples use', () => {
  it('scenarios: every config entry × every test, entry vars under the test’s, entry checks first', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Translate to {{language}}: {{input}}']
providers: [openai:gpt-4.1-mini]
scenarios:
  - config:
      - vars: { language: Spanish, expected: Hola }
      - vars: { language: French, expected: Bonjour }
        assert: [{ type: icontains, value: 'le' }]
    tests:
      - description: hello
        vars: { input: Hello }
        assert: [{ type: icontains, value: '{{expected}}' }]
`,
    });
    expect(r.skipped).toEqual([]);
    expect(r.cases).toEqual([
      {
        description: 'hello',
        vars: { language: 'Spanish', expected: 'Hola', input: 'Hello' },
        assert: [{ type: 'icontains', value: 'Hola' }],
      },
      {
        description: 'hello',
        vars: { language: 'French', expected: 'Bonjour', input: 'Hello' },
        assert: [
          { type: 'icontains', value: 'le' },
          { type: 'icontains', value: 'Bonjour' },
        ],
      },
    ]);
  });

  it('file:// globs of prompts, tests and variables expand to the files they match now (said in a note)', () => {
    const files: Record<string, string> = {
      'promptfooconfig.yaml': `prompts: [file://prompts/*.txt]
providers: [openai:gpt-4.1-mini]
tests:
  - file://tests/*.yaml
  - vars: { article: file://articles/* }
  - vars: { article: file://none/* }
`,
      'prompts/a.txt': 'Summarise: {{article}}',
      'prompts/b.txt': 'Shorten: {{article}}',
      'tests/one.yaml': '- vars: { article: one }\n',
      'articles/1.txt': 'First.\n',
      'articles/2.txt': 'Second.\n',
    };
    const glob = (pattern: string) => {
      const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files)
        .filter((f) => re.test(f))
        .sort();
    };
    const r = convert(files, { glob });
    expect(r.cfg.suites.map((s: Obj) => s.prompt)).toEqual(['prompts/a.txt', 'prompts/b.txt']);
    expect(r.cases.map((c) => c.vars.article)).toEqual(['one', 'First.', 'Second.']);
    expect(r.notesText.join('\n')).toMatch(/file:\/\/prompts\/\*\.txt expanded to the 2 file\(s\) it matches now/);
    expect(r.skippedText).toEqual(['tests[2].vars.article: none/* — the glob matches no file']);
    // Without a way to list files (the pure conversion alone), a glob is listed, never guessed.
    expect(convert(files).skippedText[0]).toMatch(/glob patterns are not expanded here/);
  });

  it('images in Anthropic, Responses-API and Adaline part shapes become image_url parts', () => {
    const r = convert({
      'promptfooconfig.yaml':
        'prompts: [file://claude.json, file://responses.json, file://adaline.json]\nproviders: [openai:gpt-4.1-mini]\ntests: [{ vars: { image: AAAA, url: "https://x.test/a.png" } }]\n',
      'claude.json': JSON.stringify([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '{{image}}' } },
          ],
        },
      ]),
      'responses.json': JSON.stringify([
        {
          type: 'message',
          role: 'user',
          content: [
            { type: 'input_text', text: 'Describe' },
            { type: 'input_image', image_url: '{{url}}' },
          ],
        },
      ]),
      'adaline.json': JSON.stringify([
        {
          role: 'user',
          content: [
            { modality: 'text', value: 'Look' },
            { modality: 'image', detail: 'auto', value: { type: 'base64', media_type: 'png', base64: '{{image}}' } },
          ],
        },
      ]),
    });
    expect(r.skipped).toEqual([]);
    const written = (name: string) =>
      JSON.parse(r.files.find((f) => f.path === `evalgate/prompts/${name}.json`)!.content);
    expect(written('claude')[0].content).toEqual([
      { type: 'text', text: 'What is this?' },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,{{image}}' } },
    ]);
    expect(written('responses')).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe' },
          { type: 'image_url', image_url: { url: '{{url}}' } },
        ],
      },
    ]);
    expect(written('adaline')[0].content[1]).toEqual({
      type: 'image_url',
      image_url: { url: 'data:image/png;base64,{{image}}', detail: 'auto' },
    });
  });

  it("a provider's prompts filter matches the parts of a labelled file of prompts by its label", () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts:
  - { id: file://gen.txt, label: content_generation }
  - { id: file://kb.txt, label: knowledge_base_query }
providers:
  - { id: openai:gpt-4o, label: 4o, prompts: [content_generation] }
  - { id: openai:gpt-4o-mini, label: mini, prompts: [knowledge_base_query] }
tests: [{ vars: { topic: ml } }]
`,
      'gen.txt': 'Overview of {{topic}}\n---\nArticle on {{topic}}\n',
      'kb.txt': 'What does the KB say about {{topic}}?\n',
    });
    expect(r.cfg.suites.map((s: Obj) => [s.name, s.provider ?? '4o'])).toEqual([
      ['content_generation-1-4o', '4o'],
      ['content_generation-2-4o', '4o'],
      ['knowledge_base_query-mini', 'mini'],
    ]);
  });

  it('a prompt variable no test sets renders empty, as in promptfoo, and is said in a note', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['Introduce a {{person_type}} on {{ topic }}']
providers: [openai:gpt-4.1-mini]
tests: [{ vars: { topic: science } }, { vars: { topic: art, person_type: painter } }]
`,
    });
    expect(r.cases.map((c) => c.vars)).toEqual([
      { topic: 'science', person_type: '' },
      { topic: 'art', person_type: 'painter' },
    ]);
    expect(r.notesText.join('\n')).toMatch(
      /\{\{person_type\}\} is set by no test in 1 case\(s\): promptfoo renders it empty/,
    );
  });

  it('a list of strings expands into one case per value; a list of anything else (chat history) is one value', () => {
    const r = convert({
      'promptfooconfig.yaml': `prompts: ['{{history}} {{q}}']
providers: [openai:gpt-4.1-mini]
defaultTest:
  vars:
    history: [{ user: Who founded it? }, { assistant: Mark }]
tests: [{ vars: { q: [a, b] } }]
`,
    });
    expect(r.cases.map((c) => c.vars.q)).toEqual(['a', 'b']);
    expect(r.cfg.suites[0].vars).toEqual({ history: [{ user: 'Who founded it?' }, { assistant: 'Mark' }] });
  });

  it('a chat file looping over a fixed history is unrolled; a loop over per-test values or _conversation is listed', () => {
    const chat = (source: string) => `[
  { "role": "system", "content": {{ system_message | dump }} },
  {% for message in ${source} %}{% for role, content in message %}
    { "role": "{{ role }}", "content": {{ content | dump }} },
  {% endfor %}{% endfor %}
  { "role": "user", "content": {{ question | dump }} }
]`;
    const config = (more: string) => `prompts: [file://chat.json]
providers: [{ id: 'adaline:openai:chat:gpt-4o', config: { maxTokens: 50 } }]
defaultTest:
  vars:
    system_message: Be brief.
    previous_messages: [{ user: Who founded it? }, { assistant: Mark }]
tests: [{ vars: { question: Why? } }${more}]
`;
    const r = convert({ 'promptfooconfig.yaml': config(''), 'chat.json': chat('previous_messages') });
    expect(r.skipped).toEqual([]);
    expect(r.cfg.providers['gpt-4o'].maxTokens).toBe(50);
    expect(JSON.parse(r.files.find((f) => f.path === 'evalgate/prompts/chat.json')!.content)).toEqual([
      { role: 'system', content: '{{system_message}}' },
      { role: 'user', content: 'Who founded it?' },
      { role: 'assistant', content: 'Mark' },
      { role: 'user', content: '{{question}}' },
    ]);
    expect(r.notesText.join('\n')).toMatch(/loops were unrolled with the defaultTest value/);
    // A test that sets the history itself: the loop is not one value for every test.
    const own = convert({
      'promptfooconfig.yaml': config(', { vars: { question: b, previous_messages: [] } }'),
      'chat.json': chat('previous_messages'),
    });
    expect(own.skippedText[0]).toMatch(
      /^prompts\[0\]: file:\/\/chat\.json — a Nunjucks \{% for %\} over "previous_messages", which is not one fixed value/,
    );
    const conv = convert({ 'promptfooconfig.yaml': config(''), 'chat.json': chat('_conversation') });
    expect(conv.skippedText[0]).toMatch(/promptfoo's _conversation .* has no evalgate equivalent/);
  });

  it('inline transformVars run per test where the CLI runs them; without, or as a file, they are listed', () => {
    const files = {
      'promptfooconfig.yaml': `prompts: ['Describe {{image_markdown}}']
providers: [openai:gpt-4.1-mini]
defaultTest:
  options:
    transformVars: |
      return { ...vars, image_markdown: \`![image](\${vars.url})\` }
tests:
  - vars: { url: 'https://x.test/a.png' }
  - vars: { url: 'https://x.test/b.png' }
    options: { transformVars: file://tv.js }
`,
    };
    const run = (code: string, vars: Obj) => ({ vars: new Function('vars', 'context', code)(vars, {}) as Obj });
    const r = convert(files, { transformVars: run });
    expect(r.cases).toEqual([
      { vars: { url: 'https://x.test/a.png', image_markdown: '![image](https://x.test/a.png)' } },
    ]);
    expect(r.skippedText).toEqual([
      expect.stringMatching(/^tests\[1\]: options\.transformVars — .*not a file:\/\/ script/),
    ]);
    expect(r.notesText.join('\n')).toMatch(/transformVars ran at import time on each test's vars/);
    expect(convert(files).skippedText[0]).toMatch(/^defaultTest\.options\.transformVars: transformVars — /);
  });

  it('transformVars output is merged over the test vars, as promptfoo merges it (a transform of new keys keeps the rest)', () => {
    const files = {
      'promptfooconfig.yaml': `prompts: ['{{text}} / {{shout}}']
providers: [openai:gpt-4.1-mini]
defaultTest:
  options:
    transformVars: 'return { shout: vars.text.toUpperCase() }'
tests:
  - vars: { text: hello }
`,
    };
    const run = (code: string, vars: Obj) => ({ vars: new Function('vars', 'context', code)(vars, {}) as Obj });
    expect(convert(files, { transformVars: run }).cases).toEqual([{ vars: { text: 'hello', shout: 'HELLO' } }]);
  });

  it('a javascript check whose file does not exist is listed, not written as an import that fails to load', () => {
    const r = convert({
      'promptfooconfig.yaml':
        "prompts: ['Say {{ x }}']\nproviders: [openai:gpt-4.1-mini]\ntests: [{ vars: { x: a }, assert: [{ type: javascript, value: file://asserts/assert.js }] }]\n",
    });
    expect(r.skippedText).toEqual(['tests[0].assert[0]: javascript asserts/assert.js — file not found']);
  });
});

describe('imported example shapes run against the fake model and mean what promptfoo meant', () => {
  let fake: FakeModel;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    fake = await startFakeModel();
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  const env = () => ({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test-0123456789abcdef' });

  it('echo answers with the rendered prompt and sends no request; checks grade that text', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml': `prompts: ['Translate to {{lang}}: {{text}}']
providers: [echo]
tests:
  - description: echoed
    vars: { lang: French, text: Hello }
    assert: [{ type: equals, value: 'Translate to French: Hello' }]
  - description: fails
    vars: { lang: German, text: Hi }
    assert: [{ type: javascript, value: 'false' }]
`,
    });
    cleanups.push(p.cleanup);
    expect(await importCommand(['promptfoo'], captureIO(p.dir, {}))).toBe(0);
    const before = fake.chatRequests().length;
    await runCommand(['--no-cache', '--out', 'results.json'], captureIO(p.dir, env()));
    expect(fake.chatRequests().length).toBe(before);
    const results = parseResults(await readFile(join(p.dir, 'results.json'), 'utf8'));
    const got = Object.fromEntries(
      results.suites[0]!.cases.map((c) => [c.description, [c.samples[0]!.output, c.samples[0]!.pass]]),
    );
    expect(got).toEqual({ echoed: ['Translate to French: Hello', true], fails: ['Translate to German: Hi', false] });
  });

  it('scenarios, a var glob, transformVars and an unset var reach the model as promptfoo renders them', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml': `prompts: ['{{greeting}}{{lang}} {{doc}} {{md}}']
providers: [openai:gpt-4.1-mini]
defaultTest:
  options:
    transformVars: |
      return { ...vars, md: '[' + vars.doc.trim() + ']' }
tests:
  - vars: { lang: en, doc: file://docs/* }
scenarios:
  - config: [{ vars: { lang: fr } }]
    tests: [{ vars: { doc: x } }]
`,
      'docs/1.txt': 'one\n',
      'docs/2.txt': 'two\n',
    });
    cleanups.push(p.cleanup);
    const io = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo'], io)).toBe(0);
    expect(io.stdoutText()).not.toContain('Not converted');
    fake.setBehavior(() => ({ content: 'ok' }));
    const before = fake.chatRequests().length;
    expect(await runCommand(['--no-cache'], captureIO(p.dir, env()))).toBe(0);
    const sent = fake
      .chatRequests()
      .slice(before)
      .map((r) => (r.body as Obj).messages.at(-1).content)
      .sort();
    expect(sent).toEqual(['en one [one]', 'en two [two]', 'fr x [x]']);
  });

  it('a JavaScript test generator runs at import time and its tests are the cases; one that throws is listed', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml': `prompts: ['Translate to {{lang}}: {{text}}']
providers: [echo]
tests:
  - file://static.mjs
  - file://dynamic.mjs:fromDatabase
  - file://broken.mjs
`,
      'static.mjs':
        "export default [{ vars: { lang: 'French', text: 'Hello' }, assert: [{ type: 'contains', value: 'French' }] }];\n",
      'dynamic.mjs':
        "export async function fromDatabase() {\n  const rows = [{ text: 'Night', lang: 'Italian' }];\n  return rows.map((r) => ({ vars: r, assert: [{ type: 'contains', value: 'Spanish' }] }));\n}\n",
      'broken.mjs': "export default () => { throw new Error('no database here'); };\n",
    });
    cleanups.push(p.cleanup);
    const io = captureIO(p.dir, {});
    expect(await importCommand(['promptfoo'], io)).toBe(0);
    expect(io.stdoutText()).toContain(
      '  - tests[2]: file://broken.mjs — a test generator that could not be run here: no database here\n',
    );
    expect(io.stderrText()).toMatch(
      /note: tests\[1\]: file:\/\/dynamic\.mjs:fromDatabase: ran at import time; the cases hold the 1 test/,
    );
    await runCommand(['--no-cache', '--out', 'results.json'], captureIO(p.dir, env()));
    const results = parseResults(await readFile(join(p.dir, 'results.json'), 'utf8'));
    expect(results.suites[0]!.cases.map((c) => [c.samples[0]!.output, c.samples[0]!.pass])).toEqual([
      ['Translate to French: Hello', true],
      ['Translate to Italian: Night', false],
    ]);
  });

  it('a Vertex Gemini provider, pointed at the endpoint, sends google/<model> with the access token', async () => {
    const p = await makeProject({
      'promptfooconfig.yaml':
        "prompts: ['Hi {{ x }}']\nproviders: [vertex:gemini-2.0-flash-001]\ntests: [{ vars: { x: a } }]\n",
    });
    cleanups.push(p.cleanup);
    const vertexEnv = { VERTEX_PROJECT_ID: 'proj', VERTEX_ACCESS_TOKEN: 'ya29.test-token-0123456789' };
    expect(await importCommand(['promptfoo'], captureIO(p.dir, vertexEnv))).toBe(0);
    const path = join(p.dir, 'evalgate.yml');
    const written = await readFile(path, 'utf8');
    expect(written).toContain('/projects/${VERTEX_PROJECT_ID}/locations/');
    // The one change a test must make: Google's host is the loopback fake here.
    await writeFile(path, written.replace(/baseUrl: .*/, `baseUrl: ${fake.url}`));
    fake.setBehavior(() => ({ content: 'ok' }));
    expect(
      await runCommand(['--no-cache'], captureIO(p.dir, { ...vertexEnv, OPENAI_API_KEY: 'sk-other-0123456789' })),
    ).toBe(0);
    const req = fake.chatRequests().at(-1)!;
    expect(req.body.model).toBe('google/gemini-2.0-flash-001');
    expect(req.headers.authorization).toBe('Bearer ya29.test-token-0123456789');
  });
});
