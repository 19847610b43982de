// Git through child_process.execFile (no shell, so refs and paths are never interpreted): base-version
// reads for the PR gate, fetching the base commit into shallow clones, and changed files for the local gate.
import { execFile } from 'node:child_process';

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface Git {
  /** File content at a commit, or undefined when the path does not exist there. */
  show(sha: string, path: string): Promise<string | undefined>;
  /** The same, as base64 of the raw bytes (images). */
  showBase64?(sha: string, path: string): Promise<string | undefined>;
  /** Makes sure the commit is present (fetches it from `origin` in a shallow clone). Returns false if it cannot. */
  ensureCommit(sha: string): Promise<boolean>;
  /**
   * Repository-relative paths that differ between two commits (renames give both names). Without
   * `head`: between `base` and the working tree, untracked (not ignored) files included.
   */
  diffNames(base: string, head?: string): Promise<string[]>;
  /**
   * Where `path` (at `head`, or in the working tree without it) came from at `base` when git's rename
   * detection pairs it with a file deleted there; undefined when it was not renamed.
   */
  renamedFrom?(base: string, path: string, head?: string): Promise<string | undefined>;
  /** Resolves a ref to a full commit sha. */
  revParse(ref: string): Promise<string>;
  /** Merge base of two refs (what a PR's diff is computed against). */
  mergeBase(a: string, b: string): Promise<string>;
  /** Absolute path of the work tree root. */
  toplevel(): Promise<string>;
}

const MAX_BUFFER = 64 * 1024 * 1024;

export function createGit(cwd: string, opts: { log?: (m: string) => void; gitBinary?: string } = {}): Git {
  const bin = opts.gitBinary ?? 'git';
  const runAs = (args: string[], encoding: 'utf8' | 'base64'): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(
        bin,
        args,
        { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
        (err, stdout, stderr) => {
          if (err)
            reject(
              new GitError(
                `git ${args[0]} failed: ${(stderr.toString() || err.message).trim()}`,
                args,
                stderr.toString(),
              ),
            );
          else resolve(stdout.toString(encoding));
        },
      );
    });
  const run = (args: string[]): Promise<string> => runAs(args, 'utf8');

  const hasCommit = async (sha: string): Promise<boolean> => {
    try {
      await run(['cat-file', '-e', `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  };

  const show = async (sha: string, path: string, encoding: 'utf8' | 'base64'): Promise<string | undefined> => {
    // `git show sha:path` fails both for a missing path and a missing commit; tell them apart.
    try {
      return await runAs(['show', `${sha}:${path.replace(/^\.\//, '')}`], encoding);
    } catch (e) {
      if (!(await hasCommit(sha))) throw e;
      return undefined;
    }
  };

  return {
    show: (sha, path) => show(sha, path, 'utf8'),
    showBase64: (sha, path) => show(sha, path, 'base64'),
    async ensureCommit(sha) {
      if (await hasCommit(sha)) return true;
      opts.log?.(`base commit ${sha.slice(0, 12)} is not in this clone; fetching it from origin`);
      try {
        await run(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
      } catch (e) {
        opts.log?.(`could not fetch ${sha.slice(0, 12)}: ${(e as Error).message}`);
        return false;
      }
      return hasCommit(sha);
    },
    async diffNames(base, head) {
      const out = await run(['diff', '--name-status', '-z', '--no-renames', base, ...(head ? [head] : []), '--']);
      // -z output: STATUS\0PATH\0 pairs (with --no-renames there are no two-path entries).
      const parts = out.split('\0').filter((s) => s.length > 0);
      const names = new Set<string>();
      for (let i = 0; i + 1 < parts.length; i += 2) names.add(parts[i + 1]!);
      if (!head) {
        const untracked = await run(['ls-files', '-z', '--full-name', '--others', '--exclude-standard']);
        for (const f of untracked.split('\0')) if (f) names.add(f);
      }
      return [...names];
    },
    async renamedFrom(base, path, head) {
      // -M: a moved config keeps its history, so the base version is read from where it was.
      const out = await run(['diff', '--name-status', '-z', '-M', base, ...(head ? [head] : []), '--']);
      const parts = out.split('\0');
      const want = path.replace(/^\.\//, '');
      for (let i = 0; i < parts.length; ) {
        const status = parts[i] ?? '';
        if (status.startsWith('R') || status.startsWith('C')) {
          if (status.startsWith('R') && parts[i + 2] === want) return parts[i + 1];
          i += 3;
        } else i += 2;
      }
      return undefined;
    },
    async revParse(ref) {
      return (await run(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).trim();
    },
    async mergeBase(a, b) {
      return (await run(['merge-base', a, b])).trim();
    },
    async toplevel() {
      return (await run(['rev-parse', '--show-toplevel'])).trim();
    },
  };
}
