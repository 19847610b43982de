// Which past runs the current one is compared with. Drift means "the same prompt under the same settings
// behaves differently than it used to", so the baseline is taken from the current (suite, prompt version,
// settings) segment only: a merged prompt change starts a new segment, and so a new baseline, not an alarm.
import { mean } from '../stats/mean.js';
import { sameSegment, type HistoryEntry } from './history.js';

/** Runs a baseline needs before the monitor judges anything: fewer cannot show their own spread. */
export const MIN_BASELINE_RUNS = 3;

export interface Baseline {
  /** `pinned`: the runs from the newest pin on; `first-runs`: the first runs of the segment. */
  kind: 'pinned' | 'first-runs';
  /** The baseline runs, oldest first: at least MIN_BASELINE_RUNS, at most the window. */
  entries: HistoryEntry[];
  /** Time of the first baseline run. */
  since: string;
}

/** Runs the baseline is pooled from: drift.baselineRuns, at least MIN_BASELINE_RUNS, at most half the history kept. */
export const baselineWindow = (baselineRuns: number): number => Math.max(MIN_BASELINE_RUNS, baselineRuns);

/** The window for a drift config: the baseline's runs are never dropped, so they may fill at most half of historyLimit. */
export const baselineRunsOf = (d: { baselineRuns: number; historyLimit: number }): number => Math.min(d.baselineRuns, Math.floor(d.historyLimit / 2));

/**
 * Runs that may serve as a baseline: same segment, not the current run, neither errored out nor part of
 * a confirmed drift, and not older than the newest pin (a pin starts the baseline afresh). Unconfirmed
 * nights stay in: leaving the worse quiet nights out would make the baseline look better than it is.
 */
function candidates(history: readonly HistoryEntry[], current: HistoryEntry): { entries: HistoryEntry[]; pinned: boolean } {
  const seg = history.filter((e) => e.runId !== current.runId && sameSegment(e, current) && e.status !== 'inconclusive' && e.status !== 'drifted');
  const pin = [...seg].reverse().find((e) => e.pinned);
  return pin ? { entries: seg.filter((e) => e.time >= pin.time), pinned: true } : { entries: seg, pinned: false };
}

/**
 * The baseline for `current`: the first `window` usable runs of its segment (or from the newest pin on),
 * or undefined while fewer than MIN_BASELINE_RUNS exist (the current run is then collected as one).
 * The baseline is anchored, not rolling: a slow decline cannot drag its own yardstick down with it.
 */
export function selectBaseline(history: readonly HistoryEntry[], current: HistoryEntry, baselineRuns: number): Baseline | undefined {
  const { entries: seg, pinned } = candidates(history, current);
  if (seg.length < MIN_BASELINE_RUNS) return undefined;
  const entries = seg.slice(0, baselineWindow(baselineRuns));
  return { kind: pinned ? 'pinned' : 'first-runs', entries, since: entries[0]!.time };
}

/**
 * Entries that must survive bounding and keep their stored outputs and digests: every pinned entry and
 * the baseline runs of the newest segment (older segments are history only).
 */
export function baselineKeeper(history: readonly HistoryEntry[], baselineRuns: number): (e: HistoryEntry) => boolean {
  const latest = history[history.length - 1];
  const protectedIds = new Set<string>();
  if (latest) {
    const probe = { ...latest, runId: '\u0000none' };
    for (const e of candidates(history, probe).entries.slice(0, baselineWindow(baselineRuns))) protectedIds.add(e.runId);
  }
  return (e) => e.pinned === true || protectedIds.has(e.runId);
}

/** The baseline's runs folded into one view per case and per aggregate (means of what is known). */
export interface BaselineView {
  cases: Map<string, { score: number | null; pass: boolean | null; output?: string }>;
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
  const byId = b.entries.map((e) => new Map(e.cases.map((c) => [c.id, c])));
  for (const id of ids) {
    const rows = byId.map((m) => m.get(id)).filter((c) => c !== undefined);
    const verdicts = rows.map((r) => r.pass).filter((p): p is boolean => p !== null);
    const output = rows.find((r) => r.output !== undefined)?.output;
    cases.set(id, {
      score: meanOf(rows.map((r) => r.score)),
      // A case passed in the baseline when it passed in most baseline runs.
      pass: verdicts.length === 0 ? null : verdicts.filter(Boolean).length * 2 > verdicts.length,
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
