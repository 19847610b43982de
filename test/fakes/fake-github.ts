// A loopback fake of the GitHub REST subset evalgate uses (PR files, issue comments, issues, contents,
// git refs, repos, /user). Real node:http, so tests drive it with the real Octokit (retry + throttling
// plugins included). Behaviour follows GitHub's documented responses where tests depend on it:
// Link-header pagination, the 3,000-file cap of pulls.listFiles, 65,536-character bodies, installation
// tokens getting 403 on GET /user, 409 on a stale contents sha, secondary rate limits as 403 + retry-after.
// Faults include a write that GitHub commits but whose response is lost (a 502 after the write), which a
// client that retries blindly turns into duplicates.
// Every request is first checked against GitHub's official REST description (github-contract.ts): an
// unknown operation or an invalid parameter/body is answered 599 and recorded in `violations`, and
// close() then rejects, so a test whose code sends what GitHub would refuse fails.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './github-contract.js';

/** A fine-grained permission of an installation token (GitHub's names), as granted by `permissions:`. */
export type FakePermission = 'contents' | 'issues' | 'pull_requests';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user: 403 "Resource not accessible by integration". */
  installation?: boolean;
  /** A read-only token (fork PRs): every write answers 403. */
  readOnly?: boolean;
  /**
   * Write access per permission (default: all granted). A write needing a permission set to false answers
   * 403 "Resource not accessible by integration" with GitHub's `x-accepted-github-permissions` header.
   */
  permissions?: Partial<Record<FakePermission, boolean>>;
}

/** A GitHub App installation token (actions/create-github-app-token): writes are authored by `<slug>[bot]`. */
export function appUser(slug: string, extra: Partial<FakeUser> = {}): FakeUser {
  return { login: `${slug}[bot]`, type: 'Bot', installation: true, ...extra };
}

/** A personal access token's user: can call GET /user. */
export function patUser(login: string, extra: Partial<FakeUser> = {}): FakeUser {
  return { login, type: 'User', ...extra };
}

export interface FakePrFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  additions?: number;
  deletions?: number;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  html_url: string;
  /** Set for pull requests (GitHub lists PRs among issues). */
  pull_request?: { url: string };
}

export interface FakePull {
  number: number;
  files: FakePrFile[];
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
}

export interface RecordedGitHubRequest {
  method: string;
  /** Pathname without the query string. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The Authorization header as sent (tests assert on it; never printed). */
  auth: string | undefined;
  userAgent?: string | undefined;
  status: number;
}

export type FaultKind =
  | 'forbidden' // 403, plain ("Resource not accessible by integration")
  | 'secondary-rate-limit' // 403 + retry-after + "You have exceeded a secondary rate limit"
  | 'rate-limit' // 429 + x-ratelimit-remaining: 0 + x-ratelimit-reset
  | 'server' // 5xx (status, default 502), nothing done
  | 'lost-response'; // the request is carried out (a write is committed), then answered 5xx (default 502)

export interface FaultSpec {
  kind: FaultKind;
  method?: string;
  /** Matches the decoded pathname: a substring or a RegExp. */
  path?: string | RegExp;
  /** How many matching requests fail (default 1). Infinity = always. */
  times?: number;
  /** Seconds for retry-after / rate-limit reset (default 0, so tests do not wait). */
  retryAfter?: number;
  status?: number;
}

export interface FakeGitHubOptions {
  /** token → user. DEFAULT_TOKEN always maps to github-actions[bot] (an installation token). */
  tokens?: Record<string, FakeUser>;
  /** The repository `owner/name` every route expects (default `octo/repo`). Other repos answer 404. */
  repo?: string;
  defaultBranch?: string;
  /** Requests without Authorization may read; writes need a token. */
  /** Issues turned off in the repository's settings: issue list/create/update answer 410 Gone. */
  issuesDisabled?: boolean;
  /** Branch rulesets restricting creation: creating a matching ref answers 422 "Repository rule violations found". */
  rulesets?: { name: string; branch: RegExp }[];
  /** close() resolves even when requests broke the REST contract (for the contract's own tests). */
  allowViolations?: boolean;
  /**
   * The API's path under the host, as on GitHub Enterprise Server (`/api/v3`): `url` ends with it, and a
   * request outside it answers 404 (recorded with its full path). Default: the API at the root.
   */
  pathPrefix?: string;
}

