// Retries live in the engine, not the adapter: the openai SDK ignores Retry-After above 60 s and its own
// backoff is not testable without real waiting. Here backoff sleeps through the Clock port (a fake clock
// makes tests instant) and jitter comes from the caller (derived from the request key: reproducible).
//
// The per-attempt timeout uses a real timer, not the Clock: it bounds real network time, and a fake
// clock whose sleep resolves at once would time every request out. Tests exercise it with a client that
// never answers until its signal aborts, so no assertion depends on how long it took.
import { ModelError, type RateLimitInfo } from '../model/types.js';
import type { Clock } from '../ports/clock.js';

export const DEFAULT_MAX_RETRY_WAIT_MS = 120_000;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** Retry-After waits from this long on are announced (a run that goes quiet for a minute looks hung). */
const LONG_WAIT_MS = 20_000;
/**
 * A Retry-After wait is stretched by up to this share (at most RETRY_AFTER_MAX_SPREAD_MS), never
 * shortened: requests refused together must not come back together into the next window.
 */
const RETRY_AFTER_SPREAD = 0.25;
const RETRY_AFTER_MAX_SPREAD_MS = 5_000;
/**
 * A 429 is the endpoint saying "later", not a failure of the request: rate-limit retries have their own
 * budget of at least this many (unless maxRetries is 0: no retries at all), so a long throttled run does
 * not lose samples that merely queued behind others.
 */
export const MIN_RATE_LIMIT_RETRIES = 8;

export interface RetryPolicy {
  /** Retries after the first attempt (maxRetries 2 → at most 3 attempts). */
  maxRetries: number;
  /** Per-attempt timeout; 0 or less disables it. */
  timeoutMs: number;
  /** Longest Retry-After honoured; longer ones are capped to this. */
  maxRetryWaitMs: number;
}

/**
 * Fans the run's abort signal out to in-flight attempts through ONE listener: a listener per attempt on
 * the run signal would trip Node's "possible EventTarget memory leak" warning at concurrency > 10.
 */
export class AbortHub {
  private readonly live = new Set<() => void>();
  readonly signal: AbortSignal | undefined;

  constructor(signal?: AbortSignal) {
    this.signal = signal;
    signal?.addEventListener(
      'abort',
      () => {
        for (const f of [...this.live]) f();
      },
      { once: true },
    );
  }

  /** Calls `f` on abort (at once if already aborted); returns the unregistration. */
  register(f: () => void): () => void {
    if (this.signal?.aborted) {
      f();
      return () => {};
    }
    this.live.add(f);
    return () => this.live.delete(f);
  }
}

/** Paces attempts to one provider (RateGovernor); told how each attempt ended. */
export interface AttemptPacer {
  admit(jitter01: () => number, sleep: (ms: number) => Promise<void>): Promise<void>;
  onAnswer(info: RateLimitInfo | undefined): void;
  onRateLimited(retryAfterMs: number | undefined, info: RateLimitInfo | undefined): void;
  onOtherFailure(): void;
}

export interface RetryEnv {
  clock: Clock;
  pacer?: AttemptPacer;
  /** Reads the rate-limit headers off a successful value (completions carry them). */
  rateLimitOf?: (value: unknown) => RateLimitInfo | undefined;
  /** The run's abort: stops waiting and attempting. */
  hub?: AbortHub;
  /** Jitter in [0,1) for an attempt number (1-based retry count). */
  jitter: (attempt: number) => number;
  /** Told when an endpoint asked for a longer wait than the cap allows. */
  onCappedWait?: (requestedMs: number, cappedMs: number) => void;
  /** Told before a wait of LONG_WAIT_MS or more that is not capped, so a quiet terminal is explained. */
  onLongWait?: (waitMs: number) => void;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number; latencyMs: number }
  | { ok: false; error: ModelError; attempts: number };

/** Exponential backoff with jitter: base·2^(retry-1), capped, scaled into [50%, 100%]. */
export function backoffMs(retry: number, jitter01: number): number {
  const raw = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, retry - 1));
  return Math.round(raw * (0.5 + 0.5 * jitter01));
}

/** The wait for a Retry-After: the asked time plus a jittered spread, capped by the policy. */
export function retryAfterWaitMs(retryAfterMs: number, jitter01: number, capMs: number): number {
  const spread = Math.min(retryAfterMs * RETRY_AFTER_SPREAD, RETRY_AFTER_MAX_SPREAD_MS);
  return Math.min(capMs, Math.round(retryAfterMs + jitter01 * spread));
}

/**
 * Sleeps on the clock, woken early by the run's abort through the hub (one listener on the run signal
 * for any number of waiters; a listener per waiting retry tripped MaxListenersExceededWarning).
 */
