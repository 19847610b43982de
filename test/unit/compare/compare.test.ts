import { describe, expect, it } from 'vitest';
import { compareSuite } from '../../../src/core/compare/compare.js';
import { overallVerdict, suiteVerdict } from '../../../src/core/compare/verdict.js';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { GateSchema } from '../../../src/core/config/schema.js';
import type { CaseResult } from '../../../src/core/results/types.js';
import { caseOf, caseScores, suiteOf } from './builders.js';

const gate = GateSchema.parse({ minScore: 0.5, maxCostIncrease: 0.3 });

/** n cases all scoring `score` on every one of `repeat` samples. */
const flat = (n: number, score: number, repeat = 3, prefix = 'c'): CaseResult[] =>
  Array.from({ length: n }, (_, i) =>
    caseScores(
      `${prefix}${i}`,
      Array.from({ length: repeat }, () => score),
    ),
  );

describe('compareSuite', () => {
  it('pairs by case id and fills every delta', () => {
    const base = suiteOf(
      's',
      [
        caseOf('a', [{ score: 1, costUsd: 0.001, latencyMs: 100, tokensOut: 10 }]),
        caseOf('b', [{ score: 0, pass: false }]),
        caseOf('gone', [{ score: 1 }]),
      ],
      { traffic: { requestsPerMonth: 1000 } },
    );
    const head = suiteOf(
      's',
      [
        caseOf('a', [
          {
            score: 0,
            pass: false,
            costUsd: 0.002,
            latencyMs: 300,
            tokensOut: 30,
            reasons: ['missing hello'],
            output: 'bye',
          },
        ]),
        caseOf('b', [{ score: 1 }]),
        caseOf('new', [{ score: 1 }]),
      ],
      { traffic: { requestsPerMonth: 1000 } },
    );
    const c = compareSuite(base, head, gate);
    expect(c.status).toBe('compared');
    expect(c.score.pairedCases).toBe(2);
    expect(c.score.pairedDelta).toBe(0);
    expect(c.score.base).toBeCloseTo(2 / 3, 12);
    expect(c.score.head).toBeCloseTo(2 / 3, 12);
    expect(c.regressed.map((x) => x.id)).toEqual(['a']);
    expect(c.regressed[0]).toMatchObject({
      basePass: true,
      headPass: false,
      headOutput: 'bye',
      failingReasons: ['contains: missing hello'],
    });
    expect(c.fixed.map((x) => x.id)).toEqual(['b']);
    expect(c.addedCases).toEqual(['new']);
    expect(c.removedCases).toEqual(['gone']);
    expect(c.costPerRequestUsd.base).toBeCloseTo(0.0004, 10);
    expect(c.costPerRunUsd.head).toBeCloseTo(0.0022, 10);
    expect(c.projectedMonthlyUsd.delta).toBeCloseTo(((0.0022 - 0.0012) / 3) * 1000, 8);
    expect(c.latencyP95.head).toBeGreaterThan(c.latencyP95.base!);
    expect(c.tokensOut.delta).toBeCloseTo(20 / 3, 10);
  });

  it('marks new and removed suites', () => {
    const s = suiteOf('s', flat(10, 1));
    expect(compareSuite(undefined, s, gate)).toMatchObject({ status: 'new', verdict: 'pass' });
    expect(compareSuite(s, undefined, gate)).toMatchObject({ status: 'removed', verdict: 'skipped' });
    expect(() => compareSuite(undefined, undefined, gate)).toThrow();
  });

  it('lists a graded slide without a pass flip, and ignores small noise', () => {
    const base = suiteOf('s', [caseScores('slide', [0.9, 0.9]), caseScores('noise', [1, 1, 1])]);
    const head = suiteOf('s', [caseScores('slide', [0.6, 0.6]), caseScores('noise', [1, 1, 0.9])]);
    const c = compareSuite(base, head, gate);
    expect(c.regressed.map((x) => x.id)).toEqual(['slide']);
    expect(c.fixed).toEqual([]);
  });

  it('sorts regressed cases worst first (pass flips before slides)', () => {
    const base = suiteOf('s', [caseScores('slide', [1]), caseScores('flip', [0.6]), caseScores('big', [1])]);
    const head = suiteOf('s', [caseScores('slide', [0.7]), caseScores('flip', [0.4]), caseScores('big', [0])]);
    expect(compareSuite(base, head, gate).regressed.map((x) => x.id)).toEqual(['big', 'flip', 'slide']);
  });
});

