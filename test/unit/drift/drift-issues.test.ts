import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriftIssues } from '../../../src/adapters/github/drift-issues.js';
import { driftMarker } from '../../../src/core/drift/issue-body.js';
import { appUser, patUser, startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';
import { testOctokit } from './gh.js';

describe('drift issues on GitHub (fake)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => {
    await gh.close();
  });
  const tracker = () =>
    createDriftIssues({ octokit: testOctokit(gh), owner: 'octo', repo: 'repo', label: 'evalgate-drift' });

  it('finds only our open issue with the label and the exact marker, across pages', async () => {
    for (let i = 0; i < 130; i++) gh.state.addIssue({ title: `noise ${i}`, labels: ['evalgate-drift'], body: 'other' });
    // Someone else quoting our marker, a closed one of ours, another suite's, one without the label.
    gh.state.addIssue(
      { title: 'fake', labels: ['evalgate-drift'], body: driftMarker('greeting') },
      { login: 'mallory', type: 'User' },
    );
    gh.state.addIssue({ title: 'old', labels: ['evalgate-drift'], body: driftMarker('greeting'), state: 'closed' });
    gh.state.addIssue({ title: 'other', labels: ['evalgate-drift'], body: driftMarker('greeting2') });
    gh.state.addIssue({ title: 'nolabel', labels: [], body: driftMarker('greeting') });
    const t = tracker();
    expect(await t.findOpen('greeting')).toBeUndefined();
    const mine = gh.state.addIssue({
      title: 'evalgate drift: greeting',
      labels: ['evalgate-drift'],
      body: `${driftMarker('greeting')}\nbody`,
    });
    expect(await t.findOpen('greeting')).toMatchObject({ number: mine.number });
    expect(
      gh.requests.filter((r) => r.path.endsWith('/issues') && r.method === 'GET').some((r) => r.query['page'] === '2'),
    ).toBe(true);
  });

  it('names a bad token and a rate limit that does not lift for what they are, not as a missing permission', async () => {
    const bad = createDriftIssues({
      octokit: testOctokit(gh, 'ghs_revoked'),
      owner: 'octo',
      repo: 'repo',
      label: 'evalgate-drift',
    });
    await expect(bad.findOpen('greeting')).rejects.toThrow(
      /^listing the drift issues: GitHub refused the token \(HTTP 401 Bad credentials\): it is invalid, expired or revoked/,
    );
    gh.fault({ kind: 'secondary-rate-limit', method: 'POST', path: /\/issues$/, retryAfter: 900, times: Infinity });
    const err = await tracker()
      .open('greeting', 'evalgate drift: greeting', driftMarker('greeting'))
      .catch((e: Error) => e);
    expect((err as Error).message).toMatch(
      /^could not open the drift issue of greeting: GitHub's secondary rate limit did not lift \(HTTP 403, retry-after 900 s\)/,
    );
    expect((err as Error).message).not.toMatch(/permissions:/);
  });

  it('opens with the label, comments, and closes with a comment', async () => {
    const t = tracker();
    const opened = await t.open('greeting', 'evalgate drift: greeting', `${driftMarker('greeting')}\nhi`);
    expect(opened.closedDuplicates).toEqual([]);
    const issue = gh.state.issues.find((i) => i.number === opened.number)!;
    expect(issue.labels).toEqual(['evalgate-drift']);
    await t.comment(opened.number, 'still');
    await t.close(opened.number, 'recovered');
    expect(gh.state.comments.filter((c) => c.issue_number === opened.number).map((c) => c.body)).toEqual([
      'still',
      'recovered',
    ]);
    expect(issue.state).toBe('closed');
  });

  it('two overlapping runs end with one open issue: the oldest survives, the other is closed as a duplicate', async () => {
    const a = tracker();
    const b = tracker();
    // Both looked before either created (the race), then both open.
    expect(await a.findOpen('greeting')).toBeUndefined();
    expect(await b.findOpen('greeting')).toBeUndefined();
    const [ra, rb] = await Promise.all([
      a.open('greeting', 't', `${driftMarker('greeting')}\nA`),
      b.open('greeting', 't', `${driftMarker('greeting')}\nB`),
    ]);
    expect(ra.number).toBe(rb.number);
    const open = gh.state.issues.filter((i) => i.state === 'open' && i.body?.includes(driftMarker('greeting')));
    expect(open).toHaveLength(1);
    expect(open[0]!.number).toBe(Math.min(...gh.state.issues.map((i) => i.number)));
    expect([...ra.closedDuplicates, ...rb.closedDuplicates]).toContain(open[0]!.number + 1);
  });

  it.each([
    ['GITHUB_TOKEN', undefined],
    ['an App installation token', appUser('evalgate-ci')],
    ['a PAT', patUser('alice')],
  ] as const)('three drifting nights with %s keep one issue', async (_what, user) => {
    const token = user ? `tok_${user.login}` : gh.token;
    if (user) gh.addToken(token, user);
    for (let night = 1; night <= 3; night++) {
      const t = createDriftIssues({
        octokit: testOctokit(gh, token),
        owner: 'octo',
        repo: 'repo',
        label: 'evalgate-drift',
      });
      const open = await t.findOpen('greeting');
      if (open) await t.comment(open.number, `night ${night}`);
      else await t.open('greeting', 'evalgate drift: greeting', `${driftMarker('greeting')}\nnight ${night}`);
    }
    expect(gh.state.issues.map((i) => [i.user.login, i.state])).toEqual([
      [user?.login ?? 'github-actions[bot]', 'open'],
    ]);
    expect(gh.state.comments.map((c) => c.body)).toEqual(['night 2', 'night 3']);
  });

  it('issues turned off (410): nothing to find, one line saying so; a refused open names what is missing', async () => {
    const off = await startFakeGitHub({ issuesDisabled: true });
    const logs: string[] = [];
    try {
      const t = createDriftIssues({
        octokit: testOctokit(off),
        owner: 'octo',
        repo: 'repo',
        label: 'evalgate-drift',
        log: (m) => logs.push(m),
      });
      expect(await t.findOpen('a')).toBeUndefined();
      expect(await t.findOpen('b')).toBeUndefined();
      expect(logs).toEqual([
        expect.stringMatching(/drift issues are off: the repository has issues turned off \(HTTP 410\).*Settings/),
      ]);
      await expect(t.open('a', 't', driftMarker('a'))).rejects.toThrow(
        /could not open the drift issue of a: the repository has issues turned off/,
      );
    } finally {
      await off.close();
    }
  });

  it('a token without issues: write: the refused open names `permissions: issues: write`', async () => {
    gh.addToken('ghs_noissues', appUser('ci', { permissions: { issues: false } }));
    const t = createDriftIssues({
      octokit: testOctokit(gh, 'ghs_noissues'),
      owner: 'octo',
      repo: 'repo',
      label: 'evalgate-drift',
    });
    expect(await t.findOpen('a')).toBeUndefined();
    await expect(t.open('a', 't', driftMarker('a'))).rejects.toThrow(/HTTP 403.*`permissions: issues: write`/);
  });
});
