// OpenTelemetry export settings from the standard OTEL_* environment (passed in, never read here). Export is
// opt-in: it is on only when an OTLP endpoint is set and the SDK is not disabled. Only OTLP over HTTP is
// spoken (protobuf, the spec's default, or JSON); a gRPC setting is reported and export stays off.

export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface OtlpConfig {
  /** Full URL of the traces endpoint (…/v1/traces). */
  url: string;
  protocol: OtlpProtocol;
  /** Extra request headers (e.g. an API key for the collector): never logged. */
  headers: Record<string, string>;
  timeoutMs: number;
  gzip: boolean;
  /** service.name and other resource attributes. */
  resource: Record<string, string>;
  /** Record prompts and outputs on spans (gen_ai.input.messages / gen_ai.output.messages), redacted as the trace is. */
  captureContent: boolean;
}

export type Env = Record<string, string | undefined>;

/** The config, undefined when export is off, or a problem to report (export then stays off). */
export function otlpConfigFromEnv(env: Env): OtlpConfig | undefined | { problem: string } {
  const get = (k: string) => env[k]?.trim() || undefined;
  if (get('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return undefined;
  if (get('OTEL_TRACES_EXPORTER')?.toLowerCase() === 'none') return undefined;
  const tracesUrl = get('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = get('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (!tracesUrl && !base) return undefined;
  // A signal-specific endpoint is used as is; the base endpoint gets the signal's path appended.
  const url = tracesUrl ?? `${base!.replace(/\/+$/, '')}/v1/traces`;
  if (!/^https?:\/\/[^\s]+$/.test(url)) return { problem: `OTLP endpoint "${url}" is not an http(s) URL` };
  const protocol = (
    get('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ??
    get('OTEL_EXPORTER_OTLP_PROTOCOL') ??
    'http/protobuf'
  ).toLowerCase();
  if (protocol !== 'http/protobuf' && protocol !== 'http/json') {
    return { problem: `OTLP protocol "${protocol}" is not supported (evalgate speaks http/protobuf and http/json)` };
  }
  const timeout = Number(get('OTEL_EXPORTER_OTLP_TRACES_TIMEOUT') ?? get('OTEL_EXPORTER_OTLP_TIMEOUT') ?? 10_000);
  const compression = (
    get('OTEL_EXPORTER_OTLP_TRACES_COMPRESSION') ??
    get('OTEL_EXPORTER_OTLP_COMPRESSION') ??
    'none'
  ).toLowerCase();
  const resource = parsePairs(get('OTEL_RESOURCE_ATTRIBUTES'));
  resource['service.name'] = get('OTEL_SERVICE_NAME') ?? resource['service.name'] ?? 'evalgate';
  return {
    url,
    protocol,
    headers: {
      ...parsePairs(get('OTEL_EXPORTER_OTLP_HEADERS')),
      ...parsePairs(get('OTEL_EXPORTER_OTLP_TRACES_HEADERS')),
    },
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
    gzip: compression === 'gzip',
    resource,
    captureContent: get('OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT')?.toLowerCase() === 'true',
  };
}

/** `k1=v1,k2=v2` with percent-encoded values (the OTel format for headers and resource attributes). */
function parsePairs(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep it as written
    }
    if (key) out[key] = value;
  }
  return out;
}
