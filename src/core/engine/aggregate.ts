// Per-case and per-suite figures from the samples. Errors, budget, skipped and blocked samples are
// counted apart and never enter scores (an error is not a score of 0).
import type { TokenUsage } from '../model/types.js';
import type { CaseResult, SampleResult, SuiteAggregates } from '../results/types.js';
import { mean } from '../stats/mean.js';
import { percentile } from '../stats/percentile.js';

export function aggregateCase(base: Omit<CaseResult, 'score' | 'passRate' | 'pass'>): CaseResult {
  const ok = base.samples.filter((s) => s.status === 'ok');
  const score = mean(ok.map((s) => s.score ?? 0));
  const passed = ok.filter((s) => s.pass === true).length;
  return {
    ...base,
    score,
    passRate: ok.length === 0 ? null : passed / ok.length,
    // Strict majority: with 2 repeats, one pass and one fail is not a pass.
    pass: ok.length === 0 ? null : passed * 2 > ok.length,
  };
}

/** A sample the model answered (ok, or an answer whose scoring failed): it has tokens and a cost. */
const answered = (s: SampleResult): boolean => s.output !== undefined && (s.status === 'ok' || s.status === 'error');

/** Sums usage; the optional cached-input and reasoning parts appear once some sample reports them. */
function addTokens(into: TokenUsage, t: TokenUsage): void {
  into.input += t.input;
  into.output += t.output;
  if (t.cachedInput !== undefined) into.cachedInput = (into.cachedInput ?? 0) + t.cachedInput;
  if (t.reasoning !== undefined) into.reasoning = (into.reasoning ?? 0) + t.reasoning;
}

export function aggregateSuite(cases: readonly CaseResult[], traffic?: { requestsPerMonth: number }): SuiteAggregates {
  const counts = { samples: 0, ok: 0, errors: 0, budget: 0, skipped: 0, blocked: 0 };
  const tokens: TokenUsage = { input: 0, output: 0 };
  const okTokens: TokenUsage = { input: 0, output: 0 };
  const latencies: number[] = [];
  let cost: number | null = 0;
  let requests = 0;
  let evalCost: number | null = 0;
  let cacheHits = 0;
  for (const c of cases) {
    for (const s of c.samples) {
      counts.samples++;
      if (s.status === 'ok') counts.ok++;
      else if (s.status === 'error') counts.errors++;
      else if (s.status === 'budget') counts.budget++;
      else if (s.status === 'skipped') counts.skipped++;
      else counts.blocked++;
      if (s.cached) cacheHits++;
      if (answered(s)) {
        requests++;
        addTokens(tokens, s.tokens);
        if (s.costUsd === null) cost = null;
        else if (cost !== null) cost += s.costUsd;
      }
      if (s.status === 'ok') {
        okTokens.input += s.tokens.input;
        okTokens.output += s.tokens.output;
        if (s.latencyMs !== undefined) latencies.push(s.latencyMs);
      }
      if (s.evalCostUsd === null) evalCost = null;
      else if (s.evalCostUsd !== undefined && evalCost !== null) evalCost += s.evalCostUsd;
    }
  }
  const scored = cases.map((c) => c.score).filter((x): x is number => x !== null);
  const verdicts = cases.filter((c) => c.pass !== null);
  const costUsd = cost;
  const costPerRequestUsd = costUsd === null || requests === 0 ? null : costUsd / requests;
  return {
    cases: cases.length,
    ...counts,
    meanScore: mean(scored),
    passRate: verdicts.length === 0 ? null : verdicts.filter((c) => c.pass === true).length / verdicts.length,
    tokens,
    tokensPerRequest:
      counts.ok === 0 ? null : { input: okTokens.input / counts.ok, output: okTokens.output / counts.ok },
    costUsd,
    costPerRequestUsd,
    projectedMonthlyCostUsd:
      costPerRequestUsd !== null && traffic ? costPerRequestUsd * traffic.requestsPerMonth : null,
    priceKnown: cost !== null,
    evalCostUsd: evalCost,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), mean: mean(latencies) },
    cacheHits,
  };
}
