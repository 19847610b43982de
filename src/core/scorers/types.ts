// The scorer registry contract. The engine only knows this interface, so model-graded scorers
// (judge, similarity, RAG) and policy scorers plug in by registering, without touching the engine.
import type { z } from 'zod';
import type {
  ChatMessage,
  CompletionRequest,
  CompletionResponse,
  EmbeddingResponse,
  ProviderSettings,
  TokenUsage,
  ToolCall,
  ToolDefinition,
} from '../model/types.js';

/** An assertion as written in the config (after zod validation by its scorer's schema). */
export interface AssertionSpec {
  type: string;
  value?: unknown;
  weight?: number;
  /** Per-assertion pass threshold for graded scorers (score >= threshold passes). */
  threshold?: number;
  /** Provider name for model-graded scorers (defaults.judge otherwise). */
  provider?: string;
  /** A loaded function (same references as `javascript`) that rewrites the output this check sees. */
  transform?: string;
  [option: string]: unknown;
}

export interface AssertionResult {
  type: string;
  /** In [0,1]. */
  score: number;
  pass: boolean;
  /** One line saying why. */
  reason: string;
  weight: number;
  /** Set when the scorer itself could not decide (judge failed, JS threw): the sample becomes an error, not a fail. */
  error?: string;
  /** Cost of a model-graded check (judge/embedding), apart from production cost. */
  evalCostUsd?: number | null;
  evalTokens?: TokenUsage;
}

/** What a scorer may call to grade with a model; calls are cached, traced and costed as evaluation. */
export interface JudgeService {
  complete(
    provider: ProviderSettings,
    messages: ChatMessage[],
    opts?: { signal?: AbortSignal },
  ): Promise<{
    response: CompletionResponse;
    costUsd: number | null;
  }>;
  embed?(
    provider: ProviderSettings,
    input: string[],
    opts?: { signal?: AbortSignal },
  ): Promise<{
    response: EmbeddingResponse;
    costUsd: number | null;
  }>;
  /** Resolves a provider name from the config (or defaults.judge when undefined). */
  provider(name?: string): ProviderSettings | undefined;
}

export interface ScoreContext {
  output: string;
  /** Function calls the model asked for (absent when none). */
  toolCalls?: ToolCall[];
  /** The tools the request declared (for is-valid-tool-call). */
  tools?: ToolDefinition[];
  vars: Record<string, unknown>;
  messages: ChatMessage[];
  /** Optional reference answer of the case (`expected:`). */
  expected?: string;
  latencyMs?: number;
  costUsd: number | null;
  tokens: TokenUsage;
  suite: string;
  caseId: string;
  /** Present for model-graded scorers. */
  judge?: JudgeService;
  /** Functions loaded by the config loader for `javascript` assertions, keyed by the assertion's value. */
  functions?: ReadonlyMap<string, JavascriptCheck>;
  signal?: AbortSignal;
}

export type JavascriptCheck = (
  output: string,
  context: {
    vars: Record<string, unknown>;
    expected?: string;
    latencyMs?: number;
    costUsd: number | null;
    tokens: TokenUsage;
    toolCalls?: ToolCall[];
  },
) => unknown;

/** The part of a result a scorer returns; the registry adds `type` and `weight` and applies `not-`. */
export type ScoreOutcome = Pick<AssertionResult, 'score' | 'pass' | 'reason'> &
  Partial<Pick<AssertionResult, 'error' | 'evalCostUsd' | 'evalTokens'>>;

export interface Scorer {
  /** The assertion type, without `not-`. */
  type: string;
  /** Validates the assertion's own options (value, threshold, ...) at config load. */
  schema: z.ZodType;
  /** Whether `not-<type>` makes sense (false for e.g. latency, cost). */
  negatable: boolean;
  /** Needs `ScoreContext.judge`. */
  modelGraded?: boolean;
  /** Files this assertion refers to (schemas, JS checks), relative to the config, for PR suite selection. */
  referencedFiles?(spec: AssertionSpec): string[];
  /**
   * Asynchronous checks at config load, after `schema` passed (e.g. compiling with a lazily loaded
   * engine); returns the problem with the value, or undefined.
   */
  prepare?(spec: AssertionSpec): Promise<string | undefined>;
  score(spec: AssertionSpec, ctx: ScoreContext): Promise<ScoreOutcome> | ScoreOutcome;
}

export type { CompletionRequest };
