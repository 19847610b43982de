import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';
import type { ScoreOutcome, Scorer } from '../../../src/core/scorers/types.js';
import { ctxFor, registry } from './helpers.js';

/** A stand-in for a model-graded scorer: returns whatever the spec's value describes. */
const scripted: Scorer = {
  type: 'scripted',
  negatable: true,
  modelGraded: true,
  schema: z.looseObject({ type: z.string() }),
  score(spec) {
    const v = spec.value as ScoreOutcome & { throw?: string };
    if (v.throw) throw new Error(v.throw);
    return v;
  },
};
const reg = createRegistry(deterministicScorers(), [scripted]);
const out = (o: Partial<ScoreOutcome> & { throw?: string }) => ({ score: 1, pass: true, reason: 'r', ...o });

describe('scoreSample', () => {
  it('takes the weighted mean; weight 0 is reported but does not count', async () => {
    const r = await scoreSample(
      [
        { type: 'contains', value: 'a', weight: 3 },
        { type: 'contains', value: 'zzz', weight: 1 },
        { type: 'contains', value: 'zzz', weight: 0 },
      ],
      ctxFor('abc'),
      registry,
    );
    expect(r.score).toBe(0.75);
    expect(r.assertions.map((a) => [a.weight, a.pass])).toEqual([
      [3, true],
      [1, false],
      [0, false],
    ]);
    expect(r.pass).toBe(false);
    expect(r.error).toBeUndefined();
  });

  it('without a case threshold passes only when every counting assertion passes', async () => {
    const specs = [
      { type: 'contains', value: 'a' },
      { type: 'contains', value: 'zzz', weight: 0 },
    ];
    expect((await scoreSample(specs, ctxFor('abc'), registry)).pass).toBe(true);
  });

  it('with a case threshold passes when the weighted score reaches it', async () => {
    const specs = [
      { type: 'contains', value: 'a', weight: 3 },
      { type: 'contains', value: 'zzz' },
    ];
    expect((await scoreSample(specs, ctxFor('abc'), registry, 0.75)).pass).toBe(true);
    expect((await scoreSample(specs, ctxFor('abc'), registry, 0.8)).pass).toBe(false);
  });

  it('scores 1 and passes with nothing to check', async () => {
    expect(await scoreSample([], ctxFor('x'), registry)).toMatchObject({ score: 1, pass: true, evalCostUsd: 0 });
  });

  it('applies an assertion threshold to graded scores before negation', async () => {
    const graded = { type: 'scripted', value: out({ score: 0.6, pass: true }), threshold: 0.7 };
    const plain = await scoreSample([graded], ctxFor('x'), reg);
    expect(plain.assertions[0]).toMatchObject({ score: 0.6, pass: false });
    const negated = await scoreSample([{ ...graded, type: 'not-scripted' }], ctxFor('x'), reg);
    expect(negated.assertions[0]?.pass).toBe(true);
    expect(negated.assertions[0]?.score).toBeCloseTo(0.4, 10);
  });

  it('turns a throw or an error outcome into a sample error, never a silent 0', async () => {
    const r = await scoreSample(
      [
        { type: 'contains', value: 'x' },
        { type: 'scripted', value: out({ throw: 'judge exploded' }) },
        { type: 'not-scripted', value: out({ error: 'malformed verdict', score: 0, pass: false }) },
      ],
      ctxFor('x'),
      reg,
    );
    expect(r.error).toBe('scripted: judge exploded; not-scripted: malformed verdict');
    expect(r.pass).toBe(false);
    expect(r.score).toBe(1); // mean of the assertions that decided; the engine reports the sample as an error
    expect(r.assertions[2]).toMatchObject({ pass: false, error: 'malformed verdict' });
  });

  it('an error in a weight-0 assertion is reported on the assertion only', async () => {
    const r = await scoreSample(
      [
        { type: 'cost', value: 1, weight: 0 },
        { type: 'contains', value: 'x' },
      ],
      ctxFor('x', { costUsd: null }),
      registry,
    );
    expect(r.error).toBeUndefined();
    expect(r.pass).toBe(true);
    expect(r.assertions[0]?.error).toMatch(/price unknown/);
  });

  it('treats a NaN or out-of-range score and an unregistered type as errors', async () => {
    for (const spec of [
      { type: 'scripted', value: out({ score: Number.NaN }) },
      { type: 'scripted', value: out({ score: 1.5 }) },
      { type: 'mystery' },
    ]) {
      const r = await scoreSample([spec], ctxFor('x'), reg);
      expect(r.error, spec.type).toBeDefined();
    }
    const clamped = await scoreSample([{ type: 'scripted', value: out({ score: 1 + 1e-12 }) }], ctxFor('x'), reg);
    expect(clamped.score).toBe(1);
  });

  it('sums evaluation cost and tokens; one unknown price makes the cost unknown', async () => {
    const a = { type: 'scripted', value: out({ evalCostUsd: 0.002, evalTokens: { input: 100, output: 10 } }) };
    const b = { type: 'scripted', value: out({ evalCostUsd: 0.003, evalTokens: { input: 50, output: 5 } }) };
    const known = await scoreSample([a, b, { type: 'contains', value: 'x' }], ctxFor('x'), reg);
    expect(known.evalCostUsd).toBeCloseTo(0.005, 12);
    expect(known.evalTokens).toEqual({ input: 150, output: 15 });
    const c = { type: 'scripted', value: out({ evalCostUsd: null, evalTokens: { input: 1, output: 1 } }) };
    const unknown = await scoreSample([a, c], ctxFor('x'), reg);
    expect(unknown.evalCostUsd).toBeNull();
    expect(unknown.evalTokens).toEqual({ input: 101, output: 11 });
  });

  it('keeps reasons on one line whatever a scorer writes', async () => {
    const r = await scoreSample([{ type: 'scripted', value: out({ reason: 'a\nb' }) }], ctxFor('x'), reg);
    expect(r.assertions[0]?.reason).toBe('a\\nb');
  });
});

