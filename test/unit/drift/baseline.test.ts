import { describe, expect, it } from 'vitest';
import { baselineKeeper, selectBaseline, viewBaseline } from '../../../src/core/drift/baseline.js';
import { entry, ids } from './helpers.js';

const ok = ids(4).map((id) => ({ id, score: 1 }));

describe('selectBaseline', () => {
  it('pools the first baselineRuns runs of the current (prompt, settings) segment, at least 3', () => {
    const p2 = (id: string, d: number, o = {}) => entry(id, d, ok, { promptVersion: 'p2', ...o });
    const hist = [
      entry('a1', 0, ok, { promptVersion: 'p1' }),
      p2('b1', 1),
      p2('b2', 2),
      p2('b3', 3),
      p2('b4', 4),
      p2('b5', 5),
    ];
    const now = p2('b6', 6);
    const b = selectBaseline(hist, now, 4)!;
    expect(b.kind).toBe('first-runs');
    expect(b.entries.map((e) => e.runId)).toEqual(['b1', 'b2', 'b3', 'b4']);
    // baselineRuns below 3 count as 3.
    expect(selectBaseline(hist, now, 1)!.entries.map((e) => e.runId)).toEqual(['b1', 'b2', 'b3']);
  });

  it('admits a judged night only once the next night is healthy; a suspicious check run never joins, its re-runs stand in', () => {
    const j = (id: string, d: number, status: 'healthy' | 'unconfirmed' | 'drifted' | 'unrecovered') =>
      entry(id, d, ok, { status });
    const base = [
      entry('c1', 0, ok, { status: 'baseline' }),
      entry('c2', 1, ok, { status: 'baseline' }),
      entry('c3', 2, ok, { status: 'baseline' }),
    ];
    const u1 = { ...j('u1', 4, 'unconfirmed'), reruns: [entry('u1-confirm1', 4, ok)] };
    const hist = [
      ...base,
      j('h1', 3, 'healthy'),
      u1,
      j('h2', 5, 'healthy'),
      j('d1', 6, 'drifted'),
      j('r1', 7, 'unrecovered'),
      j('h3', 8, 'healthy'),
      j('h4', 9, 'healthy'),
    ];
    const ids_ = selectBaseline(hist, entry('now', 10, ok), 30)!.entries.map((e) => e.runId);
    // h1: next night unconfirmed → out. u1: its re-run stands in. h2: next drifted → out. d1, r1 never. h3: next healthy → in. h4: on probation.
    expect(ids_).toEqual(['c1', 'c2', 'c3', 'u1-confirm1', 'h3']);
  });

  it('starts a new baseline after a prompt or settings change', () => {
    const hist = [0, 1, 2].map((d) => entry(`a${d}`, d, ok, { promptVersion: 'p1' }));
    expect(selectBaseline(hist, entry('b1', 3, ok, { promptVersion: 'p2' }), 3)).toBeUndefined();
    expect(selectBaseline(hist, entry('c1', 3, ok, { promptVersion: 'p1', settingsHash: 'other' }), 3)).toBeUndefined();
    expect(selectBaseline(hist, entry('a3', 3, ok, { promptVersion: 'p1' }), 3)?.entries[0]?.runId).toBe('a0');
  });

  it('a pin starts the baseline afresh (judged once 3 runs exist from the pin on); inconclusive runs are skipped', () => {
    const hist = [
      entry('r1', 0, ok, { status: 'inconclusive' }),
      entry('r2', 1, ok),
      entry('r3', 2, ok, { pinned: true }),
      entry('r4', 3, ok),
    ];
    expect(selectBaseline(hist, entry('r5', 4, ok), 30)).toBeUndefined();
    const more = [...hist, entry('r5', 4, ok)];
    expect(selectBaseline(more, entry('r6', 5, ok), 30)).toMatchObject({ kind: 'pinned', since: hist[2]!.time });
    expect(selectBaseline(more, entry('r6', 5, ok), 30)!.entries.map((e) => e.runId)).toEqual(['r3', 'r4', 'r5']);
    expect(
      selectBaseline(
        more.map((e) => ({ ...e, pinned: false })),
        entry('r6', 5, ok),
        30,
      )!.entries[0]!.runId,
    ).toBe('r2');
  });

  it('is undefined while the segment is still collecting its baseline runs', () => {
    expect(selectBaseline([entry('r1', 0, ok)], entry('r2', 1, ok), 3)).toBeUndefined();
  });
});

describe('baselineKeeper and viewBaseline', () => {
  it('protects the newest segment baseline and pins only', () => {
    const p2 = (id: string, d: number) => entry(id, d, ok, { promptVersion: 'p2' });
    const hist = [entry('a1', 0, ok, { promptVersion: 'p1' }), p2('b1', 1), p2('b2', 2), p2('b3', 3), p2('b4', 4)];
    const keep = baselineKeeper(hist, 1);
    expect(hist.map(keep)).toEqual([false, true, true, true, false]);
  });

  it('folds several baseline runs: mean scores, majority pass', () => {
    const runs = [
      entry('r1', 0, [{ id: 'x', score: 1, output: 'A' }]),
      entry('r2', 1, [{ id: 'x', score: 0, output: 'B' }]),
      entry('r3', 2, [{ id: 'x', score: 1, output: 'A' }]),
    ];
    const v = viewBaseline({ kind: 'first-runs', entries: runs, since: runs[0]!.time });
    const x = v.cases.get('x')!;
    expect(x.score).toBeCloseTo(2 / 3);
    expect(x.pass).toBe(true);
  });
});
