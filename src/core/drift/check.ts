// One drift check: run every suite live, record it, compare with the baseline, confirm a suspected drift
// with a re-run before alarming, and keep exactly one GitHub issue per drifting suite in step with it.
// Pure orchestration: the engine, the history store and the issue tracker come in as deps.
import type { DriftConfig } from '../config/schema.js';
import type { ResolvedSuite } from '../config/resolved.js';
import type { EngineDeps, RunEval, RunOptions } from '../engine/types.js';
import type { Clock } from '../ports/clock.js';
import type { SuiteResult } from '../results/types.js';
import { baselineKeeper, selectBaseline, viewBaseline, type Baseline } from './baseline.js';
import { appendBounded, compactHistory, emptyHistory, sameSegment, toHistoryEntry, type EntryStatus, type HistoryEntry, type HistoryFile } from './history.js';
import { driftIssueTitle, renderDriftIssueBody, renderPersistComment, renderRecoveryComment, type DriftIssueInput } from './issue-body.js';
import type { HistoryStore } from '../ports/history.js';
import type { DriftIssue, DriftIssueTracker } from '../ports/issues.js';
import { computeSignals, type SignalReport } from './signals.js';
import { renderDashboard } from './dashboard.js';

export interface DriftCheckOptions {
  suites: ResolvedSuite[];
  drift: DriftConfig;
  runId: string;
  /** Engine options besides runId and cacheMode (a drift check is always live: cacheMode 'refresh'). */
  run: Omit<RunOptions, 'runId' | 'cacheMode'>;
  commit?: string;
  /** Link to this run (workflow run URL) for issue bodies. */
  runUrl?: string;
  /** Mark this run as the pinned baseline of each suite's current segment. */
  pin?: boolean;
  /** Share of samples that may fail before a run is `inconclusive` rather than judged (default 0.2). */
  maxErrorRate?: number;
  /** Regenerate the dashboard after the check (default true). */
  dashboard?: boolean;
}

export interface DriftCheckDeps {
  runEval: RunEval;
  engine: EngineDeps;
  clock: Clock;
  history: HistoryStore;
  /** GitHub issues; without it the drift state lives in the history file only (local mode). */
  issues?: DriftIssueTracker;
  log?: (line: string) => void;
}

export type IssueAction = 'none' | 'open' | 'comment' | 'close';

export interface SuiteDriftOutcome {
  suite: string;
  status: EntryStatus;
  entry: HistoryEntry;
  baseline?: Baseline;
  report?: SignalReport;
  /** Confirmation re-runs that agreed (confirmation only happens when no issue is open yet). */
  confirmations: number;
  action: IssueAction;
  issue?: DriftIssue;
  closedDuplicates?: number[];
  /** Healthy runs in a row, this one included. */
  healthyStreak: number;
  /** A failure to report (issue or history write); the check itself still counts. */
  error?: string;
  /** The issue action was attempted and failed (`error` says why). */
  actionFailed?: boolean;
}

export interface DriftCheckResult {
  runId: string;
  time: string;
  outcomes: SuiteDriftOutcome[];
  costCapHit: boolean;
  dashboard?: string;
}

/** Healthy runs in a row at the end of `entries` (inconclusive runs neither count nor break the streak). */
export function healthyStreak(entries: readonly HistoryEntry[]): number {
  let n = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const s = entries[i]!.status;
    if (s === 'inconclusive') continue;
    if (s === 'drifted') break;
    n++;
  }
  return n;
}

/** The first run of the current drift episode (the trailing run of drifted entries). */
function driftSince(entries: readonly HistoryEntry[]): HistoryEntry | undefined {
  let first: HistoryEntry | undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.status === 'inconclusive') continue;
    if (e.status !== 'drifted') break;
    first = e;
  }
  return first;
}

/** What to do with the suite's issue after this run. */
export function decideAction(status: EntryStatus, issueOpen: boolean, streak: number, recoverAfter: number): IssueAction {
  if (status === 'inconclusive') return 'none';
  if (status === 'drifted') return issueOpen ? 'comment' : 'open';
  return issueOpen && streak >= recoverAfter ? 'close' : 'none';
}

