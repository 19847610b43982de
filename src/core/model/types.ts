// The model-client port: what the pure engine needs from any OpenAI-compatible endpoint.
// Adapters (src/adapters/model/*) implement it; the engine never imports `openai`.

export type Role = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: Role;
  content: string;
}

/** Provider settings after config resolution (env interpolated, overrides merged). */
export interface ProviderSettings {
  /** Name in the config's `providers:` map (or `suite:<name>` for an inline override). */
  id: string;
  type: 'openai';
  model: string;
  baseUrl?: string;
  /** Never serialised into results, traces or cache keys. */
  apiKey?: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  seed?: number;
  timeoutMs: number;
  maxRetries: number;
  concurrency?: number;
  /** Extra request-body parameters passed through verbatim. */
  extraBody?: Record<string, unknown>;
}

export interface CompletionRequest {
  provider: ProviderSettings;
  messages: ChatMessage[];
  signal?: AbortSignal;
}

export interface TokenUsage {
  input: number;
  output: number;
}

export interface CompletionResponse {
  output: string;
  /** Model id the endpoint says it served (may differ from the requested one). */
  servedModel?: string;
  systemFingerprint?: string;
  usage?: TokenUsage;
  finishReason?: string;
}

export type ModelErrorKind =
  | 'rate-limit' // 429
  | 'server' // 5xx
  | 'timeout'
  | 'network'
  | 'malformed' // unparsable or schema-violating body
  | 'auth' // 401/403
  | 'client' // other 4xx (bad request, context length, ...)
  | 'replay-miss' // replay mode and no recording for this request
  | 'aborted';

/** Every failure of a model call is mapped to this; the engine decides on retries. */
export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly status?: number;
  /** Parsed Retry-After (or retry-after-ms) in milliseconds, when the endpoint sent one. */
  readonly retryAfterMs?: number;

  constructor(kind: ModelErrorKind, message: string, opts: { status?: number; retryAfterMs?: number } = {}) {
    super(message);
    this.name = 'ModelError';
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
  }

  get retryable(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'server' || this.kind === 'timeout' || this.kind === 'network';
  }
}

export interface EmbeddingRequest {
  provider: ProviderSettings;
  input: string[];
  signal?: AbortSignal;
}

export interface EmbeddingResponse {
  vectors: number[][];
  usage?: TokenUsage;
}
