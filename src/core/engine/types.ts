// The engine's public contract. The engine is pure: every effect comes in through EngineDeps.
import type { PriceDataset } from '../pricing/cost.js';
import type { ResolvedSuite } from '../config/resolved.js';
import type { Price } from '../config/schema.js';
import type { ModelClient } from '../ports/model-client.js';
import type { Clock } from '../ports/clock.js';
import type { ResponseCache, TraceSink } from '../ports/stores.js';
import type { RunResult, SuiteResult } from '../results/types.js';
import type { JavascriptCheck, Scorer } from '../scorers/types.js';

/** One suite to evaluate under a label; the gate passes base and head jobs of the same run. */
export interface SuiteJob {
  label: string;
  suite: ResolvedSuite;
  /**
   * Only these sample indices, per case id (the gate's extra rounds); cases not listed get no sample.
   * Unset: indices 0..repeat−1 for every case.
   */
  sampleIndices?: ReadonlyMap<string, readonly number[]>;
  /**
   * Samples whose LLM-judged assertions are judged a second time (self-consistency, docs/judges.md).
   * Unset: the suite's `judge.consistencyChecks`, else DEFAULT_CONSISTENCY_CHECKS. Never on a job with
   * `sampleIndices` (extra rounds) or in replay mode (a second call cannot be answered from recordings).
   */
  consistencyChecks?: number;
}

export type CacheMode =
  | 'use' // read and write the response cache
  | 'refresh' // do not read, but write (drift runs: always live, still recorded)
  | 'off' // neither
  | 'replay'; // answer only from the cache/recordings; a miss is a `replay-miss` error

export interface RunOptions {
  runId: string;
  cacheMode: CacheMode;
  /** Stop sending new requests once the run's production cost reaches this (USD). */
  maxCostUsd?: number;
  /** Overrides of every suite's repeat / concurrency (CLI flags, action inputs). */
  repeat?: number;
  concurrency?: number;
  /** Cache TTL in hours (0 = never expires). */
  cacheTtlHours: number;
  /** Longest Retry-After the engine will honour; longer waits are capped to this (ms). */
  maxRetryWaitMs?: number;
  governance?: { scanInputs: 'off' | 'warn' | 'block'; redactTraces: boolean };
  actor?: string;
  commit?: string;
  toolVersion: string;
  signal?: AbortSignal;
}

export interface ProgressEvent {
  label: string;
  suite: string;
  done: number;
  total: number;
}

export interface EngineDeps {
  model: ModelClient;
  clock: Clock;
  cache?: ResponseCache;
  trace?: TraceSink;
  scorers: ReadonlyMap<string, Scorer>;
  pricing: Record<string, Price>;
  /** Loads the price dataset once per run (an adapter); without it, the built-in table prices models. */
  priceDataset?: () => Promise<PriceDataset | undefined>;
  functions?: ReadonlyMap<string, JavascriptCheck>;
  /** Provider resolver for judges (names from the config). */
  providers?: Record<string, import('../model/types.js').ProviderSettings>;
  onProgress?: (e: ProgressEvent) => void;
  /** Warnings for the user (governance scan hits, capped waits, ...). */
  warn?: (message: string) => void;
  /** Governance (scanInputs): finds PII/secrets in a rendered prompt before it is sent. */
  scanInput?: (text: string) => { categories: string[]; count: number };
  /** Governance (redactTraces): redacts PII/secrets in text written to traces and results. */
  redact?: (text: string) => { text: string; count: number };
  /**
   * Masks the run's known secrets (keys, tokens) in everything stored: results, cache, trace. Always
   * applied, whatever governance says; answers that contain one are not cached.
   */
  scrubSecrets?: (text: string) => { text: string; count: number };
}

export interface EngineOutput {
  /** One result per job, in job order. */
  results: { label: string; suite: SuiteResult }[];
  costCapHit: boolean;
  /** ISO times from the engine's clock (for RunResult.startedAt/finishedAt). */
  startedAt?: string;
  finishedAt?: string;
}

export type RunEval = (jobs: SuiteJob[], options: RunOptions, deps: EngineDeps) => Promise<EngineOutput>;

/** Helper type for callers that want a full RunResult for one label. */
export type { RunResult };
