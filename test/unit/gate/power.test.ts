import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/core/config/schema.js';
import {
  MAX_REPEAT_LIMIT,
  casesToDetect,
  detectableDrop,
  detectionPower,
  maxRepeatToDetect,
  suitePower,
  underDrop,
  type SuiteSize,
} from '../../../src/core/gate/power.js';
import { sequentialDesign } from '../../../src/core/gate/sequential.js';
import { powerText } from '../../../src/core/report/power-line.js';
import { caseVariance, estimateVariance } from '../../../src/core/stats/score-variance.js';

const gateOf = (over: Record<string, unknown> = {}) =>
  ConfigSchema.parse({
    version: 1,
    providers: { f: { model: 'm' } },
    suites: [{ name: 'x', prompt: 'p', cases: 'c' }],
    gate: over,
  }).gate;
const DESIGN = sequentialDesign(gateOf(), 1);
const P = Array.from({ length: 50 }, (_, i) => 0.5 + (0.45 * i) / 49);
const FLAKY: SuiteSize = {
  cases: 50,
  repeat: 3,
  maxRepeat: 30,
  pairVariance: (2 * P.reduce((s, p) => s + p * (1 - p), 0)) / 50,
  caseMeans: P,
};

describe('detectionPower (the gate’s sequential test, normal approximation)', () => {
  it('holds the false-regression rate under no change (≤ α = 1%)', () => {
    const p0 = detectionPower(0, FLAKY, DESIGN);
    expect(p0).toBeGreaterThan(0);
    expect(p0).toBeLessThanOrEqual(0.01);
  });

  it('grows with the drop and with the cases', () => {
    const drops = [0.02, 0.05, 0.08, 0.12, 0.2].map((d) => detectionPower(d, FLAKY, DESIGN));
    for (let i = 1; i < drops.length; i++) expect(drops[i]!).toBeGreaterThan(drops[i - 1]!);
    expect(detectionPower(0.05, { ...FLAKY, cases: 400 }, DESIGN)).toBeGreaterThan(detectionPower(0.05, FLAKY, DESIGN));
  });

  it('is 0 below the 5 paired cases the mean test needs', () => {
    expect(detectionPower(0.5, { ...FLAKY, cases: 4 }, DESIGN)).toBe(0);
    expect(detectableDrop({ ...FLAKY, cases: 4 }, DESIGN)).toBeNull();
  });

  it('a stricter PR (more suites: level α/S) needs a larger drop', () => {
    const three = sequentialDesign(gateOf(), 3);
    expect(detectableDrop(FLAKY, three)!).toBeGreaterThan(detectableDrop(FLAKY, DESIGN)!);
  });

  it('cases that stop varying after round 1 carry less of the drop: near-certain cases lose more', () => {
    const sure = underDrop(0.1, { ...FLAKY, caseMeans: [0.99, 0.98, 0.97] });
    const flaky = underDrop(0.1, { ...FLAKY, caseMeans: [0.5, 0.55, 0.6] });
    expect(sure.keptDrop).toBeLessThan(flaky.keptDrop);
    expect(flaky.keptDrop).toBeGreaterThan(0.9);
    // No per-case means: every case assumed to keep varying.
    expect(underDrop(0.1, { ...FLAKY, caseMeans: undefined as never })).toEqual({
      variance: 1,
      keptDrop: 1,
      keptVariance: 1,
    });
  });
});

