// Nights the history did not receive. When the history cannot be read or written after the model calls
// (a revoked token, a 403, GitHub failing), the night's entries are not thrown away: the caller writes
// them to a file (drift-unrecorded.json, uploaded with the run's artifact or kept in a cache), and a later
// run merges that file into the history before its own check. Merging is idempotent (entries are keyed by
// runId), so the same file may be merged twice, and never moves the history backwards: an entry older than
// everything a full history still holds is not re-added (it was recorded and rolled out since).
import type { DriftConfig } from '../config/schema.js';
import { baselineKeeper, baselineRunsOf } from './baseline.js';
import { appendBounded, compactHistory, HistoryError, type HistoryEntry, type HistoryFile } from './history.js';
import { fitNight } from './history-size.js';

export const UNRECORDED_KIND = 'evalgate-drift-unrecorded';
const UNRECORDED_VERSION = 1;

export interface UnrecordedFile {
  kind: typeof UNRECORDED_KIND;
  version: typeof UNRECORDED_VERSION;
  /** Why the entries were not recorded (one line per failure), for whoever opens the file. */
  reasons: string[];
  /** The nights' entries (re-runs inside), any suite. */
  entries: HistoryEntry[];
}

export function unrecordedFile(entries: readonly HistoryEntry[], reasons: readonly string[]): UnrecordedFile {
  return { kind: UNRECORDED_KIND, version: UNRECORDED_VERSION, reasons: [...reasons], entries: [...entries] };
}

/** Parses a kept file; a foreign or damaged file is a HistoryError naming it (never merged in part). */
export function parseUnrecorded(text: string, where: string): UnrecordedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new HistoryError(where, `not valid JSON (${(e as Error).message})`);
  }
  const d = doc as Partial<UnrecordedFile> | null;
  if (!d || typeof d !== 'object' || d.kind !== UNRECORDED_KIND || !Array.isArray(d.entries)) {
    throw new HistoryError(
      where,
      `not an evalgate ${UNRECORDED_KIND} file (written by a drift run whose history could not be recorded)`,
    );
  }
  if (d.version !== UNRECORDED_VERSION)
    throw new HistoryError(
      where,
      `version ${String(d.version)} is not supported (expected ${UNRECORDED_VERSION}); upgrade evalgate`,
    );
  for (const e of d.entries) {
    if (
      !e ||
      typeof e !== 'object' ||
      typeof e.suite !== 'string' ||
      typeof e.runId !== 'string' ||
      typeof e.time !== 'string' ||
      !Array.isArray(e.cases)
    ) {
      throw new HistoryError(where, 'an entry lacks suite, runId, time or cases');
    }
  }
  return {
    kind: UNRECORDED_KIND,
    version: UNRECORDED_VERSION,
    reasons: Array.isArray(d.reasons) ? d.reasons.map(String) : [],
    entries: d.entries,
  };
}

/** Entries of `entries` the history `current` still lacks (and would keep). */
export function missingFrom(
  current: HistoryFile,
  entries: readonly HistoryEntry[],
  drift: Pick<DriftConfig, 'historyLimit'>,
): HistoryEntry[] {
  const ids = new Set(current.entries.map((e) => e.runId));
  const oldest = current.entries[0]?.time;
  const full = current.entries.length >= drift.historyLimit;
  return entries.filter(
    (e) => e.suite === current.suite && !ids.has(e.runId) && !(full && oldest !== undefined && e.time < oldest),
  );
}

/**
 * The history with the kept entries merged in time order, bounded and compacted as a night's own write
 * is. The drift state (open episode, issue) is left alone: an alarm is tonight's check's to raise.
 */
export function mergeUnrecorded(
  current: HistoryFile,
  entries: readonly HistoryEntry[],
  drift: Pick<DriftConfig, 'historyLimit' | 'baselineRuns'>,
): HistoryFile {
  const add = missingFrom(current, entries, drift);
  if (add.length === 0) return current;
  let merged = current.entries;
  for (const kept of add) {
    const e = fitNight(kept);
    const keep = baselineKeeper(appendBounded(merged, e, Number.MAX_SAFE_INTEGER), baselineRunsOf(drift));
    merged = appendBounded(merged, e, drift.historyLimit, keep);
  }
  const keep = baselineKeeper(merged, baselineRunsOf(drift));
  return { ...current, entries: compactHistory(merged, keep) };
}
