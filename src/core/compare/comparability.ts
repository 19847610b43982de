// Whether base and head were sampled under the same conditions. A response cache filled last week holds
// the answers of the model the provider served then; compared with live answers of the model it serves
// now, any difference measures the provider, not the change (and a cached answer's latency is the
// cache's, not the model's).
import type { SuiteResult } from '../results/types.js';
import { percentile } from '../stats/percentile.js';

const okSamples = (s: SuiteResult | undefined) =>
  (s?.cases ?? []).flatMap((c) => c.samples.filter((x) => x.status === 'ok'));

/**
 * Why the two sides were not sampled under the same conditions, or undefined: one side's answers came
 * from the response cache under a served model or system_fingerprint that none of the other side's live
 * answers has (the provider changed the model behind the name since the cache was filled), so a
 * difference would measure the provider, not the change.
 */
export function notComparable(base: SuiteResult | undefined, head: SuiteResult | undefined): string | undefined {
  const check = (
    cachedSide: SuiteResult | undefined,
    liveSide: SuiteResult | undefined,
    names: [string, string],
  ): string | undefined => {
    const cached = okSamples(cachedSide).filter((x) => x.cached);
    const live = okSamples(liveSide).filter((x) => !x.cached);
    if (cached.length === 0 || live.length === 0) return undefined;
    for (const key of ['servedModel', 'systemFingerprint'] as const) {
      const liveValues = new Set(live.map((x) => x[key]).filter((v): v is string => v !== undefined));
      if (liveValues.size === 0) continue;
      const stale = [
        ...new Set(cached.map((x) => x[key]).filter((v): v is string => v !== undefined && !liveValues.has(v))),
      ];
      if (stale.length > 0) {
        const what = key === 'servedModel' ? 'served model' : 'system_fingerprint';
        return `not comparable: ${names[0]} answers came from the response cache under ${what} ${stale.join(', ')}, ${names[1]} was sampled live from ${[...liveValues].join(', ')}; run again with \`evalgate gate --no-cache\` (or clear the cache) so both sides are sampled under the same model`;
      }
    }
    return undefined;
  };
  return check(base, head, ['base', 'head']) ?? check(head, base, ['head', 'base']);
}

/** p50/p95 latency of a side's live samples only (a cached answer's latency is the cache's, not the model's). */
export function liveLatency(s: SuiteResult | undefined): { p50: number | null; p95: number | null } {
  const ms = okSamples(s)
    .filter((x) => !x.cached && x.latencyMs !== undefined)
    .map((x) => x.latencyMs as number);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

/** The judge of a suite differs between base and head on cases both sides have (judge-identity.ts). */
export interface JudgeChange {
  /** Judge models requested on each side. */
  from: string[];
  to: string[];
  /** The judge settings (model, temperature, …) differ, not only rubrics. */
  settingsChanged: boolean;
  /** Cases on both sides whose judge identity differs, in head order. */
  cases: string[];
  /** Cases on both sides with an LLM-judged assertion on each. */
  shared: number;
}

/**
 * How the judge of the cases on both sides changed, or undefined: a case judged by another judge model,
 * under other judge settings or by another rubric is scored on another scale, so its score change says
 * nothing about the PR's change. Added and removed cases do not count (they are not compared), nor does a
 * side without a judge identity (a results file written before identities existed: unknown, not a change).
 */
export function judgeChange(base: SuiteResult | undefined, head: SuiteResult | undefined): JudgeChange | undefined {
  if (!base || !head) return undefined;
  const baseBy = new Map(base.cases.map((c) => [c.id, c.judge]));
  let shared = 0;
  const cases: string[] = [];
  for (const h of head.cases) {
    const b = baseBy.get(h.id);
    if (b === undefined || h.judge === undefined) continue;
    shared++;
    if (b !== h.judge) cases.push(h.id);
  }
  if (cases.length === 0) return undefined;
  return {
    from: base.judge?.models ?? [],
    to: head.judge?.models ?? [],
    settingsChanged:
      base.judge !== undefined && head.judge !== undefined && base.judge.settings !== head.judge.settings,
    cases,
    shared,
  };
}

/** A side without the given cases (set aside from the comparison). */
function without(s: SuiteResult, ids: ReadonlySet<string>): SuiteResult {
  return { ...s, cases: s.cases.filter((c) => !ids.has(c.id)) };
}

/**
 * A judge change `j` that is a rubric edited on some cases only — the same judge model and settings — with
 * at least `minCases` shared cases left whose judge did not change: the sides without those cases (under
 * two rubrics their scores say nothing), so the rest is compared and editing one rubric never switches a
 * suite's gate off. Undefined when the judge itself changed, or too few cases would be left (then the
 * suite is not comparable).
 */
export function setAsideRubricEdits(
  base: SuiteResult,
  head: SuiteResult,
  j: JudgeChange,
  minCases: number,
): { base: SuiteResult; head: SuiteResult } | undefined {
  if (j.settingsChanged || j.from.join('\n') !== j.to.join('\n')) return undefined;
  if (j.shared - j.cases.length < minCases) return undefined;
  const ids = new Set(j.cases);
  return { base: without(base, ids), head: without(head, ids) };
}

/** The reason's note for cases set aside by setAsideRubricEdits. */
export function setAsideNote(j: JudgeChange): string {
  const ids =
    j.cases.length > 5 ? `${j.cases.slice(0, 5).join(', ')} and ${j.cases.length - 5} more` : j.cases.join(', ');
  return `${j.cases.length} of ${j.shared} cases not compared: their rubric changed (${ids}); scores under two rubrics are not comparable`;
}

/** "the judge changed: gpt-4o-mini → gpt-4.1" / "the judge's settings changed (gpt-4o-mini)" / "the rubric changed on 2 of 9 cases (c1, c4)". */
export function judgeChangeWhat(j: JudgeChange): string {
  const models = (xs: readonly string[]): string => xs.join(', ') || 'unknown';
  const on = j.cases.length === j.shared ? '' : ` on ${j.cases.length} of ${j.shared} cases`;
  if (j.settingsChanged && models(j.from) !== models(j.to))
    return `the judge changed: ${models(j.from)} → ${models(j.to)}${on}`;
  if (j.settingsChanged)
    return `the judge's settings changed (${models(j.to)}: temperature or other output settings)${on}`;
  const ids =
    j.cases.length > 5 ? `${j.cases.slice(0, 5).join(', ')} and ${j.cases.length - 5} more` : j.cases.join(', ');
  return `the judge's rubric changed on ${j.cases.length} of ${j.shared} cases (${ids})`;
}

/** The not-comparable reason of a judge change. */
export function judgeChangeReason(j: JudgeChange): string {
  return `not comparable: ${judgeChangeWhat(j)}; scores from different judges are not comparable, so this suite is neither a pass nor a regression (base and head are compared again once the judge change is merged)`;
}
