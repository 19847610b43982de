import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../../src/core/drift/baseline.js';
import type { HistoryEntry } from '../../../src/core/drift/history.js';
import { digestCounts, novelShare, outputFloor, outputsChanged } from '../../../src/core/drift/output-change.js';
import { CUSUM_LIMIT, estimateNoise, nightEvidence, oneNightLimit } from '../../../src/core/drift/score-evidence.js';
import { computeSignals, formatP, modelChanged, type NightMode } from '../../../src/core/drift/signals.js';
import { DriftSchema } from '../../../src/core/config/schema.js';
import { normalQuantile, normalUpperTail } from '../../../src/core/stats/normal.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { entry, ids, type CaseSpec } from './helpers.js';

const drift = DriftSchema.parse({});
const pool = (runs: HistoryEntry[]): Baseline => ({ kind: 'first-runs', entries: runs, since: runs[0]!.time });
const judge = (b: Baseline, runs: HistoryEntry[], mode: NightMode = 'confirm', prevCusum = 0) =>
  computeSignals(b, runs, { mode, prevCusum }, drift);
const sig = (r: ReturnType<typeof computeSignals>, name: string) => r.signals.find((s) => s.name === name)!;
const good = ids(40).map((id) => ({ id, score: 1, output: `ok ${id}` }));
/** `n` baseline runs of the same deterministic answers, latency and tokens varying a little. */
const steady = (n: number, cases: CaseSpec[] = good, o: Parameters<typeof entry>[3] = {}) =>
  Array.from({ length: n }, (_, i) =>
    entry(`b${i}`, i, cases, { latency: 800 + (i % 3) * 20, tokensOut: 100 + (i % 2), cost: 0.001, ...o }),
  );

