// The drift history: one versioned JSON document per suite, one entry per scheduled check.
// It keeps only what the signals and reports need (aggregates, per-case scores and output digests),
// so a bounded file stays small; full outputs live in the run's own results/trace.
import { answerText } from '../results/answer-text.js';
import type { SuiteResult } from '../results/types.js';
import { sha256Hex } from '../util/hash.js';
import { storedName, storedNames } from './stored-name.js';

/**
 * 2: per-sample scores and output digests, the night's score evidence, model-change events. Version 1
 * files are read and migrated in memory (their one digest per case becomes a one-sample list) and
 * written back as version 2; nothing is ever dropped or reset because of the format.
 */
const HISTORY_SCHEMA_VERSION = 2 as const;

/** Characters of one output kept in an entry (for issue bodies); digests cover the full text. */
export const STORED_OUTPUT_CHARS = 400;

/**
 * baseline: recorded while the (prompt, settings) segment is still collecting its baseline runs.
 * healthy / drifted: compared with the baseline. unconfirmed: looked drifted, the confirmation run disagreed.
 * inconclusive: too many errors to judge; neither counts towards recovery nor alarms.
 * unrecovered: an issue is open and the night neither shows the drift again nor shows recovery (its
 * drop is not clearly below maxScoreDrop): it breaks the recovery streak and never joins a baseline.
 */
export type EntryStatus = 'baseline' | 'healthy' | 'unconfirmed' | 'drifted' | 'unrecovered' | 'inconclusive';

export interface HistoryCase {
  id: string;
  score: number | null;
  pass: boolean | null;
  /** sha256 (16 hex) of the normalised first ok output; see outputDigest(). */
  outputDigest?: string;
  /** Score of every ok sample, in sample order (the suite's own repeat-to-repeat noise). */
  scores?: number[];
  /** Digest of every ok sample's output, in sample order (the output-change noise floor). */
  digests?: string[];
  /** First ok output, truncated; dropped from entries that can no longer be a baseline (compactHistory). */
  output?: string;
  /**
   * What the size cap cut from this record (history-size.ts): `output` shortened (it ends in "…") or
   * dropped, `digests` / `scores` lists shortened to their first samples or dropped.
   */
  trimmed?: TrimmedPart[];
}

export type TrimmedPart = 'output' | 'digests' | 'scores';

export interface HistoryAggregates {
  meanScore: number | null;
  passRate: number | null;
  samples: number;
  ok: number;
  errors: number;
  tokensInPerRequest: number | null;
  tokensOutPerRequest: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
  costPerRequestUsd: number | null;
}

export interface HistoryEntry {
  /** ISO time the check started. */
  time: string;
  runId: string;
  /** Link to the run (workflow run URL), for the dashboard. */
  runUrl?: string;
  commit?: string;
  suite: string;
  promptVersion: string;
  settingsHash: string;
  /** Model requested in the config. */
  model: string;
  /** Temperature of the provider settings (output-change signal only for 0). */
  temperature?: number;
  servedModels: string[];
  fingerprints: string[];
  aggregates: HistoryAggregates;
  cases: HistoryCase[];
  /** Explicitly pinned baseline of its segment (`evalgate drift --pin`). */
  pinned?: boolean;
  status?: EntryStatus;
  /** Names of the signals that triggered (for the dashboard and a quick look at the file). */
  triggered?: string[];
  /** Governance: values redacted from this run's stored outputs (redactTraces). */
  redactions?: number;
  /** The score evidence of this night (see score-evidence.ts); absent while the baseline is collected. */
  evidence?: NightEvidence;
  /** The served model id or fingerprint differs from the previous run's: an event, never drift by itself. */
  modelChange?: ModelChange;
  /**
   * The suite's judge identity (judge models, settings and rubrics; judge-identity.ts), 12 hex. Absent on
   * suites without an LLM-judged assertion and on entries written before it existed: unknown, which is
   * never read as a change.
   */
  judge?: string;
  /** The judge models requested (for the reset's description). */
  judgeModels?: string[];
  /** The judge identity differs from the previous known one: a new baseline segment starts here, not drift. */
  judgeChange?: JudgeChange;
  /**
   * The night's other runs, kept for the baseline only: a collecting night's extra baseline runs, or a
   * suspicious night's confirmation re-runs (which stand in for the check run that raised the suspicion,
   * see baseline.ts). Dropped once the night can no longer join a baseline (compactHistory).
   */
  reruns?: HistoryEntry[];
  /** Re-runs of the night not stored because of the size cap (history-size.ts). */
  trimmedReruns?: number;
}

