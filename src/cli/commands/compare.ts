// `evalgate compare`: evaluates each suite under its current provider and every `candidates:` provider on
// the same cases in one interleaved run, and prints the quality/cost frontier with a non-inferiority
// verdict for each cheaper candidate (core/candidates/frontier.ts). Exit 0 when it could compare, 2 on a
// usage or config error, 3 on an internal error.
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config/loader.js';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { buildRuntime, buildScorerRegistry, cachePlan, newRunId } from '../../app/runtime.js';
import { runJobs } from '../../app/estimate.js';
import { VERSION } from '../../app/version.js';
import { buildFrontier, type FrontierInput } from '../../core/candidates/frontier.js';
import { renderFrontierMarkdown } from '../../core/candidates/render.js';
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import type { SuiteJob } from '../../core/engine/types.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config/defaults.js';
import { nonNegativeNumber, parseCommandArgs, positiveInt, UsageError } from '../args.js';
import { printEstimate } from '../estimate-out.js';
import type { CliCommand } from '../io.js';
import { reportError } from '../report-error.js';

const CURRENT = 'current';

const COMPARE_USAGE = `Usage: evalgate compare [options]

Evaluates every suite that names \`candidates:\` (or all suites, with defaults.candidates) under its
current provider and each candidate on the same cases, and prints score ± CI, cost per request and per
month, p95 latency, the quality/cost frontier and, for each cheaper candidate, whether it is not worse
by more than the margin (one-sided, at the gate's error rate). Details: docs/compare.md.

Options:
  --config FILE       config file (default: evalgate.yml)
  --suite NAME        compare only this suite (repeatable)
  --repeat N          samples per case, overrides the config
  --margin X          largest score drop (0..1) still "not worse" (default: gate.maxScoreDrop)
  --no-cache          neither read nor write the response cache
  --json FILE         write the frontier as JSON
  --markdown FILE     write the Markdown report
  --estimate          print the requests, tokens and cost range; send nothing
  -h, --help          show this help
`;

/** The candidates of a suite: its own list, else defaults.candidates; the current provider is left out. */
export function candidatesOf(config: ResolvedConfig, suite: ResolvedSuite): string[] {
  const own = (suite.raw as { candidates?: string[] } | undefined)?.candidates;
  const names = own ?? config.raw.defaults?.candidates ?? [];
  for (const n of names) {
    if (!config.providers[n]) throw new UsageError(`suite "${suite.name}": candidate "${n}" is not a provider under providers: (known: ${Object.keys(config.providers).join(', ')})`);
  }
  return [...new Set(names)].filter((n) => n !== suite.provider.id);
}

export const compareCommand: CliCommand = async (argv, io) => {
  try {
    const { values } = parseCommandArgs(argv, {
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string', short: 'c' },
      suite: { type: 'string', multiple: true },
      repeat: { type: 'string' },
      margin: { type: 'string' },
      'no-cache': { type: 'boolean' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      estimate: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(COMPARE_USAGE);
      return 0;
    }
    const repeat = positiveInt('repeat', values.repeat);
    const margin = nonNegativeNumber('margin', values.margin);
    if (margin !== undefined && margin > 1) throw new UsageError(`--margin must be between 0 and 1, got "${values.margin}"`);
    const scorers = buildScorerRegistry();
    const config = await loadConfig(resolve(io.cwd, values.config ?? DEFAULT_CONFIG_FILE), { env: io.env, scorers });
    const wanted = values.suite ?? [];
    const suites = config.suites.filter((s) => (wanted.length === 0 || wanted.includes(s.name)) && candidatesOf(config, s).length > 0);
    if (suites.length === 0) throw new UsageError('no suite to compare: name other providers under `candidates:` on a suite or in defaults');
    const jobs: SuiteJob[] = suites.flatMap((suite) => [
      { label: CURRENT, suite },
      ...candidatesOf(config, suite).map((name) => ({ label: name, suite: { ...suite, provider: config.providers[name]! } })),
    ]);
    if (values.estimate) {
      const est = jobs.flatMap((j) => runJobs([j.suite], repeat).map((e) => ({ ...e, label: j.label })));
      return await printEstimate({ config, jobs: est, scorers, warn: (m) => io.stderr(`warning: ${m}\n`) }, {}, io);
    }
    const runtime = buildRuntime({ config, env: io.env, plan: cachePlan({ noCache: values['no-cache'] ?? false }), scorers, warn: (m) => io.stderr(`warning: ${m}\n`) });
    let out;
    try {
      out = await runEval(jobs, { runId: newRunId(), toolVersion: VERSION, ...runtime.options, ...(repeat !== undefined ? { repeat } : {}) }, runtime.deps);
    } finally {
      await runtime.close();
    }
    const inputs: FrontierInput[] = suites.map((suite) => {
      const mine = out.results.filter((r) => r.suite.name === suite.name);
      const current = mine.find((r) => r.label === CURRENT)!;
      return {
        suite: suite.name,
        current: { name: `${CURRENT} (${suite.provider.id})`, result: current.suite },
        candidates: mine.filter((r) => r.label !== CURRENT).map((r) => ({ name: r.label, result: r.suite })),
      };
    });
    const report = buildFrontier(inputs, { confidence: config.gate.confidence, margin: margin ?? config.gate.maxScoreDrop });
    const md = runtime.scrub(renderFrontierMarkdown(report));
    io.stdout(`${md}\n`);
    if (values.markdown) await writeFileAtomic(resolve(io.cwd, values.markdown), `${md}\n`, { makeDir: true });
    if (values.json) await writeFileAtomic(resolve(io.cwd, values.json), runtime.scrub(`${JSON.stringify(report, null, 2)}\n`), { makeDir: true });
    return 0;
  } catch (err) {
    return reportError(err, io, 'compare');
  }
};
