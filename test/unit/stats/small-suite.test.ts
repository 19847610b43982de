// A suite of fewer than 5 cases (the mean test's minimum): per-case evidence can fail it, and a suite
// no case can decide stops early (futility) instead of spending gate.maxRepeat. Seeded, through runGate.
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate/gate.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { config, suite } from '../gate/fixtures.js';
import { model, type HeadChange } from './gate-sim-model.js';

const PROBS = [0.875, 0.875, 0.875, 0.875];
const cfg = config([
  suite('small', {
    repeat: 3,
    cases: PROBS.map((_, i) => ({ id: `c${i}`, vars: { i }, assertions: [{ type: 'contains', value: 'ok' }] })),
  }),
]);

async function run(change: HeadChange, prs: number, seed: number) {
  const rng = mulberry32(seed);
  const out = [];
  for (let pr = 0; pr < prs; pr++) {
    const r = await runGate({
      base: cfg,
      head: cfg,
      changedFiles: [],
      all: true,
      failOn: 'regression',
      evaluate: model(rng, change, PROBS).evaluate,
    });
    out.push(r.report.suites[0]!);
  }
  return out;
}

describe('suite with fewer than 5 cases', () => {
  it('3 of 4 cases broken (0.875 → 0.514, suite 0.875 → 0.604): per-case evidence fails it (measured 22 of 40; 102 of 200 in a longer run; before: never, `inconclusive (need 5)`)', async () => {
    const suites = await run((i, p, side) => (side === 'head' && i > 0 ? 0.514 : p), 40, 31);
    const caught = suites.filter((s) => s.verdict === 'regression').length;
    console.log(
      `[small-suite] 3 of 4 broken: regression in ${caught}/40, mean rounds ${(suites.reduce((n, s) => n + (s.sequential?.rounds ?? 0), 0) / 40).toFixed(1)}`,
    );
    // Before: `inconclusive (need 5)` after 28 rounds.
    // The paired sign test gains ~0.15 nats per pair here, so at maxRepeat 30 it is caught in about half (docs/gate-rules.md).
    expect(caught).toBeGreaterThanOrEqual(10);
    for (const s of suites.filter((x) => x.verdict === 'regression')) expect(s.reason).toContain('cases broke');
  });

  it('nothing changed: never a regression, and the suite stops early once no case can reach the evidence', async () => {
    const suites = await run(0, 40, 32);
    expect(suites.filter((s) => s.verdict === 'regression')).toHaveLength(0);
    const rounds = suites.reduce((n, s) => n + (s.sequential?.rounds ?? 0), 0) / 40;
    console.log(
      `[small-suite] no change: mean rounds ${rounds.toFixed(1)}, stopped by ${[...new Set(suites.map((s) => s.sequential?.stoppedBy))].join(', ')}`,
    );
    expect(suites.some((s) => s.sequential?.stoppedBy === 'futile')).toBe(true);
    expect(rounds).toBeLessThan(10);
  });
});
