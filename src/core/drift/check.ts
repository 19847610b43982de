// One drift check: run every suite live, record it, compare with the baseline, confirm a suspected drift
// with a re-run before alarming, and keep exactly one GitHub issue per drifting suite in step with it.
// Pure orchestration: the engine, the history store and the issue tracker come in as deps.
import type { DriftConfig } from '../config/schema.js';
import type { ResolvedSuite } from '../config/resolved.js';
import type { EngineDeps, RunEval, RunOptions } from '../engine/types.js';
import type { Clock } from '../ports/clock.js';
import type { SuiteResult } from '../results/types.js';
import { baselineKeeper, baselineRunsOf, selectBaseline, type Baseline } from './baseline.js';
import {
  appendBounded,
  compactHistory,
  emptyHistory,
  HistoryError,
  judgeChangeOf,
  judgeResetTime,
  sameSegment,
  toHistoryEntry,
  type EntryStatus,
  type HistoryEntry,
  type HistoryFile,
} from './history.js';
import {
  driftIssueTitle,
  renderDriftIssueBody,
  type DriftOrigin,
  renderJudgeChangeComment,
  renderModelChangeComment,
  renderPersistComment,
  renderRecoveryComment,
  type DriftIssueInput,
} from './issue-body.js';
import type { HistoryStore } from '../ports/history.js';
import type { DriftIssue, DriftIssueTracker } from '../ports/issues.js';
import { computeSignals, type SignalReport } from './signals.js';
import { EXTEND_Z, toNightEvidence } from './score-evidence.js';
import { addFailingDetails } from './case-details.js';
import { modelChangeOf } from './model-change.js';
import { errorKinds, type ErrorKindCount } from '../results/error-kinds.js';
import { renderDashboard } from './dashboard.js';
import { checkCost, type CheckCost } from '../pricing/check-cost.js';
import { CASE_NIGHT_BYTES, fitNight } from './history-size.js';

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
  /** Where the check runs, for the issue's advice (default: the CLI). */
  origin?: DriftOrigin;
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
  /** What tonight's runs of this suite cost and saved. */
  checkCost?: CheckCost;
  /** A failure to report (issue or history write); the check itself still counts. */
  error?: string;
  /** The issue action was attempted and failed (`error` says why). */
  actionFailed?: boolean;
  /** Why the check run's requests failed (kinds, counts, first message), as `evalgate run` gives it. */
  requestErrors?: ErrorKindCount[];
  /**
   * The history could not be read (the night is not judged: `inconclusive`) or written: `entry` is not in
   * the history, so the caller keeps it for a later run to merge (unrecorded.ts).
   */
  unrecorded?: boolean;
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
    if (s === 'drifted' || s === 'unrecovered') break;
    n++;
  }
  return n;
}

/** The CUSUM carried from the newest judged night of the same segment (0 after a baseline run). */
export function previousCusum(entries: readonly HistoryEntry[], current: HistoryEntry): number {
  const reset = judgeResetTime(entries, current);
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (reset !== undefined && e.time <= reset) break;
    if (e.runId === current.runId || !sameSegment(e, current) || e.status === 'inconclusive') continue;
    return e.evidence?.cusum ?? 0;
  }
  return 0;
}

/** The first run of the current drift episode (the trailing run of drifted entries). */
function driftSince(entries: readonly HistoryEntry[]): HistoryEntry | undefined {
  let first: HistoryEntry | undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    // An unrecovered night is part of the episode: it neither starts nor ends it.
    if (e.status === 'inconclusive' || e.status === 'unrecovered') continue;
    if (e.status !== 'drifted') break;
    first = e;
  }
  return first;
}

/** What to do with the suite's issue after this run. */
export function decideAction(
  status: EntryStatus,
  issueOpen: boolean,
  streak: number,
  recoverAfter: number,
): IssueAction {
  if (status === 'inconclusive') return 'none';
  if (status === 'drifted') return issueOpen ? 'comment' : 'open';
  if (status === 'unrecovered') return 'none';
  return issueOpen && streak >= recoverAfter ? 'close' : 'none';
}

