// The model-client port: what the pure engine needs from any OpenAI-compatible endpoint.
// Adapters (src/adapters/model/*) implement it; the engine never imports `openai`.

export type Role = 'system' | 'user' | 'assistant';

/** One part of a multimodal message, in the API's shape. */
export type ContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string; detail?: 'auto' | 'low' | 'high' } };

export interface ChatMessage {
  role: Role;
  /** Text, or text and image parts (chat prompt files; see model/content.ts for the helpers). */
  content: string | ContentPart[];
}

/** Request-body name of the output-token limit: reasoning models accept only `max_completion_tokens`. */
export type MaxTokensParam = 'max_tokens' | 'max_completion_tokens';

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh';

/** An OpenAI function-tool definition, passed through as written. */
export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

export type ToolChoice = 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: { name: string; schema?: Record<string, unknown>; strict?: boolean; description?: string };
    };

/**
 * Provider settings after config resolution (env interpolated, overrides merged). Every field is
 * classified in config/provider-settings.ts (output / endpoint / operational); the cache key, the
 * settings hash and PR suite selection all derive from that one table.
 */
export interface ProviderSettings {
  /** Name in the config's `providers:` map (or `suite:<name>` for an inline override). */
  id: string;
  /**
   * `openai`: any OpenAI-compatible endpoint; `azure`: classic Azure OpenAI (deployment + api-version); `echo`: no
   * model, the answer is the rendered prompt itself (promptfoo's `echo`, for testing checks and templates).
   */
  type: 'openai' | 'azure' | 'echo';
  model: string;
  baseUrl?: string;
  /** Never serialised into results, traces or cache keys. */
  apiKey?: string;
  temperature?: number;
  maxTokens?: number;
  /** Which body field carries maxTokens; default: by model family (see adapters/model/request-body). */
  maxTokensParam?: MaxTokensParam;
  reasoningEffort?: ReasoningEffort;
  topP?: number;
  seed?: number;
  timeoutMs: number;
  maxRetries: number;
  concurrency?: number;
  /** Send through the Batch API (see adapters/model/batch-client.ts); `true` = default polling. */
  batch?: BatchSettings;
  /** Extra request-body parameters passed through verbatim. */
  extraBody?: Record<string, unknown>;
  /** Extra HTTP headers (gateways). Values are treated as secrets: masked, never written. */
  headers?: Record<string, string>;
  /** Extra URL query parameters (gateways). Values are treated as secrets like headers. */
  query?: Record<string, string>;
  responseFormat?: ResponseFormat;
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  /** Azure: https://<resource>.openai.azure.com */
  endpoint?: string;
  /** Azure: the deployment name (default: model). */
  deployment?: string;
  /** Azure: the `api-version` query value. */
  apiVersion?: string;
  /** Azure: a Microsoft Entra ID bearer token, instead of an API key. */
  azureAdToken?: string;
}

export interface BatchSettings {
  pollMs?: number;
  maxPollMs?: number;
  maxWaitMinutes?: number;
  /** The provider's own timeout, for the requests asked synchronously after a batch (set by planBatch). */
  syncTimeoutMs?: number;
}

export interface CompletionRequest {
  provider: ProviderSettings;
  messages: ChatMessage[];
  signal?: AbortSignal;
}

export interface TokenUsage {
  input: number;
  output: number;
  /** Part of `input` served from the provider's prompt cache (billed at the cached-input rate). */
  cachedInput?: number;
  /** Part of `output` spent on hidden reasoning (reasoning models). */
  reasoning?: number;
}

/** A function call the model asked for; `arguments` is parsed JSON, or the raw text when it is not JSON. */
export interface ToolCall {
  name: string;
  arguments: unknown;
  /** False when the model wrote arguments that are not valid JSON (`arguments` then holds the raw text). */
  argumentsValid: boolean;
}

export interface CompletionResponse {
  output: string;
  /** Function calls the model asked for (absent when none). */
  toolCalls?: ToolCall[];
  /** Model id the endpoint says it served (may differ from the requested one). */
  servedModel?: string;
  systemFingerprint?: string;
  usage?: TokenUsage;
  /** USD the endpoint says it charged (`usage.cost`, e.g. OpenRouter); preferred over the price table. */
  reportedCostUsd?: number;
  /** Answered through the Batch API (set by adapters/model/batch-client.ts). */
  batched?: boolean;
  finishReason?: string;
  /** The endpoint's rate-limit state (x-ratelimit-* headers), when it sent one: the engine paces by it. */
  rateLimit?: RateLimitInfo;
}

/** What `x-ratelimit-{limit,remaining,reset}-{requests,tokens}` said; each field only when sent. */
export interface RateLimitInfo {
  limitRequests?: number;
  remainingRequests?: number;
  /** Time until the request budget is whole again. */
  resetRequestsMs?: number;
  remainingTokens?: number;
  resetTokensMs?: number;
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
  /** The x-ratelimit-* headers of the failed answer, when sent. */
  readonly rateLimit?: RateLimitInfo;

  constructor(
    kind: ModelErrorKind,
    message: string,
    opts: { status?: number; retryAfterMs?: number; rateLimit?: RateLimitInfo } = {},
  ) {
    super(message);
    this.name = 'ModelError';
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
    if (opts.rateLimit !== undefined) this.rateLimit = opts.rateLimit;
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
