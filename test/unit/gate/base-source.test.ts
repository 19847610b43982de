// Base files come from git when the commit is available, else from the contents API.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { baseFileSource, toRepoPath } from '../../../src/app/gate/flow.js';
import type { Git } from '../../../src/adapters/git/git.js';
import { readRepoFile } from '../../../src/adapters/github/contents.js';
import { createOctokit } from '../../../src/adapters/github/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../fakes/fake-github.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const gitStub = (files: Record<string, string> | 'broken'): Git & { shown: string[] } => {
  const shown: string[] = [];
  return {
    shown,
    async show(_sha, path) {
      shown.push(path);
      if (files === 'broken') throw new Error('git show failed');
      return files[path];
    },
    ensureCommit: async () => files !== 'broken',
    diffNames: async () => [],
    revParse: async (r) => r,
    mergeBase: async (a) => a,
    toplevel: async () => '/repo',
  };
};

it('reads repository-relative paths from git and refuses paths outside the repository', async () => {
  const git = gitStub({ 'ai/prompts/p.txt': 'base prompt' });
  const src = baseFileSource({ repoRoot: '/repo', baseSha: 'a'.repeat(40), git }, true);
  expect(await src.read('/repo/ai/prompts/p.txt')).toBe('base prompt');
  expect(await src.read('/repo/ai/missing.txt')).toBeUndefined();
  expect(await src.read('/etc/passwd')).toBeUndefined();
  expect(git.shown).toEqual(['ai/prompts/p.txt', 'ai/missing.txt']);
  expect(toRepoPath('/repo', '/repo/x/../y.txt')).toBe('y.txt');
});

it('falls back to the contents API at the base sha when git cannot provide the commit', async () => {
  const sha = 'f'.repeat(40);
  gh.state.setTree(sha, { 'evalgate.yml': 'version: 1\n' });
  const octokit = createOctokit({ token: gh.token, baseUrl: gh.url, retryUnitMs: 1 });
  const src = baseFileSource(
    {
      repoRoot: '/repo',
      baseSha: sha,
      git: gitStub('broken'),
      readBaseFallback: (p) => readRepoFile(octokit, { owner: 'octo', repo: 'repo', path: p, ref: sha }),
    },
    false,
  );
  expect(await src.read('/repo/evalgate.yml')).toBe('version: 1\n');
  expect(await src.read('/repo/nope.yml')).toBeUndefined();
  expect(gh.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.query.ref)).toEqual([sha, sha]);
});

it('says what to do when neither git nor the API can read the base', async () => {
  const src = baseFileSource({ repoRoot: '/repo', baseSha: 'a'.repeat(40), git: gitStub('broken') }, false);
  await expect(src.read('/repo/evalgate.yml')).rejects.toThrow(/fetch-depth: 0/);
});