describe('computeSignals', () => {
  it('is quiet for a run like the baseline, and names every signal', () => {
    const r = judge(pool(steady(5)), [entry('n', 9, good, { latency: 810, tokensOut: 100, cost: 0.001 })]);
    expect(r.drifted).toBe(false);
    expect(r.signals.map((s) => s.name)).toEqual([
      'score',
      'flipped',
      'changed-outputs',
      'output-tokens',
      'latency-p95',
      'cost-per-request',
      'model',
    ]);
    expect(r.signals.every((s) => !s.triggered)).toBe(true);
    expect(sig(r, 'changed-outputs').now).toBe(0);
  });

  it('a 10-point drop on a deterministic suite with a full baseline alarms in one night and lists the flipped cases', () => {
    const now = good.map((c, i) => (i < 4 ? { id: c.id, score: 0, output: `bad ${c.id}` } : c));
    const r = judge(pool(steady(30)), [entry('n', 40, now, { latency: 800, tokensOut: 100, cost: 0.001 })]);
    expect(r.drifted).toBe(true);
    expect(sig(r, 'score').triggered).toBe(true);
    expect(r.scoreDelta).toBeCloseTo(-0.1);
    expect(r.evidence!.z).toBeGreaterThan(oneNightLimit(0.001));
    expect(r.cusum).toBe(0); // an alarm resets the CUSUM
    expect(r.flipped.map((f) => f.id)).toEqual(['case-1', 'case-2', 'case-3', 'case-4']);
    expect(r.flipped[0]).toMatchObject({
      baselineOutput: 'ok case-1',
      nowOutput: 'bad case-1',
      baselineScore: 1,
      nowScore: 0,
    });
    expect(sig(r, 'flipped')).toMatchObject({ informational: true, triggered: false, now: 4 });
    expect(sig(r, 'score').detail).toMatch(/p < 0\.0001/);
  });

  it('with only 3 identical baseline runs the same drop is evidence, not yet an alarm: a baseline that repeated itself has not shown its noise', () => {
    const now = good.map((c, i) => (i < 4 ? { ...c, score: 0 } : c));
    const r = judge(pool(steady(3)), [entry('n', 9, now)]);
    expect(r.evidence!.z).toBeGreaterThan(1);
    expect(r.evidence!.z).toBeLessThan(oneNightLimit(0.001));
    expect(sig(r, 'score').triggered).toBe(false);
    // ... but the evidence accumulates: the same night on top of a CUSUM near the limit alarms.
    expect(sig(judge(pool(steady(3)), [entry('n', 9, now)], 'confirm', CUSUM_LIMIT), 'score').triggered).toBe(true);
  });

  it('a drop under half of maxScoreDrop never alarms, however much evidence has piled up', () => {
    const steady80 = pool(
      steady(
        30,
        ids(80).map((id) => ({ id, score: 1 })),
      ),
    );
    const one = judge(
      steady80,
      [
        entry(
          'n',
          40,
          ids(80).map((id, i) => ({ id, score: i < 1 ? 0 : 1 })),
        ),
      ],
      'confirm',
      100,
    );
    expect(one.evidence!.drop).toBeCloseTo(0.0125);
    expect(sig(one, 'score').triggered).toBe(false);
    const three = judge(
      steady80,
      [
        entry(
          'n',
          40,
          ids(80).map((id, i) => ({ id, score: i < 3 ? 0 : 1 })),
        ),
      ],
      'confirm',
      100,
    );
    expect(three.evidence!.drop).toBeCloseTo(0.0375);
    expect(sig(three, 'score').triggered).toBe(true);
  });

  it('screen mode asks for confirmation from z ≥ 1; persist mode keeps an open drift at z ≥ 1.645', () => {
    const now = good.map((c, i) => (i < 4 ? { ...c, score: 0 } : c));
    const like = { latency: 810, tokensOut: 100, cost: 0.001 };
    expect(judge(pool(steady(3)), [entry('n', 9, now, like)], 'screen').drifted).toBe(true);
    expect(judge(pool(steady(3)), [entry('n', 9, good, like)], 'screen').drifted).toBe(false);
    const persist = judge(pool(steady(3)), [entry('n', 9, now, like)], 'persist');
    expect(persist.drifted).toBe(true);
    expect(persist.cusum).toBe(0);
  });

  it('judges verbosity, p95 latency and cost against the baseline runs’ own spread, not a fixed floor', () => {
    const b = pool(steady(10));
    const r = judge(b, [entry('n', 20, good, { tokensOut: 150, latency: 1500, cost: 0.0013 })]);
    expect(sig(r, 'output-tokens').triggered).toBe(true);
    expect(sig(r, 'latency-p95').triggered).toBe(true);
    expect(sig(r, 'cost-per-request').triggered).toBe(true);
    // A noisy baseline: +60 % p95 is within what these runs show from night to night.
    const noisy = pool(
      Array.from({ length: 10 }, (_, i) =>
        entry(`b${i}`, i, good, { latency: [400, 900, 1500, 500, 1200, 700, 1800, 450, 1000, 600][i]! }),
      ),
    );
    const lat = sig(judge(noisy, [entry('n', 20, good, { latency: 1500 })]), 'latency-p95');
    expect(lat.triggered).toBe(false);
    expect(lat.detail).toMatch(/\+66%/);
    // A small absolute change on a very steady baseline is a real change.
    const tight = pool(Array.from({ length: 10 }, (_, i) => entry(`b${i}`, i, good, { latency: 100 + (i % 2) })));
    expect(sig(judge(tight, [entry('n', 20, good, { latency: 180 })]), 'latency-p95').triggered).toBe(true);
    // Unknown prices are not comparable, never a change.
    const unknown = judge(pool(steady(5, good, { cost: null })), [entry('n', 9, good, { cost: 0.5 })]);
    expect(sig(unknown, 'cost-per-request')).toMatchObject({ triggered: false });
    // In confirm mode every run of the night must show it.
    const mixed = judge(b, [entry('n', 20, good, { latency: 1500 }), entry('n2', 20, good, { latency: 810 })]);
    expect(sig(mixed, 'latency-p95').triggered).toBe(false);
  });

  it('reports a served model / fingerprint change without alarming', () => {
    const r = judge(pool(steady(3)), [
      entry('n', 9, good, { served: 'gpt-4o-mini-2025-01-01', fp: 'fp_2', latency: 820, tokensOut: 100 }),
    ]);
    expect(r.drifted).toBe(false);
    expect(modelChanged(r)).toBe(true);
    expect(sig(r, 'model')).toMatchObject({ informational: true, triggered: false });
    expect(sig(r, 'model').detail).toContain('gpt-4o-mini-2025-01-01');
  });
});

