// The drift issues on GitHub: one open issue per drifting suite, recognised by label + hidden marker +
// our own authorship (anyone can type the marker into an issue; only ours count). Never duplicated:
// after creating, we list again, and if an overlapping run created one as well, the oldest survives
// and the others are closed as duplicates (both runs reach the same answer, so this is idempotent).
// Creates survive a lost response (see idempotent.ts): an issue is looked for again by its marker, a
// comment by the hidden marker on its first line, which names the run.
import { driftMarker } from '../../core/drift/issue-body.js';
import type { DriftIssue, DriftIssueTracker } from '../../core/ports/issues.js';
import { identityOf, isOurs } from './identity.js';
import { createOnce, NO_PLUGIN_RETRY } from './idempotent.js';
import { httpStatus, type GitHubClient } from './octokit.js';
import { writeRefusal } from './permission.js';

export interface DriftIssuesOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** drift.label */
  label: string;
  /** Login our issues are authored by; resolved from the token when absent (identity.ts: any bot for an installation token). */
  author?: string;
  log?: (message: string) => void;
  /** Base wait before re-creating after a failed create that did not land, ms (default 1000). */
  retryWaitMs?: number;
  /** The hidden marker that names a suite's issue (default: the drift issue's; candidate issues have their own). */
  marker?: (suite: string) => string;
}

/** The hidden marker a comment body starts with (`<!-- evalgate:… -->`), which makes it findable. */
function leadingMarker(body: string): string | undefined {
  return /^<!-- evalgate:[^\n]*?-->/.exec(body)?.[0];
}

export function createDriftIssues(o: DriftIssuesOptions): DriftIssueTracker {
  const { octokit, owner, repo, label } = o;
  const markerOf = o.marker ?? driftMarker;
  const me = identityOf(octokit, o.author);

  /** Our open issues for `suite`, oldest first. */
  const listOurs = async (suite: string): Promise<DriftIssue[]> => {
    const identity = await me();
    const marker = markerOf(suite);
    const found: DriftIssue[] = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      labels: label,
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    })) {
      for (const i of page.data) {
        if (i.pull_request) continue;
        if (!isOurs(identity, i.user)) continue;
        if (typeof i.body !== 'string' || !i.body.includes(marker)) continue;
        found.push({ number: i.number, url: i.html_url });
      }
    }
    return found.sort((a, b) => a.number - b.number);
  };

  /** Our comment on `issue` whose body carries `marker` (or equals `body` when there is no marker). */
  const findComment = async (issue: number, body: string): Promise<number | undefined> => {
    const identity = await me();
    const marker = leadingMarker(body);
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue,
      per_page: 100,
    })) {
      const c = page.data.find(
        (x) =>
          isOurs(identity, x.user) &&
          typeof x.body === 'string' &&
          (marker ? x.body.includes(marker) : x.body === body),
      );
      if (c) return c.id;
    }
    return undefined;
  };

  const retry = { ...(o.log ? { log: o.log } : {}), ...(o.retryWaitMs !== undefined ? { waitMs: o.retryWaitMs } : {}) };

  const comment = async (issue: number, body: string): Promise<void> => {
    await createOnce({
      what: `a comment on #${issue}`,
      create: async () =>
        (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body, ...NO_PLUGIN_RETRY })).data
          .id,
      find: () => findComment(issue, body),
      ...retry,
    });
  };

  let issuesOff = false;
  /** A refused write (403/410) becomes one error naming what is missing, instead of GitHub's wording. */
  const named = async <T>(what: string, write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (e) {
      const s = httpStatus(e);
      if (s === 403 || s === 410) throw new Error(writeRefusal(e, `could not ${what}`, 'issues'), { cause: e });
      throw e;
    }
  };

  return {
    async findOpen(suite) {
      if (issuesOff) return undefined;
      try {
        return (await listOurs(suite))[0];
      } catch (e) {
        // Issues turned off: there is no issue to find, and the night (history, summary, exit code) goes on.
        if (httpStatus(e) !== 410) throw e;
        issuesOff = true;
        o.log?.(
          `${writeRefusal(e, 'drift issues are off', 'issues')}; drift is reported in the summary, annotations and exit code only`,
        );
        return undefined;
      }
    },
    open: (suite, title, body) => named(`open the drift issue of ${suite}`, () => openIssue(suite, title, body)),
    comment: (issue, body) => named(`comment on drift issue #${issue}`, () => comment(issue, body)),
    close: (issue, body) =>
      named(`close drift issue #${issue}`, async () => {
        await comment(issue, body);
        await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issue,
          state: 'closed',
          state_reason: 'completed',
        });
      }),
  };

  async function openIssue(
    suite: string,
    title: string,
    body: string,
  ): Promise<DriftIssue & { closedDuplicates: number[] }> {
    const created = await createOnce<DriftIssue>({
      what: `the drift issue of ${suite}`,
      create: async () => {
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title,
          body,
          labels: [label],
          ...NO_PLUGIN_RETRY,
        });
        return { number: data.number, url: data.html_url };
      },
      // Any open issue of ours for the suite: ours if the create landed, else an overlapping run's.
      find: async () => (await listOurs(suite)).at(-1),
      ...retry,
    });
    const ours = await listOurs(suite);
    // If listing lags behind the create, our new issue is the survivor.
    const survivor = ours[0] && ours[0].number < created.number ? ours[0] : created;
    const closedDuplicates: number[] = [];
    for (const dup of [...ours, created]) {
      if (dup.number === survivor.number || closedDuplicates.includes(dup.number)) continue;
      o.log?.(`closing #${dup.number} as a duplicate of #${survivor.number} (overlapping drift checks)`);
      await comment(
        dup.number,
        `${markerOf(suite).replace(/<!-- evalgate:(\S+) /, '<!-- evalgate:$1-duplicate ')}\nDuplicate of #${survivor.number}: two drift checks overlapped. Closing this one.`,
      );
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: dup.number,
        state: 'closed',
        state_reason: 'not_planned',
      });
      closedDuplicates.push(dup.number);
    }
    return { ...survivor, closedDuplicates };
  }
}
