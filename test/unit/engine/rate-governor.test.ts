// The rate governor on a manual clock: what it makes requests wait for and how it resizes concurrency.
import { describe, expect, it } from 'vitest';
import { RateGovernor } from '../../../src/core/engine/rate-governor.js';
import { retryAfterWaitMs } from '../../../src/core/engine/retry.js';

function setup(max = 8) {
  let t = 0;
  const limiter = { concurrency: max };
  const sleeps: number[] = [];
  const g = new RateGovernor(() => t, limiter, max, 120_000);
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    t += ms;
  };
  return { g, limiter, sleeps, sleep, advance: (ms: number) => void (t += ms), now: () => t };
}

describe('RateGovernor', () => {
  it('lets requests through without waiting while the endpoint says nothing', async () => {
    const { g, sleeps, sleep } = setup();
    for (let i = 0; i < 20; i++) await g.admit(() => 0.5, sleep);
    expect(sleeps).toEqual([]);
  });

  it('holds requests beyond the remaining budget until the reset, then admits up to the limit', async () => {
    const { g, sleeps, sleep, now } = setup();
    await g.admit(() => 0, sleep);
    // The only request out comes back: 2 left in this window, which resets in 400 ms.
    g.onAnswer({ limitRequests: 3, remainingRequests: 2, resetRequestsMs: 400 });
    await g.admit(() => 0, sleep);
    await g.admit(() => 0, sleep);
    expect(sleeps).toEqual([]);
    await g.admit(() => 0, sleep); // the budget is spent: waits for the reset
    expect(sleeps).toHaveLength(1);
    expect(now()).toBeGreaterThanOrEqual(400);
    // The new window holds `limit` requests: two more go at once, the fourth waits again.
    await g.admit(() => 0, sleep);
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(1);
  });

  it('counts requests still out against the remaining budget (the server may not have seen them yet)', async () => {
    const { g, sleeps, sleep } = setup();
    for (let i = 0; i < 5; i++) await g.admit(() => 0, sleep);
    g.onAnswer({ remainingRequests: 4, resetRequestsMs: 1_000 }); // 4 others are still out
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(1);
  });

  it('ignores a late answer from an earlier window', async () => {
    const { g, sleeps, sleep, advance } = setup();
    await g.admit(() => 0, sleep);
    await g.admit(() => 0, sleep);
    g.onAnswer({ remainingRequests: 10, resetRequestsMs: 1_000 });
    advance(50);
    g.onAnswer({ remainingRequests: 0, resetRequestsMs: 2_000 }); // later window: taken
    advance(10);
    g.onAnswer({ remainingRequests: 9, resetRequestsMs: 900 }); // earlier window: ignored
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(1);
  });

  it('pauses the whole provider for the Retry-After of a 429, each waiter with its own jitter', async () => {
    const { g, sleeps, sleep } = setup();
    await g.admit(() => 0, sleep);
    g.onRateLimited(1_000, undefined);
    await g.admit(() => 0, sleep);
    await g.admit(() => 0.99, sleep);
    expect(sleeps).toHaveLength(1); // the second waiter finds the pause over
    expect(sleeps[0]).toBeGreaterThanOrEqual(1_000);
    expect(sleeps[0]).toBeLessThanOrEqual(1_025);
  });

  it('halves concurrency on a 429 once per pause and adds one back per `concurrency` answers', async () => {
    const { g, limiter, sleep, advance } = setup(8);
    for (let i = 0; i < 8; i++) await g.admit(() => 0, sleep);
    g.onRateLimited(1_000, undefined);
    g.onRateLimited(1_000, undefined); // the same burst: no second cut
    expect(limiter.concurrency).toBe(4);
    advance(1_000);
    g.onRateLimited(1_000, undefined);
    expect(limiter.concurrency).toBe(2);
    g.onAnswer(undefined);
    expect(limiter.concurrency).toBe(2);
    g.onAnswer(undefined);
    expect(limiter.concurrency).toBe(3);
    for (let i = 0; i < 100; i++) g.onAnswer(undefined);
    expect(limiter.concurrency).toBe(8); // never above the configured limit
    for (let i = 0; i < 10; i++) {
      advance(2_000);
      g.onRateLimited(1_000, undefined);
    }
    expect(limiter.concurrency).toBe(1); // never below one
  });

  it('pauses when the token budget ran out', async () => {
    const { g, sleeps, sleep } = setup();
    await g.admit(() => 0, sleep);
    g.onAnswer({ remainingTokens: 0, resetTokensMs: 3_000 });
    await g.admit(() => 0, sleep);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3_000);
  });
});

describe('retryAfterWaitMs', () => {
  it('never waits less than asked, spreads by up to 25 % (at most 5 s), and respects the cap', () => {
    expect(retryAfterWaitMs(1_000, 0, 120_000)).toBe(1_000);
    expect(retryAfterWaitMs(1_000, 0.999, 120_000)).toBe(1_250);
    expect(retryAfterWaitMs(60_000, 0.999, 120_000)).toBe(64_995);
    expect(retryAfterWaitMs(118_000, 0.999, 120_000)).toBe(120_000);
    const spread = new Set(Array.from({ length: 20 }, (_, i) => retryAfterWaitMs(1_000, i / 20, 120_000)));
    expect(spread.size).toBe(20);
  });
});

describe('RateGovernor across windows', () => {
  it('counts a renewed window from the limit, refined (never raised) by its first header, and ignores a stale one', async () => {
    const { g, sleeps, sleep } = setup(10);
    await g.admit(() => 0, sleep);
    g.onAnswer({ limitRequests: 4, remainingRequests: 0, resetRequestsMs: 100 });
    await g.admit(() => 0, sleep); // waits for the reset; the window renews with 4
    expect(sleeps).toHaveLength(1);
    await g.admit(() => 0, sleep);
    g.onAnswer({ limitRequests: 4, remainingRequests: 0, resetRequestsMs: 0 }); // stale: the old window
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(1);
    // Local count: 2 left. A header saying 3 does not raise it; one saying 1 (another client) lowers it.
    g.onAnswer({ limitRequests: 4, remainingRequests: 3, resetRequestsMs: 1_000 });
    g.onAnswer({ limitRequests: 4, remainingRequests: 1, resetRequestsMs: 990 });
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(1);
    await g.admit(() => 0, sleep);
    expect(sleeps).toHaveLength(2);
  });
});