export interface NightEvidence {
  /** Estimated drop of the mean score against the baseline (positive = worse), over `runs` runs. */
  drop: number;
  /** Its standard error (within-case noise and between-run variation, baseline and night). */
  se: number;
  /** drop / se. */
  z: number;
  /** Runs of the night behind the figures: the check, plus confirmation re-runs on a suspicious night. */
  runs: number;
  /** The one-sided CUSUM after this night (reset to 0 by an alarm). */
  cusum: number;
  /** Baseline runs compared with. */
  baselineRuns: number;
}

export interface JudgeChange {
  /** Judge models of the previous entry with a known judge, and of this one. */
  from: string[];
  to: string[];
}

export interface ModelChange {
  kind: 'model' | 'fingerprint';
  from: { servedModels: string[]; fingerprints: string[] };
  to: { servedModels: string[]; fingerprints: string[] };
}

/** What the monitor remembers between runs besides the entries (local mode has no issue tracker). */
export interface DriftState {
  drifting: boolean;
  /** Time and run of the first drifted run of the current episode. */
  since?: string;
  sinceRunId?: string;
  issueNumber?: number;
}

export interface HistoryFile {
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  suite: string;
  /**
   * The per-case byte budget every night of the file was cut to (history-size.ts), so a reader knows the
   * file is capped and a writer re-cuts only a file cut to another budget (or none: an older writer's).
   */
  caseNightBytes?: number;
  entries: HistoryEntry[];
  state: DriftState;
}

export function emptyHistory(suite: string): HistoryFile {
  return { schemaVersion: HISTORY_SCHEMA_VERSION, suite, entries: [], state: { drifting: false } };
}

/** Whitespace and Unicode form differences are not material; everything else is. */
export function normaliseOutput(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();
}

export function outputDigest(text: string): string {
  return sha256Hex(normaliseOutput(text)).slice(0, 16);
}

export interface EntryMeta {
  time: string;
  runId: string;
  runUrl?: string;
  commit?: string;
  temperature?: number;
  pinned?: boolean;
}

/** The first STORED_OUTPUT_CHARS characters and "…"; a surrogate pair is never split (half of one is not text). */
export function truncateOutput(text: string): string {
  if (text.length <= STORED_OUTPUT_CHARS) return text;
  const high = /[\uD800-\uDBFF]/.test(text.charAt(STORED_OUTPUT_CHARS - 1));
  return `${text.slice(0, high ? STORED_OUTPUT_CHARS - 1 : STORED_OUTPUT_CHARS)}…`;
}

/** Builds a history entry from one live suite result. */
export function toHistoryEntry(suite: SuiteResult, meta: EntryMeta): HistoryEntry {
  const a = suite.aggregates;
  const entry: HistoryEntry = {
    time: meta.time,
    runId: meta.runId,
    suite: suite.name,
    promptVersion: suite.promptVersion,
    settingsHash: suite.provider.settingsHash,
    // Names are stored bounded (stored-name.ts), here already, so tonight's run compares like with like.
    model: storedName(suite.provider.model),
    servedModels: storedNames(suite.servedModels),
    fingerprints: storedNames(suite.systemFingerprints),
    aggregates: {
      meanScore: a.meanScore,
      passRate: a.passRate,
      samples: a.samples,
      ok: a.ok,
      errors: a.errors,
      tokensInPerRequest: a.tokensPerRequest?.input ?? null,
      tokensOutPerRequest: a.tokensPerRequest?.output ?? null,
      latencyP50: a.latencyMs.p50,
      latencyP95: a.latencyMs.p95,
      costPerRequestUsd: a.costPerRequestUsd,
    },
    cases: suite.cases.map((c) => {
      const ok = c.samples.filter((s) => s.status === 'ok');
      const first = ok.find((s) => answerText(s) !== undefined);
      const hc: HistoryCase = { id: storedName(c.id), score: c.score, pass: c.pass };
      const text = first && answerText(first);
      if (text !== undefined) {
        hc.outputDigest = outputDigest(text);
        hc.output = truncateOutput(text);
      }
      const scores = ok.map((s) => s.score).filter((x): x is number => typeof x === 'number');
      if (scores.length) hc.scores = scores;
      const digests = ok
        .map((s) => answerText(s))
        .filter((t): t is string => t !== undefined)
        .map(outputDigest);
      if (digests.length) hc.digests = digests;
      return hc;
    }),
  };
  if (meta.runUrl !== undefined) entry.runUrl = meta.runUrl;
  if (meta.commit !== undefined) entry.commit = meta.commit;
  if (meta.temperature !== undefined) entry.temperature = meta.temperature;
  if (meta.pinned) entry.pinned = true;
  if (suite.redactions) entry.redactions = suite.redactions;
  if (suite.judge) {
    entry.judge = suite.judge.identity;
    entry.judgeModels = storedNames(suite.judge.models);
  }
  return entry;
}

