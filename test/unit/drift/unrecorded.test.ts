// Kept nights (drift-unrecorded.json): merged into the history in time order, once, never re-adding what
// a full history has rolled out; a store that cannot take them keeps them for the next run.
import { describe, expect, it } from 'vitest';
import { emptyHistory, HistoryError, type HistoryFile } from '../../../src/core/drift/history.js';
import { mergeUnrecorded, parseUnrecorded, unrecordedFile } from '../../../src/core/drift/unrecorded.js';
import { mergeKept } from '../../../src/app/drift/unrecorded.js';
import { entry, ids } from './helpers.js';
import { memoryStore } from './memory.js';

const cases = ids(3).map((id) => ({ id, score: 1 }));
const drift = { historyLimit: 5, baselineRuns: 2 };
const withEntries = (...days: number[]): HistoryFile => ({
  ...emptyHistory('greeting'),
  entries: days.map((d) => entry(`run-${d}`, d, cases, { status: 'healthy' })),
});

describe('mergeUnrecorded', () => {
  it('inserts kept nights in time order and is idempotent', () => {
    const h = withEntries(1, 4);
    const kept = [
      entry('run-2', 2, cases, { status: 'inconclusive' }),
      entry('run-3', 3, cases, { status: 'inconclusive' }),
    ];
    const once = mergeUnrecorded(h, kept, drift);
    expect(once.entries.map((e) => e.runId)).toEqual(['run-1', 'run-2', 'run-3', 'run-4']);
    expect(mergeUnrecorded(once, kept, drift)).toBe(once);
    expect(once.state).toEqual(h.state);
  });

  it('does not re-add a night a full history has already rolled out', () => {
    const full = withEntries(3, 4, 5, 6, 7);
    expect(mergeUnrecorded(full, [entry('run-1', 1, cases)], drift)).toBe(full);
    // A newer one is merged within the bound (the baseline keeper decides which older night goes).
    const merged = mergeUnrecorded(full, [entry('run-8', 8, cases)], drift).entries.map((e) => e.runId);
    expect(merged).toHaveLength(5);
    expect(merged.at(-1)).toBe('run-8');
  });

  it('takes only its own suite', () => {
    expect(mergeUnrecorded(withEntries(1), [entry('x', 2, cases, { suite: 'other' })], drift).entries).toHaveLength(1);
  });
});

describe('parseUnrecorded', () => {
  it('round-trips and refuses foreign or damaged files by name', () => {
    const f = unrecordedFile([entry('run-2', 2, cases)], ['greeting: could not read the history']);
    expect(parseUnrecorded(JSON.stringify(f), 'f.json')).toEqual(f);
    expect(() => parseUnrecorded('{', 'f.json')).toThrow(HistoryError);
    expect(() => parseUnrecorded('{"kind":"evalgate-shard","entries":[]}', 'f.json')).toThrow(
      /f\.json: not an evalgate evalgate-drift-unrecorded file/,
    );
    expect(() => parseUnrecorded(JSON.stringify({ ...f, entries: [{ suite: 'x' }] }), 'f.json')).toThrow(
      /lacks suite, runId, time or cases/,
    );
  });
});

describe('mergeKept', () => {
  it('writes nothing when the history has every kept night already', async () => {
    const store = memoryStore();
    store.files.set('greeting', withEntries(1, 2));
    let writes = 0;
    const counted = {
      ...store,
      update: (s: string, c: (h: HistoryFile) => HistoryFile) => (writes++, store.update(s, c)),
    };
    expect(await mergeKept(counted, [entry('run-2', 2, cases)], drift)).toEqual({ added: 0, left: [], errors: [] });
    expect(writes).toBe(0);
  });

  it('keeps the nights of a suite whose history cannot be written, and merges the others', async () => {
    const store = memoryStore();
    const failing = {
      ...store,
      update: async (s: string, c: (h: HistoryFile) => HistoryFile) => {
        if (s === 'other') throw new Error('HTTP 403');
        return store.update(s, c);
      },
    };
    const kept = [entry('a', 1, cases), entry('b', 2, cases, { suite: 'other' })];
    const r = await mergeKept(failing, kept, drift);
    expect(r.added).toBe(1);
    expect(r.left.map((e) => e.runId)).toEqual(['b']);
    expect(r.errors).toEqual(['other: could not merge 1 kept night(s) into the history (memory): HTTP 403']);
    expect(store.files.get('greeting')!.entries.map((e) => e.runId)).toEqual(['a']);
  });
});
