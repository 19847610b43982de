// `evalgate compare`: evaluates each suite under its current provider and every `candidates:` provider on
// the same cases in one interleaved run, and prints the quality/cost frontier with a non-inferiority
// verdict for each cheaper candidate (core/candidates/frontier.ts). Exit 0 when it could compare, 2 on a
// usage or config error, 3 on an internal error or an output file that could not be written (each file
// fails alone: the others and the printed report are kept).
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config/loader.js';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { failureLine, writeEach, type OutputWrite } from '../../app/outputs.js';
import { buildScorerRegistry } from '../../app/runtime.js';
import { compareEstimateJobs, runCompareFlow } from '../../app/compare/flow.js';
import { renderFrontierMarkdown } from '../../core/candidates/render.js';
import { renderHtmlReport } from '../../core/report/html-report.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config/defaults.js';
import { nonNegativeNumber, parseCommandArgs, positiveInt, UsageError } from '../args.js';
import { printEstimate } from '../estimate-out.js';
import type { CliCommand } from '../io.js';
import { EXIT, reportError } from '../report-error.js';

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
  --batch             send every model's requests through the Batch API (half the price, answers within
                      24 h; a restart resumes the batch). Providers with \`batch: true\` always do
  --json FILE         write the frontier as JSON
  --markdown FILE     write the Markdown report
  --html FILE         write the HTML report: "Choose the model" (table and chart), then every case
                      under every model
  --estimate          print the requests, tokens and cost range of every model; send nothing
  --estimate-from F   expected output tokens from a previous results.json (else maxTokens)
  -h, --help          show this help
`;

export const compareCommand: CliCommand = async (argv, io) => {
  try {
    const { values } = parseCommandArgs(argv, {
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string', short: 'c' },
      suite: { type: 'string', multiple: true },
      repeat: { type: 'string' },
      margin: { type: 'string' },
      'no-cache': { type: 'boolean' },
      batch: { type: 'boolean' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      html: { type: 'string' },
      estimate: { type: 'boolean' },
      'estimate-from': { type: 'string' },
    });
    if (values.help) {
      io.stdout(COMPARE_USAGE);
      return 0;
    }
    const repeat = positiveInt('repeat', values.repeat);
    const margin = nonNegativeNumber('margin', values.margin);
    if (margin !== undefined && margin > 1)
      throw new UsageError(`--margin must be between 0 and 1, got "${values.margin}"`);
    const scorers = buildScorerRegistry();
    const config = await loadConfig(resolve(io.cwd, values.config ?? DEFAULT_CONFIG_FILE), {
      cwd: io.cwd,
      env: io.env,
      scorers,
    });
    if (values.estimate) {
      const est = compareEstimateJobs(config, values.suite ?? [], repeat, values.batch ?? false);
      const flags = values['estimate-from'] ? { estimateFrom: values['estimate-from'] } : {};
      return await printEstimate({ config, jobs: est, scorers, warn: (m) => io.stderr(`warning: ${m}\n`) }, flags, io);
    }
    const { report, run, scrub } = await runCompareFlow({
      config,
      scorers,
      env: io.env,
      warn: (m) => io.stderr(`warning: ${m}\n`),
      ...(values.suite ? { suites: values.suite } : {}),
      ...(repeat !== undefined ? { repeat } : {}),
      ...(margin !== undefined ? { margin } : {}),
      noCache: values['no-cache'] ?? false,
      ...(values.batch ? { batch: 'all' as const } : {}),
      log: (m) => io.stderr(`${m}\n`),
    });
    const md = scrub(renderFrontierMarkdown(report));
    io.stdout(`${md}\n`);
    const outputs: OutputWrite[] = [];
    const out = (flag: string, file: string | undefined, text: () => string) => {
      if (file === undefined) return;
      const path = resolve(io.cwd, file);
      outputs.push({ output: flag, path, write: () => writeFileAtomic(path, text(), { makeDir: true }) });
    };
    out('--markdown', values.markdown, () => `${md}\n`);
    out('--json', values.json, () => scrub(`${JSON.stringify(report, null, 2)}\n`));
    out('--html', values.html, () =>
      scrub(renderHtmlReport({ head: run, frontier: report, title: 'evalgate compare', generatedAt: run.finishedAt })),
    );
    const failed = await writeEach(outputs);
    for (const f of failed) io.stderr(`evalgate compare: ${failureLine(f)}\n`);
    if (failed.length > 0) return EXIT.internal;
    return 0;
  } catch (err) {
    return reportError(err, io, 'compare');
  }
};
