// The action's dispatcher: reads inputs and context, masks secrets, picks the mode (gate on pull
// requests, run on push, drift on schedule/workflow_dispatch, or the `mode` input) and turns every
// user-fixable failure into one clear error instead of a stack trace. Effects go through deps.
import { isAbsolute, relative, resolve } from 'node:path';
import type { GitHubClient } from '../adapters/github/octokit.js';
import { ContextError, loadGitHubContext, readContext, untrustedTrigger, type ActionContext } from './context.js';
import { eventPolicy } from './event-policy.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import type { ActionDeps, ModeEnv } from './mode-env.js';
import { envSecrets, scrubText } from '../app/secrets.js';
import { createSecretScrubber, type NamedSecret } from '../core/util/mask-secrets.js';

export async function runAction(rawDeps: ActionDeps): Promise<void> {
  const { deps, scrub } = scrubbedDeps(rawDeps);
  const { io } = deps;
  let inputs: ActionInputs;
  let ctx: ActionContext;
  try {
    inputs = readInputs(deps.env);
    // Mask before anything can print them.
    if (inputs.apiKey) io.setSecret(inputs.apiKey, 'api-key');
    if (inputs.githubToken) io.setSecret(inputs.githubToken, 'github-token');
    for (const s of envSecrets(deps.env)) io.setSecret(s.value);
    ctx = readContext(await (deps.githubContext ?? (() => loadGitHubContext(deps.env)))(), deps.env);
  } catch (e) {
    if (e instanceof InputError || e instanceof ContextError) return io.setFailed(e.message);
    throw e;
  }

  const env = { ...deps.env };
  if (inputs.apiKey) env['OPENAI_API_KEY'] = inputs.apiKey;
  if (inputs.baseUrl) env['OPENAI_BASE_URL'] = inputs.baseUrl;
  const workDir = resolve(ctx.workspace, inputs.workingDirectory);
  let client: GitHubClient | undefined | null = null;
  const m: ModeEnv = {
    deps,
    inputs,
    ctx,
    env,
    workDir,
    configPath: resolve(workDir, inputs.config),
    outDir: resolve(ctx.runnerTemp || resolve(workDir, '.evalgate'), 'evalgate'),
    async octokit() {
      if (client !== null) return client;
      const token = inputs.githubToken ?? deps.env['GITHUB_TOKEN'];
      if (!token) return (client = undefined);
      const create = deps.createOctokit ?? (await import('../adapters/github/octokit.js')).createOctokit;
      return (client = create({ token, baseUrl: ctx.apiUrl, log: (msg) => io.info(msg), scrub }));
    },
  };

  // Before any mode loads the config: every mode runs the checked-out code with the secrets.
  const refusal = untrustedTrigger(ctx);
  if (refusal && !inputs.allowPullRequestTarget) {
    await io.appendSummary(`## evalgate did not run\n\n${refusal}\n`);
    io.setOutput('status', 'skipped');
    io.setFailed(refusal);
    return;
  }
  const decision = eventPolicy(ctx, inputs);
  if (!decision.act) {
    if (decision.level === 'warning') io.warning(decision.reason);
    else io.info(decision.reason);
    await io.appendSummary(`${decision.reason}\n`);
    io.setOutput('status', 'skipped');
    return;
  }
  const mode = decision.mode;
  io.info(`evalgate: ${mode} mode (event ${ctx.eventName || 'unknown'})`);
  try {
    if (
      mode !== 'merge' &&
      // compare: the estimate only (max-cost-usd is not applied to a comparison, docs/estimate.md).
      (inputs.estimate || (inputs.maxCostUsd !== undefined && mode !== 'compare')) &&
      (await (await import('./estimate-check.js')).estimateFirst(m, mode)) === 'stop'
    )
      return;
    if (mode === 'gate') await (await import('./gate-mode.js')).runGateMode(m);
    else if (mode === 'run') await (await import('./run-mode.js')).runRunMode(m);
    else if (mode === 'merge') await (await import('./merge-mode.js')).runMergeMode(m);
    else if (mode === 'compare') await (await import('./compare-mode.js')).runCompareMode(m);
    else await runDrift(m);
  } catch (e) {
    reportFailure(io, e, ctx.workspace);
  }
}

/**
 * Everything the action shows, writes or posts — log lines, annotations, outputs, the job summary, the
 * JSON/JUnit/HTML reports, comments and issues — goes through one secret scrubber (the runner's add-mask
 * covers the log only). It starts with the environment's secrets and learns every secret registered
 * later through setSecret: the inputs, and the config's own (provider keys, gateway header values from
 * any variable), which the runtime registers when a mode loads the config.
 */
function scrubbedDeps(deps: ActionDeps): { deps: ActionDeps; scrub: (text: string) => string } {
  const known: NamedSecret[] = envSecrets(deps.env);
  let s = scrubText(createSecretScrubber(known));
  const scrub = (text: string): string => s(text);
  const io: ActionIO = {
    info: (m) => deps.io.info(scrub(m)),
    warning: (m, p) => deps.io.warning(scrub(m), p),
    error: (m, p) => deps.io.error(scrub(m), p),
    setOutput: (n, v) => deps.io.setOutput(n, scrub(v)),
    setSecret: (v, name) => {
      deps.io.setSecret(v);
      if (known.some((k) => k.value === v)) return;
      known.push({ name: name ?? 'secret', value: v });
      s = scrubText(createSecretScrubber(known));
    },
    setFailed: (m) => deps.io.setFailed(scrub(m)),
    appendSummary: (md) => deps.io.appendSummary(scrub(md)),
  };
  return { deps: { ...deps, io, writeFile: (p, text) => deps.writeFile(p, scrub(text)) }, scrub };
}

async function runDrift(m: ModeEnv): Promise<void> {
  // Imported lazily: the gate never loads drift code.
  const drift = await import('./drift.js');
  await drift.runDriftMode(m);
}

/** Config and usage errors: one line at the file and line they name; anything else: message + hint. */
export function reportFailure(io: ActionIO, e: unknown, workspace?: string): void {
  const err = e as Error & { file?: string; line?: number; column?: number };
  if (err?.name === 'ConfigError') {
    const props: { title: string; file?: string; startLine?: number; startColumn?: number } = {
      title: 'evalgate config error',
    };
    // Annotations need repository-relative paths.
    if (err.file)
      props.file = workspace && isAbsolute(err.file) ? relative(workspace, err.file).split('\\').join('/') : err.file;
    if (err.line) props.startLine = err.line;
    if (err.column) props.startColumn = err.column;
    io.error(String(err), props);
    io.setFailed(`evalgate: ${String(err)}`);
    return;
  }
  if (
    err?.name === 'UsageError' ||
    err?.name === 'InputError' ||
    err?.name === 'GitError' ||
    err?.name === 'HistoryError' ||
    err?.name === 'ShardError' ||
    err?.name === 'CancelledError'
  ) {
    io.setFailed(`evalgate: ${err.message}`);
    return;
  }
  io.setFailed(`evalgate: internal error: ${err?.message ?? String(e)}${err?.stack ? `\n${err.stack}` : ''}`);
}
