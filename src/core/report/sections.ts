// Markdown building blocks shared by the PR comment and the job summary: headline, verdict reasons, case details, footer. Everything untrusted passes through escape.ts.
import type { CaseChange, SuiteComparison, Verdict } from '../compare/types.js';
import { checkCost } from '../pricing/check-cost.js';
import { checkCostLine } from '../pricing/check-cost-line.js';
import type { GateReport } from '../gate/report.js';
import type { SuiteResult } from '../results/types.js';
import { agreementText, suiteAgreement } from '../scorers/model-graded/agreement.js';
import { consistencyLow, consistencyText } from '../scorers/model-graded/consistency.js';
import { codeBlock, codeSpan, escapeText, formatVars } from './escape.js';
import { count, pct, score, usd } from './format.js';
import { VERDICT_LABEL } from './verdict-label.js';

export interface ReportMeta {
  /** Link to the workflow run. */
  runUrl?: string;
  baseSha?: string;
  headSha?: string;
  /** What head is when it is not a commit, e.g. "working tree" (shown instead of a sha). */
  headLabel?: string;
  baseRef?: string;
  headRef?: string;
  /** PR from a fork (no secrets). */
  fork?: boolean;
  /** Suites ran from recorded responses, not the live model. */
  recorded?: boolean;
  /** Where the full report lives, e.g. "the job summary and the `evalgate-report` artifact". */
  fullReportAt?: string;
  /** Trusted extra Markdown lines from the caller (e.g. a warning about a read-only token). */
  notes?: string[];
  toolVersion?: string;
}

/** Only http(s) URLs without characters that could end a Markdown link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s()<>[\]"'`]+$/.test(url)) return undefined;
  return url;
}

const sha = (s: string | undefined): string | undefined =>
  s && /^[0-9a-f]{7,64}$/i.test(s) ? s.slice(0, 7) : undefined;

export function headline(report: GateReport): string {
  const n = report.suites.length;
  const counts = new Map<Verdict, number>();
  for (const s of report.suites) counts.set(s.verdict, (counts.get(s.verdict) ?? 0) + 1);
  const words = {
    regression: 'regressed',
    'below-min': 'below min score',
    'over-budget': 'over budget',
    inconclusive: 'inconclusive',
    unclear: 'unclear (possible regression, not enough evidence)',
  };
  const bad = (['regression', 'below-min', 'over-budget', 'inconclusive', 'unclear'] as const)
    .filter((v) => counts.get(v))
    .map((v) => `${counts.get(v)} ${words[v]}`);
  const detail =
    n === 0
      ? 'no suite was evaluated'
      : bad.length
        ? `${bad.join(', ')} of ${count(n, 'suite')}`
        : `${count(n, 'suite')} checked`;
  return `## evalgate: ${VERDICT_LABEL[report.verdict]} (${detail})`;
}

export function contextLine(report: GateReport, meta: ReportMeta): string {
  const parts: string[] = [];
  const b = sha(meta.baseSha);
  const h = sha(meta.headSha);
  if (b && h) parts.push(`base \`${b}\` → head \`${h}\``);
  else if (b && meta.headLabel) parts.push(`base \`${b}\` → head: ${escapeText(meta.headLabel, { maxChars: 60 })}`);
  if (meta.recorded) parts.push('recorded responses (not the live model)');
  if (report.costCapHit) parts.push('**run cost cap reached**: some samples were not sent');
  const url = safeUrl(meta.runUrl);
  if (url) parts.push(`[workflow run](${url})`);
  return parts.join(' · ');
}

export function noticeLines(meta: ReportMeta): string[] {
  const out: string[] = [];
  if (meta.fork)
    out.push(
      '> **Fork pull request:** secrets such as the model API key are not available to workflows from forks, ' +
        (meta.recorded ? 'so suites ran from recorded responses.' : 'so suites that need the live model were skipped.'),
    );
  for (const n of meta.notes ?? []) out.push(n);
  return out;
}

/** How the suite was sampled: rounds, samples, and what the extra rounds cost. */
export function samplingText(s: SuiteComparison): string | undefined {
  const q = s.sequential;
  if (!q) return undefined;
  const total = q.samples.base + q.samples.head;
  if (q.rounds <= 1) return `1 round, ${total} samples`;
  const cost = q.extraCostUsd === null ? 'price unknown' : usd(q.extraCostUsd);
  return `${q.rounds} rounds, ${total} samples (${q.extraSamples} beyond the first round, ${cost})`;
}

