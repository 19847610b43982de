// The one place an Octokit is built (gate and drift share it): @actions/github's getOctokit (Octokit core
// with the REST methods and pagination, `GITHUB_API_URL` as the API root, the runner's proxy) plus
// plugin-retry (5xx and network errors) and plugin-throttling (primary and secondary rate limits),
// retrying a bounded number of times and logging each wait, so a busy API slows a run down instead of
// failing it.
// Waits are capped in time too: GitHub may ask for `retry-after: 900`, or a primary limit may reset in
// an hour, and a CI step that sleeps that long (per attempt) looks hung and burns runner minutes. A wait
// that would take one call past RATE_LIMIT_WAIT.perCallS, or the client (one run) past .perRunS, is not
// made: the call fails with GitHub's answer, which errors.ts names for what it is.
// This module is imported lazily (it loads @actions/github's client, undici included): see run.ts.
import { getOctokit } from '@actions/github';
import { retry, type RetryOptions } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { proxyFetchFromEnv } from '../http/proxy-fetch.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The API root when the caller names none (github.com); GHES and tests pass theirs. */
export const DEFAULT_API_URL = 'https://api.github.com';

/** Seconds of rate-limit waiting allowed per call and per client (docs/action.md, "Rate limits"). */
export const RATE_LIMIT_WAIT = { perCallS: 120, perRunS: 300 } as const;

export interface CreateOctokitOptions {
  token: string;
  /**
   * API root, e.g. the context's GITHUB_API_URL (GitHub Enterprise: `https://HOST/api/v3`, or a fake in
   * tests). Default DEFAULT_API_URL, never the process's GITHUB_API_URL: the CLI and the monitor read their
   * own environment, and pass what they found.
   */
  baseUrl?: string;
  log?: (message: string) => void;
  /** Rate-limit retries per request (default 3). */
  maxRateLimitRetries?: number;
  /** Caps of rate-limit waits in seconds (default RATE_LIMIT_WAIT). */
  rateLimitWait?: { perCallS: number; perRunS: number };
  /** Retries of 5xx/network errors (default 3). */
  retries?: number;
  /**
   * Milliseconds per "second" of wait: 1000 in production; tests pass a small value so backoffs and
   * Retry-After waits do not slow them. Applies to both plugins.
   */
  retryUnitMs?: number;
  /** Passed through to plugin-throttling (tests may pass their own `write` group to skip GitHub's 1 s write spacing). */
  throttle?: Partial<ThrottlingOptions>;
  userAgent?: string;
  /**
   * Masks secrets in what is written to GitHub (comment and issue bodies, titles, commit messages, file
   * contents of the contents API): the last gate before anything becomes public.
   */
  scrub?: (text: string) => string;
  /**
   * Proxy variables (HTTPS_PROXY, NO_PROXY…) are read from here (the monitor passes a target's); default
   * process.env, where @actions/github reads them.
   */
  env?: Record<string, string | undefined>;
}

/** Request parameters that carry text we wrote. */
const TEXT_PARAMS = ['body', 'title', 'message'] as const;

/** Applies `scrub` to the text parameters of a request, and to base64 `content` (contents API) decoded. */
export function scrubRequest(options: Record<string, unknown>, scrub: (text: string) => string): void {
  for (const k of TEXT_PARAMS) {
    const v = options[k];
    if (typeof v === 'string') options[k] = scrub(v);
  }
  const content = options['content'];
  if (typeof content === 'string') {
    const text = Buffer.from(content, 'base64').toString('utf8');
    const clean = scrub(text);
    if (clean !== text) options['content'] = Buffer.from(clean, 'utf8').toString('base64');
  }
}

export function createOctokit(opts: CreateOctokitOptions): GitHubClient {
  const log = opts.log ?? (() => {});
  const maxRateRetries = opts.maxRateLimitRetries ?? 3;
  const unit = opts.retryUnitMs ?? 1000;
  const caps = opts.rateLimitWait ?? RATE_LIMIT_WAIT;
  // Seconds waited per call (the plugin passes the same options object to every retry of a call) and in all.
  const callWaits = new WeakMap<object, number>();
  let runWaited = 0;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
      const callWaited = callWaits.get(options) ?? 0;
      if (retryCount >= maxRateRetries) {
        log(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempts`);
        return false;
      }
      if (callWaited + retryAfter > caps.perCallS || runWaited + retryAfter > caps.perRunS) {
        const cap =
          callWaited + retryAfter > caps.perCallS
            ? `${caps.perCallS} s per call`
            : `${caps.perRunS} s per run, ${runWaited} s waited so far`;
        log(
          `GitHub ${kind} on ${what}: GitHub asks to wait ${retryAfter} s, more than evalgate waits (${cap}): giving up`,
        );
        return false;
      }
      callWaits.set(options, callWaited + retryAfter);
      runWaited += retryAfter;
      log(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (attempt ${retryCount + 2} of ${maxRateRetries + 1})`);
      return true;
    };
  // 429 is left to plugin-throttling, which waits for the rate-limit reset instead of a blind backoff.
  const retryOpts: RetryOptions = {
    retries: opts.retries ?? 3,
    retryAfterBaseValue: unit,
    doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
  };
  const throttle = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    retryAfterBaseValue: unit,
    // A unique id keeps each client's write spacing apart (the plugin's limiters are keyed by id).
    id: `evalgate-${Math.random().toString(36).slice(2)}`,
    ...opts.throttle,
  } as ThrottlingOptions;
  const baseUrl = (opts.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const fetch = ownProxyFetch(baseUrl, opts.env);
  const client = getOctokit(
    opts.token,
    {
      baseUrl,
      ...(fetch ? { request: { fetch } } : {}),
      userAgent: opts.userAgent ?? 'evalgate',
      retry: retryOpts,
      throttle,
      // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
      // so only warnings (deprecations, limiter problems) reach the user.
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: () => {} },
    },
    retry,
    throttling,
  );
  const scrub = opts.scrub;
  if (scrub) {
    client.hook.before('request', (options) => {
      if ((options.method ?? 'GET') !== 'GET') scrubRequest(options as unknown as Record<string, unknown>, scrub);
    });
  }
  return client;
}

/**
 * Our proxy-aware fetch where getOctokit's does not cover the call, else undefined (getOctokit's is used).
 * @actions/github decides its proxy once, when it is imported, from process.env and for the host of
 * process.env.GITHUB_API_URL (or api.github.com): right for the action, whose API root is exactly that.
 * The CLI and the monitor may name another API root (its own NO_PROXY entry may differ) or hand their
 * own environment (a monitor target's): their proxy is decided here, from that environment, for that
 * root, with the same undici dispatcher the model client uses.
 */
function ownProxyFetch(baseUrl: string, env: Record<string, string | undefined> | undefined) {
  const actionsRoot = (process.env['GITHUB_API_URL'] || DEFAULT_API_URL).replace(/\/+$/, '');
  if (env === undefined && baseUrl === actionsRoot) return undefined;
  // No proxy in that environment: Node's own fetch, not getOctokit's (which may proxy by process.env).
  return proxyFetchFromEnv(env ?? process.env) ?? globalThis.fetch;
}

/** Status of an Octokit RequestError (or undefined for anything else). */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
