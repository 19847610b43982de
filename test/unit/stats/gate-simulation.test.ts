// Seeded simulation of the PR gate through the real gate code (runGate: selection → plan → rounds of
// sequential sampling → compare → verdict → Holm across suites), on the realistic suite of the gate
// issue: 50 cases whose pass probability is spread evenly from 0.50 to 0.95, repeat 3 to start, one
// pass/fail check, temperature > 0 (every sample is an independent draw, so even an unchanged prompt
// gives different answers), 1% transient request errors, default gate settings. Only the model is
// simulated: `evaluate` answers each job's samples (the first round, or an extra round's sample indices)
// the way the engine would, and the gate decides.
//
// Claims (docs/gate-rules.md, README): per-PR false regression ≤ 1% for a PR of 3 unchanged suites;
// a true drop of every case's pass probability caught (verdict `regression`) ≥ 90% at −0.10; mean
// samples of a no-change PR vs the fixed 50 × 3 design. Rates are printed with Clopper-Pearson 95%
// intervals.
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate/gate.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { model, suitesConfig } from './gate-sim-model.js';
import {
  BROKEN,
  CASES,
  REPEAT,
  clopperPearson,
  concentrated,
  deterministicBreak,
  oneFlip,
  simulate,
  type Rates,
} from './gate-sim-model.js';

const FIXED_SAMPLES_PER_SUITE = CASES * REPEAT * 2;

function report(name: string, r: Rates): void {
  const [lo, hi] = clopperPearson(r.regressionPrs, r.prs);
  console.log(
    `[gate-simulation] ${name}: regression in ${r.regressionPrs}/${r.prs} PRs = ${((r.regressionPrs / r.prs) * 100).toFixed(1)}% ` +
      `(95% CI ${(lo * 100).toFixed(2)}–${(hi * 100).toFixed(2)}%), unclear suites ${(r.unclearSuites * 100).toFixed(1)}%, ` +
      `mean rounds ${r.meanRounds.toFixed(2)}, samples ${(r.meanSamplesPerPr / (FIXED_SAMPLES_PER_SUITE * r.suites)).toFixed(3)}× the fixed 50 × 3 design, ` +
      `cases listed per suite: ${r.listedRegressed.toFixed(4)} regressed, ${r.listedFixed.toFixed(4)} fixed`,
  );
}

