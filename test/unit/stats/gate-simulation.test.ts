// Seeded simulation of the PR gate's regression rule on realistic suites: 50 cases × 3 repeats,
// per-case difficulty drawn from a Beta distribution, scores sampled per repeat, the whole comparison
// pipeline (engine aggregates → compareSuite → verdict) applied to every simulated PR.
//
// Claims (issue 3): with no real change, false `regression` ≤ 1%; with a true 10-point drop of the
// expected mean score, `regression` ≥ 90%. The drop is an IRT-style shift: every case's pass
// probability (or quality) moves by the same amount in log-odds, solved per PR so the expected mean of
// that PR's cases falls by exactly 0.10. Measured rates are printed.
import { describe, expect, it } from 'vitest';
import { compareSuite } from '../../../src/core/compare/compare.js';
import { GateSchema } from '../../../src/core/config/schema.js';
import { beta, binomial, mulberry32, type Rng } from '../../../src/core/stats/rng.js';
import { caseScores, suiteOf } from '../compare/builders.js';

const CASES = 50;
const REPEATS = 3;
const PRS = 1000;
const ERROR_RATE = 0.02; // transient request errors, never scores
const gate = GateSchema.parse({}); // defaults: maxScoreDrop 0.05, confidence 0.95

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const clampP = (p: number): number => Math.min(1 - 1e-9, Math.max(1e-9, p));
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Log-odds shift s ≥ 0 such that mean(sigmoid(logit(p) − s)) = mean(p) − drop. */
function shiftFor(ps: readonly number[], drop: number): number {
  const ls = ps.map(logit);
  const target = mean(ps) - drop;
  let lo = 0;
  let hi = 60;
  for (let i = 0; i < 60; i++) {
    const s = (lo + hi) / 2;
    if (mean(ls.map((l) => sigmoid(l - s))) > target) lo = s;
    else hi = s;
  }
  return (lo + hi) / 2;
}

interface Model {
  /** Per-case difficulty: pass probability (binary) or expected quality (graded). */
  difficulty(rng: Rng): number;
  /** One repeat's score for a case of difficulty p. */
  score(rng: Rng, p: number): number;
}

const binaryModel = (a: number, b: number): Model => ({
  difficulty: (rng) => clampP(beta(rng, a, b)),
  score: (rng, p) => binomial(rng, 1, p),
});

/** Graded (judge-like) scores: each repeat ~ Beta around the case's quality, sd ≈ 0.13. */
const gradedModel: Model = {
  difficulty: (rng) => clampP(beta(rng, 2, 0.8)),
  score: (rng, q) => beta(rng, 10 * q, 10 * (1 - q)),
};

function simulate(model: Model, drop: number, seed: number): { regressionRate: number; meanObservedDrop: number; flakyShare: number } {
  const rng = mulberry32(seed);
  let regressions = 0;
  let observed = 0;
  let flaky = 0;
  const side = (ps: readonly number[]) =>
    suiteOf(
      'sim',
      ps.map((p, i) =>
        caseScores(
          `c${i}`,
          Array.from({ length: REPEATS }, () => (rng() < ERROR_RATE ? null : model.score(rng, p))),
        ),
      ),
      { repeat: REPEATS },
    );
  for (let pr = 0; pr < PRS; pr++) {
    const ps = Array.from({ length: CASES }, () => model.difficulty(rng));
    const s = drop > 0 ? shiftFor(ps, drop) : 0;
    const hs = ps.map((p) => clampP(sigmoid(logit(p) - s)));
    flaky += ps.filter((p) => p > 0.05 && p < 0.95).length / CASES;
    const cmp = compareSuite(side(ps), side(hs), gate);
    if (cmp.verdict === 'regression') regressions++;
    observed += -(cmp.score.pairedDelta ?? 0);
  }
  return { regressionRate: regressions / PRS, meanObservedDrop: observed / PRS, flakyShare: flaky / PRS };
}

function report(name: string, r: ReturnType<typeof simulate>): void {
  console.log(
    `[gate-simulation] ${name}: regression rate ${(r.regressionRate * 100).toFixed(1)}% over ${PRS} PRs ` +
      `(mean observed drop ${r.meanObservedDrop.toFixed(3)}, cases with difficulty in 5–95%: ${(r.flakyShare * 100).toFixed(0)}%)`,
  );
}

describe('gate simulation: 50 cases × 3 repeats, default gate', () => {
  // U-shaped Beta(0.1, 0.04): mean pass probability ≈ 0.71; most cases almost always pass or almost
  // always fail and ~15% are flaky (pass probability 5–95%), as in temperature-0 suites.
  const binary = binaryModel(0.1, 0.04);

  it('binary scores, no real change: false regression ≤ 1%', () => {
    const r = simulate(binary, 0, 101);
    report('binary, no change', r);
    expect(r.regressionRate).toBeLessThanOrEqual(0.01);
  });

  it('binary scores, true 10-point drop: caught ≥ 90%', () => {
    const r = simulate(binary, 0.1, 202);
    report('binary, 10-point drop', r);
    expect(r.meanObservedDrop).toBeGreaterThan(0.08); // the simulated drop is real
    expect(r.regressionRate).toBeGreaterThanOrEqual(0.9);
  });

  it('graded scores, no real change: false regression ≤ 1%', () => {
    const r = simulate(gradedModel, 0, 303);
    report('graded, no change', r);
    expect(r.regressionRate).toBeLessThanOrEqual(0.01);
  });

  it('graded scores, true 10-point drop: caught ≥ 90%', () => {
    const r = simulate(gradedModel, 0.1, 404);
    report('graded, 10-point drop', r);
    expect(r.regressionRate).toBeGreaterThanOrEqual(0.9);
  });

  it('flakier binary suites: false alarms stay near the one-sided bound (1 − confidence)/2, power falls', () => {
    // Documented limit (docs/gate-rules.md): when per-case noise is larger than maxScoreDrop can absorb,
    // false alarms are bounded by the interval, (1 − 0.95)/2 = 2.5%, not by 1%. Beta(0.5, 0.5) is a
    // temperature-1-like suite with ~70% flaky cases.
    const noisy = binaryModel(0.5, 0.5);
    const n = simulate(noisy, 0, 505);
    const d = simulate(noisy, 0.1, 606);
    report('flaky binary (Beta 0.5/0.5), no change', n);
    report('flaky binary (Beta 0.5/0.5), 10-point drop', d);
    expect(n.regressionRate).toBeLessThanOrEqual(0.035);
    expect(d.meanObservedDrop).toBeGreaterThan(0.08); // the simulated drop is real
    // Power falls below the ≥ 90% of calmer suites, but the gate still catches most real drops
    // (measured 65.9% over 1000 PRs, standard error ≈ 1.5 points): a gate that stopped firing fails here.
    expect(d.regressionRate).toBeLessThan(0.9);
    expect(d.regressionRate).toBeGreaterThan(0.5);
  });
});
