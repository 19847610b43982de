// A real loopback OpenAI-compatible server for tests and the bench. It speaks just enough of
// /v1/chat/completions, /v1/embeddings and /v1/models for the openai SDK, and is scriptable per request
// so tests can produce 429 + Retry-After, 5xx, hangs (timeouts), malformed bodies, usage and served
// model ids / fingerprints. It records every request (headers + parsed body) so tests can assert that
// the API key travels only in the Authorization header.
//
// No imports besides node:http and node:crypto, so Node 24 can load it directly (type stripping) from
// bench/*.mjs as well as from vitest.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. /v1/chat/completions. */
  path: string;
  /** Lower-cased header names, as node parses them. */
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined for GET or an unparsable body). */
  body: any;
  /** The raw body text, for leak assertions. */
  rawBody: string;
}

export type FakeEndpoint = 'chat' | 'embeddings' | 'models';

/** What a behavior function sees. */
export interface FakeRequest extends RecordedRequest {
  endpoint: FakeEndpoint;
  /** 0-based index over every request the server received. */
  n: number;
  /** 0-based index over requests to the same endpoint. */
  endpointN: number;
  /** Text of the last user message (chat) or the first input (embeddings); '' otherwise. */
  lastUser: string;
}

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export type FakeResponse =
  /** A chat reply. `systemFingerprint: null` omits the field. */
  | { content: string; model?: string; systemFingerprint?: string | null; usage?: FakeUsage | null; finishReason?: string; latencyMs?: number }
  /** An embeddings reply (vectors per input); omitted vectors → deterministic hashed bag of words. */
  | { embeddings?: number[][] | undefined; model?: string; usage?: { prompt_tokens: number } | null; latencyMs?: number }
  /** An HTTP error. retryAfter in seconds → `retry-after`; retryAfterMs → `retry-after-ms`. */
  | { status: number; retryAfter?: number | string; retryAfterMs?: number; message?: string; latencyMs?: number }
  /** Never answers (the client's timeout must fire); close() ends it. */
  | { hang: true }
  /** true/'json': unparsable JSON; 'no-choices': valid JSON without `choices`. */
  | { malformed: true | 'json' | 'no-choices'; latencyMs?: number };

export type FakeBehavior = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeModelOptions {
  behavior?: FakeBehavior;
  /** Default latency for every answer (a response's own latencyMs wins). */
  latencyMs?: number;
  /** Record requests (default true). The bench turns it off to keep memory flat. */
  record?: boolean;
}

export interface FakeModel {
  /** Base URL ending in /v1, for `baseURL` of the openai SDK. */
  url: string;
  requests: RecordedRequest[];
  setBehavior(fn: FakeBehavior): void;
  /** Changes the default latency. */
  setLatency(ms: number): void;
  /** Chat requests only (convenience for assertions). */
  chatRequests(): RecordedRequest[];
  close(): Promise<void>;
}

/** Rough token count used for fake usage: 1 token per 4 chars, at least 1 for non-empty text. */
export function fakeTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Deterministic default: echoes the last user message, so tests can predict outputs. */
export const echoBehavior: FakeBehavior = (req): FakeResponse => {
  if (req.endpoint === 'embeddings') return { embeddings: undefined };
  return { content: `echo: ${req.lastUser}` };
};

/** Deterministic 64-dim hashed bag-of-words vector (L2-normalised): similar texts → high cosine. */
export function fakeEmbedding(text: string, dims = 64): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    v[(h >>> 0) % dims]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function endpointOf(method: string, path: string): FakeEndpoint | undefined {
  if (method === 'POST' && path.endsWith('/chat/completions')) return 'chat';
  if (method === 'POST' && path.endsWith('/embeddings')) return 'embeddings';
  if (method === 'GET' && path.endsWith('/models')) return 'models';
  return undefined;
}

function lastUserOf(endpoint: FakeEndpoint, body: any): string {
  if (endpoint === 'chat' && Array.isArray(body?.messages)) {
    for (let i = body.messages.length - 1; i >= 0; i--) {
      const m = body.messages[i];
      if (m?.role === 'user') return typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
    }
  }
  if (endpoint === 'embeddings') {
    const input = body?.input;
    if (typeof input === 'string') return input;
    if (Array.isArray(input) && typeof input[0] === 'string') return input[0];
  }
  return '';
}

function promptText(body: any): string {
  if (!Array.isArray(body?.messages)) return '';
  return body.messages.map((m: any) => (typeof m?.content === 'string' ? m.content : '')).join('\n');
}

