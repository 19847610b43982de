// Drift signals: tonight's run(s) against the pooled baseline, one figure per signal with the threshold
// that applies and whether it triggered. All signals share one false-alarm budget per suite and night,
// α = 1 − drift.confidence: the score takes two thirds (one third for its one-night rule, about one
// third for its CUSUM across nights, see score-evidence.ts), and outputs changed, output tokens, p95
// latency and cost per request share the last third equally; each judges against the baseline runs'
// own spread, not against a fixed floor. Flipped cases are listed, the score test decides. A served
// model or fingerprint change is an event reported alongside, never an alarm on its own (providers
// roll fingerprints often without any behaviour change).
import type { DriftConfig } from '../config/schema.js';
import { normalUpperTail } from '../stats/normal.js';
import { tQuantile } from '../stats/student-t.js';
import { viewBaseline, type Baseline, type BaselineView } from './baseline.js';
import type { HistoryEntry } from './history.js';
import {
  digestCounts,
  novelShare,
  outputFloor,
  outputsChanged,
  type DigestCounts,
  type OutputFloor,
} from './output-change.js';
import {
  CUSUM_LIMIT,
  PERSIST_Z,
  SCORE_SHARE,
  SUSPECT_Z,
  cusumStep,
  estimateNoise,
  nightEvidence,
  oneNightLimit,
  type NoiseEstimate,
  type ScoreEvidence,
} from './score-evidence.js';

export type SignalName =
  | 'score'
  | 'flipped'
  | 'changed-outputs'
  | 'output-tokens'
  | 'latency-p95'
  | 'cost-per-request'
  | 'model';
export type SignalUnit = 'score' | 'cases' | 'share' | 'tokens' | 'ms' | 'usd' | 'text';

export interface Signal {
  name: SignalName;
  /** Human name for tables. */
  label: string;
  unit: SignalUnit;
  baseline: number | string | null;
  now: number | string | null;
  /** The threshold in words (e.g. "CUSUM ≥ 3 or z ≥ 3.4"). */
  threshold: string;
  triggered: boolean;
  /** Reported but never triggers an alarm alone. */
  informational: boolean;
  /** Not computable for this run (e.g. too few baseline runs with a price). */
  skipped?: string;
  /** One sentence for "what changed". */
  detail: string;
}

/** What a failing case looked like tonight: k of n samples failed, why, and what they answered. */
export interface FailingSamples {
  failed: number;
  samples: number;
  reasons: string[];
  outputs: string[];
}

export interface FlippedCase {
  id: string;
  baselineScore: number | null;
  nowScore: number | null;
  baselineOutput?: string;
  nowOutput?: string;
  /** Filled in by the check from tonight's results (history keeps no failing outputs). */
  failing?: FailingSamples;
}

/**
 * screen: the check run alone, deciding whether to spend confirmation re-runs on the suite.
 * confirm: all of the night's runs, deciding the alarm. persist: an issue is already open; the night's
 * runs (the check run, and re-runs when it showed neither) say whether the drift is still there or has
 * recovered.
 */
export type NightMode = 'screen' | 'confirm' | 'persist';

export interface NightContext {
  mode: NightMode;
  /** CUSUM after the previous judged night of the segment (0 when none). */
  prevCusum: number;
}

export interface SignalReport {
  drifted: boolean;
  signals: Signal[];
  flipped: FlippedCase[];
  /** Cases present (with a score) in both. */
  pairedCases: number;
  /** Night mean minus baseline mean over the paired cases (negative = worse). */
  scoreDelta: number | null;
  /** One-sided p-value of tonight's drop (normal, from z). */
  pValue: number | null;
  evidence: ScoreEvidence | null;
  /** The CUSUM to store for this night (0 after an alarm and while an issue is open). */
  cusum: number;
  /**
   * persist mode: the night shows recovery — the one-sided 95 % upper bound of its drop is below
   * maxScoreDrop and no other signal triggered. Not drifting is not enough: a night still 8 points down
   * with a z of 1.5 is neither (hysteresis).
   */
  recovered: boolean;
}

