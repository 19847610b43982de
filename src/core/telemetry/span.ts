// A span as evalgate builds it, independent of the wire encoding (JSON or protobuf, see otlp-encode.ts).

export type AttrValue =
  | { string: string }
  | { int: number }
  | { double: number }
  | { bool: boolean }
  | { strings: string[] };

export interface Attr {
  key: string;
  value: AttrValue;
}

export interface SpanEvent {
  name: string;
  timeNs: bigint;
  attributes: Attr[];
}

export const SPAN_KIND = { internal: 1, client: 3 } as const;
export const STATUS = { unset: 0, ok: 1, error: 2 } as const;

export interface SpanData {
  /** 32 lowercase hex characters. */
  traceId: string;
  /** 16 lowercase hex characters. */
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: (typeof SPAN_KIND)[keyof typeof SPAN_KIND];
  startNs: bigint;
  endNs: bigint;
  attributes: Attr[];
  events: SpanEvent[];
  status: { code: (typeof STATUS)[keyof typeof STATUS]; message?: string };
}

/** Attributes from plain values; undefined / null / NaN are left out; integers are ints unless named in `doubles`. */
export function attrs(
  values: Record<string, string | number | boolean | string[] | undefined | null>,
  doubles: readonly string[] = [],
): Attr[] {
  const out: Attr[] = [];
  for (const [key, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') out.push({ key, value: { string: v } });
    else if (typeof v === 'boolean') out.push({ key, value: { bool: v } });
    else if (Array.isArray(v)) out.push({ key, value: { strings: v } });
    else if (Number.isFinite(v))
      out.push({ key, value: Number.isInteger(v) && !doubles.includes(key) ? { int: v } : { double: v } });
  }
  return out;
}
