import { describe, expect, it } from 'vitest';
import { baselineKeeper, selectBaseline, viewBaseline } from '../../../src/core/drift/baseline.js';
import { entry, ids } from './helpers.js';

const ok = ids(4).map((id) => ({ id, score: 1 }));

describe('selectBaseline', () => {
  it('uses the first baselineRuns runs of the current (prompt, settings) segment', () => {
    const hist = [entry('a1', 0, ok, { promptVersion: 'p1' }), entry('b1', 1, ok, { promptVersion: 'p2' }), entry('b2', 2, ok, { promptVersion: 'p2' }), entry('b3', 3, ok, { promptVersion: 'p2' })];
    const now = entry('b4', 4, ok, { promptVersion: 'p2' });
    const b = selectBaseline(hist, now, 2)!;
    expect(b.kind).toBe('first-runs');
    expect(b.entries.map((e) => e.runId)).toEqual(['b1', 'b2']);
  });

  it('starts a new baseline after a prompt or settings change', () => {
    const hist = [entry('a1', 0, ok, { promptVersion: 'p1' })];
    expect(selectBaseline(hist, entry('b1', 1, ok, { promptVersion: 'p2' }), 1)).toBeUndefined();
    expect(selectBaseline(hist, entry('c1', 1, ok, { promptVersion: 'p1', settingsHash: 'other' }), 1)).toBeUndefined();
    expect(selectBaseline(hist, entry('a2', 1, ok, { promptVersion: 'p1' }), 1)?.entries[0]!.runId).toBe('a1');
  });

  it('prefers the newest pin of the segment and skips inconclusive runs', () => {
    const hist = [entry('r1', 0, ok, { status: 'inconclusive' }), entry('r2', 1, ok), entry('r3', 2, ok, { pinned: true }), entry('r4', 3, ok)];
    expect(selectBaseline(hist, entry('r5', 4, ok), 1)).toMatchObject({ kind: 'pinned', since: hist[2]!.time });
    expect(selectBaseline(hist.filter((e) => !e.pinned), entry('r5', 4, ok), 1)!.entries[0]!.runId).toBe('r2');
  });

  it('is undefined while the segment is still collecting its baseline runs', () => {
    expect(selectBaseline([entry('r1', 0, ok)], entry('r2', 1, ok), 3)).toBeUndefined();
  });
});

describe('baselineKeeper and viewBaseline', () => {
  it('protects the newest segment baseline and pins only', () => {
    const hist = [entry('a1', 0, ok, { promptVersion: 'p1' }), entry('b1', 1, ok, { promptVersion: 'p2' }), entry('b2', 2, ok, { promptVersion: 'p2' })];
    const keep = baselineKeeper(hist, 1);
    expect(hist.map(keep)).toEqual([false, true, false]);
  });

  it('folds several baseline runs: mean scores, majority pass, all digests', () => {
    const runs = [
      entry('r1', 0, [{ id: 'x', score: 1, output: 'A' }]),
      entry('r2', 1, [{ id: 'x', score: 0, output: 'B' }]),
      entry('r3', 2, [{ id: 'x', score: 1, output: 'A' }]),
    ];
    const v = viewBaseline({ kind: 'first-runs', entries: runs, since: runs[0]!.time });
    const x = v.cases.get('x')!;
    expect(x.score).toBeCloseTo(2 / 3);
    expect(x.pass).toBe(true);
    expect(x.digests.size).toBe(2);
  });
});