export type SignalThresholds = Pick<
  DriftConfig,
  | 'maxScoreDrop'
  | 'confidence'
  | 'maxLatencyIncrease'
  | 'maxCostIncrease'
  | 'maxOutputTokenChange'
  | 'maxChangedOutputs'
>;

/** Alarm signals besides the score; they share (1 − 2·SCORE_SHARE) of the budget equally. */
const OTHER_SIGNALS = 4;

const rel = (base: number | null, now: number | null): number | null =>
  base === null || now === null || base === 0 ? null : (now - base) / base;
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

/** "p = 0.012", and never "p = 0": below 0.0001 it says so. */
export function formatP(p: number): string {
  if (p < 0.0001) return 'p < 0.0001';
  return `p = ${p < 0.001 ? p.toPrecision(2) : round(p, 4)}`;
}

/**
 * A per-run figure (tokens, latency, cost) against the baseline runs' values: beyond the relative
 * threshold and beyond what their spread predicts for one more run (t prediction interval, k − 1 df)
 * at level `alpha`. Two-sided for verbosity, upwards for latency and cost.
 */
function spreadTest(
  values: readonly number[],
  now: number | null,
  maxRel: number,
  twoSided: boolean,
  alpha: number,
): { mean: number | null; rel: number | null; triggered: boolean; skipped?: string } {
  if (values.length < 3)
    return { mean: null, rel: null, triggered: false, skipped: 'fewer than 3 baseline runs with this figure' };
  const k = values.length;
  const m = values.reduce((a, b) => a + b, 0) / k;
  const r = rel(m, now);
  if (r === null || now === null) return { mean: m, rel: null, triggered: false };
  const beyond = twoSided ? Math.abs(r) > maxRel : r > maxRel;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (k - 1));
  const diff = now - m;
  const t =
    sd === 0 ? (diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY) : diff / (sd * Math.sqrt(1 + 1 / k));
  const limit = tQuantile(1 - (twoSided ? alpha / 2 : alpha), k - 1);
  return { mean: m, rel: r, triggered: beyond && (twoSided ? Math.abs(t) > limit : t > limit) };
}

const known = (xs: (number | null | undefined)[]): number[] =>
  xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/** What a baseline yields for every comparison with it; a night asks twice (screen, confirm). */
interface BaselineModel {
  view: BaselineView;
  noise: NoiseEstimate;
  counts: DigestCounts;
  floor: OutputFloor | null;
}
/**
 * A night asks twice (screen, then confirm), and the anchored baseline's runs come back night after
 * night while the history objects live on (the daemon, simulations): the model is kept per run objects,
 * by identity, so a changed or reloaded run can never be served a stale model.
 */
const models = new WeakMap<HistoryEntry, { entries: readonly HistoryEntry[]; model: BaselineModel }[]>();
function modelOf(baseline: Baseline): BaselineModel {
  const first = baseline.entries[0]!;
  const cached = models.get(first) ?? [];
  const hit = cached.find(
    (c) => c.entries.length === baseline.entries.length && c.entries.every((e, i) => e === baseline.entries[i]),
  );
  if (hit) return hit.model;
  const counts = digestCounts(baseline.entries);
  const model = {
    view: viewBaseline(baseline),
    noise: estimateNoise(baseline.entries),
    counts,
    floor: outputFloor(baseline.entries, counts),
  };
  models.set(first, [...cached.slice(-3), { entries: [...baseline.entries], model }]);
  return model;
}