export async function startFakeModel(opts: FakeModelOptions = {}): Promise<FakeModel> {
  let behavior: FakeBehavior = opts.behavior ?? echoBehavior;
  let defaultLatency = opts.latencyMs ?? 0;
  const record = opts.record ?? true;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let n = 0;
  const perEndpoint: Record<FakeEndpoint, number> = { chat: 0, embeddings: 0, models: 0 };
  let closed = false;

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };

  // Waits `ms` unless the client goes away first (a timed-out client must not leave a timer behind).
  const delay = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (ms <= 0) return resolve(!res.destroyed);
      const t = setTimeout(() => {
        timers.delete(t);
        resolve(!res.destroyed);
      }, ms);
      timers.add(t);
      res.once('close', () => {
        if (timers.delete(t)) {
          clearTimeout(t);
          resolve(false);
        }
      });
    });

  const handle = async (req: IncomingMessage, res: ServerResponse, rawBody: string) => {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: any;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = { method, path, headers: req.headers, body, rawBody };
    if (record) requests.push(recorded);
    const endpoint = endpointOf(method, path);
    if (!endpoint) {
      send(res, 404, JSON.stringify({ error: { message: `fake model: no route ${method} ${path}`, type: 'not_found' } }));
      return;
    }
    if (endpoint === 'models') {
      n++;
      perEndpoint.models++;
      send(res, 200, JSON.stringify({ object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'evalgate' }] }));
      return;
    }
    const fr: FakeRequest = { ...recorded, endpoint, n: n++, endpointN: perEndpoint[endpoint]++, lastUser: lastUserOf(endpoint, body) };
    let out: FakeResponse;
    try {
      out = await behavior(fr);
    } catch (e) {
      send(res, 500, JSON.stringify({ error: { message: `fake behavior threw: ${(e as Error).message}`, type: 'server_error' } }));
      return;
    }
    if ('hang' in out) return; // never answer; close() destroys the socket
    if (!(await delay(out.latencyMs ?? defaultLatency, res))) return;

    if ('malformed' in out) {
      if (out.malformed === 'no-choices') send(res, 200, JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion', created: 0, model: body?.model ?? 'fake' }));
      else send(res, 200, '{"id":"chatcmpl-fake","choices":[{"message":');
      return;
    }
    if ('status' in out) {
      const headers: Record<string, string> = {};
      if (out.retryAfter !== undefined) headers['retry-after'] = String(out.retryAfter);
      if (out.retryAfterMs !== undefined) headers['retry-after-ms'] = String(out.retryAfterMs);
      const type = out.status === 429 ? 'rate_limit_exceeded' : out.status >= 500 ? 'server_error' : 'invalid_request_error';
      send(res, out.status, JSON.stringify({ error: { message: out.message ?? `fake model: HTTP ${out.status}`, type, code: type } }), headers);
      return;
    }
    if (endpoint === 'embeddings') {
      const inputs: string[] = typeof body?.input === 'string' ? [body.input] : Array.isArray(body?.input) ? body.input.map(String) : [];
      const e = out as { embeddings?: number[][]; model?: string; usage?: { prompt_tokens: number } | null };
      const vectors = e.embeddings ?? inputs.map((t) => fakeEmbedding(t));
      const tokens = inputs.reduce((s, t) => s + fakeTokens(t), 0);
      const payload: any = {
        object: 'list',
        model: e.model ?? body?.model ?? 'fake-embedding',
        data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
      };
      if (e.usage !== null) payload.usage = e.usage ?? { prompt_tokens: tokens, total_tokens: tokens };
      send(res, 200, JSON.stringify(payload));
      return;
    }
    if (!('content' in out)) {
      send(res, 500, JSON.stringify({ error: { message: 'fake behavior returned no content for a chat request', type: 'server_error' } }));
      return;
    }
    const messages = Array.isArray(body?.messages) ? body.messages.length : 0;
    const usage = out.usage === null ? undefined : (out.usage ?? { prompt_tokens: fakeTokens(promptText(body)) + 4 * messages, completion_tokens: fakeTokens(out.content) });
    const payload: any = {
      id: `chatcmpl-fake-${fr.n}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: out.model ?? body?.model ?? 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content: out.content }, finish_reason: out.finishReason ?? 'stop', logprobs: null }],
    };
    if (out.systemFingerprint !== null) payload.system_fingerprint = out.systemFingerprint ?? 'fp_fake';
    if (usage) payload.usage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
    send(res, 200, JSON.stringify(payload));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setBehavior(fn) {
      behavior = fn;
    },
    setLatency(ms) {
      defaultLatency = ms;
    },
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      // Hanging requests and idle keep-alive sockets would keep close() waiting forever.
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await done;
    },
  };
}
