import { describe, expect, it } from 'vitest';
import {
  appendBounded,
  compactHistory,
  emptyHistory,
  normaliseOutput,
  outputDigest,
  parseHistory,
  serializeHistory,
  STORED_OUTPUT_CHARS,
  toHistoryEntry,
} from '../../../src/core/drift/history.js';
import { entry, ids, suiteResult } from './helpers.js';

const cases = ids(3).map((id) => ({ id, score: 1 }));

describe('history entries', () => {
  it('records aggregates, per-case digests and truncated outputs', () => {
    const long = 'x'.repeat(STORED_OUTPUT_CHARS + 50);
    const r = suiteResult(
      'greeting',
      [
        { id: 'a', score: 1, output: long },
        { id: 'b', score: 0, output: 'Hello  world\n' },
      ],
      { latency: 321, tokensOut: 42 },
    );
    const e = toHistoryEntry(r, { time: '2026-11-01T03:00:00.000Z', runId: 'r1', commit: 'abc', temperature: 0 });
    expect(e.aggregates.latencyP95).toBe(321);
    expect(e.aggregates.tokensOutPerRequest).toBe(42);
    expect(e.cases[0]!.output!.length).toBe(STORED_OUTPUT_CHARS + 1);
    expect(e.cases[0]!.outputDigest).toBe(outputDigest(long));
    expect(e.cases[1]!.outputDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(e.cases[1]!.pass).toBe(false);
    expect(e).toMatchObject({
      commit: 'abc',
      temperature: 0,
      servedModels: ['gpt-4o-mini-2024-07-18'],
      fingerprints: ['fp_1'],
    });
  });

  it('digests ignore whitespace layout but not wording', () => {
    expect(normaliseOutput(' Hello \r\n  world ')).toBe('Hello world');
    expect(outputDigest('Hello world')).toBe(outputDigest('Hello\n\nworld  '));
    expect(outputDigest('Hello world')).not.toBe(outputDigest('Hello World!'));
  });
});

describe('appendBounded', () => {
  it('keeps the newest `limit` entries and dedupes by runId', () => {
    let list = [entry('r0', 0, cases)];
    for (let i = 1; i < 10; i++) list = appendBounded(list, entry(`r${i}`, i, cases), 4);
    expect(list.map((e) => e.runId)).toEqual(['r6', 'r7', 'r8', 'r9']);
    const again = appendBounded(list, entry('r9', 9, [{ id: 'z', score: 0 }]), 4);
    expect(again.map((e) => e.runId)).toEqual(['r6', 'r7', 'r8', 'r9']);
    expect(again[3]!.cases[0]!.id).toBe('z');
  });

  it('never drops protected entries (pinned, baseline)', () => {
    let list = [entry('r0', 0, cases, { pinned: true }), entry('r1', 1, cases)];
    for (let i = 2; i < 10; i++)
      list = appendBounded(list, entry(`r${i}`, i, cases), 3, (e) => e.pinned === true || e.runId === 'r1');
    expect(list.map((e) => e.runId)).toEqual(['r0', 'r1', 'r9']);
  });

  it('orders entries by time when writers append out of order', () => {
    const list = appendBounded([entry('b', 2, cases)], entry('a', 1, cases), 5);
    expect(list.map((e) => e.runId)).toEqual(['a', 'b']);
  });
});

describe('compactHistory', () => {
  it('drops outputs except for baseline, pinned and the newest entries', () => {
    const list = [
      entry('r0', 0, cases),
      entry('r1', 1, cases),
      entry('r2', 2, cases, { pinned: true }),
      entry('r3', 3, cases),
    ];
    const out = compactHistory(list, (e) => e.runId === 'r0');
    expect(out.map((e) => e.cases[0]!.output !== undefined)).toEqual([true, false, true, true]);
    expect(out[1]!.cases[0]!.outputDigest).toBeDefined();
    // Per-sample digests go with the outputs; scores stay.
    expect(out.map((e) => e.cases[0]!.digests !== undefined)).toEqual([true, false, true, true]);
    expect(out[1]!.cases[0]!.scores).toEqual([1]);
  });
});

describe('history file', () => {
  it('round-trips and refuses other schema versions with a clear message', () => {
    const h = { ...emptyHistory('greeting'), entries: [entry('r0', 0, cases)] };
    expect(parseHistory(serializeHistory(h), 'x.json')).toEqual(h);
    expect(() => parseHistory('{"schemaVersion":9,"suite":"s","entries":[]}', 'h.json')).toThrow(
      /h\.json: history schemaVersion 9/,
    );
    expect(() => parseHistory('nope', 'h.json')).toThrow(/h\.json: history is not valid JSON/);
    expect(() => parseHistory('{"a":1}', 'h.json')).toThrow(/not an evalgate drift history/);
  });

  it('reads a version-1 file: its one digest per case becomes a one-sample list, nothing is dropped', () => {
    const v1 = {
      schemaVersion: 1,
      suite: 'greeting',
      state: { drifting: true, since: '2026-10-01T03:00:00.000Z' },
      entries: [
        {
          ...entry('r0', 0, cases),
          cases: [{ id: 'case-1', score: 1, pass: true, outputDigest: 'abcd', output: 'hi' }],
        },
      ],
    };
    const h = parseHistory(JSON.stringify(v1), 'old.json');
    expect(h.schemaVersion).toBe(2);
    expect(h.state).toEqual(v1.state);
    expect(h.entries[0]!.cases[0]).toEqual({
      id: 'case-1',
      score: 1,
      pass: true,
      outputDigest: 'abcd',
      output: 'hi',
      digests: ['abcd'],
    });
    expect(JSON.parse(serializeHistory(h)).schemaVersion).toBe(2);
  });
});
