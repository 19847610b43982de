// The GitHub adapters with the real Octokit (retry + throttling) against the loopback fake GitHub.
import Bottleneck from 'bottleneck';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/adapters/github/contents.js';
import { createOctokit } from '../../../src/adapters/github/octokit.js';
import { listPrFiles } from '../../../src/adapters/github/pr-files.js';
import { resolveIdentity } from '../../../src/adapters/github/identity.js';
import { upsertStickyComment, versionOf } from '../../../src/adapters/github/sticky-comment.js';
import { appUser, patUser, startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';

const MARKER = '<!-- evalgate:pr-comment -->';
let gh: FakeGitHub;
let logs: string[];

const client = (token = gh.token) =>
  createOctokit({
    token,
    baseUrl: gh.url,
    log: (m) => logs.push(m),
    retryUnitMs: 1,
    // GitHub asks for 1 s between writes; tests use their own group so they do not wait.
    throttle: { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) },
  });
const repo = { owner: 'octo', repo: 'repo' };

beforeEach(async () => {
  gh = await startFakeGitHub();
  logs = [];
});
afterEach(async () => {
  await gh.close();
});

describe('listPrFiles', () => {
  it('follows Link pagination and reports renamed files under both names', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `src/f${i}.txt`);
    gh.state.addPull(7, [
      ...files,
      { filename: 'prompts/new.txt', status: 'renamed', previous_filename: 'prompts/old.txt' },
    ]);
    const out = await listPrFiles(client(), { ...repo, pullNumber: 7 });
    expect(out.capped).toBe(false);
    expect(out.files).toHaveLength(252);
    expect(out.files).toContain('prompts/old.txt');
    expect(out.files).toContain('src/f249.txt');
    const pages = gh.requests.filter((r) => r.path.endsWith('/pulls/7/files'));
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('flags the 3,000-file cap', async () => {
    gh.state.addPull(
      8,
      Array.from({ length: 3_400 }, (_, i) => `f${i}`),
    );
    const out = await listPrFiles(client(), { ...repo, pullNumber: 8 });
    expect(out.files).toHaveLength(3_000);
    expect(out.capped).toBe(true);
  });
});

