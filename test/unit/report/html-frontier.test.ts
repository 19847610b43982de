// The HTML report's "Choose the model" section: the frontier table and an inline-SVG scatter of score
// against cost per request (the frontier joined, the current model ringed), checked as a browser renders
// it where Chromium is available, and as text everywhere.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFrontier } from '../../../src/core/candidates/frontier.js';
import { renderHtmlReport } from '../../../src/core/report/html-report.js';
import { caseOf, runOf, suiteOf } from '../compare/builders.js';
import { noBrowser, openPage, type Page } from '../../support/chromium.js';

/** A suite whose case i scores score(i) on each of 3 samples, at costUsd per request. */
function suite(score: (i: number) => number, costUsd: number, model: string) {
  const cases = Array.from({ length: 40 }, (_, i) =>
    caseOf(
      `c${i}`,
      [0, 1, 2].map(() => ({ score: score(i), costUsd })),
    ),
  );
  return suiteOf('greeting', cases, { model, repeat: 3 });
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const good = (i: number) => (i % 10 === 0 ? 0 : 1);
const report = buildFrontier(
  [
    {
      suite: 'greeting',
      current: { name: 'current (main)', result: suite(good, 0.0002, 'gpt-4o') },
      candidates: [
        { name: 'mini', result: suite(good, 0.00001, 'gpt-4o-mini') },
        { name: 'nano', result: suite((i) => (i % 2 === 0 ? 0 : 1), 0.000007, 'gpt-4.1-nano') },
        { name: 'turbo', result: suite(good, 0.0006, 'gpt-4-turbo') },
        { name: HOSTILE, result: suite(good, 0.0009, 'x') },
      ],
    },
  ],
  { confidence: 0.98, margin: 0.05 },
);
const html = renderHtmlReport({
  head: runOf([suite(good, 0.0002, 'gpt-4o')]),
  frontier: report,
  title: 'evalgate compare',
  generatedAt: '2026-12-07T10:00:00Z',
});

/** The attributes of every chart point, in document order. */
function points(text: string): Record<string, string>[] {
  return [...text.matchAll(/<g class="point[^"]*"([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/ (data-[a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('the "Choose the model" section', () => {
  it('leads the report only when there is a comparison', () => {
    expect(html).toContain('<section class="frontier" id="choose-the-model"><h2>Choose the model</h2>');
    expect(html.indexOf('id="choose-the-model"')).toBeLessThan(html.indexOf('<section class="suite"'));
    expect(renderHtmlReport({ head: runOf([]), generatedAt: 'x' })).not.toContain('choose-the-model');
  });

  it('has one row per model with the Markdown table cells, the recommended one marked', () => {
    const rows = [...html.matchAll(/<tr class="(candidate [^"]*)" data-name="([^"]*)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[2])).toEqual([
      'current (main)',
      'mini',
      'nano',
      'turbo',
      '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;',
    ]);
    expect(rows[1]![1]).toBe('candidate v-not-worse recommended');
    expect(rows[1]![3]).toContain('<td>not worse by more than 5.0 pts</td>');
    expect(rows[2]![3]).toContain('<td>worse (by more than 5.0 pts)</td>');
    expect(rows[3]![3]).toContain('<td>not cheaper</td>');
    expect(html).toContain('<strong>Cheapest not worse than the current model: mini.</strong>');
  });

  it('draws every model as a point: cost right, score up, the frontier joined, the current one ringed', () => {
    const pts = points(html);
    expect(pts.map((p) => p['data-verdict'])).toEqual(['current', 'not-worse', 'worse', 'not-cheaper', 'not-cheaper']);
    const circle = (name: string) => {
      const at = html.indexOf(`data-name="${name}" data-score`);
      const m = /<circle class="p-[^"]+" cx="([\d.]+)" cy="([\d.]+)"/.exec(html.slice(at));
      return { x: Number(m![1]), y: Number(m![2]) };
    };
    const [cur, mini, nano, turbo] = ['current (main)', 'mini', 'nano', 'turbo'].map(circle);
    // Cheaper is left (log axis: prices differ ~100×), a higher score is up (SVG y grows downwards).
    expect(nano!.x).toBeLessThan(mini!.x);
    expect(mini!.x).toBeLessThan(cur!.x);
    expect(cur!.x).toBeLessThan(turbo!.x);
    expect(mini!.y).toBe(cur!.y);
    expect(nano!.y).toBeGreaterThan(mini!.y);
    expect(html).toContain('cost per request (log scale)');
    // The frontier line joins exactly the frontier points, cheapest first: nano → mini.
    const line = /<polyline class="frontier-line" points="([^"]+)">/.exec(html)![1]!;
    expect(line).toBe(`${nano!.x.toFixed(1)},${nano!.y.toFixed(1)} ${mini!.x.toFixed(1)},${mini!.y.toFixed(1)}`);
    expect(html.match(/class="current-ring"/g)).toHaveLength(1);
  });

  it('keeps the page script-free: names are escaped text in the table, the chart and its tooltips', () => {
    expect(html).not.toMatch(/<(script|iframe|img|link|object|embed)\b/i);
    expect(html).toContain('<title>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; (x): score');
  });

  it('a price unknown for every model gives the table and says why there is no chart', () => {
    const unpriced = buildFrontier(
      [
        {
          suite: 's',
          current: { name: 'current', result: suiteOf('s', [caseOf('a', [{ score: 1, costUsd: null }])]) },
          candidates: [{ name: 'b', result: suiteOf('s', [caseOf('a', [{ score: 1, costUsd: null }])]) }],
        },
      ],
      { confidence: 0.98, margin: 0.05 },
    );
    const out = renderHtmlReport({ head: runOf([]), frontier: unpriced, generatedAt: 'x' });
    expect(out).toContain('No chart: no candidate has both a score and a known price.');
    expect(out.match(/<tr class="candidate /g)).toHaveLength(2);
    expect(out).not.toContain('<svg class="frontier-chart"');
  });
});