/** Both entries know their judge and the judges differ (an unknown judge is never a change). */
export function judgeDiffers(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.judge !== undefined && b.judge !== undefined && a.judge !== b.judge;
}

/**
 * Entries of one (prompt, settings, judge) segment are comparable; a prompt, settings or judge change
 * starts a new one. A judge change also cuts the segment (judgeResetTime): entries of unknown judge from
 * before it belong to the judge before it.
 */
export function sameSegment(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.suite === b.suite &&
    a.promptVersion === b.promptVersion &&
    a.settingsHash === b.settingsHash &&
    !judgeDiffers(a, b)
  );
}

/**
 * The time of the newest entry of `current`'s (prompt, settings) segment judged by another known judge:
 * `current`'s segment holds only entries after it. Undefined when the judge never changed.
 */
export function judgeResetTime(entries: readonly HistoryEntry[], current: HistoryEntry): string | undefined {
  let at: string | undefined;
  for (const e of entries) {
    if (e.runId === current.runId || e.suite !== current.suite) continue;
    if (e.promptVersion !== current.promptVersion || e.settingsHash !== current.settingsHash) continue;
    if (judgeDiffers(e, current) && (at === undefined || e.time > at)) at = e.time;
  }
  return at;
}

/** The judge change from the newest earlier entry with a known judge to `entry`, if any. */
export function judgeChangeOf(history: readonly HistoryEntry[], entry: HistoryEntry): JudgeChange | undefined {
  if (entry.judge === undefined) return undefined;
  const prev = [...history]
    .reverse()
    .find((e) => e.runId !== entry.runId && e.time <= entry.time && e.judge !== undefined);
  if (!prev || prev.judge === entry.judge) return undefined;
  return { from: prev.judgeModels ?? [], to: entry.judgeModels ?? [] };
}

/**
 * Appends `entry` (replacing one with the same runId, so a retried write never duplicates) and keeps at
 * most `limit` entries, dropping the oldest first. Entries for which `keep` answers true (pinned ones, the
 * current baseline) are never dropped, so a long history cannot silently roll the baseline forward into
 * the very drift it should reveal.
 */
export function appendBounded(
  entries: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit: number,
  keep: (e: HistoryEntry) => boolean = (e) => e.pinned === true,
): HistoryEntry[] {
  const out = entries.filter((e) => e.runId !== entry.runId);
  out.push(entry);
  // Stable sort: concurrent writers may append out of time order.
  out.sort((x, y) => x.time.localeCompare(y.time));
  let excess = out.length - Math.max(1, limit);
  for (let i = 0; excess > 0 && i < out.length; ) {
    const e = out[i]!;
    if (e !== entry && !keep(e)) {
      out.splice(i, 1);
      excess--;
    } else i++;
  }
  return out;
}

/**
 * Drops the stored outputs and per-sample digests from entries that can no longer serve as a baseline
 * (only baseline and pinned entries need them; the newest keeps its own for the next comparison report).
 */
export function compactHistory(
  entries: readonly HistoryEntry[],
  isBaseline: (e: HistoryEntry) => boolean,
): HistoryEntry[] {
  return entries.map((e, i) => {
    if (i === entries.length - 1 || e.pinned || isBaseline(e)) return e;
    if (!e.reruns && !e.cases.some((c) => c.output !== undefined || c.digests !== undefined)) return e;
    // Scores stay (the dashboard and later noise estimates are cheap to feed); outputs, the per-sample
    // digests and the night's re-runs are only read from baseline runs.
    const { reruns: _reruns, ...kept } = e;
    return { ...kept, cases: e.cases.map(({ output: _drop, digests: _digests, ...rest }) => rest) };
  });
}

