// `--estimate`, shared by run, gate, drift and the action: renders every prompt of the selected suites,
// counts its tokens with the real tokenizer and prices the range, without building a model client (so
// nothing can be sent). The tokenizer and the price dataset are loaded here only.
import { readFile } from 'node:fs/promises';
import { loadTokenCounter } from '../adapters/tokenizer/gpt-tokenizer.js';
import { priceDatasetLoader } from '../adapters/pricing/genai-prices.js';
import type { ResolvedConfig, ResolvedSuite } from '../core/config/resolved.js';
import { estimateRun, type EstimateJob, type RunEstimate } from '../core/estimate/estimate.js';
import {
  outputHistoryFromDrift,
  outputHistoryFromResults,
  type OutputHistory,
} from '../core/estimate/output-history.js';
import type { HistoryStore } from '../core/ports/history.js';
import { priceFor } from '../core/pricing/cost.js';
import { parseResults } from '../core/results/parse.js';
import type { Scorer } from '../core/scorers/types.js';

export interface EstimateSetup {
  config: ResolvedConfig;
  /** One job per suite and label (a gate estimates base and head). */
  jobs: EstimateJob[];
  scorers: ReadonlyMap<string, Scorer>;
  history?: ReadonlyMap<string, OutputHistory>;
  warn: (message: string) => void;
}

export async function buildEstimate(setup: EstimateSetup): Promise<RunEstimate> {
  const { config, jobs } = setup;
  const models = jobs.flatMap((j) => [j.suite.provider.model, ...(j.suite.judge ? [j.suite.judge.model] : [])]);
  const tokens = await loadTokenCounter(models.length ? models : ['gpt-4o']);
  const dataset = models.some((m) => priceFor(m, config.pricing) === undefined)
    ? await priceDatasetLoader(setup.warn)()
    : undefined;
  const modelGraded = new Set([...setup.scorers].filter(([, s]) => s.modelGraded).map(([name]) => name));
  return estimateRun({
    jobs,
    tokens,
    pricing: config.pricing,
    ...(dataset ? { dataset } : {}),
    ...(setup.history ? { history: setup.history } : {}),
    modelGraded,
  });
}

/** Jobs for a plain run: each suite once, `repeat` samples per case (a flag's override wins). */
export function runJobs(suites: readonly ResolvedSuite[], repeat?: number, batchAll = false): EstimateJob[] {
  return suites.map((suite) => {
    const n = Math.max(1, Math.floor(repeat ?? suite.repeat));
    return { suite, samples: { min: n, max: n }, batch: batchAll || suite.provider.batch !== undefined };
  });
}

/**
 * Jobs for the PR gate: both sides of every suite, the first round at repeat samples per case, up to
 * gate.maxRepeat while a decision stays open. An upper bound: a PR evaluates only the suites it changes,
 * and the base side is counted with the working tree's prompts.
 */
export function gateJobs(config: ResolvedConfig, repeat?: number): EstimateJob[] {
  return config.suites.flatMap((suite) =>
    (['base', 'head'] as const).map((label) => {
      const first = Math.max(1, Math.floor(repeat ?? suite.repeat));
      return {
        suite,
        label,
        samples: { min: first, max: Math.max(first, config.gate.maxRepeat) },
        // The judge's self-consistency is measured on head only (plan.ts).
        ...(label === 'base' ? { consistencyChecks: 0 } : {}),
      };
    }),
  );
}

/** Jobs for one drift check: each suite at its repeat, up to drift.confirmRuns confirmation re-runs on top. */
export function driftJobs(
  config: ResolvedConfig,
  suites: readonly ResolvedSuite[] = config.suites,
  batchAll = false,
): EstimateJob[] {
  return suites.map((suite) => ({
    suite,
    samples: { min: suite.repeat, max: suite.repeat * (1 + config.drift.confirmRuns) },
    batch: batchAll || suite.provider.batch !== undefined,
    // Drift checks re-judge nothing (check.ts).
    consistencyChecks: 0,
  }));
}

/** Expected output per suite from the drift history (suites without one are left out). */
export async function driftOutputHistory(
  history: HistoryStore,
  suites: readonly ResolvedSuite[],
): Promise<Map<string, OutputHistory>> {
  const out = new Map<string, OutputHistory>();
  for (const s of suites) {
    // A history that cannot be read leaves this suite at maxTokens: an estimate is no reason to fail.
    const file = await history.load(s.name).catch(() => undefined);
    const h = file ? outputHistoryFromDrift(file) : undefined;
    if (h) out.set(s.name, h);
  }
  return out;
}

/** Output tokens per case from a previous results.json (`--estimate-from`). */
export async function outputHistoryFromFile(path: string): Promise<Map<string, OutputHistory>> {
  const text = await readFile(path, 'utf8');
  return outputHistoryFromResults(parseResults(text, path), `results ${path.split(/[\\/]/).pop() ?? path}`);
}
