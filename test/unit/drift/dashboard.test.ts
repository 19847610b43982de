import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePoints, renderDashboard } from '../../../src/core/drift/dashboard.js';
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
  a.entries = Array.from({ length: 12 }, (_, i) =>
    entry(`g${i}`, i, good.map((c, k) => ({ ...c, score: i >= 9 && k < 2 ? 0 : 1 })), { served: i < 6 ? 'm-1' : 'm-2', latency: 100 + i * 10, tokensOut: 20 + i, cost: 0.0001 * (1 + i / 10), status: i >= 9 ? 'drifted' : 'healthy' }),
  );
  a.state.drifting = true;
  const b = emptyHistory('extract<script>');
  b.entries = Array.from({ length: 4 }, (_, i) => entry(`e${i}`, i, good, { suite: 'extract<script>', promptVersion: i < 2 ? 'p1' : 'p2', cost: null }));
  return [a, b];
}

describe('renderDashboard', () => {
  it('draws four charts per suite, marks model and prompt changes, escapes names', () => {
    const html = renderDashboard(histories(), { generatedAt: '2026-11-01T00:00:00Z' });
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html.match(/<section class="suite"/g)).toHaveLength(2);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(7); // greeting 4, extract 3 (cost unknown → "no data")
    expect(html).toContain('extract&lt;script&gt;');
    expect(html.match(/class="model-change"/g)).toHaveLength(4); // one per chart of greeting
    expect(html).toContain('class="prompt-change"');
    expect(changePoints(histories()[0]!.entries).map((c) => c.index)).toEqual([6]);
  });
});

describe.skipIf(noBrowser)('dashboard in headless Chromium (Debian chromium; .ci/run installs it)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-dash-'));
    await writeFile(join(dir, 'index.html'), renderDashboard(histories(), { generatedAt: '2026-11-01T00:00:00Z' }));
  });
  afterAll(async () => {
    if (!process.env['EVALGATE_KEEP_DASHBOARD']) await rm(dir, { recursive: true, force: true });
    else console.log(`dashboard kept in ${dir}`);
  });
  const flags = (profile: string) => ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, profile)}`];

  it('renders: the DOM has the suites and their SVG charts, the screenshot is not empty', async () => {
    const url = `file://${join(dir, 'index.html')}`;
    const { stdout: dom } = await run(CHROMIUM, [...flags('p1'), '--dump-dom', url], { timeout: 60_000, maxBuffer: 20 * 1024 * 1024 });
    expect(dom.match(/<section class="suite"/g)).toHaveLength(2);
    expect(dom.match(/<svg class="chart"/g)).toHaveLength(7);
    expect(dom).toContain('data-metric="latency"');
    const png = join(dir, 'shot.png');
    await run(CHROMIUM, [...flags('p2'), '--window-size=1200,900', `--screenshot=${png}`, url], { timeout: 60_000 });
    expect((await stat(png)).size).toBeGreaterThan(10_000);
    expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
  }, 120_000);
});
