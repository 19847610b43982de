// A served model id or system fingerprint that differs from the previous run's: an event of its own
// (run summary, log line, history, dashboard, optionally an issue comment), never drift by itself.
import type { HistoryEntry, ModelChange } from './history.js';

const known = (e: HistoryEntry): boolean => e.servedModels.length > 0 || e.fingerprints.length > 0;
const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The change from the newest earlier run with a known model to `entry`, if any (runs where every request failed are skipped). */
export function modelChangeOf(history: readonly HistoryEntry[], entry: HistoryEntry): ModelChange | undefined {
  if (!known(entry)) return undefined;
  const prev = [...history].reverse().find((e) => e.runId !== entry.runId && e.time <= entry.time && known(e));
  if (!prev) return undefined;
  const kind = !same(prev.servedModels, entry.servedModels)
    ? 'model'
    : !same(prev.fingerprints, entry.fingerprints)
      ? 'fingerprint'
      : undefined;
  if (!kind) return undefined;
  return {
    kind,
    from: { servedModels: prev.servedModels, fingerprints: prev.fingerprints },
    to: { servedModels: entry.servedModels, fingerprints: entry.fingerprints },
  };
}

/** "gpt-4o-mini-2024-07-18 (fp_1) → gpt-4o-mini-2025-01-01 (fp_2)". */
export function describeModelChange(c: ModelChange): string {
  const side = (s: ModelChange['from']): string =>
    `${s.servedModels.join(', ') || 'unknown'}${s.fingerprints.length ? ` (${s.fingerprints.join(', ')})` : ''}`;
  return `${side(c.from)} → ${side(c.to)}`;
}
