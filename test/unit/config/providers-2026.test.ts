// Config for reasoning models, tools, response formats, gateways and Azure.
import { describe, expect, it } from 'vitest';
import { load, loadError } from './fixture.js';

const files = { 'p.txt': 'Hi {{name}}' };
const cfg = (providers: string, suiteExtra = '') => `version: 1
providers:
${providers}
suites:
  - name: s
    prompt: p.txt
${suiteExtra}    cases: [{ vars: { name: a } }]
`;

describe('reasoning models', () => {
  it('a temperature or top_p the model rejects is a located error at the key that set it', async () => {
    expect(await loadError({ ...files, 'evalgate.yml': cfg('  r: { model: gpt-5-mini, temperature: 0 }') })).toEqual([
      'evalgate.yml:3:40 providers.r.temperature: gpt-5-mini is an OpenAI reasoning model: it rejects temperature 0 (only the default 1). Remove `temperature`; use `reasoningEffort` to steer it',
    ]);
    const inline = await loadError({
      ...files,
      'evalgate.yml': cfg('  r: { model: gpt-4o }', '    provider: { extends: r, model: o4-mini, topP: 0.5 }\n'),
    });
    expect(inline[0]).toMatch(
      /^evalgate.yml:7:51 suites\[0\]\.provider\.topP: o4-mini is an OpenAI reasoning model: it rejects topP 0.5/,
    );
  });

  it('accepts temperature 1, reasoningEffort and maxTokensParam; gpt-5-chat takes classic sampling', async () => {
    const c = await load({
      ...files,
      'evalgate.yml': cfg(
        '  r: { model: o3, temperature: 1, reasoningEffort: high, maxTokens: 2000, maxTokensParam: max_completion_tokens }',
      ),
    });
    expect(c.suites[0]!.provider).toMatchObject({
      model: 'o3',
      temperature: 1,
      reasoningEffort: 'high',
      maxTokensParam: 'max_completion_tokens',
    });
    await expect(
      load({ ...files, 'evalgate.yml': cfg('  r: { model: gpt-5-chat-latest, temperature: 0 }') }),
    ).resolves.toBeTruthy();
  });
});

describe('tools and response formats', () => {
  const tools = `- type: function
  function:
    name: get_weather
    parameters: { type: object, properties: { city: { type: string } }, required: [city] }
`;
  it('suite tools from a file, toolChoice, and a json_schema response format from a file become request settings', async () => {
    const c = await load({
      ...files,
      'tools.yaml': tools,
      'schemas/answer.json': '{"type":"object","properties":{"a":{"type":"string"}}}',
      'evalgate.yml': cfg(
        '  m: { model: gpt-4o-mini }',
        '    tools: tools.yaml\n    toolChoice: required\n    responseFormat: { type: json_schema, schema: schemas/answer.json, strict: true }\n',
      ),
    });
    const p = c.suites[0]!.provider;
    expect(p.tools?.[0]?.function.name).toBe('get_weather');
    expect(p.toolChoice).toBe('required');
    expect(p.responseFormat).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true },
    });
    expect(c.suites[0]!.files).toEqual(expect.arrayContaining(['tools.yaml', 'schemas/answer.json']));
  });

  it('a chat prompt file may declare tools; the suite overrides them', async () => {
    const chat = `messages:\n  - { role: user, content: "Weather in {{name}}?" }\ntools:\n${tools.trimEnd().replace(/^/gm, '  ')}\ntoolChoice: auto\n`;
    const c = await load({
      'p.yaml': chat,
      'evalgate.yml': cfg('  m: { model: gpt-4o-mini }').replace('p.txt', 'p.yaml'),
    });
    expect(c.suites[0]!.provider.tools?.[0]?.function.name).toBe('get_weather');
    expect(c.suites[0]!.provider.toolChoice).toBe('auto');
    expect(c.suites[0]!.template.messages).toEqual([{ role: 'user', content: 'Weather in {{name}}?' }]);
  });

  it('a missing tools file and a malformed tool are located errors', async () => {
    expect(await loadError({ ...files, 'evalgate.yml': cfg('  m: { model: x }', '    tools: nope.yaml\n') })).toEqual([
      'evalgate.yml:7:12 suites[0].tools: file "nope.yaml" not found',
    ]);
    const bad = await loadError({
      ...files,
      'evalgate.yml': cfg('  m: { model: x }', '    tools: [{ type: function, function: { name: "has space" } }]\n'),
    });
    expect(bad[0]).toMatch(/suites\[0\]\.tools/);
  });
});

