// `pull_request` → the PR gate: changed files from the API (git as fallback), base vs head evaluation
// (app/gate/flow.ts), then the sticky comment, job summary, annotations, JSON reports, outputs and the
// fail decision. A comment that cannot be posted is a warning: the summary and JSON carry the report.
import { join } from 'node:path';
import { loadConfig } from '../adapters/config/loader.js';
import { readRepoFile } from '../adapters/github/contents.js';
import { listPrFiles } from '../adapters/github/pr-files.js';
import { headMarker, upsertStickyComment, type CommentVersion } from '../adapters/github/sticky-comment.js';
import { describeGitHubError } from '../adapters/github/errors.js';
import { httpStatus } from '../adapters/github/octokit.js';
import { shouldFail } from '../core/gate/gate.js';
import { buildScorerRegistry } from '../app/runtime.js';
import { runGateFlow, toRepoPath, type GateFlowResult } from '../app/gate/flow.js';
import {
  annotateFailures,
  fullReportLine,
  HTML_FILE,
  REPORT_FILE,
  setGateOutputs,
  reportWriteFailures,
  writeReports,
} from './report-out.js';
import {
  baseUnavailableNote,
  commentMarker,
  COMMENT_MARKER,
  renderComment,
  renderGateSummary,
  renderNoSecretsNotice,
  replayMisses,
  withCommentMarker,
  type GateRenderMeta,
} from '../app/gate/render.js';
import { shardFileName, shardFileOf } from '../app/gate/shard-file.js';
import { shardLabel } from '../core/shard/shard.js';
import type { GateReport } from '../core/gate/report.js';
import type { SuiteSelection } from '../core/gate/select.js';
import type { RunResult } from '../core/results/types.js';
import type { ErrorRateBreach } from '../core/results/error-rate.js';
import { mkdir } from 'node:fs/promises';
import type { OutputFailure } from '../app/outputs.js';
import type { ModeEnv } from './mode-env.js';
import { safeUrl } from '../core/report/sections.js';
import { outageMessage } from '../core/results/error-rate.js';

