// The evalgate.yml schema. Assertions are validated in two steps: here only their common shape,
// then each against its scorer's own schema (see scorers/registry), so new scorers need no change here.
import { z } from 'zod';
import { AssertionShape, Threshold } from '../scorers/common-keys.js';

const nonEmpty = z.string().min(1);

/** OpenAI function tools, inline or the path of a YAML/JSON file holding the list. */
export const ToolSchema = z.looseObject({
  type: z.literal('function'),
  function: z.looseObject({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1-64 letters, digits, "_" or "-"'),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().optional(),
  }),
});
export const ToolsSchema = z.union([nonEmpty, z.array(ToolSchema).min(1)]);
export const ToolChoiceSchema = z.union([
  z.enum(['auto', 'none', 'required']),
  z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: nonEmpty }) }),
]);
/** `json_object`, or a JSON Schema (inline or a file path) the answer must follow. */
export const ResponseFormatSchema = z.union([
  z.enum(['text', 'json_object']),
  z.strictObject({
    type: z.literal('json_schema'),
    /** Inline JSON Schema, or the path of a YAML/JSON schema file. */
    schema: z.union([nonEmpty, z.record(z.string(), z.unknown())]),
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    strict: z.boolean().optional(),
  }),
]);

export const providerFields = {
  type: z.enum(['openai', 'azure', 'echo']).default('openai'),
  model: nonEmpty,
  baseUrl: z.string().url().optional(),
  apiKey: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().optional(),
  /** Body field for maxTokens; default: max_completion_tokens for OpenAI reasoning models, else max_tokens. */
  maxTokensParam: z.enum(['max_tokens', 'max_completion_tokens']).optional(),
  reasoningEffort: z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']).optional(),
  topP: z.number().min(0).max(1).optional(),
  seed: z.number().int().optional(),
  timeoutMs: z.number().int().positive().optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
  concurrency: z.number().int().positive().optional(),
  /** Send through the Batch API (`/v1/files` + `/v1/batches`): half the price, answers within 24 h (docs/batch.md). */
  batch: z
    .union([
      z.boolean(),
      z.strictObject({
        /** First wait between status polls (default 1000); doubles up to maxPollMs (default 60000). */
        pollMs: z.number().int().positive().optional(),
        maxPollMs: z.number().int().positive().optional(),
        /** Give up waiting after this long: the lines still open are asked synchronously. */
        maxWaitMinutes: z.number().positive().max(1440).optional(),
      }),
    ])
    .optional(),
  extraBody: z.record(z.string(), z.unknown()).optional(),
  /** Extra HTTP headers for gateways; values may use ${VAR} and are treated as secrets. */
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'not a valid HTTP header name'), z.string())
    .optional(),
  /** Extra URL query parameters; values are treated as secrets. */
  query: z.record(nonEmpty, z.string()).optional(),
  responseFormat: ResponseFormatSchema.optional(),
  /** Azure OpenAI: https://<resource>.openai.azure.com (or AZURE_OPENAI_ENDPOINT). */
  endpoint: z.string().url().optional(),
  /** Azure OpenAI: deployment name (default: model). */
  deployment: nonEmpty.optional(),
  /** Azure OpenAI: api-version (or OPENAI_API_VERSION). */
  apiVersion: nonEmpty.optional(),
  /** Azure OpenAI: a Microsoft Entra ID token sent as a bearer token instead of an API key. */
  azureAdToken: z.string().optional(),
};

export const ProviderSchema = z.strictObject(providerFields);

/** Per-suite override: a provider name, or `extends: name` plus the fields to change. */
export const ProviderRefSchema = z.union([
  nonEmpty,
  z.strictObject({ extends: nonEmpty.optional(), ...z.strictObject(providerFields).partial().shape }),
]);

export const AssertionSchema = AssertionShape;

export const CaseSchema = z.strictObject({
  id: nonEmpty.optional(),
  description: z.string().optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  expected: z.string().optional(),
  assert: z.array(AssertionSchema).optional(),
  threshold: Threshold.optional(),
  tags: z.array(z.string()).optional(),
  /** A human verdict for the case: the judge's agreement with these labels is reported (docs/judges.md). */
  label: z.enum(['pass', 'fail']).optional(),
});

export const PriceSchema = z.strictObject({
  /** USD per 1M input tokens. */
  input: z.number().min(0),
  /** USD per 1M output tokens. */
  output: z.number().min(0),
  /** USD per 1M cached input tokens (default: the input price). */
  cachedInput: z.number().min(0).optional(),
});

export const SuiteSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, ".", "_" or "-"'),
  description: z.string().optional(),
  /** Path (relative to the config) of a text template or a YAML/JSON chat template. */
  prompt: nonEmpty,
  /** Path of a YAML/JSON/JSONL/CSV case file, or the cases inline. */
  cases: z.union([nonEmpty, z.array(CaseSchema)]),
  assert: z.array(AssertionSchema).optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  provider: ProviderRefSchema.optional(),
  /** Function tools the model may call (override the prompt file's and the provider's). */
  tools: ToolsSchema.optional(),
  toolChoice: ToolChoiceSchema.optional(),
  responseFormat: ResponseFormatSchema.optional(),
  judge: nonEmpty.optional(),
  /** Other providers (names under `providers:`) `evalgate compare` evaluates on the same cases (docs/compare.md). */
  candidates: z.array(nonEmpty).optional(),
  repeat: z.number().int().min(1).max(100).optional(),
  concurrency: z.number().int().positive().optional(),
  threshold: Threshold.optional(),
  /** Estimated input tokens + maxTokens above which a request is not sent (case marked `budget`). */
  maxRequestTokens: z.number().int().positive().optional(),
  traffic: z.strictObject({ requestsPerMonth: z.number().min(0) }).optional(),
  /** Extra globs (relative to the repository root) whose change selects this suite on a PR. */
  watch: z.array(nonEmpty).optional(),
});

