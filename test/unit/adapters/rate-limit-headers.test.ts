import { describe, expect, it } from 'vitest';
import { parseDurationMs, parseRateLimitHeaders } from '../../../src/adapters/model/rate-limit-headers.js';

describe('rate-limit headers', () => {
  it('reads OpenAI durations', () => {
    expect(parseDurationMs('1s')).toBe(1_000);
    expect(parseDurationMs('6m0s')).toBe(360_000);
    expect(parseDurationMs('59ms')).toBe(59);
    expect(parseDurationMs('0.35s')).toBe(350);
    expect(parseDurationMs('1h2m3s')).toBe(3_723_000);
    expect(parseDurationMs('2')).toBe(2_000);
    expect(parseDurationMs('soon')).toBeUndefined();
    expect(parseDurationMs('5s later')).toBeUndefined();
  });

  it('keeps only the headers that were sent and readable', () => {
    const h = new Headers({
      'x-ratelimit-limit-requests': '500',
      'x-ratelimit-remaining-requests': '499',
      'x-ratelimit-reset-requests': '120ms',
      'x-ratelimit-remaining-tokens': 'lots',
    });
    expect(parseRateLimitHeaders(h)).toEqual({ limitRequests: 500, remainingRequests: 499, resetRequestsMs: 120 });
    expect(parseRateLimitHeaders(new Headers())).toBeUndefined();
    expect(parseRateLimitHeaders(undefined)).toBeUndefined();
  });
});
