// Quiet nights through the real drift check (sim-harness.ts): no real change, and the monitor must
// open an issue on at most 0.1 % of judged nights, lucky (+2 SD) and unlucky (−2 SD) first baseline
// runs included. SIM_SERIES=… runs a bigger simulation (docs/drift.md quotes one).
import { describe, expect, it } from 'vitest';
import { quiet, rate } from './sim-harness.js';

const SERIES = Number(process.env['SIM_SERIES'] ?? 15);
const NIGHTS = 70;

describe('drift simulation: quiet nights', () => {
  it('flaky suite (pass probability 0.50..0.95, repeat 3, temperature 0.7): issues on ≤ 0.1 % of nights', async () => {
    const r = await quiet(20261127, 'flaky', SERIES, NIGHTS);
    console.log(
      `flaky suite, quiet: issues opened on ${rate(r.opened, r.judged, 2)} of judged nights (after a lucky first run ${r.byStart.lucky}, unlucky ${r.byStart.unlucky}, ordinary ${r.byStart.ordinary}); confirmation re-runs ${(r.confirmRuns / r.judged).toFixed(2)} per night`,
    );
    expect(r.judged).toBeGreaterThanOrEqual(1000);
    expect(r.opened / r.judged).toBeLessThanOrEqual(0.001);
  }, 300_000);

  it('temperature-0 suite on a model that still varies its wording: issues on ≤ 0.1 % of nights', async () => {
    const r = await quiet(20261128, 't0', SERIES, NIGHTS);
    console.log(
      `t0 suite, quiet: issues opened on ${rate(r.opened, r.judged, 2)} of judged nights; confirmation re-runs ${(r.confirmRuns / r.judged).toFixed(2)} per night`,
    );
    expect(r.judged).toBeGreaterThanOrEqual(1000);
    expect(r.opened / r.judged).toBeLessThanOrEqual(0.001);
  }, 300_000);
});
