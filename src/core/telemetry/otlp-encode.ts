// ExportTraceServiceRequest in the two OTLP/HTTP encodings. JSON follows the OTLP JSON mapping (hex ids,
// 64-bit integers as decimal strings, camelCase fields); protobuf is written by hand from the field numbers
// of opentelemetry/proto/{collector/trace,trace,common,resource}/v1/*.proto — a few dozen lines instead of a
// protobuf runtime and generated code in the bundle.
import type { Attr, AttrValue, SpanData } from './span.js';

export interface ExportBatch {
  resource: Record<string, string>;
  scope: { name: string; version: string };
  spans: SpanData[];
}

// ---- JSON ----

function jsonValue(v: AttrValue): unknown {
  if ('string' in v) return { stringValue: v.string };
  if ('int' in v) return { intValue: String(v.int) };
  if ('double' in v) return { doubleValue: v.double };
  if ('bool' in v) return { boolValue: v.bool };
  return { arrayValue: { values: v.strings.map((s) => ({ stringValue: s })) } };
}

const jsonAttrs = (a: Attr[]) => a.map((x) => ({ key: x.key, value: jsonValue(x.value) }));

export function encodeJson(batch: ExportBatch): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: {
          attributes: jsonAttrs(Object.entries(batch.resource).map(([key, v]) => ({ key, value: { string: v } }))),
        },
        scopeSpans: [
          {
            scope: batch.scope,
            spans: batch.spans.map((s) => ({
              traceId: s.traceId,
              spanId: s.spanId,
              ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
              name: s.name,
              kind: s.kind,
              startTimeUnixNano: String(s.startNs),
              endTimeUnixNano: String(s.endNs),
              attributes: jsonAttrs(s.attributes),
              events: s.events.map((e) => ({
                timeUnixNano: String(e.timeNs),
                name: e.name,
                attributes: jsonAttrs(e.attributes),
              })),
              status: { code: s.status.code, ...(s.status.message ? { message: s.status.message } : {}) },
            })),
          },
        ],
      },
    ],
  });
}

// ---- protobuf ----

/** Appends protobuf wire-format fields to a growing byte list. */
class Writer {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.size += b.length;
  }

  private varint(n: bigint): void {
    const out: number[] = [];
    let v = BigInt.asUintN(64, n);
    while (v >= 0x80n) {
      out.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    out.push(Number(v));
    this.push(Uint8Array.from(out));
  }

  private tag(field: number, wire: number): void {
    this.varint(BigInt((field << 3) | wire));
  }

  uint(field: number, n: number | bigint): void {
    this.tag(field, 0);
    this.varint(BigInt(n));
  }

  bool(field: number, b: boolean): void {
    this.uint(field, b ? 1 : 0);
  }

  fixed64(field: number, n: bigint): void {
    this.tag(field, 1);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, n), true);
    this.push(b);
  }

  double(field: number, x: number): void {
    this.tag(field, 1);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.push(b);
  }

  bytes(field: number, b: Uint8Array): void {
    this.tag(field, 2);
    this.varint(BigInt(b.length));
    this.push(b);
  }

  string(field: number, s: string): void {
    this.bytes(field, new TextEncoder().encode(s));
  }

  message(field: number, build: (w: Writer) => void): void {
    const w = new Writer();
    build(w);
    this.bytes(field, w.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

// AnyValue: 1 string, 2 bool, 3 int64, 4 double, 5 ArrayValue{1 repeated AnyValue}
function anyValue(w: Writer, v: AttrValue): void {
  if ('string' in v) w.string(1, v.string);
  else if ('bool' in v) w.bool(2, v.bool);
  else if ('int' in v) w.uint(3, BigInt(v.int));
  else if ('double' in v) w.double(4, v.double);
  else w.message(5, (a) => v.strings.forEach((s) => a.message(1, (x) => x.string(1, s))));
}

// KeyValue: 1 key, 2 AnyValue
function keyValues(w: Writer, field: number, list: Attr[]): void {
  for (const a of list) {
    w.message(field, (kv) => {
      kv.string(1, a.key);
      kv.message(2, (v) => anyValue(v, a.value));
    });
  }
}

// Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 7 start (fixed64), 8 end (fixed64),
// 9 attributes, 11 events (Event: 1 time fixed64, 2 name, 3 attributes), 15 status (Status: 2 message, 3 code)
function span(w: Writer, s: SpanData): void {
  w.bytes(1, hexBytes(s.traceId));
  w.bytes(2, hexBytes(s.spanId));
  if (s.parentSpanId) w.bytes(4, hexBytes(s.parentSpanId));
  w.string(5, s.name);
  w.uint(6, s.kind);
  w.fixed64(7, s.startNs);
  w.fixed64(8, s.endNs);
  keyValues(w, 9, s.attributes);
  for (const e of s.events) {
    w.message(11, (ev) => {
      ev.fixed64(1, e.timeNs);
      ev.string(2, e.name);
      keyValues(ev, 3, e.attributes);
    });
  }
  w.message(15, (st) => {
    if (s.status.message) st.string(2, s.status.message);
    if (s.status.code) st.uint(3, s.status.code);
  });
}

// ExportTraceServiceRequest: 1 ResourceSpans (1 Resource{1 attributes}, 2 ScopeSpans (1 scope{1 name, 2 version}, 2 spans))
export function encodeProtobuf(batch: ExportBatch): Uint8Array {
  const w = new Writer();
  w.message(1, (rs) => {
    rs.message(1, (res) =>
      keyValues(
        res,
        1,
        Object.entries(batch.resource).map(([key, v]) => ({ key, value: { string: v } })),
      ),
    );
    rs.message(2, (ss) => {
      ss.message(1, (sc) => {
        sc.string(1, batch.scope.name);
        sc.string(2, batch.scope.version);
      });
      for (const s of batch.spans) ss.message(2, (x) => span(x, s));
    });
  });
  return w.finish();
}
