// How the drift check raises its alarm: one GitHub issue per drifting suite. Adapter:
// src/adapters/github/drift-issues.ts; tests pass an in-memory version.

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
