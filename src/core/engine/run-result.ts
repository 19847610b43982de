// Packs the engine output for one label into the versioned results document (results.json).
import type { TokenUsage } from '../model/types.js';
import { RESULTS_SCHEMA_VERSION, type RunResult, type SuiteResult } from '../results/types.js';
import type { EngineOutput } from './types.js';

export interface RunMeta {
  runId: string;
  toolVersion: string;
  /** Defaults to the engine output's times. */
  startedAt?: string;
  finishedAt?: string;
  configPath?: string;
  commit?: string;
}

/** label undefined: every suite of the output (a single-label run); otherwise that label's suites. */
export function toRunResult(out: EngineOutput, label: string | undefined, meta: RunMeta): RunResult {
  const suites: SuiteResult[] = out.results.filter((r) => label === undefined || r.label === label).map((r) => r.suite);
  const tokens: TokenUsage = { input: 0, output: 0 };
  let costUsd: number | null = 0;
  let evalCostUsd: number | null = 0;
  let errors = 0;
  let samples = 0;
  for (const s of suites) {
    const a = s.aggregates;
    tokens.input += a.tokens.input;
    tokens.output += a.tokens.output;
    costUsd = costUsd === null || a.costUsd === null ? null : costUsd + a.costUsd;
    evalCostUsd = evalCostUsd === null || a.evalCostUsd === null ? null : evalCostUsd + a.evalCostUsd;
    errors += a.errors;
    samples += a.samples;
  }
  const now = new Date(0).toISOString();
  const result: RunResult = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'evalgate', version: meta.toolVersion },
    runId: meta.runId,
    startedAt: meta.startedAt ?? out.startedAt ?? now,
    finishedAt: meta.finishedAt ?? out.finishedAt ?? now,
    suites,
    costCapHit: out.costCapHit,
    totals: { costUsd, evalCostUsd, tokens, errors, samples },
  };
  if (label !== undefined) result.label = label;
  if (meta.configPath !== undefined) result.configPath = meta.configPath;
  if (meta.commit !== undefined) result.commit = meta.commit;
  return result;
}
