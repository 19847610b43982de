// The sequential gate's parts: exact sign-flip test, the look decision, Holm, where extra samples go,
// merging rounds, case details, every broken rule, and runGate's rounds against a scripted model.
import { describe, expect, it } from 'vitest';
import {
  caseMovement,
  failingOutput,
  fisherLower,
  passingOutput,
  sideCounts,
} from '../../../src/core/compare/case-detail.js';
import { compareSuite } from '../../../src/core/compare/compare.js';
import { GateSchema } from '../../../src/core/config/schema.js';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import { runGate } from '../../../src/core/gate/gate.js';
import type { GatePlan } from '../../../src/core/gate/plan.js';
import { mergeRound, nextRound } from '../../../src/core/gate/rounds.js';
import { holm, look, sequentialDesign } from '../../../src/core/gate/sequential.js';
import { pairedDelta } from '../../../src/core/stats/paired.js';
import { signFlipPValue } from '../../../src/core/stats/sign-flip.js';
import { caseOf, caseScores, suiteOf } from '../compare/builders.js';
import { config, suite } from './fixtures.js';

const gate = GateSchema.parse({});

describe('exact sign-flip test', () => {
  it('matches enumeration of all sign patterns', () => {
    const diffs = [-1, -1 / 3, 2 / 3, -2 / 3, 0, -1, 1 / 3];
    const nz = diffs.filter((d) => d !== 0);
    const obs = nz.reduce((s, d) => s + d, 0);
    let hits = 0;
    for (let m = 0; m < 1 << nz.length; m++) {
      const s = nz.reduce((acc, d, i) => acc + (m & (1 << i) ? Math.abs(d) : -Math.abs(d)), 0);
      if (s <= obs + 1e-9) hits++;
    }
    expect(signFlipPValue(diffs)).toBeCloseTo(hits / (1 << nz.length), 12);
  });
  it('answers null for continuous differences (the caller uses t)', () => {
    expect(signFlipPValue([0.1234567, -0.3141592, 0.2718281])).toBeNull();
    expect(signFlipPValue([0, 0, 0])).toBe(1);
  });
});

describe('look, Holm', () => {
  const design = sequentialDesign(gate, 1);
  it('uses the default per-PR false-regression rate (1 − 0.98)/2 = 1% and gate.maxRepeat 30', () => {
    expect(design.alpha).toBeCloseTo(0.01, 12);
    expect(design.maxRepeat).toBe(30);
    expect(design.alternative).toBeCloseTo(0.075, 12);
  });
  it('decides a clear drop, passes no change, keeps an in-between delta open', () => {
    const mk = (d: number, se: number) => ({
      n: 50,
      meanBase: 0.7,
      meanHead: 0.7 + d,
      delta: d,
      sd: se * Math.sqrt(50),
      se,
      ci: null,
      pValue: 0.5,
      method: 't' as const,
      nonZero: 50,
    });
    expect(look(mk(-0.15, 0.03), design).state).toBe('regression');
    expect(look(mk(0.01, 0.03), design).state).toBe('pass');
    expect(look(mk(-0.04, 0.05), design).state).toBe('open');
  });
  it('a regression also needs the exact test when it applies: 4 of 50 flips at repeat 1 is not one', () => {
    const pairs = Array.from({ length: 50 }, (_, i) => (i < 4 ? ([1, 0] as const) : ([1, 1] as const)));
    const l = look(pairedDelta(pairs, 0.98, { exact: true, resolution: 1 }), design);
    expect(l.pValue).toBeGreaterThanOrEqual(0.0625);
    expect(l.state).not.toBe('regression');
  });
  it('Holm rejects step-down', () => {
    expect(holm([0.004, 0.03, 0.006], 0.015)).toEqual([true, false, true]);
    expect(holm([0.006, 0.006, 0.006], 0.015)).toEqual([false, false, false]);
  });
});

