// Reasoning models, tools, gateways, Azure, a proxy, cached-token cost and templated assertions, end to
// end: `node dist/cli.js run` on a temp project against fake models that answer like the real APIs
// (400 on max_tokens / temperature for gpt-5, tool_calls, cached_tokens, a required gateway header,
// Azure's deployment path + api-version) and a proxy whose host names resolve only there.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResults } from '../../src/core/results/parse.js';
import { startFakeModel, type FakeModel, type FakeRequest, type FakeResponse } from '../fakes/fake-model.js';
import { startFakeProxy, type FakeProxy } from '../fakes/fake-proxy.js';
import { runNode } from '../support/processes.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const GW_KEY = 'gw-key-0123456789-SECRET';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
const AZ_KEY = 'az-key-abcdef-SECRET';

let root: string;
let model: FakeModel;
let gateway: FakeModel;
let azure: FakeModel;
let proxy: FakeProxy;

/** One fake "world": answers by the question, like a model would. */
function answer(req: FakeRequest): FakeResponse {
  const q = req.lastUser;
  if (req.body?.tools) {
    if (q.includes('weather in Paris'))
      return { content: null, toolCalls: [{ name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' }] };
    if (q.includes('weather in Rome'))
      return { content: null, toolCalls: [{ name: 'get_weather', arguments: '{"town":"Rome"}' }] };
    return { content: 'I cannot call tools for that.' };
  }
  if (q.startsWith('Capital of')) {
    const capitals: Record<string, string> = { France: 'Paris', Japan: 'Tokyo', Italy: 'Rome' };
    const country = q.replace(/^Capital of (\w+).*$/, '$1');
    return {
      content: capitals[country] ?? 'unknown',
      usage: { prompt_tokens: 2000, completion_tokens: 10, prompt_tokens_details: { cached_tokens: 1500 } },
    };
  }
  return {
    content: `Hello! ${q}`,
    usage: { prompt_tokens: 20, completion_tokens: 60, completion_tokens_details: { reasoning_tokens: 48 } },
  };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'p-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text, rel.endsWith('.png') ? 'latin1' : 'utf8');
  }
  return dir;
}

async function cli(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  const full = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd, OPENAI_API_KEY: 'sk-e2e-key-SECRET', ...env };
  const r = await runNode(CLI, args, { cwd, env: full });
  return { code: r.code, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'evalgate-2026-'));
  model = await startFakeModel({ reasoningRules: true, behavior: answer });
  gateway = await startFakeModel({ requireHeader: { name: 'x-gateway-key', value: GW_KEY }, behavior: answer });
  azure = await startFakeModel({
    azure: { deployments: ['prod-4o'], apiVersion: '2024-10-21', apiKey: AZ_KEY },
    behavior: answer,
  });
  proxy = await startFakeProxy({ 'llm.corp.internal': `127.0.0.1:${new URL(model.url).port}` });
});
afterAll(async () => {
  await Promise.all([model.close(), gateway.close(), azure.close(), proxy.close()]);
  rmSync(root, { recursive: true, force: true });
});

const TOOLS = `- type: function
  function:
    name: get_weather
    description: Current weather for a city
    parameters:
      type: object
      properties: { city: { type: string }, unit: { enum: [c, f] } }
      required: [city]
      additionalProperties: false
`;