async function hubSleep(clock: Clock, ms: number, hub: AbortHub | undefined): Promise<void> {
  if (!hub?.signal) return clock.sleep(ms);
  const ctl = new AbortController();
  const unregister = hub.register(() => ctl.abort());
  try {
    await clock.sleep(ms, ctl.signal);
  } finally {
    unregister();
  }
}

/** Anything an adapter throws that is not a ModelError is a bug or an unexpected failure: not retried. */
function toModelError(e: unknown): ModelError {
  if (e instanceof ModelError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ModelError('client', `unexpected model client failure: ${message}`);
}

async function attemptOnce<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  clock: Clock,
  hub?: AbortHub,
): Promise<{ ok: true; value: T; latencyMs: number } | { ok: false; error: ModelError }> {
  const ctl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unregister: (() => void) | undefined;
  // The race makes a client that ignores its AbortSignal still unable to hang the run.
  const stop = new Promise<ModelError>((resolve) => {
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        const err = new ModelError('timeout', `no answer within ${timeoutMs} ms`);
        ctl.abort(err);
        resolve(err);
      }, timeoutMs);
    }
    unregister = hub?.register(() => {
      const err = new ModelError('aborted', 'run aborted');
      ctl.abort(err);
      resolve(err);
    });
  });
  const started = clock.monotonic();
  const call = fn(ctl.signal).then(
    (value) => ({ ok: true as const, value, latencyMs: clock.monotonic() - started }),
    (e: unknown) => ({ ok: false as const, error: toModelError(e) }),
  );
  try {
    const first = await Promise.race([call, stop.then((error) => ({ ok: false as const, error }))]);
    // When we aborted the attempt (timeout or run abort), the client's rejection typically says just
    // 'aborted'; the reason we aborted is the truth (a timeout is retryable, a run abort is not).
    if (!first.ok && ctl.signal.aborted && ctl.signal.reason instanceof ModelError)
      return { ok: false, error: ctl.signal.reason };
    return first;
  } finally {
    if (timer) clearTimeout(timer);
    unregister?.();
  }
}

export async function withRetries<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
  env: RetryEnv,
): Promise<RetryOutcome<T>> {
  const maxRetries = Math.max(0, Math.floor(policy.maxRetries));
  const maxRateLimitRetries = maxRetries === 0 ? 0 : Math.max(maxRetries, MIN_RATE_LIMIT_RETRIES);
  const sleep = (ms: number) => hubSleep(env.clock, ms, env.hub);
  const aborted = (attempts: number): RetryOutcome<T> => ({
    ok: false,
    error: new ModelError('aborted', 'run aborted while waiting to retry'),
    attempts,
  });
  let attempts = 0;
  let retries = 0;
  let rateLimitRetries = 0;
  for (;;) {
    if (env.pacer) {
      try {
        const n = attempts;
        await env.pacer.admit(() => env.jitter(1_000 + n), sleep);
      } catch {
        return aborted(attempts);
      }
      if (env.hub?.signal?.aborted) return aborted(attempts);
    }
    attempts++;
    const r = await attemptOnce(fn, policy.timeoutMs, env.clock, env.hub);
    if (r.ok) {
      env.pacer?.onAnswer(env.rateLimitOf?.(r.value));
      return { ok: true, value: r.value, attempts, latencyMs: r.latencyMs };
    }
    const error = r.error;
    const rateLimited = error.kind === 'rate-limit';
    if (rateLimited) env.pacer?.onRateLimited(error.retryAfterMs, error.rateLimit);
    else env.pacer?.onOtherFailure();
    const signal = env.hub?.signal;
    const budgetLeft = rateLimited ? rateLimitRetries < maxRateLimitRetries : retries < maxRetries;
    if (!error.retryable || !budgetLeft || signal?.aborted) return { ok: false, error, attempts };
    if (rateLimited) rateLimitRetries++;
    else retries++;
    let wait = backoffMs(rateLimited ? rateLimitRetries : retries, env.jitter(attempts));
    if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) {
      wait = retryAfterWaitMs(error.retryAfterMs, env.jitter(attempts), policy.maxRetryWaitMs);
      if (error.retryAfterMs > policy.maxRetryWaitMs) env.onCappedWait?.(error.retryAfterMs, policy.maxRetryWaitMs);
      else if (wait >= LONG_WAIT_MS) env.onLongWait?.(error.retryAfterMs);
    }
    try {
      await sleep(wait);
    } catch {
      return aborted(attempts);
    }
    if (signal?.aborted) return aborted(attempts);
  }
}
