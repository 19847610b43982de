// Real drops through the real drift check (sim-harness.ts): the flaky suite with a full baseline
// (30 runs) and two quiet nights, or right after its 3 collecting nights (the youngest baseline the
// monitor judges with), then every pass probability falls so that the suite mean drops by 10 or 5
// points, for three nights. `npm test` runs 40 series (a few seconds: a smoke check that the goals still
// hold on a fixed seed); `npm run bench:drift` runs 1000 (SIM_DROPS=…), which is where the figures
// quoted in docs/drift.md come from — CI runs the suite twice on 2 cores, so the long trials stay out of it.
import { describe, expect, it } from 'vitest';
import { drops, rate, recoveries } from './sim-harness.js';

const SERIES = Number(process.env['SIM_DROPS'] ?? 40);

describe('drift simulation: persistent drops', () => {
  it('10 points after a full baseline: an issue on the first night in ≥ 90 % of series, within three nights in ≥ 99 %', async () => {
    const r = await drops(7, 0.1, SERIES);
    console.log(
      `10-point drop, full baseline: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`,
    );
    expect(r.first / SERIES).toBeGreaterThanOrEqual(0.9);
    expect(r.within3 / SERIES).toBeGreaterThanOrEqual(0.99);
  }, 300_000);

  it('10 points right after the 3 collecting nights: ≥ 90 % on the first night, ≥ 99 % within three', async () => {
    const r = await drops(9, 0.1, SERIES, { baselineNights: 3, quietNights: 0 });
    console.log(
      `10-point drop right after a 3-night baseline: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`,
    );
    expect(r.first / SERIES).toBeGreaterThanOrEqual(0.9);
    expect(r.within3 / SERIES).toBeGreaterThanOrEqual(0.99);
  }, 300_000);

  it('5 points: an issue within three nights in ≥ 60 % of series', async () => {
    const r = await drops(8, 0.05, SERIES);
    console.log(`5-point drop: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`);
    expect(r.within3 / SERIES).toBeGreaterThanOrEqual(0.6);
  }, 300_000);
});

describe('drift simulation: closing an issue needs evidence of recovery', () => {
  const N = Math.ceil(SERIES / 4);
  it('a suite still 8 points down (over the 5-point threshold) never closes its issue and never joins the baseline', async () => {
    const r = await recoveries(11, 0.15, 0.08, N);
    console.log(
      `still 8 points down after the alarm: closed within 5 nights ${rate(r.closed, r.opened)}, a degraded run joined the baseline in ${rate(r.joined, r.opened)}`,
    );
    expect(r.opened).toBeGreaterThanOrEqual(N * 0.9);
    expect(r.closed).toBe(0);
    expect(r.joined).toBe(0);
  }, 300_000);

  it('a suite back at its baseline closes its issue within 5 nights in ≥ 80 % of series', async () => {
    const r = await recoveries(12, 0.15, 0, N);
    console.log(`back at the baseline after the alarm: closed within 5 nights ${rate(r.closed, r.opened)}`);
    expect(r.closed / r.opened).toBeGreaterThanOrEqual(0.8);
  }, 300_000);
});