export const DEFAULT_TOKEN = 'ghs_fake_installation_token';
export const BOT_USER: FakeUser = { login: 'github-actions[bot]', type: 'Bot', installation: true };

interface Blob {
  content: string;
  sha: string;
}

/** Inspectable, seedable state. Mutate it directly in tests (e.g. push a comment by another user). */
export class FakeGitHubState {
  readonly repo: string;
  defaultBranch: string;
  pulls = new Map<number, FakePull>();
  issues: FakeIssue[] = [];
  comments: FakeComment[] = [];
  /** commit sha → path → blob. */
  commits = new Map<string, Map<string, Blob>>();
  /** branch → commit sha. */
  branches = new Map<string, string>();
  /** tag → commit sha. */
  tags = new Map<string, string>();
  private nextCommentId = 1000;
  private nextCommit = 1;
  private baseUrl = '';

  constructor(repo: string, defaultBranch: string) {
    this.repo = repo;
    this.defaultBranch = defaultBranch;
    const root = this.newCommitSha();
    this.commits.set(root, new Map());
    this.branches.set(defaultBranch, root);
  }

  /** @internal */
  setBaseUrl(url: string): void {
    this.baseUrl = url;
  }

  htmlUrl(suffix: string): string {
    return `https://github.test/${this.repo}/${suffix}`;
  }

  newCommitSha(): string {
    return createHash('sha1')
      .update(`commit-${this.nextCommit++}`)
      .digest('hex');
  }

  /** Seeds a PR (also visible as an issue, as on GitHub). */
  addPull(
    number: number,
    files: readonly (FakePrFile | string)[],
    opts: Partial<Pick<FakePull, 'base' | 'head'>> = {},
  ): FakePull {
    const pull: FakePull = {
      number,
      files: files.map((f) => (typeof f === 'string' ? { filename: f } : f)),
      base: opts.base ?? { sha: 'b'.repeat(40), ref: this.defaultBranch },
      head: opts.head ?? { sha: 'h'.repeat(40), ref: `pr-${number}` },
    };
    this.pulls.set(number, pull);
    if (!this.issues.some((i) => i.number === number)) {
      const now = new Date().toISOString();
      this.issues.push({
        number,
        title: `PR ${number}`,
        body: null,
        state: 'open',
        labels: [],
        user: { login: 'contributor', type: 'User' },
        created_at: now,
        updated_at: now,
        closed_at: null,
        html_url: this.htmlUrl(`pull/${number}`),
        pull_request: { url: `${this.baseUrl}/repos/${this.repo}/pulls/${number}` },
      });
    }
    return pull;
  }

  /** Adds a comment as `user` (e.g. another person quoting our marker). */
  addComment(issueNumber: number, body: string, user: { login: string; type: 'User' | 'Bot' } = BOT_USER): FakeComment {
    const now = new Date().toISOString();
    const id = this.nextCommentId++;
    const c: FakeComment = {
      id,
      issue_number: issueNumber,
      body,
      user: { login: user.login, type: user.type },
      created_at: now,
      updated_at: now,
      html_url: this.htmlUrl(`issues/${issueNumber}#issuecomment-${id}`),
    };
    this.comments.push(c);
    return c;
  }

  addIssue(
    fields: Partial<FakeIssue> & { title: string },
    user: { login: string; type: 'User' | 'Bot' } = BOT_USER,
  ): FakeIssue {
    const now = new Date().toISOString();
    const number = this.nextIssueNumber();
    const issue: FakeIssue = {
      number,
      body: null,
      state: 'open',
      labels: [],
      created_at: now,
      updated_at: now,
      closed_at: null,
      html_url: this.htmlUrl(`issues/${number}`),
      ...fields,
      user: fields.user ?? { login: user.login, type: user.type },
    };
    this.issues.push(issue);
    return issue;
  }

  nextIssueNumber(): number {
    return this.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1;
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((c) => c.issue_number === issueNumber);
  }