describe.skipIf(noBrowser)('the "Choose the model" section in headless Chromium', () => {
  let dir: string;
  let page: Page;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-frontier-html-'));
    await writeFile(join(dir, 'report.html'), html);
    page = await openPage(`file://${join(dir, 'report.html')}`);
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('shows the table beside the chart, every point on screen and no script ran', async () => {
    const rows = await page.evaluate<string[][]>(
      `[...document.querySelectorAll('#choose-the-model tr.candidate')].map((r) => [...r.cells].map((c) => c.textContent))`,
    );
    expect(rows.map((r) => [r[0], r[8]])).toEqual([
      ['current (main)', 'current'],
      ['mini', 'not worse by more than 5.0 pts'],
      ['nano', 'worse (by more than 5.0 pts)'],
      ['turbo', 'not cheaper'],
      [HOSTILE, 'not cheaper'],
    ]);
    type Box = { left: number; right: number; top: number; bottom: number; width: number };
    const layout = await page.evaluate<{ table: Box; svg: Box; points: { name: string; x: number; y: number }[] }>(
      `(() => {
        const svg = document.querySelector('#choose-the-model svg.frontier-chart');
        const table = document.querySelector('#choose-the-model table.frontier-table');
        return {
          table: table.getBoundingClientRect().toJSON(),
          svg: svg.getBoundingClientRect().toJSON(),
          points: [...svg.querySelectorAll('g.point')].map((g) => {
            const b = g.querySelector('circle[class^=p-]').getBoundingClientRect();
            return { name: g.dataset.name, x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }),
        };
      })()`,
    );
    expect(layout.points.map((p) => p.name)).toEqual(['current (main)', 'mini', 'nano', 'turbo', HOSTILE]);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.svg.left);
      expect(p.x).toBeLessThanOrEqual(layout.svg.right);
      expect(p.y).toBeGreaterThanOrEqual(layout.svg.top);
      expect(p.y).toBeLessThanOrEqual(layout.svg.bottom);
    }
    const at = Object.fromEntries(layout.points.map((p) => [p.name, p]));
    expect(at['nano']!.y).toBeGreaterThan(at['mini']!.y);
    expect(at['mini']!.x).toBeLessThan(at['current (main)']!.x);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.evaluate('document.querySelectorAll("img, script").length')).toBe(0);
    expect(layout.table.width).toBeGreaterThan(0);
  });
});
