// A fully read response with the part of Response and Headers the openai SDK and our error mapping use.
// Lighter than undici's Response/Headers (WHATWG streams; Headers sorts and validates on every access), which
// were the larger part of fetch's CPU cost per request.

/**
 * The read-only part of Headers the SDK and our error mapping use (get, has, iteration). Lighter than
 * undici's Headers, which sorts and validates on every access.
 */
export class ResponseHeaders {
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
export class BufferedResponse {
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
