// The per-case family's two naming levels and which unnamed cases stay open (src/core/gate/case-family.ts).
import { describe, expect, it } from 'vitest';
import { caseFamily, NAMING_FDR } from '../../../src/core/gate/case-family.js';
import { caseScores, suiteOf } from '../compare/builders.js';

const ones = (n: number): number[] => Array.from({ length: n }, () => 1);
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);
const FILLER = [1, 0, 1, 0, 1, 0, 1, 0];
/** 20 cases: `broken` with base passing and head failing on `pairs` samples each; the rest agree on 8 pairs. */
function suites(
  broken: Record<string, number>,
  extra: { base: (number | null)[]; head: (number | null)[]; id: string }[] = [],
) {
  const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
  const base = ids.map((id) => caseScores(id, id in broken ? ones(broken[id] as number) : FILLER));
  const head = ids.map((id) => caseScores(id, id in broken ? zeros(broken[id] as number) : FILLER));
  for (const x of extra) {
    base.push(caseScores(x.id, x.base));
    head.push(caseScores(x.id, x.head));
  }
  return { base: suiteOf('s', base), head: suiteOf('s', head) };
}

describe('case family', () => {
  it('names at the suite share of α before a regression decision, at a 10% false-discovery rate after it', () => {
    // Eight straight base-pass/head-fail pairs: e ≈ 115 (the mixture of 1.5⁸, 1.8⁸, 1.95⁸). With 20 cases two
    // such cases need 20/(0.01·2) = 1,000 each at α/S = 1%, 20/(0.1·2) = 100 at 10%.
    const { base, head } = suites({ c0: 8, c1: 8 });
    expect(NAMING_FDR).toBe(0.1);
    expect(caseFamily(base, head, 0.01).regressed).toEqual([]);
    expect(caseFamily(base, head, 0.01, true).regressed).toEqual(['c0', 'c1']);
  });

  it('after a regression decision, keeps sampling the suspicious cases: few pairs, a lean to a drop, or e above 1.01', () => {
    const { base, head } = suites({ c0: 12 }, [
      // Three pairs that all agree: nothing known yet.
      { id: 'few', base: [0, 0, 0], head: [0, 0, 0] },
      // Ten pairs leaning to a drop (5 base-only passes, 3 head-only) whose e-value is still below 1 (0.37).
      { id: 'lean', base: [0, 1, 1, 0, 1, 0, 1, 1, 0, 0], head: [1, 0, 0, 1, 0, 1, 0, 0, 0, 0] },
      // Ten pairs, balanced: cleared.
      { id: 'even', base: [1, 0, 1, 0, 0, 0, 0, 0, 0, 0], head: [0, 1, 0, 1, 0, 0, 0, 0, 0, 0] },
    ]);
    const before = caseFamily(base, head, 0.01);
    const after = caseFamily(base, head, 0.01, true);
    expect(after.regressed).toEqual(['c0']);
    expect(after.open).toContain('few');
    expect(after.open).toContain('lean');
    expect(after.evidence.find((e) => e.id === 'lean')).toMatchObject({ pairs: 10, lean: 2 });
    expect(after.evidence.find((e) => e.id === 'lean')!.worse).toBeLessThan(1.01);
    expect(after.open).not.toContain('even');
    expect(after.open).not.toContain('c5');
    expect(before.open).not.toContain('few');
    expect(before.open).not.toContain('lean');
  });

  it('before a decision, a case whose one or two pairs all favour base is open (an errored sample lost the third)', () => {
    const { base, head } = suites({}, [
      { id: 'lost', base: [1, 1, 1], head: [0, 0, null] },
      { id: 'mixed', base: [1, 0, 1], head: [0, 0, 0] },
    ]);
    const f = caseFamily(base, head, 0.01);
    expect(f.evidence.find((e) => e.id === 'lost')).toMatchObject({ pairs: 2, lean: 2 });
    expect(f.open).toEqual(['lost']);
  });
});
