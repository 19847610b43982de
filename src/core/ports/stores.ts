// Storage ports used by the engine. Implementations live in src/adapters/.
import type { ChatMessage, TokenUsage, ToolCall } from '../model/types.js';

/** What the response cache (and record/replay) keeps per request. */
export interface CachedResponse {
  output: string;
  toolCalls?: ToolCall[];
  /** The endpoint's own charged cost (`usage.cost`), when it reported one. */
  reportedCostUsd?: number;
  servedModel?: string;
  systemFingerprint?: string;
  usage?: TokenUsage;
  latencyMs: number;
  /** ms since epoch when it was stored; TTL is judged from it. */
  storedAt: number;
  /** Kept for humans reading recordings; not used for lookup. */
  request?: { model: string; messages: ChatMessage[]; sample: number };
}

export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
}

/** One line of the JSONL trace: the audit log of every request. Never holds an API key. */
export interface TraceRecord {
  ts: string;
  runId: string;
  /** 'base' | 'head' | 'live' ... when one run evaluates several versions. */
  label?: string;
  kind: 'completion' | 'judge' | 'embedding';
  suite: string;
  caseId: string;
  sample: number;
  promptVersion: string;
  provider: string;
  modelRequested: string;
  modelServed?: string;
  systemFingerprint?: string;
  messages: ChatMessage[];
  output?: string;
  /** Function calls the model asked for. */
  toolCalls?: ToolCall[];
  tokens?: TokenUsage;
  costUsd?: number | null;
  latencyMs?: number;
  cacheHit: boolean;
  attempts: number;
  status: 'ok' | 'error' | 'budget' | 'skipped' | 'blocked';
  error?: { kind: string; message: string };
  actor?: string;
  commit?: string;
  redactions?: number;
  /** Why the model stopped (`stop`, `length`, `tool_calls`…), when the endpoint said so (live calls only). */
  finishReason?: string;
  /** Completion records: the sample's assertion results (reasons redacted like outputs). */
  evaluations?: TraceEvaluation[];
  /** Judge records: the self-consistency check's second judgement (a live call past the cache, docs/judges.md). */
  rejudge?: true;
}

export interface TraceEvaluation {
  type: string;
  score: number;
  pass: boolean;
  reason: string;
  /** The check itself could not decide (judge failed, JS threw). */
  error?: string;
}

export interface TraceSink {
  /** Must persist before resolving (append + flush) so a crash loses nothing already reported. */
  write(record: TraceRecord): Promise<void>;
  close?(): Promise<void>;
}
