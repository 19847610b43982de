// History on a data branch of the repository (default `evalgate-data`), through the contents API so no
// checkout or git push is needed: history/<suite>.json per suite, dashboard/index.html for Pages.
// Writes carry the blob sha; a 409/422 means another run wrote first, so we re-read, re-apply the
// change (append + dedupe by runId + re-bound, see core/drift/check recordEntry) and retry: two
// overlapping runs both keep their entries.
// A write GitHub committed but answered with an error (a lost response) looks like a conflict on the
// next attempt; the re-read then already holds our change (the change is idempotent: same runId
// replaced, same dashboard), so we stop instead of fighting our own write. Writes go without the retry
// plugin (its retried PUT can only meet a 409 after a lost write) and the whole operation is bounded
// in time.
import { emptyHistory, parseHistory, serializeHistory, type HistoryFile } from '../../core/drift/history.js';
import { safeSuiteName } from '../../core/drift/issue-body.js';
import type { HistoryStore } from '../../core/ports/history.js';
import { readRepoBlob } from '../github/contents.js';
import { writeRefusal } from '../github/permission.js';
import { mayHaveLanded, NO_PLUGIN_RETRY } from '../github/idempotent.js';
import { httpStatus, type GitHubClient } from '../github/octokit.js';
import { GitHubCallError } from '../github/errors.js';

