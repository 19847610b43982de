// One PR comment per gate, found again on the next run and updated instead of duplicated. The comment
// is recognised by its hidden marker AND its author being us (identity.ts: a PAT's login, or any bot
// account for an installation token, GITHUB_TOKEN and App tokens alike), so someone else quoting the marker
// cannot make us overwrite (or be confused by) their comment. Creating is idempotent (see idempotent.ts),
// and should copies exist anyway (an older version, a lost response), the next run keeps the oldest and
// deletes the other copies of ours.
// Two runs on one PR (two quick pushes) may finish in either order: the comment carries the head it
// tested and the run number in a second hidden marker, and an update from an older run for another head
// is skipped, so the comment never moves backwards. (Checked just before the update; GitHub has no
// conditional PATCH, so runs finishing within the same instant can still race: a `concurrency:` group
// that cancels the older run closes that, see docs/action.md.)
import { identityOf, isOurs, type Identity } from './identity.js';
import { createOnce, NO_PLUGIN_RETRY } from './idempotent.js';
import { httpStatus, type GitHubClient } from './octokit.js';
import { writeRefusal } from './permission.js';

/** What a comment shows: the PR head it tested and the workflow run number (GITHUB_RUN_NUMBER) that did. */
export interface CommentVersion {
  head: string;
  run?: number;
}

const HEAD_MARKER = /^<!-- evalgate:head sha=([0-9a-f]{7,64}) run=(\d*) -->$/;
/**
 * Only the lines at the top count: the body quotes model outputs (inside code blocks, unescaped), and an
 * output must not be able to pass for our version line and freeze the comment.
 */
const headLine = (body: string): string | undefined => body.split('\n', 2).find((l) => HEAD_MARKER.test(l));

/** The hidden line recording the comment's version. */
export function headMarker(v: CommentVersion): string {
  return `<!-- evalgate:head sha=${v.head.toLowerCase()} run=${v.run ?? ''} -->`;
}

export function versionOf(body: string): CommentVersion | undefined {
  const m = HEAD_MARKER.exec(headLine(body) ?? '');
  return m ? { head: m[1]!, ...(m[2] ? { run: Number(m[2]) } : {}) } : undefined;
}

/** `theirs` is newer: another head, tested by a later run (run numbers grow with each trigger of a workflow). */
export function isNewer(theirs: CommentVersion | undefined, ours: CommentVersion): boolean {
  return (
    theirs?.run !== undefined &&
    ours.run !== undefined &&
    theirs.head !== ours.head.toLowerCase() &&
    theirs.run > ours.run
  );
}

export type StickyCommentResult =
  | {
      status: 'created' | 'updated';
      id: number;
      url: string /** Our extra copies deleted on the way. */;
      removedDuplicates?: number;
    }
  /** The comment shows a newer head (`shown`) than this update's: left as it is. */
  | { status: 'stale'; id: number; url: string; shown: CommentVersion }
  /** No comment existed and `createIfMissing` was false: nothing was posted. */
  | { status: 'absent' }
  | { status: 'forbidden'; warning: string };

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden marker (an HTML comment) the body contains. */
  marker: string;
  body: string;
  /** Login of our comments; resolved from the token (identity.ts) when absent. */
  author?: string;
  /**
   * Default true. False: only update an existing comment (e.g. "no suite affected" on a PR that never
   * touched a prompt would be noise; on one that did earlier, the old figures must not stay up).
   */
  createIfMissing?: boolean;
  /**
   * The head this body reports and the run that tested it: written in the body (a hidden line, added
   * after the marker when the body lacks it) and compared with the existing comment's before updating.
   */
  version?: CommentVersion;
  /** Base wait before re-creating after a failed create that did not land, ms (default 1000). */
  retryWaitMs?: number;
  log?: (message: string) => void;
}

/** Our comments carrying the marker (paginating through all of them), oldest first. */
async function findStickyComments(
  octokit: GitHubClient,
  t: Omit<StickyCommentTarget, 'body'>,
  identity: Identity,
): Promise<{ id: number; url: string; body: string }[]> {
  const found: { id: number; url: string; body: string }[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (isOurs(identity, c.user) && typeof c.body === 'string' && c.body.includes(t.marker))
        found.push({ id: c.id, url: c.html_url, body: c.body });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

/** Updates our comment or creates it. A 401/403/404 (read-only token, fork PR) is a warning, not a throw. */
export async function upsertStickyComment(octokit: GitHubClient, t: StickyCommentTarget): Promise<StickyCommentResult> {
  try {
    const identity = await identityOf(octokit, t.author)();
    const body = t.version ? withHeadMarker(t.body, t.marker, t.version) : t.body;
    const [existing, ...copies] = await findStickyComments(octokit, t, identity);
    if (existing) {
      const shown = versionOf(existing.body);
      if (t.version && isNewer(shown, t.version))
        return { status: 'stale', id: existing.id, url: existing.url, shown: shown! };
      const { data } = await octokit.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: existing.id,
        body,
      });
      for (const c of copies) {
        t.log?.(`deleting comment ${c.id}: a duplicate of our comment ${existing.id}`);
        await octokit.rest.issues
          .deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id })
          .catch((e: unknown) => {
            if (httpStatus(e) !== 404) throw e; // 404: already gone (an overlapping run deleted it)
          });
      }
      return {
        status: 'updated',
        id: data.id,
        url: data.html_url,
        ...(copies.length ? { removedDuplicates: copies.length } : {}),
      };
    }
    if (t.createIfMissing === false) return { status: 'absent' };
    const created = await createOnce({
      what: `the comment on #${t.issueNumber}`,
      create: async () => {
        const { data } = await octokit.rest.issues.createComment({
          owner: t.owner,
          repo: t.repo,
          issue_number: t.issueNumber,
          body,
          ...NO_PLUGIN_RETRY,
        });
        return { id: data.id, url: data.html_url };
      },
      find: async () => {
        const c = (await findStickyComments(octokit, t, identity))[0];
        return c && { id: c.id, url: c.url };
      },
      ...(t.retryWaitMs !== undefined ? { waitMs: t.retryWaitMs } : {}),
      ...(t.log ? { log: t.log } : {}),
    });
    return { status: 'created', ...created };
  } catch (e) {
    const s = httpStatus(e);
    if (s === 401 || s === 403 || s === 404) {
      const why =
        s === 404
          ? `GitHub answered HTTP 404: PR #${t.issueNumber} is not in ${t.owner}/${t.repo}, or the token cannot see it`
          : writeRefusal(e, 'GitHub refused the comment', 'pull-requests');
      return {
        status: 'forbidden',
        warning: `Could not post the PR comment: ${why}. The job summary and JSON report still carry the results.`,
      };
    }
    throw e;
  }
}

/** `body` with the version line after its marker line (kept as it is when it has one already). */
function withHeadMarker(body: string, marker: string, v: CommentVersion): string {
  if (headLine(body) !== undefined) return body;
  if (!body.startsWith(marker)) return `${headMarker(v)}\n${body}`;
  return `${marker}\n${headMarker(v)}${body.slice(marker.length)}`;
}
