// What a drift check tells its caller: one log line per run (daemon, CLI), and a Markdown summary
// (`--markdown`, the action's job summary). Only figures and our own names go in: model outputs stay
// in the issues, where they are escaped.
import { safeSuiteName } from './issue-body.js';
import { describeModelChange } from './model-change.js';
import { describeJudgeChange } from './issue-body.js';
import { errorKindText } from '../results/error-kinds.js';
import type { DriftCheckResult, SuiteDriftOutcome } from './check.js';

/** Our own names and model ids only: whatever an endpoint reports as its model is reduced to a safe alphabet. */
const safeModelText = (s: string): string => s.replace(/[^A-Za-z0-9._:,() >→-]/g, '');

/** "the judge changed: a → b; new baseline" on the night it happens. */
function judgeEvent(o: SuiteDriftOutcome): string {
  const c = o.entry.judgeChange;
  return c ? `${describeJudgeChange(c, safeModelText)}; new baseline` : '';
}

/** "model changed: a (fp_1) → b (fp_2)" on the night it happens. */
function modelEvent(o: SuiteDriftOutcome): string {
  const c = o.entry.modelChange;
  return c ? `${c.kind} changed: ${safeModelText(describeModelChange(c))}` : '';
}

const score = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(3));

function baselineScore(o: SuiteDriftOutcome): number | null {
  const s = o.report?.signals.find((x) => x.name === 'score');
  return typeof s?.baseline === 'number' ? s.baseline : null;
}

/** What happened to the suite's issue; `withRef` false when the caller shows the issue link itself. */
function actionText(o: SuiteDriftOutcome, withRef = true): string {
  const ref = o.issue && withRef ? ` #${o.issue.number}` : '';
  if (o.action === 'none') return '';
  if (o.actionFailed) return `${o.action} of the issue${ref} failed`;
  if (!o.issue) return o.action === 'open' ? 'drift opened' : o.action === 'close' ? 'recovered' : 'still drifting';
  switch (o.action) {
    case 'open':
      return withRef ? `issue${ref} opened` : 'opened';
    case 'comment':
      return withRef ? `commented on${ref}` : 'commented';
    case 'close':
      return withRef ? `issue${ref} closed` : 'closed';
  }
}

/** An inconclusive run's failed requests for the log line: " [requests failed: auth ×30 — first: …]". */
function failedRequests(o: SuiteDriftOutcome): string {
  if (o.status !== 'inconclusive' || !o.requestErrors?.length) return '';
  return ` [requests failed: ${o.requestErrors.map(errorKindText).join('; ')}]`;
}

/** One line for logs: `<time> drift <runId>: a healthy 0.950 (base 0.960), b DRIFTED 0.81 (base 0.93) issue #3 opened`. */
export function driftLogLine(r: DriftCheckResult, elapsedMs?: number): string {
  const parts = r.outcomes.map((o) => {
    const st = o.status === 'drifted' ? 'DRIFTED' : o.status;
    const base = baselineScore(o);
    const act = actionText(o);
    const model = modelEvent(o);
    const judge = judgeEvent(o);
    return `${safeSuiteName(o.suite)} ${st} ${score(o.entry.aggregates.meanScore)}${base !== null ? ` (base ${score(base)})` : ''}${act ? ` ${act}` : ''}${model ? ` [${model}]` : ''}${judge ? ` [${judge}]` : ''}${failedRequests(o)}${o.error ? ` [error: ${o.error}]` : ''}`;
  });
  const took = elapsedMs === undefined ? '' : ` in ${(elapsedMs / 1000).toFixed(1)}s`;
  return `${r.time} drift ${r.runId}: ${parts.join('; ') || 'no suites'}${r.costCapHit ? ' (cost cap hit)' : ''}${took}`;
}

export function renderDriftSummary(r: DriftCheckResult): string {
  const lines = [
    '## evalgate drift check',
    '',
    `Run \`${r.runId}\` at ${r.time}.`,
    '',
    '| Suite | Status | Score (baseline → now) | Triggered | Served model | Issue |',
    '|---|---|---|---|---|---|',
  ];
  for (const o of r.outcomes) {
    const trig =
      o.report?.signals
        .filter((s) => s.triggered)
        .map((s) => s.label)
        .join(', ') || '–';
    const served = o.entry.servedModels.join(', ').replace(/[^A-Za-z0-9._:, -]/g, '') || '–';
    const models = o.entry.modelChange ? `${served} 🔄 ${o.entry.modelChange.kind} changed` : served;
    const issue = o.issue
      ? `[#${o.issue.number}](${o.issue.url}) ${actionText(o, false)}`.trim()
      : actionText(o) || '–';
    const status = `${o.status === 'drifted' ? '🔴 drifted' : o.status}${o.unrecorded ? ' (not recorded)' : ''}`;
    lines.push(
      `| \`${safeSuiteName(o.suite)}\` | ${status} | ${score(baselineScore(o))} → ${score(o.entry.aggregates.meanScore)} | ${trig} | ${models} | ${issue} |`,
    );
  }
  const changes = r.outcomes.filter((o) => o.entry.modelChange);
  if (changes.length)
    lines.push(
      '',
      ...changes.map(
        (o) =>
          `- 🔄 \`${safeSuiteName(o.suite)}\`: ${modelEvent(o)}. An event, not drift by itself: the signals above judge whether behaviour changed.`,
      ),
    );
  const judged = r.outcomes.filter((o) => o.entry.judgeChange);
  if (judged.length)
    lines.push(
      '',
      ...judged.map(
        (o) =>
          `- ⚖️ \`${safeSuiteName(o.suite)}\`: baseline reset: ${describeJudgeChange(o.entry.judgeChange!, safeModelText)}. Scores from different judges are not comparable, so a new baseline segment starts (collected over the next nights); not drift.`,
      ),
    );
  const failing = r.outcomes.filter((o) => o.status === 'inconclusive' && o.requestErrors?.length);
  if (failing.length)
    lines.push(
      '',
      ...failing.flatMap((o) =>
        o.requestErrors!.map(
          (k) => `- ❌ \`${safeSuiteName(o.suite)}\` requests failed: ${errorKindText(k).replace(/[<>@`]/g, '')}`,
        ),
      ),
    );
  const errors = r.outcomes.filter((o) => o.error);
  if (errors.length)
    lines.push('', ...errors.map((o) => `- ⚠️ \`${safeSuiteName(o.suite)}\`: ${o.error!.replace(/[<>@`]/g, '')}`));
  if (r.costCapHit) lines.push('', '⚠️ The run cost cap was reached; some samples were skipped.');
  if (r.dashboard) lines.push('', `Dashboard: \`${r.dashboard}\``);
  return `${lines.join('\n')}\n`;
}