export interface BranchStoreOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
  /** Attempts of one read-modify-write under contention (default 8). */
  maxAttempts?: number;
  /** Base of the jittered wait between attempts, ms (default 200; tests pass 1). */
  retryBaseMs?: number;
  /** Time bound of one read-modify-write, all attempts included, ms (default 90,000). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

interface Stored {
  text: string;
  sha: string;
}

export function createBranchHistoryStore(o: BranchStoreOptions): HistoryStore {
  const { octokit, owner, repo, branch } = o;
  const attempts = o.maxAttempts ?? 8;
  const base = o.retryBaseMs ?? 200;
  const timeoutMs = o.timeoutMs ?? 90_000;
  let branchReady: Promise<void> | undefined;

  const ensureBranch = (): Promise<void> =>
    (branchReady ??= (async () => {
      try {
        await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        return;
      } catch (e) {
        if (httpStatus(e) !== 404)
          throw new GitHubCallError(`looking up the data branch ${branch}`, e, 'contents: read');
      }
      // Start the data branch from the default branch's head: the contents API needs a commit to
      // build on, and the branch is never merged back, so sharing history with main costs nothing.
      const { data: r } = await octokit.rest.repos.get({ owner, repo });
      const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${r.default_branch}` });
      try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: head.object.sha });
        o.log?.(`created data branch ${branch} from ${r.default_branch}`);
      } catch (e) {
        const s = httpStatus(e);
        if (s === 403)
          throw new Error(writeRefusal(e, `could not create the data branch ${branch}`, 'contents'), { cause: e });
        if (s !== 422) throw e;
        // 422 is also how a ruleset restricting branch creation answers (it does not name the ruleset).
        if (/rule violation/i.test((e as Error).message)) {
          throw new Error(
            `could not create the data branch ${branch}: a repository ruleset restricts creating it (GitHub: "${(e as Error).message.split('\n').find((l) => /creat/i.test(l) && !/rule violation/i.test(l)) ?? 'Repository rule violations found'}"). ` +
              `Exclude ${branch} from the ruleset's branch targets (Settings → Rules → Rulesets) or let the workflow's actor bypass it, or create the branch once by hand`,
            { cause: e },
          );
        }
        // 422 "Reference already exists": a concurrent run made it
      }
    })().catch((e: unknown) => {
      branchReady = undefined;
      throw e;
    }));

  // Any size the contents API serves (over 1 MB it answers encoding "none": contents.ts reads those raw).
  // A failure is named for what it is (bad token, permission, rate limit, outage): see errors.ts.
  const read = (path: string, signal?: AbortSignal): Promise<Stored | undefined> =>
    readRepoBlob(octokit, { owner, repo, path, ref: branch, ...(signal ? { signal } : {}) }).catch((e: unknown) => {
      throw signal?.aborted ? e : new GitHubCallError(`reading ${path} on ${branch}`, e, 'contents: read');
    });

  /** Writes path from `make(current text)`, retrying on concurrent updates, within `timeoutMs`. */
  const writeWithRetry = async (
    path: string,
    message: string,
    make: (current: string | undefined) => string,
  ): Promise<string> => {
    await ensureBranch();
    const deadline = Date.now() + timeoutMs;
    const signal = AbortSignal.timeout(timeoutMs);
    const giveUp = (attempt: number, cause: unknown): Error =>
      new Error(
        `gave up writing ${path} on ${branch} after ${attempt} attempts in ${Math.round(timeoutMs / 1000)} s (last: ${(cause as Error).message})`,
        { cause },
      );
    let lost = false;
    for (let attempt = 1; ; attempt++) {
      let cur: Stored | undefined;
      try {
        cur = await read(path, signal);
      } catch (e) {
        if (signal.aborted) throw giveUp(attempt, e);
        throw e;
      }
      const text = make(cur?.text);
      // After an ambiguous failure the stored file may already be ours: nothing left to write.
      if (lost && cur?.text === text) {
        o.log?.(`${path} on ${branch} already holds this run's write (the earlier response was lost)`);
        return text;
      }
      try {
        await octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          path,
          branch,
          message,
          content: Buffer.from(text, 'utf8').toString('base64'),
          ...(cur ? { sha: cur.sha } : {}),
          request: { ...NO_PLUGIN_RETRY.request, signal },
        });
        return text;
      } catch (e) {
        const s = httpStatus(e);
        if (signal.aborted) throw giveUp(attempt, e);
        const landed = mayHaveLanded(e);
        if (s === 403)
          throw new Error(writeRefusal(e, `could not write ${path} on ${branch}`, 'contents'), { cause: e });
        if ((s !== 409 && s !== 422 && !landed) || attempt >= attempts)
          throw new GitHubCallError(`writing ${path} on ${branch}`, e, 'contents: write');
        lost ||= landed;
        o.log?.(
          landed
            ? `${path} on ${branch}: the write answered ${s ?? (e as Error).message} (it may have landed); re-reading (attempt ${attempt + 1} of ${attempts})`
            : `${path} on ${branch} changed concurrently (HTTP ${s}); re-reading and merging (attempt ${attempt + 1} of ${attempts})`,
        );
        const wait = base * attempt * (0.5 + Math.random());
        if (Date.now() + wait > deadline) throw giveUp(attempt, e);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };

  const historyPath = (suite: string): string => `history/${safeSuiteName(suite)}.json`;

  return {
    where: `branch ${branch} of ${owner}/${repo}`,
    async load(suite) {
      const cur = await read(historyPath(suite));
      return cur ? parseHistory(cur.text, `${branch}:${historyPath(suite)}`) : undefined;
    },
    async update(suite, change) {
      const path = historyPath(suite);
      let result: HistoryFile | undefined;
      await writeWithRetry(path, `evalgate drift: history of ${safeSuiteName(suite)}`, (text) => {
        result = change(text === undefined ? emptyHistory(suite) : parseHistory(text, `${branch}:${path}`));
        return serializeHistory(result);
      });
      return result!;
    },
    async list() {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path: 'history', ref: branch });
        if (!Array.isArray(data)) return [];
        return data
          .filter((f) => f.type === 'file' && f.name.endsWith('.json'))
          .map((f) => f.name.slice(0, -'.json'.length))
          .sort();
      } catch (e) {
        if (httpStatus(e) === 404) return [];
        throw e;
      }
    },
    async writeDashboard(html) {
      await writeWithRetry('dashboard/index.html', 'evalgate drift: dashboard', () => html);
      return `${branch}:dashboard/index.html`;
    },
  };
}
