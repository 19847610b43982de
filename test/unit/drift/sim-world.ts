// A simulated model behind a fake RunEval for the drift simulation: the realistic flaky suite (50
// cases, pass probability spread 0.50..0.95, repeat 3, temperature 0.7: every answer worded anew)
// and a temperature-0 suite on a non-deterministic model (each case answers with one of a few
// variants, the first most of the time; whether a variant passes is a property of the variant).
// Latency, output tokens and cost vary from run to run as they do on a real API.
import type { ResolvedSuite } from '../../../src/core/config/resolved.js';
import type { RunEval } from '../../../src/core/engine/types.js';
import type { CaseResult, SampleResult, SuiteResult } from '../../../src/core/results/types.js';
import { outputDigest, type HistoryEntry } from '../../../src/core/drift/history.js';
import { normal, type Rng } from '../../../src/core/stats/rng.js';

export const CASES = 50;
export const REPEATS = 3;

interface Variant {
  text: string;
  pass: boolean;
  weight: number;
}

export interface SimCase {
  id: string;
  /** Pass probability of a sample (flaky suite); the t0 suite's comes from its variants. */
  p: number;
  /** t0 suite only. */
  variants?: Variant[];
}

export interface SimWorld {
  kind: 'flaky' | 't0';
  cases: SimCase[];
  /** Multiplies every pass probability (a drop of d points on a suite with mean m is 1 − d/m). */
  factor: number;
  /** Forces the next run's mean score `sd` standard deviations up or down (a lucky or unlucky run). */
  forceNext?: number;
  served: string;
  fingerprint: string;
}

export function flakyWorld(rng: Rng): SimWorld {
  return {
    kind: 'flaky',
    cases: Array.from({ length: CASES }, (_, i) => ({ id: `c${i}`, p: 0.5 + 0.45 * rng() })),
    factor: 1,
    served: 'gpt-sim-2026-01-01',
    fingerprint: 'fp_a',
  };
}

export function t0World(rng: Rng): SimWorld {
  const cases = Array.from({ length: CASES }, (_, i) => {
    // 1 to 3 wordings; the main one carries 70–100 % of the answers; about 1 in 8 alternatives fails.
    const n = 1 + Math.floor(rng() * 3);
    const main = n === 1 ? 1 : 0.7 + 0.3 * rng();
    const variants: Variant[] = Array.from({ length: n }, (_, v) => ({
      text: `case ${i} answer, wording ${v}`,
      pass: v === 0 ? rng() < 0.9 : rng() < 0.87,
      weight: v === 0 ? main : (1 - main) / (n - 1),
    }));
    return { id: `c${i}`, p: variants.reduce((s, v) => s + (v.pass ? v.weight : 0), 0), variants };
  });
  return { kind: 't0', cases, factor: 1, served: 'gpt-sim-2026-01-01', fingerprint: 'fp_a' };
}

export const meanP = (w: SimWorld): number => w.cases.reduce((s, c) => s + c.p, 0) / w.cases.length;
/** Standard deviation of one run's mean score of the flaky suite (binomial repeats). */
export const runSd = (w: SimWorld): number =>
  Math.sqrt(w.cases.reduce((s, c) => s + (c.p * (1 - c.p)) / REPEATS, 0)) / w.cases.length;

function sample(rng: Rng, w: SimWorld, c: SimCase, index: number, latency: number, tokens: number): SampleResult {
  let output: string;
  let pass: boolean;
  if (c.variants) {
    let u = rng();
    let v = c.variants[c.variants.length - 1]!;
    for (const x of c.variants) {
      if (u < x.weight) {
        v = x;
        break;
      }
      u -= x.weight;
    }
    output = v.text;
    // A drop in the t0 world: a passing variant sometimes fails (the model got worse on it).
    pass = v.pass && rng() < w.factor;
  } else {
    pass = rng() < c.p * w.factor;
    output = `${pass ? 'good' : 'poor'} answer to ${c.id} #${Math.floor(rng() * 1e9)}`;
  }
  const out = Math.max(1, Math.round(normal(rng, tokens, 4)));
  return {
    index,
    status: 'ok',
    output,
    score: pass ? 1 : 0,
    pass,
    assertions: [
      {
        type: 'icontains',
        score: pass ? 1 : 0,
        pass,
        reason: pass ? 'contains "hello"' : 'does not contain "hello"',
        weight: 1,
      },
    ],
    tokens: { input: 40, output: out },
    latencyMs: Math.max(50, normal(rng, latency, 120)),
    costUsd: (40 * 0.15 + out * 0.6) / 1e6,
    cached: false,
    attempts: 1,
    servedModel: w.served,
    systemFingerprint: w.fingerprint,
  };
}

