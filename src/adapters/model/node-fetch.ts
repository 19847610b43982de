// A `fetch` for the openai SDK built on node:http(s) with keep-alive agents. Why: Node's built-in fetch
// (undici, WHATWG streams) costs ~0.7 ms of CPU per request, which at concurrency 50 made the client the
// bottleneck of a run (npm run bench). The SDK still builds every request and maps every error, so its
// behaviour (headers, error classes, Retry-After on APIError.headers) stays the same.
//
// Scope: what the SDK sends for chat completions and embeddings — string or byte bodies, no streaming
// upload. Anything else (FormData, ReadableStream bodies, Request objects) goes to the built-in fetch.
// The response body is read whole (we never request `stream: true`) and handed back as a real Response.
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface NodeFetchOptions {
  /** Sockets per host; the engine bounds concurrency itself, so this only has to be at least as large. */
  maxSockets?: number;
  /** Used for what this fetch does not handle (default: globalThis.fetch). */
  fallback?: FetchLike;
}

export interface NodeFetch extends FetchLike {
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
  return false; // not ours: FormData, Blob, streams, URLSearchParams
}

function decode(buf: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case '':
    case 'identity':
      return buf;
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

/**
 * The read-only part of Headers the SDK and our error mapping use (get, has, iteration). Lighter than
 * undici's Headers, which sorts and validates on every access.
 */
class ResponseHeaders {
  constructor(
    private readonly ns: string[],
    private readonly vs: string[],
  ) {}
  get(name: string): string | null {
    const n = name.toLowerCase();
    let out: string | null = null;
    for (let i = 0; i < this.ns.length; i++) {
      if (this.ns[i] !== n) continue;
      out = out === null ? this.vs[i]! : `${out}, ${this.vs[i]!}`;
    }
    return out;
  }
  has(name: string): boolean {
    return this.ns.includes(name.toLowerCase());
  }
  *entries(): IterableIterator<[string, string]> {
    for (let i = 0; i < this.ns.length; i++) yield [this.ns[i]!, this.vs[i]!];
  }
  *keys(): IterableIterator<string> {
    yield* this.ns;
  }
  *values(): IterableIterator<string> {
    yield* this.vs;
  }
  forEach(fn: (value: string, name: string) => void): void {
    for (let i = 0; i < this.ns.length; i++) fn(this.vs[i]!, this.ns[i]!);
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** A fully read response: what the SDK needs of a Response (status, headers, text/json) without streams. */
class BufferedResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  /** The body was read whole; nothing to stream or cancel. */
  readonly body = null;
  bodyUsed = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly raw: Buffer | undefined,
  ) {
    this.ok = status >= 200 && status <= 299;
  }
  private take(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.raw ?? Buffer.alloc(0);
  }
  async text(): Promise<string> {
    return this.take().toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }
  async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()]);
  }
  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.raw);
  }
}

export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const maxSockets = options.maxSockets ?? 256;
  // LIFO reuses the warmest socket, so idle ones time out instead of being kept half-alive.
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' }),
  };
  const fallback: FetchLike = options.fallback ?? ((input, init) => globalThis.fetch(input, init));

  const nodeFetch = ((input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    if (typeof input !== 'string' && !(input instanceof URL)) return fallback(input, init);
    const url = typeof input === 'string' ? new URL(input) : input;
    const body = bodyBytes(init.body);
    if (body === false || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fallback(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortReason(signal));

    const headers = plainHeaders(init.headers);
    // Like undici: ask for compression (real APIs gzip large JSON); loopback fakes answer plain.
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const mod = url.protocol === 'https:' ? https : http;

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const fail = (e: unknown): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      };
      const onAbort = (): void => {
        req.destroy();
        fail(abortReason(signal!));
      };
      const req = mod.request(
        url,
        { method: (init.method ?? 'GET').toUpperCase(), headers, agent: agents[url.protocol as 'http:' | 'https:'] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => fail(new TypeError('fetch failed', { cause: e })));
          res.on('aborted', () => fail(new TypeError('fetch failed', { cause: new Error('response aborted') })));
          res.on('end', () => {
            if (settled) return;
            let raw: Buffer;
            try {
              raw = decode(Buffer.concat(chunks), res.headers['content-encoding']);
            } catch (e) {
              fail(new TypeError('fetch failed: could not decode the response body', { cause: e }));
              return;
            }
            const status = res.statusCode ?? 0;
            if (status < 200 || status > 599) {
              fail(new TypeError(`fetch failed: unusable HTTP status ${status}`));
              return;
            }
            const names: string[] = [];
            const values: string[] = [];
            const rh = res.rawHeaders;
            for (let i = 0; i + 1 < rh.length; i += 2) {
              const name = rh[i]!.toLowerCase();
              // The body is handed back decoded, so its encoding and length no longer describe it.
              if (name === 'content-encoding' || (name === 'content-length' && raw.length !== Number(rh[i + 1]))) continue;
              names.push(name);
              values.push(rh[i + 1]!);
            }
            const empty = NULL_BODY_STATUS.has(status) || init.method?.toUpperCase() === 'HEAD';
            const response = new BufferedResponse(url.href, status, res.statusMessage ?? '', new ResponseHeaders(names, values), empty ? undefined : raw);
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            resolve(response as unknown as Response);
          });
        },
      );
      // Network failures look like undici's: a TypeError whose cause is the socket error.
      req.on('error', (e) => fail(new TypeError('fetch failed', { cause: e })));
      signal?.addEventListener('abort', onAbort, { once: true });
      if (body !== undefined) req.end(body);
      else req.end();
    });
  }) as NodeFetch;

  nodeFetch.destroy = () => {
    agents['http:'].destroy();
    agents['https:'].destroy();
  };
  return nodeFetch;
}
