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
import { createFakeBatches, type FakeBatches } from './fake-batch.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. /v1/chat/completions. */
  path: string;
  /** Parsed query parameters. */
  query: Record<string, string>;
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
  prompt_tokens_details?: { cached_tokens?: number };
  completion_tokens_details?: { reasoning_tokens?: number };
  /** A gateway's charged cost in USD (OpenRouter). */
  cost?: number;
}

/** A tool call in an answer; `arguments` is the JSON text the model wrote (may be invalid). */
export interface FakeToolCall {
  name: string;
  arguments: string;
}

export type FakeResponse =
  /** A chat reply. `systemFingerprint: null` omits the field. With toolCalls, `content` may be null (as the API sends). */
  | {
      content: string | null;
      toolCalls?: FakeToolCall[];
      model?: string;
      systemFingerprint?: string | null;
      usage?: FakeUsage | null;
      finishReason?: string;
      latencyMs?: number;
    }
  /** An embeddings reply (vectors per input); omitted vectors → deterministic hashed bag of words. */
  | {
      embeddings?: number[][] | undefined;
      model?: string;
      usage?: { prompt_tokens: number } | null;
      latencyMs?: number;
    }
  /** An HTTP error. retryAfter in seconds → `retry-after`; retryAfterMs → `retry-after-ms`. */
  | { status: number; retryAfter?: number | string; retryAfterMs?: number; message?: string; latencyMs?: number }
  /** Never answers (the client's timeout must fire); close() ends it. */
  | { hang: true }
  /** true/'json': unparsable JSON; 'no-choices': valid JSON without `choices`. */
  | { malformed: true | 'json' | 'no-choices'; latencyMs?: number };

export type FakeBehavior = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * Real-API rules the server enforces before the behavior runs, each answered with the API's own 400/401/404
 * body: reasoning models (o-series, gpt-5…) reject `max_tokens` and a temperature/top_p other than 1;
 * a required header; Azure's deployment path and `api-version` query.
 */
export interface FakeModelOptions {
  behavior?: FakeBehavior;
  /** Enforce the reasoning-model parameter rules for models whose name matches (default: off). */
  reasoningRules?: boolean;
  /** Every request must carry this header with this value (a gateway key), else 401. */
  requireHeader?: { name: string; value: string };
  /** Azure mode: only POST /openai/deployments/{deployment}/chat/completions?api-version=… with an api-key or bearer token. */
  azure?: { deployments: string[]; apiVersion: string; apiKey?: string; bearer?: string };
  /** Default latency for every answer (a response's own latencyMs wins). */
  latencyMs?: number;
  /** Record requests (default true). The bench turns it off to keep memory flat. */
  record?: boolean;
  /** Emulates a request rate limit (chat and embeddings): see FakeRateLimit. */
  rateLimit?: FakeRateLimit;
  /**
   * Check every request and answer against OpenAI's OpenAPI description (openai-contract.ts; default true).
   * A request the real API would reject gets its 400; any violation is kept and makes close() throw.
   */
  contract?: boolean;
}

/**
 * A fixed-window request limit, like a provider's requests-per-second tier: at most `limit` requests
 * are accepted per `windowMs` (windows counted from server start); the rest get 429 with a Retry-After
 * of one window (`retry-after` in whole seconds when the window is ≥ 1 s, else `retry-after-ms`).
 * `headers` (default true) adds OpenAI's x-ratelimit-{limit,remaining,reset}-requests to every answer.
 */
export interface FakeRateLimit {
  limit: number;
  windowMs?: number;
  headers?: boolean;
}

