// Paces one provider's live requests so a rate limit costs time, not samples. Three mechanisms:
// - Budget from headers: when the endpoint sends x-ratelimit-remaining/reset-requests (OpenAI, Azure,
//   most gateways), requests that would exceed the remaining budget wait for the reset instead of
//   being refused. The estimate is conservative: requests still out may not be counted by the server yet.
// - Cool-down on a 429: the whole provider waits out the Retry-After (not just the refused request),
//   so requests do not keep hammering a closed window; each waiter wakes with its own jitter.
// - AIMD concurrency: a 429 halves the provider's concurrency (once per cool-down), each run of
//   `concurrency` successes adds one back, up to the configured limit.
// Time is the Clock's monotonic time; waits go through the caller's sleep (abortable, fake in tests).
import type { RateLimitInfo } from '../model/types.js';

/** What the governor adjusts: p-limit's limiter exposes a settable `concurrency`. */
export interface Resizable {
  concurrency: number;
}

/** A stale header (an answer from the previous window) differs from the current reset by more than this. */
const SAME_WINDOW_MS = 25;
/** Margin after a reset or cool-down, so a waiter does not arrive a hair before the window opens. */
const WAKE_MARGIN_MS = 5;
/**
 * Spread of waiters' wake-ups after a pause: up to this share of the pause, at most MAX_SPREAD_MS (the
 * budget count decides who goes; the spread only keeps a crowd from landing on the same millisecond).
 */
const SPREAD_SHARE = 0.1;
const MAX_SPREAD_MS = 20;
/** Admission re-checks after a wait at most this often (a fake clock that does not advance cannot spin). */
const MAX_ADMIT_ROUNDS = 4;

export class RateGovernor {
  private pauseUntil = 0;
  /** Requests the endpoint will still take before `resetAt`; undefined when it never said. */
  private remaining: number | undefined;
  private limit: number | undefined;
  private resetAt = 0;
  /** The window was renewed locally (limit known, reset passed): the next header refines it, never raises it. */
  private renewed = false;
  private inflight = 0;
  private okSinceResize = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number,
    private readonly limiter: Resizable,
    /** The configured concurrency: AIMD never goes above it. */
    private readonly maxConcurrency: number,
    /** Longest pause honoured (the run's longest retry wait). */
    private readonly maxPauseMs: number,
  ) {}

  get concurrency(): number {
    return this.limiter.concurrency;
  }

  /** Waits (through `sleep`) until a request may go out, then counts it. */
  async admit(jitter01: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
    for (let round = 0; round < MAX_ADMIT_ROUNDS; round++) {
      const wait = this.waitMs();
      if (wait <= 0) break;
      await sleep(
        Math.min(
          this.maxPauseMs,
          wait + WAKE_MARGIN_MS + Math.round(jitter01() * Math.min(MAX_SPREAD_MS, wait * SPREAD_SHARE)),
        ),
      );
    }
    if (this.remaining !== undefined) this.remaining--;
    this.inflight++;
  }

  private waitMs(): number {
    const now = this.now();
    if (this.remaining !== undefined && now >= this.resetAt) {
      this.remaining = this.limit;
      this.renewed = this.limit !== undefined;
    }
    let until = this.pauseUntil;
    if (this.remaining !== undefined && this.remaining <= 0) until = Math.max(until, this.resetAt);
    return until - now;
  }

  /** An answer came back (any status but 429). */
  onAnswer(info: RateLimitInfo | undefined): void {
    this.inflight = Math.max(0, this.inflight - 1);
    this.observe(info);
    if (this.limiter.concurrency >= this.maxConcurrency) return;
    if (++this.okSinceResize >= this.limiter.concurrency) {
      this.limiter.concurrency = this.limiter.concurrency + 1;
      this.okSinceResize = 0;
    }
  }

  /** A 429: pause the provider for the Retry-After (or 1 s) and halve concurrency once per pause. */
  onRateLimited(retryAfterMs: number | undefined, info: RateLimitInfo | undefined): void {
    this.inflight = Math.max(0, this.inflight - 1);
    this.observe(info);
    const now = this.now();
    const pause = Math.min(this.maxPauseMs, retryAfterMs ?? 1_000);
    this.pauseUntil = Math.max(this.pauseUntil, now + pause);
    if (this.remaining !== undefined) this.remaining = Math.min(this.remaining, 0);
    if (now - this.lastCutAt >= pause) {
      this.lastCutAt = now;
      this.limiter.concurrency = Math.max(1, Math.floor(this.limiter.concurrency / 2));
      this.okSinceResize = 0;
    }
  }

  /** Any other failure (timeout, network, 5xx): the request is no longer out. */
  onOtherFailure(): void {
    this.inflight = Math.max(0, this.inflight - 1);
  }

  private observe(info: RateLimitInfo | undefined): void {
    if (!info) return;
    const now = this.now();
    if (info.limitRequests !== undefined) this.limit = info.limitRequests;
    if (info.remainingRequests !== undefined && info.resetRequestsMs !== undefined) {
      const resetAt = now + info.resetRequestsMs;
      const later = resetAt > this.resetAt + SAME_WINDOW_MS;
      if (this.remaining !== undefined && this.renewed) {
        // The local count since the renewal is exact for our own requests; the header adds others'.
        if (later) {
          this.remaining = Math.min(this.remaining, info.remainingRequests);
          this.resetAt = resetAt;
          this.renewed = false;
        }
      } else if (this.remaining === undefined || later) {
        // A window we did not count from its start: requests still out may not be in the header yet.
        this.remaining = info.remainingRequests - Math.max(0, this.inflight);
        this.resetAt = resetAt;
      } else if (resetAt >= this.resetAt - SAME_WINDOW_MS) {
        this.remaining = Math.min(this.remaining, info.remainingRequests);
      }
      // else: an answer from an earlier window, arriving late.
    }
    // Tokens cannot be counted ahead (a request's size is known only after): pause when they ran out.
    if (info.remainingTokens === 0 && info.resetTokensMs !== undefined) {
      this.pauseUntil = Math.max(this.pauseUntil, now + Math.min(this.maxPauseMs, info.resetTokensMs));
    }
  }
}