export const GateSchema = z.strictObject({
  /** A suite whose head score is below this fails as `below-min`. */
  minScore: z.number().min(0).max(1).default(0),
  /** Smallest score drop (absolute, 0..1) that counts as a regression. */
  maxScoreDrop: z.number().min(0).max(1).default(0.05),
  /** Largest allowed relative increase of cost per request (0.3 = +30%); unset = no cost gate. */
  maxCostIncrease: z.number().min(0).optional(),
  /**
   * Confidence level of the interval on the score delta; (1 − confidence)/2 is the one-sided
   * false-regression rate per PR (0.98 → 1%), shared by all suites of the PR.
   */
  confidence: z.number().gt(0.5).lt(1).default(0.98),
  /** Most samples per case and side the gate takes while a suite's decision is open (sequential sampling). */
  maxRepeat: z.number().int().min(1).max(100).default(30),
  /**
   * Cases that break on their own (named by the per-case test) do not fail the suite; only the
   * suite's mean score decides. Default false: a few cases breaking hard are a regression.
   */
  allowRegressedCases: z.boolean().default(false),
  /** Share of errored samples above which a suite is `inconclusive`. */
  maxErrorRate: z.number().min(0).max(1).default(0.2),
});

export const DriftSchema = z.strictObject({
  schedule: z.string().default('0 3 * * *'),
  /** The smallest drop of the mean score worth an alarm; drops under half of it never alarm. */
  maxScoreDrop: z.number().min(0).max(1).default(0.05),
  /** 1 − the false-alarm budget per suite and night, shared by all signals (see docs/drift.md). */
  confidence: z.number().gt(0.5).lt(1).default(0.999),
  /** Relative thresholds (0.5 = +50%). */
  maxLatencyIncrease: z.number().min(0).default(0.5),
  maxCostIncrease: z.number().min(0).default(0.2),
  maxOutputTokenChange: z.number().min(0).default(0.3),
  /** Share of cases whose output changed materially (temperature-0 suites only). */
  maxChangedOutputs: z.number().min(0).max(1).default(0.3),
  /** The baseline pools the first this many runs of a (suite, prompt, settings) segment; it judges from the 4th run on (values below 3 count as 3). */
  baselineRuns: z.number().int().min(1).default(30),
  /** Re-runs on a suspicious night, judged together with the check run before an issue is opened. */
  confirmRuns: z.number().int().min(0).default(4),
  /** Healthy runs in a row before an open issue is closed. */
  recoverAfter: z.number().int().min(1).default(2),
  /** History entries kept per suite. */
  historyLimit: z.number().int().min(2).default(60),
  branch: nonEmpty.default('evalgate-data'),
  label: nonEmpty.default('evalgate-drift'),
  /** Also comment on the suite's open drift issue when the served model or fingerprint changes. */
  notifyModelChange: z.boolean().default(false),
  /** The monitor re-runs the suites' `candidates:` this often and keeps one "a cheaper model now matches" issue per suite (docs/compare.md). */
  candidates: z.strictObject({ everyDays: z.number().positive().default(7) }).optional(),
});

export const GovernanceSchema = z.strictObject({
  scanInputs: z.enum(['off', 'warn', 'block']).default('off'),
  redactTraces: z.boolean().default(true),
});

export const CacheSchema = z.strictObject({
  dir: z.string().optional(),
  ttlHours: z.number().min(0).default(168),
});

export const ConfigSchema = z.strictObject({
  version: z.literal(1),
  providers: z
    .record(z.string(), ProviderSchema)
    .refine((p) => Object.keys(p).length > 0, 'define at least one provider'),
  pricing: z.record(z.string(), PriceSchema).optional(),
  defaults: z
    .strictObject({
      provider: nonEmpty.optional(),
      judge: nonEmpty.optional(),
      /** Candidates for every suite without its own list. */
      candidates: z.array(nonEmpty).optional(),
      repeat: z.number().int().min(1).max(100).default(1),
      concurrency: z.number().int().positive().default(4),
      timeoutMs: z.number().int().positive().default(60_000),
      maxRetries: z.number().int().min(0).max(10).default(4),
      threshold: Threshold.optional(),
      maxRequestTokens: z.number().int().positive().optional(),
    })
    .prefault({}),
  gate: GateSchema.prefault({}),
  /** Trust in the LLM judge (docs/judges.md). */
  judge: z
    .strictObject({
      /** Least share of labelled cases (`label:`) whose verdict the judge must agree with; below it the gate calls the suite `unclear`. */
      minAgreement: z.number().min(0).max(1).optional(),
      /** Samples per suite whose LLM-judged assertions are judged a second time, live, to measure the judge's self-consistency (default 5; 0 turns it off). */
      consistencyChecks: z.number().int().min(0).max(1000).optional(),
    })
    .optional(),
  drift: DriftSchema.prefault({}),
  governance: GovernanceSchema.prefault({}),
  cache: CacheSchema.prefault({}),
  /** Folder of recorded responses for --record / --replay (offline runs, fork PRs). */
  recordings: z.string().optional(),
  suites: z.array(SuiteSchema).min(1, 'define at least one suite'),
});

export type Config = z.infer<typeof ConfigSchema>;
export type SuiteConfig = z.infer<typeof SuiteSchema>;
export type CaseConfig = z.infer<typeof CaseSchema>;
export type GateConfig = z.infer<typeof GateSchema>;
export type DriftConfig = z.infer<typeof DriftSchema>;
export type GovernanceConfig = z.infer<typeof GovernanceSchema>;
export type Price = z.infer<typeof PriceSchema>;
