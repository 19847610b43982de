// What `evalgate run` says after the table, and its exit code. Failures (a suite under its bar) and
// errors (requests that never produced an answer) are reported apart: an error is not a low score, and
// a run whose suites could not be scored at all is not a pass either.
//
// The bar, as a test runner's user expects it: every case must pass, unless a score threshold is given
// (`--min-score`, or a gate.minScore above 0 in the config), which relaxes it to "the suite's mean
// score reaches the threshold". A suite where more than gate.maxErrorRate of the requests failed is not
// judged at all (its scores are a biased subset): it makes the run inconclusive (exit 4), never a pass.
import { breachReason, errorRateBreach } from '../core/results/error-rate.js';
import { errorKindText, errorKinds } from '../core/results/error-kinds.js';
import { pct, score } from '../core/report/format.js';
import type { RunResult, SuiteResult } from '../core/results/types.js';
import { EXIT } from './report-error.js';


export interface RunRules {
  /** A suite passes when its mean score reaches this. Undefined: every case must pass. */
  minScore?: number;
  /** Where minScore comes from, for the messages (default `gate.minScore`). */
  minScoreFrom?: string;
  /** gate.maxErrorRate: above this share of failed requests a suite is not judged. */
  maxErrorRate: number;
}

export interface SuiteVerdict {
  suite: string;
  ok: boolean;
  /** `inconclusive`: too many requests failed to judge the suite. */
  status: 'pass' | 'fail' | 'inconclusive';
  reason: string;
  /** Short form for the table's verdict column. */
  label: string;
}

export function suiteVerdict(s: SuiteResult, rules: RunRules): SuiteVerdict {
  const a = s.aggregates;
  const verdict = (status: SuiteVerdict['status'], reason: string, label: string): SuiteVerdict => ({ suite: s.name, ok: status === 'pass', status, reason, label });
  const breach = errorRateBreach(s, rules.maxErrorRate);
  if (breach) return verdict('inconclusive', `${breachReason(breach)}: too many errors to judge`, `TOO MANY ERRORS ${pct(breach.rate, 0)}`);
  if (a.meanScore === null) {
    const why = [a.errors && `${a.errors} errors`, a.skipped && `${a.skipped} skipped`, a.budget && `${a.budget} over budget`, a.blocked && `${a.blocked} blocked`]
      .filter(Boolean)
      .join(', ');
    return verdict('fail', `no scored samples${why ? ` (${why})` : ''}`, 'no score');
  }
  if (rules.minScore !== undefined) {
    const min = score(rules.minScore, 2);
    if (a.meanScore < rules.minScore) return verdict('fail', `score ${score(a.meanScore, 2)} < ${rules.minScoreFrom ?? 'gate.minScore'} ${min}`, `BELOW MIN ${min}`);
    return verdict('pass', `score ${score(a.meanScore, 2)} ≥ ${min}`, `ok (>= ${min})`);
  }
  const judged = s.cases.filter((c) => c.pass !== null);
  const failed = judged.filter((c) => c.pass === false).length;
  if (failed > 0) {
    const reason = `${failed} of ${judged.length} ${judged.length === 1 ? 'case fails' : 'cases fail'} (every case must pass; --min-score or gate.minScore relaxes this)`;
    return verdict('fail', reason, `FAIL ${failed}/${judged.length} cases`);
  }
  return verdict('pass', `all ${judged.length} cases pass`, 'ok (all pass)');
}

/** Error kinds with counts and the first message of each, e.g. "rate-limit ×3 (429 …)". */
const errorSummary = (run: RunResult): string[] => errorKinds(run.suites).map(errorKindText);

/**
 * Cases that did not pass, with the first failing assertion's reason, so a red run says what to look at
 * without opening results.json. At most `max` lines; the rest is counted.
 */
export function failingCases(run: RunResult, max = 10): string[] {
  const lines: string[] = [];
  let more = 0;
  for (const s of run.suites) {
    for (const c of s.cases) {
      if (c.pass !== false) continue;
      const ok = c.samples.filter((x) => x.status === 'ok');
      const failed = ok.filter((x) => x.pass === false);
      const first = failed.flatMap((x) => x.assertions).find((a) => !a.pass);
      if (lines.length >= max) {
        more++;
        continue;
      }
      const why = first ? `${first.type}: ${oneLine(first.reason)}` : 'below the case threshold';
      lines.push(`  ${s.name}/${c.id} (${failed.length}/${ok.length} samples failed) — ${why}`);
    }
  }
  if (more > 0) lines.push(`  … and ${more} more (see --out results.json)`);
  return lines;
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

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
    parts.push(noAnswer > 0 ? `${undecided} ${verb} answered but a check could not decide` : `${undecided} of ${run.totals.samples} samples ${verb} answered but a check could not decide`);
  }
  return parts.join(', ');
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `interrupted`: the run was stopped by a signal; the last line says so instead of a verdict. */
export function summarizeRun(run: RunResult, rules: RunRules, interrupted?: { signal: string; out?: string }): RunSummary {
  const verdicts = run.suites.map((s) => suiteVerdict(s, rules));
  const byName = Object.fromEntries(verdicts.map((v) => [v.suite, v]));
  const lines: string[] = [];
  const failing = failingCases(run);
  if (failing.length > 0) lines.push('failing cases:', ...failing);
  const errors = errorSummary(run);
  if (errors.length > 0) {
    lines.push(`errors: ${errorHeadline(run)} (not counted as failures):`);
    for (const e of errors) lines.push(`  ${oneLine(e, 240)}`);
  }
  const redacted = run.suites.reduce((n, s) => n + (s.redactions ?? 0), 0);
  if (redacted > 0) lines.push(`governance: ${redacted} personal-data or secret values redacted from the results and trace`);
  for (const v of verdicts) if (!v.ok) lines.push(`✗ ${v.suite}: ${v.reason}`);
  const failed = verdicts.filter((v) => v.status === 'fail').length;
  const unjudged = verdicts.filter((v) => v.status === 'inconclusive').length;
  const n = verdicts.length;
  if (interrupted) {
    const where = interrupted.out ? `; results so far in ${interrupted.out}` : '';
    lines.push(`✗ run interrupted (${interrupted.signal}): ${notRunCount(run)} of ${run.totals.samples} samples not run${where}`);
    return { exitCode: 1, lines, verdicts: byName };
  }
  const from = rules.minScoreFrom ?? 'gate.minScore';
  const bar = rules.minScore === undefined ? 'pass every case' : `meet ${from} ${score(rules.minScore, 2)}`;
  const barOne = rules.minScore === undefined ? 'passes every case' : `meets ${from} ${score(rules.minScore, 2)}`;
  const ofN = `${n} ${plural(n, 'suite', 'suites')}`;
  if (failed > 0) lines.push(`✗ ${failed} of ${ofN} ${plural(failed, 'does', 'do')} not ${bar}`);
  if (unjudged > 0) lines.push(`✗ ${unjudged} of ${ofN} could not be judged: more than ${pct(rules.maxErrorRate)} of the requests failed (gate.maxErrorRate)`);
  if (failed === 0 && unjudged === 0) lines.push(n === 1 ? `✓ 1 suite ${barOne}` : `✓ all ${n} suites ${bar}`);
  // A definite failure says more than "could not tell": 1 wins over 4.
  return { exitCode: failed > 0 ? 1 : unjudged > 0 ? EXIT.inconclusive : 0, lines, verdicts: byName };
}
