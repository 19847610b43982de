import { describe, expect, it } from 'vitest';
import { agreementText, judgeAgreement, suiteAgreement } from '../../../src/core/scorers/model-graded/agreement.js';

/** a: both pass, b: label pass / verdict fail, c: label fail / verdict pass, d: both fail. */
function table(a: number, b: number, c: number, d: number) {
  const rows: { id: string; label: 'pass' | 'fail'; verdict: boolean }[] = [];
  const add = (n: number, label: 'pass' | 'fail', verdict: boolean) => {
    for (let i = 0; i < n; i++) rows.push({ id: `c${rows.length}`, label, verdict });
  };
  add(a, 'pass', true);
  add(b, 'pass', false);
  add(c, 'fail', true);
  add(d, 'fail', false);
  return rows;
}

describe('judgeAgreement', () => {
  it("gives accuracy with a Wilson interval and Cohen's κ with its large-sample interval (textbook 2×2 table)", () => {
    const a = judgeAgreement(table(20, 5, 10, 15))!;
    expect(a).toMatchObject({ n: 50, agree: 35, accuracy: 0.7 });
    expect(a.kappa).toBeCloseTo(0.4, 10); // pₒ 0.7, pₑ 0.5·0.6 + 0.5·0.4 = 0.5
    expect(a.kappaCi![0]).toBeCloseTo(0.4 - 1.96 * Math.sqrt((0.7 * 0.3) / (50 * 0.25)), 3);
    expect(a.kappaCi![1]).toBeCloseTo(0.4 + 1.96 * Math.sqrt((0.7 * 0.3) / (50 * 0.25)), 3);
    expect(a.accuracyCi[0]).toBeCloseTo(0.5625, 3);
    expect(a.accuracyCi[1]).toBeCloseTo(0.809, 3);
    expect(a.disagreements).toHaveLength(15);
  });

  it('a judge that says pass to everything agrees often but has κ 0 (no agreement beyond chance)', () => {
    const a = judgeAgreement(table(15, 0, 5, 0))!;
    expect(a.accuracy).toBe(0.75);
    expect(a.kappa).toBe(0);
    expect(agreementText(a)).toContain('judge agrees with your labels on 15 of 20 cases (75 %');
    expect(agreementText(a)).toContain('disagrees on c15, c16, c17, c18, c19');
  });

  it('counts only labelled cases with a verdict; none: no figure', () => {
    expect(suiteAgreement([{ id: 'x', pass: true }])).toBeUndefined();
    expect(suiteAgreement([{ id: 'x', label: 'pass', pass: null }])).toBeUndefined();
    expect(
      suiteAgreement([
        { id: 'x', label: 'pass', pass: true },
        { id: 'y', pass: false },
      ]),
    ).toMatchObject({ n: 1, agree: 1, kappa: null });
  });
});
