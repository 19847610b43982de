// What a check cost and what it saved: cache hits priced as the answers they replaced, samples the
// sequential test did not need priced per request, batched answers saving the other half.
import { describe, expect, it } from 'vitest';
import { checkCost } from '../../../src/core/pricing/check-cost.js';
import { checkCostLine } from '../../../src/core/pricing/check-cost-line.js';
import { caseOf, suiteOf } from '../compare/builders.js';

describe('checkCost', () => {
  it('separates paid answers, cache hits, batch savings and samples not needed', () => {
    const c1 = caseOf('a', [{ costUsd: 0.002 }, { costUsd: 0.002 }]);
    c1.samples[1]!.cached = true;
    const c2 = caseOf('b', [{ costUsd: 0.001 }]);
    c2.samples[0]!.batched = true;
    c2.samples[0]!.evalCostUsd = 0.0005;
    const suite = suiteOf('s', [c1, c2]);
    suite.sampling = { rounds: 2, samples: 3, extraSamples: 1, extraCostUsd: 0.002 };
    const c = checkCost([suite], 4);
    expect(c.modelUsd).toBeCloseTo(0.003, 12);
    expect(c.evalUsd).toBeCloseTo(0.0005, 12);
    expect(c.cache).toEqual({ hits: 1, savedUsd: 0.002 });
    expect(c.batch.requests).toBe(1);
    expect(c.batch.savedUsd).toBeCloseTo(0.001, 12);
    // 2 cases × 4 − 3 samples sent = 5 not needed, at the suite's mean $0.005 / 3 per request.
    expect(c.sequential.notSent).toBe(5);
    expect(c.sequential.savedUsd).toBeCloseTo((5 * 0.005) / 3, 12);
    expect(c.priceUnknown).toBe(false);
    expect(checkCostLine(c)).toBe(
      'This check cost $0.0035 (model $0.003, judges and embeddings $0.0005); saved $0.002 by the response cache (1 answer reused), $0.00833 by sequential stopping (5 samples not needed), $0.001 by the Batch API (1 request at half price).',
    );
  });

  it('says when a price is unknown and stays silent when nothing was spent', () => {
    const unknown = checkCost([suiteOf('s', [caseOf('a', [{ costUsd: null }])])]);
    expect(unknown.priceUnknown).toBe(true);
    expect(checkCostLine(unknown)).toContain('some calls of unknown price');
    expect(checkCostLine(checkCost([suiteOf('s', [caseOf('a', [{ costUsd: 0 }])])]))).toBeUndefined();
  });
});
