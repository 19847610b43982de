// Reads a file at a ref through the contents API: the fallback for base versions when git cannot
// provide them (no checkout, or the base commit cannot be fetched).
import { httpStatus, type GitHubClient } from './octokit.js';

/** The file's text, or undefined when it does not exist at that ref (or is a directory). */
export async function readRepoFile(
  octokit: GitHubClient,
  f: { owner: string; repo: string; path: string; ref?: string },
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: f.owner, repo: f.repo, path: f.path, ...(f.ref ? { ref: f.ref } : {}) });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if (data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
    // Files over 1 MB come back with encoding "none" and no content: ask for the raw media type.
    const raw = await octokit.rest.repos.getContent({
      owner: f.owner,
      repo: f.repo,
      path: f.path,
      ...(f.ref ? { ref: f.ref } : {}),
      mediaType: { format: 'raw' },
    });
    return String(raw.data as unknown);
  } catch (e) {
    if (httpStatus(e) === 404) return undefined;
    throw e;
  }
}
