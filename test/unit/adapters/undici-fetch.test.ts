// The undici fetch under the openai SDK must behave like Node's built-in fetch for everything the
// adapter relies on: same outputs, same error kinds, same Retry-After, aborts, compressed bodies, redirects.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUndiciFetch } from '../../../src/adapters/http/undici-fetch.js';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { ModelError, type ProviderSettings } from '../../../src/core/model/types.js';
import { startFakeModel, type FakeModel, type FakeResponse } from '../../fakes/fake-model.js';

let fake: FakeModel;
beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(async () => {
  await fake.close();
});

const provider = (over: Partial<ProviderSettings> = {}): ProviderSettings => ({
  id: 'p',
  type: 'openai',
  model: 'gpt-4o-mini',
  baseUrl: fake.url,
  apiKey: 'sk-test-0123456789abcdef',
  timeoutMs: 5_000,
  maxRetries: 0,
  ...over,
});

async function outcome(fetch: 'builtin' | undefined, p: ProviderSettings): Promise<unknown> {
  const client = createOpenAIModelClient(fetch ? { fetch } : {});
  try {
    return await client.complete({ provider: p, messages: [{ role: 'user', content: 'hi' }] });
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    const m = e as ModelError;
    return { kind: m.kind, status: m.status, retryable: m.retryable, retryAfterMs: m.retryAfterMs };
  } finally {
    client.close();
  }
}

describe('undici fetch under the openai SDK', () => {
  const cases: [string, FakeResponse][] = [
    [
      'a reply with usage, model id and fingerprint',
      { content: 'Hello', model: 'm-1', systemFingerprint: 'fp_1', usage: { prompt_tokens: 3, completion_tokens: 1 } },
    ],
    ['429 with Retry-After seconds', { status: 429, retryAfter: 120 }],
    ['429 with retry-after-ms', { status: 429, retryAfter: 9, retryAfterMs: 1500 }],
    ['503', { status: 503, message: 'overloaded' }],
    ['401', { status: 401, message: 'bad key' }],
    ['400', { status: 400, message: 'context length exceeded' }],
    ['an unparsable body', { malformed: 'json' }],
    ['a body without choices', { malformed: 'no-choices' }],
  ];
  for (const [name, response] of cases) {
    it(`matches the built-in fetch on ${name}`, async () => {
      fake.setBehavior(() => response);
      const builtin = await outcome('builtin', provider());
      const ours = await outcome(undefined, provider());
      expect(ours).toEqual(builtin);
    });
  }

  it('matches the built-in fetch on a hang (timeout) and a refused connection', async () => {
    fake.setBehavior(() => ({ hang: true }));
    expect(await outcome(undefined, provider({ timeoutMs: 150 }))).toEqual(
      await outcome('builtin', provider({ timeoutMs: 150 })),
    );
    const closed = await startFakeModel();
    await closed.close();
    const refused = await outcome(undefined, provider({ baseUrl: closed.url }));
    expect(refused).toEqual(await outcome('builtin', provider({ baseUrl: closed.url })));
    expect(refused).toMatchObject({ kind: 'network', retryable: true });
  });

  it('uses a custom fetch when given one', async () => {
    fake.setBehavior(() => ({ content: 'via spy' }));
    const inner = createUndiciFetch();
    const spy = vi.fn(inner);
    const client = createOpenAIModelClient({ fetch: spy });
    const res = await client.complete({ provider: provider(), messages: [{ role: 'user', content: 'x' }] });
    expect(res.output).toBe('via spy');
    expect(spy).toHaveBeenCalledTimes(1);
    inner.destroy();
  });
  // With a proxy variable set the same client goes through the proxy: see openai-2026.test.ts.

  for (const status of [307, 308]) {
    it(`follows a ${status} from a moved endpoint, with the same method and body`, async () => {
      fake.setBehavior((req) => ({ content: `moved: ${String(req.body['model'])}` }));
      // A gateway that moved: every path answers a redirect to the same path on the fake model.
      const mover = createServer((req, res) => {
        res.writeHead(status, { location: `${fake.url}${(req.url ?? '').replace(/^\/old/, '')}` });
        res.end();
      });
      await new Promise<void>((r) => mover.listen(0, '127.0.0.1', r));
      const moved = `http://127.0.0.1:${(mover.address() as AddressInfo).port}/old`;
      const client = createOpenAIModelClient();
      try {
        const res = await client.complete({
          provider: provider({ baseUrl: moved }),
          messages: [{ role: 'user', content: 'hi' }],
        });
        expect(res.output).toBe('moved: gpt-4o-mini');
      } finally {
        client.close();
        mover.closeAllConnections();
        await new Promise((r) => mover.close(r));
      }
    });
  }
});

describe('createUndiciFetch', () => {
  let server: Server;
  let base: string;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/gzip') {
        const body = gzipSync(JSON.stringify({ ok: true, text: 'x'.repeat(1000) }));
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': body.length,
          'retry-after': '7',
        });
        res.end(body);
      } else if (req.url === '/echo') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () =>
          res.end(
            JSON.stringify({
              method: req.method,
              body: Buffer.concat(chunks).toString(),
              auth: req.headers.authorization ?? null,
            }),
          ),
        );
      } else if (req.url === '/gzip-429') {
        const body = gzipSync(JSON.stringify({ error: { message: 'slow down' } }));
        res.writeHead(429, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': body.length,
        });
        res.end(body);
      } else if (req.url === '/hang') {
        // never answers
      } else {
        res.writeHead(204);
        res.end();
      }
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('decodes a gzip body and drops the encoding headers that no longer describe it', async () => {
    const f = createUndiciFetch();
    const res = await f(`${base}/gzip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('Retry-After')).toBe('7');
    expect(((await res.json()) as { text: string }).text).toHaveLength(1000);
    f.destroy();
  });

  it('sends method, headers and body, and reuses keep-alive connections', async () => {
    const f = createUndiciFetch();
    const before = connections;
    for (let i = 0; i < 10; i++) {
      const res = await f(`${base}/echo`, {
        method: 'post',
        headers: new Headers({ Authorization: 'Bearer k' }),
        body: `b${i}`,
      });
      expect(await res.json()).toEqual({ method: 'POST', body: `b${i}`, auth: 'Bearer k' });
    }
    // undici's pool opens a second connection for the second request (the first is still being released),
    // then reuses both: without keep-alive this would be 10.
    expect(connections - before).toBeLessThanOrEqual(2);
    f.destroy();
  });

  it('rejects with an AbortError when aborted in flight or before sending', async () => {
    const f = createUndiciFetch();
    const ac = new AbortController();
    const p = f(`${base}/hang`, { signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    await expect(f(`${base}/echo`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    f.destroy();
  });

  it('answers a 204 with an empty body and sends bodies the request API does not take through fetch', async () => {
    const f = createUndiciFetch();
    const res = await f(`${base}/empty`);
    expect([res.status, res.ok, await res.text()]).toEqual([204, true, '']);
    const form = new FormData();
    form.set('purpose', 'batch');
    const viaFetch = (await (await f(`${base}/echo`, { method: 'POST', body: form })).json()) as {
      method: string;
      body: string;
    };
    expect(viaFetch.method).toBe('POST');
    expect(viaFetch.body).toContain('name="purpose"');
    f.destroy();
  });

  it('decodes a gzip error body too (a gateway that compresses its 429)', async () => {
    const f = createUndiciFetch();
    const res = await f(`${base}/gzip-429`);
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: { message: 'slow down' } });
    f.destroy();
  });
});