/** One run of the suite: what the engine would return. */
export function simulateRun(rng: Rng, w: SimWorld, name: string): SuiteResult {
  // Day-to-day variation of the API: latency level and verbosity move a little between runs.
  const latency = normal(rng, 700, 40);
  const tokens = normal(rng, 40, 1);
  const draw = (): CaseResult[] =>
    w.cases.map((c) => {
      const samples = Array.from({ length: REPEATS }, (_, i) => sample(rng, w, c, i, latency, tokens));
      const passed = samples.filter((s) => s.pass).length;
      return {
        id: c.id,
        vars: {},
        samples,
        score: passed / REPEATS,
        passRate: passed / REPEATS,
        pass: passed * 2 > REPEATS,
      };
    });
  let cases = draw();
  if (w.forceNext !== undefined) {
    // Rejection sampling: a run whose mean lies `forceNext` run-SDs from the expectation.
    const target = meanP(w) * w.factor + w.forceNext * runSd(w);
    const ok = (cs: CaseResult[]): boolean => {
      const m = cs.reduce((s, c) => s + c.score!, 0) / cs.length;
      return w.forceNext! > 0 ? m >= target : m <= target;
    };
    for (let i = 0; i < 5000 && !ok(cases); i++) cases = draw();
    delete w.forceNext;
  }
  const samples = cases.flatMap((c) => c.samples);
  const lat = samples.map((s) => s.latencyMs!).sort((a, b) => a - b);
  const outTok = samples.reduce((s, x) => s + x.tokens.output, 0);
  const cost = samples.reduce((s, x) => s + x.costUsd!, 0);
  const scored = cases.map((c) => c.score!);
  return {
    name,
    promptVersion: 'p1',
    provider: { id: 'sim', model: 'gpt-sim', settingsHash: w.kind },
    servedModels: [w.served],
    systemFingerprints: [w.fingerprint],
    repeat: REPEATS,
    cases,
    aggregates: {
      cases: cases.length,
      samples: samples.length,
      ok: samples.length,
      errors: 0,
      budget: 0,
      skipped: 0,
      blocked: 0,
      meanScore: scored.reduce((s, x) => s + x, 0) / scored.length,
      passRate: cases.filter((c) => c.pass).length / cases.length,
      tokens: { input: 40 * samples.length, output: outTok },
      tokensPerRequest: { input: 40, output: outTok / samples.length },
      costUsd: cost,
      costPerRequestUsd: cost / samples.length,
      projectedMonthlyCostUsd: null,
      priceKnown: true,
      evalCostUsd: null,
      latencyMs: {
        p50: lat[Math.floor(lat.length / 2)]!,
        p95: lat[Math.ceil(0.95 * lat.length) - 1]!,
        mean: lat.reduce((s, x) => s + x, 0) / lat.length,
      },
      cacheHits: 0,
    },
  };
}

/** A fake engine answering every job of a check from the world of its suite. */
export function simEngine(rng: Rng, worlds: Map<string, SimWorld>): RunEval {
  return async (jobs) => ({
    costCapHit: false,
    results: jobs.map((j) => ({ label: j.label, suite: simulateRun(rng, worlds.get(j.suite.name)!, j.suite.name) })),
  });
}

export const simSuite = (name: string, temperature: number): ResolvedSuite =>
  ({
    name,
    provider: { id: 'sim', type: 'openai', model: 'gpt-sim', temperature, timeoutMs: 1000, maxRetries: 0 },
  }) as unknown as ResolvedSuite;

const digestCache = new Map<string, string>();
/**
 * A history entry for a run recorded before the simulated check starts (the baseline of a drop series):
 * the same fields toHistoryEntry writes, with digests taken from a cache (t0 wordings repeat) or drawn
 * at random (every flaky answer is new), which keeps thousands of seeded runs cheap.
 */
export function seededEntry(
  rng: Rng,
  w: SimWorld,
  name: string,
  meta: { time: string; runId: string; temperature: number },
): HistoryEntry {
  const r = simulateRun(rng, w, name);
  const digest = (text: string): string => {
    if (w.kind === 'flaky')
      return Math.floor(rng() * 2 ** 52)
        .toString(16)
        .padStart(16, '0');
    let d = digestCache.get(text);
    if (d === undefined) digestCache.set(text, (d = outputDigest(text)));
    return d;
  };
  const a = r.aggregates;
  return {
    time: meta.time,
    runId: meta.runId,
    suite: name,
    promptVersion: r.promptVersion,
    settingsHash: r.provider.settingsHash,
    model: r.provider.model,
    temperature: meta.temperature,
    servedModels: r.servedModels,
    fingerprints: r.systemFingerprints,
    aggregates: {
      meanScore: a.meanScore,
      passRate: a.passRate,
      samples: a.samples,
      ok: a.ok,
      errors: 0,
      tokensInPerRequest: a.tokensPerRequest!.input,
      tokensOutPerRequest: a.tokensPerRequest!.output,
      latencyP50: a.latencyMs.p50,
      latencyP95: a.latencyMs.p95,
      costPerRequestUsd: a.costPerRequestUsd,
    },
    cases: r.cases.map((c) => ({
      id: c.id,
      score: c.score,
      pass: c.pass,
      scores: c.samples.map((s) => s.score!),
      digests: c.samples.map((s) => digest(s.output!)),
    })),
  };
}
