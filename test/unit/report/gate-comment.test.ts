// The PR comment for the sequential gate: rounds and samples, the unclear verdict, every broken rule,
// k-of-n case details with a failing sample's output, the noisy count and the per-PR rules line.
import { describe, expect, it } from 'vitest';
import { GateSchema } from '../../../src/core/config/schema.js';
import { buildGateReport } from '../../../src/core/gate/report.js';
import type { SequentialSummary } from '../../../src/core/compare/types.js';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { renderJobSummary } from '../../../src/core/report/job-summary.js';
import { caseOf, suiteOf } from '../compare/builders.js';

const gate = GateSchema.parse({ maxCostIncrease: 0.2 });

function seq(over: Partial<SequentialSummary>): SequentialSummary {
  return {
    rounds: 1,
    samples: { base: 90, head: 90 },
    extraSamples: 0,
    extraCostUsd: 0,
    logLikelihoodRatio: 0,
    alternative: 0.075,
    pValue: 1,
    decision: 'pass',
    stoppedBy: 'decided',
    ...over,
  };
}

describe('gate comment', () => {
  const base = suiteOf(
    'answers',
    Array.from({ length: 30 }, (_, i) =>
      caseOf(`c${i}`, [{ pass: true, output: `Paris ${i}` }, { pass: true }, { pass: true }]),
    ),
  );
  const head = suiteOf(
    'answers',
    Array.from({ length: 30 }, (_, i) =>
      caseOf(
        `c${i}`,
        i < 10
          ? [
              { pass: true, output: 'Paris', costUsd: 0.0003 },
              { pass: false, output: 'I am not sure.', costUsd: 0.0003, reasons: ['expected "Paris"'] },
              { pass: false, costUsd: 0.0003 },
              { pass: false, costUsd: 0.0003 },
            ]
          : i < 12
            ? [
                { pass: true, costUsd: 0.0003 },
                { pass: true, costUsd: 0.0003 },
                { pass: false, costUsd: 0.0003 },
              ]
            : [
                { pass: true, costUsd: 0.0003 },
                { pass: true, costUsd: 0.0003 },
                { pass: true, costUsd: 0.0003 },
              ],
      ),
    ),
  );
  const sequential = new Map([
    [
      'answers',
      seq({
        rounds: 3,
        samples: { base: 95, head: 100 },
        extraSamples: 15,
        extraCostUsd: 0.0045,
        decision: 'regression',
        pValue: 0.001,
      }),
    ],
  ]);
  const report = buildGateReport([{ base, head }], gate, [], false, sequential);

  it('shows every broken rule, rounds and samples, k-of-n with the failing sample, and the noisy count', () => {
    const s = report.suites[0]!;
    expect(s.findings.map((f) => f.verdict)).toEqual(['regression', 'over-budget']);
    const body = renderPrComment(report, { toolVersion: '1.0.0' });
    expect(body).toContain('| Rounds (samples) |');
    expect(body).toContain('**REGRESSION** + **OVER BUDGET**');
    expect(body).toMatch(/\*\*answers\*\* \(regression \+ over budget\)/);
    expect(body).toMatch(/ {2}- over budget: cost per request/);
    expect(body).toMatch(/Sampling: 3 rounds, 195 samples \(15 beyond the first round, \$0\.0045\)/);
    expect(body).toMatch(/10 regressed, 2 noisy \(moved only within their own sampling noise; not listed\)/);
    expect(body).toMatch(/base: 0 of 3 samples failed, head: 3 of 4 samples failed/);
    expect(body).toMatch(/\(flaky: its samples disagree\)/);
    expect(body).toMatch(/Head output \(a failing sample\):\n\n```text\nI am not sure\./);
    expect(body).toMatch(/Base output \(a passing sample\):/);
    expect(body).toMatch(/false-regression rate of at most 1% per PR over all its suites \(Holm\)/);
  });

  it('heads an undecided possible regression UNCLEAR, never PASS, with what would settle it', () => {
    const b = suiteOf(
      's',
      Array.from({ length: 12 }, (_, i) => caseOf(`c${i}`, [{ pass: i % 6 !== 0 }])),
    );
    const h = suiteOf(
      's',
      Array.from({ length: 12 }, (_, i) => caseOf(`c${i}`, [{ pass: i % 3 !== 0 }])),
    );
    const open = new Map([
      ['s', seq({ rounds: 30, decision: 'open', stoppedBy: 'max-repeat', settle: { samplesPerCase: 60, cases: 48 } })],
    ]);
    const r = buildGateReport([{ base: b, head: h }], gate, [], false, open);
    expect(r.verdict).toBe('unclear');
    const body = renderPrComment(r, {});
    expect(body).toMatch(
      /^## evalgate: UNCLEAR \(1 unclear \(possible regression, not enough evidence\) of 1 suite\)/m,
    );
    expect(body).toMatch(/about 60 samples per case \(gate\.maxRepeat\), or about 48 cases/);
    expect(body).toMatch(/sampling budget \(gate\.maxRepeat\) ran out/);
    expect(renderJobSummary(r, {}, { outputChars: 100 })).toMatch(/UNCLEAR/);
  });
});
