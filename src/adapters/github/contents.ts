// Reads a file at a ref through the contents API: the fallback for base versions when git cannot
// provide them (no checkout, or the base commit cannot be fetched), and the data branch's history.
// Files up to 1 MB come base64-encoded; for 1–100 MB GitHub answers `content: ""`, `encoding: "none"`
// on the default media type, so those are read again with the raw media type (the file's bytes).
import { httpStatus, type GitHubClient } from './octokit.js';

export interface RepoFileRef {
  owner: string;
  repo: string;
  path: string;
  ref?: string;
  signal?: AbortSignal;
}

/** The file's text and blob sha, or undefined when it does not exist at that ref (or is a directory). */
export async function readRepoBlob(
  octokit: GitHubClient,
  f: RepoFileRef,
): Promise<{ text: string; sha: string } | undefined> {
  const params = {
    owner: f.owner,
    repo: f.repo,
    path: f.path,
    ...(f.ref ? { ref: f.ref } : {}),
    ...(f.signal ? { request: { signal: f.signal } } : {}),
  };
  try {
    const { data } = await octokit.rest.repos.getContent(params);
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if (data.encoding === 'base64')
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    const raw = await octokit.rest.repos.getContent({ ...params, mediaType: { format: 'raw' } });
    return { text: String(raw.data as unknown), sha: data.sha };
  } catch (e) {
    if (httpStatus(e) === 404) return undefined;
    throw e;
  }
}

/** The file's text, or undefined when it does not exist at that ref (or is a directory). */
export async function readRepoFile(octokit: GitHubClient, f: RepoFileRef): Promise<string | undefined> {
  return (await readRepoBlob(octokit, f))?.text;
}