describe('detectableDrop, casesToDetect, maxRepeatToDetect', () => {
  it('the flaky suite of the gate issue (50 × 3, p 0.50..0.95) detects ≈ 0.098 at 90%', () => {
    const mde = detectableDrop(FLAKY, DESIGN)!;
    expect(mde).toBeGreaterThan(0.09);
    expect(mde).toBeLessThan(0.1);
    expect(detectionPower(mde, FLAKY, DESIGN)).toBeGreaterThanOrEqual(0.9);
    expect(detectionPower(mde - 0.005, FLAKY, DESIGN)).toBeLessThan(0.9);
  });

  it('cases needed: the smallest number that reaches 90% at the current samples', () => {
    const n = casesToDetect(0.05, FLAKY, DESIGN)!;
    expect(n).toBeGreaterThan(50);
    expect(detectionPower(0.05, { ...FLAKY, cases: n }, DESIGN)).toBeGreaterThanOrEqual(0.9);
    expect(detectionPower(0.05, { ...FLAKY, cases: n - 1 }, DESIGN)).toBeLessThan(0.9);
  });

  it('maxRepeat needed: found when more rounds reach it, null when no maxRepeat up to 100 does', () => {
    // A drop well beyond the pass boundary (0.15 = 3 × maxScoreDrop) at repeat 1: more rounds are what is missing.
    const low: SuiteSize = { cases: 20, repeat: 1, maxRepeat: 2, pairVariance: 0.5 };
    const r = maxRepeatToDetect(0.15, low, DESIGN)!;
    expect(r).toBeGreaterThan(2);
    expect(r).toBeLessThanOrEqual(MAX_REPEAT_LIMIT);
    expect(detectionPower(0.15, { ...low, maxRepeat: r }, DESIGN)).toBeGreaterThanOrEqual(0.9);
    expect(detectionPower(0.15, { ...low, maxRepeat: r - 1 }, DESIGN)).toBeLessThan(0.9);
    // maxScoreDrop itself: the pass boundary sits at 0.75 × maxScoreDrop, so a drop of exactly
    // maxScoreDrop drifts towards it almost as fast as towards the regression boundary; with small
    // steps (more rounds) it passes too often. Only larger steps (more cases) get it to 90%.
    expect(maxRepeatToDetect(0.05, FLAKY, DESIGN)).toBeNull();
  });

  it('suitePower bundles the figures at gate.maxScoreDrop', () => {
    const p = suitePower(FLAKY, 'observed', DESIGN);
    expect(p.power).toBe(0.9);
    expect(p.target).toBe(0.05);
    expect(p.detectableDrop).toBe(detectableDrop(FLAKY, DESIGN));
    expect(p.casesNeeded).toBe(casesToDetect(0.05, FLAKY, DESIGN));
    expect(p.maxRepeatNeeded).toBeNull();
  });

  it('is fast enough for a report (one suite in well under a second)', () => {
    const t = performance.now();
    suitePower({ ...FLAKY, cases: 7, repeat: 1, pairVariance: 0.5 }, 'assumed', DESIGN);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('estimateVariance', () => {
  it('pools within-group variances (a shift between runs is not noise)', () => {
    expect(
      caseVariance([
        [1, 0, 1],
        [0, 1, 0],
      ]),
    ).toBeCloseTo((2 / 3 + 2 / 3) / 4, 12);
    expect(
      caseVariance([
        [1, 1],
        [0, 0],
      ]),
    ).toBe(0);
    // One sample per group: the variance of all samples together.
    expect(caseVariance([[1], [0], [1], [0]])).toBeCloseTo(1 / 3, 12);
    expect(caseVariance([[1]])).toBeNull();
  });

  it('observed / upper-bound / assumed', () => {
    const obs = estimateVariance([[[1, 0, 1, 0]], [[1, 1, 1, 1]]]);
    expect(obs.source).toBe('observed');
    expect(obs.pairVariance).toBeCloseTo(2 * ((1 / 3 + 0) / 2), 12);
    expect(obs.caseMeans).toEqual([0.5, 1]);
    const bound = estimateVariance([[[1]], [[0]], [[1]], [[1]]]);
    expect(bound.source).toBe('upper-bound');
    expect(bound.pairVariance).toBeCloseTo(2 * 0.75 * 0.25, 12);
    const none = estimateVariance([], 12);
    expect(none.source).toBe('assumed');
    expect(none.pairVariance).toBe(0.5);
    expect(none.caseMeans).toHaveLength(12);
  });
});

describe('powerText', () => {
  const base = suitePower(FLAKY, 'observed', DESIGN);
  it('says what the suite detects and what maxScoreDrop would take', () => {
    const t = powerText(base);
    expect(t).toMatch(
      /^detects a drop of ≥ 0\.10 at 90% power with 50 cases × 3 samples \(up to 30 per case\); to detect 0\.05 \(maxScoreDrop\): [\d,]+ cases or no maxRepeat up to 100$/,
    );
  });
  it('labels an assumed variance, and a suite that already covers maxScoreDrop', () => {
    expect(powerText({ ...base, variance: 'assumed' })).toContain('no history: assumes p = 0.5 per case');
    expect(powerText({ ...base, detectableDrop: 0.04 })).toContain('so 0.05 (maxScoreDrop) is covered');
    expect(powerText({ ...base, maxRepeatNeeded: 45 })).toContain('or maxRepeat 45');
    expect(powerText({ ...base, cases: 3, detectableDrop: null, casesNeeded: 3125 })).toContain(
      'the mean test needs 5 cases (only per-case evidence decides); to detect 0.05 (maxScoreDrop): 3,125 cases',
    );
  });
});

describe('deterministic suites (observed variance 0)', () => {
  it('any case that flips is caught: the detectable drop is one case, whatever the repeats', () => {
    const p = suitePower({ cases: 32, repeat: 3, maxRepeat: 30, pairVariance: 0 }, 'observed', DESIGN);
    expect(p.deterministic).toBe(true);
    expect(p.detectableDrop).toBeCloseTo(1 / 32, 12);
    expect(powerText(p)).toBe(
      'answers the same on every sample: any case that flips is caught, a drop of ≥ 0.04 (one case of 32)',
    );
    const small = suitePower({ cases: 12, repeat: 3, maxRepeat: 30, pairVariance: 0 }, 'observed', DESIGN);
    expect(small.casesNeeded).toBe(20);
    expect(powerText(small)).toContain('to detect 0.05 (maxScoreDrop): 20 cases (more samples do not help');
    // With the per-case rule off only the mean decides: the normal model with its resolution floor.
    const meanOnly = sequentialDesign(gateOf({ allowRegressedCases: true }), 1);
    expect(
      suitePower({ cases: 32, repeat: 3, maxRepeat: 30, pairVariance: 0 }, 'observed', meanOnly).deterministic,
    ).toBeUndefined();
  });
});