  /** Resolves a branch, a tag or a commit sha (also `heads/…`, `tags/…`) to a tree, as GitHub's `ref` does. */
  tree(ref: string | undefined): Map<string, Blob> | undefined {
    const r = (ref ?? this.defaultBranch).replace(/^refs\//, '');
    const sha = this.branches.get(r.replace(/^heads\//, '')) ?? this.tags.get(r.replace(/^tags\//, '')) ?? r;
    return this.commits.get(sha);
  }

  /** The commit sha a branch points at. */
  head(branch: string = this.defaultBranch): string {
    return this.branches.get(branch)!;
  }

  /** Reads a file (utf8) at a branch or commit; undefined when absent. */
  getFile(path: string, ref?: string): string | undefined {
    return this.tree(ref)?.get(path)?.content;
  }

  /** Writes a file as a new commit on `branch` (created from the default branch when missing). Returns the commit sha. */
  setFile(path: string, content: string, branch: string = this.defaultBranch): string {
    const parent = this.branches.get(branch) ?? this.branches.get(this.defaultBranch)!;
    const tree = new Map(this.commits.get(parent) ?? []);
    tree.set(path, { content, sha: blobSha(content) });
    const sha = this.newCommitSha();
    this.commits.set(sha, tree);
    this.branches.set(branch, sha);
    return sha;
  }

  /** Seeds a tree under an arbitrary ref name (e.g. a PR's base sha), for contents reads at that ref. */
  setTree(ref: string, files: Record<string, string>): void {
    const tree = new Map<string, Blob>();
    for (const [p, c] of Object.entries(files)) tree.set(p, { content: c, sha: blobSha(c) });
    this.commits.set(ref, tree);
  }
}

function blobSha(content: string): string {
  // Git's blob id, so shas look and behave like GitHub's (same content → same sha).
  const buf = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

export interface FakeGitHub {
  /** Base URL to pass as GITHUB_API_URL / Octokit baseUrl (no trailing slash). */
  url: string;
  /** The default installation token (github-actions[bot]). */
  token: string;
  state: FakeGitHubState;
  requests: RecordedGitHubRequest[];
  /** Requests GitHub's REST description does not allow (answered 599); close() rejects unless empty. */
  violations: string[];
  /** Queues a fault; returns a function that removes it. */
  fault(spec: FaultSpec): () => void;
  /** Adds or replaces a token → user mapping. */
  addToken(token: string, user: FakeUser): void;
  close(): Promise<void>;
}

const MAX_BODY = 65_536;
/** The contents API base64-encodes files up to 1 MB; 1–100 MB come as `content: ""`, `encoding: "none"`. */
const CONTENTS_INLINE_MAX = 1024 * 1024;
const CONTENTS_MAX = 100 * 1024 * 1024;
const PR_FILES_CAP = 3_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repoName = opts.repo ?? 'octo/repo';
  const state = new FakeGitHubState(repoName, opts.defaultBranch ?? 'main');
  const tokens = new Map<string, FakeUser>(Object.entries(opts.tokens ?? {}));
  tokens.set(DEFAULT_TOKEN, BOT_USER);
  const requests: RecordedGitHubRequest[] = [];
  const violations: string[] = [];
  const faults: (FaultSpec & { left: number })[] = [];
  let baseUrl = '';

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  const prefix = (opts.pathPrefix ?? '').replace(/\/+$/, '');
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const full = new URL(req.url ?? '/', baseUrl);
    const outside = prefix !== '' && !full.pathname.startsWith(`${prefix}/`);
    const url = new URL(outside ? full.href : `${full.pathname.slice(prefix.length)}${full.search}`, baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    let body: unknown;
    const rec: RecordedGitHubRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      auth: req.headers.authorization,
      userAgent: req.headers['user-agent'],
      status: 0,
    };
    requests.push(rec);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status;
      const text = data === undefined ? '' : JSON.stringify(data);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(text);
    };
    try {
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'Problems parsing JSON');
        }
      }
      rec.body = body;
      if (outside) throw new HttpError(404, 'Not Found');
      const contract = checkRequest({ method, rawPath: url.pathname, query: url.searchParams, body });
      if (contract.violations.length > 0) {
        violations.push(...contract.violations);
        throw new HttpError(
          599,
          `fake-github: not allowed by GitHub's REST description: ${contract.violations.join(' | ')}`,
        );
      }
      // Faults match the decoded path (Octokit sends "/" inside a contents path as %2F).
      const lost = injectFault(method, decodeURIComponent(url.pathname));
      const user = authenticate(req.headers.authorization);
      const out = route(method, url, body, user, req.headers.accept ?? '');
      if (lost) throw new HttpError(lost.status ?? 502, 'Server Error');
      if (out.raw !== undefined) {
        rec.status = out.status;
        res.writeHead(out.status, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        res.end(out.raw);
        return;
      }
      send(out.status, out.data, out.headers);
    } catch (e) {
      if (e instanceof HttpError) {
        send(e.status, { message: e.message, documentation_url: 'https://docs.github.com/rest' }, e.headers);
      } else {
        send(500, { message: `fake-github internal error: ${(e as Error).message}` });
      }
    }
  }

  /** Throws the fault to answer with, or returns a `lost-response` fault to apply after the request is carried out. */
  function injectFault(method: string, path: string): FaultSpec | undefined {
    const i = faults.findIndex(
      (f) =>
        f.left > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
    );
    if (i < 0) return undefined;
    const f = faults[i]!;
    f.left -= 1;
    const after = f.retryAfter ?? 0;
    switch (f.kind) {
      case 'lost-response':
        return f;
      case 'forbidden':
        throw new HttpError(f.status ?? 403, 'Resource not accessible by integration');
      case 'secondary-rate-limit':
        throw new HttpError(
          f.status ?? 403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          {
            'retry-after': String(after),
          },
        );
      case 'rate-limit':
        throw new HttpError(f.status ?? 429, 'API rate limit exceeded', {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + after),
        });
      case 'server':
        throw new HttpError(f.status ?? 502, 'Server Error');
    }
  }

  function authenticate(header: string | undefined): FakeUser | undefined {
    if (!header) return undefined;
    const m = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim());
    const user = m ? tokens.get(m[1]!) : undefined;
    if (!user) throw new HttpError(401, 'Bad credentials');
    return user;
  }

  function requireWriter(user: FakeUser | undefined, permission: FakePermission): FakeUser {
    if (!user) throw new HttpError(401, 'Requires authentication');
    if (user.readOnly || user.permissions?.[permission] === false) {
      throw new HttpError(403, 'Resource not accessible by integration', {
        'x-accepted-github-permissions': `${permission}=write`,
      });
    }
    return user;
  }

  /** 410 on the issues of a repository with issues turned off (PRs and their comments still work). */
  function requireIssues(n?: number): void {
    if (!opts.issuesDisabled) return;
    if (n !== undefined && state.pulls.has(n)) return;
    throw new HttpError(410, 'Issues are disabled for this repo');
  }

  /** Slices `items` by per_page/page and adds GitHub's Link header. */
  function paginate<T>(url: URL, items: T[]): { data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const data = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string): string => {
      const u = new URL(url.toString());
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${baseUrl}${prefix}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return { data, headers: links.length ? { link: links.join(', ') } : {} };
  }

  function checkBody(text: unknown): string {
    if (typeof text !== 'string') throw new HttpError(422, 'Invalid request. "body" wasn\'t supplied.');
    if (text.length > MAX_BODY)
      throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
    return text;
  }

  function issueJson(i: FakeIssue): unknown {
    return {
      ...i,
      id: i.number * 7919,
      labels: i.labels.map((name) => ({ name })),
      comments: state.commentsOn(i.number).length,
      url: `${baseUrl}${prefix}/repos/${repoName}/issues/${i.number}`,
    };
  }

  function commentJson(c: FakeComment): unknown {
    return {
      ...c,
      url: `${baseUrl}${prefix}/repos/${repoName}/issues/comments/${c.id}`,
      issue_url: `${baseUrl}${prefix}/repos/${repoName}/issues/${c.issue_number}`,
    };
  }

  function findIssue(n: number): FakeIssue {
    const issue = state.issues.find((i) => i.number === n);
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  }

  function findComment(id: number): FakeComment {
    const c = state.comments.find((x) => x.id === id);
    if (!c) throw new HttpError(404, 'Not Found');
    return c;
  }

  type Out = { status: number; data?: unknown; headers?: Record<string, string>; raw?: string };

  function route(method: string, url: URL, body: unknown, user: FakeUser | undefined, accept: string): Out {
    // Octokit percent-encodes "/" inside {ref} and {path}; GitHub decodes them, so does the fake.
    const p = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    const b = (body ?? {}) as Record<string, unknown>;
    if (p === '/user' && method === 'GET') {
      if (!user) throw new HttpError(401, 'Requires authentication');
      if (user.installation) throw new HttpError(403, 'Resource not accessible by integration');
      return { status: 200, data: { login: user.login, type: user.type, id: 1 } };
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p);
    if (!m) throw new HttpError(404, 'Not Found');
    if (`${m[1]}/${m[2]}` !== repoName) throw new HttpError(404, 'Not Found');
    const rest = m[3] ?? '';
    let r: RegExpExecArray | null;

    if (rest === '' && method === 'GET') {
      const [owner, name] = repoName.split('/');
      return {
        status: 200,
        data: {
          full_name: repoName,
          name,
          owner: { login: owner },
          default_branch: state.defaultBranch,
          private: false,
        },
      };
    }

    // --- pulls
    if ((r = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = state.pulls.get(Number(r[1]));
      if (!pull) throw new HttpError(404, 'Not Found');
      return {
        status: 200,
        data: {
          number: pull.number,
          state: 'open',
          changed_files: pull.files.length,
          base: pull.base,
          head: pull.head,
        },
      };
    }
    if ((r = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = state.pulls.get(Number(r[1]));
      if (!pull) throw new HttpError(404, 'Not Found');
      // GitHub returns at most 3,000 files, whatever the pagination.
      const files = pull.files.slice(0, PR_FILES_CAP).map((f) => {
        const additions = f.additions ?? 1;
        const deletions = f.deletions ?? 0;
        return {
          sha: blobSha(f.filename),
          status: 'modified',
          ...f,
          additions,
          deletions,
          changes: additions + deletions,
        };
      });
      const pg = paginate(url, files);
      return { status: 200, data: pg.data, headers: pg.headers };
    }

    // --- issue comments
    if ((r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(r[1]);
      findIssue(n);
      requireIssues(n);
      if (method === 'GET') {
        const pg = paginate(url, state.commentsOn(n).map(commentJson));
        return { status: 200, data: pg.data, headers: pg.headers };
      }
      if (method === 'POST') {
        const u = requireWriter(user, state.pulls.has(n) ? 'pull_requests' : 'issues');
        const c = state.addComment(n, checkBody(b.body), u);
        return { status: 201, data: commentJson(c) };
      }
    }
    if ((r = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const c = findComment(Number(r[1]));
      if (method === 'GET') return { status: 200, data: commentJson(c) };
      const u = requireWriter(user, state.pulls.has(c.issue_number) ? 'pull_requests' : 'issues');
      // GitHub lets only the author (or maintainers) edit; the fake is strict: only the author.
      if (u.login !== c.user.login) throw new HttpError(403, 'Must have admin rights to Repository.');
      if (method === 'PATCH') {
        c.body = checkBody(b.body);
        c.updated_at = new Date().toISOString();
        return { status: 200, data: commentJson(c) };
      }
      if (method === 'DELETE') {
        state.comments = state.comments.filter((x) => x !== c);
        return { status: 204 };
      }
    }

    // --- issues
    if (rest === '/issues') {
      requireIssues();
      if (method === 'GET') {
        const wantState = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const direction = url.searchParams.get('direction') ?? 'desc';
        let list = state.issues.filter(
          (i) => (wantState === 'all' ? true : i.state === wantState) && labels.every((l) => i.labels.includes(l)),
        );
        list = [...list].sort((a, c) => (direction === 'asc' ? a.number - c.number : c.number - a.number));
        const pg = paginate(url, list.map(issueJson));
        return { status: 200, data: pg.data, headers: pg.headers };
      }
      if (method === 'POST') {
        const u = requireWriter(user, 'issues');
        if (typeof b.title !== 'string' || !b.title) throw new HttpError(422, 'Validation Failed: title is missing');
        if (b.body !== undefined) checkBody(b.body);
        const issue = state.addIssue(
          { title: b.title, body: (b.body as string | undefined) ?? null, labels: labelNames(b.labels) },
          u,
        );
        return { status: 201, data: issueJson(issue) };
      }
    }
    if ((r = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = findIssue(Number(r[1]));
      requireIssues(issue.number);
      if (method === 'GET') return { status: 200, data: issueJson(issue) };
      if (method === 'PATCH') {
        requireWriter(user, 'issues');
        if (b.title !== undefined) issue.title = String(b.title);
        if (b.body !== undefined) issue.body = checkBody(b.body);
        if (b.labels !== undefined) issue.labels = labelNames(b.labels);
        if (b.state === 'open' || b.state === 'closed') {
          if (b.state !== issue.state) issue.closed_at = b.state === 'closed' ? new Date().toISOString() : null;
          issue.state = b.state;
          issue.state_reason =
            (b.state_reason as string | undefined) ?? (b.state === 'closed' ? 'completed' : 'reopened');
        } else if (b.state !== undefined) throw new HttpError(422, 'Validation Failed: state');
        issue.updated_at = new Date().toISOString();
        return { status: 200, data: issueJson(issue) };
      }
    }

    // --- contents
    if ((r = /^\/contents\/(.+)$/.exec(rest))) {
      const path = r[1]!;
      if (method === 'GET') {
        const ref = url.searchParams.get('ref') ?? undefined;
        const tree = state.tree(ref);
        if (!tree) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const blob = tree.get(path);
        if (!blob) throw new HttpError(404, 'Not Found');
        const size = Buffer.byteLength(blob.content);
        if (size > CONTENTS_MAX)
          throw new HttpError(
            403,
            'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
          );
        // application/vnd.github.raw+json (and the older v3.raw): the file's bytes.
        if (/vnd\.github(?:\.v3)?\.raw/.test(accept)) return { status: 200, raw: blob.content };
        const inline = size <= CONTENTS_INLINE_MAX;
        const content = inline
          ? Buffer.from(blob.content, 'utf8')
              .toString('base64')
              .replace(/(.{60})/g, '$1\n')
          : '';
        return {
          status: 200,
          data: {
            type: 'file',
            encoding: inline ? 'base64' : 'none',
            name: path.split('/').pop(),
            path,
            sha: blob.sha,
            size,
            content,
          },
        };
      }
      if (method === 'PUT') {
        requireWriter(user, 'contents');
        if (typeof b.message !== 'string') throw new HttpError(422, 'Invalid request. "message" wasn\'t supplied.');
        if (typeof b.content !== 'string') throw new HttpError(422, 'Invalid request. "content" wasn\'t supplied.');
        const branch = (b.branch as string | undefined) ?? state.defaultBranch;
        const head = state.branches.get(branch);
        if (!head) throw new HttpError(404, `Branch ${branch} not found`);
        const existing = state.commits.get(head)!.get(path);
        if (existing && b.sha === undefined) throw new HttpError(422, 'Invalid request. "sha" wasn\'t supplied.');
        if (existing && b.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${String(b.sha)}`);
        if (!existing && b.sha !== undefined) throw new HttpError(409, `${path} does not match ${String(b.sha)}`);
        const text = Buffer.from(b.content, 'base64').toString('utf8');
        const commit = state.setFile(path, text, branch);
        const blob = state.commits.get(commit)!.get(path)!;
        return {
          status: existing ? 200 : 201,
          data: {
            content: { name: path.split('/').pop(), path, sha: blob.sha },
            commit: { sha: commit, message: b.message },
          },
        };
      }
    }

    // --- git refs
    if ((r = /^\/git\/ref\/heads\/(.+)$/.exec(rest)) && method === 'GET') {
      const branch = r[1]!;
      const sha = state.branches.get(branch);
      if (!sha) throw new HttpError(404, 'Not Found');
      return { status: 200, data: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } };
    }
    if (rest === '/git/refs' && method === 'POST') {
      requireWriter(user, 'contents');
      const ref = String(b.ref ?? '');
      const sha = String(b.sha ?? '');
      const mm = /^refs\/heads\/(.+)$/.exec(ref);
      if (!mm) throw new HttpError(422, 'Reference name must start with refs/heads/');
      if (state.branches.has(mm[1]!)) throw new HttpError(422, 'Reference already exists');
      const rule = opts.rulesets?.find((x) => x.branch.test(mm[1]!));
      // GitHub's answer when a ruleset restricts creations (it does not name the ruleset).
      if (rule)
        throw new HttpError(
          422,
          'Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n',
        );
      if (!state.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
      state.branches.set(mm[1]!, sha);
      return { status: 201, data: { ref, object: { sha, type: 'commit' } } };
    }

    throw new HttpError(404, 'Not Found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.setBaseUrl(`${baseUrl}${prefix}`);

  return {
    url: `${baseUrl}${prefix}`,
    token: DEFAULT_TOKEN,
    state,
    requests,
    violations,
    fault(spec) {
      const f = { ...spec, left: spec.times ?? 1 };
      faults.push(f);
      return () => {
        f.left = 0;
      };
    },
    addToken(token, user) {
      tokens.set(token, user);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e) reject(e);
          else if (violations.length > 0 && !opts.allowViolations) {
            reject(new Error(`requests GitHub's REST description does not allow:\n  ${violations.join('\n  ')}`));
          } else resolve();
        });
      }),
  };
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
