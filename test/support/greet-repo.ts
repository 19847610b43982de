// The two-case "greet" repository several action e2e tests start from: one suite whose prompt file the
// tests rewrite commit by commit, so each commit is a push with a prompt change on the PR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from './processes.js';

export const GREET_CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
defaults: { provider: fast, repeat: 1, concurrency: 4 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert: [{ type: icontains, value: hello }]
    cases:
      - { id: a, vars: { name: Ann } }
      - { id: b, vars: { name: Bob } }
`;

export interface GreetRepo {
  repo: string;
  /** Writes `text` as the prompt, commits it with `msg` and returns the commit's sha. */
  commit(text: string, msg: string): string;
}

/** A git repository at `root/repo` holding GREET_CONFIG; `ignored` lines go into its .gitignore. */
export function initGreetRepo(root: string, ignored: readonly string[] = []): GreetRepo {
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), GREET_CONFIG);
  writeFileSync(join(repo, '.gitignore'), ['.evalgate-cache/', ...ignored].map((l) => `${l}\n`).join(''));
  const commit = (text: string, msg: string): string => {
    writeFileSync(join(repo, 'prompts/greet.txt'), text);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', msg);
    return git(repo, 'rev-parse', 'HEAD');
  };
  return { repo, commit };
}
