// Drift signals: the current run against its baseline, one figure per signal with the threshold that
// applies and whether it triggered. Only a statistically supported, practically large score drop, a
// real set of flipped cases, or a cost/latency/verbosity shift beyond its threshold triggers; a served
// model or fingerprint change is reported alongside, never an alarm on its own (providers roll
// fingerprints often without any behaviour change).
import type { DriftConfig } from '../config/schema.js';
import type { BaselineView } from './baseline.js';
import type { HistoryEntry } from './history.js';
import { pairedDelta } from '../stats/paired.js';

export type SignalName = 'score' | 'flipped' | 'changed-outputs' | 'output-tokens' | 'latency-p95' | 'cost-per-request' | 'model';
export type SignalUnit = 'score' | 'cases' | 'share' | 'tokens' | 'ms' | 'usd' | 'text';

export interface Signal {
  name: SignalName;
  /** Human name for tables. */
  label: string;
  unit: SignalUnit;
  baseline: number | string | null;
  now: number | string | null;
  /** The threshold in words (e.g. "drop > 0.05, p < 0.05"). */
  threshold: string;
  triggered: boolean;
  /** Reported but never triggers an alarm alone. */
  informational: boolean;
  /** Not computable for this run (e.g. output change on a non-zero temperature suite). */
  skipped?: string;
  /** One sentence for "what changed". */
  detail: string;
}

export interface FlippedCase {
  id: string;
  baselineScore: number | null;
  nowScore: number | null;
  baselineOutput?: string;
  nowOutput?: string;
}

export interface SignalReport {
  drifted: boolean;
  signals: Signal[];
  flipped: FlippedCase[];
  /** Cases present (with a score) in both runs. */
  pairedCases: number;
  scoreDelta: number | null;
  pValue: number | null;
}

/**
 * Noise floors below which relative changes are not drift: loopback or runner jitter of a few
 * milliseconds is +100% of a tiny latency, and one extra token is +10% of a short answer.
 */
const LATENCY_FLOOR_MS = 250;
const TOKENS_FLOOR = 5;
/**
 * Flipped cases trigger when at least this many flipped pass → fail AND clearly more flipped that way
 * than the other (exact one-sided McNemar test at the drift confidence), and only for temperature-0
 * suites. On a sampled suite borderline cases flip both ways every night, and a multi-run baseline's
 * majority verdict is steadier than one run's, which biases flips towards pass → fail (a seeded
 * simulation showed ~10% false alarms): there the flips are listed, and the paired score test decides.
 */
const MIN_FLIPPED_CASES = 2;

/** One-sided exact McNemar p-value: P(X ≥ worse) for X ~ Binomial(worse + better, 1/2). */
export function mcnemarP(worse: number, better: number): number {
  const n = worse + better;
  if (n === 0) return 1;
  let p = 0;
  let c = 1; // C(n, 0)
  for (let k = 0; k <= n; k++) {
    if (k >= worse) p += c;
    c = (c * (n - k)) / (k + 1);
  }
  return Math.min(1, p / 2 ** n);
}

export type SignalThresholds = Pick<
  DriftConfig,
  'maxScoreDrop' | 'confidence' | 'maxLatencyIncrease' | 'maxCostIncrease' | 'maxOutputTokenChange' | 'maxChangedOutputs'
>;

const rel = (base: number | null, now: number | null): number | null =>
  base === null || now === null || base === 0 ? null : (now - base) / base;
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

