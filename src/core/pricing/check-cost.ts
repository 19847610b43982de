// What an evaluation itself cost, and what the response cache, sequential stopping and the Batch API
// saved (issue 22, row 6). From the samples alone: a cached sample carries the price it would have cost
// (engine/request.ts prices a hit like a live answer), a batched one the half price it did cost.
import type { SuiteResult } from '../results/types.js';
import { BATCH_DISCOUNT } from './batch.js';

export interface CheckCost {
  /** USD paid for the model's answers (cache hits excluded). */
  modelUsd: number;
  /** USD paid for judges and embeddings. */
  evalUsd: number;
  /** Some answer or judge call had no known price: the sums are lower bounds. */
  priceUnknown: boolean;
  cache: { hits: number; savedUsd: number };
  /** Samples the gate's sequential test made unnecessary (cases × maxRepeat − samples sent), priced per request. */
  sequential: { notSent: number; savedUsd: number };
  /** Batched answers: saved = the synchronous price − the batch price. */
  batch: { requests: number; savedUsd: number };
}

/** The cost of a check over its suite results (both sides of a gate: pass both); maxRepeat = the gate's cap, when it sampled in rounds. */
export function checkCost(suites: readonly SuiteResult[], maxRepeat?: number): CheckCost {
  const c: CheckCost = {
    modelUsd: 0,
    evalUsd: 0,
    priceUnknown: false,
    cache: { hits: 0, savedUsd: 0 },
    sequential: { notSent: 0, savedUsd: 0 },
    batch: { requests: 0, savedUsd: 0 },
  };
  for (const suite of suites) {
    for (const k of suite.cases)
      for (const s of k.samples) {
        if (s.evalCostUsd === null) c.priceUnknown = true;
        else if (s.evalCostUsd !== undefined) c.evalUsd += s.evalCostUsd;
        if (s.status !== 'ok') continue;
        if (s.costUsd === null) {
          c.priceUnknown = true;
          continue;
        }
        if (s.cached) {
          c.cache.hits++;
          c.cache.savedUsd += s.costUsd;
        } else c.modelUsd += s.costUsd;
        if (s.batched && !s.cached) {
          c.batch.requests++;
          c.batch.savedUsd += (s.costUsd / BATCH_DISCOUNT) * (1 - BATCH_DISCOUNT);
        }
      }
    if (suite.sampling && maxRepeat !== undefined) {
      const notSent = Math.max(0, suite.cases.length * maxRepeat - suite.aggregates.samples);
      c.sequential.notSent += notSent;
      const per = suite.aggregates.costPerRequestUsd;
      if (per === null) c.priceUnknown ||= notSent > 0;
      else c.sequential.savedUsd += notSent * per;
    }
  }
  return c;
}
