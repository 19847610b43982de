// What the runner tells us about the event: @actions/github's `context` (GITHUB_* variables and the
// event payload), mapped to the few fields the modes use. @actions/github is imported lazily by the
// caller (main.ts), in a chunk of its own: its import costs ~0.25 s of cold start (FACTS.md), paid only
// after the inputs have been read, and shared with getOctokit's Octokit.
import type { context as githubContext } from '@actions/github';

/** The part of @actions/github's `context` the action reads (a plain object in tests). */
export type GitHubContext = Pick<
  typeof githubContext,
  'eventName' | 'sha' | 'ref' | 'actor' | 'runId' | 'runAttempt' | 'serverUrl' | 'apiUrl' | 'payload' | 'repo'
>;

export interface PullRequestInfo {
  number: number;
  title: string;
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** Head repository differs from the base repository (or was deleted): no secrets, read-only token. */
  isFork: boolean;
  htmlUrl?: string;
  /**
   * `merge_group`: a merge queue's candidate (base_sha vs head_sha) gated like a PR, but with no PR
   * number to list files of or comment on (number is 0).
   */
  mergeQueue?: boolean;
}

export interface ActionContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  actor?: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  /** Link to this workflow run (for the comment footer). */
  runUrl?: string;
  pr?: PullRequestInfo;
  payload: Record<string, unknown>;
}

export class ContextError extends Error {}

/**
 * The action's context from @actions/github's. Workspace and temp folder are not part of it (runner
 * variables of the job, not of the event); `env` gives them. A payload file that cannot be parsed makes
 * @actions/github's import throw: `loadGitHubContext` turns that into a ContextError naming the file.
 */
