// What a failed GitHub call was, in words a user can act on. Octokit's message alone ("Bad credentials",
// "Resource not accessible by integration", "API rate limit exceeded") does not say which of a bad token,
// a missing permission, a rate limit or an outage it is, and those need different fixes: a 401 is a
// secret to replace, a 403 a `permissions:` key (GitHub names it in `x-accepted-github-permissions`), a
// rate limit a wait or a smaller run, a 5xx a re-run.
import { httpStatus } from './octokit.js';

type Headers = Record<string, string | number | undefined>;

function headersOf(e: unknown): Headers {
  return (e as { response?: { headers?: Headers } } | null)?.response?.headers ?? {};
}

function firstLine(e: unknown): string {
  // Octokit appends " - https://docs.github.com/rest/…" to GitHub's message: the link adds nothing here.
  return String((e as Error | null)?.message ?? e)
    .split('\n')[0]!
    .replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

export type GitHubFailureKind =
  | 'bad-token'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'server'
  | 'network'
  | 'other';

/** The kind of failure behind an Octokit error (status, rate-limit headers, GitHub's message). */
export function failureKind(e: unknown): GitHubFailureKind {
  const s = httpStatus(e);
  const h = headersOf(e);
  if (s === undefined) return 'network';
  if (s === 401) return 'bad-token';
  if (s === 403 || s === 429) {
    if (/secondary rate limit|abuse/i.test(firstLine(e))) return 'secondary-rate-limit';
    if (String(h['x-ratelimit-remaining']) === '0') return 'rate-limit';
    if (h['retry-after'] !== undefined || s === 429) return 'secondary-rate-limit';
    return 'forbidden';
  }
  if (s === 404) return 'not-found';
  if (s === 410) return 'gone';
  if (s >= 500) return 'server';
  return 'other';
}

/** When a primary rate limit lifts, as "HH:MM UTC", from x-ratelimit-reset (epoch seconds). */
function resetText(h: Headers): string {
  const reset = Number(h['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
}

/**
 * One clause naming the failure and what to do, e.g. "GitHub refused the token (HTTP 401 Bad credentials):
 * it is invalid, expired or revoked". `readPermission` is the permission a refused read needs.
 */
export function describeGitHubError(e: unknown, readPermission?: string): string {
  const s = httpStatus(e);
  const h = headersOf(e);
  const msg = firstLine(e);
  switch (failureKind(e)) {
    case 'bad-token':
      return `GitHub refused the token (HTTP 401 ${msg}): it is invalid, expired or revoked; replace the secret given as \`github-token\``;
    case 'rate-limit':
      return `GitHub's API rate limit for this token is used up${resetText(h)} (HTTP ${s}); evalgate does not wait that long (see docs/action.md, rate limits)`;
    case 'secondary-rate-limit':
      return `GitHub's secondary rate limit did not lift (HTTP ${s}${h['retry-after'] !== undefined ? `, retry-after ${h['retry-after']} s` : ''}): too many requests in a short time; evalgate stopped waiting (see docs/action.md, rate limits)`;
    case 'forbidden': {
      const accepted =
        typeof h['x-accepted-github-permissions'] === 'string'
          ? h['x-accepted-github-permissions'].replace(/_/g, '-').replace(/=/g, ': ')
          : readPermission;
      return `GitHub refused access (HTTP 403 ${msg})${accepted ? `: the token needs \`permissions: ${accepted}\`` : ''}`;
    }
    case 'not-found':
      return `not found (HTTP 404): it does not exist, or the token cannot see it`;
    case 'gone':
      return `gone (HTTP 410 ${msg})`;
    case 'server':
      return `GitHub kept failing (HTTP ${s} ${msg}, after retries); re-run the workflow later`;
    case 'network':
      return `GitHub could not be reached (${msg})`;
    default:
      return `GitHub answered HTTP ${s} (${msg})`;
  }
}

/** An error whose message is describeGitHubError's, keeping the HTTP status for callers that branch on it. */
export class GitHubCallError extends Error {
  readonly status: number | undefined;
  readonly response: unknown;
  constructor(what: string, cause: unknown, readPermission?: string) {
    super(`${what}: ${describeGitHubError(cause, readPermission)}`, { cause });
    this.name = 'GitHubCallError';
    this.status = httpStatus(cause);
    this.response = (cause as { response?: unknown } | null)?.response;
  }
}
