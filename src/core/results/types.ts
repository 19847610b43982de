// The versioned results document (results.json). Bump RESULTS_SCHEMA_VERSION on any breaking change
// and document it in docs/results-schema.md.
import type { TokenUsage, ToolCall } from '../model/types.js';
import type { AssertionResult } from '../scorers/types.js';

export const RESULTS_SCHEMA_VERSION = 2 as const;

/**
 * ok: the model answered and the answer was scored.
 * error: the request failed after retries (never counted as score 0).
 * budget: the estimated request exceeded the token budget; not sent.
 * skipped: the run's cost cap was reached (or the run was aborted) before it was sent.
 * blocked: governance input scanning blocked it; not sent.
 */
export type SampleStatus = 'ok' | 'error' | 'budget' | 'skipped' | 'blocked';

export interface SampleResult {
  index: number;
  status: SampleStatus;
  /** The reply text ('' when the answer is only tool calls). */
  output?: string;
  /** Function calls the model asked for: name and parsed arguments (raw text when not JSON). */
  toolCalls?: ToolCall[];
  error?: { kind: string; message: string };
  /** Weighted mean of the assertion scores, in [0,1]; absent unless status is ok. */
  score?: number;
  pass?: boolean;
  assertions: AssertionResult[];
  /** input/output tokens; `cachedInput` and `reasoning` (parts of them) when the endpoint reports them. */
  tokens: TokenUsage;
  latencyMs?: number;
  /** USD; null = model price unknown (never reported as $0). */
  costUsd: number | null;
  /** Cost of model-graded assertions for this sample (evaluation cost, apart from production cost). */
  evalCostUsd?: number | null;
  evalTokens?: TokenUsage;
  cached: boolean;
  /** Answered through the Batch API (priced at the batch rate). */
  batched?: boolean;
  attempts: number;
  servedModel?: string;
  systemFingerprint?: string;
  /**
   * Judge self-consistency check (`judge.consistencyChecks`): the LLM-judged assertions of this sample
   * judged a second time by a live call that bypasses the response cache, in the order they appear in
   * `assertions` (docs/judges.md). Its cost is in `evalCostUsd`.
   */
  rejudged?: RejudgedVerdict[];
}

/** The second verdict of one LLM-judged assertion (self-consistency check). */
export interface RejudgedVerdict {
  type: string;
  score: number;
  pass: boolean;
  /** The second call could not decide (judge failed): not counted. */
  error?: string;
}

export interface CaseResult {
  id: string;
  description?: string;
  vars: Record<string, unknown>;
  threshold?: number;
  /** The human verdict the config gives for the case (`label:`). */
  label?: 'pass' | 'fail';
  /** Judge identity of the case's LLM-judged assertions (12 hex; absent when none is): judge settings and rubric. */
  judge?: string;
  samples: SampleResult[];
  /** Mean score over ok samples; null when no sample is ok. */
  score: number | null;
  /** Share of ok samples that passed; null when no sample is ok. */
  passRate: number | null;
  /** Majority of ok samples passed. null when no sample is ok. */
  pass: boolean | null;
}

export interface LatencyStats {
  p50: number | null;
  p95: number | null;
  mean: number | null;
}

export interface SuiteAggregates {
  cases: number;
  samples: number;
  ok: number;
  errors: number;
  budget: number;
  skipped: number;
  blocked: number;
  /** Mean of case scores (each case weighs the same, whatever its repeats). null if nothing scored. */
  meanScore: number | null;
  /** Share of cases whose `pass` is true, among cases with a verdict. */
  passRate: number | null;
  tokens: TokenUsage;
  /** Mean tokens per ok request. */
  tokensPerRequest: TokenUsage | null;
  /** Total production cost of the run; null if any ok sample had an unknown price. */
  costUsd: number | null;
  costPerRequestUsd: number | null;
  /** costPerRequestUsd × traffic.requestsPerMonth, when the suite declares traffic. */
  projectedMonthlyCostUsd: number | null;
  priceKnown: boolean;
  /** Judge/embedding cost, apart from production cost. */
  evalCostUsd: number | null;
  latencyMs: LatencyStats;
  cacheHits: number;
}

export interface SuiteResult {
  name: string;
  /** Content hash of the prompt template source (12 hex chars). */
  promptVersion: string;
  promptPath?: string;
  provider: {
    id: string;
    model: string;
    /** Hash of the provider settings that change outputs (model, temperature, ...), no secrets. */
    settingsHash: string;
  };
  servedModels: string[];
  systemFingerprints: string[];
  /** `judge.minAgreement` of the config: the least judge accuracy on the labelled cases (docs/judges.md). */
  judgeMinAgreement?: number;
  /**
   * The suite's judge identity (docs/judges.md): `identity` hashes the distinct case identities (judge
   * settings and rubrics), `settings` the judge settings alone; `models` are the judge models requested.
   * Absent when no assertion of the suite is LLM-judged.
   */
  judge?: { identity: string; settings: string; models: string[] };
  /** Judge self-consistency over the samples re-judged (`judge.consistencyChecks`); absent when none was. */
  judgeConsistency?: JudgeConsistency;
  traffic?: { requestsPerMonth: number };
  /** Samples per case asked in the first round (the configured repeat). */
  repeat: number;
  /**
   * PR gate only: the sequential sampling of this side. Extra rounds add samples to the cases whose
   * outcomes vary, so a case may hold more samples than `repeat`.
   */
  sampling?: { rounds: number; samples: number; extraSamples: number; extraCostUsd: number | null };
  cases: CaseResult[];
  aggregates: SuiteAggregates;
  /** Governance: number of values redacted from this suite's stored outputs. */
  redactions?: number;
}

/** How often the judge repeats its own verdict on the same input (docs/judges.md, "Self-consistency"). */
export interface JudgeConsistency {
  /** Verdict pairs compared: an LLM-judged assertion judged twice, both calls decided. */
  n: number;
  /** Pairs with the same pass/fail verdict. */
  agree: number;
  rate: number;
  /** 95 % Wilson interval of `rate`. */
  rateCi: [number, number];
  /** Mean and largest |score difference| between the two calls. */
  meanScoreDiff: number;
  maxScoreDiff: number;
  /** Case ids where a verdict flipped, in case order. */
  disagreements: string[];
  /** Second calls that could not decide (not counted in n). */
  errors: number;
}

export interface RunResult {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: 'evalgate'; version: string };
  runId: string;
  label?: string;
  startedAt: string;
  finishedAt: string;
  configPath?: string;
  commit?: string;
  suites: SuiteResult[];
  /** True when --max-cost stopped new requests; the rest are `skipped`. */
  costCapHit: boolean;
  /** True when the run was interrupted (Ctrl-C, SIGTERM): the rest are `skipped` or `aborted` errors. */
  interrupted?: boolean;
  totals: {
    costUsd: number | null;
    evalCostUsd: number | null;
    tokens: TokenUsage;
    errors: number;
    samples: number;
  };
}