/**
 * A stored history that cannot be read (truncated, edited by hand, foreign): state the user can fix, so
 * entry points report it in one line like a config error. The file is never overwritten or reset to
 * recover: it holds the baseline, and a silent reset would hide exactly the drift it should reveal.
 */
export class HistoryError extends Error {
  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(`${where}: ${reason}; fix or remove the file (evalgate does not overwrite an unreadable history)`);
    this.name = 'HistoryError';
  }
}

/** Parses a stored history document, tolerating older/foreign content by failing loudly with context. */
export function parseHistory(text: string, where: string): HistoryFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new HistoryError(where, `history is not valid JSON (${(e as Error).message})`);
  }
  const d = doc as Partial<HistoryFile> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.entries) || typeof d.suite !== 'string') {
    throw new HistoryError(where, 'not an evalgate drift history (expected {schemaVersion, suite, entries})');
  }
  const version = d.schemaVersion as number | undefined;
  if (version !== 1 && version !== HISTORY_SCHEMA_VERSION) {
    // A newer writer's file: refuse rather than rewrite it in a format that loses its fields.
    throw new HistoryError(
      where,
      `history schemaVersion ${String(version)} is not supported (expected ≤ ${HISTORY_SCHEMA_VERSION}); upgrade evalgate`,
    );
  }
  const read = version === 1 ? d.entries.map(migrateV1Entry) : d.entries;
  // A capped file's names were bounded when its nights were made.
  const entries = typeof d.caseNightBytes === 'number' ? read : read.map(withStoredNames);
  return {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    suite: d.suite,
    ...(typeof d.caseNightBytes === 'number' ? { caseNightBytes: d.caseNightBytes } : {}),
    entries,
    state: d.state ?? { drifting: false },
  };
}

/** Version 1 kept the first sample's digest only: it becomes a one-sample digest list. */
function migrateV1Entry(e: HistoryEntry): HistoryEntry {
  return {
    ...e,
    cases: e.cases.map((c) => ({
      ...c,
      ...(c.digests === undefined && c.outputDigest !== undefined ? { digests: [c.outputDigest] } : {}),
    })),
  };
}

/**
 * A file written before names were bounded pairs with tonight's runs all the same: its long names are
 * bounded as they are read (unchanged when already bounded, so no copy is made then).
 */
function withStoredNames(e: HistoryEntry): HistoryEntry {
  const sameList = (xs: readonly string[], ys: readonly string[]): boolean =>
    xs.length === ys.length && xs.every((x, i) => x === ys[i]);
  const reruns = e.reruns?.map(withStoredNames);
  const unchanged =
    e.model === storedName(e.model) &&
    sameList(e.servedModels ?? [], storedNames(e.servedModels ?? [])) &&
    sameList(e.fingerprints ?? [], storedNames(e.fingerprints ?? [])) &&
    e.cases.every((c) => c.id === storedName(c.id)) &&
    (reruns ?? []).every((r, i) => r === e.reruns![i]);
  if (unchanged) return e;
  return {
    ...e,
    model: storedName(e.model),
    servedModels: storedNames(e.servedModels ?? []),
    fingerprints: storedNames(e.fingerprints ?? []),
    cases: e.cases.map((c) => ({ ...c, id: storedName(c.id) })),
    ...(reruns ? { reruns } : {}),
  };
}

/**
 * One night per line and no indentation: a night's change is one line of the data branch's diff, and
 * the file's size is the sum of its nights' JSON (indentation would add bytes per stored sample).
 */
export function serializeHistory(h: HistoryFile): string {
  // A fixed key order: the same history always gives the same text (a lost write's re-read compares it).
  const head = {
    schemaVersion: h.schemaVersion,
    suite: h.suite,
    ...(h.caseNightBytes !== undefined ? { caseNightBytes: h.caseNightBytes } : {}),
    state: h.state,
  };
  const open = JSON.stringify({ ...head, entries: [] }).slice(0, -3);
  return `${open}[\n${h.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}
