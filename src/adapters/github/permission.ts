// Words for GitHub's 403/410 answers on writes. "Resource not accessible by integration" does not say
// what to change; GitHub names the permission the call needs in `x-accepted-github-permissions`
// (e.g. `issues=write`), which we turn into the workflow's `permissions:` key to add.
import { httpStatus } from './octokit.js';

export type WritePermission = 'contents' | 'issues' | 'pull-requests';

/** The permission GitHub says the failed call needs, else `fallback` (what the step's writes need). */
export function neededPermission(e: unknown, fallback: WritePermission): WritePermission {
  const headers = (e as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const accepted =
    typeof headers?.['x-accepted-github-permissions'] === 'string' ? headers['x-accepted-github-permissions'] : '';
  const names = accepted.split(/[;,]/).map((p) => p.trim().split('=')[0]?.replace(/_/g, '-'));
  return (
    (names.find((n) => n === 'contents' || n === 'issues' || n === 'pull-requests') as WritePermission | undefined) ??
    fallback
  );
}

/** One line for a refused write: what GitHub said and the `permissions:` entry the step needs. */
export function writeRefusal(e: unknown, what: string, fallback: WritePermission): string {
  const s = httpStatus(e);
  const msg = (e as Error).message.split('\n')[0];
  if (s === 410)
    return `${what}: the repository has issues turned off (HTTP 410); turn on Issues in Settings → General → Features`;
  if (s === 401) return `${what}: GitHub refused the token (HTTP 401 ${msg}): it is invalid or expired`;
  return `${what}: GitHub answered HTTP ${s} (${msg}); the step needs \`permissions: ${neededPermission(e, fallback)}: write\` (a fork PR's token is read-only)`;
}
