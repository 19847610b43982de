import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/model/types.js';

describe('ModelError', () => {
  it('marks rate limits and server errors retryable, client errors not', () => {
    expect(new ModelError('rate-limit', 'x', { status: 429, retryAfterMs: 2000 }).retryable).toBe(true);
    expect(new ModelError('server', 'x', { status: 503 }).retryable).toBe(true);
    expect(new ModelError('client', 'x', { status: 400 }).retryable).toBe(false);
  });
});
