// What the runner tells us about the event, read from GITHUB_* variables and the event payload file
// (no @actions/github: its import costs ~0.25 s of cold start and we need a handful of fields).

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

export function readContext(env: Record<string, string | undefined>, readEventFile: (path: string) => string): ActionContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = JSON.parse(readEventFile(eventPath)) as Record<string, unknown>;
    } catch (e) {
      throw new ContextError(`cannot read the event payload ${eventPath}: ${(e as Error).message}`);
    }
  }
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const ctx: ActionContext = {
    eventName,
    owner,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] ?? '',
    payload,
  };
  if (env['GITHUB_ACTOR']) ctx.actor = env['GITHUB_ACTOR'];
  if (env['GITHUB_RUN_ID'] && owner) {
    const attempt = env['GITHUB_RUN_ATTEMPT'] && env['GITHUB_RUN_ATTEMPT'] !== '1' ? `/attempts/${env['GITHUB_RUN_ATTEMPT']}` : '';
    ctx.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env['GITHUB_RUN_ID']}${attempt}`;
  }
  const pr = pullRequestOf(payload);
  if (pr) ctx.pr = pr;
  return ctx;
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestInfo | undefined {
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
  'repository secrets and a write token, and the triggering run\'s code (prompts, config, `javascript` checks) ' +
  'is the fork author\'s. Evaluating it there is the "pwn request" pattern. Evaluate fork PRs under ' +
  '`pull_request` (no secrets, or from recordings), or set `allow-pull-request-target: true` if you understand ' +
  'the risk (e.g. the job checks out only the base repository\'s own code).';

/**
 * Events that run with secrets and a write token but may carry code from outside the repository, in
 * every mode (gate, run and drift all load the checked-out config and its `javascript` checks, and drift
 * writes the data branch): `pull_request_target` always, since evalgate cannot tell what the workflow
 * checked out; `workflow_run` when the triggering run's head repository is not this repository (a fork,
 * or deleted). Returns the refusal text, or undefined when the event is trusted. Other events carry code
 * that someone with write access pushed (push, schedule, workflow_dispatch) or no secrets at all
 * (pull_request from a fork).
 */
export function untrustedTrigger(ctx: Pick<ActionContext, 'eventName' | 'payload' | 'owner' | 'repo'>): string | undefined {
  if (ctx.eventName === 'pull_request_target') return PWN_REQUEST_WARNING;
  if (ctx.eventName === 'workflow_run') {
    const run = ctx.payload['workflow_run'] as Record<string, any> | undefined;
    const thisRepo = (ctx.payload['repository'] as Record<string, any> | undefined)?.full_name ?? `${ctx.owner}/${ctx.repo}`;
    const headRepo = run?.head_repository?.full_name as string | undefined;
    if (!headRepo || headRepo.toLowerCase() !== String(thisRepo).toLowerCase()) return FORK_WORKFLOW_RUN_WARNING;
  }
  return undefined;
}
