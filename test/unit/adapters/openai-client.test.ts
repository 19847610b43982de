// The real openai SDK against the loopback fake model: every failure an endpoint can produce must arrive
// at the engine as a ModelError of the right kind, and the key must travel only in the Authorization header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { ModelError, type ProviderSettings } from '../../../src/core/model/types.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';

const KEY = 'sk-test-0123456789abcdefSECRET';
let fake: FakeModel;

beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(async () => {
  await fake.close();
});

function provider(over: Partial<ProviderSettings> = {}): ProviderSettings {
  return {
    id: 'fast',
    type: 'openai',
    model: 'gpt-4o-mini',
    baseUrl: fake.url,
    apiKey: KEY,
    timeoutMs: 5_000,
    maxRetries: 0,
    ...over,
  };
}

async function failure(p: Promise<unknown>): Promise<ModelError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ModelError);
  return err as ModelError;
}

describe('openai model client', () => {
  it('returns output, served model id, fingerprint, usage and sends the settings', async () => {
    fake.setBehavior(() => ({
      content: 'Hello Alice',
      model: 'gpt-4o-mini-2024-07-18',
      systemFingerprint: 'fp_abc',
      usage: { prompt_tokens: 11, completion_tokens: 3 },
    }));
    const client = createOpenAIModelClient();
    const before = fake.requests.length;
    const res = await client.complete({
      provider: provider({ temperature: 0, maxTokens: 50, seed: 7, extraBody: { user: 'ci' } }),
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Greet Alice' },
      ],
    });
    expect(res).toEqual({
      output: 'Hello Alice',
      servedModel: 'gpt-4o-mini-2024-07-18',
      systemFingerprint: 'fp_abc',
      usage: { input: 11, output: 3 },
      finishReason: 'stop',
    });
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1); // maxRetries 0: one request, no SDK retries
    expect(sent[0]!.body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, max_tokens: 50, seed: 7, user: 'ci' });
    expect(sent[0]!.body.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Greet Alice' },
    ]);
  });

  it('sends the API key only in the Authorization header', async () => {
    fake.setBehavior(() => ({ content: 'ok' }));
    const client = createOpenAIModelClient();
    const before = fake.requests.length;
    await client.complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] });
    const req = fake.requests[before]!;
    expect(req.headers['authorization']).toBe(`Bearer ${KEY}`);
    const elsewhere = Object.entries(req.headers).filter(
      ([name, v]) => name !== 'authorization' && String(v).includes(KEY),
    );
    expect(elsewhere).toEqual([]);
    expect(req.rawBody).not.toContain(KEY);
    expect(req.path).not.toContain(KEY);
  });

  it('falls back to OPENAI_API_KEY and OPENAI_BASE_URL from the given env', async () => {
    fake.setBehavior(() => ({ content: 'from env' }));
    const client = createOpenAIModelClient({
      env: { OPENAI_API_KEY: 'sk-env-key-123456789', OPENAI_BASE_URL: fake.url },
    });
    const before = fake.requests.length;
    const res = await client.complete({
      provider: { id: 'p', type: 'openai', model: 'm', timeoutMs: 5_000, maxRetries: 0 },
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(res.output).toBe('from env');
    expect(fake.requests[before]!.headers['authorization']).toBe('Bearer sk-env-key-123456789');
  });

  it('refuses to call api.openai.com without a key (auth, not retryable)', async () => {
    const client = createOpenAIModelClient({ env: {} });
    const err = await failure(
      client.complete({
        provider: { id: 'p', type: 'openai', model: 'm', timeoutMs: 1_000, maxRetries: 0 },
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(err.kind).toBe('auth');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('OPENAI_API_KEY');
  });

  it('maps 429 with Retry-After in seconds', async () => {
    fake.setBehavior(() => ({ status: 429, retryAfter: 120 }));
    const err = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'x' }] }),
    );
    expect(err.kind).toBe('rate-limit');
    expect(err.status).toBe(429);
    expect(err.retryable).toBe(true);
    // Not capped here: 120 s is beyond openai's own 60 s limit and the engine decides what to do with it.
    expect(err.retryAfterMs).toBe(120_000);
  });

  it('maps 429 with retry-after-ms, which wins over retry-after', async () => {
    fake.setBehavior(() => ({ status: 429, retryAfter: 9, retryAfterMs: 1500 }));
    const err = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'x' }] }),
    );
    expect(err.retryAfterMs).toBe(1500);
  });

  it('maps 429 with an HTTP-date Retry-After', async () => {
    const at = new Date(Date.now() + 3_600_000).toUTCString();
    fake.setBehavior(() => ({ status: 429, retryAfter: at }));
    const err = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'x' }] }),
    );
    expect(err.retryAfterMs).toBeGreaterThan(3_500_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it('maps 5xx to a retryable server error and 400 to a client error', async () => {
    fake.setBehavior(() => ({ status: 503, message: 'overloaded' }));
    const e5 = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect([e5.kind, e5.status, e5.retryable, e5.retryAfterMs]).toEqual(['server', 503, true, undefined]);
    expect(e5.message).toContain('overloaded');
    fake.setBehavior(() => ({ status: 400, message: 'context length exceeded' }));
    const e4 = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect([e4.kind, e4.retryable]).toEqual(['client', false]);
  });

  it('maps 401 to auth and scrubs an echoed key from the message', async () => {
    fake.setBehavior(() => ({ status: 401, message: `Incorrect API key provided: ${KEY}` }));
    const err = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(err.kind).toBe('auth');
    expect(err.message).not.toContain(KEY);
    expect(err.message).toContain('***');
  });

  it('maps a hang past provider.timeoutMs to a retryable timeout', async () => {
    fake.setBehavior(() => ({ hang: true }));
    const err = await failure(
      createOpenAIModelClient().complete({
        provider: provider({ timeoutMs: 200 }),
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(err.kind).toBe('timeout');
    expect(err.retryable).toBe(true);
  });

  it('maps an abort by the caller to aborted', async () => {
    fake.setBehavior(() => ({ hang: true }));
    const ac = new AbortController();
    const p = createOpenAIModelClient().complete({
      provider: provider(),
      messages: [{ role: 'user', content: 'hi' }],
      signal: ac.signal,
    });
    setImmediate(() => ac.abort());
    const err = await failure(p);
    expect(err.kind).toBe('aborted');
  });

  it('maps a non-JSON body and a body without choices to malformed', async () => {
    fake.setBehavior(() => ({ malformed: 'json' }));
    const e1 = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(e1.kind).toBe('malformed');
    fake.setBehavior(() => ({ malformed: 'no-choices' }));
    const e2 = await failure(
      createOpenAIModelClient().complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(e2.kind).toBe('malformed');
    expect(e2.message).toContain('no choices');
  });

  it('maps a refused connection to a retryable network error', async () => {
    const closed = await startFakeModel();
    const url = closed.url;
    await closed.close();
    const err = await failure(
      createOpenAIModelClient().complete({
        provider: provider({ baseUrl: url }),
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(err.kind).toBe('network');
    expect(err.retryable).toBe(true);
  });

  it('omits usage and fingerprint when the endpoint does not send them', async () => {
    fake.setBehavior(() => ({ content: 'x', usage: null, systemFingerprint: null }));
    const res = await createOpenAIModelClient().complete({
      provider: provider(),
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.usage).toBeUndefined();
    expect(res.systemFingerprint).toBeUndefined();
  });

  it('embeds through /embeddings as floats, in input order, with usage', async () => {
    fake.setBehavior(() => ({
      embeddings: [
        [1, 0],
        [0, 1],
      ],
      usage: { prompt_tokens: 4 },
    }));
    const before = fake.requests.length;
    const res = await createOpenAIModelClient().embed({
      provider: provider({ model: 'text-embedding-3-small' }),
      input: ['a', 'b'],
    });
    expect(res).toEqual({
      vectors: [
        [1, 0],
        [0, 1],
      ],
      usage: { input: 4, output: 0 },
    });
    expect(fake.requests[before]!.body).toMatchObject({
      model: 'text-embedding-3-small',
      input: ['a', 'b'],
      encoding_format: 'float',
    });
  });

  it('reports the keys it used so traces can be scrubbed', async () => {
    fake.setBehavior(() => ({ content: 'x' }));
    const client = createOpenAIModelClient();
    await client.complete({ provider: provider(), messages: [{ role: 'user', content: 'hi' }] });
    expect(client.secrets()).toEqual([KEY]);
  });
});
