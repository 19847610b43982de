import { describe, expect, it } from 'vitest';
import { renderRunTable } from '../../../src/core/report/console-table.js';
import { renderJUnit, xmlEscape } from '../../../src/core/report/junit.js';
import { caseOf, runOf, suiteOf } from '../compare/builders.js';

const run = runOf([
  suiteOf('greeting', [
    caseOf('a', [
      { score: 1, latencyMs: 120 },
      { score: 1, latencyMs: 80 },
    ]),
    caseOf('b', [{ score: 0, pass: false, reasons: ['no "hello" & <tag>'] }]),
  ]),
  suiteOf('priceless', [
    caseOf('x', [{ score: 1, costUsd: null }]),
    caseOf('y', [{ status: 'error', error: 'HTTP 500 <oops>' }]),
  ]),
  suiteOf('unsent', [caseOf('z', [{ status: 'skipped' }, { status: 'budget' }])]),
]);

describe('renderRunTable', () => {
  it('prints every column, aligned, with price unknown (never $0) and the minScore verdict', () => {
    const out = renderRunTable(run, { color: false, minScore: 0.7 });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(
      /^Suite\s+Cases\s+Score\s+Pass rate\s+Errors\s+Tokens in\/out\s+Cost\/request\s+Cost\/run\s+p50\/p95\s+Verdict$/,
    );
    const greeting = lines.find((l) => l.startsWith('greeting'))!;
    expect(greeting).toMatch(/0\.500\s+50%\s+0\s+100\/20\s+\$0\.0001\s+\$0\.0003\s+100 ms\/118 ms\s+BELOW MIN 0\.70/);
    const priceless = lines.find((l) => l.startsWith('priceless'))!;
    expect(priceless).toMatch(/1\.000\s+100%\s+1\s+.*price unknown\s+price unknown.*ok \(>= 0\.70\)/);
    expect(priceless).not.toContain('$0');
    expect(lines.find((l) => l.startsWith('unsent'))).toMatch(/1 \(2 not sent\).*no score/);
    expect(out).toMatch(/Total: 7 samples, 1 errors/);
    expect(out).not.toContain('\u001b[');
  });
  it('colours only when asked', () => {
    expect(renderRunTable(run, { color: true, minScore: 0.7 })).toContain('\u001b[31m');
  });
});

describe('renderJUnit', () => {
  const xml = renderJUnit(run);
  it('one testsuite per suite, one testcase per case, with correct counts', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="evalgate" tests="5" failures="1" errors="1" skipped="1"',
      ),
    ).toBe(true);
    expect(xml).toContain('<testsuite name="greeting" tests="2" failures="1" errors="0" skipped="0" time="0.300"');
    expect(xml).toContain('<testcase classname="evalgate.greeting" name="a" time="0.200"/>');
  });
  it('failures carry escaped reasons, errors are <error>, unsent cases are <skipped>', () => {
    expect(xml).toContain(
      '<failure message="score 0.000; 1 of 1 samples failed" type="assertion">sample 0: contains: no &quot;hello&quot; &amp; &lt;tag&gt;</failure>',
    );
    expect(xml).toContain('<error message="server: HTTP 500 &lt;oops&gt;" type="server">');
    expect(xml).toContain('<skipped message="not sent (skipped, budget)"/>');
    expect(xml).toContain('<property name="costUsd" value="price unknown"/>');
  });
  it('xmlEscape drops characters XML cannot carry', () => {
    expect(xmlEscape('a\u0000b\u001bc\ud800d"\'')).toBe('abcd&quot;&apos;');
  });
});
