// The frontier's decisions on built results: not-worse, worse, undecided with a case count, Holm sharing
// the error rate, and the Pareto frontier.
import { describe, expect, it } from 'vitest';
import { buildFrontier } from '../../../src/core/candidates/frontier.js';
import { caseOf, suiteOf } from '../compare/builders.js';

/** A suite whose case i scores score(i) on each of 3 samples, at costUsd per request. */
function suite(n: number, score: (i: number) => number, costUsd: number, model: string) {
  return suiteOf(
    's',
    Array.from({ length: n }, (_, i) =>
      caseOf(
        `c${i}`,
        [0, 1, 2].map(() => ({ score: score(i), costUsd })),
      ),
    ),
    { model, repeat: 3 },
  );
}

const opts = { confidence: 0.98, margin: 0.05 };

describe('buildFrontier', () => {
  it('same scores, cheaper: not worse; far lower: worse; both cheaper ones on the frontier', () => {
    const cur = suite(40, (i) => (i % 10 === 0 ? 0 : 1), 0.01, 'big');
    const r = buildFrontier(
      [
        {
          suite: 's',
          current: { name: 'current', result: cur },
          candidates: [
            { name: 'same', result: suite(40, (i) => (i % 10 === 0 ? 0 : 1), 0.001, 'small') },
            { name: 'bad', result: suite(40, (i) => (i % 2 === 0 ? 0 : 1), 0.0005, 'tiny') },
          ],
        },
      ],
      opts,
    );
    const [current, same, bad] = r.suites[0]!.points;
    expect(same!.verdict).toBe('not-worse');
    expect(bad!.verdict).toBe('worse');
    expect(r.suites[0]!.recommended).toBe('same');
    expect(current!.onFrontier).toBe(false);
    expect([same!.onFrontier, bad!.onFrontier]).toEqual([true, true]);
    expect(r.tests).toBe(2);
  });

  it('no mean change but noisy differences on few cases is undecided and says how many more cases', () => {
    const cur = suite(12, (i) => [1, 0.67, 1, 0.33][i % 4]!, 0.01, 'big');
    const cand = suite(12, (i) => [0.67, 1, 1, 0.33][i % 4]!, 0.001, 'small');
    const p = buildFrontier(
      [{ suite: 's', current: { name: 'current', result: cur }, candidates: [{ name: 'c', result: cand }] }],
      opts,
    ).suites[0]!.points[1]!;
    expect(p.verdict).toBe('undecided');
    expect(p.moreCases).toBeGreaterThan(0);
  });

  it('Holm: evidence that passes alone (p ≤ α) stays undecided when two tests share α (p > α/2)', () => {
    const alpha = (1 - opts.confidence) / 2;
    const cur = (n: number) => suite(n, (i) => (i % 3 === 0 ? 0.67 : 1), 0.01, 'big');
    const cand = (n: number) => suite(n, (i) => (i % 3 === 0 ? 0.67 : i % 12 === 1 ? 0.67 : 1), 0.001, 'small');
    // The case count whose single test lands between α/2 and α.
    let found: number | undefined;
    for (let n = 6; n <= 400 && found === undefined; n++) {
      const p = buildFrontier(
        [{ suite: 's', current: { name: 'current', result: cur(n) }, candidates: [{ name: 'c', result: cand(n) }] }],
        opts,
      ).suites[0]!.points[1]!.pValue!;
      if (p > alpha / 2 && p <= alpha) found = n;
    }
    expect(found).toBeDefined();
    const alone = buildFrontier(
      [
        {
          suite: 's',
          current: { name: 'current', result: cur(found!) },
          candidates: [{ name: 'c', result: cand(found!) }],
        },
      ],
      opts,
    );
    expect(alone.suites[0]!.points[1]!.verdict).toBe('not-worse');
    const two = buildFrontier(
      [
        {
          suite: 's',
          current: { name: 'current', result: cur(found!) },
          candidates: [
            { name: 'a', result: cand(found!) },
            { name: 'b', result: cand(found!) },
          ],
        },
      ],
      opts,
    );
    expect(two.suites[0]!.points.slice(1).map((p) => p.verdict)).toEqual(['undecided', 'undecided']);
  });
});
