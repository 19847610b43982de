// What `evalgate run` says after the table, and its exit code. Failures (a suite under its bar) and
// errors (requests that never produced an answer) are reported apart: an error is not a low score, and
// a run whose suites could not be scored at all is not a pass either.
//
// The bar, as a test runner's user expects it: every case must pass, unless a score threshold is given
// (`--min-score`, or a gate.minScore above 0 in the config), which relaxes it to "the suite's mean
// score reaches the threshold". A suite where more than gate.maxErrorRate of the requests failed is not
// judged at all (its scores are a biased subset): it makes the run inconclusive (exit 4), never a pass.
import { suiteVerdict, type RunRules, type SuiteVerdict } from '../app/run/pass-rule.js';
import { errorKindText, errorKinds } from '../core/results/error-kinds.js';
import { agreementText, suiteAgreement } from '../core/scorers/model-graded/agreement.js';
import { consistencyLow, consistencyText } from '../core/scorers/model-graded/consistency.js';
import { pct, score } from '../core/report/format.js';
import { failingCases, oneLine } from '../app/run/failing-cases.js';
import type { RunResult } from '../core/results/types.js';
import { EXIT } from './report-error.js';

/** Error kinds with counts and the first message of each, e.g. "rate-limit ×3 (429 …)". */
const errorSummary = (run: RunResult): string[] => errorKinds(run.suites).map(errorKindText);

export interface RunSummary {
  /** Per suite name, for the table's verdict column. */
  verdicts: Record<string, SuiteVerdict>;
  exitCode: 0 | 1 | typeof EXIT.inconclusive;
  lines: string[];
}

/** Samples an interrupt kept from running: skipped before sending, or cut off in flight. */
function notRunCount(run: RunResult): number {
  let n = 0;
  for (const s of run.suites) {
    for (const c of s.cases) for (const x of c.samples) if (x.status === 'skipped' || x.error?.kind === 'aborted') n++;
  }
  return n;
}

/** Kinds where the model did answer but a check (judge, JS function, ...) could not decide. */
const UNDECIDED_KINDS = new Set(['assertion', 'scorer']);

/** "3 of 6 samples got no answer, 1 was answered but a check could not decide". */
function errorHeadline(run: RunResult): string {
  let noAnswer = 0;
  let undecided = 0;
  for (const s of run.suites)
    for (const c of s.cases)
      for (const sm of c.samples) {
        if (sm.status !== 'error') continue;
        if (sm.error && UNDECIDED_KINDS.has(sm.error.kind)) undecided++;
        else noAnswer++;
      }
  const parts: string[] = [];
  if (noAnswer > 0) parts.push(`${noAnswer} of ${run.totals.samples} samples got no answer`);
  if (undecided > 0) {
    const verb = undecided === 1 ? 'was' : 'were';
    parts.push(
      noAnswer > 0
        ? `${undecided} ${verb} answered but a check could not decide`
        : `${undecided} of ${run.totals.samples} samples ${verb} answered but a check could not decide`,
    );
  }
  return parts.join(', ');
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `interrupted`: the run was stopped by a signal; the last line says so instead of a verdict. */
export function summarizeRun(
  run: RunResult,
  rules: RunRules,
  interrupted?: { signal: string; out?: string },
): RunSummary {
  const verdicts = run.suites.map((s) => suiteVerdict(s, rules));
  const byName = Object.fromEntries(verdicts.map((v) => [v.suite, v]));
  const lines: string[] = [];
  const failing = failingCases(run);
  if (failing.length > 0) lines.push('failing cases:', ...failing);
  for (const s of run.suites) {
    const a = suiteAgreement(s.cases);
    if (a) lines.push(`judge: ${s.name}: ${agreementText(a)}`);
    if (consistencyLow(s.judgeConsistency)) lines.push(`judge: ${s.name}: ${consistencyText(s.judgeConsistency)}`);
  }
  const errors = errorSummary(run);
  if (errors.length > 0) {
    lines.push(`errors: ${errorHeadline(run)} (not counted as failures):`);
    for (const e of errors) lines.push(`  ${oneLine(e, 240)}`);
  }
  const redacted = run.suites.reduce((n, s) => n + (s.redactions ?? 0), 0);
  if (redacted > 0)
    lines.push(`governance: ${redacted} personal-data or secret values redacted from the results and trace`);
  for (const v of verdicts) if (!v.ok) lines.push(`✗ ${v.suite}: ${v.reason}`);
  const failed = verdicts.filter((v) => v.status === 'fail').length;
  const unjudged = verdicts.filter((v) => v.status === 'inconclusive').length;
  const unclear = verdicts.filter((v) => v.status === 'unclear').length;
  const n = verdicts.length;
  if (interrupted) {
    const where = interrupted.out ? `; results so far in ${interrupted.out}` : '';
    lines.push(
      `✗ run interrupted (${interrupted.signal}): ${notRunCount(run)} of ${run.totals.samples} samples not run${where}`,
    );
    return { exitCode: 1, lines, verdicts: byName };
  }
  const from = rules.minScoreFrom ?? 'gate.minScore';
  const bar = rules.minScore === undefined ? 'pass every case' : `meet ${from} ${score(rules.minScore, 2)}`;
  const barOne = rules.minScore === undefined ? 'passes every case' : `meets ${from} ${score(rules.minScore, 2)}`;
  const ofN = `${n} ${plural(n, 'suite', 'suites')}`;
  if (failed > 0) lines.push(`✗ ${failed} of ${ofN} ${plural(failed, 'does', 'do')} not ${bar}`);
  if (unjudged > 0)
    lines.push(
      `✗ ${unjudged} of ${ofN} could not be judged: more than ${pct(rules.maxErrorRate)} of the requests failed (gate.maxErrorRate)`,
    );
  if (unclear > 0)
    lines.push(
      `✗ ${unclear} of ${ofN} ${plural(unclear, 'is', 'are')} unclear: the judge disagrees with your labels more often than judge.minAgreement allows`,
    );
  if (failed === 0 && unjudged === 0 && unclear === 0)
    lines.push(n === 1 ? `✓ 1 suite ${barOne}` : `✓ all ${n} suites ${bar}`);
  // A definite failure says more than "could not tell": 1 wins over 4. An untrusted judge cannot tell either.
  return { exitCode: failed > 0 ? 1 : unjudged + unclear > 0 ? EXIT.inconclusive : 0, lines, verdicts: byName };
}
