// A live run at the drift history's worst case (docs/drift.md "Size"): long non-ASCII case ids with
// characters JSON must escape, escape-heavy outputs, many checks per case (fractional scores), many
// served-model and fingerprint names, every number at full precision.
import type { CaseResult, SampleResult, SuiteResult } from '../../../src/core/results/types.js';
import type { Rng } from '../../../src/core/stats/rng.js';

const CHECKS = 7;

/** Outputs at their worst: CJK (3 bytes), emoji (4 bytes per pair), quotes and control characters (6 bytes escaped). */
const nastyOutput = (i: number, rng: Rng): string =>
  Array.from(
    { length: 120 },
    (_, k) => ['漢字', '😀', '"\\', '\u0001\u001f', 'é'][(i + k + Math.floor(rng() * 5)) % 5],
  ).join('');
export const nastyId = (i: number): string => `case-${i}-${'ü"\n'.repeat(60)}`;

/** One live run of a 100-case suite, every case with `repeat` samples scored by CHECKS checks. */
export function worstRun(name: string, rng: Rng, pass: number, cases = 100, repeat = 3): SuiteResult {
  const rows: CaseResult[] = Array.from({ length: cases }, (_, i) => {
    const samples: SampleResult[] = Array.from({ length: repeat }, (_, index) => {
      const passed = Array.from({ length: CHECKS }, () => rng() < pass).filter(Boolean).length;
      return {
        index,
        status: 'ok',
        output: nastyOutput(i, rng),
        score: passed / CHECKS,
        pass: passed * 2 > CHECKS,
        assertions: [],
        tokens: { input: 40, output: 400 },
        latencyMs: 500 + 100 * rng(),
        costUsd: 0.000123456789,
        cached: false,
        attempts: 1,
      };
    });
    const score = samples.reduce((s, x) => s + x.score!, 0) / repeat;
    return { id: nastyId(i), vars: {}, samples, score, passRate: score, pass: score >= 0.5 };
  });
  const scores = rows.map((c) => c.score!);
  const n = cases * repeat;
  return {
    name,
    promptVersion: 'p'.repeat(64),
    provider: { id: 'sim', model: `gpt-${'模'.repeat(100)}`, settingsHash: 's'.repeat(64) },
    servedModels: Array.from({ length: 9 }, (_, k) => `served-${k}-${'x'.repeat(200)}`),
    systemFingerprints: Array.from({ length: 9 }, (_, k) => `fp_${k}_${'\u0002'.repeat(50)}`),
    repeat,
    cases: rows,
    aggregates: {
      cases,
      samples: n,
      ok: n,
      errors: 0,
      budget: 0,
      skipped: 0,
      blocked: 0,
      meanScore: scores.reduce((s, x) => s + x, 0) / cases,
      passRate: rows.filter((c) => c.pass).length / cases,
      tokens: { input: 40 * n, output: 400 * n },
      tokensPerRequest: { input: 40, output: 400 },
      costUsd: 0.000123456789 * n,
      costPerRequestUsd: 0.000123456789,
      projectedMonthlyCostUsd: null,
      priceKnown: true,
      evalCostUsd: null,
      latencyMs: { p50: 550.123456789, p95: 599.987654321, mean: 550.5 },
      cacheHits: 0,
    },
  };
}
