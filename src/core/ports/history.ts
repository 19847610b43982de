// Where the drift check keeps its history. Adapters: src/adapters/history/* (local directory, data
// branch); tests pass an in-memory version.
import type { HistoryFile } from '../drift/history.js';

export interface HistoryStore {
  /** Human description for logs ("history dir /x", "branch evalgate-data of o/r"). */
  readonly where: string;
  /** One suite's history; undefined when the suite has none yet. */
  load(suite: string): Promise<HistoryFile | undefined>;
  /**
   * Read-modify-write of one suite's history. On a concurrent write the store re-reads the newest
   * version and applies `change` again, so two overlapping runs both keep their entries.
   */
  update(suite: string, change: (current: HistoryFile) => HistoryFile): Promise<HistoryFile>;
  /** Suites that have a history. */
  list(): Promise<string[]>;
  /** Writes the static dashboard next to the history; returns its location. */
  writeDashboard(html: string): Promise<string>;
}
