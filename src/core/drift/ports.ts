// What the drift monitor needs from the outside world. Adapters: src/adapters/history/* (local
// directory, data branch) and src/adapters/github/drift-issues.ts; tests pass in-memory versions.
import type { HistoryFile } from './history.js';

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

export interface DriftIssue {
  number: number;
  url: string;
}

export interface DriftIssueTracker {
  /** The open drift issue of `suite` created by us, the oldest if several. */
  findOpen(suite: string): Promise<DriftIssue | undefined>;
  /**
   * Opens the suite's issue. If an overlapping run opened one too, the oldest is kept and the newer
   * ones are closed as duplicates; the survivor is returned.
   */
  open(suite: string, title: string, body: string): Promise<DriftIssue & { closedDuplicates: number[] }>;
  comment(issue: number, body: string): Promise<void>;
  /** Comments `body` and closes the issue. */
  close(issue: number, body: string): Promise<void>;
}
