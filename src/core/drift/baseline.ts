// Which past runs the current one is compared with. Drift means "the same prompt under the same settings
// behaves differently than it used to", so the baseline is taken from the current (suite, prompt version,
// settings) segment only: a merged prompt change starts a new segment, and so a new baseline, not an alarm.
import { mean } from '../stats/mean.js';
import { sameSegment, type HistoryEntry } from './history.js';

export interface Baseline {
  kind: 'pinned' | 'first-runs';
  /** The baseline runs, oldest first (one for a pin, up to drift.baselineRuns otherwise). */
  entries: HistoryEntry[];
  /** Time of the first baseline run. */
  since: string;
}

/** Runs that may serve as a baseline: same segment, not the current run, not errored out. */
function segmentEntries(history: readonly HistoryEntry[], current: HistoryEntry): HistoryEntry[] {
  return history.filter((e) => e.runId !== current.runId && sameSegment(e, current) && e.status !== 'inconclusive');
}

/**
 * The baseline for `current`, or undefined while its segment is still collecting its first
 * `baselineRuns` runs (the current run then becomes part of the baseline).
 */
export function selectBaseline(history: readonly HistoryEntry[], current: HistoryEntry, baselineRuns: number): Baseline | undefined {
  const seg = segmentEntries(history, current);
  const pinned = [...seg].reverse().find((e) => e.pinned);
  if (pinned) return { kind: 'pinned', entries: [pinned], since: pinned.time };
  if (seg.length < baselineRuns) return undefined;
  const entries = seg.slice(0, baselineRuns);
  return { kind: 'first-runs', entries, since: entries[0]!.time };
}

/**
 * Entries that must survive bounding and keep their stored outputs: every pinned entry and the
 * baseline of the newest segment (older segments are history only).
 */
export function baselineKeeper(history: readonly HistoryEntry[], baselineRuns: number): (e: HistoryEntry) => boolean {
  const latest = history[history.length - 1];
  const protectedIds = new Set<string>();
  if (latest) {
    const seg = history.filter((e) => sameSegment(e, latest) && e.status !== 'inconclusive');
    const pinned = [...seg].reverse().find((e) => e.pinned);
    for (const e of pinned ? [pinned] : seg.slice(0, baselineRuns)) protectedIds.add(e.runId);
  }
  return (e) => e.pinned === true || protectedIds.has(e.runId);
}

/** The baseline's runs folded into one view per case and per aggregate (means of what is known). */
export interface BaselineView {
  cases: Map<string, { score: number | null; pass: boolean | null; digests: Set<string>; output?: string }>;
  meanScore: number | null;
  tokensOutPerRequest: number | null;
  latencyP95: number | null;
  costPerRequestUsd: number | null;
  servedModels: string[];
  fingerprints: string[];
}

/** Mean of the known values: a run without a figure does not count as 0. */
const meanOf = (xs: (number | null | undefined)[]): number | null =>
  mean(xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));

export function viewBaseline(b: Baseline): BaselineView {
  const cases: BaselineView['cases'] = new Map();
  const ids = new Set(b.entries.flatMap((e) => e.cases.map((c) => c.id)));
  for (const id of ids) {
    const rows = b.entries.map((e) => e.cases.find((c) => c.id === id)).filter((c) => c !== undefined);
    const verdicts = rows.map((r) => r.pass).filter((p): p is boolean => p !== null);
    const digests = new Set(rows.map((r) => r.outputDigest).filter((d): d is string => d !== undefined));
    const output = rows.find((r) => r.output !== undefined)?.output;
    cases.set(id, {
      score: meanOf(rows.map((r) => r.score)),
      // A case passed in the baseline when it passed in most baseline runs.
      pass: verdicts.length === 0 ? null : verdicts.filter(Boolean).length * 2 > verdicts.length,
      digests,
      ...(output !== undefined ? { output } : {}),
    });
  }
  return {
    cases,
    meanScore: meanOf(b.entries.map((e) => e.aggregates.meanScore)),
    tokensOutPerRequest: meanOf(b.entries.map((e) => e.aggregates.tokensOutPerRequest)),
    latencyP95: meanOf(b.entries.map((e) => e.aggregates.latencyP95)),
    costPerRequestUsd: meanOf(b.entries.map((e) => e.aggregates.costPerRequestUsd)),
    servedModels: [...new Set(b.entries.flatMap((e) => e.servedModels))].sort(),
    fingerprints: [...new Set(b.entries.flatMap((e) => e.fingerprints))].sort(),
  };
}
