import { describe, expect, it } from 'vitest';
import { viewBaseline, type Baseline } from '../../../src/core/drift/baseline.js';
import type { HistoryEntry } from '../../../src/core/drift/history.js';
import { computeSignals, mcnemarP, modelChanged } from '../../../src/core/drift/signals.js';
import { DriftSchema } from '../../../src/core/config/schema.js';
import { beta, binomial, mulberry32 } from '../../../src/core/stats/rng.js';
import { entry, ids, type CaseSpec } from './helpers.js';

const drift = DriftSchema.parse({});
const base = (e: HistoryEntry): ReturnType<typeof viewBaseline> => viewBaseline({ kind: 'first-runs', entries: [e], since: e.time } satisfies Baseline);
const sig = (r: ReturnType<typeof computeSignals>, name: string) => r.signals.find((s) => s.name === name)!;

describe('computeSignals', () => {
  const good = ids(40).map((id) => ({ id, score: 1, output: `ok ${id}` }));

  it('is quiet for an identical run', () => {
    const r = computeSignals(base(entry('b', 0, good)), entry('n', 1, good), drift);
    expect(r.drifted).toBe(false);
    expect(r.signals.map((s) => s.name)).toEqual(['score', 'flipped', 'changed-outputs', 'output-tokens', 'latency-p95', 'cost-per-request', 'model']);
    expect(r.signals.every((s) => !s.triggered)).toBe(true);
    expect(sig(r, 'changed-outputs').now).toBe(0);
  });

  it('flags a 10-point drop spread over cases, lists the flipped cases with both outputs', () => {
    const now = good.map((c, i) => (i < 4 ? { id: c.id, score: 0, output: `bad ${c.id}` } : c));
    const r = computeSignals(base(entry('b', 0, good)), entry('n', 1, now), drift);
    expect(r.drifted).toBe(true);
    expect(sig(r, 'score').triggered).toBe(true);
    expect(r.scoreDelta).toBeCloseTo(-0.1);
    expect(r.flipped.map((f) => f.id)).toEqual(['case-1', 'case-2', 'case-3', 'case-4']);
    expect(r.flipped[0]).toMatchObject({ baselineOutput: 'ok case-1', nowOutput: 'bad case-1', baselineScore: 1, nowScore: 0 });
    // 4 against 0 is not yet significant for the exact McNemar test (p = 1/16); 6 against 0 is.
    expect(sig(r, 'flipped').triggered).toBe(false);
    expect(sig(r, 'changed-outputs').now).toBeCloseTo(0.1);
    const six = good.map((c, i) => (i < 6 ? { ...c, score: 0 } : c));
    expect(sig(computeSignals(base(entry('b', 0, good)), entry('n', 1, six), drift), 'flipped').triggered).toBe(true);
    // On a sampled suite flips are listed but do not alarm on their own.
    const warm = computeSignals(base(entry('b', 0, good, { temperature: 1 })), entry('n', 1, six, { temperature: 1 }), drift);
    expect(sig(warm, 'flipped')).toMatchObject({ triggered: false, informational: true, now: 6 });
  });

  it('does not flag a drop smaller than maxScoreDrop even when it is certain', () => {
    const b = ids(40).map((id) => ({ id, score: 0.9 }));
    const n = ids(40).map((id) => ({ id, score: 0.87 }));
    const r = computeSignals(base(entry('b', 0, b)), entry('n', 1, n), drift);
    expect(sig(r, 'score').triggered).toBe(false);
    expect(r.pValue).toBeLessThan(0.001);
  });

  it('checks output changes only for temperature-0 suites', () => {
    const changed = good.map((c) => ({ ...c, output: `reworded ${c.id}` }));
    const t0 = computeSignals(base(entry('b', 0, good)), entry('n', 1, changed), drift);
    expect(sig(t0, 'changed-outputs')).toMatchObject({ triggered: true, now: 1 });
    const warm = computeSignals(base(entry('b', 0, good, { temperature: 0.7 })), entry('n', 1, changed, { temperature: 0.7 }), drift);
    expect(sig(warm, 'changed-outputs')).toMatchObject({ triggered: false, now: null });
    expect(sig(warm, 'changed-outputs').skipped).toMatch(/temperature/);
    expect(warm.drifted).toBe(false);
  });

  it('flags verbosity, p95 latency and cost beyond thresholds, but not within noise floors', () => {
    const b = entry('b', 0, good, { tokensOut: 100, latency: 800, cost: 0.001 });
    const r = computeSignals(base(b), entry('n', 1, good, { tokensOut: 150, latency: 1500, cost: 0.0013 }), drift);
    expect(sig(r, 'output-tokens').triggered).toBe(true);
    expect(sig(r, 'latency-p95').triggered).toBe(true);
    expect(sig(r, 'cost-per-request').triggered).toBe(true);
    // +200% of 3 ms is jitter, not drift; 2 → 4 tokens likewise.
    const tiny = computeSignals(base(entry('b', 0, good, { tokensOut: 2, latency: 3 })), entry('n', 1, good, { tokensOut: 4, latency: 9 }), drift);
    expect(tiny.drifted).toBe(false);
    // Unknown prices are not comparable, never a change.
    const unknown = computeSignals(base(entry('b', 0, good, { cost: null })), entry('n', 1, good, { cost: 0.5 }), drift);
    expect(sig(unknown, 'cost-per-request')).toMatchObject({ triggered: false, baseline: null });
  });

  it('reports a served model / fingerprint change without alarming', () => {
    const r = computeSignals(base(entry('b', 0, good)), entry('n', 1, good, { served: 'gpt-4o-mini-2025-01-01', fp: 'fp_2' }), drift);
    expect(r.drifted).toBe(false);
    expect(modelChanged(r)).toBe(true);
    expect(sig(r, 'model')).toMatchObject({ informational: true, triggered: false });
    expect(sig(r, 'model').detail).toContain('gpt-4o-mini-2025-01-01');
  });
});