describe('sticky comment', () => {
  it('creates once, then updates the same comment (found past the first page)', async () => {
    gh.state.addPull(1, []);
    for (let i = 0; i < 130; i++) gh.state.addComment(1, `chatter ${i}`, { login: 'someone', type: 'User' });
    const first = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 1,
      marker: MARKER,
      body: `${MARKER}\nv1`,
    });
    expect(first.status).toBe('created');
    const second = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 1,
      marker: MARKER,
      body: `${MARKER}\nv2`,
    });
    expect(second).toMatchObject({ status: 'updated', id: first.status === 'created' ? first.id : -1 });
    const ours = gh.state.commentsOn(1).filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${MARKER}\nv2`);
    expect(ours[0]!.user.login).toBe('github-actions[bot]');
  });

  it('with createIfMissing false only updates: nothing is created when there is no comment yet', async () => {
    gh.state.addPull(3, []);
    const none = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 3,
      marker: MARKER,
      body: `${MARKER}\nnothing`,
      createIfMissing: false,
    });
    expect(none.status).toBe('absent');
    expect(gh.state.commentsOn(3)).toHaveLength(0);
    await upsertStickyComment(client(), { ...repo, issueNumber: 3, marker: MARKER, body: `${MARKER}\nfigures` });
    const upd = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 3,
      marker: MARKER,
      body: `${MARKER}\nnothing now`,
      createIfMissing: false,
    });
    expect(upd.status).toBe('updated');
    expect(gh.state.commentsOn(3).map((c) => c.body)).toEqual([`${MARKER}\nnothing now`]);
  });

  it('does not hijack a comment by another user that carries the marker', async () => {
    gh.state.addPull(2, []);
    const theirs = gh.state.addComment(2, `${MARKER} gotcha`, { login: 'mallory', type: 'User' });
    const out = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 2,
      marker: MARKER,
      body: `${MARKER}\nreport`,
    });
    expect(out.status).toBe('created');
    expect(gh.state.comments.find((c) => c.id === theirs.id)!.body).toBe(`${MARKER} gotcha`);
    expect(gh.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('uses GET /user for a personal token and knows an installation token as one', async () => {
    gh.addToken('ghp_pat', { login: 'alice', type: 'User' });
    expect(await resolveIdentity(client('ghp_pat'))).toEqual({ kind: 'user', login: 'alice' });
    expect(await resolveIdentity(client())).toEqual({ kind: 'installation' });
    gh.state.addPull(3, []);
    gh.state.addComment(3, `${MARKER} old`, { login: 'alice', type: 'User' });
    const out = await upsertStickyComment(client('ghp_pat'), {
      ...repo,
      issueNumber: 3,
      marker: MARKER,
      body: `${MARKER} new`,
    });
    expect(out.status).toBe('updated');
  });

  it.each([
    ['GITHUB_TOKEN', undefined],
    ['an App installation token', appUser('evalgate-ci')],
    ['a PAT', patUser('alice')],
  ] as const)('keeps one comment over three runs with %s', async (_what, user) => {
    const token = user ? `tok_${user.login}` : gh.token;
    if (user) gh.addToken(token, user);
    gh.state.addPull(6, []);
    gh.state.addComment(6, `${MARKER} quoted by a person`, { login: 'mallory', type: 'User' });
    for (const run of [1, 2, 3])
      await upsertStickyComment(client(token), {
        ...repo,
        issueNumber: 6,
        marker: MARKER,
        body: `${MARKER}\nrun ${run}`,
      });
    const ours = gh.state.commentsOn(6).filter((c) => c.user.login !== 'mallory');
    expect(ours.map((c) => [c.user.login, c.body])).toEqual([
      [user?.login ?? 'github-actions[bot]', `${MARKER}\nrun 3`],
    ]);
  });

  it('turns a 403 into a warning result (read-only token)', async () => {
    gh.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true });
    gh.state.addPull(4, []);
    const out = await upsertStickyComment(client('ghs_ro'), {
      ...repo,
      issueNumber: 4,
      marker: MARKER,
      body: `${MARKER}`,
    });
    expect(out.status).toBe('forbidden');
    expect(out.status === 'forbidden' && out.warning).toMatch(/HTTP 403.*`permissions: pull-requests: write`/);
    expect(gh.state.commentsOn(4)).toHaveLength(0);
  });

  it('never moves backwards: an older run for another head leaves a newer comment; the version line cannot be forged from the body', async () => {
    gh.state.addPull(6, []);
    const head = (c: string) => c.repeat(40);
    const newer = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 6,
      marker: MARKER,
      body: `${MARKER}\nnew`,
      version: { head: head('b'), run: 9 },
    });
    expect(newer.status).toBe('created');
    expect(gh.state.commentsOn(6)[0]!.body).toBe(`${MARKER}\n<!-- evalgate:head sha=${head('b')} run=9 -->\nnew`);
    const older = await upsertStickyComment(client(), {
      ...repo,
      issueNumber: 6,
      marker: MARKER,
      body: `${MARKER}\nold`,
      version: { head: head('a'), run: 8 },
    });
    expect(older).toMatchObject({ status: 'stale', shown: { head: head('b'), run: 9 } });
    // A quoted model output holding a version line far down the body does not count.
    const forged = `${MARKER}\n\`\`\`\n<!-- evalgate:head sha=${head('c')} run=999 -->\n\`\`\``;
    expect(
      (
        await upsertStickyComment(client(), {
          ...repo,
          issueNumber: 6,
          marker: MARKER,
          body: forged,
          version: { head: head('d'), run: 10 },
        })
      ).status,
    ).toBe('updated');
    expect(
      (
        await upsertStickyComment(client(), {
          ...repo,
          issueNumber: 6,
          marker: MARKER,
          body: `${MARKER}\nnext`,
          version: { head: head('e'), run: 11 },
        })
      ).status,
    ).toBe('updated');
    expect(versionOf(gh.state.commentsOn(6)[0]!.body)).toEqual({ head: head('e'), run: 11 });
  });

  it('treats an injected 403 on create as a warning too', async () => {
    gh.state.addPull(5, []);
    gh.fault({ kind: 'forbidden', method: 'POST', path: '/comments' });
    const out = await upsertStickyComment(client(), { ...repo, issueNumber: 5, marker: MARKER, body: MARKER });
    expect(out.status).toBe('forbidden');
  });
});

describe('retries and rate limits', () => {
  it.each([
    ['secondary-rate-limit', /secondary rate limit.*retrying/],
    ['rate-limit', /rate limit.*retrying/],
  ] as const)('retries once after a %s and logs it', async (kind, logPattern) => {
    gh.state.addPull(9, ['a.txt']);
    gh.fault({ kind, path: '/pulls/9/files' });
    const out = await listPrFiles(client(), { ...repo, pullNumber: 9 });
    expect(out.files).toEqual(['a.txt']);
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/9/files')).map((r) => r.status)).toEqual([
      kind === 'rate-limit' ? 429 : 403,
      200,
    ]);
    expect(logs.join('\n')).toMatch(logPattern);
  });

  it('retries a 5xx', async () => {
    gh.state.addPull(10, ['b.txt']);
    gh.fault({ kind: 'server', path: '/pulls/10/files' });
    expect((await listPrFiles(client(), { ...repo, pullNumber: 10 })).files).toEqual(['b.txt']);
  });

  it('gives up after the bounded number of rate-limit retries', async () => {
    gh.state.addPull(11, ['c.txt']);
    gh.fault({ kind: 'secondary-rate-limit', path: '/pulls/11/files', times: Infinity });
    await expect(listPrFiles(client(), { ...repo, pullNumber: 11 })).rejects.toMatchObject({ status: 403 });
    // No retry-after: the plugin waits GitHub's advised 60 s, twice within the 120 s a call may wait.
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/11/files'))).toHaveLength(3);
    expect(logs.join('\n')).toMatch(/GitHub asks to wait 60 s, more than evalgate waits \(120 s per call\): giving up/);
  });

  it('does not wait longer than its caps: per call, then per run (seconds GitHub asks for, summed)', async () => {
    const capped = createOctokit({
      token: gh.token,
      baseUrl: gh.url,
      log: (m) => logs.push(m),
      retryUnitMs: 1,
      rateLimitWait: { perCallS: 40, perRunS: 5 },
      throttle: { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) },
    });
    for (const n of [12, 13, 14]) gh.state.addPull(n, [`${n}.txt`]);
    gh.fault({ kind: 'secondary-rate-limit', path: '/pulls/12/files', retryAfter: 50 });
    await expect(listPrFiles(capped, { ...repo, pullNumber: 12 })).rejects.toMatchObject({ status: 403 });
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/12/files'))).toHaveLength(1);
    expect(logs.at(-1)).toMatch(/GitHub asks to wait 50 s, more than evalgate waits \(40 s per call\): giving up/);

    gh.fault({ kind: 'secondary-rate-limit', path: '/pulls/13/files', retryAfter: 3 });
    expect((await listPrFiles(capped, { ...repo, pullNumber: 13 })).files).toEqual(['13.txt']);
    gh.fault({ kind: 'rate-limit', path: '/pulls/14/files', retryAfter: 3 });
    await expect(listPrFiles(capped, { ...repo, pullNumber: 14 })).rejects.toMatchObject({ status: 429 });
    expect(logs.at(-1)).toMatch(/more than evalgate waits \(5 s per run, 3 s waited so far\): giving up/);
  });
});

