// Everything written to GitHub through our Octokit passes the secret scrubber: comment and issue bodies,
// titles, commit messages and (decoded) file contents — against the loopback fake GitHub.
import Bottleneck from 'bottleneck';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOctokit } from '../../../src/adapters/github/octokit.js';
import { createSecretScrubber } from '../../../src/core/util/mask-secrets.js';
import { startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';

const SECRET = 'sk-github-writes-0123456789abcdef';
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

it('masks secrets in bodies, titles, messages and base64 file contents before they are sent', async () => {
  const scrubber = createSecretScrubber([{ name: 'OPENAI_API_KEY', value: SECRET }]);
  const octokit = createOctokit({
    token: gh.token,
    baseUrl: gh.url,
    retryUnitMs: 1,
    throttle: { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) },
    scrub: (t) => scrubber.scrub(t).text,
  });
  gh.state.addPull(3, ['a.txt']);
  await octokit.rest.issues.createComment({
    owner: 'octo',
    repo: 'repo',
    issue_number: 3,
    body: `the key is ${SECRET}`,
  });
  await octokit.rest.issues.create({ owner: 'octo', repo: 'repo', title: `drift ${SECRET}`, body: `again ${SECRET}` });
  await octokit.rest.repos.createOrUpdateFileContents({
    owner: 'octo',
    repo: 'repo',
    path: 'history/x.json',
    message: `write ${SECRET}`,
    content: Buffer.from(`{"output":"${SECRET}"}`).toString('base64'),
  });
  expect(gh.state.commentsOn(3).map((c) => c.body)).toEqual(['the key is [secret: OPENAI_API_KEY]']);
  expect(gh.state.issues.map((i) => [i.title, i.body])).toContainEqual([
    'drift [secret: OPENAI_API_KEY]',
    'again [secret: OPENAI_API_KEY]',
  ]);
  expect(gh.state.getFile('history/x.json')).toBe('{"output":"[secret: OPENAI_API_KEY]"}');
  expect(JSON.stringify(gh.requests.map((q) => q.body))).not.toContain(SECRET);
});
