// The HTML report artifact: every suite and case with base and head outputs, filters that work in a real
// browser, and model outputs that stay inert text (no element, no script, no fetch) however hostile.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { caseOf, runOf, suiteOf } from '../compare/builders.js';
import { noBrowser, openPage, type Page } from '../../support/chromium.js';
import { gate, regressedPair } from './fixtures.js';

const XSS =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><iframe src="https://evil.example/"></iframe>"\'&</pre></td></tr></table><a href="javascript:window.__pwned=3">x</a>';

function fixture() {
  const reg = regressedPair('greeting', 6, 2, XSS);
  // flaky: samples disagree; error: one sample failed to get an answer
  const mixedBase = suiteOf(
    'extraction',
    [
      caseOf('flaky-1', [{ score: 1 }, { score: 0, pass: false }]),
      caseOf('err-1', [{ status: 'error', error: 'HTTP 503 <b>down</b>' }]),
      caseOf('fix-1', [{ score: 0, pass: false }]),
    ],
    { repeat: 2 },
  );
  const mixedHead = suiteOf(
    'extraction',
    [
      caseOf('flaky-1', [{ score: 1 }, { score: 0, pass: false }]),
      caseOf('err-1', [{ score: 1 }]),
      caseOf('fix-1', [{ score: 1 }]),
    ],
    { repeat: 2 },
  );
  const newSuite = suiteOf('brand-new', [caseOf('n-1', [{ score: 1 }])]);
  const report = buildGateReport(
    [reg, { base: mixedBase, head: mixedHead }, { head: newSuite }],
    gate,
    ['untouched'],
    false,
  );
  const base = runOf([reg.base, mixedBase]);
  const head = runOf([reg.head, mixedHead, newSuite]);
  return renderHtmlReport({
    head,
    base,
    gate: report,
    generatedAt: '2026-11-27T10:00:00Z',
    baseRef: 'abc1234',
    headRef: 'def5678',
    runUrl: 'https://github.com/o/r/actions/runs/1',
  });
}

describe('renderHtmlReport', () => {
  const html = fixture();

  it('is self-contained and script-free, with a CSP that forbids scripts and fetches', () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/,
    );
    expect(html).not.toMatch(/<(script|iframe|img|link|object|embed)\b/i);
    expect(html).not.toMatch(/href="javascript/);
    expect(html.match(/<a /g)).toEqual(['<a ']); // the workflow run link only
    expect(html).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
  });

  it('shows every suite and case, base and head side by side, with classes for the filters', () => {
    expect(html.match(/<section class="suite"/g)).toHaveLength(3);
    expect(html.match(/<tr class="case[ "]/g)).toHaveLength(6 + 3 + 1);
    expect(html.match(/<tr class="case[^"]*\bregressed\b/g)).toHaveLength(2);
    expect(html).toMatch(/<tr class="case[^"]*\bflaky\b[^"]*" data-case="flaky-1"/);
    expect(html).toMatch(/<tr class="case[^"]*\berror\b[^"]*" data-case="err-1"/);
    expect(html).toMatch(/<tr class="case[^"]*\bfixed\b[^"]*" data-case="fix-1"/);
    expect(html).toContain('HTTP 503 &lt;b&gt;down&lt;/b&gt;');
    expect(html).toContain('base <code>abc1234</code> → head <code>def5678</code>');
    expect(html).toContain('<th>Base</th><th>Head</th>');
  });
});

describe.skipIf(noBrowser)('HTML report in headless Chromium', () => {
  let dir: string;
  let page: Page;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-html-'));
    await writeFile(join(dir, 'report.html'), fixture());
    page = await openPage(`file://${join(dir, 'report.html')}`);
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  const visible = () =>
    page.evaluate<string[]>(
      `[...document.querySelectorAll('tr.case')].filter((r) => r.checkVisibility()).map((r) => r.dataset.case)`,
    );
  const visibleSuites = () =>
    page.evaluate<string[]>(
      `[...document.querySelectorAll('section.suite')].filter((s) => s.checkVisibility()).map((s) => s.id)`,
    );
  const choose = (f: string) => page.evaluate(`document.getElementById('filter-${f}').click()`);

  it('renders every case, and hostile outputs are text: no element, no script ran', async () => {
    expect(await visible()).toHaveLength(10);
    expect(
      await page.evaluate(
        'document.querySelectorAll("img, script, iframe, object, embed, a[href^=javascript]").length',
      ),
    ).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(
      await page.evaluate<string>(`document.querySelector('tr.case.regressed .sample pre').textContent`),
    ).toContain('<script>window.__pwned=2</script>');
  });

  it('filters to regressed, fixed, flaky and error cases, hiding suites without any', async () => {
    await choose('regressed');
    expect(await visible()).toEqual(['case-0', 'case-1']);
    expect(await visibleSuites()).toEqual(['suite-greeting']);
    await choose('fixed');
    expect(await visible()).toEqual(['fix-1']);
    await choose('flaky');
    expect(await visible()).toEqual(['flaky-1']);
    await choose('error');
    expect(await visible()).toEqual(['err-1']);
    expect(await visibleSuites()).toEqual(['suite-extraction']);
    await choose('all');
    expect(await visible()).toHaveLength(10);
  });
});
