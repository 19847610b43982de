// The gate's machine-readable side: JSON files for an artifact step, step outputs, and annotations on
// the prompt files of failing suites (at most 10: GitHub shows no more per type and step).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateReport } from '../core/gate/report.js';
import { figureText, gateFigures } from '../core/gate/figures.js';
import { shouldFail, type FailOn } from '../core/gate/gate.js';
import type { RunResult } from '../core/results/types.js';
import { MAX_ANNOTATIONS, type ActionIO } from './io.js';
import type { ModeEnv } from './mode-env.js';

export const REPORT_FILE = 'report.json';

/** Writes base/head results and the comparison; returns the comparison's path (the `report` output). */
export async function writeReports(m: ModeEnv, base: RunResult | undefined, head: RunResult, comparison: unknown): Promise<string> {
  await mkdir(m.outDir, { recursive: true });
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  if (base) await m.deps.writeFile(join(m.outDir, 'base-results.json'), json(base));
  await m.deps.writeFile(join(m.outDir, 'head-results.json'), json(head));
  const reportPath = join(m.outDir, REPORT_FILE);
  // The comparison embeds both SuiteResults per suite already; drop them to keep the report readable.
  await m.deps.writeFile(reportPath, json(stripResults(comparison)));
  return reportPath;
}

function stripResults(x: unknown): unknown {
  const r = x as GateReport;
  if (!r || !Array.isArray(r.suites)) return x;
  return { ...r, suites: r.suites.map(({ base: _b, head: _h, ...rest }) => rest) };
}

export function setGateOutputs(io: ActionIO, report: GateReport, reportPath: string, commentUrl: string): void {
  const f = gateFigures(report);
  io.setOutput('status', f.status);
  io.setOutput('score', figureText(f.score, 4));
  io.setOutput('score-delta', figureText(f.scoreDelta, 4));
  io.setOutput('cost-delta-usd', figureText(f.costDeltaUsd, 6));
  io.setOutput('monthly-cost-delta-usd', figureText(f.monthlyCostDeltaUsd, 2));
  io.setOutput('regressions', String(f.regressions));
  io.setOutput('report', reportPath);
  io.setOutput('comment-url', commentUrl);
}

export function annotateFailures(io: ActionIO, report: GateReport, failOn: FailOn, repoPath: (p: string) => string): void {
  let n = 0;
  for (const s of report.suites) {
    if (n >= MAX_ANNOTATIONS) break;
    const failing = shouldFail([s.verdict], failOn === 'never' ? 'regression' : failOn);
    if (!failing) continue;
    const promptPath = s.head?.promptPath ?? s.base?.promptPath;
    const props: { title: string; file?: string; startLine?: number } = { title: `evalgate: ${s.suite} ${s.verdict}` };
    if (promptPath) {
      props.file = repoPath(promptPath);
      props.startLine = 1;
    }
    const msg = `${s.suite}: ${s.reason}`;
    // fail-on: never reports problems without failing the check: warnings, not errors.
    if (failOn === 'never') io.warning(msg, props);
    else io.error(msg, props);
    n++;
  }
}