describe('verdicts', () => {
  it('regression needs both size and statistical support', () => {
    // 40 cases, 20 of them drop from 1 to 0: delta -0.5, clearly supported.
    const base = suiteOf('s', flat(40, 1));
    const head = suiteOf('s', [...flat(20, 1), ...flat(20, 0, 3, 'x').map((c, i) => ({ ...c, id: `c${20 + i}` }))]);
    const c = compareSuite(base, head, gate);
    expect(c.verdict).toBe('regression');
    expect(c.reason).toMatch(/dropped by 0\.500 over 40 paired cases/);
  });

  it('a large but noisy drop is unclear (not a green pass), saying what would settle it', () => {
    const b: CaseResult[] = [];
    const h: CaseResult[] = [];
    // 10 cases: 4 drop by 1, 3 rise by 1, 3 unchanged → mean -0.1, CI spans 0
    const deltas = [-1, -1, -1, -1, 1, 1, 1, 0, 0, 0];
    deltas.forEach((d, i) => {
      b.push(caseScores(`c${i}`, [d < 0 ? 1 : 0]));
      h.push(caseScores(`c${i}`, [d < 0 ? 0 : d > 0 ? 1 : 0]));
    });
    const c = compareSuite(suiteOf('s', b), suiteOf('s', h), GateSchema.parse({}));
    expect(c.score.pairedDelta).toBeCloseTo(-0.1, 12);
    expect(c.score.ci!.high).toBeGreaterThan(0);
    expect(c.verdict).toBe('unclear');
    expect(c.reason).toMatch(/possible regression, not enough evidence/);
    expect(c.findings.map((f) => f.verdict)).toEqual(['unclear']);
  });

  it('a small supported drop within tolerance passes', () => {
    const base = suiteOf('s', flat(50, 1));
    const head = suiteOf('s', flat(50, 0.98));
    const c = compareSuite(base, head, gate);
    expect(c.verdict).toBe('pass');
    expect(c.reason).toMatch(/within the allowed/);
  });

  it('below-min, over-budget (cost increase), unknown price never over budget', () => {
    expect(compareSuite(suiteOf('s', flat(10, 0.4)), suiteOf('s', flat(10, 0.4)), gate)).toMatchObject({
      verdict: 'below-min',
    });
    const cheap = suiteOf('s', [caseOf('a', [{ costUsd: 0.001 }]), caseOf('b', [{ costUsd: 0.001 }])]);
    const dear = suiteOf('s', [caseOf('a', [{ costUsd: 0.0014 }]), caseOf('b', [{ costUsd: 0.0014 }])]);
    const c = compareSuite(cheap, dear, gate);
    expect(c.verdict).toBe('over-budget');
    expect(c.reason).toMatch(/\+40%/);
    const unknown = suiteOf('s', [caseOf('a', [{ costUsd: null }]), caseOf('b', [{ costUsd: null }])]);
    expect(compareSuite(cheap, unknown, gate).verdict).toBe('pass');
    expect(compareSuite(cheap, dear, GateSchema.parse({})).verdict).toBe('pass'); // no cost gate configured
  });

  it('a suite where no case passes is below-min even at the default minScore 0, new or compared; one passing case is enough to pass', () => {
    const open = GateSchema.parse({});
    const allFail = () =>
      suiteOf(
        's',
        Array.from({ length: 6 }, (_, i) => caseOf(`c${i}`, [{ score: 0.3, pass: false }])),
      );
    const created = compareSuite(undefined, allFail(), open);
    expect(created.verdict).toBe('below-min');
    expect(created.reason).toBe('no case passes on head (0 of 6); a suite where every case fails is not a pass');
    expect(compareSuite(allFail(), allFail(), open).verdict).toBe('below-min');
    const onePasses = suiteOf('s', [caseOf('ok', [{ score: 1 }]), ...allFail().cases.slice(1)]);
    expect(compareSuite(undefined, onePasses, open).verdict).toBe('pass');
  });

  it('inconclusive on too many errors, on either side', () => {
    const ok = suiteOf('s', flat(10, 1));
    const errs = suiteOf(
      's',
      Array.from({ length: 10 }, (_, i) => caseScores(`c${i}`, i < 3 ? [null, null, null] : [1, 1, 1])),
    );
    expect(compareSuite(ok, errs, gate)).toMatchObject({ verdict: 'inconclusive' });
    expect(compareSuite(ok, errs, gate).reason).toMatch(/30% of head requests failed/);
    expect(compareSuite(errs, ok, gate).reason).toMatch(/base requests failed/);
  });

  it('inconclusive when too few cases are paired to judge a visible drop', () => {
    const c = compareSuite(suiteOf('s', flat(3, 1)), suiteOf('s', flat(3, 0.6)), gate);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toMatch(/only 3 cases/);
    expect(compareSuite(suiteOf('s', flat(3, 1)), suiteOf('s', flat(3, 1)), gate).verdict).toBe('pass');
    const renamed = compareSuite(suiteOf('s', flat(6, 1, 1, 'a')), suiteOf('s', flat(6, 1, 1, 'b')), gate);
    expect(renamed).toMatchObject({ verdict: 'inconclusive', reason: 'no case was scored on both base and head' });
  });

  it('skipped when nothing was evaluated; over-budget when the cost cap caused it', () => {
    const skippedHead = suiteOf('s', [caseOf('a', [{ status: 'skipped' }])]);
    const c = compareSuite(suiteOf('s', flat(1, 1)), skippedHead, gate);
    expect(c.verdict).toBe('skipped');
    expect(suiteVerdict(c, gate, { costCapHit: true }).verdict).toBe('over-budget');
    const partial = suiteOf('s', [...flat(10, 1), caseOf('z', [{ status: 'skipped' }])]);
    const p = compareSuite(suiteOf('s', flat(10, 1)), partial, gate);
    expect(p.verdict).toBe('pass');
    expect(suiteVerdict(p, gate, { costCapHit: true })).toMatchObject({ verdict: 'over-budget' });
  });

  it('overall: worst wins; skipped ranks below pass; empty is skipped', () => {
    expect(overallVerdict(['pass', 'inconclusive', 'over-budget'])).toBe('over-budget');
    expect(overallVerdict(['below-min', 'regression', 'pass'])).toBe('regression');
    expect(overallVerdict(['pass', 'skipped'])).toBe('pass');
    expect(overallVerdict(['skipped'])).toBe('skipped');
    expect(overallVerdict([])).toBe('skipped');
  });

  it('buildGateReport applies the cost cap and keeps order', () => {
    const partial = suiteOf('b', [...flat(10, 1), caseOf('z', [{ status: 'skipped' }])]);
    const r = buildGateReport(
      [
        { base: suiteOf('a', flat(10, 1)), head: suiteOf('a', flat(10, 1)) },
        { base: suiteOf('b', flat(10, 1)), head: partial },
        { head: suiteOf('c', flat(10, 1)) },
        {},
      ],
      gate,
      ['d'],
      true,
    );
    expect(r.suites.map((s) => [s.suite, s.verdict])).toEqual([
      ['a', 'pass'],
      ['b', 'over-budget'],
      ['c', 'pass'],
    ]);
    expect(r).toMatchObject({ verdict: 'over-budget', unselected: ['d'], costCapHit: true });
  });
});
