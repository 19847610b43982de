// The openai adapter against a fake model that enforces the real API's rules: reasoning-model
// parameters, tool_calls answers, cached/reasoning token usage and a gateway's cost, a required
// gateway header, Azure's deployment path + api-version, and a proxy that must be used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { ModelError, type ProviderSettings } from '../../../src/core/model/types.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { startFakeProxy } from '../../fakes/fake-proxy.js';

const KEY = 'sk-test-2026-SECRET';
let fake: FakeModel;

beforeAll(async () => {
  fake = await startFakeModel({ reasoningRules: true });
});
afterAll(async () => {
  await fake.close();
});

function provider(over: Partial<ProviderSettings> = {}): ProviderSettings {
  return {
    id: 'p',
    type: 'openai',
    model: 'gpt-5-mini',
    baseUrl: fake.url,
    apiKey: KEY,
    timeoutMs: 5_000,
    maxRetries: 0,
    ...over,
  };
}
const msgs = [{ role: 'user' as const, content: 'hi' }];

async function failure(p: Promise<unknown>): Promise<ModelError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ModelError);
  return err as ModelError;
}

describe('reasoning models', () => {
  it('sends max_completion_tokens and reasoning_effort to gpt-5 / o-series and reads reasoning tokens', async () => {
    fake.setBehavior(() => ({
      content: 'ok',
      usage: { prompt_tokens: 10, completion_tokens: 40, completion_tokens_details: { reasoning_tokens: 32 } },
    }));
    const client = createOpenAIModelClient();
    for (const model of ['gpt-5-mini', 'o3', 'o4-mini-2025-04-16', 'openai/gpt-5.1']) {
      const res = await client.complete({
        provider: provider({ model, maxTokens: 500, reasoningEffort: 'low' }),
        messages: msgs,
      });
      expect(res.usage).toEqual({ input: 10, output: 40, reasoning: 32 });
      const body = fake.chatRequests().at(-1)!.body;
      expect(body).toMatchObject({ max_completion_tokens: 500, reasoning_effort: 'low' });
      expect(body.max_tokens).toBeUndefined();
    }
  });

  it('classic models keep max_tokens; maxTokensParam overrides the family rule either way', async () => {
    fake.setBehavior(() => ({ content: 'ok' }));
    const client = createOpenAIModelClient();
    await client.complete({
      provider: provider({ model: 'gpt-4o-mini', maxTokens: 20, temperature: 0 }),
      messages: msgs,
    });
    expect(fake.chatRequests().at(-1)!.body).toMatchObject({ max_tokens: 20, temperature: 0 });
    await client.complete({
      provider: provider({ model: 'my-vllm-reasoner', maxTokens: 20, maxTokensParam: 'max_completion_tokens' }),
      messages: msgs,
    });
    expect(fake.chatRequests().at(-1)!.body).toMatchObject({ max_completion_tokens: 20 });
    // The fake answers like the API: forcing max_tokens on a reasoning model is the 400 users hit before.
    const err = await failure(
      client.complete({ provider: provider({ maxTokens: 20, maxTokensParam: 'max_tokens' }), messages: msgs }),
    );
    expect(err).toMatchObject({ kind: 'client', status: 400 });
    expect(err.message).toContain("Use 'max_completion_tokens' instead");
  });
});

