// `evalgate run`: load the config, evaluate the selected suites, print the table, write the reports.
// Exit 0 when every suite passes, 1 when one does not, 2 on a usage or config error, 4 when too many
// requests failed to judge a suite or its judge disagrees with the labels (console-summary.ts says what
// "passes" means).
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config/loader.js';
import type { ResolvedConfig } from '../../core/config/resolved.js';
import { renderRunTable } from '../../core/report/console-table.js';
import { renderHtmlReport } from '../../core/report/html-report.js';
import { renderJUnit } from '../../core/report/junit.js';
import { parseRunArgs, RUN_USAGE, UsageError, type RunArgs } from '../args.js';
import { writeChunksAtomic, writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { mapChunks, resultsJsonChunks } from '../../core/results/serialize.js';
import type { CliCommand, CliIO } from '../io.js';
import { EXIT, reportError } from '../report-error.js';
import { SIGNAL_EXIT, watchInterrupt } from '../interrupt.js';
import { createProgressLine } from '../progress.js';
import { buildScorerRegistry, cachePlan } from '../../app/runtime.js';
import { runSuitesFlow } from '../../app/run/flow.js';
import { failureLine, writeEach, type OutputWrite } from '../../app/outputs.js';
import { summarizeRun } from '../console-summary.js';
import { runRulesFor, type RunRules } from '../../app/run/pass-rule.js';
import { runJobs } from '../../app/estimate.js';
import { planBatch } from '../../core/batch/prepare.js';
import { printEstimate } from '../estimate-out.js';

export const runCommand: CliCommand = async (argv, io) => {
  try {
    const args = parseRunArgs(argv);
    if (args.help) {
      io.stdout(RUN_USAGE);
      return 0;
    }
    return await run(args, io);
  } catch (err) {
    return reportError(err, io, 'run');
  }
};

function selectSuites(config: ResolvedConfig, names: string[]): ResolvedConfig['suites'] {
  if (names.length === 0) return config.suites;
  const known = new Set(config.suites.map((s) => s.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown suite ${unknown.map((n) => `"${n}"`).join(', ')} in ${config.path} (suites: ${[...known].join(', ')})`,
    );
  }
  const wanted = new Set(names);
  return config.suites.filter((s) => wanted.has(s.name));
}

/** --min-score wins; else gate.minScore when the config sets one above 0; else every case must pass. */
function runRules(args: RunArgs, config: ResolvedConfig): RunRules {
  const rules = runRulesFor(
    config.gate,
    args.minScore !== undefined ? { minScore: args.minScore, from: '--min-score' } : undefined,
  );
  return { ...rules, relaxedBy: '--min-score or gate.minScore' };
}

async function run(args: RunArgs, io: CliIO): Promise<number> {
  const scorers = buildScorerRegistry();
  const configPath = resolve(io.cwd, args.config);
  const plan = cachePlan(args);
  const config = await loadConfig(configPath, { cwd: io.cwd, env: io.env, scorers });
  const batch = planBatch(selectSuites(config, args.suites), args.batch ? 'all' : 'config');
  const suites = batch.suites;
  if (args.estimate) {
    // Before the runtime exists: no model client, so nothing can be sent.
    const jobs = runJobs(suites, args.repeat, args.batch);
    return printEstimate({ config, jobs, scorers, warn: (m) => io.stderr(`warning: ${m}\n`) }, args, io);
  }

  const progress = createProgressLine(io.stderr, io.isTTY);
  const seen = new Set<string>();
  const warn = (message: string) => {
    if (seen.has(message)) return; // the engine may warn per request; once is enough
    seen.add(message);
    progress.clear();
    io.stderr(`warning: ${message}\n`);
  };

  const interrupt = watchInterrupt(io, () => progress.clear());
  let flow: Awaited<ReturnType<typeof runSuitesFlow>>;
  try {
    flow = await runSuitesFlow({
      config,
      suites,
      rules: runRules(args, config),
      env: io.env,
      plan,
      scorers,
      warn,
      onProgress: (e) => progress.update(e),
      log: (m) => {
        progress.clear();
        io.stderr(`${m}\n`);
      },
      batchProviders: batch.providers,
      ...(args.trace ? { tracePath: resolve(io.cwd, args.trace) } : {}),
      onStart: ({ storeDir }) => {
        if (plan.mode === 'replay') io.stderr(`replaying recorded responses from ${storeDir}\n`);
        if (args.record) io.stderr(`recording responses to ${storeDir}\n`);
      },
      ...(args.repeat !== undefined ? { repeat: args.repeat } : {}),
      ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
      ...(args.maxCostUsd !== undefined ? { maxCostUsd: args.maxCostUsd } : {}),
      signal: interrupt.signal,
    });
  } finally {
    interrupt.dispose();
    progress.clear();
  }
  // label undefined: a plain run has one version, so results.json carries no label.
  const { result } = flow;
  const runtime = { scrub: flow.scrub };
  const stoppedBy = interrupt.received;
  if (stoppedBy) result.interrupted = true;

  // Files first: they are what CI keeps, and must not depend on the table rendering.
  // The engine masked known secrets in what it stored; the files go through the same scrubber again
  // (anything else that reached the results, e.g. a config value). Chunk by chunk: every string value
  // of the results is inside one chunk, so no secret straddles two.
  const outputs: OutputWrite[] = [];
  if (args.out) {
    const path = resolve(io.cwd, args.out);
    outputs.push({
      output: '--out',
      path,
      write: () => writeChunksAtomic(path, mapChunks(resultsJsonChunks(result), runtime.scrub), { makeDir: true }),
    });
  }
  if (args.junit) {
    const path = resolve(io.cwd, args.junit);
    outputs.push({
      output: '--junit',
      path,
      write: () => writeFileAtomic(path, runtime.scrub(renderJUnit(result)), { makeDir: true }),
    });
  }
  if (args.html) {
    const path = resolve(io.cwd, args.html);
    const html = () => renderHtmlReport({ head: result, title: 'evalgate run', generatedAt: result.finishedAt });
    outputs.push({
      output: '--html',
      path,
      write: () => writeFileAtomic(path, runtime.scrub(html()), { makeDir: true }),
    });
  }
  // Each file on its own: a full or read-only folder costs the files that go there, not the others.
  const failed = [...(flow.traceFailure ? [flow.traceFailure] : []), ...(await writeEach(outputs))];
  const outWritten = args.out !== undefined && !failed.some((f) => f.output === '--out');
  const color = io.isTTY && !io.env['NO_COLOR'];
  const summary = summarizeRun(
    result,
    runRules(args, config),
    stoppedBy ? { signal: stoppedBy, ...(outWritten ? { out: args.out } : {}) } : undefined,
  );
  const table = renderRunTable(result, {
    minScore: config.gate.minScore,
    verdicts: summary.verdicts,
    color,
    storedAnswers: plan.mode === 'replay' ? 'recordings' : 'cache',
  });
  io.stdout(`${table}\n\n`);
  io.stdout(`${summary.lines.join('\n')}\n`);
  for (const f of failed) io.stderr(`evalgate run: ${failureLine(f)}\n`);
  if (stoppedBy) return SIGNAL_EXIT[stoppedBy];
  // A missing output is never a pass; a verdict that already says no (1, 4) is the stronger truth.
  return summary.exitCode === EXIT.ok && failed.length > 0 ? EXIT.internal : summary.exitCode;
}