describe('mcnemarP', () => {
  it('is the exact one-sided binomial tail', () => {
    expect(mcnemarP(0, 0)).toBe(1);
    expect(mcnemarP(4, 0)).toBeCloseTo(1 / 16);
    expect(mcnemarP(5, 0)).toBeCloseTo(1 / 32);
    expect(mcnemarP(3, 3)).toBeCloseTo(42 / 64);
  });
});

// Seeded simulation of a sampled suite (temperature 0.7): 50 cases of varying difficulty, 3 repeats
// each. A case's score is its share of passing repeats. The baseline is 1 or 3 earlier runs.
describe('false alarms and detection power (seeded simulation)', () => {
  const N = 50;
  const REPEATS = 3;
  const TRIALS = 1000;
  const run = (rng: () => number, p: number[]): CaseSpec[] => p.map((pi, i) => ({ id: `c${i}`, score: binomial(rng, REPEATS, pi) / REPEATS }));

  function simulate(seed: number, drop: number, baselineRuns: number): { single: number; confirmed: number } {
    const rng = mulberry32(seed);
    let single = 0;
    let confirmed = 0;
    for (let t = 0; t < TRIALS; t++) {
      const p = Array.from({ length: N }, () => beta(rng, 6, 1.5)); // mean pass probability ≈ 0.8
      const meanP = p.reduce((s, x) => s + x, 0) / N;
      const q = p.map((x) => Math.max(0, x * (1 - drop / meanP))); // the suite mean falls by `drop`
      const runs = Array.from({ length: baselineRuns }, (_, k) => entry(`b${k}`, k, run(rng, p), { temperature: 0.7 }));
      const b = viewBaseline({ kind: 'first-runs', entries: runs, since: runs[0]!.time });
      if (computeSignals(b, entry('n', 9, run(rng, q), { temperature: 0.7 }), drift).drifted) {
        single++;
        if (computeSignals(b, entry('c', 9, run(rng, q), { temperature: 0.7 }), drift).drifted) confirmed++;
      }
    }
    return { single: single / TRIALS, confirmed: confirmed / TRIALS };
  }
  const pc = (x: number): string => `${(x * 100).toFixed(1)}%`;

  it('no real change: a check rarely fires, a confirmed alarm (what opens an issue) at most 2% of nights', () => {
    for (const runs of [1, 3]) {
      const r = simulate(20261101 + runs, 0, runs);
      console.log(`drift, no change, baselineRuns ${runs}: single check fires ${pc(r.single)}, confirmed ${pc(r.confirmed)}`);
      expect(r.single).toBeLessThanOrEqual(0.08);
      expect(r.confirmed).toBeLessThanOrEqual(0.02);
    }
  });

  it('a true drop is caught: 10 points mostly at the first check, 20 points confirmed ≥ 95%', () => {
    const ten = simulate(7, 0.1, 3);
    const twenty = simulate(8, 0.2, 1);
    console.log(`drift, 10-point drop, baselineRuns 3: single ${pc(ten.single)}, confirmed ${pc(ten.confirmed)}; 20-point drop, baselineRuns 1: confirmed ${pc(twenty.confirmed)}`);
    expect(ten.single).toBeGreaterThanOrEqual(0.7);
    // A drift that was not confirmed is checked again the next night: within three nights.
    expect(1 - (1 - ten.confirmed) ** 3).toBeGreaterThanOrEqual(0.9);
    expect(twenty.confirmed).toBeGreaterThanOrEqual(0.95);
  });
});
