// The kept nights of earlier runs (core/drift/unrecorded.ts): read from the files or folders a workflow
// restored (download-artifact, cache), merged into the history before tonight's check; whatever still
// cannot be written is carried on into tonight's kept file, so a night is dropped only once it is recorded.
import { readFile, stat } from 'node:fs/promises';
import type { DriftConfig } from '../../core/config/schema.js';
import type { HistoryEntry } from '../../core/drift/history.js';
import { mergeUnrecorded, missingFrom, parseUnrecorded } from '../../core/drift/unrecorded.js';
import type { HistoryStore } from '../../core/ports/history.js';
import { expand } from '../merge/flow.js';

/** File name of a run's kept nights (in the action's report folder, or next to the CLI's output). */
export const UNRECORDED_FILE = 'drift-unrecorded.json';
const UNRECORDED_NAME = /^drift-unrecorded.*\.json$/;

/** The entries of every kept file under `paths` (files, or folders searched for drift-unrecorded*.json). */
export async function readUnrecorded(paths: readonly string[]): Promise<{ entries: HistoryEntry[]; files: string[] }> {
  // A path that does not exist is no kept night (the first night, or a cache that was never saved).
  const present = (
    await Promise.all(paths.map(async (p) => ((await stat(p).catch(() => undefined)) ? p : undefined)))
  ).filter((p) => p !== undefined);
  const files = (await Promise.all(present.map((p) => expand(p, UNRECORDED_NAME)))).flat();
  // A night carried on from file to file appears in several: once is enough.
  const entries = new Map<string, HistoryEntry>();
  for (const f of files)
    for (const e of parseUnrecorded(await readFile(f, 'utf8'), f).entries) entries.set(`${e.suite}\u0000${e.runId}`, e);
  return { entries: [...entries.values()], files };
}

export interface MergeKeptResult {
  /** Entries added to the history tonight (entries it already held are not counted). */
  added: number;
  /** Entries still not recorded (their suite's history could not be read or written): kept again tonight. */
  left: HistoryEntry[];
  errors: string[];
}

/** Merges kept entries suite by suite; a suite whose history cannot be written keeps its entries. */
export async function mergeKept(
  history: HistoryStore,
  entries: readonly HistoryEntry[],
  drift: Pick<DriftConfig, 'historyLimit' | 'baselineRuns'>,
): Promise<MergeKeptResult> {
  const out: MergeKeptResult = { added: 0, left: [], errors: [] };
  for (const suite of new Set(entries.map((e) => e.suite))) {
    const mine = entries.filter((e) => e.suite === suite);
    try {
      // Already merged (the same file restored twice): no write at all.
      const current = await history.load(suite);
      if (current && missingFrom(current, mine, drift).length === 0) continue;
      let added = 0;
      await history.update(suite, (cur) => {
        added = missingFrom(cur, mine, drift).length;
        return mergeUnrecorded(cur, mine, drift);
      });
      out.added += added;
    } catch (e) {
      out.left.push(...mine);
      out.errors.push(
        `${suite}: could not merge ${mine.length} kept night(s) into the history (${history.where}): ${(e as Error).message}`,
      );
    }
  }
  return out;
}
