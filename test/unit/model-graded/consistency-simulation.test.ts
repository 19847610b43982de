// How often the default self-consistency check (5 re-judged samples per suite) shows a judge as
// inconsistent, measured by seeded simulation through the real engine (runEval: selection of the
// samples, the fresh second call, the suite's figure) and the reports' rule (below 90 %). The simulated
// judge flips its verdict with probability q on every call, independently; two calls then disagree with
// probability d = 2q(1 − q), and the check shows when any of the 5 pairs disagrees: 1 − (1 − d)^5.
// Figures quoted in docs/judges.md, with 95 % Wilson intervals.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/core/engine/engine.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { wilson } from '../../../src/core/scorers/model-graded/agreement.js';
import { consistencyLow } from '../../../src/core/scorers/model-graded/consistency.js';
import { deps, fakeClock, options, provider, scriptedModel, suite, testCase } from '../engine/helpers.js';
import { registry } from './harness.js';

const RUNS = 300;
const judge = provider({ id: 'grader', model: 'judge-model' });
const cases = Array.from({ length: 20 }, (_, i) =>
  testCase(`c${i}`, { name: `n${i}` }, { assertions: [{ type: 'llm-rubric', value: 'greets the person' }] }),
);

async function shownRate(q: number, seed: number): Promise<{ shown: number; ci: [number, number] }> {
  const rng = mulberry32(seed);
  let shown = 0;
  for (let run = 0; run < RUNS; run++) {
    const model = scriptedModel((req) => {
      if (req.provider.model !== 'judge-model') return { output: 'hello' };
      const n = Number(/n(\d+)/.exec(JSON.stringify(req.messages))?.[1] ?? 0);
      const pass = (n % 2 === 0) !== rng() < q;
      return { output: JSON.stringify({ score: pass ? 1 : 0, pass, reason: 'r' }) };
    });
    const out = await runEval(
      [{ label: 'head', suite: suite({ name: `s${run}`, cases, judge }) }],
      options({ runId: `r${run}` }),
      deps(model, fakeClock(), { scorers: registry, providers: { grader: judge } }),
    );
    if (consistencyLow(out.results[0]!.suite.judgeConsistency)) shown++;
  }
  return { shown, ci: wilson(shown, RUNS) };
}

describe('self-consistency check: how often a flip-prone judge is shown (5 checks, 300 runs per rate)', () => {
  it('never for a judge that repeats itself; more often the more it flips, as 1 − (1 − 2q(1 − q))^5 says', async () => {
    for (const [i, q] of [0, 0.05, 0.1, 0.2].entries()) {
      const { shown, ci } = await shownRate(q, 101 + i);
      const d = 2 * q * (1 - q);
      const expected = 1 - (1 - d) ** 5;
      // Seeded: q = 0.05 / 0.1 / 0.2 show on 117 / 196 / 263 of 300 runs (39.0 %, 65.3 %, 87.7 %).
      if (q === 0) expect(shown).toBe(0);
      else {
        expect(ci[0], `q=${q}: ${shown}/${RUNS}`).toBeLessThanOrEqual(expected);
        expect(ci[1], `q=${q}: ${shown}/${RUNS}`).toBeGreaterThanOrEqual(expected);
      }
    }
  }, 120_000);
});
