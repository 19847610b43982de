// The fake model itself, over real HTTP with fetch (the openai SDK path is in engine-openai.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { fakeEmbedding, startFakeModel, type FakeModel } from '../../fakes/fake-model.js';

let fm: FakeModel | undefined;
afterEach(async () => {
  await fm?.close();
  fm = undefined;
});

const chat = (url: string, content: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      model: 'm1',
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content },
      ],
    }),
  });

describe('fake model', () => {
  it('echoes the last user message with usage, model and fingerprint, and records the request', async () => {
    fm = await startFakeModel();
    expect(fm.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const res = await chat(fm.url, 'hello there', { authorization: 'Bearer k1' });
    const body = (await res.json()) as any;
    expect(body.choices[0].message.content).toBe('echo: hello there');
    expect(body.model).toBe('m1');
    expect(body.system_fingerprint).toBe('fp_fake');
    expect(body.usage).toEqual({ prompt_tokens: 1 + 3 + 8, completion_tokens: 5, total_tokens: 17 });
    expect(fm.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', body: { model: 'm1' } });
    expect(fm.requests[0]!.headers.authorization).toBe('Bearer k1');
  });

  it('scripts replies, errors with Retry-After, malformed bodies and per-request counters', async () => {
    fm = await startFakeModel({
      behavior: (r) => {
        if (r.n === 0) return { status: 429, retryAfter: 3 };
        if (r.n === 1) return { status: 503, retryAfterMs: 250 };
        if (r.n === 2) return { malformed: true };
        if (r.n === 3) return { malformed: 'no-choices' };
        return {
          content: `#${r.endpointN}`,
          model: 'served-x',
          systemFingerprint: null,
          usage: { prompt_tokens: 7, completion_tokens: 9 },
        };
      },
    });
    const r0 = await chat(fm.url, 'a');
    expect([r0.status, r0.headers.get('retry-after')]).toEqual([429, '3']);
    const r1 = await chat(fm.url, 'a');
    expect([r1.status, r1.headers.get('retry-after-ms')]).toEqual([503, '250']);
    const r2 = await chat(fm.url, 'a');
    await expect(r2.json()).rejects.toThrow();
    const r3 = (await (await chat(fm.url, 'a')).json()) as any;
    expect(r3.choices).toBeUndefined();
    const r4 = (await (await chat(fm.url, 'a')).json()) as any;
    expect(r4).toMatchObject({
      model: 'served-x',
      usage: { prompt_tokens: 7, completion_tokens: 9 },
      choices: [{ message: { content: '#4' } }],
    });
    expect(r4.system_fingerprint).toBeUndefined();
  });

  it('serves embeddings and models', async () => {
    fm = await startFakeModel();
    const res = (await (
      await fetch(`${fm.url}/embeddings`, {
        method: 'POST',
        body: JSON.stringify({ model: 'e', input: ['red apple', 'red apple pie'] }),
      })
    ).json()) as any;
    expect(res.data).toHaveLength(2);
    expect(res.data[0].embedding).toEqual(fakeEmbedding('red apple'));
    const models = (await (await fetch(`${fm.url}/models`)).json()) as any;
    expect(models.data[0].id).toBe('fake-model');
  });

  it('closes promptly even with a hanging request in flight', async () => {
    fm = await startFakeModel({ behavior: () => ({ hang: true }) });
    const pending = chat(fm.url, 'a').then(
      () => 'answered',
      () => 'failed',
    );
    while (fm.requests.length === 0) await new Promise((r) => setImmediate(r));
    await fm.close();
    expect(await pending).toBe('failed');
  });
});
