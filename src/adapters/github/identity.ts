// Who our comments and issues are authored by, so we find our own again (and never touch someone else's).
// A PAT can call GET /user and names its login exactly. An installation token cannot (403, or 401/404 on
// some setups): the workflow's GITHUB_TOKEN writes as github-actions[bot], but an App token (e.g. from
// actions/create-github-app-token) writes as `<app-slug>[bot]`, a login we cannot look up with that token
// (GET /app needs the App's JWT). So for installation tokens "ours" means: carries our hidden marker AND
// is authored by a bot account (type Bot, login ending in [bot]). People quoting the marker are never
// matched; only another App writing our exact marker could be, and GitHub would refuse us editing it.
import { httpStatus, type GitHubClient } from './octokit.js';

export type Identity = { kind: 'user'; login: string } | { kind: 'installation' };

export interface Author {
  login?: string;
  type?: string;
}

/** The identity our writes will carry: resolved once per client with GET /user. */
export async function resolveIdentity(octokit: GitHubClient): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (e) {
    const s = httpStatus(e);
    if (s === 403 || s === 401 || s === 404) return { kind: 'installation' };
    throw e;
  }
}

/** An identity from an explicit login (tests, configuration), else resolved from the token. */
export function identityOf(octokit: GitHubClient, login: string | undefined): () => Promise<Identity> {
  let id: Promise<Identity> | undefined = login ? Promise.resolve({ kind: 'user', login }) : undefined;
  return () => (id ??= resolveIdentity(octokit));
}

/** Whether `author` is us (see the rule above). */
export function isOurs(identity: Identity, author: Author | null | undefined): boolean {
  if (!author?.login) return false;
  if (identity.kind === 'user') return author.login === identity.login;
  return author.type === 'Bot' && author.login.endsWith('[bot]');
}
