import { describe, expect, it } from 'vitest';
import { scoreChartMermaid, scoreTableMarkdown, uniqueLabels } from '../../../src/core/drift/chart.js';
import { DriftSchema } from '../../../src/core/config/schema.js';
import {
  driftIssueTitle,
  driftMarker,
  MAX_BODY_CHARS,
  renderDriftIssueBody,
  renderPersistComment,
  renderRecoveryComment,
  type DriftIssueInput,
} from '../../../src/core/drift/issue-body.js';
import { computeSignals } from '../../../src/core/drift/signals.js';
import { entry, ids } from './helpers.js';

const drift = DriftSchema.parse({});

function input(nowOutput: (id: string) => string, n = 40, failing = 6): DriftIssueInput {
  const good = ids(n).map((id) => ({ id, score: 1, output: `fine ${id}` }));
  const history = Array.from({ length: 35 }, (_, i) => entry(`r${i}`, i, good, { status: 'healthy' }));
  const baseline = { kind: 'first-runs' as const, entries: history.slice(0, 30), since: history[0]!.time };
  const now = entry(
    'now',
    40,
    good.map((c, i) => (i < failing ? { id: c.id, score: 0, output: nowOutput(c.id) } : c)),
    { served: 'gpt-4o-mini-2025-09-09', fp: 'fp_new' },
  );
  now.status = 'drifted';
  const report = computeSignals(baseline, [now], { mode: 'confirm', prevCusum: 0 }, drift);
  for (const f of report.flipped)
    f.failing = { failed: 3, samples: 3, reasons: ['icontains: does not contain "hello"'], outputs: [nowOutput(f.id)] };
  return {
    suite: 'greeting',
    entry: now,
    history: [...history, now],
    baseline,
    report,
    since: now,
    confirmations: 1,
    healthyStreak: 0,
    recoverAfter: 2,
    runUrl: 'https://github.test/o/r/actions/runs/1',
  };
}

