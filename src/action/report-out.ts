// The gate's machine-readable side: JSON files, JUnit XML and a self-contained HTML report for an
// artifact step, step outputs, and annotations on the prompt files of failing suites (at most 10: GitHub
// shows no more per type and step).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateReport } from '../core/gate/report.js';
import { figureText, gateFigures } from '../core/gate/figures.js';
import { shouldFail, type FailOn } from '../core/gate/gate.js';
import { renderHtmlReport } from '../core/report/html-report.js';
import { renderJUnit } from '../core/report/junit.js';
import { safeUrl } from '../core/report/sections.js';
import type { RunResult } from '../core/results/types.js';
import { resultsJson } from '../core/results/serialize.js';
import { failureLine, writeEach, type OutputFailure, type OutputWrite } from '../app/outputs.js';
import { MAX_ANNOTATIONS, type ActionIO } from './io.js';
import type { ModeEnv } from './mode-env.js';

export const REPORT_FILE = 'report.json';
export const JUNIT_FILE = 'junit.xml';
export const HTML_FILE = 'report.html';

export interface ReportFiles {
  /** The comparison JSON (the `report` output). */
  report: string;
  junit: string;
  html: string;
}

export interface ReportInput {
  base?: RunResult | undefined;
  head: RunResult;
  gate: GateReport;
  /** Extra top-level fields of report.json (e.g. the suite selection). */
  extra?: Record<string, unknown>;
  baseSha?: string | undefined;
  headSha?: string | undefined;
  runUrl?: string | undefined;
}

export interface ReportsWritten {
  /** Paths for the step outputs; '' for a file that could not be written. */
  files: ReportFiles;
  /** Files that could not be written (a full or read-only runner temp folder), each with why. */
  failed: OutputFailure[];
}

/** One file of the report folder, written on its own (writeEach): its text is made only when written. */
export function reportFile(m: ModeEnv, name: string, text: () => string): OutputWrite {
  const path = join(m.outDir, name);
  return {
    output: name,
    path,
    write: async () => {
      await mkdir(m.outDir, { recursive: true });
      await m.deps.writeFile(path, text());
    },
  };
}

/**
 * Writes base/head results, the comparison, JUnit XML of the head run (the version under test) and the
 * HTML report, each on its own: a file that cannot be written is named in `failed` and the others (and
 * the summary and comment that follow) are kept.
 */
export async function writeReports(m: ModeEnv, r: ReportInput): Promise<ReportsWritten> {
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  const short = (sha: string | undefined) => sha?.slice(0, 7);
  const html = () =>
    renderHtmlReport({
      head: r.head,
      base: r.base,
      gate: r.gate,
      title: r.base ? 'evalgate: base vs head' : 'evalgate run',
      generatedAt: r.head.finishedAt,
      ...(short(r.baseSha) ? { baseRef: short(r.baseSha)! } : {}),
      ...(short(r.headSha) ? { headRef: short(r.headSha)! } : {}),
      ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    });
  const files: ReportFiles = {
    report: join(m.outDir, REPORT_FILE),
    junit: join(m.outDir, JUNIT_FILE),
    html: join(m.outDir, HTML_FILE),
  };
  const file = (name: string, text: () => string) => reportFile(m, name, text);
  const failed = await writeEach([
    ...(r.base ? [file('base-results.json', () => resultsJson(r.base!))] : []),
    file('head-results.json', () => resultsJson(r.head)),
    // The comparison embeds both SuiteResults per suite already; drop them to keep the report readable.
    file(REPORT_FILE, () => json({ ...stripResults(r.gate), ...r.extra })),
    file(JUNIT_FILE, () => renderJUnit(r.head)),
    file(HTML_FILE, html),
  ]);
  for (const f of failed) {
    if (f.path === files.report) files.report = '';
    if (f.path === files.junit) files.junit = '';
    if (f.path === files.html) files.html = '';
  }
  return { files, failed };
}

/**
 * Each file that could not be written is an error annotation with its path and why (a warning under
 * fail-on: never); returns the reason the step fails, or undefined. Called after the summary and the
 * comment, which never depend on these files.
 */
export function reportWriteFailures(
  io: ActionIO,
  failed: readonly OutputFailure[],
  failOn: FailOn,
): string | undefined {
  if (failed.length === 0) return undefined;
  for (const f of failed.slice(0, MAX_ANNOTATIONS)) {
    const line = `evalgate: ${failureLine(f)}`;
    if (failOn === 'never') io.warning(line);
    else io.error(line);
  }
  if (failOn === 'never') return undefined;
  return `${failed.length} output ${failed.length === 1 ? 'file' : 'files'} could not be written (${failed.map((f) => f.output).join(', ')})`;
}

function stripResults(r: GateReport): Record<string, unknown> {
  return { ...r, suites: r.suites.map(({ base: _b, head: _h, ...rest }) => rest) };
}

export function setGateOutputs(io: ActionIO, report: GateReport, files: ReportFiles, commentUrl: string): void {
  const f = gateFigures(report);
  io.setOutput('status', f.status);
  io.setOutput('score', figureText(f.score, 4));
  io.setOutput('score-delta', figureText(f.scoreDelta, 4));
  io.setOutput('cost-delta-usd', figureText(f.costDeltaUsd, 6));
  io.setOutput('monthly-cost-delta-usd', figureText(f.monthlyCostDeltaUsd, 2));
  io.setOutput('regressions', String(f.regressions));
  io.setOutput(
    'broken-rules',
    report.suites.flatMap((s) => s.findings.map((x) => `${s.suite}:${x.verdict}`)).join(','),
  );
  io.setOutput('report', files.report);
  io.setOutput('junit', files.junit);
  io.setOutput('html-report', files.html);
  io.setOutput('comment-url', commentUrl);
}

export function annotateFailures(
  io: ActionIO,
  report: GateReport,
  failOn: FailOn,
  repoPath: (p: string) => string,
): void {
  let n = 0;
  for (const s of report.suites) {
    if (n >= MAX_ANNOTATIONS) break;
    const failing = shouldFail([s.verdict], failOn === 'never' ? 'regression' : failOn);
    if (!failing) continue;
    const promptPath = s.head?.promptPath ?? s.base?.promptPath;
    // Every broken rule, not just the first: a regression that also breaks the cost budget says both.
    const rules = s.findings.length > 0 ? s.findings : [{ verdict: s.verdict, reason: s.reason }];
    const props: { title: string; file?: string; startLine?: number } = {
      title: `evalgate: ${s.suite} ${rules.map((x) => x.verdict).join(' + ')}`,
    };
    if (promptPath) {
      props.file = repoPath(promptPath);
      props.startLine = 1;
    }
    const msg = `${s.suite}: ${rules.map((x) => x.reason).join('; also ')}`;
    // fail-on: never reports problems without failing the check: warnings, not errors.
    if (failOn === 'never') io.warning(msg, props);
    else io.error(msg, props);
    n++;
  }
}

/** The comment's pointer to the full report: the HTML file, in the artifact of the workflow run. */
export function fullReportLine(runUrl: string | undefined): string {
  const url = safeUrl(runUrl);
  const run = url ? `the [workflow run](${url})` : 'the workflow run';
  return `Full report — every case with base and head outputs, filterable: \`${HTML_FILE}\` (with \`${JUNIT_FILE}\` and the JSON files) in the artifacts of ${run}.`;
}
