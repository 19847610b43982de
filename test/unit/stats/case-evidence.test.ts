// The per-case e-process and plain e-BH, which the closed e-BH naming of the gate's case family extends (docs/gate-rules.md, "Per-case evidence").
import { describe, expect, it } from 'vitest';
import { bettingEValue, pairedDifferences } from '../../../src/core/stats/case-evidence.js';
import { eBenjaminiHochberg } from '../../../src/core/gate/case-family.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { aggregateCase } from '../../../src/core/engine/aggregate.js';
import type { SampleResult } from '../../../src/core/results/types.js';

const sample = (index: number, pass: boolean, status: 'ok' | 'error' = 'ok'): SampleResult => ({
  index,
  status,
  ...(status === 'ok' ? { score: pass ? 1 : 0, pass } : { error: { kind: 'server', message: 'HTTP 500' } }),
  assertions: [],
  tokens: { input: 0, output: 0 },
  costUsd: 0,
  cached: false,
  attempts: 1,
});

describe('per-case e-process', () => {
  it('pairs samples by index and leaves out a pair with an errored side', () => {
    const b = aggregateCase({ id: 'c', vars: {}, samples: [sample(0, true), sample(1, true), sample(2, false)] });
    const h = aggregateCase({
      id: 'c',
      vars: {},
      samples: [sample(0, false), sample(1, true, 'error'), sample(2, false)],
    });
    expect(pairedDifferences(b, h)).toEqual([1, 0]);
  });

  it('grows on every disagreeing pair that favours base, and is 1 when the pairs agree', () => {
    expect(bettingEValue([0, 0, 0])).toBe(1);
    expect(bettingEValue([1, 1, 1, 1])).toBeGreaterThan(bettingEValue([1, 1, 1]));
    expect(bettingEValue([1, -1, 1, -1])).toBeLessThan(1);
  });

  it('is a test martingale under "no change": mean ≤ 1 and P(ever ≥ 20) ≤ 1/20 (seeded, 4,000 cases × 30 pairs)', () => {
    const rng = mulberry32(9);
    let crossed = 0;
    let sum = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const p = 0.5 + 0.45 * rng();
      const d: number[] = [];
      let ever = false;
      for (let k = 0; k < 30; k++) {
        d.push((rng() < p ? 1 : 0) - (rng() < p ? 1 : 0));
        if (bettingEValue(d) >= 20) ever = true;
      }
      if (ever) crossed++;
      sum += bettingEValue(d);
    }
    expect(crossed / trials).toBeLessThanOrEqual(0.05);
    // The empirical mean of a heavy-tailed test martingale sits below 1 (rare large values carry it); never above.
    expect(sum / trials).toBeLessThan(1.05);
  });
});

describe('e-Benjamini-Hochberg', () => {
  it('names the k largest when the k-th reaches m/(q·k)', () => {
    // m = 10, q = 0.1: one needs 100, two need 50 each, three 33.3 each.
    expect(eBenjaminiHochberg([60, 55, 1, 1, 1, 1, 1, 1, 1, 1], 0.1)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(eBenjaminiHochberg([60, 20, 1, 1, 1, 1, 1, 1, 1, 1], 0.1).filter(Boolean)).toHaveLength(0);
    expect(eBenjaminiHochberg([120, 20, 1, 1, 1, 1, 1, 1, 1, 1], 0.1)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