export function computeSignals(
  baseline: Baseline,
  runs: readonly HistoryEntry[],
  ctx: NightContext,
  t: SignalThresholds,
): SignalReport {
  const now = runs[0]!;
  const { view, noise, counts, floor } = modelOf(baseline);
  const signals: Signal[] = [];
  const alpha = 1 - t.confidence;
  const alphaOther = (alpha * (1 - 2 * SCORE_SHARE)) / OTHER_SIGNALS;
  // In confirm mode a non-score signal must show in every run of the night.
  const every = (f: (run: HistoryEntry) => boolean): boolean => (ctx.mode === 'screen' ? f(now) : runs.every(f));

  // --- score: the night's paired drop against the pooled baseline, accumulated across nights.
  const scoreRuns = ctx.mode === 'screen' ? [now] : runs;
  const ev = nightEvidence(baseline.entries, scoreRuns, noise);
  const minDrop = t.maxScoreDrop / 2;
  const limit = oneNightLimit(alpha);
  let cusum = 0;
  let scoreTriggered = false;
  let threshold: string;
  if (ctx.mode === 'persist') {
    scoreTriggered = ev !== null && ev.z >= PERSIST_Z && ev.drop >= minDrop;
    threshold = `still drifting while z ≥ ${PERSIST_Z} and drop ≥ ${round(minDrop, 3)}; recovered when drop + ${PERSIST_Z}·se < ${round(t.maxScoreDrop, 3)}`;
  } else if (ctx.mode === 'screen') {
    cusum = ev ? cusumStep(ctx.prevCusum, ev.z) : ctx.prevCusum;
    scoreTriggered = ev !== null && (ev.z >= SUSPECT_Z || cusum >= SUSPECT_Z);
    threshold = `re-run to confirm when z ≥ ${SUSPECT_Z}`;
  } else {
    cusum = ev ? cusumStep(ctx.prevCusum, ev.z) : ctx.prevCusum;
    scoreTriggered = ev !== null && (cusum >= CUSUM_LIMIT || ev.z >= limit) && ev.drop >= minDrop;
    if (scoreTriggered) cusum = 0;
    threshold = `CUSUM ≥ ${CUSUM_LIMIT} or one night z ≥ ${round(limit, 2)}, and drop ≥ ${round(minDrop, 3)}`;
  }
  const pValue = ev ? normalUpperTail(ev.z) : null;
  signals.push({
    name: 'score',
    label: 'Mean score',
    unit: 'score',
    baseline: ev ? ev.baselineMean : view.meanScore,
    now: ev ? ev.nowMean : now.aggregates.meanScore,
    threshold,
    triggered: scoreTriggered,
    informational: false,
    detail:
      ev === null
        ? 'no case was scored in both'
        : `score ${ev.drop > 0 ? `dropped by ${round(ev.drop, 3)}` : `changed by ${round(-ev.drop, 3)}`} ± ${round(ev.se, 3)} ` +
          `over ${ev.pairedCases} paired cases and ${ev.runs === 1 ? '1 run' : `${ev.runs} runs`} against ${baseline.entries.length} baseline runs ` +
          `(z = ${fmtZ(ev.z)}, ${formatP(pValue!)}${ctx.mode === 'persist' ? '' : `, CUSUM ${round(cusumStep(ctx.prevCusum, ev.z), 2)}`})`,
  });

  // --- pass → fail flips: listed for the issue; the score test decides (borderline cases flip both ways).
  const flipped: FlippedCase[] = [];
  let basePassing = 0;
  let fixedCount = 0;
  for (const c of now.cases) {
    const b = view.cases.get(c.id);
    if (!b) continue;
    if (b.pass === false && c.pass === true) fixedCount++;
    if (b.pass !== true) continue;
    basePassing++;
    if (c.pass === false) {
      const f: FlippedCase = { id: c.id, baselineScore: b.score, nowScore: c.score };
      if (b.output !== undefined) f.baselineOutput = b.output;
      if (c.output !== undefined) f.nowOutput = c.output;
      flipped.push(f);
    }
  }
  signals.push({
    name: 'flipped',
    label: 'Cases pass → fail',
    unit: 'cases',
    baseline: 0,
    now: flipped.length,
    threshold: 'informational (the score decides)',
    triggered: false,
    informational: true,
    detail: `${flipped.length} of ${basePassing} baseline-passing cases now fail, ${fixedCount} failing cases now pass`,
  });

  // --- outputs the baseline never produced, against the model's own non-determinism.
  const share = novelShare(now, counts);
  const changedOn = (run: HistoryEntry): boolean => {
    const s = novelShare(run, counts);
    return floor !== null && s !== null && outputsChanged(s.share, floor, t.maxChangedOutputs, alphaOther);
  };
  signals.push({
    name: 'changed-outputs',
    label: 'Outputs changed',
    unit: 'share',
    baseline: floor ? floor.mean : null,
    now: share ? share.share : null,
    threshold: `> noise floor + ${pct(t.maxChangedOutputs).slice(1)} of samples`,
    triggered: floor !== null && share !== null && every(changedOn),
    informational: false,
    ...(floor === null ? { skipped: 'no output digests in enough baseline runs' } : {}),
    detail:
      share === null || floor === null
        ? 'no comparable outputs'
        : `${share.novel} of ${share.compared} sample outputs were never seen in the baseline (${pct(share.share).slice(1)}); ` +
          `the baseline runs disagree with each other on ${pct(floor.mean).slice(1)} ± ${pct(floor.sd).slice(1)}` +
          (floor.mean >= 1 - t.maxChangedOutputs ? ' (outputs vary by design: this signal cannot fire)' : ''),
  });

  // --- verbosity, latency, cost: beyond the relative threshold and beyond the baseline's own spread.
  const spreadSignal = (
    name: SignalName,
    label: string,
    unit: SignalUnit,
    get: (e: HistoryEntry) => number | null,
    maxRel: number,
    twoSided: boolean,
    what: string,
  ): void => {
    const values = known(baseline.entries.map(get));
    const first = spreadTest(values, get(now), maxRel, twoSided, alphaOther);
    signals.push({
      name,
      label,
      unit,
      baseline: first.mean,
      now: get(now),
      threshold: `${twoSided ? '±' : '+'} ${pct(maxRel).slice(1)} and beyond the baseline runs' spread`,
      triggered:
        first.skipped === undefined &&
        every((run) => spreadTest(values, get(run), maxRel, twoSided, alphaOther).triggered),
      informational: false,
      ...(first.skipped ? { skipped: first.skipped } : {}),
      detail: first.rel === null ? `${what} not comparable` : `${what} ${pct(first.rel)}`,
    });
  };
  spreadSignal(
    'output-tokens',
    'Output tokens / request',
    'tokens',
    (e) => e.aggregates.tokensOutPerRequest,
    t.maxOutputTokenChange,
    true,
    'output tokens per request',
  );
  spreadSignal(
    'latency-p95',
    'p95 latency (ms)',
    'ms',
    (e) => e.aggregates.latencyP95,
    t.maxLatencyIncrease,
    false,
    'p95 latency',
  );
  spreadSignal(
    'cost-per-request',
    'Cost / 1,000 requests (USD)',
    'usd',
    (e) => e.aggregates.costPerRequestUsd,
    t.maxCostIncrease,
    false,
    'cost per request',
  );

  // --- served model / fingerprint: informational only.
  const modelChanged = !sameSet(view.servedModels, now.servedModels);
  const fpChanged = !sameSet(view.fingerprints, now.fingerprints);
  signals.push({
    name: 'model',
    label: 'Served model / fingerprint',
    unit: 'text',
    baseline: describeModels(view.servedModels, view.fingerprints),
    now: describeModels(now.servedModels, now.fingerprints),
    threshold: 'informational',
    triggered: false,
    informational: true,
    detail: modelChanged
      ? `served model changed: ${view.servedModels.join(', ') || 'unknown'} → ${now.servedModels.join(', ') || 'unknown'}`
      : fpChanged
        ? 'system fingerprint changed'
        : 'unchanged',
  });

  const drifted = signals.some((s) => s.triggered && !s.informational);
  return {
    drifted,
    recovered: ctx.mode === 'persist' && !drifted && ev !== null && ev.drop + PERSIST_Z * ev.se < t.maxScoreDrop,
    signals,
    flipped,
    pairedCases: ev?.pairedCases ?? 0,
    scoreDelta: ev ? -ev.drop : null,
    pValue,
    evidence: ev,
    cusum,
  };
}

const fmtZ = (z: number): string => (Number.isFinite(z) ? z.toFixed(2) : z > 0 ? '∞' : '−∞');

/** True when the served model id or fingerprint differs from the baseline (for history and reports). */
export function modelChanged(report: SignalReport): boolean {
  return report.signals.some((s) => s.name === 'model' && s.detail !== 'unchanged');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function describeModels(models: readonly string[], fps: readonly string[]): string {
  const m = models.length ? models.join(', ') : 'unknown';
  return fps.length ? `${m} (${fps.join(', ')})` : m;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
