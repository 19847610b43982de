// `evalgate compare` on the bundled CLI (dist/cli.js) against the fake model: a frontier over three
// candidates. The current model (gpt-4o) passes ~90 % of the cases; gpt-4o-mini answers like it (same
// seeded outcome per case and sample) at a sixteenth of the price; gpt-4.1-nano fails most cases;
// gpt-4-turbo costs more. Expected: mini is named the cheapest not-worse candidate, nano is "worse",
// turbo is "not cheaper". The HTML report (`--html`, and the action's report.html) leads with the
// same frontier as a table and an inline-SVG chart, checked in headless Chromium where it is installed.
// `compare --batch` sends every model's requests through the fake's Batch API and must reach the same
// verdicts at half the price, a failed batch line asked again synchronously. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, openPage } from '../support/chromium.js';
import { type ActionRun, runActionProcess, runNode } from '../support/processes.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const DIST = resolve(import.meta.dirname, '../../dist/index.js');
const CASES = 40;
let model: FakeModel;
let dir: string;
/** Samples answered so far per model and case: a fresh run after `seen.clear()` draws the same answers. */
const seen = new Map<string, number>();

/** A per-(case, sample) uniform from a string, so two models can share their outcomes. */
function u(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

beforeAll(async () => {
  model = await startFakeModel({
    behavior: (req) => {
      const m = String(req.body.model);
      const key = `${m}|${req.lastUser}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const x = u(`${req.lastUser}#${k}`);
      const good = m === 'gpt-4.1-nano' ? x < 0.35 : x < 0.9;
      return {
        content: good ? `Hello ${req.lastUser}` : `Go away`,
        usage: { prompt_tokens: 30, completion_tokens: 10 },
        latencyMs: 1,
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-compare-e2e-'));
  await writeFile(join(dir, 'p.txt'), 'Greet customer {{n}}');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  main: { type: openai, model: gpt-4o, temperature: 0.7 }
  mini: { type: openai, model: gpt-4o-mini, temperature: 0.7 }
  nano: { type: openai, model: gpt-4.1-nano, temperature: 0.7 }
  turbo: { type: openai, model: gpt-4-turbo, temperature: 0.7 }
defaults: { provider: main, repeat: 3, concurrency: 8, candidates: [mini, nano, turbo] }
gate: { maxScoreDrop: 0.05 }
suites:
  - name: greeting
    prompt: p.txt
    traffic: { requestsPerMonth: 100000 }
    cases:
${Array.from({ length: CASES }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
    assert: [{ type: icontains, value: hello }]
`,
  );
});
/** What a browser shows of report.html's "Choose the model" section: table rows and chart points. */
async function chooseTheModel(file: string) {
  const page = await openPage(`file://${file}`);
  try {
    return await page.evaluate<{
      rows: string[][];
      points: { name: string; verdict: string; frontier: string; x: number; y: number; current: boolean }[];
      line: number;
      cases: number;
    }>(`(() => {
      const s = document.getElementById('choose-the-model');
      const svg = s.querySelector('svg.frontier-chart');
      return {
        rows: [...s.querySelectorAll('tr.candidate')].map((r) => [...r.cells].map((c) => c.textContent)),
        points: [...svg.querySelectorAll('g.point')].map((g) => {
          const b = g.querySelector('circle[class^=p-]').getBoundingClientRect();
          return { name: g.dataset.name, verdict: g.dataset.verdict, frontier: g.dataset.frontier,
            x: b.x + b.width / 2, y: b.y + b.height / 2, current: g.querySelector('.current-ring') !== null };
        }),
        line: svg.querySelector('polyline.frontier-line').points.numberOfItems,
        cases: document.querySelectorAll('section.suite tr.case').length,
      };
    })()`);
  } finally {
    await page.close();
  }
}

/** The report of the fixture: mini named, nano worse, the frontier nano → mini, every model's cases. */
function expectChooseTheModel(v: Awaited<ReturnType<typeof chooseTheModel>>) {
  expect(v.rows.map((r) => [r[0], r.at(-1)])).toEqual([
    ['current (main)', 'current'],
    ['mini', 'not worse by more than 5.0 pts'],
    ['nano', 'worse (by more than 5.0 pts)'],
    ['turbo', 'not cheaper'],
  ]);
  const at = Object.fromEntries(v.points.map((p) => [p.name, p]));
  expect(Object.keys(at)).toEqual(['current (main)', 'mini', 'nano', 'turbo']);
  expect(v.points.filter((p) => p.current).map((p) => p.name)).toEqual(['current (main)']);
  expect(v.points.filter((p) => p.frontier === 'true').map((p) => p.name)).toEqual(['mini', 'nano']);
  expect(v.line).toBe(2);
  // Cheaper to the left, a better score higher up.
  expect(at['nano']!.x).toBeLessThan(at['mini']!.x);
  expect(at['mini']!.x).toBeLessThan(at['current (main)']!.x);
  expect(at['current (main)']!.x).toBeLessThan(at['turbo']!.x);
  expect(at['nano']!.y).toBeGreaterThan(at['mini']!.y);
  expect(v.cases).toBe(4 * CASES);
}

afterAll(async () => {
  await model.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CLI))('evalgate compare (dist/cli.js)', () => {
  it('names the cheapest not-worse candidate, calls the clearly worse one worse, and charts the frontier', async () => {
    const args = ['compare', '--config', 'evalgate.yml', '--json', 'frontier.json', '--html', 'out/report.html'];
    const r = await runNode(CLI, [...args, '--no-cache'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', OPENAI_API_KEY: 'sk-compare-e2e-0123456789', OPENAI_BASE_URL: model.url },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('**Cheapest not worse than the current model: `mini`.**');
    expect(r.stdout).toMatch(/\| nano \| gpt-4\.1-nano \|.*\| worse \(by more than 5\.0 pts\) \|/);
    expect(r.stdout).toMatch(/\| turbo \| gpt-4-turbo \|.*\| not cheaper \|/);
    expect(r.stdout).toContain('xychart-beta');
    const report = JSON.parse(await readFile(join(dir, 'frontier.json'), 'utf8'));
    const byName = Object.fromEntries(report.suites[0].points.map((p: { name: string }) => [p.name, p]));
    expect(byName['mini'].verdict).toBe('not-worse');
    expect(byName['nano'].verdict).toBe('worse');
    expect(byName['mini'].onFrontier).toBe(true);
    expect(byName['turbo'].onFrontier).toBe(false);
    expect(byName['mini'].monthlyCostUsd).toBeCloseTo((100_000 * (30 * 0.15 + 10 * 0.6)) / 1e6, 9);
    const html = await readFile(join(dir, 'out/report.html'), 'utf8');
    expect(html).toContain('<h2>Choose the model</h2>');
    expect(html).not.toMatch(/<script\b/i);
    if (!noBrowser) expectChooseTheModel(await chooseTheModel(join(dir, 'out/report.html')));
  }, 180_000);
});

/** The action's compare mode (dist/index.js) on the fixture with extra inputs; `check` runs before its folder goes. */
async function compareAction(extra: Record<string, string>, check: (r: ActionRun) => Promise<void> | void) {
  const runDir = await mkdtemp(join(tmpdir(), 'evalgate-compare-action-'));
  try {
    const r = await runActionProcess({
      dist: DIST,
      dir: runDir,
      workspace: dir,
      event: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'octo/repo' } },
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      // Compare mode makes no GitHub call: nothing listens here.
      apiUrl: 'http://127.0.0.1:9',
      runId: '1',
      inputs: {
        config: 'evalgate.yml',
        mode: 'compare',
        'api-key': 'sk-compare-e2e-0123456789',
        'base-url': model.url,
        ...extra,
      },
      timeoutMs: 90_000,
    });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    await check(r);
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(DIST))('action mode: compare (dist/index.js)', () => {
  it('writes the frontier to the job summary and names the recommended candidate in a step output', async () => {
    await compareAction({}, async (r) => {
      expect(r.outputs['status']).toBe('compared');
      expect(r.outputs['recommended']).toBe('greeting:mini');
      expect(r.summary).toContain('**Cheapest not worse than the current model: `mini`.**');
      expect(r.summary).toContain('xychart-beta');
      const frontier = JSON.parse(r.outputs['frontier'] ?? '{}');
      const nano = frontier.suites[0].points.find((p: { name: string }) => p.name === 'nano');
      expect(nano.verdict).toBe('worse');
      expect(r.outputs['html-report']).toBe(join(r.outputs['report']!, '../report.html'));
      expect(readFileSync(r.outputs['html-report']!, 'utf8')).toContain('<h2>Choose the model</h2>');
      if (!noBrowser) expectChooseTheModel(await chooseTheModel(r.outputs['html-report']!));
    });
  }, 180_000);
});

describe.skipIf(!existsSync(DIST))('action mode: compare with estimate: true (dist/index.js)', () => {
  it('reports what every model of the comparison would cost and sends nothing', async () => {
    const before = model.requests.length;
    await compareAction({ estimate: 'true', batch: 'true' }, async (r) => {
      expect(r.outputs['status']).toBe('estimated');
      expect(model.requests.length).toBe(before);
      const est = JSON.parse(r.outputs['estimate'] ?? '{}');
      // 40 cases × repeat 3 under the current model and three candidates, all at the batch rate.
      expect(est.totals.requests).toEqual({ low: 480, high: 480 });
      expect(est.suites.map((s: { label: string; batch: boolean }) => [s.label, s.batch])).toEqual([
        ['current', true],
        ['mini', true],
        ['nano', true],
        ['turbo', true],
      ]);
      expect(r.summary).toContain('evalgate estimate (no request sent)');
    });
  });
});

const cli = (args: string[]) =>
  runNode(CLI, ['compare', '--config', 'evalgate.yml', '--no-cache', ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', OPENAI_API_KEY: 'sk-compare-e2e-0123456789', OPENAI_BASE_URL: model.url },
    timeoutMs: 120_000,
  });

interface Point {
  name: string;
  verdict: string;
  score: number;
  delta: number | null;
  onFrontier: boolean;
  costPerRequestUsd: number;
  monthlyCostUsd: number;
  batchedShare?: number;
}
const pointsOf = async (file: string): Promise<Point[]> =>
  JSON.parse(await readFile(join(dir, file), 'utf8')).suites[0].points;
/** What a comparison decides, without its prices. */
const decisions = (ps: Point[]) =>
  ps.map((p) => ({ name: p.name, verdict: p.verdict, score: p.score, delta: p.delta, onFrontier: p.onFrontier }));
/** Synchronous chat requests (the fake's batch lines carry x-fake-batch). */
const syncChats = () =>
  model.requests.filter((q) => q.path.endsWith('/chat/completions') && q.headers['x-fake-batch'] === undefined).length;

describe.skipIf(!existsSync(CLI))('evalgate compare --batch (dist/cli.js)', () => {
  it('reaches the same verdicts as the synchronous run at half the price, one batch per model', async () => {
    seen.clear();
    const s = await cli(['--json', 'sync.json']);
    expect(s.code, s.stderr).toBe(0);
    const sync = await pointsOf('sync.json');

    seen.clear();
    model.batches.setScript({ pollsInProgress: 0 });
    const batchesBefore = model.batches.batches.length;
    const chatsBefore = syncChats();
    const b = await cli(['--batch', '--json', 'batch.json']);
    expect(b.code, b.stderr).toBe(0);
    const batch = await pointsOf('batch.json');

    expect(decisions(batch)).toEqual(decisions(sync));
    expect(b.stdout).toContain('**Cheapest not worse than the current model: `mini`.**');
    for (const [i, p] of batch.entries()) {
      expect(p.costPerRequestUsd).toBeCloseTo(sync[i]!.costPerRequestUsd / 2, 12);
      expect(p.monthlyCostUsd).toBeCloseTo(sync[i]!.monthlyCostUsd / 2, 9);
      expect(p.batchedShare).toBe(1);
    }
    // Every request went through the Batch API: one file per model, nothing asked synchronously.
    expect(model.batches.batches.slice(batchesBefore).map((x) => x.lines)).toEqual([120, 120, 120, 120]);
    expect(syncChats()).toBe(chatsBefore);
    expect(b.stdout).toContain('Every cost is at Batch API prices');
  }, 180_000);

  it.skipIf(!existsSync(DIST))(
    'the action: compare mode with batch: true names the same candidate',
    async () => {
      seen.clear();
      model.batches.setScript({ pollsInProgress: 0 });
      const batchesBefore = model.batches.batches.length;
      // The action has no no-cache input: answers cached by the first action run would be reused.
      await rm(join(dir, '.evalgate-cache'), { recursive: true, force: true });
      await compareAction({ batch: 'true' }, async (r) => {
        expect(r.outputs['recommended']).toBe('greeting:mini');
        const points: Point[] = JSON.parse(r.outputs['frontier'] ?? '{}').suites[0].points;
        expect(points.map((p) => [p.name, p.verdict, p.batchedShare])).toEqual([
          ['current (main)', 'current', 1],
          ['mini', 'not-worse', 1],
          ['nano', 'worse', 1],
          ['turbo', 'not-cheaper', 1],
        ]);
        expect(model.batches.batches.length - batchesBefore).toBe(4);
      });
    },
    180_000,
  );

  it('a batch line that failed is asked synchronously and the verdicts still hold', async () => {
    seen.clear();
    const s = await cli(['--json', 'sync.json']);
    expect(s.code, s.stderr).toBe(0);
    seen.clear();
    // The first line of every model's batch fails with a 500.
    model.batches.setScript({ pollsInProgress: 0, failLine: (_id, i) => (i === 0 ? 500 : undefined) });
    const chatsBefore = syncChats();
    const b = await cli(['--batch', '--json', 'batch.json']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr.match(/: 1 of 120 requests not answered \(1× HTTP 500\); asked synchronously/g)).toHaveLength(4);
    expect(syncChats() - chatsBefore).toBe(4);
    const batch = await pointsOf('batch.json');
    expect(decisions(batch)).toEqual(decisions(await pointsOf('sync.json')));
    for (const p of batch) expect(p.batchedShare).toBeCloseTo(119 / 120, 12);
    expect(b.stdout).toContain(
      'Partly synchronous (failed or undone batch lines asked again): current (main), mini, nano, turbo.',
    );
  }, 180_000);
});
