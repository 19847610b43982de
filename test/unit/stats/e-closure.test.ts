// The closed e-BH procedure the gate names cases with (src/core/stats/e-closure.ts): it names every set
// e-BH names, sometimes more, and keeps the false discovery rate at q (seeded simulations below).
import { describe, expect, it } from 'vitest';
import { eBenjaminiHochberg } from '../../../src/core/gate/case-family.js';
import { closedEBenjaminiHochberg } from '../../../src/core/stats/e-closure.js';
import { mulberry32, type Rng } from '../../../src/core/stats/rng.js';

const count = (xs: readonly boolean[]): number => xs.filter(Boolean).length;

/**
 * The hardest null e-value for a procedure that names from c: c with probability 1/c, else 0 (mean 1,
 * Markov's bound met exactly), so the measured rates sit close to the guarantee and a looser procedure fails.
 */
const nullE = (rng: Rng, c: number): number => (rng() < 1 / c ? c : 0);

describe('closed e-BH', () => {
  it('names nothing without evidence and everything e-BH names', () => {
    expect(closedEBenjaminiHochberg([], 0.1)).toEqual([]);
    expect(count(closedEBenjaminiHochberg([1, 1, 1, 1], 0.1))).toBe(0);
    const rng = mulberry32(3);
    for (let t = 0; t < 2000; t++) {
      const m = 1 + Math.floor(rng() * 40);
      const es = Array.from({ length: m }, () => (rng() < 0.2 ? 10 ** (4 * rng()) : 3 * rng()));
      const q = [0.01, 0.05, 0.1][t % 3] as number;
      const plain = eBenjaminiHochberg(es, q);
      const closed = closedEBenjaminiHochberg(es, q);
      plain.forEach((named, i) => {
        if (named) expect(closed[i], `trial ${t}`).toBe(true);
      });
    }
  });

  it('names more than e-BH when the other e-values are not small', () => {
    // m = 10, q = 0.1: e-BH names one case from 100, two from 50 each. Here the second is 40 (e-BH names
    // only the first); the closure also counts the eight unremarkable cases at 1 each and names both.
    const es = [400, 40, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(count(eBenjaminiHochberg(es, 0.1))).toBe(1);
    expect(closedEBenjaminiHochberg(es, 0.1).slice(0, 3)).toEqual([true, true, false]);
    // The same second case next to cases with no evidence at all (e = 0) is not named.
    expect(count(closedEBenjaminiHochberg([400, 40, 0, 0, 0, 0, 0, 0, 0, 0], 0.1))).toBe(1);
  });

  it('checks every subset: a brute-force check over all subsets agrees on small families', () => {
    const rng = mulberry32(5);
    for (let t = 0; t < 300; t++) {
      const m = 1 + Math.floor(rng() * 8);
      const es = Array.from({ length: m }, () => (rng() < 0.4 ? 10 ** (2.5 * rng()) : 2 * rng()));
      const q = 0.1;
      const named = closedEBenjaminiHochberg(es, q);
      const k = count(named);
      // The largest k whose top-k set passes |R ∩ S|/|R| ≤ (q/|S|)·Σ_S e for every non-empty S.
      const order = es.map((e, i) => [e, i] as const).sort((a, b) => b[0] - a[0]);
      let best = 0;
      for (let kk = 1; kk <= m; kk++) {
        const inR = new Set(order.slice(0, kk).map(([, i]) => i));
        let ok = true;
        for (let mask = 1; mask < 1 << m && ok; mask++) {
          let size = 0;
          let hit = 0;
          let sum = 0;
          for (let i = 0; i < m; i++)
            if (mask & (1 << i)) {
              size++;
              sum += es[i] as number;
              if (inR.has(i)) hit++;
            }
          if (hit / kk > (q / size) * sum * (1 + 1e-9)) ok = false;
        }
        if (ok) best = kk;
      }
      expect(k, `trial ${t}: ${es.map((e) => e.toFixed(2)).join(', ')}`).toBe(best);
    }
  });

  it('keeps the false discovery rate ≤ q, and with no effect P(anything named) ≤ q (seeded, 20,000 families)', () => {
    const rng = mulberry32(7);
    const q = 0.1;
    let fdpSum = 0;
    let anyNull = 0;
    const trials = 20_000;
    for (let t = 0; t < trials; t++) {
      // 50 hypotheses, 5 true effects with large e-values, 45 nulls that reach 80 (just enough to join
      // the five: 45 zeros and 80 pass every subset at q = 0.1) with probability 1/80.
      const es = Array.from({ length: 50 }, (_, i) => (i < 5 ? 10 ** (3 + rng()) : nullE(rng, 80)));
      const named = closedEBenjaminiHochberg(es, q);
      const k = count(named);
      const wrong = named.filter((x, i) => x && i >= 5).length;
      fdpSum += k === 0 ? 0 : wrong / k;
      // No effect: one null at 500 = m/q is named alone, so P(anything named) ≈ 1 − (1 − 1/500)^50 ≈ 0.095.
      const nullOnly = Array.from({ length: 50 }, () => nullE(rng, 500));
      if (count(closedEBenjaminiHochberg(nullOnly, q)) > 0) anyNull++;
    }
    console.log(
      `[e-closure] FDR ${(fdpSum / trials).toFixed(4)}, P(any named | no effect) ${(anyNull / trials).toFixed(4)}`,
    );
    expect(fdpSum / trials).toBeLessThanOrEqual(q);
    expect(anyNull / trials).toBeLessThanOrEqual(q);
  });
});
