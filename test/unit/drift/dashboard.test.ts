import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePoints, renderDashboard, scoreGuides } from '../../../src/core/drift/dashboard.js';
import { emptyHistory, type HistoryFile } from '../../../src/core/drift/history.js';
import { entry, ids } from './helpers.js';

const run = promisify(execFile);
// Debian's chromium (what .ci/run installs), or the Chrome that GitHub's Ubuntu runners ship.
const CHROMIUM =
  process.env['EVALGATE_CHROMIUM'] ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';
// A developer machine without a browser skips the render check; CI (CI=true) never does.
const noBrowser = !existsSync(CHROMIUM) && !process.env['CI'];

function histories(): HistoryFile[] {
  const good = ids(5).map((id) => ({ id, score: 1 }));
  const a = emptyHistory('greeting');
  a.entries = Array.from({ length: 12 }, (_, i) => {
    const e = entry(
      `g${i}`,
      i,
      good.map((c, k) => ({ ...c, score: i >= 9 && k < 2 ? 0 : k === i % 5 && i < 9 ? 0.5 : 1 })),
      {
        served: i < 6 ? 'm-1' : 'm-2',
        latency: 100 + i * 10,
        tokensOut: 20 + i,
        cost: 0.0000028 * (1 + i / 10),
        status: i < 3 ? 'baseline' : i >= 9 ? 'drifted' : 'healthy',
      },
    );
    e.runUrl = `https://github.test/o/r/actions/runs/${100 + i}`;
    return e;
  });
  a.state.drifting = true;
  const b = emptyHistory('extract<script>');
  b.entries = Array.from({ length: 4 }, (_, i) =>
    entry(`e${i}`, i, good, {
      suite: 'extract<script>',
      promptVersion: i < 2 ? 'p1' : 'p2',
      cost: null,
      status: 'baseline',
    }),
  );
  return [a, b];
}

const opts = {
  generatedAt: '2026-11-01T00:00:00Z',
  issues: new Map([['greeting', { number: 7, url: 'https://github.test/o/r/issues/7' }]]),
};

describe('renderDashboard', () => {
  it('an index of all suites, one status each with the open issue, four charts per suite, escaped names', () => {
    const html = renderDashboard(histories(), opts);
    expect(html).not.toMatch(/<script|src="http/);
    expect(html).toContain('<nav class="index"');
    expect(html).toContain('<a href="#suite-greeting">greeting</a> <span class="status drifting">drifting</span>');
    expect(html).toContain('<a href="https://github.test/o/r/issues/7">issue #7</a>');
    expect(html.match(/<section class="suite"/g)).toHaveLength(2);
    // One status per suite: never "healthy" and "drifting" side by side.
    const greeting = html.slice(html.indexOf('<section class="suite" id="suite-greeting"'));
    expect(greeting.slice(0, greeting.indexOf('</h2>')).match(/class="status/g)).toHaveLength(1);
    expect(html).toContain('<span class="status collecting">collecting baseline</span>');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(7); // greeting 4, extract 3 (cost unknown → "no data")
    expect(html).toContain('extract&lt;script&gt;');
    expect(html.match(/class="model-change"/g)).toHaveLength(4); // one per chart of greeting
    expect(html).toContain('class="prompt-change"');
    expect(changePoints(histories()[0]!.entries).map((c) => c.index)).toEqual([6]);
  });

  it('draws what the monitor decides on: baseline, a quiet night’s band, the alarm line; cost per 1,000 requests; values and run links on points', () => {
    const html = renderDashboard(histories(), opts);
    const g = scoreGuides(histories()[0]!.entries)!;
    expect(g.runs).toBe(8); // the drifted runs never join the baseline, nor the night before them (its next night was not healthy)
    expect(g.bandLow).toBeLessThan(g.baseline);
    expect(g.alarm).toBeLessThan(g.baseline);
    const score = html.slice(html.indexOf('data-metric="score"'));
    expect(score).toMatch(/<rect class="band"/);
    expect(score).toMatch(/<line class="baseline"[^>]*><title>baseline 0\.9\d\d \(8 runs pooled\)/);
    expect(score).toMatch(/<line class="alarm"/);
    expect(html).toContain('Cost per 1,000 requests (USD)');
    expect(html).not.toMatch(/0\.00000\d/);
    expect(html).toMatch(/\$0\.0028|\$0\.0031/);
    expect(html).toContain(
      '<a href="https://github.test/o/r/actions/runs/111" aria-label="2026-10-12 03:00 UTC · 0.600 · drifted · run g11">',
    );
    expect(html).toMatch(/<g tabindex="0" role="img" aria-label="2026-10-0\d 03:00 UTC/); // no run URL: still focusable
    // More than two dates on the x axis.
    expect(score.slice(0, score.indexOf('</svg>')).match(/class="tick"[^>]*>10-\d\d</g)!.length).toBeGreaterThanOrEqual(
      4,
    );
    expect(html).toContain('<details class="runs"><summary>Runs (newest first)</summary>');
  });
});

describe.skipIf(noBrowser)('dashboard in headless Chromium (Debian chromium; .ci/run installs it)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-dash-'));
    await writeFile(join(dir, 'index.html'), renderDashboard(histories(), opts));
  });
  afterAll(async () => {
    if (!process.env['EVALGATE_KEEP_DASHBOARD']) await rm(dir, { recursive: true, force: true });
    else console.log(`dashboard kept in ${dir}`);
  });
  const flags = (profile: string) => [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(dir, profile)}`,
  ];

  it('renders at desktop and phone widths: the DOM has the index, the suites and their charts; the screenshots are not empty', async () => {
    const url = `file://${join(dir, 'index.html')}`;
    const { stdout: dom } = await run(CHROMIUM, [...flags('p1'), '--dump-dom', url], {
      timeout: 60_000,
      maxBuffer: 20 * 1024 * 1024,
    });
    expect(dom).toContain('<nav class="index"');
    expect(dom.match(/<section class="suite"/g)).toHaveLength(2);
    expect(dom.match(/<svg class="chart"/g)).toHaveLength(7);
    expect(dom).toContain('data-metric="latency"');
    for (const [name, size] of [
      ['desktop', '1280,2400'],
      ['phone', '390,2400'],
    ] as const) {
      const png = join(dir, `${name}.png`);
      await run(
        CHROMIUM,
        [
          ...flags(`p-${name}`),
          `--window-size=${size}`,
          '--hide-scrollbars',
          '--run-all-compositor-stages-before-draw',
          '--virtual-time-budget=3000',
          `--screenshot=${png}`,
          url,
        ],
        { timeout: 60_000 },
      );
      const bytes = await readFile(png);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect((await stat(png)).size).toBeGreaterThan(10_000);
      // The PNG header's width is the window's: the page was laid out at that width.
      expect(bytes.readUInt32BE(16)).toBe(Number(size.split(',')[0]));
    }
  }, 180_000);
});
