// The judge's agreement with the labelled cases reaches the PR comment and the HTML report (docs/judges.md).
import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { renderJobSummary } from '../../../src/core/report/job-summary.js';
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

describe('judge.minAgreement in `evalgate run`', () => {
  it('a run whose judge disagrees with the labels is unclear (exit 4), not a pass or a fail', () => {
    // Every case passes; the labels say case-0 and case-1 should fail.
    const head = regressedPair('answers', 6, 0).head;
    for (const c of head.cases) c.label = c.id === 'case-0' || c.id === 'case-1' ? 'fail' : 'pass';
    const fine = summarizeRun(runOf([head]), { maxErrorRate: 0.2 });
    expect(fine.exitCode).toBe(0);
    head.judgeMinAgreement = 0.9;
    const sum = summarizeRun(runOf([head]), { maxErrorRate: 0.2 });
    expect(sum.verdicts['answers']).toMatchObject({ status: 'unclear', ok: false, label: 'UNCLEAR (judge)' });
    const text = sum.lines.join('\n');
    expect(text).toContain('✗ answers: judge disagrees with your labels on 2 of 6 cases (case-0, case-1)');
    expect(text).toContain('✗ 1 of 1 suite is unclear: the judge disagrees with your labels');
    expect(text).not.toContain('✓');
    expect(sum.exitCode).toBe(4);
  });
});

describe('judge self-consistency in the reports', () => {
  const consistency = (agree: number, n = 5) => ({
    n,
    agree,
    rate: agree / n,
    rateCi: [0.2, 0.9] as [number, number],
    meanScoreDiff: 0.3,
    maxScoreDiff: 0.7,
    disagreements: ['case-3'],
    errors: 0,
  });

  it('shows a low figure in the comment, the run summary and the HTML report; a high one only in HTML', () => {
    const pair = regressedPair('answers', 6, 0);
    pair.head.judgeConsistency = consistency(3);
    const report = buildGateReport([pair], gate, [], false);
    const line = 'judge self-consistency: 3 of 5 verdicts repeated when judged again (60%, 95% CI 20%–90%)';
    expect(renderPrComment(report)).toContain(`- **answers** ${line}`);
    expect(renderJobSummary(report)).toContain(`- **answers** ${line}`);
    expect(renderPrComment(report)).toContain('flipped on case-3 — below 90%');
    expect(summarizeRun(runOf([pair.head]), { maxErrorRate: 0.2 }).lines.join('\n')).toContain(
      `judge: answers: ${line}`,
    );
    const html = (g: typeof report) =>
      renderHtmlReport({ head: runOf([pair.head]), gate: g, generatedAt: '2026-12-07T12:00:00Z' });
    expect(html(report)).toContain(`<p class="judge low">${line}`);

    pair.head.judgeConsistency = consistency(5);
    const fine = buildGateReport([pair], gate, [], false);
    expect(renderPrComment(fine)).not.toContain('self-consistency');
    expect(summarizeRun(runOf([pair.head]), { maxErrorRate: 0.2 }).lines.join('\n')).not.toContain('self-consistency');
    expect(html(fine)).toContain('<p class="judge">judge self-consistency: 5 of 5');
  });
});