/** "- **suite** judge agrees with your labels on …" for a suite whose head run has labelled cases (docs/judges.md). */
export function judgeLine(s: SuiteComparison): string | undefined {
  const a = s.head ? suiteAgreement(s.head.cases) : undefined;
  return a ? `- **${escapeText(s.suite)}** ${escapeText(agreementText(a))}` : undefined;
}

/** "- **suite** judge self-consistency: …" when the head's judge repeats its own verdicts too rarely (docs/judges.md). */
export function consistencyLine(s: SuiteComparison): string | undefined {
  const c = s.head?.judgeConsistency;
  return consistencyLow(c) ? `- **${escapeText(s.suite)}** ${escapeText(consistencyText(c))}` : undefined;
}

export function reasonLine(s: SuiteComparison): string {
  const extra: string[] = [];
  if (s.regressed.length) extra.push(`${s.regressed.length} regressed`);
  if (s.fixed.length) extra.push(`${s.fixed.length} fixed`);
  const noisy = s.noisy.regressed + s.noisy.fixed;
  if (noisy) extra.push(`${noisy} noisy (moved only within their own sampling noise; not listed)`);
  if (s.addedCases.length) extra.push(`${s.addedCases.length} added`);
  if (s.removedCases.length) extra.push(`${s.removedCases.length} removed`);
  if (s.errors.base || s.errors.head) extra.push(`errors ${s.errors.base} → ${s.errors.head}`);
  const errs = (['base', 'head'] as const)
    .map((side) => {
      const e = commonError(s[side]);
      return e ? `${side}: ${codeSpan(e.message, { maxChars: 160 })}${e.count > 1 ? ` (${e.count}×)` : ''}` : undefined;
    })
    .filter((x): x is string => x !== undefined);
  const sampling = samplingText(s);
  const tail = `${extra.length ? `. Cases: ${extra.join(', ')}` : ''}${sampling ? `. Sampling: ${sampling}` : ''}${
    errs.length ? `. Most common error, ${errs.join('; ')}` : ''
  }`;
  const name = `**${escapeText(s.suite, { maxChars: 100 })}**`;
  // Every broken rule is shown: a regression that also breaks the cost budget says both.
  if (s.findings.length > 1) {
    const labels = s.findings.map((f) => VERDICT_LABEL[f.verdict].toLowerCase()).join(' + ');
    return [
      `- ${name} (${labels})${tail}`,
      ...s.findings.map((f) => `  - ${VERDICT_LABEL[f.verdict].toLowerCase()}: ${escapeText(f.reason)}`),
    ].join('\n');
  }
  return `- ${name} (${VERDICT_LABEL[s.verdict].toLowerCase()}): ${escapeText(s.reason)}${tail}`;
}

/**
 * The most frequent request error of one side, so a reader sees *why* requests failed (an expired key,
 * a wrong model name) without opening the logs. Error texts come from the endpoint: untrusted.
 */
function commonError(r: SuiteResult | undefined): { message: string; count: number } | undefined {
  if (!r) return undefined;
  const counts = new Map<string, number>();
  for (const c of r.cases)
    for (const smp of c.samples)
      if (smp.status === 'error' && smp.error) {
        const m = `${smp.error.kind}: ${smp.error.message}`;
        counts.set(m, (counts.get(m) ?? 0) + 1);
      }
  let best: { message: string; count: number } | undefined;
  for (const [message, count] of counts) if (!best || count > best.count) best = { message, count };
  return best;
}

export interface CaseDetailOptions {
  /** Characters per output block. */
  outputChars: number;
  /** Omit outputs entirely (compact form under a tight budget). */
  compact?: boolean;
  fullAt?: string;
}

function passWord(p: boolean | null): string {
  return p === null ? 'no result' : p ? 'pass' : 'fail';
}