export interface FakeModel {
  /** Base URL ending in /v1, for `baseURL` of the openai SDK. */
  url: string;
  /** http://127.0.0.1:<port> (an Azure `endpoint`). */
  origin: string;
  requests: RecordedRequest[];
  setBehavior(fn: FakeBehavior): void;
  /** Changes the default latency. */
  setLatency(ms: number): void;
  /** Chat requests only (convenience for assertions). */
  chatRequests(): RecordedRequest[];
  /** Requests refused with 429 by the emulated rate limit. */
  rateLimited(): number;
  /** Requests and answers that break OpenAI's OpenAPI description (close() throws when any). */
  violations: string[];
  /** The Files and Batch API (fake-batch.ts). */
  batches: FakeBatches;
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

type Contract = typeof import('./openai-contract.js');
let contractModule: Promise<Contract> | undefined;
/**
 * Loaded on the first request, by this file's own extension: the bench runs this file with Node's type
 * stripping, which does not map a `.js` specifier to the `.ts` file as vitest and tsc do.
 */
const loadContract = (): Promise<Contract> =>
  (contractModule ??= import(
    new URL(`./openai-contract.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url).href
  ) as Promise<Contract>);

const REASONING = /^(o\d+(?:$|[-.])|gpt-5(?:$|[-.])(?!chat))/;

function apiError(
  status: number,
  message: string,
  extra: { type?: string; param?: string | null; code?: string | null } = {},
): { status: number; body: string } {
  return {
    status,
    body: JSON.stringify({
      error: {
        message,
        type: extra.type ?? 'invalid_request_error',
        param: extra.param ?? null,
        code: extra.code ?? null,
      },
    }),
  };
}

/** The 400s OpenAI answers for reasoning models (texts as the API words them). */
function reasoningRuleError(body: any): { status: number; body: string } | undefined {
  const model = String(body?.model ?? '');
  if (!REASONING.test(model.slice(model.lastIndexOf('/') + 1))) return undefined;
  if (body?.max_tokens !== undefined) {
    return apiError(
      400,
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      { param: 'max_tokens', code: 'unsupported_parameter' },
    );
  }
  for (const [field, v] of [
    ['temperature', body?.temperature],
    ['top_p', body?.top_p],
  ] as const) {
    if (v !== undefined && v !== 1) {
      return apiError(
        400,
        `Unsupported value: '${field}' does not support ${v} with this model. Only the default (1) value is supported.`,
        { param: field, code: 'unsupported_value' },
      );
    }
  }
  return undefined;
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
  const batches = createFakeBatches(() => origin);
  let defaultLatency = opts.latencyMs ?? 0;
  const record = opts.record ?? true;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let n = 0;
  const perEndpoint: Record<FakeEndpoint, number> = { chat: 0, embeddings: 0, models: 0 };
  let closed = false;
  const checking = opts.contract ?? true;
  let contract: Contract | undefined;
  const violations: string[] = [];
  const t0 = Date.now();
  const rl = opts.rateLimit;
  const windowMs = rl?.windowMs ?? 1_000;
  let windowIdx = -1;
  let windowCount = 0;
  let rateLimited = 0;
  const windowOf = (at: number) => Math.floor((at - t0) / windowMs);
  /** Counts a request in its window; false when the window is full. */
  const admit = (): boolean => {
    const w = windowOf(Date.now());
    if (w !== windowIdx) {
      windowIdx = w;
      windowCount = 0;
    }
    if (windowCount >= rl!.limit) return false;
    windowCount++;
    return true;
  };
  const rateHeaders = (): Record<string, string> => {
    if (!rl || rl.headers === false) return {};
    const now = Date.now();
    const w = windowOf(now);
    const used = w === windowIdx ? windowCount : 0;
    const resetMs = t0 + (w + 1) * windowMs - now;
    return {
      'x-ratelimit-limit-requests': String(rl.limit),
      'x-ratelimit-remaining-requests': String(Math.max(0, rl.limit - used)),
      'x-ratelimit-reset-requests': `${Math.max(1, Math.ceil(resetMs))}ms`,
    };
  };

  const checkRules = (
    req: IncomingMessage,
    path: string,
    query: Record<string, string>,
    body: any,
  ): { status: number; body: string } | undefined => {
    const need = opts.requireHeader;
    if (need && req.headers[need.name.toLowerCase()] !== need.value) {
      return apiError(401, `fake gateway: missing or wrong ${need.name} header`, { type: 'authentication_error' });
    }
    const az = opts.azure;
    if (az) {
      const m = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/.exec(path);
      if (!m) return apiError(404, 'Resource not found', { code: '404' });
      if (!query['api-version']) return apiError(404, 'Resource not found', { code: '404' });
      if (query['api-version'] !== az.apiVersion)
        return apiError(400, 'Unsupported API version', { code: 'BadRequest' });
      if (!az.deployments.includes(decodeURIComponent(m[1]!))) {
        return apiError(404, 'The API deployment for this resource does not exist.', { code: 'DeploymentNotFound' });
      }
      const keyOk = az.apiKey !== undefined && req.headers['api-key'] === az.apiKey;
      const bearerOk = az.bearer !== undefined && req.headers.authorization === `Bearer ${az.bearer}`;
      if (!keyOk && !bearerOk)
        return apiError(401, 'Access denied due to invalid subscription key or wrong API endpoint.', { code: '401' });
    }
    if (opts.reasoningRules && endpointOf(req.method ?? 'GET', path) === 'chat') return reasoningRuleError(body);
    return undefined;
  };

  /** `op`: the request being answered, for the contract check of the answer (none for deliberate garbage). */
  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
    op?: { method: string; path: string },
  ) => {
    if (res.destroyed || res.writableEnded) return;
    if (op && contract) {
      const broken = contract.checkOpenAIResponse(op.method, op.path, status, JSON.parse(body));
      if (broken.length) {
        violations.push(...broken);
        status = 500;
        body = JSON.stringify({
          error: {
            message: `fake model: its answer breaks OpenAI's spec: ${broken.join('; ')}`,
            type: 'server_error',
            param: null,
            code: null,
          },
        });
      }
    }
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...rateHeaders(),
      ...headers,
    });
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
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    let body: any;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = { method, path, query, headers: req.headers, body, rawBody };
    if (record) requests.push(recorded);
    if (await batches.handle(recorded, res)) return;
    const endpoint = endpointOf(method, path);
    const op = endpoint ? { method, path } : undefined;
    const rejected = checkRules(req, path, query, body);
    if (rejected) {
      send(res, rejected.status, rejected.body, {}, op);
      return;
    }
    // What the real API would refuse is refused here too, and the test fails (close() throws).
    const broken = op && contract ? contract.checkOpenAIRequest(method, path, body) : [];
    if (broken.length) {
      violations.push(...broken);
      send(res, 400, apiError(400, `fake model: the request breaks OpenAI's spec: ${broken.join('; ')}`).body, {}, op);
      return;
    }
    if (!endpoint) {
      send(
        res,
        404,
        JSON.stringify({ error: { message: `fake model: no route ${method} ${path}`, type: 'not_found' } }),
      );
      return;
    }
    if (endpoint === 'models') {
      n++;
      perEndpoint.models++;
      send(
        res,
        200,
        JSON.stringify({
          object: 'list',
          data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'evalgate' }],
        }),
        {},
        op,
      );
      return;
    }
    if (rl && !admit()) {
      rateLimited++;
      n++;
      perEndpoint[endpoint]++;
      const retry: Record<string, string> =
        windowMs >= 1_000
          ? { 'retry-after': String(Math.ceil(windowMs / 1_000)) }
          : { 'retry-after-ms': String(windowMs) };
      send(
        res,
        429,
        JSON.stringify({
          error: {
            message: 'fake model: rate limit reached for requests',
            type: 'requests',
            param: null,
            code: 'rate_limit_exceeded',
          },
        }),
        retry,
        op,
      );
      return;
    }
    const fr: FakeRequest = {
      ...recorded,
      endpoint,
      n: n++,
      endpointN: perEndpoint[endpoint]++,
      lastUser: lastUserOf(endpoint, body),
    };
    let out: FakeResponse;
    try {
      out = await behavior(fr);
    } catch (e) {
      send(
        res,
        500,
        JSON.stringify({
          error: {
            message: `fake behavior threw: ${(e as Error).message}`,
            type: 'server_error',
            param: null,
            code: null,
          },
        }),
        {},
        op,
      );
      return;
    }
    if ('hang' in out) return; // never answer; close() destroys the socket
    if (!(await delay(out.latencyMs ?? defaultLatency, res))) return;

    if ('malformed' in out) {
      if (out.malformed === 'no-choices')
        send(
          res,
          200,
          JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion', created: 0, model: body?.model ?? 'fake' }),
        );
      else send(res, 200, '{"id":"chatcmpl-fake","choices":[{"message":');
      return;
    }
    if ('status' in out) {
      const headers: Record<string, string> = {};
      if (out.retryAfter !== undefined) headers['retry-after'] = String(out.retryAfter);
      if (out.retryAfterMs !== undefined) headers['retry-after-ms'] = String(out.retryAfterMs);
      const type =
        out.status === 429 ? 'rate_limit_exceeded' : out.status >= 500 ? 'server_error' : 'invalid_request_error';
      send(
        res,
        out.status,
        JSON.stringify({
          error: { message: out.message ?? `fake model: HTTP ${out.status}`, type, param: null, code: type },
        }),
        headers,
        op,
      );
      return;
    }
    if (endpoint === 'embeddings') {
      const inputs: string[] =
        typeof body?.input === 'string' ? [body.input] : Array.isArray(body?.input) ? body.input.map(String) : [];
      const e = out as { embeddings?: number[][]; model?: string; usage?: { prompt_tokens: number } | null };
      const vectors = e.embeddings ?? inputs.map((t) => fakeEmbedding(t));
      const tokens = inputs.reduce((s, t) => s + fakeTokens(t), 0);
      const payload: any = {
        object: 'list',
        model: e.model ?? body?.model ?? 'fake-embedding',
        data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
      };
      // The real API always sends total_tokens (the spec requires it).
      if (e.usage !== null)
        payload.usage = e.usage
          ? { total_tokens: e.usage.prompt_tokens, ...e.usage }
          : { prompt_tokens: tokens, total_tokens: tokens };
      send(res, 200, JSON.stringify(payload), {}, op);
      return;
    }
    if (!('content' in out)) {
      send(
        res,
        500,
        JSON.stringify({
          error: {
            message: 'fake behavior returned no content for a chat request',
            type: 'server_error',
            param: null,
            code: null,
          },
        }),
        {},
        op,
      );
      return;
    }
    const messages = Array.isArray(body?.messages) ? body.messages.length : 0;
    const answerText = (out.content ?? '') + (out.toolCalls ?? []).map((t) => t.name + t.arguments).join('');
    const usage =
      out.usage === null
        ? undefined
        : (out.usage ?? {
            prompt_tokens: fakeTokens(promptText(body)) + 4 * messages,
            completion_tokens: fakeTokens(answerText),
          });
    // `refusal` is required by the spec (null when the model did not refuse).
    const message: any = { role: 'assistant', content: out.content, refusal: null };
    if (out.toolCalls?.length) {
      message.tool_calls = out.toolCalls.map((t, i) => ({
        id: `call_fake_${fr.n}_${i}`,
        type: 'function',
        function: { name: t.name, arguments: t.arguments },
      }));
    }
    const payload: any = {
      id: `chatcmpl-fake-${fr.n}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: out.model ?? body?.model ?? 'fake',
      choices: [
        {
          index: 0,
          message,
          finish_reason: out.finishReason ?? (out.toolCalls?.length ? 'tool_calls' : 'stop'),
          logprobs: null,
        },
      ],
    };
    if (out.systemFingerprint !== null) payload.system_fingerprint = out.systemFingerprint ?? 'fp_fake';
    if (usage) payload.usage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
    send(res, 200, JSON.stringify(payload), {}, op);
  };

  if (checking) {
    // Before listening: compiling the schemas must not count against the first request's timeout.
    contract = await loadContract();
    contract.warmOpenAIContract();
  }
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
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    origin,
    batches,
    requests,
    setBehavior(fn) {
      behavior = fn;
    },
    setLatency(ms) {
      defaultLatency = ms;
    },
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    rateLimited: () => rateLimited,
    violations,
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
      if (violations.length)
        throw new Error(
          `fake model: ${violations.length} request(s)/answer(s) break OpenAI's OpenAPI description:\n${[...new Set(violations)].join('\n')}`,
        );
    },
  };
}
