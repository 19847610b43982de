// "What a suite can detect" in every gate report: the PR comment, the job summary, the HTML report and
// the JSON (the report's `power` per suite), from the run's own samples.
import { describe, expect, it } from 'vitest';
import type { SequentialSummary } from '../../../src/core/compare/types.js';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { addPower } from '../../../src/core/gate/suite-power.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { renderJobSummary } from '../../../src/core/report/job-summary.js';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { caseOf, runOf, suiteOf } from '../compare/builders.js';
import { gate } from './fixtures.js';

const SEQ: SequentialSummary = {
  rounds: 1,
  samples: { base: 150, head: 150 },
  extraSamples: 0,
  extraCostUsd: 0,
  logLikelihoodRatio: -1,
  alternative: 0.075,
  pValue: 0.5,
  decision: 'pass',
  stoppedBy: 'decided',
};

/** 50 flaky cases, 3 samples a side, pass probability 0.50..0.95, no change. */
function flakyPair(name: string) {
  const rng = mulberry32(7);
  const side = () =>
    Array.from({ length: 50 }, (_, i) => {
      const p = 0.5 + (0.45 * i) / 49;
      return caseOf(
        `c${i}`,
        [0, 1, 2].map(() => (rng() < p ? { score: 1 } : { score: 0, pass: false })),
      );
    });
  return { base: suiteOf(name, side(), { repeat: 3 }), head: suiteOf(name, side(), { repeat: 3 }) };
}

function report() {
  const flaky = flakyPair('flaky');
  const fresh = suiteOf('brand-new', flakyPair('brand-new').head.cases, { repeat: 3 });
  const r = buildGateReport([flaky, { head: fresh }], gate, [], false, new Map([['flaky', SEQ]]));
  return { report: addPower(r, gate), flaky };
}

describe('what a suite can detect, in the reports', () => {
  const { report: r, flaky } = report();
  const p = r.suites[0]!.power!;

  it('sizes each compared suite from its own samples; a new suite gets none', () => {
    expect(p.variance).toBe('observed');
    expect(p.cases).toBe(50);
    expect(p.repeat).toBe(3);
    expect(p.maxRepeat).toBe(gate.maxRepeat);
    expect(p.target).toBe(gate.maxScoreDrop);
    expect(p.detectableDrop!).toBeGreaterThan(0.07);
    expect(p.detectableDrop!).toBeLessThan(0.13);
    expect(r.suites[1]!.power).toBeUndefined();
  });

  const line =
    /- \*\*flaky\*\* detects a drop of ≥ 0\.\d\d at 90% power with 50 cases × 3 samples \(up to 30 per case\); to detect 0\.05 \(maxScoreDrop\): [\d,]+ cases or no maxRepeat up to 100/;

  it('the PR comment and the job summary carry one line per sized suite', () => {
    expect(renderPrComment(r)).toMatch(line);
    expect(renderJobSummary(r)).toMatch(line);
    expect(renderPrComment(r)).not.toMatch(/\*\*brand-new\*\* detects/);
  });

  it('the HTML report says it in the suite section; the JSON carries the figures', () => {
    const html = renderHtmlReport({
      head: runOf([flaky.head]),
      base: runOf([flaky.base]),
      gate: r,
      generatedAt: '2026-12-07T00:00:00Z',
    });
    expect(html).toMatch(/<p class="power">What this suite can detect: detects a drop of ≥ 0\.\d\d at 90% power/);
    const json = JSON.parse(JSON.stringify(r)) as typeof r;
    expect(Object.keys(json.suites[0]!.power!).sort()).toEqual(
      [
        'cases',
        'casesNeeded',
        'detectableDrop',
        'maxRepeat',
        'maxRepeatNeeded',
        'pairVariance',
        'power',
        'repeat',
        'target',
        'variance',
      ].sort(),
    );
  });
});
