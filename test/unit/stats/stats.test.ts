import { describe, expect, it } from 'vitest';
import { pairedDelta } from '../../../src/core/stats/paired.js';
import { percentile } from '../../../src/core/stats/percentile.js';
import { beta, binomial, mulberry32, normal } from '../../../src/core/stats/rng.js';
import { incompleteBeta, logGamma, tCdf, tQuantile } from '../../../src/core/stats/student-t.js';

describe('percentile', () => {
  it('interpolates linearly between closest ranks (numpy default)', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48, 10);
    expect(percentile([4, 1, 3, 2], 0)).toBe(1);
    expect(percentile([4, 1, 3, 2], 100)).toBe(4);
    expect(percentile([7], 95)).toBe(7);
  });
  it('is null on empty input, ignores non-finite values and does not mutate', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([Number.NaN], 50)).toBeNull();
    const xs = [3, 1, 2];
    expect(percentile(xs, 50)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('rejects p outside 0..100 (the scale is percent, not a fraction)', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });
});

describe('Student t', () => {
  it('matches published quantiles', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047, 5);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.2281389, 6);
    expect(tQuantile(0.975, 49)).toBeCloseTo(2.0095752, 6);
    expect(tQuantile(0.95, 4)).toBeCloseTo(2.1318468, 6);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.2281389, 6);
    expect(tQuantile(0.5, 3)).toBe(0);
  });
  it('CDF is symmetric, monotone and inverts the quantile', () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tCdf(-1.5, 7) + tCdf(1.5, 7)).toBeCloseTo(1, 12);
    expect(tCdf(2.0095752, 49)).toBeCloseTo(0.975, 7);
    for (const df of [1, 2, 5, 30, 200])
      for (const q of [0.6, 0.9, 0.99]) expect(tCdf(tQuantile(q, df), df)).toBeCloseTo(q, 9);
  });
  it('special functions agree with closed forms', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12); // uniform
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });
});

describe('pairedDelta', () => {
  it('identical sides: p = 1 and an interval around 0 that is never zero-width', () => {
    const r = pairedDelta(
      [
        [1, 1],
        [0, 0],
        [0.5, 0.5],
      ],
      0.95,
      { resolution: 0.5, exact: true },
    )!;
    expect(r).toMatchObject({ n: 3, delta: 0, sd: 0, pValue: 1, method: 'sign-flip' });
    // One case moving by the resolution (0.5) gives sd 0.5/√3: the floor of the interval.
    const half = 4.302653 * (0.5 / Math.sqrt(3) / Math.sqrt(3));
    expect(r.ci!.low).toBeCloseTo(-half, 5);
    expect(r.ci!.high).toBeCloseTo(half, 5);
  });
  it('a constant drop gets the exact sign-flip p-value and an interval of non-zero width', () => {
    const r = pairedDelta(
      Array.from({ length: 6 }, () => [1, 0.5] as const),
      0.95,
      { exact: true },
    )!;
    expect(r.delta).toBeCloseTo(-0.5, 12);
    expect(r.ci!.high - r.ci!.low).toBeGreaterThan(0.1);
    expect(r.ci!.high).toBeLessThan(0);
    expect(r.pValue).toBeCloseTo(1 / 64, 12);
    expect(
      pairedDelta(
        Array.from({ length: 6 }, () => [0, 0.5] as const),
        0.95,
        { exact: true },
      )!.pValue,
    ).toBe(1);
  });
  it('4 of 50 cases flipping one way at repeat 1: exact p = 1/16, where the t test claims 0.02', () => {
    const pairs = Array.from({ length: 50 }, (_, i) => (i < 4 ? ([1, 0] as const) : ([1, 1] as const)));
    const exact = pairedDelta(pairs, 0.95, { exact: true })!;
    expect(exact.method).toBe('sign-flip');
    expect(exact.pValue).toBeCloseTo(0.0625, 12);
    const t = pairedDelta(pairs, 0.95)!;
    expect(t.method).toBe('t');
    expect(t.pValue!).toBeLessThan(0.025);
  });
  it('computes the paired t interval and one-sided p by hand', () => {
    // differences: -0.2, -0.1, 0, -0.3, -0.1 → mean -0.14, sd 0.11402
    const pairs: [number, number][] = [
      [1, 0.8],
      [0.5, 0.4],
      [0.7, 0.7],
      [0.9, 0.6],
      [0.3, 0.2],
    ];
    const r = pairedDelta(pairs, 0.95)!;
    const sd = Math.sqrt(((-0.06) ** 2 + 0.04 ** 2 + 0.14 ** 2 + (-0.16) ** 2 + 0.04 ** 2) / 4);
    const se = sd / Math.sqrt(5);
    expect(r.delta).toBeCloseTo(-0.14, 12);
    expect(r.sd).toBeCloseTo(sd, 12);
    expect(r.ci!.low).toBeCloseTo(-0.14 - 2.7764451 * se, 6);
    expect(r.ci!.high).toBeCloseTo(-0.14 + 2.7764451 * se, 6);
    expect(r.pValue).toBeCloseTo(tCdf(-0.14 / se, 4), 12);
    expect(r.pValue!).toBeLessThan(0.05);
  });
  it('clamps the interval to the possible range and refuses tiny inputs', () => {
    const r = pairedDelta([
      [0, 1],
      [1, 0],
      [0, 1],
    ])!;
    expect(r.ci!.low).toBeGreaterThanOrEqual(-1);
    expect(r.ci!.high).toBeLessThanOrEqual(1);
    expect(pairedDelta([])).toBeNull();
    expect(pairedDelta([[1, 0]])).toMatchObject({ n: 1, delta: -1, ci: null, pValue: null });
  });
  it('covers the true mean at about the nominal rate (seeded simulation)', () => {
    const rng = mulberry32(9);
    let covered = 0;
    const N = 2000;
    for (let k = 0; k < N; k++) {
      const pairs = Array.from({ length: 30 }, () => {
        const b = Math.min(1, Math.max(0, normal(rng, 0.6, 0.2)));
        return [b, Math.min(1, Math.max(0, b + normal(rng, -0.05, 0.1)))] as const;
      });
      const r = pairedDelta(pairs, 0.9)!;
      // true mean of the clamped difference ≈ -0.05 (clamping is rare at these parameters)
      if (r.ci!.low <= -0.05 && -0.05 <= r.ci!.high) covered++;
    }
    console.log(`[stats] 90% paired-t interval coverage: ${((covered / N) * 100).toFixed(1)}%`);
    expect(covered / N).toBeGreaterThan(0.87);
    expect(covered / N).toBeLessThan(0.93);
  });
});

describe('rng', () => {
  it('is deterministic per seed and roughly uniform', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 10000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
  it('beta and binomial draws have the right means', () => {
    const rng = mulberry32(3);
    const bs = Array.from({ length: 20000 }, () => beta(rng, 0.3, 0.1));
    expect(bs.reduce((s, x) => s + x, 0) / bs.length).toBeCloseTo(0.75, 1);
    const ks = Array.from({ length: 5000 }, () => binomial(rng, 3, 0.4));
    expect(ks.reduce((s, x) => s + x, 0) / ks.length).toBeCloseTo(1.2, 1);
  });
});
