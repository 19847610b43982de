// "Outputs changed", calibrated on the model's own non-determinism. Real APIs answer differently now
// and then even at temperature 0, so "an output differs from the baseline's" is not drift by itself.
// The measure is the share of a run's samples whose output (digest) the baseline never produced for
// that case; its noise floor is the same share for each baseline run against the other baseline runs
// (leave one out: within-run and between-run disagreement both show up there). A night is flagged
// only when its share exceeds that floor by more than `maxChangedOutputs` and by more than the
// baseline runs' own spread allows at the signal's share of the false-alarm budget.
import { tQuantile } from '../stats/student-t.js';
import type { HistoryCase, HistoryEntry } from './history.js';

const digestsOf = (c: HistoryCase): string[] => c.digests ?? (c.outputDigest !== undefined ? [c.outputDigest] : []);

/** Per case: each digest the baseline produced → how many baseline runs produced it. */
export type DigestCounts = Map<string, Map<string, number>>;

export function digestCounts(baseline: readonly HistoryEntry[]): DigestCounts {
  const out: DigestCounts = new Map();
  for (const e of baseline)
    for (const c of e.cases) {
      const d = digestsOf(c);
      if (d.length === 0) continue;
      const counts = out.get(c.id) ?? new Map<string, number>();
      for (const x of new Set(d)) counts.set(x, (counts.get(x) ?? 0) + 1);
      out.set(c.id, counts);
    }
  return out;
}

/**
 * Share of `run`'s sample outputs that no other baseline run produced for the same case; null if none
 * compared. `self` says `run` is one of the counted baseline runs (leave it out).
 */
export function novelShare(
  run: HistoryEntry,
  counts: DigestCounts,
  self = false,
): { share: number; novel: number; compared: number } | null {
  let novel = 0;
  let compared = 0;
  for (const c of run.cases) {
    const ref = counts.get(c.id);
    if (!ref) continue;
    for (const d of digestsOf(c)) {
      compared++;
      if ((ref.get(d) ?? 0) <= (self ? 1 : 0)) novel++;
    }
  }
  return compared === 0 ? null : { share: novel / compared, novel, compared };
}

export interface OutputFloor {
  /** Mean leave-one-out novel share of the baseline runs. */
  mean: number;
  /** Its spread across baseline runs. */
  sd: number;
  k: number;
}

/** The noise floor: each baseline run's novel share against the other baseline runs. */
export function outputFloor(
  baseline: readonly HistoryEntry[],
  counts: DigestCounts = digestCounts(baseline),
): OutputFloor | null {
  if (baseline.length < 3) return null;
  const shares: number[] = [];
  for (const e of baseline) {
    const r = novelShare(e, counts, true);
    if (r) shares.push(r.share);
  }
  if (shares.length < 3) return null;
  const m = shares.reduce((a, b) => a + b, 0) / shares.length;
  const sd = Math.sqrt(shares.reduce((a, b) => a + (b - m) ** 2, 0) / (shares.length - 1));
  return { mean: m, sd, k: shares.length };
}

/** True when `share` is beyond the floor by more than `margin` and beyond its spread at level `alpha`. */
export function outputsChanged(share: number, floor: OutputFloor, margin: number, alpha: number): boolean {
  const excess = share - floor.mean;
  if (!(excess > margin)) return false;
  if (floor.sd === 0) return true;
  return excess / (floor.sd * Math.sqrt(1 + 1 / floor.k)) > tQuantile(1 - alpha, floor.k - 1);
}
