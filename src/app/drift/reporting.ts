// Where a drift check keeps its history and raises its issues, for every entry point: the data branch
// (contents API) or a local folder for the history, and GitHub issues when a client is available.
import type { GitHubClient } from '../../adapters/github/octokit.js';
import { createDriftIssues } from '../../adapters/github/drift-issues.js';
import { createBranchHistoryStore } from '../../adapters/history/branch-store.js';
import { createLocalHistoryStore } from '../../adapters/history/local-store.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import type { HistoryStore } from '../../core/ports/history.js';
import type { DriftIssueTracker } from '../../core/ports/issues.js';

export interface DriftReporting {
  history: HistoryStore;
  issues?: DriftIssueTracker;
  /** Where results go, for the log. */
  describe: string;
}

export interface ReportingInput {
  config: ResolvedConfig;
  /** GitHub client and repository; without them: local history, no issues. */
  github?: { octokit: GitHubClient; owner: string; repo: string } | undefined;
  /** `branch`: the data branch drift.branch (needs github); `local`: `localDir`. */
  store: 'local' | 'branch';
  localDir: string;
  log: (message: string) => void;
}

export function buildDriftReporting(input: ReportingInput): DriftReporting {
  const { config, github: gh, log } = input;
  if (!gh) {
    const history = createLocalHistoryStore(input.localDir);
    return { history, describe: `${history.where}, no GitHub issues (no token/repository)` };
  }
  const history =
    input.store === 'branch'
      ? createBranchHistoryStore({
          octokit: gh.octokit,
          owner: gh.owner,
          repo: gh.repo,
          branch: config.drift.branch,
          log,
        })
      : createLocalHistoryStore(input.localDir);
  return {
    history,
    issues: createDriftIssues({ octokit: gh.octokit, owner: gh.owner, repo: gh.repo, label: config.drift.label, log }),
    describe: `${history.where}, issues in ${gh.owner}/${gh.repo}`,
  };
}
