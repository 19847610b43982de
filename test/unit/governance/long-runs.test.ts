// A var or an answer holding a run of millions of token characters (a base64 blob, padding) must be scanned,
// not crash the run: an unbounded regexp repetition overflowed V8's backtracking stack ("Maximum call stack
// size exceeded") and lost every suite of the run (issue 24, seen with an 11 MiB JSONL var).
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../src/core/governance/detectors/secret.js';

describe('secret detector on very long runs', () => {
  it('scans an 11 MiB run of token characters without overflowing, and still finds a key beside it', () => {
    const key = 'sk-proj-AbC123dEf456GhI789jKl012MnO345';
    const text = `${'x'.repeat(11 * 1024 * 1024)} and ${key} and sk-${'y'.repeat(2 * 1024 * 1024)}`;
    const found = findSecrets(text);
    expect([...new Set(found.map((f) => f.value))]).toEqual([key]); // (named by its pattern and by entropy)
  });
});