export async function runGateMode(m: ModeEnv): Promise<void> {
  const { io } = m.deps;
  const pr = m.ctx.pr;
  if (!pr) {
    io.setFailed(
      `evalgate: mode "gate" needs a pull_request or merge_group event (got "${m.ctx.eventName}"); use mode: run for other events`,
    );
    return;
  }

  const git = m.deps.createGit(m.workDir);
  const repoRoot = await git.toplevel().catch(() => m.ctx.workspace);
  const octokit = await m.octokit();
  const repo = { owner: m.ctx.owner, repo: m.ctx.repo };

  // Fork PRs get no secrets. Without a key, run from the config's recordings if it has any; otherwise
  // say so plainly and pass: a red check for "we could not run" would teach people to ignore it.
  // A same-repository PR with neither a key nor an endpoint also uses the recordings (the example
  // workflow needs no key); with an endpoint (base-url) it runs live, keyless endpoints exist.
  const probe = await loadConfig(m.configPath, { env: m.env, scorers: buildScorerRegistry(), repoRoot });
  const providers = [...Object.values(probe.providers), ...probe.suites.map((s) => s.provider)];
  // `type: echo` answers locally (the rendered prompt): a config of only echo providers needs neither.
  const local = providers.length > 0 && providers.every((p) => p.type === 'echo');
  const hasKey = local || Boolean(m.env['OPENAI_API_KEY']) || providers.some((p) => p.apiKey);
  const hasEndpoint = hasKey || Boolean(m.env['OPENAI_BASE_URL']) || providers.some((p) => p.baseUrl);
  let replay = false;
  if ((pr.isFork && !hasKey) || !hasEndpoint) {
    if (probe.recordingsDir !== undefined) {
      replay = true;
      io.info(
        `${pr.isFork ? 'fork PR' : 'no API key'}: evaluating from the recorded responses (recordings:), not the live model`,
      );
    } else if (pr.isFork) {
      const notice = renderNoSecretsNotice(m.ctx.runUrl);
      await io.appendSummary(notice);
      io.warning('evalgate skipped: fork pull requests get no secrets, so there is no API key to evaluate with.');
      io.setOutput('status', 'skipped');
      if (m.inputs.comment && octokit) {
        const posted = await postComment(m, octokit, pr.number, `${COMMENT_MARKER}\n${notice}`);
        if (posted.failure) io.warning(posted.failure);
      }
      return;
    } else {
      io.setFailed(
        'evalgate: no model API key: set the `api-key` input (e.g. `${{ secrets.OPENAI_API_KEY }}`) or OPENAI_API_KEY, or `base-url` for a keyless endpoint',
      );
      return;
    }
  }

  let changedFiles: string[] | undefined;
  let capped = false;
  try {
    // A merge group has no PR to list files of: its base..head diff is the queue's change.
    if (pr.mergeQueue) throw new Error('a merge group has no pull request');
    if (!octokit) throw new Error('no github-token');
    const files = await listPrFiles(octokit, { ...repo, pullNumber: pr.number });
    changedFiles = files.files;
    capped = files.capped;
    if (capped) io.warning('the PR changes 3,000 files or more (the API limit): every suite runs');
  } catch (e) {
    io.info(
      `listing PR files through the API failed (${httpStatus(e) !== undefined ? describeGitHubError(e) : (e as Error).message}); using git diff`,
    );
    changedFiles = await changedFilesFromGit(m, git, pr.baseSha, pr.headSha);
    // Unknown changes: run every suite rather than miss an affected one (as past the 3,000-file cap).
    if (changedFiles === undefined) capped = true;
  }

  const flow = await runGateFlow({
    repoRoot,
    configPath: m.configPath,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    changedFiles: changedFiles ?? [],
    capped,
    env: m.env,
    git,
    ...(octokit
      ? { readBaseFallback: (p: string) => readRepoFile(octokit, { ...repo, path: p, ref: pr.baseSha }) }
      : {}),
    failOn: m.inputs.failOn,
    ...(m.inputs.shard ? { shard: m.inputs.shard } : {}),
    ...(m.inputs.repeat !== undefined ? { repeat: m.inputs.repeat } : {}),
    ...(m.inputs.concurrency !== undefined ? { concurrency: m.inputs.concurrency } : {}),
    ...(m.inputs.maxCostUsd !== undefined ? { maxCostUsd: m.inputs.maxCostUsd } : {}),
    ...(m.inputs.cacheDir !== undefined ? { cacheDir: m.inputs.cacheDir } : {}),
    replay,
    tracePath: join(m.outDir, 'trace.jsonl'),
    warn: (msg) => io.warning(msg),
    info: (msg) => io.info(msg),
    mask: (secret, name) => io.setSecret(secret, name),
    ...(m.deps.model ? { model: m.deps.model } : {}),
    ...(m.deps.engine ? { engine: m.deps.engine } : {}),
    ...(m.deps.signal ? { signal: m.deps.signal } : {}),
  });

  if (m.inputs.shard) await writeShard(m, flow, replay);
  else await publishGate(m, flow, repoRoot, replay);
}

/**
 * A matrix job of a sharded gate: write this shard's partial result (the `shard-file` output, for
 * actions/upload-artifact) and stop. No comment and no verdict: a part of the cases cannot decide; the
 * merge job (mode: merge) judges the union and posts the one comment.
 */
async function writeShard(m: ModeEnv, flow: GateFlowResult, replay: boolean): Promise<void> {
  const { io } = m.deps;
  const pr = m.ctx.pr!;
  const shard = m.inputs.shard!;
  const file = shardFileOf(flow, shard, { baseSha: pr.baseSha, headSha: pr.headSha, replay });
  await mkdir(m.outDir, { recursive: true });
  const path = join(m.outDir, shardFileName(shard));
  await m.deps.writeFile(path, JSON.stringify(file));
  const samples = flow.baseRun.totals.samples + flow.headRun.totals.samples;
  const errors = flow.baseRun.totals.errors + flow.headRun.totals.errors;
  io.info(`evalgate shard ${shardLabel(shard)}: ${samples} samples (${errors} errors) written to ${path}`);
  await io.appendSummary(
    `evalgate shard ${shardLabel(shard)}: ${samples} samples evaluated (${errors} errors). The merge job (\`mode: merge\`) posts the verdict.\n`,
  );
  io.setOutput('status', 'shard');
  io.setOutput('shard-file', path);
}