describe('gate simulation: 50 cases, pass probability 0.50..0.95, repeat 3, sequential sampling, default gate', () => {
  it('no change, 3 suites per PR: per-PR false regression ≤ 1% (400 PRs here; npm run bench:gate runs 4,000: 0.55%, 95% CI 0.34–0.83%), mean samples ≤ 1.60× the fixed design (1.51× at 4,000 PRs)', async () => {
    const r = await simulate(Number(process.env.SIM_NULL ?? 400), 3, 0, 101);
    report('no change, 3 suites', r);
    expect(r.regressionPrs / r.prs).toBeLessThanOrEqual(0.01);
    // 400 PRs measure the mean cost to about ±0.03×: this seed gives 1.51×, 4,000 PRs 1.51×. The bound
    // leaves room for that noise and still fails on a cost increase of a tenth or more.
    expect(r.meanSamplesPerPr / (FIXED_SAMPLES_PER_SUITE * 3)).toBeLessThanOrEqual(1.6);
  }, 120_000);

  it('true 10-point drop on every case: caught ≥ 90% (300 PRs)', async () => {
    const r = await simulate(Number(process.env.SIM_DROP ?? 300), 1, 0.1, 202);
    report('10-point drop', r);
    expect(r.regressionPrs / r.prs).toBeGreaterThanOrEqual(0.9);
  });

  it('true 5-point drop on every case: power measured (300 PRs)', async () => {
    const r = await simulate(Number(process.env.SIM_DROP ?? 300), 1, 0.05, 303);
    report('5-point drop', r);
    // Measured 27.3% at 1,000 PRs: below the 60% goal, which no valid test reaches at this cost (docs/gate-rules.md).
    expect(r.regressionPrs / r.prs).toBeGreaterThanOrEqual(0.2);
  });

  it('concentrated regression (5 of 50 cases 0.7 → 0.1, rest unchanged): caught ≥ 90%, the broken cases named with precision ≥ 0.9 and recall ≥ 0.9 (200 PRs)', async () => {
    const r = await simulate(Number(process.env.SIM_DROP ?? 200), 1, concentrated, 404, BROKEN);
    report('concentrated 5 of 50', r);
    const listed = Math.round(r.listedRegressed * r.prs);
    const hits = Math.round(r.truePositives * r.prs);
    const [pLo, pHi] = clopperPearson(hits, listed);
    const [rLo, rHi] = clopperPearson(hits, BROKEN.length * r.prs);
    console.log(
      `[gate-simulation] concentrated: ${r.listedRegressed.toFixed(2)} regressed listed per suite, ${r.truePositives.toFixed(2)} of them broken: ` +
        `precision ${(hits / listed).toFixed(3)} (95% CI ${pLo.toFixed(3)}–${pHi.toFixed(3)}), recall ${(hits / (BROKEN.length * r.prs)).toFixed(3)} (95% CI ${rLo.toFixed(3)}–${rHi.toFixed(3)})`,
    );
    // Before the per-case family: 0 of 50 caught (72% unclear). Before naming at a false-discovery rate
    // after the regression decision: precision 1.00, recall 0.79. Long run: npm run bench:gate.
    expect(r.regressionPrs / r.prs).toBeGreaterThanOrEqual(0.9);
    expect(hits / listed).toBeGreaterThanOrEqual(0.9);
    expect(hits / (BROKEN.length * r.prs)).toBeGreaterThanOrEqual(0.9);
  });

  it('one case flips deterministically (passes every base sample, fails every head sample) in the flaky suite: a regression that names it (30 PRs)', async () => {
    const r = await simulate(30, 1, oneFlip, 505, [25]);
    report('one deterministic flip', r);
    expect(r.regressionPrs).toBe(30);
    expect(r.truePositives).toBe(1);
    // Named at a false-discovery rate of 10% once the suite is a regression: now and then an unchanged
    // case joins the list (this seed: 1 of 30 PRs).
    expect(r.truePositives / r.listedRegressed).toBeGreaterThanOrEqual(0.9);
  });

  it('no change: a case is listed as regressed or fixed only with error control across cases (300 suites)', async () => {
    const r = await simulate(300, 1, 0, 606);
    console.log(
      `[gate-simulation] no change: ${r.listedRegressed.toFixed(3)} regressed and ${r.listedFixed.toFixed(3)} fixed cases listed per suite`,
    );
    // Before: 2.5 regressed and 2.9 fixed per unchanged suite. Closed e-BH at the PR's α per list (10% only in a suite
    // decided a regression, which an unchanged suite reaches with probability ≤ α/S): a suite lists any with probability
    // ≤ α/S (the list) + α/S (a false regression).
    expect(r.listedRegressed).toBeLessThanOrEqual(0.03);
    expect(r.listedFixed).toBeLessThanOrEqual(0.03);
  });

  it('every case deterministic (temperature 0), k of 50 break: a regression at once for every k ≥ 1, a pass for k = 0', async () => {
    for (const k of [0, 1, 5, 8, 9, 12]) {
      const r = await simulate(
        5,
        1,
        deterministicBreak(k),
        700 + k,
        Array.from({ length: k }, (_, j) => j),
      );
      expect(r.regressionPrs, `k = ${k}`).toBe(k === 0 ? 0 : 5);
      if (k > 0) expect(r.meanRounds, `k = ${k}`).toBeLessThanOrEqual(1.5);
    }
  });

  it('after extra rounds the p shown is the always-valid one that decided, and Δ says it is not adjusted for stopping', async () => {
    const rng = mulberry32(808);
    const cfg = suitesConfig(1);
    let seen = 0;
    for (let pr = 0; pr < 200 && seen < 3; pr++) {
      const out = await runGate({
        base: cfg,
        head: cfg,
        changedFiles: [],
        all: true,
        failOn: 'regression',
        evaluate: model(rng, 0.05).evaluate,
      });
      const s = out.report.suites[0]!;
      if (s.verdict !== 'unclear' && s.verdict !== 'regression') continue;
      seen++;
      const q = s.sequential!;
      expect(s.score.method).toBe('always-valid');
      expect(s.score.pValue).toBe(q.pValue);
      expect(s.reason).toContain(q.pValue < 0.0001 ? '< 0.0001' : q.pValue.toFixed(4));
      expect(s.reason).not.toContain('exact sign-flip');
      if (q.rounds > 1) expect(s.reason).toContain('not adjusted for the stopping rule');
    }
    expect(seen).toBe(3);
  });
});