describe('gateways and azure', () => {
  it('headers and query values interpolate ${VAR}; an unset one is dropped (fork PRs load), not an error', async () => {
    const yml = cfg(
      '  gw: { model: m, baseUrl: "https://gw.example/v1", headers: { x-api-key: "${GW_KEY}", x-team: evals }, query: { tenant: "${TENANT}" } }',
    );
    const c = await load({ ...files, 'evalgate.yml': yml }, { env: { GW_KEY: 'gw-secret', TENANT: 't1' } });
    expect(c.suites[0]!.provider).toMatchObject({
      headers: { 'x-api-key': 'gw-secret', 'x-team': 'evals' },
      query: { tenant: 't1' },
    });
    const fork = await load({ ...files, 'evalgate.yml': yml });
    expect(fork.suites[0]!.provider.headers).toEqual({ 'x-team': 'evals' });
  });

  it('type: azure takes endpoint/deployment/apiVersion (or AZURE_OPENAI_* env) and never the OpenAI key', async () => {
    const yml = cfg('  az: { type: azure, model: gpt-4o, deployment: prod }');
    const c = await load(
      { ...files, 'evalgate.yml': yml },
      {
        env: {
          AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com',
          AZURE_OPENAI_API_KEY: 'az',
          OPENAI_API_VERSION: '2024-10-21',
          OPENAI_API_KEY: 'sk-openai',
        },
      },
    );
    expect(c.suites[0]!.provider).toMatchObject({
      type: 'azure',
      endpoint: 'https://r.openai.azure.com',
      apiKey: 'az',
      apiVersion: '2024-10-21',
      deployment: 'prod',
    });
    expect(await loadError({ ...files, 'evalgate.yml': yml })).toEqual([
      'evalgate.yml:3:7 providers.az.endpoint: type: azure needs `endpoint` (https://<resource>.openai.azure.com) or AZURE_OPENAI_ENDPOINT',
    ]);
  });
});

describe('image content parts', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const chat = (img: string) => `- role: user
  content:
    - { type: text, text: "Describe {{thing}}." }
    - { image: ${img}, detail: low }
    - { type: image_url, image_url: { url: "https://cdn.example/{{thing}}.png" } }
`;
  const yml = `version: 1\nproviders:\n  m: { model: gpt-4o-mini }\nsuites:\n  - name: s\n    prompt: p.yaml\n    cases: [{ vars: { thing: cat } }]\n`;

  it('a repository image becomes a data URL; URLs stay and render vars; the image joins the prompt version and files', async () => {
    const { writeTree } = await import('./fixture.js');
    const { loadConfig } = await import('../../../src/adapters/config/loader.js');
    const { scorers } = await import('./fixture.js');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = writeTree({ 'p.yaml': chat('img/cat.png'), 'evalgate.yml': yml });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img/cat.png'), PNG);
    const c = await loadConfig(join(dir, 'evalgate.yml'), { env: {}, scorers });
    const s = c.suites[0]!;
    expect(s.template.messages[0]!.content).toEqual([
      { type: 'text', text: 'Describe {{thing}}.' },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG.toString('base64')}`, detail: 'low' } },
      { type: 'image_url', image_url: { url: 'https://cdn.example/{{thing}}.png' } },
    ]);
    expect(s.files).toContain('img/cat.png');
    const { renderPrompt } = await import('../../../src/core/prompt/render.js');
    expect(
      (renderPrompt(s.template, { thing: 'cat' })[0]!.content as { image_url?: { url: string } }[])[2]!.image_url!.url,
    ).toBe('https://cdn.example/cat.png');
    writeFileSync(join(dir, 'img/cat.png'), Buffer.concat([PNG, Buffer.from([1])]));
    const again = await loadConfig(join(dir, 'evalgate.yml'), { env: {}, scorers });
    expect(again.suites[0]!.promptVersion).not.toBe(s.promptVersion);
  });

  it('a missing image file or an unknown image type is a config error at the prompt file', async () => {
    expect(await loadError({ 'p.yaml': chat('img/none.png'), 'evalgate.yml': yml })).toEqual([
      'p.yaml: message 1: image file "img/none.png" not found',
    ]);
    expect(await loadError({ 'p.yaml': chat('img/cat.bmp'), 'evalgate.yml': yml })).toEqual([
      'p.yaml: message 1: image "img/cat.bmp" is not a URL and not a .png, .jpg, .gif or .webp file',
    ]);
  });
});
