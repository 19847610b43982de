// Loads evalgate.yml: from the working tree (`loadConfig`) or from any FileSource, e.g. the PR's base
// revision read with git (`loadConfigFromFiles`). The core does the work; this adds file access,
// absolute paths and the import of `javascript` checks.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError, throwIfAny } from '../../core/config/errors.js';
import { readOrProblem } from '../../core/config/limits.js';
import type { Env } from '../../core/config/interpolate.js';
import { loadConfigText, type FileSource } from '../../core/config/parse.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import type { Scorer } from '../../core/scorers/types.js';
import { fsFileSource } from './fs-source.js';
import { importChecksFromDisk, importChecksFromSource, type ImportChecks } from './import-checks.js';

export type { FileSource };

export interface LoadConfigOptions {
  env: Env;
  scorers: ReadonlyMap<string, Scorer>;
  /** Replaces the file system for reading the config and its files (undefined = missing). */
  readFile?: (path: string) => Promise<string | undefined>;
  /** Makes ResolvedSuite.files repository-relative; default: the config's folder. */
  repoRoot?: string;
  /** The folder the user runs evalgate in (the CLI's cwd): the repository when no git top-level is found. */
  cwd?: string;
  /** Hook that imports `javascript` checks; default: from disk (loadConfig) or via temp files (loadConfigFromFiles). */
  importChecks?: ImportChecks;
}

/** Loads from the working tree. Relative `path`s are relative to the current directory. */
export async function loadConfig(path: string, opts: LoadConfigOptions): Promise<ResolvedConfig> {
  const files: FileSource = opts.readFile
    ? { read: opts.readFile }
    : fsFileSource(opts.repoRoot ?? repositoryRoot(dirname(resolve(path)), opts.cwd));
  const config = await loadConfigFromFiles(path, files, {
    ...opts,
    importChecks: opts.importChecks ?? importChecksFromDisk,
  });
  // Paths for later file access (cache, recordings) must survive a change of directory.
  config.path = resolve(path);
  config.dir = dirname(config.path);
  if (config.cache.dir !== undefined) config.cache.dir = resolve(config.cache.dir);
  if (config.recordingsDir !== undefined) config.recordingsDir = resolve(config.recordingsDir);
  return config;
}

/**
 * Loads from any FileSource. `path` and every file read keep the form of `path` (relative or absolute,
 * posix); the returned `path`/`dir` are as given.
 */
export async function loadConfigFromFiles(
  path: string,
  files: FileSource,
  opts: LoadConfigOptions,
): Promise<ResolvedConfig> {
  const posixPath = path.split(sep).join('/');
  const read = await readOrProblem(() => files.read(posixPath));
  if ('problem' in read) throw new ConfigError(`config file ${read.problem}`, { file: posixPath });
  const text = read.value;
  const configDir = dirname(resolve(path));
  const repoPrefix =
    opts.repoRoot === undefined ? '' : relative(resolve(opts.repoRoot), configDir).split(sep).join('/');
  const { config, checks, readPath } = await loadConfigText({
    path: posixPath,
    text,
    files,
    env: opts.env,
    scorers: opts.scorers,
    repoPrefix,
  });
  if (checks.size > 0) {
    const importChecks = opts.importChecks ?? importChecksFromSource;
    const imported = await importChecks({ refs: [...checks.keys()], readPath, files });
    throwIfAny([...imported.errors].map(([ref, reason]) => (checks.get(ref) as (r: string) => ConfigError)(reason)));
    config.functions = imported.functions;
  }
  return config;
}

/**
 * The repository whose files a config may read, when the caller names none (the CLI): the git
 * top-level above the config (a `.git` folder, or file in a worktree); without git, the folder the user
 * runs evalgate in when the config lies inside it (an `--out` config in a subfolder still reaches the
 * files beside it), else the config's own folder.
 */
export function repositoryRoot(configDir: string, cwd?: string): string {
  for (let dir = configDir; ; ) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (cwd !== undefined) {
    const rel = relative(resolve(cwd), configDir);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return resolve(cwd);
  }
  return configDir;
}
