// Which past runs the current one is compared with. Drift means "the same prompt under the same settings
// behaves differently than it used to", so the baseline is taken from the current (suite, prompt version,
// settings, judge) segment only: a merged prompt change or judge change starts a new segment, and so a new
// baseline, not an alarm.
import { mean } from '../stats/mean.js';
import { judgeResetTime, sameSegment, type HistoryEntry } from './history.js';

/** Nights a baseline needs before the monitor judges anything: fewer cannot show their own spread. */
export const MIN_BASELINE_RUNS = 3;

export interface Baseline {
  /** `pinned`: the runs from the newest pin on; `first-runs`: the first runs of the segment. */
  kind: 'pinned' | 'first-runs';
  /** The baseline runs, oldest first (a night's re-runs after it): from at least MIN_BASELINE_RUNS nights, at most the window. */
  entries: HistoryEntry[];
  /** Time of the first baseline run. */
  since: string;
}

/** Runs the baseline is pooled from: drift.baselineRuns, at least MIN_BASELINE_RUNS, at most half the history kept. */
export const baselineWindow = (baselineRuns: number): number => Math.max(MIN_BASELINE_RUNS, baselineRuns);

/** The window for a drift config: the baseline's runs are never dropped, so they may fill at most half of historyLimit. */
export const baselineRunsOf = (d: { baselineRuns: number; historyLimit: number }): number =>
  Math.min(d.baselineRuns, Math.floor(d.historyLimit / 2));

/**
 * The runs a night contributes to a baseline, or none. Collecting nights give all their runs. A judged
 * night is on probation: it joins only once the next judged night of the segment came out healthy, so
 * the first night of a drop never joins (the drop shows again the next night) and a drop that was
 * missed once cannot hide itself by widening the baseline. The probation is decided by the *next*
 * night's noise, not by this night's own, so on a quiet suite it admits runs without selecting the
 * better ones (which would flatter the baseline and raise false alarms). For the same reason the check
 * run that raised a suspicion never joins: the confirmation re-runs, drawn after the suspicion and
 * unselected by it, stand in for it. Drifted, unrecovered and inconclusive nights never join.
 */
function admitted(e: HistoryEntry, next: HistoryEntry | undefined): HistoryEntry[] {
  const reruns = e.reruns ?? [];
  if (e.status === undefined || e.status === 'baseline') return [e, ...reruns];
  if (next?.status !== 'healthy') return [];
  if (e.status === 'healthy') return [e, ...reruns];
  if (e.status === 'unconfirmed') return reruns;
  return [];
}

/**
 * The nights that may serve as a baseline, with the runs each contributes: same segment, not the
 * current run, admitted (above), and not older than the newest pin (a pin starts the baseline afresh).
 */
function candidates(
  history: readonly HistoryEntry[],
  current: HistoryEntry,
): { nights: { night: HistoryEntry; runs: HistoryEntry[] }[]; pinned: boolean } {
  // A judge change resets the segment: nothing from before it, not even runs whose judge is unknown.
  const reset = judgeResetTime(history, current);
  const seg = history.filter(
    (e) =>
      e.runId !== current.runId &&
      sameSegment(e, current) &&
      e.status !== 'inconclusive' &&
      (reset === undefined || e.time > reset),
  );
  const pin = [...seg].reverse().find((e) => e.pinned);
  const from = pin ? seg.filter((e) => e.time >= pin.time) : seg;
  const nights = from
    .map((night, i) => ({ night, runs: admitted(night, from[i + 1]) }))
    .filter((n) => n.runs.length > 0);
  return { nights, pinned: pin !== undefined };
}

/**
 * The baseline for `current`: the first `window` admitted runs of its segment (or from the newest pin
 * on), or undefined while fewer than MIN_BASELINE_RUNS nights were admitted (the current run is then
 * collected as one). The baseline is anchored, not rolling: a slow decline cannot drag its own
 * yardstick down with it.
 */
export function selectBaseline(
  history: readonly HistoryEntry[],
  current: HistoryEntry,
  baselineRuns: number,
): Baseline | undefined {
  const { nights, pinned } = candidates(history, current);
  if (nights.length < MIN_BASELINE_RUNS) return undefined;
  const entries = nights.flatMap((n) => n.runs).slice(0, baselineWindow(baselineRuns));
  return { kind: pinned ? 'pinned' : 'first-runs', entries, since: entries[0]!.time };
}

/**
 * Entries that must survive bounding and keep their stored outputs, digests and re-runs: every pinned
 * entry, the nights of the newest segment's baseline, and the newest nights still on probation.
 */
export function baselineKeeper(history: readonly HistoryEntry[], baselineRuns: number): (e: HistoryEntry) => boolean {
  const latest = history[history.length - 1];
  const protectedIds = new Set<string>();
  if (latest) {
    const probe = { ...latest, runId: '\u0000none' };
    let runs = 0;
    for (const n of candidates(history, probe).nights) {
      if (runs >= baselineWindow(baselineRuns)) break;
      protectedIds.add(n.night.runId);
      runs += n.runs.length;
    }
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
