// The drift history's size, stated and capped (docs/drift.md "Size"): every case gets a byte budget per
// night, counted as the UTF-8 bytes of its JSON records in the night's check run and stored re-runs
// (escapes included), and a night stores at most STORED_RERUNS re-runs. What a record needs least is
// cut first: re-runs' outputs, the check run's output (shortened, then dropped), the per-sample digests,
// then the per-sample scores (shortened to their first samples, then dropped), and last the re-runs'
// records of the case. Every cut is marked in the record (`trimmed`, `trimmedReruns`), so a reader of
// the file knows a list is a prefix and not all samples. Names are bounded where entries are made
// (stored-name.ts). Applying the cap twice changes nothing.
import type { HistoryCase, HistoryEntry, TrimmedPart } from './history.js';
import { jsonPrefix, jsonStringBytes, utf8Bytes } from './stored-name.js';

/**
 * Bytes one case may take per night, over all the night's stored runs. 2 KiB holds a repeat-3 case of a
 * collecting night in full (check run + 4 re-runs with fractional scores, digests and a 400-character
 * ASCII or ~250-character CJK output); bigger repeats or escape-heavy outputs are cut to it.
 */
export const CASE_NIGHT_BYTES = 2048;
/**
 * Re-runs a night stores: twice the default confirmRuns, so a confirmation that was extended once keeps
 * all its runs; with a bigger confirmRuns the baseline gets the night's first 8.
 */
export const STORED_RERUNS = 8;
/**
 * Bytes a night takes besides its cases: the check run's fields (aggregates, names, evidence, model
 * change) and its stored re-runs' fields, with every name at its bound. Assumes a suite name of at most
 * 200 characters (every character beyond adds a byte per stored run).
 */
export const NIGHT_OVERHEAD_BYTES = 16 * 1024;
/** The file's own fields (schema version, suite, drift state). */
export const FILE_OVERHEAD_BYTES = 1024;
/** Below this many bytes a shortened output says too little: it is dropped instead. */
const MIN_OUTPUT_BYTES = 32;

/** The most bytes one night of `cases` cases takes in the file (its line included). */
export const nightBytesBound = (cases: number): number => NIGHT_OVERHEAD_BYTES + cases * CASE_NIGHT_BYTES;

/** The most bytes of a history file of `cases` cases and `nights` entries. */
export const historyBytesBound = (cases: number, nights: number): number =>
  FILE_OVERHEAD_BYTES + nights * nightBytesBound(cases);

const recordBytes = (rs: readonly (HistoryCase | undefined)[]): number =>
  rs.reduce((a, r) => a + (r ? utf8Bytes(JSON.stringify(r)) + 1 : 0), 0);

const mark = (r: HistoryCase, part: TrimmedPart): void => {
  if (!r.trimmed?.includes(part)) r.trimmed = [...(r.trimmed ?? []), part];
};

/** One case's records of a night (index 0: the check run, then its re-runs) cut to `budget` bytes. */
export function fitCase(
  records: readonly (HistoryCase | undefined)[],
  budget = CASE_NIGHT_BYTES,
): (HistoryCase | undefined)[] {
  if (recordBytes(records) <= budget) return [...records];
  const rs = records.map((r) => (r ? { ...r } : undefined));
  const over = (): number => recordBytes(rs) - budget;
  const last = rs.length - 1;
  // 1. Re-runs' outputs: only the check run's output is ever shown.
  for (let i = last; i >= 1 && over() > 0; i--) {
    const r = rs[i];
    if (r?.output === undefined) continue;
    delete r.output;
    mark(r, 'output');
  }
  // 2. The check run's output: shortened to what fits (still ending in "…"), or dropped.
  const first = rs[0];
  if (first?.output !== undefined && over() > 0) {
    mark(first, 'output');
    const keep = jsonStringBytes(first.output) - over() - jsonStringBytes('…');
    if (keep >= MIN_OUTPUT_BYTES) first.output = `${jsonPrefix(first.output, keep)}…`;
    else delete first.output;
  }
  // 3. The per-sample lists, digests before scores, re-runs before the check run: first halved down to
  //    two samples (a within-case spread still shows), then dropped.
  const lists = ['digests', 'scores'] as const;
  for (const key of lists)
    for (let i = last; i >= 0; i--) {
      const r = rs[i];
      while (r && over() > 0 && (r[key]?.length ?? 0) > 2) {
        (r[key] as unknown[]) = r[key]!.slice(0, Math.ceil(r[key]!.length / 2));
        mark(r, key);
      }
    }
  for (const key of lists)
    for (let i = last; i >= 0 && over() > 0; i--) {
      const r = rs[i];
      if (r?.[key] === undefined) continue;
      delete r[key];
      mark(r, key);
    }
  // 4. The re-runs' records of the case, the last first (only when names and scores alone do not fit).
  for (let i = last; i >= 1 && over() > 0; i--) rs[i] = undefined;
  return rs;
}

/** A night's entry within its budget: at most STORED_RERUNS re-runs and every case within CASE_NIGHT_BYTES. */
export function fitNight(entry: HistoryEntry): HistoryEntry {
  const stored = entry.reruns?.slice(0, STORED_RERUNS);
  const dropped = (entry.reruns?.length ?? 0) - (stored?.length ?? 0);
  const runs = [entry, ...(stored ?? [])];
  const byId = runs.map((r) => new Map(r.cases.map((c) => [c.id, c])));
  const ids = [...new Set(runs.flatMap((r) => r.cases.map((c) => c.id)))];
  const fitted = new Map(ids.map((id) => [id, fitCase(byId.map((m) => m.get(id)))]));
  const casesOf = (run: number): HistoryCase[] =>
    runs[run]!.cases.map((c) => fitted.get(c.id)![run]).filter((c): c is HistoryCase => c !== undefined);
  const out: HistoryEntry = { ...entry, cases: casesOf(0) };
  if (stored) out.reruns = stored.map((r, i) => ({ ...r, cases: casesOf(i + 1) }));
  if (dropped > 0) out.trimmedReruns = (entry.trimmedReruns ?? 0) + dropped;
  return out;
}
