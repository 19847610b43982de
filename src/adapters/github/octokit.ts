// The one place an Octokit is built (gate and drift share it): @octokit/rest with plugin-retry (5xx and
// network errors) and plugin-throttling (primary and secondary rate limits), retrying a bounded number
// of times and logging each wait, so a busy API slows a run down instead of failing it.
import { retry, type RetryOptions } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { proxyFetchFromEnv } from '../http/proxy-fetch.js';

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

export interface CreateOctokitOptions {
  token: string;
  /** API root, e.g. process.env.GITHUB_API_URL (GitHub Enterprise, or a fake in tests). */
  baseUrl?: string;
  log?: (message: string) => void;
  /** Rate-limit retries per request (default 3). */
  maxRateLimitRetries?: number;
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
  /** Proxy variables (HTTPS_PROXY, NO_PROXY…) are read from here; default process.env. */
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
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
      if (retryCount < maxRateRetries) {
        log(
          `GitHub ${kind} on ${what}: retrying in ${retryAfter}s (attempt ${retryCount + 2} of ${maxRateRetries + 1})`,
        );
        return true;
      }
      log(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempts`);
      return false;
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
  // Octokit's default fetch is Node's, which ignores HTTPS_PROXY (unless NODE_USE_ENV_PROXY=1).
  const fetch = proxyFetchFromEnv(opts.env ?? process.env);
  const client = new GitHubClient({
    auth: opts.token,
    ...(fetch ? { request: { fetch } } : {}),
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: opts.userAgent ?? 'evalgate',
    retry: retryOpts,
    throttle,
    // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
    // so only warnings (deprecations, limiter problems) reach the user.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: () => {} },
  });
  const scrub = opts.scrub;
  if (scrub) {
    client.hook.before('request', (options) => {
      if ((options.method ?? 'GET') !== 'GET') scrubRequest(options as unknown as Record<string, unknown>, scrub);
    });
  }
  return client;
}

/** Status of an Octokit RequestError (or undefined for anything else). */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
