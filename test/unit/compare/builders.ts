// Test builders for SuiteResult / RunResult. Aggregates come from the engine's own aggregate.ts so the
// comparison is exercised on the figures the engine really produces.
import { aggregateCase, aggregateSuite } from '../../../src/core/engine/aggregate.js';
import type {
  CaseResult,
  RunResult,
  SampleResult,
  SampleStatus,
  SuiteResult,
} from '../../../src/core/results/types.js';

export interface SampleSpec {
  score?: number;
  pass?: boolean;
  status?: SampleStatus;
  output?: string;
  reasons?: string[];
  tokensIn?: number;
  tokensOut?: number;
  latencyMs?: number;
  costUsd?: number | null;
  error?: string;
}

export function sample(spec: SampleSpec, index = 0): SampleResult {
  const status = spec.status ?? 'ok';
  const s: SampleResult = {
    index,
    status,
    assertions: [],
    tokens: { input: spec.tokensIn ?? 100, output: spec.tokensOut ?? 20 },
    costUsd: spec.costUsd === undefined ? 0.0001 : spec.costUsd,
    cached: false,
    attempts: 1,
  };
  if (status === 'ok') {
    const score = spec.score ?? (spec.pass === false ? 0 : 1);
    const pass = spec.pass ?? score >= 0.5;
    s.score = score;
    s.pass = pass;
    s.output = spec.output ?? `output ${index}`;
    s.latencyMs = spec.latencyMs ?? 100;
    s.assertions = pass
      ? [{ type: 'contains', score, pass: true, reason: 'found', weight: 1 }]
      : (spec.reasons ?? ['expected "hello"']).map((r) => ({
          type: 'contains',
          score,
          pass: false,
          reason: r,
          weight: 1,
        }));
  } else if (status === 'error') {
    s.error = { kind: 'server', message: spec.error ?? 'HTTP 500' };
    s.tokens = { input: 0, output: 0 };
  } else {
    s.tokens = { input: 0, output: 0 };
    s.costUsd = 0;
  }
  return s;
}

export function caseOf(id: string, samples: SampleSpec[], vars: Record<string, unknown> = { q: id }): CaseResult {
  return aggregateCase({ id, vars, samples: samples.map((s, i) => sample(s, i)) });
}

/** Case from sample scores; `null` marks an errored sample. Pass = score >= 0.5. */
export function caseScores(id: string, scores: ReadonlyArray<number | null>): CaseResult {
  return caseOf(
    id,
    scores.map((x) => (x === null ? { status: 'error' as const } : { score: x })),
  );
}

export interface SuiteOpts {
  traffic?: { requestsPerMonth: number };
  promptVersion?: string;
  model?: string;
  servedModels?: string[];
  systemFingerprints?: string[];
  repeat?: number;
}

export function suiteOf(name: string, cases: CaseResult[], opts: SuiteOpts = {}): SuiteResult {
  const s: SuiteResult = {
    name,
    promptVersion: opts.promptVersion ?? 'abcdef012345',
    promptPath: `prompts/${name}.txt`,
    provider: { id: 'fast', model: opts.model ?? 'gpt-4o-mini', settingsHash: '0123456789ab' },
    servedModels: opts.servedModels ?? [opts.model ?? 'gpt-4o-mini-2024-07-18'],
    systemFingerprints: opts.systemFingerprints ?? ['fp_1'],
    repeat: opts.repeat ?? 1,
    cases,
    aggregates: aggregateSuite(cases, opts.traffic),
  };
  if (opts.traffic) s.traffic = opts.traffic;
  return s;
}

export function runOf(suites: SuiteResult[], over: Partial<RunResult> = {}): RunResult {
  let cost: number | null = 0;
  let errors = 0;
  let samples = 0;
  const tokens = { input: 0, output: 0 };
  for (const s of suites) {
    cost = cost === null || s.aggregates.costUsd === null ? null : cost + s.aggregates.costUsd;
    errors += s.aggregates.errors;
    samples += s.aggregates.samples;
    tokens.input += s.aggregates.tokens.input;
    tokens.output += s.aggregates.tokens.output;
  }
  return {
    schemaVersion: 2,
    tool: { name: 'evalgate', version: '0.1.0' },
    runId: 'run-1',
    startedAt: '2026-11-01T00:00:00.000Z',
    finishedAt: '2026-11-01T00:00:10.000Z',
    suites,
    costCapHit: false,
    totals: { costUsd: cost, evalCostUsd: 0, tokens, errors, samples },
    ...over,
  };
}