describe('rounds', () => {
  it('asks varying or disagreeing cases for a new index on both sides; constant ones not', () => {
    const b = suiteOf('s', [
      caseScores('a', [1, 0, 1]),
      caseScores('b', [1, 1, 1]),
      caseScores('c', [1, 1, 1]),
      caseScores('d', [0, 0, 0]),
    ]);
    const h = suiteOf('s', [
      caseScores('a', [1, 1, 1]),
      caseScores('b', [1, 1, 1]),
      caseScores('c', [0, 0, 0]),
      caseScores('d', [1, 0, 0]),
    ]);
    expect([...nextRound(b, h, 30)]).toEqual([
      ['a', [3]],
      ['c', [3]],
      ['d', [3]],
    ]);
    expect(nextRound(b, h, 3).size).toBe(0);
  });
  it('after a regression decision, focus cases are asked even when every sample scored the same (naming)', () => {
    const b = suiteOf('s', [caseScores('a', [1, 0, 1]), caseScores('b', [0, 0, 0]), caseScores('c', [1, 1, 1])]);
    const h = suiteOf('s', [caseScores('a', [0, 0, 0]), caseScores('b', [0, 0, 0]), caseScores('c', [1, 1, 1])]);
    const focus = { ids: new Set(['b']), boost: 3, onlyFocus: true };
    expect([...nextRound(b, h, 30, focus)]).toEqual([]);
    expect([...nextRound(b, h, 30, { ...focus, constantToo: true })]).toEqual([['b', [3, 4, 5]]]);
    // Without sampling noise (no case varies within a side) a constant case is not asked again.
    const quiet = suiteOf('s', [caseScores('a', [1]), caseScores('b', [0])]);
    const quietHead = suiteOf('s', [caseScores('a', [0]), caseScores('b', [0])]);
    expect([...nextRound(quiet, quietHead, 30, { ...focus, constantToo: true })]).toEqual([]);
  });
  it('a deterministic suite (no case varies within a side) is not sampled again', () => {
    const b = suiteOf('s', [caseScores('a', [1, 1]), caseScores('b', [1, 1])]);
    const h = suiteOf('s', [caseScores('a', [0, 0]), caseScores('b', [1, 1])]);
    expect(nextRound(b, h, 30).size).toBe(0);
  });
  it('merges a round: samples appended, never-sent samples left out, figures re-aggregated', () => {
    const prev = suiteOf('s', [caseScores('a', [1, 0, 1]), caseScores('b', [1, 1, 1])]);
    const extra = suiteOf('s', [caseOf('a', [{ pass: false }]), caseOf('b', [{ status: 'skipped' }])]);
    extra.cases[0]!.samples[0]!.index = 3;
    const m = mergeRound(prev, extra);
    expect(m.cases[0]!.samples.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(m.cases[0]!.score).toBeCloseTo(0.5, 12);
    expect(m.cases[1]!.samples).toHaveLength(3);
    expect(m.aggregates.samples).toBe(7);
  });
});

describe('case details', () => {
  it('k of n per side, a failing head sample next to a passing base sample', () => {
    const b = caseOf('x', [
      { pass: true, output: 'Paris' },
      { pass: true, output: 'Paris.' },
      { pass: true, output: 'Paris!' },
    ]);
    const h = caseOf('x', [
      { pass: true, output: 'Paris' },
      { pass: false, output: 'I am not sure.' },
      { pass: false, output: 'No idea' },
    ]);
    expect(sideCounts(h)).toEqual({ samples: 3, failed: 2, errors: 0 });
    expect(failingOutput(h)).toBe('I am not sure.');
    expect(passingOutput(b)).toBe('Paris');
    // 3/3 → 1/3: Fisher p = 0.2, listed; 2/3 → 1/3 (one sample moved): p = 0.5, noisy.
    expect(caseMovement(b, h)).toEqual({ direction: -1, beyondNoise: true });
    const b2 = caseOf('x', [{ pass: true }, { pass: true }, { pass: false }]);
    const h2 = caseOf('x', [{ pass: true }, { pass: false }, { pass: false }]);
    expect(caseMovement(b2, h2)).toEqual({ direction: -1, beyondNoise: false });
    const h0 = caseOf('x', [{ pass: false }, { pass: false }, { pass: false }]);
    expect(caseMovement(b, h0)).toEqual({ direction: -1, beyondNoise: true });
    expect(fisherLower(3, 3, 0, 3)).toBeCloseTo(0.05, 12);
  });
  it('compareSuite lists only changes beyond noise, counts the rest, and shows the failing output', () => {
    const b = suiteOf('s', [
      caseOf('firm', [{ pass: true, output: 'good' }, { pass: true }, { pass: true }]),
      caseOf('wobble', [{ pass: true }, { pass: true }, { pass: false }]),
    ]);
    const h = suiteOf('s', [
      caseOf('firm', [
        { pass: true, output: 'good again' },
        { pass: false, output: 'I am not sure.', reasons: ['expected "Paris"'] },
        { pass: false, output: 'nope' },
        { pass: false, output: 'no' },
        { pass: false },
      ]),
      caseOf('wobble', [{ pass: true }, { pass: false }, { pass: false }]),
    ]);
    const c = compareSuite(b, h, gate);
    expect(c.regressed.map((x) => x.id)).toEqual(['firm']);
    expect(c.regressed[0]).toMatchObject({
      headOutput: 'I am not sure.',
      baseOutput: 'good',
      headCounts: { samples: 5, failed: 4 },
      baseCounts: { samples: 3, failed: 0 },
      flaky: true,
    });
    expect(c.regressed[0]!.failingReasons[0]).toMatch(/expected "Paris"/);
    expect(c.noisy).toEqual({ regressed: 1, fixed: 0 });
  });
});

describe('every broken rule', () => {
  it('a regression that also costs too much and falls below minScore shows all three', () => {
    const strict = GateSchema.parse({ maxCostIncrease: 0.1, minScore: 0.8 });
    const b = suiteOf(
      's',
      Array.from({ length: 30 }, (_, i) => caseOf(`c${i}`, [{ pass: true, costUsd: 0.001 }])),
    );
    const h = suiteOf(
      's',
      Array.from({ length: 30 }, (_, i) => caseOf(`c${i}`, [{ pass: i >= 20, costUsd: 0.002 }])),
    );
    const c = compareSuite(b, h, strict);
    expect(c.verdict).toBe('regression');
    expect(c.findings.map((f) => f.verdict)).toEqual(['regression', 'below-min', 'over-budget']);
    expect(c.findings[2]!.reason).toMatch(/cost per request/);
  });
});

describe('runGate rounds', () => {
  /** Base: every case passes with 0.6 (alternating pattern by index); head: per `headPass`. */
  function scripted(
    headPass: (caseIdx: number, sample: number) => boolean,
    basePass: (caseIdx: number, sample: number) => boolean,
    cases = 40,
  ) {
    const calls: GatePlan[] = [];
    const evaluate = async (plan: GatePlan): Promise<EngineOutput> => {
      calls.push(plan);
      return {
        costCapHit: false,
        results: plan.jobs.map((j) => ({
          label: j.label,
          suite: suiteOf(
            j.suite.name,
            Array.from({ length: cases }, (_, i) => {
              const idx = j.sampleIndices ? (j.sampleIndices.get(`c${i}`) ?? []) : [0, 1, 2];
              const cs = caseOf(
                `c${i}`,
                idx.map((k) => ({ pass: (j.label === 'head' ? headPass : basePass)(i, k) })),
              );
              cs.samples.forEach((s, n) => (s.index = idx[n]!));
              return cs;
            }),
            { repeat: 3 },
          ),
        })),
      };
    };
    return { calls, evaluate };
  }
  const cfg = config([
    suite('a', { repeat: 3, cases: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, vars: {}, assertions: [] })) }),
  ]);
  // Deterministic pseudo-random pass pattern with rate ≈ p for (case, sample).
  const draw = (p: number, salt: number) => (i: number, k: number) =>
    ((i * 7919 + k * 104729 + salt * 31) % 1000) / 1000 < p;

  it('an identical deterministic suite stops after the first round and passes', async () => {
    const e = scripted(
      () => true,
      () => true,
    );
    const out = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: e.evaluate,
    });
    expect(e.calls).toHaveLength(1);
    expect(out.report.suites[0]).toMatchObject({
      verdict: 'pass',
      sequential: { rounds: 1, extraSamples: 0, decision: 'pass' },
    });
  });

  it('a flaky suite with an unclear delta takes extra rounds with new sample indices, and reports them', async () => {
    const e = scripted(draw(0.55, 2), draw(0.62, 1));
    const out = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: e.evaluate,
    });
    expect(e.calls.length).toBeGreaterThan(1);
    const second = e.calls[1]!;
    expect(second.jobs.map((j) => j.label)).toEqual(['base', 'head']);
    const [id, idx] = [...second.jobs[0]!.sampleIndices!][0]!;
    expect(idx).toEqual([3]);
    expect(second.jobs[1]!.sampleIndices!.get(id)).toEqual([3]);
    const q = out.report.suites[0]!.sequential!;
    expect(q.rounds).toBe(e.calls.length);
    expect(q.extraSamples).toBeGreaterThan(0);
    expect(q.samples.base).toBe(q.samples.head);
    // Results carry every round's samples.
    expect(out.output.results[0]!.suite.aggregates.samples).toBe(q.samples.base);
  });

  it('stops at gate.maxRepeat and says the budget ran out', async () => {
    const tight = config(cfg.suites, { gate: { ...cfg.gate, maxRepeat: 3 } });
    const e = scripted(draw(0.55, 2), draw(0.62, 1));
    const out = await runGate({
      base: tight,
      head: tight,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: e.evaluate,
    });
    const s = out.report.suites[0]!;
    expect(e.calls).toHaveLength(1);
    expect(s.sequential).toMatchObject({ decision: 'open', stoppedBy: 'max-repeat' });
    expect(s.verdict).toBe('unclear');
    expect(s.reason).toMatch(/possible regression, not enough evidence.*about \d+ samples per case/);
    expect(out.fail).toBe(false);
    const any = await runGate({
      base: tight,
      head: tight,
      changedFiles: [],
      all: true,
      failOn: 'any',
      evaluate: e.evaluate,
    });
    expect(any.fail).toBe(true);
  });

  it('stops extra rounds once the run cost cap is hit', async () => {
    const e = scripted(draw(0.55, 2), draw(0.62, 1));
    const capped = async (plan: GatePlan): Promise<EngineOutput> => ({ ...(await e.evaluate(plan)), costCapHit: true });
    const out = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: capped,
    });
    expect(e.calls).toHaveLength(1);
    expect(out.report.suites[0]!.sequential).toMatchObject({ decision: 'open', stoppedBy: 'cost-cap', rounds: 1 });
  });
});