describe('drift issue body', () => {
  it('has the marker, title, what changed, every signal, chart + table, flipped cases, models and the run link', () => {
    const body = renderDriftIssueBody(input((id) => `broken ${id}`));
    expect(driftIssueTitle('greeting')).toBe('evalgate drift: greeting');
    expect(body.startsWith(driftMarker('greeting'))).toBe(true);
    expect(body).toContain('### What changed');
    for (const label of [
      'Mean score',
      'Cases pass → fail',
      'Outputs changed',
      'Output tokens / request',
      'p95 latency (ms)',
      'Cost / 1,000 requests (USD)',
      'Served model / fingerprint',
    ])
      expect(body).toContain(`| ${label} |`);
    expect(body).toContain('```mermaid\nxychart-beta');
    expect(body).toMatch(/title "Score of greeting, last 30 runs"/);
    expect(body).toContain('| Run (UTC) | Score |');
    expect(body).toContain('<code>case-1</code>: score 1.00 → 0.00');
    expect(body).toContain('fine case-1');
    expect(body).toContain('broken case-1');
    expect(body).toContain('gpt-4o-mini-2025-09-09');
    expect(body).toContain('[run now](https://github.test/o/r/actions/runs/1)');
    expect(body).toContain('confirmed by 1 re-run.');
    expect(body).not.toMatch(/\(s\)/);
    // Since when the new model is served, and every table ends before the next block.
    expect(body).toContain('The current model / fingerprint is served since 2026-11-10 03:00 UTC.');
    expect(body).toMatch(/\| Now \| `gpt-4o-mini-2025-09-09 \(fp_new\)` \|\n\nThe current model/);
    expect(body).toMatch(/UTC\.\n\n### Cases that flipped from pass to fail \(6\)/);
    expect(renderPersistComment(input((id) => `broken ${id}`))).toMatch(/\|\n\n### Cases that flipped/);
  });

  it('says how many values governance redacted from the run, only when there were some', () => {
    const i = input((id) => `broken ${id}`);
    expect(renderDriftIssueBody(i)).not.toContain('redacted');
    expect(renderDriftIssueBody({ ...i, entry: { ...i.entry, redactions: 3 } })).toContain(
      'Governance: 3 personal-data or secret values redacted from the outputs of this run.',
    );
  });

  it('says what the check cost and what the Batch API saved, in the issue and in the persist comment', () => {
    const i = input((id) => `broken ${id}`);
    expect(renderDriftIssueBody(i)).not.toContain('This check cost');
    const checkCost = {
      modelUsd: 0.01,
      evalUsd: 0,
      priceUnknown: false,
      cache: { hits: 0, savedUsd: 0 },
      sequential: { notSent: 0, savedUsd: 0 },
      batch: { requests: 40, savedUsd: 0.01 },
    };
    const line = 'This check cost $0.01; saved $0.01 by the Batch API (40 requests at half price).';
    expect(renderDriftIssueBody({ ...i, checkCost })).toContain(line);
    expect(renderPersistComment({ ...i, checkCost })).toContain(line);
  });

  it('says nothing about a model change when the model did not change', () => {
    const i = input((id) => `broken ${id}`);
    const same = {
      ...i,
      entry: { ...i.entry, servedModels: i.history[0]!.servedModels, fingerprints: i.history[0]!.fingerprints },
    };
    const report = computeSignals(i.baseline!, [same.entry], { mode: 'confirm', prevCusum: 0 }, drift);
    expect(renderDriftIssueBody({ ...same, history: [...i.history.slice(0, -1), same.entry], report })).not.toContain(
      'is served since',
    );
  });

  it('escapes hostile model outputs: no HTML, no pings, no forged marker, unbreakable fences', () => {
    const evil = () => '<!-- evalgate:drift suite=other -->\n<img src=x onerror=alert(1)> @admin #1 ```` ``` done';
    const body = renderDriftIssueBody(input(evil));
    expect(body.match(/<!-- evalgate:drift suite=/g)).toHaveLength(1);
    // The output (with its <img>, @mention and #ref) only appears inside a fence longer than any backtick
    // run it contains, where GitHub renders no HTML and links no mentions.
    for (const needle of ['<img', '@admin']) {
      let at = body.indexOf(needle);
      expect(at).toBeGreaterThan(-1);
      while (at > -1) {
        const open = body.lastIndexOf('`````text\n', at);
        const close = body.indexOf('\n`````', at);
        expect(open).toBeGreaterThan(-1);
        expect(close).toBeGreaterThan(at);
        expect(body.slice(open + 10, at)).not.toContain('\n`````');
        at = body.indexOf(needle, at + 1);
      }
    }
  });

  it('stays under 65,536 characters with many long flipped outputs and says what was left out', () => {
    const body = renderDriftIssueBody(input((id) => `${id} ${'x'.repeat(5000)}`, 200, 200));
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body).toMatch(/and \d+ more flipped case\(s\)/);
    expect(renderPersistComment(input((id) => 'y'.repeat(3000) + id, 200, 200)).length).toBeLessThanOrEqual(
      MAX_BODY_CHARS,
    );
  });

  it('keeps a hostile suite name from breaking the marker', () => {
    for (const name of ['a --> <b>', 'x -->y', 'ok\n<!-- evalgate:drift suite=z -->']) {
      const m = driftMarker(name);
      expect(m).toMatch(/^<!-- evalgate:drift suite=[A-Za-z0-9._-]+ -->$/);
      expect(m.match(/-->/g)).toHaveLength(1);
    }
    expect(driftMarker('greeting')).not.toBe(driftMarker('greeting2'));
  });

  it('renders persistence and recovery comments', () => {
    const i = input((id) => `broken ${id}`);
    expect(renderPersistComment(i)).toContain('Still drifting');
    expect(renderRecoveryComment({ ...i, healthyStreak: 2 })).toContain('Recovered: 2 healthy runs in a row');
  });
});

describe('score chart', () => {
  it('plots the last 30 scored runs and skips runs without a score', () => {
    const list = Array.from({ length: 40 }, (_, i) => entry(`r${i}`, i, [{ id: 'a', score: i % 2 ? 1 : 0.5 }]));
    list[39]!.aggregates.meanScore = null;
    const m = scoreChartMermaid('greeting', list);
    const values = /line \[(.*)\]/.exec(m)![1]!.split(', ');
    expect(values).toHaveLength(30);
    expect(values.at(-1)).toBe('0.500'); // r38; r39 has no score
    expect(m).toMatch(/y-axis "mean score" 0\.45 --> 1\.00/);
    expect(scoreTableMarkdown(list).split('\n')).toHaveLength(32);
  });

  it('keeps x-axis labels unique (Mermaid would merge two runs of the same minute into one band)', () => {
    expect(uniqueLabels(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a (2)', 'a (3)']);
    const twice = [entry('r1', 1, [{ id: 'a', score: 1 }]), entry('r2', 1, [{ id: 'a', score: 0.5 }])];
    const m = scoreChartMermaid('greeting', twice);
    expect(m).toContain('x-axis ["10-02 03:00", "10-02 03:00 (2)"]');
    expect(m).toContain('line [1.000, 0.500]');
  });
});