/** "k of n samples failed" for one side (errors, which have no score, counted apart). */
function countsText(c: CaseChange['baseCounts']): string {
  const err = c.errors ? `, ${c.errors} errored` : '';
  return `${c.failed} of ${c.samples} ${c.samples === 1 ? 'sample' : 'samples'} failed${err}`;
}

export function caseDetail(c: CaseChange, opts: CaseDetailOptions): string {
  const worse: 'head' | 'base' = (c.headScore ?? 0) <= (c.baseScore ?? 0) ? 'head' : 'base';
  const lines = [
    `**Case ${codeSpan(c.id, { maxChars: 120 })}**${c.flaky ? ' (flaky: its samples disagree)' : ''}: score ${score(c.baseScore)} → ${score(c.headScore)} (${passWord(c.basePass)} → ${passWord(c.headPass)}); ` +
      `base: ${countsText(c.baseCounts)}, head: ${countsText(c.headCounts)}`,
    '',
    `Vars: ${codeSpan(formatVars(c.vars), { maxChars: opts.compact ? 200 : 600 })}`,
  ];
  if (c.failingReasons.length) {
    lines.push('', `Failing on ${worse}:`);
    for (const r of c.failingReasons.slice(0, opts.compact ? 3 : 10))
      lines.push(`- ${escapeText(r, { maxChars: 300 })}`);
    if (c.failingReasons.length > (opts.compact ? 3 : 10))
      lines.push(`- … ${c.failingReasons.length - (opts.compact ? 3 : 10)} more`);
  }
  if (!opts.compact) {
    const blockOpts = { maxChars: opts.outputChars, ...(opts.fullAt ? { fullAt: opts.fullAt } : {}) };
    const label = (side: 'base' | 'head') => {
      const counts = side === 'base' ? c.baseCounts : c.headCounts;
      const kind =
        side === worse
          ? counts.failed > 0
            ? 'a failing sample'
            : 'a sample'
          : counts.failed < counts.samples
            ? 'a passing sample'
            : 'a sample';
      return `${side === 'base' ? 'Base' : 'Head'} output (${kind}):`;
    };
    lines.push(
      '',
      label('base'),
      '',
      c.baseOutput !== undefined ? codeBlock(c.baseOutput, blockOpts) : '*(no output)*',
    );
    lines.push(
      '',
      label('head'),
      '',
      c.headOutput !== undefined ? codeBlock(c.headOutput, blockOpts) : '*(no output)*',
    );
  }
  return lines.join('\n');
}

export function detailsOpen(summary: string): string {
  return `<details><summary>${summary}</summary>\n`;
}
export const DETAILS_CLOSE = '\n</details>';

export function idList(ids: readonly string[], max: number): string {
  const shown = ids.slice(0, max).map((id) => codeSpan(id, { maxChars: 80 }));
  return shown.join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
}

/** Bullet lines for added/removed cases per suite, then new and removed suites (ids capped at `maxIds`). */
export function addedRemovedLines(suites: readonly SuiteComparison[], maxIds: number): string[] {
  const lines: string[] = [];
  for (const s of suites) {
    if (s.addedCases.length) lines.push(`- ${escapeText(s.suite)}: added cases ${idList(s.addedCases, maxIds)}`);
    if (s.removedCases.length) lines.push(`- ${escapeText(s.suite)}: removed cases ${idList(s.removedCases, maxIds)}`);
  }
  const added = suites.filter((s) => s.status === 'new' && !s.notComparable).map((s) => s.suite);
  const removed = suites.filter((s) => s.status === 'removed').map((s) => s.suite);
  if (added.length) lines.push(`- New suites (head only): ${idList(added, Math.max(30, maxIds))}`);
  if (removed.length) lines.push(`- Removed suites: ${idList(removed, Math.max(30, maxIds))}`);
  return lines;
}

/** Judge/embedding spend of this run, kept apart from the production cost the table compares. */
function evaluationCostLine(report: GateReport): string | undefined {
  let total = 0;
  let unknown = false;
  let any = false;
  for (const s of report.suites)
    for (const side of [s.base, s.head]) {
      const c = side?.aggregates.evalCostUsd;
      if (c === null) unknown = true;
      else if (c !== undefined && c > 0) {
        total += c;
        any = true;
      }
    }
  if (!any && !unknown) return undefined;
  return `Evaluation cost (judges, embeddings; not production cost): ${any ? usd(total) : ''}${any && unknown ? ' + ' : ''}${unknown ? 'price unknown for some judge calls' : ''}`;
}

