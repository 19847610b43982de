// The power figures (src/core/gate/power.ts) checked against the real decision code: PRs simulated
// through runGate with the suite's true pass probabilities, a drop equal to the computed detectable drop
// on every case, and the share caught compared with the 90 % the figure claims (Clopper-Pearson 95 %).
// `npm run bench:power` runs more PRs (SIM_POWER).
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/core/config/schema.js';
import { runGate } from '../../../src/core/gate/gate.js';
import { detectableDrop, detectionPower, type SuiteSize } from '../../../src/core/gate/power.js';
import { sequentialDesign } from '../../../src/core/gate/sequential.js';
import { addPower } from '../../../src/core/gate/suite-power.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { config, suite } from '../gate/fixtures.js';
import { CASES, clopperPearson, model, REPEAT } from './gate-sim-model.js';

const GATE = ConfigSchema.parse({
  version: 1,
  providers: { f: { model: 'm' } },
  suites: [{ name: 'x', prompt: 'p', cases: 'c' }],
}).gate;
const DESIGN = sequentialDesign(GATE, 1);

const spread = (n: number, lo: number, hi: number): number[] =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** The size the power model sees for pass probabilities `p` (true variance, no estimation noise). */
const sizeOf = (p: readonly number[]): SuiteSize => ({
  cases: p.length,
  repeat: REPEAT,
  maxRepeat: GATE.maxRepeat,
  pairVariance: (2 * p.reduce((s, x) => s + x * (1 - x), 0)) / p.length,
  caseMeans: p,
});

const cfgOf = (n: number) =>
  config([
    suite('s0', {
      repeat: REPEAT,
      cases: Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        vars: { i },
        assertions: [{ type: 'contains', value: 'ok' }],
      })),
    }),
  ]);

/** PRs through runGate with every case's pass probability lowered by `drop` on head: how many were caught. */
async function caught(
  probs: readonly number[],
  drop: number,
  prs: number,
  seed: number,
  maxRepeat = GATE.maxRepeat,
): Promise<number> {
  const rng = mulberry32(seed);
  const cfg = { ...cfgOf(probs.length), gate: { ...GATE, maxRepeat } };
  let k = 0;
  for (let pr = 0; pr < prs; pr++) {
    const out = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: model(rng, drop, probs).evaluate,
    });
    if (out.report.suites[0]?.verdict === 'regression') k++;
  }
  return k;
}

function show(name: string, k: number, n: number, model: number): [number, number] {
  const [lo, hi] = clopperPearson(k, n);
  console.log(
    `[power-calibration] ${name}: caught ${k}/${n} = ${((k / n) * 100).toFixed(1)}% (95% CI ${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}%), model ${(model * 100).toFixed(1)}%`,
  );
  return [lo, hi];
}

describe('power model vs the gate (50 cases, p 0.50..0.95, repeat 3, default gate)', () => {
  const P = spread(CASES, 0.5, 0.95);

  // 1,000 PRs (npm run bench:power): 89.7% (87.6–91.5%).
  it('a drop equal to the computed detectable drop is caught in ≈ 90% of simulated PRs', async () => {
    const mde = detectableDrop(sizeOf(P), DESIGN);
    expect(mde).not.toBeNull();
    // The figure the docs quote: 0.096 (shown as 0.10).
    expect(mde!).toBeGreaterThan(0.09);
    expect(mde!).toBeLessThan(0.1);
    const prs = Number(process.env.SIM_POWER ?? 200);
    const k = await caught(P, mde!, prs, 909);
    const [lo, hi] = show(`drop ${mde!.toFixed(4)} (the detectable drop)`, k, prs, 0.9);
    expect(lo).toBeLessThanOrEqual(0.9);
    expect(hi).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('the model reproduces the measured power at 0.05 and 0.10 (gate-simulation.test.ts: 26.3% and 91.7%)', () => {
    // Measured by gate-simulation.test.ts on 300 PRs each: 26.3% (21.4–31.7%) and 91.7% (87.9–94.5%).
    const at05 = detectionPower(0.05, sizeOf(P), DESIGN);
    const at10 = detectionPower(0.1, sizeOf(P), DESIGN);
    expect(at05).toBeGreaterThan(0.214);
    expect(at05).toBeLessThan(0.317);
    expect(at10).toBeGreaterThan(0.879);
    expect(at10).toBeLessThan(0.945);
  });

  it('the figure the report shows, from one unchanged run’s own samples, is within 0.01 of the true one', async () => {
    const rng = mulberry32(910);
    const cfg = cfgOf(CASES);
    const out = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: model(rng, 0, P).evaluate,
    });
    addPower(out.report, out.gate);
    const p = out.report.suites[0]?.power;
    expect(p?.variance).toBe('observed');
    expect(p?.cases).toBe(CASES);
    expect(p?.repeat).toBe(REPEAT);
    expect(Math.abs((p?.detectableDrop ?? 1) - detectableDrop(sizeOf(P), DESIGN)!)).toBeLessThan(0.01);
  });
});