describe('tool calls, usage details and reported cost', () => {
  it('sends tools and tool_choice, and parses tool_calls (content null) with parsed arguments', async () => {
    fake.setBehavior(() => ({
      content: null,
      toolCalls: [
        { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' },
        { name: 'broken', arguments: '{"city":' },
      ],
    }));
    const client = createOpenAIModelClient();
    const tools = [{ type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object' } } }];
    const res = await client.complete({
      provider: provider({ model: 'gpt-4o-mini', tools, toolChoice: 'auto', responseFormat: { type: 'json_object' } }),
      messages: msgs,
    });
    expect(res.output).toBe('');
    expect(res.finishReason).toBe('tool_calls');
    expect(res.toolCalls).toEqual([
      { name: 'get_weather', arguments: { city: 'Paris', unit: 'c' }, argumentsValid: true },
      { name: 'broken', arguments: '{"city":', argumentsValid: false },
    ]);
    expect(fake.chatRequests().at(-1)!.body).toMatchObject({
      tools,
      tool_choice: 'auto',
      response_format: { type: 'json_object' },
    });
  });

  it('reads cached prompt tokens and a gateway-reported cost', async () => {
    fake.setBehavior(() => ({
      content: 'x',
      usage: {
        prompt_tokens: 1000,
        completion_tokens: 10,
        prompt_tokens_details: { cached_tokens: 800 },
        cost: 0.000123,
      },
    }));
    const res = await createOpenAIModelClient().complete({
      provider: provider({ model: 'gpt-4o-mini' }),
      messages: msgs,
    });
    expect(res.usage).toEqual({ input: 1000, output: 10, cachedInput: 800 });
    expect(res.reportedCostUsd).toBe(0.000123);
  });
});

describe('gateways', () => {
  it('sends provider headers and query parameters; their values are secrets masked in errors', async () => {
    const gw = await startFakeModel({ requireHeader: { name: 'x-portkey-api-key', value: 'pk-gateway-SECRET-1' } });
    try {
      gw.setBehavior(() => ({ content: 'through the gateway' }));
      const client = createOpenAIModelClient();
      const p = provider({
        model: 'gpt-4o-mini',
        baseUrl: gw.url,
        headers: { 'x-portkey-api-key': 'pk-gateway-SECRET-1' },
        query: { tenant: 'acme-SECRET-2' },
      });
      const res = await client.complete({ provider: p, messages: msgs });
      expect(res.output).toBe('through the gateway');
      const req = gw.chatRequests().at(-1)!;
      expect(req.query).toEqual({ tenant: 'acme-SECRET-2' });
      expect(client.secrets()).toEqual(expect.arrayContaining(['pk-gateway-SECRET-1', 'acme-SECRET-2']));
      // A wrong header is the gateway's 401, and the message never carries a secret value.
      gw.setBehavior(() => ({ status: 400, message: 'bad tenant acme-SECRET-2' }));
      const err = await failure(client.complete({ provider: p, messages: msgs }));
      expect(err.message).not.toContain('acme-SECRET-2');
      const noHeader = await failure(client.complete({ provider: { ...p, headers: {} }, messages: msgs }));
      expect(noHeader).toMatchObject({ kind: 'auth', status: 401 });
    } finally {
      await gw.close();
    }
  });
});

describe('azure', () => {
  it('calls {endpoint}/openai/deployments/{deployment}/chat/completions?api-version with api-key, or an Entra bearer token', async () => {
    const az = await startFakeModel({
      azure: { deployments: ['prod-gpt4o'], apiVersion: '2024-10-21', apiKey: 'az-key-SECRET', bearer: 'entra-SECRET' },
    });
    try {
      az.setBehavior(() => ({ content: 'from azure' }));
      const client = createOpenAIModelClient();
      const base: ProviderSettings = {
        id: 'az',
        type: 'azure',
        model: 'gpt-4o',
        endpoint: az.origin,
        deployment: 'prod-gpt4o',
        apiVersion: '2024-10-21',
        apiKey: 'az-key-SECRET',
        timeoutMs: 5000,
        maxRetries: 0,
      };
      expect((await client.complete({ provider: base, messages: msgs })).output).toBe('from azure');
      const req = az.chatRequests().at(-1)!;
      expect(req.path).toBe('/openai/deployments/prod-gpt4o/chat/completions');
      expect(req.query['api-version']).toBe('2024-10-21');
      expect(req.headers['api-key']).toBe('az-key-SECRET');
      const { apiKey: _k, ...entra } = base;
      expect(
        (await client.complete({ provider: { ...entra, azureAdToken: 'entra-SECRET' }, messages: msgs })).output,
      ).toBe('from azure');
      expect(az.chatRequests().at(-1)!.headers.authorization).toBe('Bearer entra-SECRET');
      const wrong = await failure(client.complete({ provider: { ...base, deployment: 'nope' }, messages: msgs }));
      expect(wrong).toMatchObject({ status: 404 });
      expect(client.secrets()).toEqual(expect.arrayContaining(['az-key-SECRET', 'entra-SECRET']));
    } finally {
      await az.close();
    }
  });
});

describe('azure beside an OpenAI-compatible base URL', () => {
  it('an OPENAI_BASE_URL in the environment (for the other providers) does not break an Azure provider', async () => {
    const az = await startFakeModel({
      azure: { deployments: ['d1'], apiVersion: '2024-10-21', apiKey: 'az-key-SECRET' },
    });
    const saved = process.env['OPENAI_BASE_URL'];
    process.env['OPENAI_BASE_URL'] = 'http://127.0.0.1:9/v1';
    try {
      az.setBehavior(() => ({ content: 'from azure' }));
      const client = createOpenAIModelClient();
      const p: ProviderSettings = {
        id: 'az',
        type: 'azure',
        model: 'gpt-4o',
        endpoint: az.origin,
        deployment: 'd1',
        apiVersion: '2024-10-21',
        apiKey: 'az-key-SECRET',
        timeoutMs: 5000,
        maxRetries: 0,
      };
      expect((await client.complete({ provider: p, messages: msgs })).output).toBe('from azure');
    } finally {
      if (saved === undefined) delete process.env['OPENAI_BASE_URL'];
      else process.env['OPENAI_BASE_URL'] = saved;
      await az.close();
    }
  });
});

describe('proxy', () => {
  it('HTTPS_PROXY/HTTP_PROXY route model calls through the proxy (the host resolves only there); NO_PROXY bypasses it', async () => {
    const port = new URL(fake.url).port;
    const proxy = await startFakeProxy({ 'model.internal.test': `127.0.0.1:${port}` });
    try {
      fake.setBehavior(() => ({ content: 'via proxy' }));
      const env = { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };
      const client = createOpenAIModelClient({ env });
      const res = await client.complete({
        provider: provider({ model: 'gpt-4o-mini', baseUrl: `http://model.internal.test:${port}/v1` }),
        messages: msgs,
      });
      expect(res.output).toBe('via proxy');
      expect(proxy.seen).toContain(`model.internal.test:${port}`);
      // Without the proxy the name does not resolve: the call cannot have bypassed it.
      const direct = await failure(
        createOpenAIModelClient().complete({
          provider: provider({
            model: 'gpt-4o-mini',
            baseUrl: `http://model.internal.test:${port}/v1`,
            timeoutMs: 3000,
          }),
          messages: msgs,
        }),
      );
      expect(direct.kind).toBe('network');
      const seen = proxy.seen.length;
      const bypass = createOpenAIModelClient({ env: { ...env, NO_PROXY: '127.0.0.1' } });
      expect((await bypass.complete({ provider: provider({ model: 'gpt-4o-mini' }), messages: msgs })).output).toBe(
        'via proxy',
      );
      expect(proxy.seen.length).toBe(seen);
    } finally {
      await proxy.close();
    }
  });
});
