// The simulated model and PR loop of the gate simulation (gate-simulation.test.ts): 50 cases with pass
// probability spread evenly 0.50..0.95, repeat 3, one pass/fail check, every sample an independent draw
// (temperature > 0), 1% transient request errors; runGate decides.
import type { ResolvedSuite } from '../../../src/core/config/resolved.js';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import { runGate } from '../../../src/core/gate/gate.js';
import type { GatePlan } from '../../../src/core/gate/plan.js';
import { incompleteBeta } from '../../../src/core/stats/student-t.js';
import { mulberry32, type Rng } from '../../../src/core/stats/rng.js';
import { aggregateCase } from '../../../src/core/engine/aggregate.js';
import type { SampleResult } from '../../../src/core/results/types.js';
import { suiteOf } from '../compare/builders.js';
import { config, suite } from '../gate/fixtures.js';

export const CASES = 50;
export const REPEAT = 3;
const ERROR_RATE = 0.01;
const P = Array.from({ length: CASES }, (_, i) => 0.5 + (0.45 * i) / (CASES - 1));

function suites(n: number): ResolvedSuite[] {
  return Array.from({ length: n }, (_, k) =>
    suite(`s${k}`, {
      repeat: REPEAT,
      cases: P.map((_, i) => ({ id: `c${i}`, vars: { i }, assertions: [{ type: 'contains', value: 'ok' }] })),
    }),
  );
}

/** The model: case i passes with P[i] on base and P[i] − drop on head, every sample independent. */
const NO_TOKENS = { input: 0, output: 0 };
const FAILED = [{ type: 'contains', score: 0, pass: false, reason: 'expected "ok"', weight: 1 }];

/** One sample as the engine records it (lean: the simulation makes millions). */
function draw(rng: Rng, p: number, index: number): SampleResult {
  if (rng() < ERROR_RATE)
    return {
      index,
      status: 'error',
      error: { kind: 'server', message: 'HTTP 500' },
      assertions: [],
      tokens: NO_TOKENS,
      costUsd: 0,
      cached: false,
      attempts: 3,
    };
  const pass = rng() < p;
  return {
    index,
    status: 'ok',
    output: pass ? 'ok' : 'I am not sure.',
    score: pass ? 1 : 0,
    pass,
    assertions: pass ? [] : FAILED,
    tokens: NO_TOKENS,
    costUsd: 0,
    cached: false,
    attempts: 1,
  };
}

/** How a scenario changes case i's pass probability p on head (a number: every case drops by it). */
export type HeadChange = number | ((i: number, p: number, side: 'base' | 'head') => number);

/** 5 of 50 cases break hard (p 0.7 → 0.1), the rest unchanged: the concentrated regression of issue 20. */
export const BROKEN = [10, 20, 25, 30, 40];
export const concentrated: HeadChange = (i, p, side) => (side === 'head' && BROKEN.includes(i) ? 0.1 : p);
/** One case (c25) passes every base sample and fails every head sample; the rest unchanged and flaky. */
export const oneFlip: HeadChange = (i, p, side) => (i === 25 ? (side === 'base' ? 1 : 0) : p);

/** Temperature 0: every case answers the same every time (passes on base); the first k fail on head. */
export const deterministicBreak =
  (k: number): HeadChange =>
  (i, _p, side) =>
    side === 'head' && i < k ? 0 : 1;

const sideP = (change: HeadChange, i: number, p: number, side: 'base' | 'head'): number =>
  typeof change === 'number' ? (side === 'head' ? p - change : p) : change(i, p, side);

/** The model: case i passes with P[i] on base and the changed probability on head, every sample independent. */
export function model(rng: Rng, drop: HeadChange, probs: readonly number[] = P) {
  let samples = 0;
  const first = Array.from({ length: REPEAT }, (_, k) => k);
  const evaluate = async (plan: GatePlan): Promise<EngineOutput> => ({
    costCapHit: false,
    results: plan.jobs.map((j) => {
      const cases = j.suite.cases.map((c, i) => {
        const indices = j.sampleIndices ? (j.sampleIndices.get(c.id) ?? []) : first;
        const p = sideP(drop, i, probs[i] as number, j.label === 'head' ? 'head' : 'base');
        samples += indices.length;
        return aggregateCase({ id: c.id, vars: c.vars, samples: indices.map((k) => draw(rng, p, k)) });
      });
      return { label: j.label, suite: suiteOf(j.suite.name, cases, { repeat: REPEAT }) };
    }),
  });
  return { evaluate, samples: () => samples };
}

export interface Rates {
  prs: number;
  regressionPrs: number;
  unclearSuites: number;
  suites: number;
  meanSamplesPerPr: number;
  meanRounds: number;
  /** Cases listed as regressed / fixed per suite, and how many of the listed regressed are truly broken. */
  listedRegressed: number;
  listedFixed: number;
  truePositives: number;
}

/** The config of a PR with `n` copies of the simulated suite. */
export const suitesConfig = (n: number) => config(suites(n));

export async function simulate(
  prs: number,
  suiteCount: number,
  drop: HeadChange,
  seed: number,
  broken: readonly number[] = [],
): Promise<Rates> {
  // Each PR draws from its own stream (seeded from one master stream), so how many samples one PR takes
  // does not change the draws of the next: two designs run on the same seed see the same PRs until their
  // sampling differs (common random numbers), and a change to one scenario's sampling leaves the rest.
  const master = mulberry32(seed);
  const cfgBase = config(suites(suiteCount));
  const cfgHead = config(suites(suiteCount));
  let regressionPrs = 0;
  let unclear = 0;
  let samples = 0;
  let rounds = 0;
  let listedRegressed = 0;
  let listedFixed = 0;
  let truePositives = 0;
  for (let pr = 0; pr < prs; pr++) {
    const m = model(mulberry32(Math.floor(master() * 2 ** 32)), drop);
    const out = await runGate({
      base: cfgBase,
      head: cfgHead,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: m.evaluate,
    });
    if (out.report.suites.some((s) => s.verdict === 'regression')) regressionPrs++;
    unclear += out.report.suites.filter((s) => s.verdict === 'unclear').length;
    rounds += out.report.suites.reduce((n, s) => n + (s.sequential?.rounds ?? 0), 0);
    samples += m.samples();
    for (const s of out.report.suites) {
      listedRegressed += s.regressed.length;
      listedFixed += s.fixed.length;
      truePositives += s.regressed.filter((c) => broken.includes(Number(c.id.slice(1)))).length;
    }
  }
  return {
    prs,
    regressionPrs,
    unclearSuites: unclear / (prs * suiteCount),
    suites: suiteCount,
    meanSamplesPerPr: samples / prs,
    meanRounds: rounds / (prs * suiteCount),
    listedRegressed: listedRegressed / (prs * suiteCount),
    listedFixed: listedFixed / (prs * suiteCount),
    truePositives: truePositives / (prs * suiteCount),
  };
}

/** Clopper-Pearson 95% interval for k of n, by bisection on the binomial tails (regularized incomplete beta). */
export function clopperPearson(k: number, n: number): [number, number] {
  // Root of an increasing function of p in (0, 1).
  const root = (f: (p: number) => number): number => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // P(X ≥ k | p) = I_p(k, n − k + 1) and P(X ≤ k | p) = 1 − I_p(k + 1, n − k).
  const low = k === 0 ? 0 : root((p) => incompleteBeta(p, k, n - k + 1) - 0.025);
  const high = k === n ? 1 : root((p) => 0.025 - (1 - incompleteBeta(p, k + 1, n - k)));
  return [low, high];
}