describe('power model vs the gate on a suite of near-certain cases (120 cases, p 0.80..0.99, repeat 3)', () => {
  // 1,000 PRs (npm run bench:power): 92.8% (91.0–94.3%): the figure errs on the safe side here (the
  // model counts a case as out of the rounds a little too often), never on the optimistic one.
  it('a drop equal to the computed detectable drop is caught in 90–95% of simulated PRs (never less)', async () => {
    const P = spread(120, 0.8, 0.99);
    const mde = detectableDrop(sizeOf(P), DESIGN)!;
    const prs = Number(process.env.SIM_POWER ?? 100);
    const k = await caught(P, mde, prs, 911);
    const [lo, hi] = show(`near-certain, drop ${mde.toFixed(4)}`, k, prs, 0.9);
    expect(hi).toBeGreaterThanOrEqual(0.9);
    expect(lo).toBeLessThanOrEqual(0.95);
  }, 60_000);
});

describe('power model vs the gate on a larger suite (200 cases, p 0.50..0.95, repeat 3)', () => {
  // Away from the 50 cases above, towards the case counts `casesNeeded` extrapolates to. Only under
  // npm run bench:power (300 PRs: 90.3%, 86.4–93.4%).
  it.skipIf(!process.env['SIM_POWER'])(
    'a drop equal to the computed detectable drop is caught in ≈ 90% of simulated PRs',
    async () => {
      const P = spread(200, 0.5, 0.95);
      const mde = detectableDrop(sizeOf(P), DESIGN)!;
      const prs = Math.min(300, Number(process.env['SIM_POWER']));
      const k = await caught(P, mde, prs, 912);
      const [lo, hi] = show(`200 cases, drop ${mde.toFixed(4)}`, k, prs, 0.9);
      expect(lo).toBeLessThanOrEqual(0.9);
      expect(hi).toBeGreaterThanOrEqual(0.9);
    },
    1_800_000,
  );
});

describe('more rounds do not buy a drop of maxScoreDrop (50 cases, p 0.50..0.95, a 5-point drop)', () => {
  // The model: 25.7% at maxRepeat 30, 30.3% at maxRepeat 100 (the pass boundary at 0.75 × maxScoreDrop caps
  // it); 300 PRs: 31.3% (26.1–36.9%). Slow (rounds up to 100 samples per case): only under npm run bench:power.
  it.skipIf(!process.env['SIM_POWER'])(
    'maxRepeat 100 catches a 5-point drop about as rarely as the model says',
    async () => {
      const P = spread(CASES, 0.5, 0.95);
      const model100 = detectionPower(0.05, { ...sizeOf(P), maxRepeat: 100 }, DESIGN);
      const prs = Math.min(300, Number(process.env['SIM_POWER']));
      const k = await caught(P, 0.05, prs, 913, 100);
      const [lo, hi] = show('maxRepeat 100, drop 0.05', k, prs, model100);
      expect(lo).toBeLessThanOrEqual(model100);
      expect(hi).toBeGreaterThanOrEqual(model100);
      expect(hi).toBeLessThan(0.5);
    },
    1_800_000,
  );
});