export async function runDriftCheck(opts: DriftCheckOptions, deps: DriftCheckDeps): Promise<DriftCheckResult> {
  const log = deps.log ?? (() => {});
  const time = new Date(deps.clock.now()).toISOString();
  const maxErrorRate = opts.maxErrorRate ?? 0.2;
  const bySuite = new Map(opts.suites.map((s) => [s.name, s]));

  const live = async (
    suites: ResolvedSuite[],
    runId: string,
  ): Promise<{ results: Map<string, SuiteResult>; costCapHit: boolean }> => {
    const out = await deps.runEval(
      // The judge's self-consistency is a PR and run figure; the history keeps none, so drift pays for none.
      suites.map((suite) => ({ label: 'live', suite, consistencyChecks: 0 })),
      { ...opts.run, runId, cacheMode: 'refresh', ...(opts.commit ? { commit: opts.commit } : {}) },
      deps.engine,
    );
    return { results: new Map(out.results.map((r) => [r.suite.name, r.suite])), costCapHit: out.costCapHit };
  };
  const entryOf = (r: SuiteResult, runId: string, pinned = false): HistoryEntry =>
    toHistoryEntry(r, {
      time,
      runId,
      ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
      ...(opts.commit ? { commit: opts.commit } : {}),
      ...(bySuite.get(r.name)?.provider.temperature !== undefined
        ? { temperature: bySuite.get(r.name)!.provider.temperature! }
        : {}),
      pinned,
    });
  const inconclusive = (e: HistoryEntry): boolean =>
    e.aggregates.meanScore === null ||
    e.aggregates.samples === 0 ||
    1 - e.aggregates.ok / e.aggregates.samples > maxErrorRate;

  // 1. The live run of every suite.
  const first = await live(opts.suites, opts.runId);
  let costCapHit = first.costCapHit;

  // 2. Judge each suite's check run against its baseline.
  interface Pending {
    suite: string;
    history: HistoryFile;
    entry: HistoryEntry;
    result: SuiteResult;
    baseline?: Baseline;
    report?: SignalReport;
    issue?: DriftIssue;
    issueOpen: boolean;
    /** Re-runs are made: a suspicious night, an open issue whose check run shows neither drift nor recovery, or a collecting night. */
    suspect: boolean;
    /** What the re-runs are for. */
    rerunFor?: 'confirm' | 'persist' | 'collect';
    prevCusum: number;
    /** The night's runs: the check, then its confirmation re-runs. */
    runs: HistoryEntry[];
    /** Every live result of the night (check and re-runs): what the check cost. */
    spent: SuiteResult[];
    confirmations: number;
    error?: string;
    /** The history could not be read: nothing is judged, written or raised for this suite tonight. */
    unread?: boolean;
  }
  const pending: Pending[] = [];
  for (const suite of opts.suites) {
    const result = first.results.get(suite.name);
    if (!result) continue;
    const entry = entryOf(result, opts.runId, opts.pin === true);
    let history: HistoryFile;
    try {
      history = (await deps.history.load(suite.name)) ?? emptyHistory(suite.name);
    } catch (e) {
      // A damaged file is the user's to fix (one located error); an unreachable store must not cost the
      // night's samples, which were paid for: they stay in the result for the caller to keep.
      if (e instanceof HistoryError) throw e;
      entry.status = 'inconclusive';
      const error = `could not read the history (${deps.history.where}): ${(e as Error).message}`;
      pending.push({
        suite: suite.name,
        history: emptyHistory(suite.name),
        entry,
        result,
        issueOpen: false,
        suspect: false,
        prevCusum: 0,
        runs: [entry],
        spent: [result],
        confirmations: 0,
        error,
        unread: true,
      });
      continue;
    }
    const change = modelChangeOf(history.entries, entry);
    if (change) entry.modelChange = change;
    const judgeChange = judgeChangeOf(history.entries, entry);
    if (judgeChange) entry.judgeChange = judgeChange;
    const p: Pending = {
      suite: suite.name,
      history,
      entry,
      result,
      issueOpen: history.state.drifting,
      suspect: false,
      prevCusum: previousCusum(history.entries, entry),
      runs: [entry],
      spent: [result],
      confirmations: 0,
    };
    if (deps.issues) {
      try {
        p.issue = await deps.issues.findOpen(suite.name);
        p.issueOpen = p.issue !== undefined;
      } catch (e) {
        p.error = `could not look up the drift issue: ${(e as Error).message}`;
      }
    }
    const baseline =
      inconclusive(entry) || opts.pin ? undefined : selectBaseline(history.entries, entry, baselineRunsOf(opts.drift));
    if (inconclusive(entry)) entry.status = 'inconclusive';
    else if (!baseline) {
      // A collecting (or pinning) night makes its re-runs too: three nights of 1 + confirmRuns runs
      // give a first baseline that can catch a drop on its first judged night (docs/drift.md).
      entry.status = 'baseline';
      p.suspect = opts.drift.confirmRuns > 0;
      p.rerunFor = 'collect';
    } else {
      p.baseline = baseline;
      // Already alarmed: the check run says whether the drift persists or has recovered, and re-runs
      // decide when it shows neither. Otherwise a screen decides whether confirmation re-runs are worth
      // it (without re-runs configured, it judges).
      const mode = p.issueOpen ? 'persist' : opts.drift.confirmRuns > 0 ? 'screen' : 'confirm';
      p.report = computeSignals(baseline, [entry], { mode, prevCusum: p.prevCusum }, opts.drift);
      if (mode === 'persist') {
        if (p.report.drifted) entry.status = 'drifted';
        else if (p.report.recovered) entry.status = 'healthy';
        else if (opts.drift.confirmRuns > 0) [p.suspect, p.rerunFor] = [true, 'persist'];
        else entry.status = 'unrecovered';
      } else if (mode === 'confirm') entry.status = p.report.drifted ? 'drifted' : 'healthy';
      else if (p.report.drifted) [p.suspect, p.rerunFor] = [true, 'confirm'];
      else entry.status = 'healthy';
    }
    pending.push(p);
  }

  // 3. Confirm suspicious suites: every re-run is new evidence, judged together with the check run
  //    against the baseline (never the check run compared twice).
  const suspects = pending.filter((p) => p.suspect);
  const rerun = async (active: Pending[], from: number, to: number): Promise<void> => {
    for (let i = from; i <= to && active.length > 0; i++) {
      log(
        `re-running ${active.map((p) => `${p.suite} (${p.rerunFor === 'collect' ? 'baseline' : p.rerunFor === 'persist' ? 'recovery?' : 'confirming drift'})`).join(', ')} (re-run ${i} of ${to})`,
      );
      const again = await live(
        active.map((p) => bySuite.get(p.suite)!),
        `${opts.runId}-confirm${i}`,
      );
      costCapHit ||= again.costCapHit;
      for (const p of active) {
        const r = again.results.get(p.suite);
        if (r) p.spent.push(r);
        const e = r ? entryOf(r, `${opts.runId}-confirm${i}`) : undefined;
        if (e && !inconclusive(e)) p.runs.push(e);
      }
    }
  };
  await rerun(suspects, 1, opts.drift.confirmRuns);
  // A confirmation that is still undecided (strong but not conclusive evidence) gets as many re-runs
  // again: the night's own runs, not the baseline, dominate its standard error, and on a quiet suite
  // this happens on few nights (docs/drift.md, "How reliable is it?").
  const undecided = suspects.filter((p) => {
    if (p.rerunFor !== 'confirm') return false;
    const r = computeSignals(p.baseline!, p.runs, { mode: 'confirm', prevCusum: p.prevCusum }, opts.drift);
    return !r.drifted && (r.evidence?.z ?? 0) >= EXTEND_Z;
  });
  await rerun(undecided, opts.drift.confirmRuns + 1, 2 * opts.drift.confirmRuns);
  for (const p of suspects) {
    p.confirmations = p.runs.length - 1;
    if (p.rerunFor === 'collect') {
      if (p.confirmations) p.entry.reruns = p.runs.slice(1);
      continue;
    }
    if (p.rerunFor === 'persist') {
      p.report = computeSignals(p.baseline!, p.runs, { mode: 'persist', prevCusum: p.prevCusum }, opts.drift);
      p.entry.status = p.report.drifted ? 'drifted' : p.report.recovered ? 'healthy' : 'unrecovered';
      continue;
    }
    p.report = computeSignals(p.baseline!, p.runs, { mode: 'confirm', prevCusum: p.prevCusum }, opts.drift);
    p.entry.status = p.report.drifted ? 'drifted' : 'unconfirmed';
    // The re-runs stand in for the suspicious check run if the night later joins the baseline.
    if (p.entry.status === 'unconfirmed' && p.confirmations) p.entry.reruns = p.runs.slice(1);
  }
  for (const p of pending) {
    if (p.report) {
      p.entry.triggered = p.report.signals.filter((s) => s.triggered).map((s) => s.name);
      if (p.report.evidence)
        p.entry.evidence = toNightEvidence(p.report.evidence, p.report.cusum, p.baseline!.entries.length);
    }
  }

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
      checkCost: checkCost(p.spent),
      ...(p.baseline ? { baseline: p.baseline } : {}),
      ...(p.report ? { report: p.report } : {}),
      ...(p.issue ? { issue: p.issue } : {}),
      ...(p.error ? { error: p.error } : {}),
    };
    const requestErrors = errorKinds([p.result]);
    if (requestErrors.length) outcome.requestErrors = requestErrors;
    if (p.unread) {
      outcome.unrecorded = true;
      outcomes.push(outcome);
      continue;
    }
    // Both failures are reported: a history write error must not be hidden by a later issue error.
    const addError = (msg: string): void => {
      outcome.error = outcome.error ? `${outcome.error}; ${msg}` : msg;
    };
    try {
      history = await deps.history.update(p.suite, (current) => recordEntry(current, p.entry, action, opts));
    } catch (e) {
      addError(`could not write the history (${deps.history.where}): ${(e as Error).message}`);
      outcome.unrecorded = true;
      history = { ...p.history, entries: simulated };
    }
    // Tonight's failing samples are only read by an issue body or comment.
    if (p.report && (action === 'open' || action === 'comment')) addFailingDetails(p.report, p.result);
    if (deps.issues && action !== 'none' && !p.error) {
      try {
        await applyIssueAction(deps.issues, action, outcome, history, opts);
      } catch (e) {
        outcome.actionFailed = true;
        addError(`could not ${action} the drift issue: ${(e as Error).message}`);
      }
    }
    // A judge change resets the baseline: the open issue says so (its figures stop comparing with the old judge).
    const open = outcome.issue;
    if (deps.issues && p.entry.judgeChange && open && action !== 'open' && action !== 'close' && !p.error) {
      try {
        await deps.issues.comment(open.number, renderJudgeChangeComment(p.suite, p.entry, opts.runUrl));
      } catch (e) {
        addError(`could not comment the judge change on the drift issue: ${(e as Error).message}`);
      }
    }
    // Opt-in: a model change on a suite with an open issue is worth a note there (the new body of an
    // opened issue shows it already).
    const issue = outcome.issue;
    if (
      deps.issues &&
      opts.drift.notifyModelChange &&
      p.entry.modelChange &&
      issue &&
      action !== 'open' &&
      action !== 'close' &&
      !p.error
    ) {
      try {
        await deps.issues.comment(issue.number, renderModelChangeComment(p.suite, p.entry, opts.runUrl));
      } catch (e) {
        addError(`could not comment the model change on the drift issue: ${(e as Error).message}`);
      }
    }
    outcomes.push(outcome);
  }

  const result: DriftCheckResult = { runId: opts.runId, time, outcomes, costCapHit };
  // Nothing new to show when no suite's night reached the history (and the store is likely unreachable).
  if (opts.dashboard !== false && outcomes.some((o) => !o.unrecorded)) {
    try {
      const all: HistoryFile[] = [];
      // Listed suites plus the configured ones (a store may not be able to list, e.g. an empty branch).
      const names = new Set([...(await deps.history.list()), ...opts.suites.map((s) => s.name)]);
      for (const name of names) {
        const h = await deps.history.load(name);
        if (h) all.push(h);
      }
      const open = new Map(
        outcomes.filter((o) => o.issue && !(o.action === 'close' && !o.actionFailed)).map((o) => [o.suite, o.issue!]),
      );
      result.dashboard = await deps.history.writeDashboard(
        renderDashboard(all, { generatedAt: time, drift: opts.drift, issues: open }),
      );
    } catch (e) {
      log(`warning: could not write the dashboard: ${(e as Error).message}`);
    }
  }
  return result;
}

