// The judge's agreement with the labelled cases reaches the PR comment and the HTML report (docs/judges.md).
import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { summarizeRun } from '../../../src/cli/console-summary.js';
import { runOf } from '../compare/builders.js';
import { gate, regressedPair } from '../report/fixtures.js';

/** `n` cases, the first `drop` failing on head; labels: case-0 fail (agrees), case-1 pass (disagrees), four passing cases pass (agree). */
function labelled(n = 10, drop = 2) {
  const pair = regressedPair('answers', n, drop);
  const labels: Record<string, 'pass' | 'fail'> = { 'case-0': 'fail', 'case-1': 'pass' };
  for (let i = drop; i < drop + 4; i++) labels[`case-${i}`] = 'pass';
  for (const c of pair.head.cases) {
    const l = labels[c.id];
    if (l) c.label = l;
  }
  return pair;
}

describe('judge agreement in the reports', () => {
  const pair = labelled();
  const report = buildGateReport([pair], gate, [], false);

  it('the PR comment names the agreement and the disagreeing case', () => {
    const md = renderPrComment(report);
    expect(md).toContain('**answers** judge agrees with your labels on 5 of 6 cases (83 %');
    expect(md).toContain('disagrees on case-1');
  });

  it('the HTML report shows it under the suite', () => {
    const html = renderHtmlReport({
      head: runOf([pair.head]),
      base: runOf([pair.base]),
      gate: report,
      generatedAt: '2026-12-07T12:00:00Z',
    });
    expect(html).toMatch(
      /<p class="judge">judge agrees with your labels on 5 of 6 cases \(83 %[^<]*disagrees on case-1<\/p>/,
    );
  });

  it("evalgate run's summary names the agreement", () => {
    const lines = summarizeRun(runOf([pair.head]), { maxErrorRate: 0.2 }).lines;
    expect(lines.join('\n')).toMatch(
      /^judge: answers: judge agrees with your labels on 5 of 6 cases \(83 %, 95 % CI \d+–\d+ %\), κ [-\d.]+ .*; disagrees on case-1$/m,
    );
  });

  it('a suite without labels shows no judge line', () => {
    const plain = regressedPair('plain', 4, 0);
    expect(renderPrComment(buildGateReport([plain], gate, [], false))).not.toContain('judge agrees');
  });
});

describe('judge.minAgreement in the gate verdict', () => {
  it('a judge below the required agreement makes the suite unclear instead of a regression, naming the disagreements', () => {
    const pair = labelled(20, 10); // 10 of 20 cases break: a regression on its own
    expect(buildGateReport([pair], gate, [], false).suites[0]!.verdict).toBe('regression');
    pair.head.judgeMinAgreement = 0.9; // judge agrees on 5 of 6 = 83 %
    const s = buildGateReport([pair], gate, [], false).suites[0]!;
    expect(s.verdict).toBe('unclear');
    expect(s.reason).toContain('judge disagrees with your labels on 1 of 6 cases (case-1)');
    expect(s.reason).toContain('below judge.minAgreement 90%');
  });

  it('a judge at or above it leaves the verdict alone', () => {
    const pair = labelled(20, 10);
    pair.head.judgeMinAgreement = 0.8;
    expect(buildGateReport([pair], gate, [], false).suites[0]!.verdict).toBe('regression');
  });
});
