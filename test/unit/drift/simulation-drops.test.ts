// Real drops through the real drift check (sim-harness.ts): the flaky suite with a full baseline
// (30 runs), two quiet nights, then every pass probability falls so that the suite mean drops by 10 or
// 5 points, for three nights. SIM_DROPS=… runs more series.
import { describe, expect, it } from 'vitest';
import { drops, rate } from './sim-harness.js';

const SERIES = Number(process.env['SIM_DROPS'] ?? 200);

describe('drift simulation: persistent drops', () => {
  it('10 points: an issue on the first night in ≥ 90 % of series, within three nights in ≥ 99 %', async () => {
    const r = await drops(7, 0.1, SERIES);
    console.log(`10-point drop: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`);
    expect(r.first / SERIES).toBeGreaterThanOrEqual(0.9);
    expect(r.within3 / SERIES).toBeGreaterThanOrEqual(0.99);
  }, 300_000);

  it.runIf(process.env['SIM_SMALL_BASELINE'])('informational: 10 points right after the 3 collecting runs', async () => {
    const r = await drops(9, 0.1, SERIES, 3);
    console.log(`10-point drop on a 3-run baseline: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`);
  }, 300_000);

  it('5 points: an issue within three nights in ≥ 60 % of series', async () => {
    const r = await drops(8, 0.05, SERIES);
    console.log(`5-point drop: first night ${rate(r.first, SERIES)}, within three nights ${rate(r.within3, SERIES)}`);
    expect(r.within3 / SERIES).toBeGreaterThanOrEqual(0.6);
  }, 300_000);
});
