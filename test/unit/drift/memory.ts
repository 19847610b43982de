// In-memory ports for the drift monitor tests.
import type { HistoryStore } from '../../../src/core/ports/history.js';
import type { DriftIssue, DriftIssueTracker } from '../../../src/core/ports/issues.js';
import { emptyHistory, type HistoryFile } from '../../../src/core/drift/history.js';

export function memoryStore(clone = true): HistoryStore & { files: Map<string, HistoryFile>; dashboards: string[] } {
  const files = new Map<string, HistoryFile>();
  const dashboards: string[] = [];
  return {
    files,
    dashboards,
    where: 'memory',
    load: async (s) => (clone ? structuredClone(files.get(s)) : files.get(s)),
    async update(s, change) {
      const next = change((clone ? structuredClone(files.get(s)) : files.get(s)) ?? emptyHistory(s));
      files.set(s, clone ? structuredClone(next) : next);
      return next;
    },
    list: async () => [...files.keys()],
    async writeDashboard(html) {
      dashboards.push(html);
      return 'memory:index.html';
    },
  };
}

export interface MemIssue extends DriftIssue {
  suite: string;
  title: string;
  body: string;
  open: boolean;
  comments: string[];
}

export function memoryIssues(): DriftIssueTracker & { issues: MemIssue[] } {
  const issues: MemIssue[] = [];
  return {
    issues,
    findOpen: async (suite) => issues.find((i) => i.suite === suite && i.open),
    async open(suite, title, body) {
      const i: MemIssue = {
        number: issues.length + 1,
        url: `u/${issues.length + 1}`,
        suite,
        title,
        body,
        open: true,
        comments: [],
      };
      issues.push(i);
      return { number: i.number, url: i.url, closedDuplicates: [] };
    },
    async comment(n, body) {
      issues[n - 1]!.comments.push(body);
    },
    async close(n, body) {
      issues[n - 1]!.comments.push(body);
      issues[n - 1]!.open = false;
    },
  };
}
