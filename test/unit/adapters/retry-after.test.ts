// Retry-After parsing: retry-after-ms wins, seconds may be fractional, HTTP dates count from "now",
// garbage is ignored — and nothing is capped here (the engine caps and tells the user).
import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from '../../../src/adapters/model/retry-after.js';

const h = (o: Record<string, string>) => new Headers(o);
const NOW = Date.parse('2026-11-01T12:00:00Z');

describe('parseRetryAfterMs', () => {
  it.each([
    [{ 'retry-after': '7' }, 7000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': '3600' }, 3_600_000],
    [{ 'retry-after-ms': '250.4' }, 251],
    [{ 'retry-after-ms': '20', 'retry-after': '9' }, 20],
    [{ 'retry-after-ms': 'soon', 'retry-after': '9' }, 9000],
    [{ 'retry-after': 'Sun, 01 Nov 2026 12:01:30 GMT' }, 90_000],
    [{ 'retry-after': 'Sun, 01 Nov 2026 11:00:00 GMT' }, 0],
  ])('%j → %d ms', (headers, ms) => {
    expect(parseRetryAfterMs(h(headers), NOW)).toBe(ms);
  });

  it.each([[{}], [{ 'retry-after': 'later' }], [{ 'retry-after': '-3' }]])('%j → undefined', (headers) => {
    expect(parseRetryAfterMs(h(headers), NOW)).toBeUndefined();
  });

  it('handles missing headers', () => {
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
  });
});