describe('outputs changed, calibrated on the model’s own non-determinism', () => {
  // Each case has two wordings the model alternates between at temperature 0.
  const rng = mulberry32(3);
  const wobbly = (runId: string, day: number, reword = 0): HistoryEntry =>
    entry(
      runId,
      day,
      ids(40).map((id, i) => ({
        id,
        score: 1,
        output: i < reword * 40 ? `new wording ${id}` : `${id} wording ${rng() < 0.7 ? 'a' : 'b'}`,
      })),
    );

  it('a model that alternates wordings is quiet; a model that rewords 60 % of its answers is flagged', () => {
    const base = Array.from({ length: 10 }, (_, i) => wobbly(`b${i}`, i));
    const counts = digestCounts(base);
    const floor = outputFloor(base, counts)!;
    expect(floor.mean).toBeLessThan(0.05);
    const quiet = judge(pool(base), [wobbly('n', 20)]);
    expect(sig(quiet, 'changed-outputs').triggered).toBe(false);
    const changed = judge(pool(base), [wobbly('n', 20, 0.6)]);
    expect(sig(changed, 'changed-outputs').triggered).toBe(true);
    expect(novelShare(wobbly('x', 21, 0.6), counts)!.share).toBeCloseTo(0.6);
  });

  it('on a sampled suite every answer is new: the floor is ~100 % and the signal cannot fire', () => {
    let k = 0;
    const fresh = (runId: string, day: number) =>
      entry(
        runId,
        day,
        ids(40).map((id) => ({ id, score: 1, output: `answer ${k++}` })),
        { temperature: 0.7 },
      );
    const base = Array.from({ length: 5 }, (_, i) => fresh(`b${i}`, i));
    const r = judge(pool(base), [fresh('n', 9)]);
    expect(sig(r, 'changed-outputs')).toMatchObject({ triggered: false, baseline: 1, now: 1 });
    expect(sig(r, 'changed-outputs').detail).toMatch(/cannot fire/);
  });

  it('outputsChanged needs the margin and the spread', () => {
    expect(outputsChanged(0.5, { mean: 0.1, sd: 0, k: 5 }, 0.3, 0.0001)).toBe(true);
    expect(outputsChanged(0.35, { mean: 0.1, sd: 0, k: 5 }, 0.3, 0.0001)).toBe(false);
    expect(outputsChanged(0.5, { mean: 0.1, sd: 0.1, k: 5 }, 0.3, 0.0001)).toBe(false);
  });
});

describe('score evidence', () => {
  it('estimates the noise from repeats and from the spread between baseline runs; runs that move together add tau²', () => {
    const rng = mulberry32(9);
    const run = (id: string, day: number, shift: number) =>
      entry(
        id,
        day,
        ids(50).map((cid) => ({ id: cid, score: Math.min(1, Math.max(0, 0.7 + shift + (rng() - 0.5) * 0.2)) })),
      );
    const still = Array.from({ length: 10 }, (_, i) => run(`s${i}`, i, 0));
    const moving = Array.from({ length: 10 }, (_, i) => run(`m${i}`, i, i % 2 ? 0.05 : -0.05));
    const a = estimateNoise(still);
    const b = estimateNoise(moving);
    expect(a.v).toBeGreaterThan(0);
    expect(b.tau2).toBeGreaterThan(0.002);
    expect(a.tau2).toBeLessThan(0.0005);
    const night = [run('n', 20, 0)];
    expect(nightEvidence(moving, night, b)!.se).toBeGreaterThan(nightEvidence(still, night, a)!.se * 2);
  });

  it('formats p-values and normal tails for people', () => {
    expect(formatP(0)).toBe('p < 0.0001');
    expect(formatP(0.00004)).toBe('p < 0.0001');
    expect(formatP(0.0004)).toBe('p = 0.00040');
    expect(formatP(0.0123)).toBe('p = 0.0123');
    expect(normalUpperTail(1.6448536)).toBeCloseTo(0.05, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.0902, 3);
    expect(oneNightLimit(0.001)).toBeCloseTo(3.4, 1);
  });
});
