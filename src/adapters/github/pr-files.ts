// The PR's changed files, paginated. GitHub's pulls.listFiles stops at 3,000 files; past that the
// list is incomplete, so the caller must treat every suite as selected (`capped`).
import type { GitHubClient } from './octokit.js';

const PR_FILES_CAP = 3_000;

export interface PrFiles {
  /** Repository-relative paths; renamed files contribute both their new and previous names. */
  files: string[];
  /** The API's 3,000-file cap was reached: the list may be incomplete. */
  capped: boolean;
}

export async function listPrFiles(
  octokit: GitHubClient,
  pr: { owner: string; repo: string; pullNumber: number },
): Promise<PrFiles> {
  const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  const files = new Set<string>();
  for (const f of entries) {
    files.add(f.filename);
    // A renamed prompt is a change to the old path too (the base config still points there).
    if (f.previous_filename) files.add(f.previous_filename);
  }
  return { files: [...files], capped: entries.length >= PR_FILES_CAP };
}
