// The fake GitHub holds requests to GitHub's official REST description and answers as GitHub documents
// where our code depends on it (contents sizes and refs, App identities, permissions, disabled issues).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/adapters/github/contents.js';
import { appUser, patUser, startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';
import { checkRequest } from '../../fakes/github-contract.js';
import { testOctokit } from '../drift/gh.js';

const q = (s = ''): URLSearchParams => new URLSearchParams(s);

describe('the REST contract (GitHub’s OpenAPI description)', () => {
  it('accepts the operations evalgate uses, with their real parameter shapes', () => {
    expect(
      checkRequest({
        method: 'GET',
        rawPath: '/repos/o/r/issues/12/comments',
        query: q('per_page=100&page=2'),
        body: undefined,
      }).violations,
    ).toEqual([]);
    expect(
      checkRequest({ method: 'GET', rawPath: '/repos/o/r/issues/comments/7', query: q(), body: undefined }).operationId,
    ).toBe('issues/get-comment');
    expect(
      checkRequest({
        method: 'GET',
        rawPath: '/repos/o/r/contents/history%2Fa.json',
        query: q('ref=evalgate-data'),
        body: undefined,
      }).violations,
    ).toEqual([]);
    expect(
      checkRequest({ method: 'GET', rawPath: '/repos/o/r/git/ref/heads/evalgate-data', query: q(), body: undefined })
        .violations,
    ).toEqual([]);
    expect(
      checkRequest({
        method: 'POST',
        rawPath: '/repos/o/r/issues',
        query: q(),
        body: { title: 't', body: 'b', labels: ['drift'] },
      }).violations,
    ).toEqual([]);
  });

  it('flags an unknown operation, an unknown or invalid parameter and an invalid body', () => {
    expect(
      checkRequest({ method: 'GET', rawPath: '/repos/o/r/nope', query: q(), body: undefined }).violations[0],
    ).toMatch(/no operation/);
    expect(
      checkRequest({ method: 'DELETE', rawPath: '/repos/o/r/issues/3', query: q(), body: undefined }).violations[0],
    ).toMatch(/no operation/);
    expect(
      checkRequest({ method: 'GET', rawPath: '/repos/o/r/issues', query: q('bogus=1'), body: undefined }).violations[0],
    ).toMatch(/bogus is not a parameter/);
    expect(
      checkRequest({ method: 'GET', rawPath: '/repos/o/r/issues', query: q('state=shut'), body: undefined })
        .violations[0],
    ).toMatch(/state="shut"/);
    expect(
      checkRequest({ method: 'PATCH', rawPath: '/repos/o/r/issues/3', query: q(), body: { state: 'shut' } })
        .violations[0],
    ).toMatch(/body: \/state/);
    expect(
      checkRequest({
        method: 'PUT',
        rawPath: '/repos/o/r/contents/a.json',
        query: q(),
        body: { message: 'm', content: 'eA==', sha: 3 },
      }).violations[0],
    ).toMatch(/\/sha must be string/);
    expect(
      checkRequest({ method: 'POST', rawPath: '/repos/o/r/issues', query: q(), body: undefined }).violations[0],
    ).toMatch(/body is required/);
  });
});

describe('fake GitHub answers', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => {
    await gh.close();
  });

  it('answers 599 to a request the description does not allow, and close() then fails the test', async () => {
    const res = await fetch(`${gh.url}/repos/octo/repo/issues?bogus=1`, {
      headers: { authorization: `token ${gh.token}` },
    });
    expect(res.status).toBe(599);
    expect(gh.violations).toHaveLength(1);
    const other = await startFakeGitHub();
    await fetch(`${other.url}/repos/octo/repo/not-an-endpoint`);
    await expect(other.close()).rejects.toThrow(/does not allow/);
    gh.violations.length = 0;
  });

  it('serves files of 1–100 MB as encoding "none" on the default media type and as bytes on the raw one', async () => {
    const big = `${'x'.repeat(1_500_000)}end`;
    gh.state.setFile('big.json', big);
    const res = await fetch(`${gh.url}/repos/octo/repo/contents/big.json`, {
      headers: { authorization: `token ${gh.token}` },
    });
    const json = (await res.json()) as { encoding: string; content: string; size: number };
    expect([json.encoding, json.content, json.size]).toEqual(['none', '', big.length]);
    const raw = await fetch(`${gh.url}/repos/octo/repo/contents/big.json`, {
      headers: { authorization: `token ${gh.token}`, accept: 'application/vnd.github.raw+json' },
    });
    expect(await raw.text()).toBe(big);
    expect(await readRepoFile(testOctokit(gh), { owner: 'octo', repo: 'repo', path: 'big.json' })).toBe(big);
  });

  it('reads contents at a commit sha, a branch and a tag', async () => {
    const first = gh.state.setFile('p.txt', 'one');
    gh.state.setFile('p.txt', 'two');
    gh.state.tags.set('v1', first);
    const octokit = testOctokit(gh);
    const read = (ref: string): Promise<string | undefined> =>
      readRepoFile(octokit, { owner: 'octo', repo: 'repo', path: 'p.txt', ref });
    expect([await read(first), await read('main'), await read('v1')]).toEqual(['one', 'two', 'one']);
  });

  it('App installation tokens write as <slug>[bot] and get 403 on GET /user; a PAT can call it', async () => {
    gh.addToken('ghs_app', appUser('evalgate-ci'));
    gh.addToken('ghp_pat', patUser('alice'));
    const app = testOctokit(gh, 'ghs_app');
    await expect(app.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    gh.state.addPull(5, ['a.txt']);
    const { data } = await app.rest.issues.createComment({ owner: 'octo', repo: 'repo', issue_number: 5, body: 'hi' });
    expect(data.user?.login).toBe('evalgate-ci[bot]');
    expect((await testOctokit(gh, 'ghp_pat').rest.users.getAuthenticated()).data.login).toBe('alice');
  });

  it('a missing permission is a 403 naming it in x-accepted-github-permissions; 404 for unknown PRs, issues, comments', async () => {
    gh.addToken('ghs_noissues', appUser('x', { permissions: { issues: false } }));
    const octokit = testOctokit(gh, 'ghs_noissues');
    await expect(octokit.rest.issues.create({ owner: 'octo', repo: 'repo', title: 't' })).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-accepted-github-permissions': 'issues=write' } },
    });
    await expect(octokit.rest.pulls.get({ owner: 'octo', repo: 'repo', pull_number: 99 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 99 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(octokit.rest.issues.getComment({ owner: 'octo', repo: 'repo', comment_id: 99 })).rejects.toMatchObject(
      { status: 404 },
    );
  });

  it('a repository with issues disabled answers 410 on issues', async () => {
    const off = await startFakeGitHub({ issuesDisabled: true });
    try {
      await expect(testOctokit(off).rest.issues.listForRepo({ owner: 'octo', repo: 'repo' })).rejects.toMatchObject({
        status: 410,
      });
    } finally {
      await off.close();
    }
  });
});
