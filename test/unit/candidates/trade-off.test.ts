// A PR that swaps a suite's model: the comment leads with score Δ and its non-inferiority verdict, and
// the cost change per request and per month.
import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { caseOf, suiteOf } from '../compare/builders.js';
import { gate } from '../report/fixtures.js';

const traffic = { requestsPerMonth: 100_000 };
/** 40 cases × 3 samples; `fails(i, k)` marks the failing samples. */
function side(model: string, cost: number, fails: (i: number, k: number) => boolean) {
  const cases = Array.from({ length: 40 }, (_, i) =>
    caseOf(
      `c${i}`,
      [0, 1, 2].map((k) => ({ score: fails(i, k) ? 0 : 1, costUsd: cost })),
    ),
  );
  return suiteOf('greeting', cases, { model, traffic, repeat: 3 });
}

describe('PR comment: a swapped model leads with the trade-off', () => {
  it('a cheaper model that scores the same: not worse, and the money it saves', () => {
    const same = (i: number, k: number) => (i * 3 + k) % 10 === 0;
    const report = buildGateReport(
      [{ base: side('gpt-4o', 0.000175, same), head: side('gpt-4o-mini', 0.0000105, same) }],
      gate,
      [],
      false,
    );
    report.rules = { confidence: 0.98, maxScoreDrop: 0.05, maxRepeat: 3 };
    const body = renderPrComment(report, {});
    const lead = body.split('\n').find((l) => l.startsWith('**Model change'));
    expect(lead).toBe(
      '**Model change in greeting: `gpt-4o` → `gpt-4o-mini`** — score Δ +0.0 pts (98 % CI -2.0 to +2.0): not worse by more than 5.0 pts; cost per request $0.000175 → $0.0000105 (-$0.000165), per month $17.50 → $1.05 (-$16.45).',
    );
    // It leads: before the suite table.
    expect(body.indexOf('**Model change')).toBeLessThan(body.indexOf('| Suite'));
  });

  it('a cheaper model that fails most cases is called worse', () => {
    const report = buildGateReport(
      [
        {
          base: side('gpt-4o', 0.000175, (i) => i % 10 === 0),
          head: side('gpt-4.1-nano', 0.000007, (i) => i % 3 !== 0),
        },
      ],
      gate,
      [],
      false,
    );
    expect(renderPrComment(report, {})).toMatch(
      /\*\*Model change in greeting: `gpt-4o` → `gpt-4\.1-nano`\*\* — score Δ -5\d\.\d pts .*: worse \(by more than 5\.0 pts\); cost per request/,
    );
  });

  it('no lead line when the model is unchanged', () => {
    const f = (i: number) => i % 10 === 0;
    const report = buildGateReport(
      [{ base: side('gpt-4o', 0.000175, f), head: side('gpt-4o', 0.000175, f) }],
      gate,
      [],
      false,
    );
    expect(renderPrComment(report, {})).not.toContain('Model change');
  });
});