/** The rules line: what a verdict means and the error rate it holds, per PR whatever the number of suites. */
export function rulesText(report: GateReport): string {
  const r = report.rules;
  if (!r)
    return 'Rules: a regression needs a drop beyond `maxScoreDrop` and a confidence interval entirely below zero.';
  const alpha = (1 - r.confidence) / 2;
  return (
    `Rules: suites are sampled in rounds (up to ${r.maxRepeat} samples per case) until a sequential test decides; a regression is a drop the test ` +
    `supports against no change, with a false-regression rate of at most ${pct(alpha, alpha < 0.01 ? 1 : 0)} per PR over all its suites (Holm); ` +
    `unclear = the interval reaches below −${score(r.maxScoreDrop, 2)} but the budget ran out before a decision.`
  );
}

export function footer(report: GateReport, meta: ReportMeta, maxSuites = 20): string {
  const lines: string[] = [];
  const more = report.suites.length > maxSuites ? `, and ${report.suites.length - maxSuites} more` : '';
  const versions = report.suites
    .slice(0, maxSuites)
    .map((s) => {
      const b = s.base?.promptVersion;
      const h = s.head?.promptVersion;
      const v = b && h ? (b === h ? codeSpan(h) : `${codeSpan(b)} → ${codeSpan(h)}`) : codeSpan(h ?? b ?? '?');
      return `${escapeText(s.suite, { maxChars: 100 })} ${v}`;
    })
    .join(', ');
  if (versions) lines.push(`Prompt versions: ${versions}${more}`);
  const models = { base: new Set<string>(), head: new Set<string>() };
  const fingerprints = new Set<string>();
  for (const s of report.suites)
    for (const side of ['base', 'head'] as const) {
      for (const m of s[side]?.servedModels ?? []) models[side].add(m);
      for (const f of s[side]?.systemFingerprints ?? []) fingerprints.add(f);
    }
  const modelList = (set: Set<string>) =>
    [...set]
      .slice(0, 10)
      .map((m) => codeSpan(m, { maxChars: 80 }))
      .join(', ');
  const same = models.base.size === models.head.size && [...models.base].every((m) => models.head.has(m));
  // A PR that switches the model should say so where the reader looks for it.
  if (same && models.head.size) lines.push(`Served models: ${modelList(models.head)}`);
  else if (!same && models.base.size && models.head.size)
    lines.push(`Served models: base ${modelList(models.base)} → head ${modelList(models.head)}`);
  else if (!same) lines.push(`Served models: ${modelList(new Set([...models.base, ...models.head]))}`);
  if (fingerprints.size)
    lines.push(
      `Fingerprints: ${[...fingerprints]
        .slice(0, 10)
        .map((f) => codeSpan(f, { maxChars: 80 }))
        .join(', ')}${fingerprints.size > 10 ? ` and ${fingerprints.size - 10} more` : ''}`,
    );
  const evalCost = evaluationCostLine(report);
  if (evalCost) lines.push(evalCost);
  const sides = report.suites
    .flatMap((s) => [s.base, s.head])
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  const spent = checkCostLine(checkCost(sides, report.rules?.maxRepeat));
  if (spent) lines.push(spent);
  const redacted = report.suites.reduce((n, s) => n + (s.base?.redactions ?? 0) + (s.head?.redactions ?? 0), 0);
  if (redacted > 0)
    lines.push(
      `Governance: ${redacted} personal-data or secret ${redacted === 1 ? 'value was' : 'values were'} redacted from outputs shown here`,
    );
  const url = safeUrl(meta.runUrl);
  if (url) lines.push(`Run: ${url}`);
  lines.push(
    `Generated by evalgate${meta.toolVersion ? ` ${/^[\w.+-]{1,30}$/.test(meta.toolVersion) ? meta.toolVersion : escapeText(meta.toolVersion, { maxChars: 30 })}` : ''}. ${rulesText(report)}`,
  );
  return `<sub>\n\n${lines.join('<br>\n')}\n\n</sub>`;
}
