// OTLP/HTTP trace export as a TraceSink: every trace record (model, judge and embedding call) becomes a
// GenAI span under one root span per run, sent in batches to the collector. Export never fails or slows a
// run: `write` only buffers, batches go out in the background, and a collector that is down or slow costs
// one warning. Known secrets are scrubbed from the payload as the JSONL trace scrubs its lines.
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';
import type { TraceRecord, TraceSink } from '../../core/ports/stores.js';
import { genAiSpan } from '../../core/telemetry/genai-span.js';
import type { OtlpConfig } from '../../core/telemetry/otlp-config.js';
import { encodeJson, encodeProtobuf, type ExportBatch } from '../../core/telemetry/otlp-encode.js';
import { attrs, SPAN_KIND, STATUS, type SpanData } from '../../core/telemetry/span.js';
import { maskSecrets } from '../../core/util/mask-secrets.js';

const gzip = promisify(gzipCb);
/** Spans per request: well under collectors' default 4 MiB body limit for typical records. */
const BATCH = 256;

export interface OtlpSinkOptions {
  config: OtlpConfig;
  toolVersion: string;
  warn: (message: string) => void;
  /** Key values that must never leave the process (same list as the JSONL trace). */
  secrets?: () => readonly string[];
  fetch?: typeof fetch;
  now?: () => number;
}

export class OtlpTraceSink implements TraceSink {
  private readonly traceId = randomBytes(16).toString('hex');
  private readonly rootId = randomBytes(8).toString('hex');
  private readonly started: bigint;
  private pending: SpanData[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private runId: string | undefined;
  private warned = false;
  private sent = 0;

  constructor(private readonly o: OtlpSinkOptions) {
    this.started = BigInt((o.now ?? Date.now)()) * 1_000_000n;
  }

  async write(record: TraceRecord): Promise<void> {
    this.runId ??= record.runId;
    this.pending.push(
      genAiSpan(
        record,
        { traceId: this.traceId, spanId: randomBytes(8).toString('hex'), parentSpanId: this.rootId },
        { captureContent: this.o.config.captureContent },
      ),
    );
    if (this.pending.length >= BATCH) this.flush();
  }

  /** Sends the rest and the run's root span; resolves when the collector answered (or gave up). */
  async close(): Promise<void> {
    const end = BigInt((this.o.now ?? Date.now)()) * 1_000_000n;
    this.pending.push({
      traceId: this.traceId,
      spanId: this.rootId,
      name: 'evalgate run',
      kind: SPAN_KIND.internal,
      startNs: this.started,
      endNs: end > this.started ? end : this.started,
      attributes: attrs({ 'evalgate.run_id': this.runId, 'evalgate.calls': this.sent + this.pending.length }),
      events: [],
      status: { code: STATUS.unset },
    });
    this.flush();
    await this.inFlight;
  }

  private flush(): void {
    const spans = this.pending;
    this.pending = [];
    this.sent += spans.length;
    this.inFlight = this.inFlight.then(() => this.send(spans));
  }

  private async send(spans: SpanData[]): Promise<void> {
    const { config } = this.o;
    const batch: ExportBatch = {
      resource: config.resource,
      scope: { name: 'evalgate', version: this.o.toolVersion },
      spans,
    };
    const secrets = this.o.secrets?.() ?? [];
    let body: Uint8Array | string;
    if (config.protocol === 'http/json') {
      body = maskSecrets(encodeJson(batch), secrets, '[REDACTED]', (s) => [
        ...new Set([s, JSON.stringify(s).slice(1, -1)]),
      ]);
    } else {
      // Strings are scrubbed before encoding (protobuf lengths depend on them).
      const scrub = (s: string) => maskSecrets(s, secrets, '[REDACTED]');
      body = encodeProtobuf({ ...batch, spans: spans.map((s) => scrubSpan(s, scrub)) });
    }
    const headers: Record<string, string> = {
      ...config.headers,
      'content-type': config.protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
    };
    if (config.gzip) {
      body = await gzip(typeof body === 'string' ? Buffer.from(body) : body);
      headers['content-encoding'] = 'gzip';
    }
    try {
      const res = await (this.o.fetch ?? fetch)(config.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      if (!res.ok)
        this.warnOnce(
          `OTLP export to ${safeUrl(config.url)} answered HTTP ${res.status}: spans of this run are missing there`,
        );
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      this.warnOnce(
        `OTLP export to ${safeUrl(config.url)} failed (${e instanceof Error ? e.message : String(e)}): spans of this run are missing there`,
      );
    }
  }

  private warnOnce(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.o.warn(message);
  }
}

function scrubSpan(s: SpanData, scrub: (x: string) => string): SpanData {
  const a = s.attributes.map((x) =>
    'string' in x.value ? { key: x.key, value: { string: scrub(x.value.string) } } : x,
  );
  const events = s.events.map((e) => ({
    ...e,
    attributes: e.attributes.map((x) =>
      'string' in x.value ? { key: x.key, value: { string: scrub(x.value.string) } } : x,
    ),
  }));
  return {
    ...s,
    attributes: a,
    events,
    status: s.status.message ? { ...s.status, message: scrub(s.status.message) } : s.status,
  };
}

/** The endpoint without credentials or query (both may carry secrets) for messages. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'the OTLP endpoint';
  }
}