export async function runDriftCheck(opts: DriftCheckOptions, deps: DriftCheckDeps): Promise<DriftCheckResult> {
  const log = deps.log ?? (() => {});
  const time = new Date(deps.clock.now()).toISOString();
  const maxErrorRate = opts.maxErrorRate ?? 0.2;
  const bySuite = new Map(opts.suites.map((s) => [s.name, s]));

  const live = async (suites: ResolvedSuite[], runId: string): Promise<{ results: Map<string, SuiteResult>; costCapHit: boolean }> => {
    const out = await deps.runEval(
      suites.map((suite) => ({ label: 'live', suite })),
      { ...opts.run, runId, cacheMode: 'refresh', ...(opts.commit ? { commit: opts.commit } : {}) },
      deps.engine,
    );
    return { results: new Map(out.results.map((r) => [r.suite.name, r.suite])), costCapHit: out.costCapHit };
  };
  const entryOf = (r: SuiteResult, runId: string, pinned = false): HistoryEntry =>
    toHistoryEntry(r, {
      time,
      runId,
      ...(opts.commit ? { commit: opts.commit } : {}),
      ...(bySuite.get(r.name)?.provider.temperature !== undefined ? { temperature: bySuite.get(r.name)!.provider.temperature! } : {}),
      pinned,
    });
  const inconclusive = (e: HistoryEntry): boolean =>
    e.aggregates.meanScore === null || e.aggregates.samples === 0 || 1 - e.aggregates.ok / e.aggregates.samples > maxErrorRate;

  // 1. The live run of every suite.
  const first = await live(opts.suites, opts.runId);
  let costCapHit = first.costCapHit;

  // 2. Judge each suite against its baseline.
  interface Pending {
    suite: string;
    history: HistoryFile;
    entry: HistoryEntry;
    baseline?: Baseline;
    report?: SignalReport;
    issue?: DriftIssue;
    issueOpen: boolean;
    suspect: boolean;
    confirmations: number;
    error?: string;
  }
  const pending: Pending[] = [];
  for (const suite of opts.suites) {
    const result = first.results.get(suite.name);
    if (!result) continue;
    const history = (await deps.history.load(suite.name)) ?? emptyHistory(suite.name);
    const entry = entryOf(result, opts.runId, opts.pin === true);
    const p: Pending = { suite: suite.name, history, entry, issueOpen: history.state.drifting, suspect: false, confirmations: 0 };
    if (deps.issues) {
      try {
        p.issue = await deps.issues.findOpen(suite.name);
        p.issueOpen = p.issue !== undefined;
      } catch (e) {
        p.error = `could not look up the drift issue: ${(e as Error).message}`;
      }
    }
    if (inconclusive(entry)) entry.status = 'inconclusive';
    else if (opts.pin) entry.status = 'baseline';
    else {
      const baseline = selectBaseline(history.entries, entry, opts.drift.baselineRuns);
      if (!baseline) entry.status = 'baseline';
      else {
        p.baseline = baseline;
        p.report = computeSignals(viewBaseline(baseline), entry, opts.drift);
        entry.triggered = p.report.signals.filter((s) => s.triggered).map((s) => s.name);
        if (!p.report.drifted) entry.status = 'healthy';
        else if (p.issueOpen) entry.status = 'drifted'; // already alarmed: persistence needs no confirmation
        else p.suspect = true;
      }
    }
    pending.push(p);
  }

  // 3. Confirm suspected drifts with re-runs; one disagreeing re-run clears the alarm.
  let suspects = pending.filter((p) => p.suspect);
  for (let i = 1; i <= opts.drift.confirmRuns && suspects.length > 0; i++) {
    log(`confirming drift of ${suspects.map((p) => p.suite).join(', ')} (re-run ${i} of ${opts.drift.confirmRuns})`);
    const again = await live(suspects.map((p) => bySuite.get(p.suite)!), `${opts.runId}-confirm${i}`);
    costCapHit ||= again.costCapHit;
    for (const p of suspects) {
      const r = again.results.get(p.suite);
      const e = r ? entryOf(r, `${opts.runId}-confirm${i}`) : undefined;
      const agrees = e !== undefined && !inconclusive(e) && computeSignals(viewBaseline(p.baseline!), e, opts.drift).drifted;
      if (agrees) p.confirmations++;
      else {
        p.suspect = false;
        p.entry.status = 'unconfirmed';
      }
    }
    suspects = suspects.filter((p) => p.suspect);
  }
  for (const p of suspects) p.entry.status = 'drifted';

  // 4. Record, then report.
  const outcomes: SuiteDriftOutcome[] = [];
  for (const p of pending) {
    const status = p.entry.status!;
    const simulated = appendBounded(p.history.entries, p.entry, Number.MAX_SAFE_INTEGER);
    const streak = healthyStreak(simulated);
    const action = decideAction(status, p.issueOpen, streak, opts.drift.recoverAfter);
    let history = p.history;
    const outcome: SuiteDriftOutcome = {
      suite: p.suite,
      status,
      entry: p.entry,
      confirmations: p.confirmations,
      action,
      healthyStreak: streak,
      ...(p.baseline ? { baseline: p.baseline } : {}),
      ...(p.report ? { report: p.report } : {}),
      ...(p.issue ? { issue: p.issue } : {}),
      ...(p.error ? { error: p.error } : {}),
    };
    // Both failures are reported: a history write error must not be hidden by a later issue error.
    const addError = (msg: string): void => {
      outcome.error = outcome.error ? `${outcome.error}; ${msg}` : msg;
    };
    try {
      history = await deps.history.update(p.suite, (current) => recordEntry(current, p.entry, action, opts));
    } catch (e) {
      addError(`could not write the history (${deps.history.where}): ${(e as Error).message}`);
      history = { ...p.history, entries: simulated };
    }
    if (deps.issues && action !== 'none' && !p.error) {
      try {
        await applyIssueAction(deps.issues, action, outcome, history, opts);
      } catch (e) {
        outcome.actionFailed = true;
        addError(`could not ${action} the drift issue: ${(e as Error).message}`);
      }
    }
    outcomes.push(outcome);
  }

  const result: DriftCheckResult = { runId: opts.runId, time, outcomes, costCapHit };
  if (opts.dashboard !== false) {
    try {
      const all: HistoryFile[] = [];
      // Listed suites plus the configured ones (a store may not be able to list, e.g. an empty branch).
      const names = new Set([...(await deps.history.list()), ...opts.suites.map((s) => s.name)]);
      for (const name of names) {
        const h = await deps.history.load(name);
        if (h) all.push(h);
      }
      result.dashboard = await deps.history.writeDashboard(renderDashboard(all, { generatedAt: time }));
    } catch (e) {
      log(`warning: could not write the dashboard: ${(e as Error).message}`);
    }
  }
  return result;
}