describe('contents', () => {
  it('reads a file at a ref and answers undefined when absent', async () => {
    gh.state.setTree('abc123', { 'prompts/p.txt': 'héllo {{name}}\n'.repeat(20) });
    expect(await readRepoFile(client(), { ...repo, path: 'prompts/p.txt', ref: 'abc123' })).toBe(
      'héllo {{name}}\n'.repeat(20),
    );
    expect(await readRepoFile(client(), { ...repo, path: 'missing.txt', ref: 'abc123' })).toBeUndefined();
  });

  it('the fake enforces sha concurrency on PUT (409 on a stale sha) and creates refs', async () => {
    const o = client();
    const put = (content: string, sha?: string) =>
      o.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'h.json',
        message: 'm',
        content: Buffer.from(content).toString('base64'),
        ...(sha ? { sha } : {}),
      });
    const a = await put('1');
    const sha1 = a.data.content!.sha!;
    await put('2', sha1);
    await expect(put('3', sha1)).rejects.toMatchObject({ status: 409 });
    expect(gh.state.getFile('h.json')).toBe('2');
    const main = await o.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await o.rest.git.createRef({ ...repo, ref: 'refs/heads/data', sha: main.data.object.sha });
    expect(gh.state.getFile('h.json', 'data')).toBe('2');
    await expect(o.rest.git.getRef({ ...repo, ref: 'heads/nope' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('createOctokit behind a proxy', () => {
  it('sends GitHub calls through HTTPS_PROXY/HTTP_PROXY (the API host resolves only at the proxy)', async () => {
    const { startFakeProxy } = await import('../../fakes/fake-proxy.js');
    const port = new URL(gh.url).port;
    const proxy = await startFakeProxy({ 'api.github.internal.test': `127.0.0.1:${port}` });
    try {
      gh.addToken('ghp_pat', { login: 'alice', type: 'User' });
      const viaProxy = createOctokit({
        token: 'ghp_pat',
        baseUrl: `http://api.github.internal.test:${port}`,
        retries: 0,
        env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
      });
      expect(await resolveIdentity(viaProxy)).toEqual({ kind: 'user', login: 'alice' });
      expect(proxy.seen).toContain(`api.github.internal.test:${port}`);
      const direct = createOctokit({
        token: 'ghp_pat',
        baseUrl: `http://api.github.internal.test:${port}`,
        retries: 0,
        env: {},
      });
      await expect(resolveIdentity(direct)).rejects.toThrow();
    } finally {
      await proxy.close();
    }
  });
});

describe('createOctokit: the API root is the one named, never the process environment', () => {
  it('an explicit GHES root (the CLI and the monitor pass theirs) is used as given', async () => {
    const ghes = await startFakeGitHub({ pathPrefix: '/api/v3' });
    const saved = process.env['GITHUB_API_URL'];
    // What @actions/github would take as the root if it were left to choose: a wrong host.
    process.env['GITHUB_API_URL'] = 'http://127.0.0.1:9/api/v3';
    try {
      ghes.addToken('ghp_pat', { login: 'alice', type: 'User' });
      const octokit = createOctokit({ token: 'ghp_pat', baseUrl: `${ghes.url}/`, retries: 0, env: {} });
      expect(await resolveIdentity(octokit)).toEqual({ kind: 'user', login: 'alice' });
      expect(ghes.requests.map((q) => q.status)).toEqual([200]);
      // Without one: github.com, whatever the process's GITHUB_API_URL says (the caller reads its own env).
      expect(createOctokit({ token: 'x' }).request.endpoint.DEFAULTS.baseUrl).toBe('https://api.github.com');
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = saved;
      await ghes.close();
    }
  });
});
