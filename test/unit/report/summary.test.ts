import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { utf8Length } from '../../../src/core/report/char-budget.js';
import { renderJobSummary } from '../../../src/core/report/job-summary.js';
import { gate, regressedPair, smallReport } from './fixtures.js';

describe('renderJobSummary', () => {
  it('has the comment content plus token/latency/cost tables and every changed case', () => {
    const md = renderJobSummary(smallReport(), { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(md).toMatch(/^## evalgate: REGRESSION/);
    expect(md).not.toContain('<!-- evalgate:pr-comment -->');
    expect(md).toContain('### Tokens, latency and cost');
    expect(md).toContain(
      '| Suite | Tokens in/request | Tokens out/request | p50 latency | p95 latency | Cost/run | Eval cost (head) | Errors |',
    );
    expect(md).toContain('### All changed cases');
    expect(md).toMatch(/<details><summary>greeting: 10 cases changed<\/summary>/);
    expect(md).toMatch(/\| `case-0` \| 1\.000 \| 0\.000 \| -1\.000 \| pass → fail \|/);
    expect(md).toContain('<details><summary>greeting: 10 regressed cases</summary>');
  });

  it('stays under 1 MiB for a huge report and says where the rest is', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => regressedPair(`suite-${i}`, 400, 300, `é${'x'.repeat(30000)}`));
    const md = renderJobSummary(buildGateReport(pairs, gate, [], false), {
      fullReportAt: 'the `evalgate-report` artifact',
    });
    expect(utf8Length(md)).toBeLessThanOrEqual(1_000_000);
    expect(utf8Length(md)).toBeGreaterThan(900_000);
    expect(md).toContain('everything is in the `evalgate-report` artifact');
    expect(md).toContain('| suite-39 |');
  });
});
