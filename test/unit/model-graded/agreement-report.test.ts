// The judge's agreement with the labelled cases reaches the PR comment and the HTML report (docs/judges.md).
import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { renderPrComment } from '../../../src/core/report/pr-comment.js';
import { runOf } from '../compare/builders.js';
import { gate, regressedPair } from '../report/fixtures.js';

/** 10 cases, 2 of them failing on head; labels: case-0 fail (agrees), case-1 pass (disagrees), case-2..5 pass (agree). */
function labelled() {
  const pair = regressedPair('answers', 10, 2);
  const labels: Record<string, 'pass' | 'fail'> = { 'case-0': 'fail', 'case-1': 'pass', 'case-2': 'pass', 'case-3': 'pass', 'case-4': 'pass', 'case-5': 'pass' };
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
    const html = renderHtmlReport({ head: runOf([pair.head]), base: runOf([pair.base]), gate: report, generatedAt: '2026-12-07T12:00:00Z' });
    expect(html).toMatch(/<p class="judge">judge agrees with your labels on 5 of 6 cases \(83 %[^<]*disagrees on case-1<\/p>/);
  });

  it('a suite without labels shows no judge line', () => {
    const plain = regressedPair('plain', 4, 0);
    expect(renderPrComment(buildGateReport([plain], gate, [], false))).not.toContain('judge agrees');
  });
});
