// History on a data branch of the repository (default `evalgate-data`), through the contents API so no
// checkout or git push is needed: history/<suite>.json per suite, dashboard/index.html for Pages.
// Writes carry the blob sha; a 409/422 means another run wrote first, so we re-read, re-apply the
// change (append + dedupe by runId + re-bound, see core/drift/check recordEntry) and retry: two
// overlapping runs both keep their entries.
import { emptyHistory, parseHistory, serializeHistory, type HistoryFile } from '../../core/drift/history.js';
import { safeSuiteName } from '../../core/drift/issue-body.js';
import type { HistoryStore } from '../../core/ports/history.js';
import { httpStatus, type GitHubClient } from '../github/octokit.js';

export interface BranchStoreOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
  /** Attempts of one read-modify-write under contention (default 8). */
  maxAttempts?: number;
  /** Base of the jittered wait between attempts, ms (default 200; tests pass 1). */
  retryBaseMs?: number;
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
  let branchReady: Promise<void> | undefined;

  const ensureBranch = (): Promise<void> =>
    (branchReady ??= (async () => {
      try {
        await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        return;
      } catch (e) {
        if (httpStatus(e) !== 404) throw e;
      }
      // Start the data branch from the default branch's head: the contents API needs a commit to
      // build on, and the branch is never merged back, so sharing history with main costs nothing.
      const { data: r } = await octokit.rest.repos.get({ owner, repo });
      const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${r.default_branch}` });
      try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: head.object.sha });
        o.log?.(`created data branch ${branch} from ${r.default_branch}`);
      } catch (e) {
        if (httpStatus(e) !== 422) throw e; // 422 "Reference already exists": a concurrent run made it
      }
    })().catch((e: unknown) => {
      branchReady = undefined;
      throw e;
    }));

  const read = async (path: string): Promise<Stored | undefined> => {
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: branch });
      if (Array.isArray(data) || data.type !== 'file') return undefined;
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    } catch (e) {
      if (httpStatus(e) === 404) return undefined;
      throw e;
    }
  };

  /** Writes path from `make(current text)`, retrying on concurrent updates. */
  const writeWithRetry = async (path: string, message: string, make: (current: string | undefined) => string): Promise<string> => {
    await ensureBranch();
    for (let attempt = 1; ; attempt++) {
      const cur = await read(path);
      const text = make(cur?.text);
      try {
        await octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          path,
          branch,
          message,
          content: Buffer.from(text, 'utf8').toString('base64'),
          ...(cur ? { sha: cur.sha } : {}),
        });
        return text;
      } catch (e) {
        const s = httpStatus(e);
        if ((s !== 409 && s !== 422) || attempt >= attempts) throw e;
        o.log?.(`${path} on ${branch} changed concurrently (HTTP ${s}); re-reading and merging (attempt ${attempt + 1} of ${attempts})`);
        await new Promise((r) => setTimeout(r, base * attempt * (0.5 + Math.random())));
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
        return data.filter((f) => f.type === 'file' && f.name.endsWith('.json')).map((f) => f.name.slice(0, -'.json'.length)).sort();
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
