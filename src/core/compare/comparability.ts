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