/** What the gate's outputs are made of: a gate run, or the merge of a sharded one. */
export interface GatePublishable {
  outcome: { report: GateReport; selection: SuiteSelection };
  baseRun: RunResult;
  headRun: RunResult;
  breaches: ErrorRateBreach[];
  /** The trace file could not be written (the gate went on without it). */
  traceFailure?: OutputFailure;
  /** The base's config could not be read or loaded: nothing was compared (one line). */
  baseUnavailable?: string;
}

export async function publishGate(m: ModeEnv, flow: GatePublishable, repoRoot: string, replay: boolean): Promise<void> {
  const { io } = m.deps;
  const pr = m.ctx.pr!;
  const { report } = flow.outcome;
  const meta: GateRenderMeta = {
    runUrl: m.ctx.runUrl,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    baseRef: pr.baseRef,
    headRef: pr.headRef,
    fork: pr.isFork,
    replay,
    reasons: flow.outcome.selection.reasons,
    // A link readers can follow from the comment (the run page shows the job summary).
    fullReportAt:
      m.ctx.runUrl && safeUrl(m.ctx.runUrl)
        ? `the [job summary of the workflow run](${m.ctx.runUrl})`
        : 'the job summary of the workflow run',
    summaryFullReportAt: `${HTML_FILE} (\`html-report\` output; every case with base and head outputs) and the JSON report (\`report\` output: ${REPORT_FILE})`,
    fullReportLine: fullReportLine(m.ctx.runUrl),
    ...(flow.baseUnavailable ? { notes: [baseUnavailableNote(flow.baseUnavailable)] } : {}),
  };
  const misses = replay ? replayMisses(report) : 0;
  if (misses > 0) {
    io.warning(
      `${misses} requests had no recorded response (replay-miss): the recordings do not cover this change. Re-record with \`npx evalgate run --record\` and commit the recordings folder.`,
    );
  }
  const { files, failed } = await writeReports(m, {
    base: flow.baseRun,
    head: flow.headRun,
    gate: report,
    extra: { selection: flow.outcome.selection },
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    runUrl: m.ctx.runUrl,
  });
  await io.appendSummary(renderGateSummary(report, meta));
  annotateFailures(io, report, m.inputs.failOn, (p) => toRepoPath(repoRoot, p) ?? p);

  let commentUrl = '';
  let commentFailure: string | undefined;
  // A merge group has no PR conversation: its verdict is the check and the job summary.
  if (m.inputs.comment && !pr.mergeQueue) {
    const octokit = await m.octokit();
    // A PR that affects no suite gets no new comment, but an earlier one is updated so stale figures go.
    const worthNew = report.suites.length > 0 || (report.removed?.length ?? 0) > 0;
    // The head and run in the comment keep a run that finishes late for an older push from overwriting it.
    const run = Number(m.env['GITHUB_RUN_NUMBER']);
    const version: CommentVersion = { head: pr.headSha, ...(Number.isInteger(run) && run > 0 ? { run } : {}) };
    const body = renderComment(report, meta, `${commentMarker(m.inputs.commentKey)}\n${headMarker(version)}`);
    if (octokit) {
      const posted = await postComment(m, octokit, pr.number, body, worthNew, version);
      commentUrl = posted.url ?? '';
      if (posted.failure) commentFailure = posted.failure;
    } else io.warning('no github-token: the PR comment was not posted (the job summary has the report)');
  }
  setGateOutputs(io, report, files, commentUrl);

  const problems: string[] = [];
  if (shouldFail([report.verdict, ...report.suites.map((s) => s.verdict)], m.inputs.failOn)) {
    const bad = report.suites.filter((s) => shouldFail([s.verdict], m.inputs.failOn));
    problems.push(
      `${report.verdict}: ${bad.map((s) => `${s.suite} (${s.verdict}: ${s.reason})`).join('; ') || 'run cost cap reached'}`,
    );
  }
  // No base to compare with is not a pass either (the verdict says inconclusive; the step fails).
  if (m.inputs.failOn !== 'never' && flow.baseUnavailable) problems.push(flow.baseUnavailable);
  // A model outage is not a pass: the step fails unless fail-on is never.
  if (m.inputs.failOn !== 'never' && flow.breaches.length > 0) problems.push(outageMessage(flow.breaches));
  // The PR shows no result (bad token, rate limit, GitHub failing): not a green check, whatever the verdict.
  if (commentFailure)
    problems.push(`${commentFailure} (the verdict was ${report.verdict}; the job summary has the report)`);
  const unwritten = reportWriteFailures(
    io,
    [...(flow.traceFailure ? [flow.traceFailure] : []), ...failed],
    m.inputs.failOn,
  );
  if (unwritten) problems.push(unwritten);
  if (problems.length > 0) io.setFailed(`evalgate: ${problems.join('; ')}`);
}