/** The history update (re-applied on a concurrent write): append, re-bound, compact, track the state. */
function recordEntry(
  current: HistoryFile,
  entry: HistoryEntry,
  action: IssueAction,
  opts: Pick<DriftCheckOptions, 'drift' | 'pin'>,
): HistoryFile {
  // A new pin replaces older pins of the same segment (only the newest pin is the baseline).
  const base = opts.pin
    ? current.entries.map((e) =>
        e.pinned && sameSegment(e, entry) && e.runId !== entry.runId ? { ...e, pinned: false } : e,
      )
    : current.entries;
  // Every night within its byte budget (history-size.ts); a file not yet cut to it has all its nights cut.
  const night = fitNight(entry);
  const fitted = current.caseNightBytes === CASE_NIGHT_BYTES ? base : base.map(fitNight);
  const keep = baselineKeeper(appendBounded(fitted, night, Number.MAX_SAFE_INTEGER), baselineRunsOf(opts.drift));
  const entries = compactHistory(appendBounded(fitted, night, opts.drift.historyLimit, keep), keep);
  const state = { ...current.state };
  if (action === 'open' || (entry.status === 'drifted' && !state.drifting)) {
    state.drifting = true;
    state.since = driftSince(entries)?.time ?? entry.time;
    state.sinceRunId = driftSince(entries)?.runId ?? entry.runId;
  } else if (
    action === 'close' ||
    (state.drifting &&
      entry.status !== 'drifted' &&
      entry.status !== 'inconclusive' &&
      healthyStreak(entries) >= opts.drift.recoverAfter)
  ) {
    state.drifting = false;
    delete state.since;
    delete state.sinceRunId;
    delete state.issueNumber;
  }
  return { ...current, caseNightBytes: CASE_NIGHT_BYTES, entries, state };
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
    ...(outcome.checkCost ? { checkCost: outcome.checkCost } : {}),
    ...(outcome.baseline ? { baseline: outcome.baseline } : {}),
    ...(outcome.report ? { report: outcome.report } : {}),
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    ...(opts.origin ? { origin: opts.origin } : {}),
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
