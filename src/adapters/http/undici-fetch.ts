// The `fetch` under the openai SDK: undici's request API on one keep-alive dispatcher (dispatcher.ts:
// redirects, proxies, decompression). Why not a WHATWG fetch: undici's fetch (Node's built-in one) costs
// ~0.5 ms more CPU per request (WHATWG streams, Headers validation), which at concurrency 50 made the client
// the bottleneck of a run (npm run bench). The SDK still builds every request and maps every error, so its
// behaviour (headers, error classes, Retry-After on APIError.headers) stays the same.
//
// Bodies: strings and bytes (what the SDK sends for chat completions and embeddings) go as they are;
// anything else (FormData, Blob, URLSearchParams, streams, a Request) is serialised by Node's own Request
// first, which sets the multipart boundary. (undici's fetch would be the obvious fallback, but the npm
// undici does not recognise Node's built-in FormData and sends "[object FormData]".) The response body is
// read whole: we never request `stream: true`.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Dispatcher } from 'undici';
import { createDispatcher, loadUndici, type DispatcherOptions, type Undici } from './dispatcher.js';
import { BufferedResponse, ResponseHeaders } from './buffered-response.js';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface UndiciFetchOptions extends DispatcherOptions {
  /** Proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); default: none, a direct connection. */
  env?: Record<string, string | undefined>;
}

export interface UndiciFetch extends FetchLike {
  /** Closes idle keep-alive sockets (tests, end of a CLI run). */
  destroy(): void;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function abortReason(signal: AbortSignal): unknown {
  // The SDK recognises aborts by name; a reason that is not an Error (or none) becomes a DOMException.
  const r: unknown = signal.reason;
  return r instanceof Error ? r : new DOMException('This operation was aborted', 'AbortError');
}

function plainHeaders(h: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  if (h instanceof Headers) {
    h.forEach((v, k) => (out[k] = v));
  } else if (Array.isArray(h)) {
    for (const [k, v] of h) if (k !== undefined && v !== undefined) out[k.toLowerCase()] = v;
  } else {
    for (const [k, v] of Object.entries(h as Record<string, string>)) out[k.toLowerCase()] = v;
  }
  return out;
}

function bodyBytes(body: RequestInit['body']): Buffer | string | undefined | false {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  return false; // FormData, Blob, streams, URLSearchParams: serialised by a Request
}

interface Outgoing {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | string | undefined;
}

async function outgoing(input: string | URL | Request, init: RequestInit): Promise<Outgoing> {
  const simple = typeof input === 'string' || input instanceof URL ? bodyBytes(init.body) : false;
  if (simple !== false) {
    return {
      url: new URL(input as string | URL),
      method: (init.method ?? 'GET').toUpperCase(),
      headers: plainHeaders(init.headers),
      body: simple,
    };
  }
  // `duplex` is required by Node for a stream body; harmless otherwise.
  const req = new Request(input, { ...init, ...(init.body ? { duplex: 'half' } : {}) } as RequestInit);
  const bytes = req.body ? Buffer.from(await req.arrayBuffer()) : undefined;
  return { url: new URL(req.url), method: req.method, headers: plainHeaders(req.headers), body: bytes };
}

/** Like fetch, evalgate asks for compression (real APIs gzip large JSON, embeddings above all) and decodes it. */
function decode(buf: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(buf);
    case 'deflate':
      return inflateSync(buf);
    case 'br':
      return brotliDecompressSync(buf);
    default:
      return buf;
  }
}

function responseHeaders(raw: Record<string, string | string[] | undefined>, decoded: boolean): ResponseHeaders {
  const names: string[] = [];
  const values: string[] = [];
  for (const [name, v] of Object.entries(raw)) {
    // A decoded body is no longer described by its encoding and length.
    if (v === undefined || (decoded && (name === 'content-encoding' || name === 'content-length'))) continue;
    for (const value of Array.isArray(v) ? v : [v]) {
      names.push(name.toLowerCase());
      values.push(value);
    }
  }
  return new ResponseHeaders(names, values);
}

export function createUndiciFetch(options: UndiciFetchOptions = {}): UndiciFetch {
  let ready: Promise<Dispatcher> | undefined;
  let dispatcher: Dispatcher | undefined;
  const load = () =>
    (ready ??= loadUndici().then(
      (undici: Undici) => (dispatcher = createDispatcher(undici, options.env ?? {}, options)),
    ));

  const send = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const signal = init.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) throw abortReason(signal);
    const [d, out] = await Promise.all([load(), outgoing(input, init)]);
    const { url, method, headers } = out;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    let res: Dispatcher.ResponseData;
    let raw: Buffer;
    try {
      res = await d.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: method as Dispatcher.HttpMethod,
        headers,
        body: out.body ?? null,
        ...(signal ? { signal } : {}),
      });
      raw = Buffer.from(await res.body.arrayBuffer());
    } catch (e) {
      if (signal?.aborted) throw abortReason(signal);
      // Network failures look like fetch's: a TypeError whose cause is the socket error (the SDK maps it).
      throw new TypeError('fetch failed', { cause: e });
    }
    if (res.statusCode < 200 || res.statusCode > 599)
      throw new TypeError(`fetch failed: unusable HTTP status ${res.statusCode}`);
    const encoding = res.headers['content-encoding'];
    const encoded = typeof encoding === 'string' && encoding !== '' && encoding !== 'identity';
    try {
      if (encoded) raw = decode(raw, encoding);
    } catch (e) {
      throw new TypeError('fetch failed: could not decode the response body', { cause: e });
    }
    const empty = NULL_BODY_STATUS.has(res.statusCode) || method === 'HEAD';
    return new BufferedResponse(
      url.href,
      res.statusCode,
      '',
      responseHeaders(res.headers, encoded),
      empty ? undefined : raw,
    ) as unknown as Response;
  };

  const fetch = send as UndiciFetch;
  fetch.destroy = () => {
    void dispatcher?.destroy().catch(() => {});
  };
  return fetch;
}
