// An Octokit for the fake GitHub without the spacing plugin-throttling puts between writes (1 s) and notifying writes (3 s).
import Bottleneck from 'bottleneck';
import { createOctokit, type GitHubClient } from '../../../src/adapters/github/octokit.js';
import type { FakeGitHub } from '../../fakes/fake-github.js';

export function testOctokit(gh: FakeGitHub, token = gh.token): GitHubClient {
  return createOctokit({
    token,
    baseUrl: gh.url,
    retryUnitMs: 1,
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    } as never,
  });
}
