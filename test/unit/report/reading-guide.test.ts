// The "How to read it" guide is written from the gate's own settings and rule constants: a change of
// `gate.confidence`, `maxScoreDrop` or `maxRepeat` changes what the guide says, and the job summary shows it.
import { describe, expect, it } from 'vitest';
import { GateSchema } from '../../../src/core/config/schema.js';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { ALTERNATIVE_FACTOR } from '../../../src/core/gate/sequential.js';
import { renderJobSummary } from '../../../src/core/report/job-summary.js';
import { readingGuide } from '../../../src/core/report/reading-guide.js';
import { regressedPair } from './fixtures.js';

describe('readingGuide', () => {
  it('states the default levels: a 98% interval, 1% false regressions per PR, 30 samples, the tested drop', () => {
    const text = readingGuide(GateSchema.parse({})).join('\n');
    expect(text).toContain('98% paired t interval');
    expect(text).toContain('at most 1% of PRs');
    expect(text).toContain('up to 30 samples per case');
    expect(text).toContain(`a drop of ${(ALTERNATIVE_FACTOR * 0.05).toFixed(3)}`);
    expect(text).toContain('below −0.05');
  });

  it('follows the run’s own settings', () => {
    const text = readingGuide(GateSchema.parse({ confidence: 0.9, maxScoreDrop: 0.1, maxRepeat: 12 })).join('\n');
    expect(text).toContain('90% paired t interval');
    expect(text).toContain('at most 5% of PRs');
    expect(text).toContain('up to 12 samples per case');
    expect(text).toContain('a drop of 0.150');
    expect(text).toContain('below −0.10');
    expect(readingGuide(GateSchema.parse({ confidence: 0.99 })).join('\n')).toContain('at most 0.5% of PRs');
  });

  it('is in the job summary, collapsed, with the report’s settings', () => {
    const gate = GateSchema.parse({ confidence: 0.95, maxRepeat: 8 });
    const md = renderJobSummary(buildGateReport([regressedPair('greeting', 10, 5)], gate, [], false));
    expect(md).toContain('<details><summary>How to read this</summary>');
    expect(md).toContain('95% paired t interval');
    expect(md).toContain('up to 8 samples per case');
  });
});
