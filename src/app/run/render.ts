// The job summary of a plain run (push, or mode: run): one row per suite with its verdict by the run's
// pass rule, its score and cases, and what failed — a run summary, not a comparison (there is no base:
// the gate's summary would call every suite "new" and print empty base → head columns).
import { ms, pct, score, usd } from '../../core/report/format.js';
import { safeUrl } from '../../core/report/sections.js';
import type { RunResult } from '../../core/results/types.js';
import { failingCases } from './failing-cases.js';
import type { SuiteVerdict } from './pass-rule.js';

export interface RunSummaryMeta {
  headSha?: string;
  runUrl?: string;
  /** Why each suite was evaluated (push selection, the `suites` input). */
  reasons?: Record<string, string>;
  /** Suites the run did not evaluate. */
  notEvaluated?: string[];
  notes?: string[];
  costCapHit?: boolean;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRunSummary(run: RunResult, verdicts: readonly SuiteVerdict[], meta: RunSummaryMeta): string {
  const failed = verdicts.filter((v) => !v.ok);
  const title =
    verdicts.length === 0
      ? 'no suite evaluated'
      : failed.length === 0
        ? `PASS (${verdicts.length} ${verdicts.length === 1 ? 'suite' : 'suites'})`
        : `FAIL (${failed.length} of ${verdicts.length} ${verdicts.length === 1 ? 'suite' : 'suites'})`;
  const lines = [`## evalgate run: ${title}`, ''];
  const at = meta.headSha ? `on \`${meta.headSha.slice(0, 12)}\`` : 'on the checked-out code';
  lines.push(
    `Evaluated ${at}${safeUrl(meta.runUrl) ? ` ([workflow run](${meta.runUrl}))` : ''}. A run has no base to compare with: each suite is judged on its own (every case must pass, or the score must reach gate.minScore when it is set).`,
    '',
  );
  for (const n of meta.notes ?? []) lines.push(`> ${cell(n)}`, '');
  if (verdicts.length > 0) {
    lines.push(
      '| Suite | Verdict | Score | Cases passing | Errors | Cost | p95 latency | Why |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const v of verdicts) {
      const s = run.suites.find((x) => x.name === v.suite);
      const a = s?.aggregates;
      const why = [v.reason, meta.reasons?.[v.suite]].filter(Boolean).join('; ');
      lines.push(
        `| ${cell(v.suite)} | ${v.ok ? '✅ pass' : v.status === 'inconclusive' ? '⚠️ inconclusive' : v.status === 'unclear' ? '⚠️ unclear' : '❌ fail'} | ${score(a?.meanScore, 3)} | ${pct(a?.passRate, 0)} of ${a?.cases ?? 0} | ${a?.errors ?? 0} | ${usd(a?.costUsd)} | ${ms(a?.latencyMs.p95)} | ${cell(why)} |`,
      );
    }
    lines.push('');
  }
  if (meta.costCapHit) lines.push('The run stopped sending requests at `max-cost-usd`: the rest is skipped.', '');
  if ((meta.notEvaluated?.length ?? 0) > 0)
    lines.push(`Not evaluated: ${meta.notEvaluated!.map((n) => `\`${n}\``).join(', ')}.`, '');
  const failing = failingCases(run, 20, 'see the `report` output');
  if (failing.length > 0)
    lines.push(
      '<details><summary>Failing cases</summary>',
      '',
      '```text',
      ...failing.map((l) => l.trim()),
      '```',
      '</details>',
      '',
    );
  return `${lines.join('\n')}\n`;
}
