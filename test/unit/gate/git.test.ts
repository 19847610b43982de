// The git adapter on real temporary repositories (including a shallow clone missing the base commit).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGit } from '../../../src/adapters/git/git.js';

const g = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

let root: string;
let repo: string;
let base: string;
let head: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'evalgate-git-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  g(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'prompts', 'a.txt'), 'hello {{name}}\n');
  writeFileSync(join(repo, 'gone.txt'), 'x');
  writeFileSync(join(repo, 'old name.txt'), 'same content\n');
  g(repo, 'add', '-A');
  g(repo, 'commit', '-q', '-m', 'base');
  base = g(repo, 'rev-parse', 'HEAD');
  writeFileSync(join(repo, 'prompts', 'a.txt'), 'Hi {{name}}!\n');
  rmSync(join(repo, 'gone.txt'));
  g(repo, 'mv', 'old name.txt', 'new name.txt');
  writeFileSync(join(repo, 'added.txt'), 'new');
  g(repo, 'add', '-A');
  g(repo, 'commit', '-q', '-m', 'head');
  head = g(repo, 'rev-parse', 'HEAD');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('git adapter', () => {
  it('shows a file at a commit, undefined for a path absent there', async () => {
    const git = createGit(repo);
    expect(await git.show(base, 'prompts/a.txt')).toBe('hello {{name}}\n');
    expect(await git.show(head, 'prompts/a.txt')).toBe('Hi {{name}}!\n');
    expect(await git.show(base, 'added.txt')).toBeUndefined();
  });

  it('throws (does not pretend the file is absent) when the commit is missing', async () => {
    await expect(createGit(repo).show('0'.repeat(40), 'prompts/a.txt')).rejects.toThrow(/git show failed/);
  });

  it('lists changed files, renames under both names, paths with spaces intact', async () => {
    const names = await createGit(repo).diffNames(base, head);
    expect(names.sort()).toEqual(['added.txt', 'gone.txt', 'new name.txt', 'old name.txt', 'prompts/a.txt']);
  });

  it('resolves refs and refuses option-looking refs', async () => {
    const git = createGit(repo);
    expect(await git.revParse('HEAD~1')).toBe(base);
    await expect(git.revParse('--output=/tmp/x')).rejects.toThrow();
    expect(await git.mergeBase(base, head)).toBe(base);
  });

  it('fetches the base commit into a shallow clone that lacks it', async () => {
    const shallow = join(root, 'shallow');
    g(root, 'clone', '-q', '--depth=1', '--no-local', `file://${repo}`, shallow);
    const git = createGit(shallow);
    await expect(git.show(base, 'prompts/a.txt')).rejects.toThrow();
    const logs: string[] = [];
    expect(await createGit(shallow, { log: (m) => logs.push(m) }).ensureCommit(base)).toBe(true);
    expect(logs.join()).toMatch(/fetching/);
    expect(await git.show(base, 'prompts/a.txt')).toBe('hello {{name}}\n');
    expect(await git.ensureCommit('f'.repeat(40))).toBe(false);
  });
});