describe('transform', () => {
  const functions = new Map<string, (output: string, c: Record<string, unknown>) => unknown>([
    ['t.mjs:city', (o) => (JSON.parse(o) as { city: string }).city],
    ['t.mjs:whole', (o) => ({ wrapped: o })],
    [
      't.mjs:boom',
      () => {
        throw new Error('bad JSON\nsecond line');
      },
    ],
  ]);
  const ctx = ctxFor('{"city":"Paris","n":1}', { functions: functions as never });

  it('rewrites the output one check sees; the other checks see the model output', async () => {
    const r = await scoreSample(
      [
        { type: 'equals', value: 'Paris', transform: 't.mjs:city' },
        { type: 'contains', value: '"n":1' },
        { type: 'is-json', transform: 't.mjs:whole' },
      ],
      ctx,
      registry,
    );
    expect(r.assertions.map((a) => a.pass)).toEqual([true, true, true]);
    expect(r.pass).toBe(true);
  });

  it('a transform that throws fails its check alone (not negated), with its message on one line', async () => {
    const r = await scoreSample(
      [
        { type: 'equals', value: 'Paris', transform: 't.mjs:boom' },
        { type: 'not-equals', value: 'Rome', transform: 't.mjs:boom' },
        { type: 'contains', value: 'Paris' },
      ],
      ctx,
      registry,
    );
    expect(r.assertions.map((a) => [a.pass, a.error, a.reason])).toEqual([
      [false, undefined, 'transform t.mjs:boom threw: bad JSON'],
      [false, undefined, 'transform t.mjs:boom threw: bad JSON'],
      [true, undefined, expect.any(String)],
    ]);
    expect(r.error).toBeUndefined();
    const missing = await scoreSample([{ type: 'equals', value: 'x', transform: 'other.mjs' }], ctx, registry);
    expect(missing.assertions[0]!.error).toBe('transform other.mjs was not loaded');
  });
});
