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

/**
 * Writes base/head results, the comparison, JUnit XML of the head run (the version under test) and the
 * HTML report; returns their paths for the step outputs.
 */
export async function writeReports(m: ModeEnv, r: ReportInput): Promise<ReportFiles> {
  await mkdir(m.outDir, { recursive: true });
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  if (r.base) await m.deps.writeFile(join(m.outDir, 'base-results.json'), resultsJson(r.base));
  await m.deps.writeFile(join(m.outDir, 'head-results.json'), resultsJson(r.head));
  const files: ReportFiles = {
    report: join(m.outDir, REPORT_FILE),
    junit: join(m.outDir, JUNIT_FILE),
    html: join(m.outDir, HTML_FILE),
  };
  // The comparison embeds both SuiteResults per suite already; drop them to keep the report readable.
  await m.deps.writeFile(files.report, json({ ...stripResults(r.gate), ...r.extra }));
  await m.deps.writeFile(files.junit, renderJUnit(r.head));
  const short = (sha: string | undefined) => sha?.slice(0, 7);
  await m.deps.writeFile(
    files.html,
    renderHtmlReport({
      head: r.head,
      base: r.base,
      gate: r.gate,
      title: r.base ? 'evalgate: base vs head' : 'evalgate run',
      generatedAt: r.head.finishedAt,
      ...(short(r.baseSha) ? { baseRef: short(r.baseSha)! } : {}),
      ...(short(r.headSha) ? { headRef: short(r.headSha)! } : {}),
      ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    }),
  );
  return files;
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