export function readContext(gh: GitHubContext, env: Record<string, string | undefined>): ActionContext {
  const payload = (gh.payload ?? {}) as Record<string, unknown>;
  // context.repo throws without GITHUB_REPOSITORY and a payload repository (a local run): no repository then.
  let owner = '';
  let repo = '';
  try {
    ({ owner, repo } = gh.repo);
  } catch {
    /* a local run */
  }
  const serverUrl = gh.serverUrl.replace(/\/+$/, '');
  const ctx: ActionContext = {
    eventName: gh.eventName ?? '',
    owner,
    repo,
    sha: gh.sha ?? '',
    ref: gh.ref ?? '',
    serverUrl,
    apiUrl: gh.apiUrl.replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] ?? '',
    payload,
  };
  if (gh.actor) ctx.actor = gh.actor;
  if (Number.isFinite(gh.runId) && owner) {
    const attempt = Number.isFinite(gh.runAttempt) && gh.runAttempt !== 1 ? `/attempts/${gh.runAttempt}` : '';
    ctx.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${gh.runId}${attempt}`;
  }
  const pr = pullRequestOf(payload);
  if (pr) ctx.pr = pr;
  return ctx;
}

/** @actions/github's context, imported on first use. */
export async function loadGitHubContext(env: Record<string, string | undefined>): Promise<GitHubContext> {
  try {
    const { context } = await import('@actions/github');
    if (env === process.env) return context;
    // An embedder (local-action, the docs' sample generator) hands its own variables: @actions/github's
    // Context reads process.env in its constructor, so build one with those variables in place (synchronous,
    // nothing else runs meanwhile) rather than re-implementing its parsing.
    const Context = context.constructor as new () => GitHubContext;
    const saved = process.env;
    process.env = { ...env } as NodeJS.ProcessEnv;
    try {
      // `repo` is a getter that reads process.env when called: take every field while env is in place.
      const c = new Context();
      let repo: GitHubContext['repo'] | undefined;
      try {
        repo = c.repo;
      } catch {
        /* no repository (a local run): readContext leaves it empty */
      }
      const { eventName, sha, ref, actor, runId, runAttempt, serverUrl, apiUrl, payload } = c;
      return {
        eventName,
        sha,
        ref,
        actor,
        runId,
        runAttempt,
        serverUrl,
        apiUrl,
        payload,
        get repo() {
          if (!repo) throw new Error('context.repo requires a GITHUB_REPOSITORY environment variable');
          return repo;
        },
      };
    } finally {
      process.env = saved;
    }
  } catch (e) {
    throw new ContextError(`cannot read the event payload ${env['GITHUB_EVENT_PATH'] ?? ''}: ${(e as Error).message}`);
  }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestInfo | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: a webhook payload is untyped JSON; every field read is coerced or checked
  const group = payload['merge_group'] as Record<string, any> | undefined;
  if (group && typeof group === 'object') {
    const ref = (r: unknown): string => String(r ?? '').replace(/^refs\/heads\//, '');
    return {
      number: 0,
      title: String(group.head_commit?.message ?? '').split('\n')[0] ?? '',
      baseSha: String(group.base_sha ?? ''),
      baseRef: ref(group.base_ref),
      headSha: String(group.head_sha ?? ''),
      headRef: ref(group.head_ref),
      // The queue's branch lives in this repository and runs with its secrets.
      isFork: false,
      mergeQueue: true,
    };
  }
  // biome-ignore lint/suspicious/noExplicitAny: a webhook payload is untyped JSON; every field read is coerced or checked
  const p = payload['pull_request'] as Record<string, any> | undefined;
  if (!p || typeof p !== 'object') return undefined;
  const baseRepo = p.base?.repo?.full_name as string | undefined;
  const headRepo = p.head?.repo?.full_name as string | undefined;
  const info: PullRequestInfo = {
    number: Number(p.number ?? payload['number']),
    title: String(p.title ?? ''),
    baseSha: String(p.base?.sha ?? ''),
    baseRef: String(p.base?.ref ?? ''),
    headSha: String(p.head?.sha ?? ''),
    headRef: String(p.head?.ref ?? ''),
    // A deleted fork has head.repo null: still a fork as far as secrets go.
    isFork: !headRepo || (baseRepo !== undefined && headRepo !== baseRepo),
  };
  if (typeof p.html_url === 'string') info.htmlUrl = p.html_url;
  return info;
}

/** Why pull_request_target with PR code is dangerous, for the refusal message and the docs. */
export const PWN_REQUEST_WARNING =
  'evalgate refuses to evaluate under `pull_request_target`: that event runs with repository secrets and a ' +
  'write token, and evaluating a pull request means loading its prompts, config and `javascript` checks — ' +
  'code from the PR author. Checking out and running PR code there is the "pwn request" pattern. Use the ' +
  '`pull_request` event (fork PRs then run without secrets, or from recordings), or set ' +
  '`allow-pull-request-target: true` if you understand the risk (e.g. only same-repository PRs reach this job).';

/** The same refusal for a `workflow_run` started by a run on a fork's code. */
export const FORK_WORKFLOW_RUN_WARNING =
  'evalgate refuses to evaluate under `workflow_run` triggered by a run from a fork: that event runs with ' +
  "repository secrets and a write token, and the triggering run's code (prompts, config, `javascript` checks) " +
  'is the fork author\'s. Evaluating it there is the "pwn request" pattern. Evaluate fork PRs under ' +
  '`pull_request` (no secrets, or from recordings), or set `allow-pull-request-target: true` if you understand ' +
  "the risk (e.g. the job checks out only the base repository's own code).";

/**
 * Events that run with secrets and a write token but may carry code from outside the repository, in
 * every mode (gate, run and drift all load the checked-out config and its `javascript` checks, and drift
 * writes the data branch): `pull_request_target` always, since evalgate cannot tell what the workflow
 * checked out; `workflow_run` when the triggering run's head repository is not this repository (a fork,
 * or deleted). Returns the refusal text, or undefined when the event is trusted. Other events carry code
 * that someone with write access pushed (push, schedule, workflow_dispatch) or no secrets at all
 * (pull_request from a fork).
 */
export function untrustedTrigger(
  ctx: Pick<ActionContext, 'eventName' | 'payload' | 'owner' | 'repo'>,
): string | undefined {
  if (ctx.eventName === 'pull_request_target') return PWN_REQUEST_WARNING;
  if (ctx.eventName === 'workflow_run') {
    // biome-ignore lint/suspicious/noExplicitAny: a webhook payload is untyped JSON; every field read is coerced or checked
    const run = ctx.payload['workflow_run'] as Record<string, any> | undefined;
    const repository = ctx.payload['repository'] as { full_name?: unknown } | undefined;
    const thisRepo = repository?.full_name ?? `${ctx.owner}/${ctx.repo}`;
    const headRepo = run?.head_repository?.full_name as string | undefined;
    if (!headRepo || headRepo.toLowerCase() !== String(thisRepo).toLowerCase()) return FORK_WORKFLOW_RUN_WARNING;
  }
  return undefined;
}
