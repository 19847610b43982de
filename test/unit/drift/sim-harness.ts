// Harness of the seeded simulation of the drift monitor through the real check (runDriftCheck: baseline selection,
// screen, confirmation re-runs, CUSUM, issue decisions) with in-memory history and issues and a fake
// engine (sim-world.ts). Two suites: the realistic flaky suite (50 cases, pass probability 0.50..0.95,
// repeat 3, temperature 0.7) and a temperature-0 suite on a model that still varies its wording.
// What counts is what a user sees: an issue opened. The test files (simulation-*.test.ts) print the
// figures with 95 % Wilson intervals; docs/drift.md and the README quote them.
import { DriftSchema } from '../../../src/core/config/schema.js';
import { runDriftCheck, type SuiteDriftOutcome } from '../../../src/core/drift/check.js';
import type { HistoryEntry } from '../../../src/core/drift/history.js';
import { selectBaseline } from '../../../src/core/drift/baseline.js';
import type { EngineDeps } from '../../../src/core/engine/types.js';
import { mulberry32, type Rng } from '../../../src/core/stats/rng.js';
import { memoryIssues, memoryStore } from './memory.js';
import { flakyWorld, meanP, seededEntry, simEngine, simSuite, t0World, type SimWorld } from './sim-world.js';

export const drift = DriftSchema.parse({});
const DAY = 86_400_000;

/** 95 % Wilson score interval of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
const pc = (x: number, d = 1): string => `${(x * 100).toFixed(d)} %`;
export const rate = (k: number, n: number, d = 1): string => {
  const [lo, hi] = wilson(k, n);
  return `${k}/${n} = ${pc(k / n, d)} (95 % CI ${pc(lo, d)}–${pc(hi, d)})`;
};

/** One suite's monitor: its world, history and issues; `night()` runs one scheduled check. */
function monitor(rng: Rng, world: SimWorld, temperature: number) {
  const name = world.kind;
  const worlds = new Map([[name, world]]);
  const history = memoryStore(false);
  const issues = memoryIssues();
  let n = 0;
  const runEval = simEngine(rng, worlds);
  return {
    world,
    history,
    issues,
    /** Records `runs` baseline nights directly, as the check would have (no judging needed before a baseline exists). */
    seedBaseline(runs: number): void {
      const entries: HistoryEntry[] = [];
      for (let i = 0; i < runs; i++) {
        const e = seededEntry(rng, world, name, {
          time: new Date(Date.UTC(2026, 0, 1) + n * DAY).toISOString(),
          runId: `n${n}`,
          temperature,
        });
        e.status = i < 3 ? 'baseline' : 'healthy';
        entries.push(e);
        n++;
      }
      history.files.set(name, { schemaVersion: 2, suite: name, entries, state: { drifting: false } });
    },
    async night(): Promise<SuiteDriftOutcome> {
      const r = await runDriftCheck(
        {
          suites: [simSuite(name, temperature)],
          drift,
          runId: `n${n}`,
          run: { toolVersion: 'sim', cacheTtlHours: 0 },
          dashboard: false,
        },
        {
          runEval,
          engine: {} as EngineDeps,
          clock: { now: () => Date.UTC(2026, 0, 1) + n * DAY, monotonic: () => 0, sleep: async () => {} },
          history,
          issues,
        },
      );
      n++;
      return r.outcomes[0]!;
    },
  };
}

/** Quiet series: every night through the check, the first run lucky (+2 SD), unlucky (−2 SD) or ordinary in turn. */
export async function quiet(seed: number, kind: 'flaky' | 't0', series: number, nights: number) {
  const rng = mulberry32(seed);
  let judged = 0;
  let opened = 0;
  let confirmRuns = 0;
  const byStart = { lucky: 0, unlucky: 0, ordinary: 0 };
  for (let s = 0; s < series; s++) {
    const world = kind === 'flaky' ? flakyWorld(rng) : t0World(rng);
    const start = (['lucky', 'unlucky', 'ordinary'] as const)[s % 3]!;
    if (start !== 'ordinary') world.forceNext = start === 'lucky' ? 2 : -2;
    const m = monitor(rng, world, kind === 'flaky' ? 0.7 : 0);
    for (let i = 0; i < nights; i++) {
      const o = await m.night();
      if (o.status !== 'baseline') judged++;
      if (o.action === 'open') {
        opened++;
        byStart[start]++;
      }
      confirmRuns += o.confirmations;
    }
  }
  return { judged, opened, confirmRuns, byStart };
}

/**
 * Drop series: a baseline, `quietNights` quiet nights, then the pass probabilities fall by `drop` points
 * for three nights. `baselineNights` undefined: a full seeded baseline (drift.baselineRuns runs);
 * a number: that many collecting nights through the real check (3 is the youngest baseline judged).
 */
export async function drops(
  seed: number,
  drop: number,
  series: number,
  opts: { baselineNights?: number; quietNights?: number } = {},
) {
  const rng = mulberry32(seed);
  let first = 0;
  let within3 = 0;
  let falseAlarms = 0;
  for (let s = 0; s < series; s++) {
    const m = monitor(rng, flakyWorld(rng), 0.7);
    if (opts.baselineNights === undefined) m.seedBaseline(drift.baselineRuns);
    else for (let i = 0; i < opts.baselineNights; i++) await m.night();
    for (let i = 0; i < (opts.quietNights ?? 2); i++) await m.night();
    if (m.issues.issues.length) {
      falseAlarms++;
      continue; // a false alarm before the drop: not a detection (counted as a miss)
    }
    m.world.factor = 1 - drop / meanP(m.world);
    for (let i = 0; i < 3; i++) {
      const o = await m.night();
      if (o.action === 'open') {
        if (i === 0) first++;
        within3++;
        break;
      }
    }
  }
  return { first, within3, falseAlarms };
}

/**
 * Recovery series: a full baseline, a drop of `drop` points that opens an issue, then `after` nights at
 * `residual` points below the baseline: how often the issue is closed (and how many nights it took).
 */
export async function recoveries(
  seed: number,
  drop: number,
  residual: number,
  series: number,
  after = 5,
  baselineRuns = 10,
) {
  const rng = mulberry32(seed);
  let opened = 0;
  let closed = 0;
  let joined = 0;
  for (let s = 0; s < series; s++) {
    const m = monitor(rng, flakyWorld(rng), 0.7);
    // A baseline short of its window, so runs after the drop could still join it.
    m.seedBaseline(baselineRuns);
    const base = meanP(m.world);
    m.world.factor = 1 - drop / base;
    let open = false;
    for (let i = 0; i < 3 && !open; i++) open = (await m.night()).action === 'open';
    if (!open) continue;
    opened++;
    m.world.factor = 1 - residual / base;
    for (let i = 0; i < after; i++) {
      const o = await m.night();
      if (o.action === 'close') {
        closed++;
        break;
      }
    }
    const h = m.history.files.get(m.world.kind)!;
    const newest = h.entries[h.entries.length - 1]!;
    // A run after the drop that made it into the baseline the next check would use.
    const b = selectBaseline(h.entries, { ...newest, runId: 'probe' }, drift.baselineRuns);
    if (b?.entries.some((e) => Number(e.runId.replace(/^n(\d+).*$/, '$1')) >= baselineRuns)) joined++;
  }
  return { opened, closed, joined };
}