/** The history update (re-applied on a concurrent write): append, re-bound, compact, track the state. */
function recordEntry(current: HistoryFile, entry: HistoryEntry, action: IssueAction, opts: Pick<DriftCheckOptions, 'drift' | 'pin'>): HistoryFile {
  // A new pin replaces older pins of the same segment (only the newest pin is the baseline).
  const base = opts.pin
    ? current.entries.map((e) => (e.pinned && sameSegment(e, entry) && e.runId !== entry.runId ? { ...e, pinned: false } : e))
    : current.entries;
  const keep = baselineKeeper(appendBounded(base, entry, Number.MAX_SAFE_INTEGER), opts.drift.baselineRuns);
  const entries = compactHistory(appendBounded(base, entry, opts.drift.historyLimit, keep), keep);
  const state = { ...current.state };
  if (action === 'open' || (entry.status === 'drifted' && !state.drifting)) {
    state.drifting = true;
    state.since = driftSince(entries)?.time ?? entry.time;
    state.sinceRunId = driftSince(entries)?.runId ?? entry.runId;
  } else if (action === 'close' || (state.drifting && entry.status !== 'drifted' && entry.status !== 'inconclusive' && healthyStreak(entries) >= opts.drift.recoverAfter)) {
    state.drifting = false;
    delete state.since;
    delete state.sinceRunId;
    delete state.issueNumber;
  }
  return { ...current, entries, state };
}

async function applyIssueAction(
  issues: DriftIssueTracker,
  action: IssueAction,
  outcome: SuiteDriftOutcome,
  history: HistoryFile,
  opts: DriftCheckOptions,
): Promise<void> {
  const since = driftSince(history.entries) ?? outcome.entry;
  const input: DriftIssueInput = {
    suite: outcome.suite,
    entry: outcome.entry,
    history: history.entries,
    since,
    confirmations: outcome.confirmations,
    healthyStreak: outcome.healthyStreak,
    recoverAfter: opts.drift.recoverAfter,
    ...(outcome.baseline ? { baseline: outcome.baseline } : {}),
    ...(outcome.report ? { report: outcome.report } : {}),
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
  };
  if (action === 'open') {
    const opened = await issues.open(outcome.suite, driftIssueTitle(outcome.suite), renderDriftIssueBody(input));
    outcome.issue = { number: opened.number, url: opened.url };
    if (opened.closedDuplicates.length) outcome.closedDuplicates = opened.closedDuplicates;
  } else if (action === 'comment' && outcome.issue) {
    await issues.comment(outcome.issue.number, renderPersistComment(input));
  } else if (action === 'close' && outcome.issue) {
    await issues.close(outcome.issue.number, renderRecoveryComment(input));
  }
}