export function computeSignals(baseline: BaselineView, now: HistoryEntry, t: SignalThresholds): SignalReport {
  const signals: Signal[] = [];

  // --- score: paired over cases scored in both runs.
  // Same statistics as the PR gate (paired t over cases), baseline playing "base" and now "head".
  const pairs: [number, number][] = [];
  for (const c of now.cases) {
    const b = baseline.cases.get(c.id);
    if (b && b.score !== null && c.score !== null) pairs.push([b.score, c.score]);
  }
  const test = pairedDelta(pairs, t.confidence);
  const pValue = test?.pValue ?? null;
  const alpha = 1 - t.confidence;
  const drop = test ? -test.delta : null;
  const scoreTriggered = drop !== null && pValue !== null && drop > t.maxScoreDrop && pValue < alpha;
  signals.push({
    name: 'score',
    label: 'Mean score',
    unit: 'score',
    baseline: baseline.meanScore,
    now: now.aggregates.meanScore,
    threshold: `drop > ${t.maxScoreDrop} with p < ${round(alpha, 3)}`,
    triggered: scoreTriggered,
    informational: false,
    detail:
      drop === null
        ? 'no case was scored in both runs'
        : `score ${drop > 0 ? `dropped by ${round(drop, 3)}` : `changed by ${round(-drop, 3)}`} over ${pairs.length} paired cases` +
          (pValue !== null ? ` (p = ${round(pValue, 4)})` : ''),
  });

  // --- pass → fail flips (and fail → pass, for the paired test).
  const flipped: FlippedCase[] = [];
  let basePassing = 0;
  let fixedCount = 0;
  for (const c of now.cases) {
    const b = baseline.cases.get(c.id);
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
  const flipP = mcnemarP(flipped.length, fixedCount);
  signals.push({
    name: 'flipped',
    label: 'Cases pass → fail',
    unit: 'cases',
    baseline: 0,
    now: flipped.length,
    threshold: `≥ ${MIN_FLIPPED_CASES}, more than fail → pass (p < ${round(alpha, 3)})`,
    triggered: now.temperature === 0 && flipped.length >= MIN_FLIPPED_CASES && flipP < alpha,
    informational: now.temperature !== 0,
    detail:
      `${flipped.length} of ${basePassing} baseline-passing cases now fail, ${fixedCount} failing cases now pass (p = ${round(flipP, 4)})` +
      (now.temperature === 0 ? '' : '; sampled suite, so the score test decides'),
  });

  // --- materially changed outputs: meaningful only when the suite is deterministic (temperature 0).
  if (now.temperature === 0) {
    let compared = 0;
    let changed = 0;
    for (const c of now.cases) {
      const b = baseline.cases.get(c.id);
      if (!b || b.digests.size === 0 || c.outputDigest === undefined) continue;
      compared++;
      if (!b.digests.has(c.outputDigest)) changed++;
    }
    const share = compared === 0 ? null : changed / compared;
    signals.push({
      name: 'changed-outputs',
      label: 'Outputs changed',
      unit: 'share',
      baseline: 0,
      now: share,
      threshold: `> ${pct(t.maxChangedOutputs).slice(1)} of cases`,
      triggered: share !== null && share > t.maxChangedOutputs,
      informational: false,
      detail: share === null ? 'no comparable outputs' : `${changed} of ${compared} outputs differ from the baseline`,
    });
  } else {
    signals.push({
      name: 'changed-outputs',
      label: 'Outputs changed',
      unit: 'share',
      baseline: null,
      now: null,
      threshold: `> ${pct(t.maxChangedOutputs).slice(1)} of cases`,
      triggered: false,
      informational: false,
      skipped: 'temperature is not 0, outputs vary by design',
      detail: 'not checked (temperature is not 0)',
    });
  }

  // --- verbosity, latency, cost: relative changes beyond thresholds and noise floors.
  const tokB = baseline.tokensOutPerRequest;
  const tokN = now.aggregates.tokensOutPerRequest;
  const tokRel = rel(tokB, tokN);
  signals.push({
    name: 'output-tokens',
    label: 'Output tokens / request',
    unit: 'tokens',
    baseline: tokB,
    now: tokN,
    threshold: `± ${pct(t.maxOutputTokenChange).slice(1)}`,
    triggered: tokRel !== null && Math.abs(tokRel) > t.maxOutputTokenChange && Math.abs(tokN! - tokB!) >= TOKENS_FLOOR,
    informational: false,
    detail: tokRel === null ? 'not comparable' : `output tokens per request ${pct(tokRel)}`,
  });

  const latB = baseline.latencyP95;
  const latN = now.aggregates.latencyP95;
  const latRel = rel(latB, latN);
  signals.push({
    name: 'latency-p95',
    label: 'p95 latency (ms)',
    unit: 'ms',
    baseline: latB,
    now: latN,
    threshold: `+ ${pct(t.maxLatencyIncrease).slice(1)} (and ≥ ${LATENCY_FLOOR_MS} ms)`,
    triggered: latRel !== null && latRel > t.maxLatencyIncrease && latN! - latB! >= LATENCY_FLOOR_MS,
    informational: false,
    detail: latRel === null ? 'not comparable' : `p95 latency ${pct(latRel)}`,
  });

  const costB = baseline.costPerRequestUsd;
  const costN = now.aggregates.costPerRequestUsd;
  const costRel = rel(costB, costN);
  signals.push({
    name: 'cost-per-request',
    label: 'Cost / request (USD)',
    unit: 'usd',
    baseline: costB,
    now: costN,
    threshold: `+ ${pct(t.maxCostIncrease).slice(1)}`,
    triggered: costRel !== null && costRel > t.maxCostIncrease,
    informational: false,
    detail: costRel === null ? 'price unknown or not comparable' : `cost per request ${pct(costRel)}`,
  });

  // --- served model / fingerprint: informational only.
  const modelChanged = !sameSet(baseline.servedModels, now.servedModels);
  const fpChanged = !sameSet(baseline.fingerprints, now.fingerprints);
  signals.push({
    name: 'model',
    label: 'Served model / fingerprint',
    unit: 'text',
    baseline: describeModels(baseline.servedModels, baseline.fingerprints),
    now: describeModels(now.servedModels, now.fingerprints),
    threshold: 'informational',
    triggered: false,
    informational: true,
    detail: modelChanged
      ? `served model changed: ${baseline.servedModels.join(', ') || 'unknown'} → ${now.servedModels.join(', ') || 'unknown'}`
      : fpChanged
        ? 'system fingerprint changed'
        : 'unchanged',
  });

  return {
    drifted: signals.some((s) => s.triggered && !s.informational),
    signals,
    flipped,
    pairedCases: pairs.length,
    scoreDelta: test ? test.delta : null,
    pValue,
  };
}

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