describe('evalgate run (dist/cli.js) with 2026 models, tools and gateways', () => {
  it('runs a gpt-5 suite, tool-call suites, a header gateway, Azure, a proxy, cached-token cost and templated assertions', async () => {
    const portModel = new URL(model.url).port;
    const dir = project({
      'evalgate.yml': `version: 1
providers:
  reasoner: { model: gpt-5-mini, maxTokens: 400, reasoningEffort: low, baseUrl: "${model.url}", maxRetries: 0 }
  classic: { model: gpt-4o-mini, temperature: 0, maxTokens: 50, baseUrl: "${model.url}", maxRetries: 0 }
  gateway: { model: gpt-4o-mini, baseUrl: "${gateway.url}", headers: { x-gateway-key: "\${GW_KEY}" }, maxRetries: 0 }
  azure: { type: azure, model: gpt-4o, deployment: prod-4o, endpoint: "${azure.origin}", apiVersion: "2024-10-21", maxRetries: 0 }
  proxied: { model: gpt-4o-mini, baseUrl: "http://llm.corp.internal:${portModel}/v1", maxRetries: 0 }
defaults: { provider: classic, concurrency: 2 }
gate: { minScore: 0.9 }
suites:
  - name: reasoning
    provider: reasoner
    prompt: prompts/greet.txt
    cases: [{ id: ann, vars: { name: Ann } }]
    assert: [{ type: icontains, value: "hello" }]
  - name: tools-pass
    prompt: prompts/weather.txt
    tools: tools.yaml
    toolChoice: auto
    cases: [{ id: paris, vars: { city: Paris } }]
    assert:
      - { type: tool-call, value: { name: get_weather, arguments: { city: "{{city}}" } } }
      - { type: is-valid-tool-call }
  - name: tools-fail
    prompt: prompts/weather.txt
    tools: tools.yaml
    cases: [{ id: rome, vars: { city: Rome } }]
    assert:
      - { type: tool-call, value: { name: get_weather, arguments: { city: "{{city}}" } } }
      - { type: is-valid-tool-call }
  - name: capitals
    prompt: prompts/capital.txt
    cases: cases/capitals.csv
    assert: [{ type: equals, value: "{{expected}}" }]
  - name: via-gateway
    provider: gateway
    prompt: prompts/greet.txt
    cases: [{ id: bo, vars: { name: Bo } }]
    assert: [{ type: icontains, value: hello }]
  - name: via-azure
    provider: azure
    prompt: prompts/greet.txt
    cases: [{ id: cy, vars: { name: Cy } }]
    assert: [{ type: icontains, value: hello }]
  - name: vision
    prompt: prompts/vision.yaml
    cases: [{ id: cat, vars: { thing: cat } }]
    assert: [{ type: icontains, value: hello }]
  - name: via-proxy
    provider: proxied
    prompt: prompts/greet.txt
    cases: [{ id: di, vars: { name: Di } }]
    assert: [{ type: icontains, value: hello }]
`,
      'prompts/greet.txt': 'Greet {{name}}.',
      'prompts/weather.txt': 'What is the weather in {{city}}?',
      'prompts/capital.txt': 'Capital of {{country}}? One word.',
      'prompts/vision.yaml':
        '- role: user\n  content:\n    - { type: text, text: "Greet the {{thing}} in the picture." }\n    - { image: img/cat.png }\n',
      'img/cat.png': PNG.toString('latin1'),
      'tools.yaml': TOOLS,
      'cases/capitals.csv': 'country,expected,__expected\nFrance,Paris,icontains: pari\nJapan,Tokyo,Tokyo\n',
    });
    const before = model.chatRequests().length;
    const r = await cli(dir, ['run', '--out', 'results.json', '--trace', 'trace.jsonl', '--no-cache'], {
      GW_KEY,
      AZURE_OPENAI_API_KEY: AZ_KEY,
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1',
    });
    // tools-fail is below minScore: exit 1, everything else passes.
    expect(r.code, r.out).toBe(1);
    const results = parseResults(readFileSync(join(dir, 'results.json'), 'utf8'));
    const suite = (name: string) => results.suites.find((s) => s.name === name)!;
    const sample = (name: string, i = 0) => suite(name).cases[i]!.samples[0]!;
    for (const s of ['reasoning', 'tools-pass', 'capitals', 'vision', 'via-gateway', 'via-azure', 'via-proxy']) {
      expect({ s, score: suite(s).aggregates.meanScore, errors: suite(s).aggregates.errors }).toEqual({
        s,
        score: 1,
        errors: 0,
      });
    }

    // gpt-5: max_completion_tokens + reasoning_effort, no temperature; reasoning tokens in the results.
    const sent = model
      .chatRequests()
      .slice(before)
      .map((q) => q.body);
    const gpt5 = sent.find((b) => b.model === 'gpt-5-mini');
    expect(gpt5).toMatchObject({ max_completion_tokens: 400, reasoning_effort: 'low' });
    expect(gpt5.max_tokens).toBeUndefined();
    expect(sample('reasoning').tokens).toEqual({ input: 20, output: 60, reasoning: 48 });
    expect(suite('reasoning').aggregates.tokens.reasoning).toBe(48);

    // Tools: declared in the request; the tool call is recorded, scored, traced; the failing call says why.
    expect(sent.find((b) => b.tools)?.tools[0].function.name).toBe('get_weather');
    expect(sample('tools-pass').toolCalls).toEqual([
      { name: 'get_weather', arguments: { city: 'Paris', unit: 'c' }, argumentsValid: true },
    ]);
    expect(sample('tools-fail').pass).toBe(false);
    const reasons = sample('tools-fail')
      .assertions.map((a: { reason: string }) => a.reason)
      .join(' | ');
    expect(reasons).toMatch(/get_weather\(\{"town":"Rome"\}\)/);
    expect(reasons).toMatch(/must have required property 'city'/);
    const trace = readFileSync(join(dir, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(trace.find((t) => t.suite === 'tools-pass').toolCalls[0].name).toBe('get_weather');
    expect(r.out).toContain('tools-fail');

    // A repository image is sent as a data URL; the trace shows its type and size, not its bytes.
    const vision = sent.find((b) => Array.isArray(b.messages[0].content));
    expect(vision.messages[0].content[1]).toEqual({
      type: 'image_url',
      image_url: { url: `data:image/png;base64,${PNG.toString('base64')}` },
    });
    const visionTrace = trace.find((t) => t.suite === 'vision');
    expect(visionTrace.messages[0].content[1].image_url.url).toBe(`data:image/png;base64,… (${PNG.length} bytes)`);

    // Cached prompt tokens: 500 at $0.15/1M + 1500 at $0.075/1M + 10 at $0.60/1M, per request.
    const perRequest = (500 * 0.15 + 1500 * 0.075 + 10 * 0.6) / 1e6;
    expect(sample('capitals').tokens).toEqual({ input: 2000, output: 10, cachedInput: 1500 });
    expect(sample('capitals').costUsd).toBeCloseTo(perRequest, 15);
    // Templated equals + the CSV's __expected column (icontains) both ran per case.
    expect(
      sample('capitals', 0).assertions.map((a: { type: string; reason: string }) => `${a.type}: ${a.reason}`),
    ).toEqual(['equals: output equals "Paris"', expect.stringMatching(/^icontains: output contains "pari"/)]);

    // Gateway header, Azure path and the proxy were used; the header value and the Azure key never appear.
    expect(gateway.chatRequests().at(-1)!.headers['x-gateway-key']).toBe(GW_KEY);
    expect(azure.chatRequests().at(-1)!.path).toBe('/openai/deployments/prod-4o/chat/completions');
    expect(azure.chatRequests().at(-1)!.query['api-version']).toBe('2024-10-21');
    expect(proxy.seen).toContain(`llm.corp.internal:${portModel}`);
    // undici 6's EnvHttpProxyAgent printed "EnvHttpProxyAgent is experimental" on every run behind a proxy.
    expect(r.out).not.toMatch(/experimental/i);
    const written = [
      r.out,
      readFileSync(join(dir, 'results.json'), 'utf8'),
      readFileSync(join(dir, 'trace.jsonl'), 'utf8'),
    ].join('\n');
    for (const secret of [GW_KEY, AZ_KEY, 'sk-e2e-key-SECRET']) expect(written).not.toContain(secret);
  });

  it('a gpt-5 provider with temperature 0 is a located config error (exit 2), not a 400 per request', async () => {
    const dir = project({
      'evalgate.yml': `version: 1\nproviders:\n  r: { model: gpt-5, temperature: 0, baseUrl: "${model.url}" }\nsuites:\n  - name: s\n    prompt: p.txt\n    cases: [{ vars: { name: a } }]\n`,
      'p.txt': 'Hi {{name}}',
    });
    const before = model.requests.length;
    const r = await cli(dir, ['run']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /evalgate\.yml:3:\d+ providers\.r\.temperature: gpt-5 is an OpenAI reasoning model: it rejects temperature 0/,
    );
    expect(model.requests.length).toBe(before);
  });
});
