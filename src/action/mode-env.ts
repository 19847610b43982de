// What every action mode receives: the injected effects (ActionDeps) and the inputs, context and paths
// resolved once by the dispatcher (ModeEnv). A file of its own so the modes and the dispatcher do not
// import each other.
import type { Git } from '../adapters/git/git.js';
import type { CreateOctokitOptions, GitHubClient } from '../adapters/github/octokit.js';
import type { RunEval } from '../core/engine/types.js';
import type { ModelClient } from '../core/ports/model-client.js';
import type { ActionContext, GitHubContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';

export interface ActionDeps {
  env: Record<string, string | undefined>;
  io: ActionIO;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => Promise<void>;
  createGit: (cwd: string) => Git;
  /** @actions/github's context; imported lazily by default (tests pass their own). */
  githubContext?: () => Promise<GitHubContext>;
  /** Lazily imported by default (Octokit is not needed by every mode). */
  createOctokit?: (opts: CreateOctokitOptions) => GitHubClient;
  /** Tests may inject a model client / engine; production uses the openai adapter and runEval. */
  model?: ModelClient;
  engine?: RunEval;
  /** Aborted when the job is cancelled (SIGINT/SIGTERM): no new requests, nothing incomplete recorded. */
  signal?: AbortSignal;
}

/** Everything a mode needs, resolved once. */
export interface ModeEnv {
  deps: ActionDeps;
  inputs: ActionInputs;
  ctx: ActionContext;
  /** env with api-key / base-url inputs applied as OPENAI_API_KEY / OPENAI_BASE_URL. */
  env: Record<string, string | undefined>;
  workDir: string;
  configPath: string;
  /** Folder for JSON reports and the trace (under RUNNER_TEMP). */
  outDir: string;
  octokit(): Promise<GitHubClient | undefined>;
}