/**
 * Posts or updates the sticky comment; never throws (the report is in the summary either way). A
 * `failure` (bad token, rate limit, GitHub failing) is for the caller to fail the step with.
 */
async function postComment(
  m: ModeEnv,
  octokit: NonNullable<Awaited<ReturnType<ModeEnv['octokit']>>>,
  issueNumber: number,
  body: string,
  createIfMissing = true,
  version?: CommentVersion,
): Promise<{ url?: string; failure?: string }> {
  const { io } = m.deps;
  try {
    const marker = commentMarker(m.inputs.commentKey);
    const res = await upsertStickyComment(octokit, {
      owner: m.ctx.owner,
      repo: m.ctx.repo,
      issueNumber,
      marker,
      body: withCommentMarker(body, marker),
      createIfMissing,
      ...(version ? { version } : {}),
      log: (msg) => io.info(msg),
    });
    if (res.status === 'stale') {
      io.info(
        `PR comment not updated: it shows head ${res.shown.head.slice(0, 12)} (run ${res.shown.run}), newer than this run's ${version!.head.slice(0, 12)} (run ${version!.run}): ${res.url}`,
      );
      return { url: res.url };
    }
    if (res.status === 'failed') return { failure: res.error };
    if (res.status === 'forbidden') {
      io.warning(res.warning);
      return {};
    }
    if (res.status === 'absent') {
      io.info('no suite is affected by this PR: no PR comment posted (the job summary says so)');
      return {};
    }
    io.info(`PR comment ${res.status}: ${res.url}`);
    return { url: res.url };
  } catch (e) {
    io.warning(
      `Could not post the PR comment: ${(e as Error).message}. The job summary and JSON report still carry the results.`,
    );
    return {};
  }
}

/**
 * The PR's changed files from git when the API cannot list them. actions/checkout of a pull_request
 * checks out the merge commit with depth 1, so the PR head commit is often absent: diffing the base
 * against HEAD (the merge commit) gives the same file list. Undefined when git cannot tell either.
 */
async function changedFilesFromGit(
  m: ModeEnv,
  git: ReturnType<ModeEnv['deps']['createGit']>,
  baseSha: string,
  headSha: string,
): Promise<string[] | undefined> {
  try {
    if (!(await git.ensureCommit(baseSha))) throw new Error(`base commit ${baseSha.slice(0, 12)} is not available`);
    const head = headSha && (await git.ensureCommit(headSha)) ? headSha : 'HEAD';
    return await git.diffNames(baseSha, head);
  } catch (e) {
    m.deps.io.warning(`cannot tell which files the PR changed (${(e as Error).message}): every suite runs`);
    return undefined;
  }
}
