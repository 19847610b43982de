// The drift history's stated size (docs/drift.md "Size"): every case within its bytes per night, every
// night within its bound and the file within historyBytesBound, for the worst case the brief names
// (long non-ASCII ids, escape-heavy outputs, many checks, repeats, re-runs), through the real write path.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalHistoryStore } from '../../../src/adapters/history/local-store.js';
import { DriftSchema } from '../../../src/core/config/schema.js';
import type { ResolvedSuite } from '../../../src/core/config/resolved.js';
import { runDriftCheck } from '../../../src/core/drift/check.js';
import { failingSamples } from '../../../src/core/drift/case-details.js';
import { parseHistory, toHistoryEntry, type HistoryCase, type HistoryEntry } from '../../../src/core/drift/history.js';
import {
  CASE_NIGHT_BYTES,
  fitNight,
  historyBytesBound,
  nightBytesBound,
  STORED_RERUNS,
} from '../../../src/core/drift/history-size.js';
import { STORED_NAME_BYTES, storedName } from '../../../src/core/drift/stored-name.js';
import type { EngineDeps, RunEval } from '../../../src/core/engine/types.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';
import { nastyId, worstRun } from './worst-run.js';

const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), 'utf8');
/** Bytes of every case's records over the night's runs (check run and stored re-runs), as the budget counts them. */
function caseBytes(e: HistoryEntry): number[] {
  const runs = [e, ...(e.reruns ?? [])];
  const ids = new Set(runs.flatMap((r) => r.cases.map((c) => c.id)));
  return [...ids].map((id) =>
    runs.reduce((a, r) => {
      const c = r.cases.find((x) => x.id === id);
      return a + (c ? bytes(c) + 1 : 0);
    }, 0),
  );
}

const suiteName = 'a'.repeat(100);
const suite = { name: suiteName, provider: { id: 'sim', temperature: 0.7 } } as unknown as ResolvedSuite;

describe('drift history size', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('keeps a night within its bound even at repeat 100 with 12 re-runs', () => {
    const rng = mulberry32(7);
    const meta = (runId: string) => ({ time: '2026-12-01T03:00:00.000Z', runId, temperature: 0 });
    const night = toHistoryEntry(worstRun(suiteName, rng, 0.6, 20, 100), meta('n1'));
    night.reruns = Array.from({ length: 12 }, (_, i) =>
      toHistoryEntry(worstRun(suiteName, rng, 0.6, 20, 100), meta(`n1-confirm${i + 1}`)),
    );
    night.status = 'unconfirmed';
    night.evidence = {
      drop: 0.0123456789,
      se: 0.0234567891,
      z: 0.52631578947,
      runs: 13,
      cusum: 1.23456789,
      baselineRuns: 30,
    };
    night.triggered = ['score', 'passRate', 'latency', 'cost', 'outputTokens', 'outputs', 'model'];
    night.modelChange = {
      kind: 'fingerprint',
      from: { servedModels: night.servedModels, fingerprints: night.fingerprints },
      to: { servedModels: night.servedModels, fingerprints: night.fingerprints },
    };
    const fitted = fitNight(night);
    expect(fitted.reruns).toHaveLength(STORED_RERUNS);
    expect(fitted.trimmedReruns).toBe(12 - STORED_RERUNS);
    expect(Math.max(...caseBytes(fitted))).toBeLessThanOrEqual(CASE_NIGHT_BYTES);
    expect(bytes(fitted)).toBeLessThanOrEqual(nightBytesBound(20));
    // Names are bounded where they are made, so tonight's run pairs with the stored ones.
    const c = fitted.cases[0]!;
    expect(Buffer.byteLength(JSON.stringify(c.id)) - 2).toBeLessThanOrEqual(STORED_NAME_BYTES);
    expect(c.id).toBe(storedName(nastyId(0)));
    expect(fitted.fingerprints).toHaveLength(4);
    // What was cut is said in the record; the scores that are kept are the first samples.
    expect(c.trimmed).toEqual(expect.arrayContaining(['output', 'digests', 'scores']));
    expect(c.scores!.length).toBeGreaterThanOrEqual(2);
    expect(night.cases[0]!.scores!.slice(0, c.scores!.length)).toEqual(c.scores);
    // Applying the cap again changes nothing.
    expect(fitNight(fitted)).toEqual(fitted);
  });

  it('leaves a case within its budget as it is (no marker, nothing cut)', () => {
    const e = toHistoryEntry(worstRun('s', mulberry32(3), 0.6, 3, 3), { time: 't', runId: 'r' });
    for (const c of e.cases) c.output = 'plain answer';
    const fitted = fitNight(e);
    expect(fitted).toEqual(e);
    expect(fitted.cases.every((c: HistoryCase) => c.trimmed === undefined)).toBe(true);
  });

  it('100 cases × repeat 3, non-ASCII, 64 nights through the real write path: within the stated bound, and drift still works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-size-'));
    dirs.push(dir);
    const store = createLocalHistoryStore(dir);
    const rng = mulberry32(20261207);
    const world = { pass: 0.8 };
    const runEval: RunEval = async (jobs) => ({
      costCapHit: false,
      results: jobs.map((j) => ({ label: j.label, suite: worstRun(j.suite.name, rng, world.pass) })),
    });
    const drift = DriftSchema.parse({ historyLimit: 60 });
    const statuses: string[] = [];
    for (let night = 1; night <= 64; night++) {
      // The last three nights: the model got clearly worse on every case.
      if (night === 62) world.pass = 0.55;
      const r = await runDriftCheck(
        { suites: [suite], drift, runId: `n${night}`, run: { toolVersion: 't', cacheTtlHours: 0 }, dashboard: false },
        {
          runEval,
          engine: {} as EngineDeps,
          clock: { now: () => Date.UTC(2026, 0, 1) + night * 86_400_000, monotonic: () => 0, sleep: async () => {} },
          history: store,
        },
      );
      expect(r.outcomes[0]!.error).toBeUndefined();
      statuses.push(r.outcomes[0]!.status);
    }
    const file = join(dir, `${suiteName}.json`);
    const size = (await stat(file)).size;
    const h = parseHistory(await readFile(file, 'utf8'), file);
    expect(h.entries).toHaveLength(60);
    expect(size).toBeLessThanOrEqual(historyBytesBound(100, 60));
    for (const e of h.entries) {
      expect(Math.max(...caseBytes(e))).toBeLessThanOrEqual(CASE_NIGHT_BYTES);
      expect(bytes(e)).toBeLessThanOrEqual(nightBytesBound(100));
    }
    // Collecting nights kept their re-runs for the baseline, and the quiet nights stayed quiet.
    expect(h.entries.filter((e) => e.reruns?.length === 4).length).toBeGreaterThanOrEqual(1);
    expect(statuses.slice(0, 3)).toEqual(['baseline', 'baseline', 'baseline']);
    expect(statuses.slice(3, 61).filter((s) => s === 'drifted')).toEqual([]);
    expect(statuses.slice(61)).toContain('drifted');
    expect(h.state.drifting).toBe(true);
    // The file says it is capped, and where a record was cut.
    expect(h.caseNightBytes).toBe(CASE_NIGHT_BYTES);
    expect(h.entries.some((e) => e.cases.some((c) => c.trimmed?.includes('output')))).toBe(true);
  }, 120_000);

  it('bounds the long ids of a file written before the cap as it reads it, so its nights pair with tonight', () => {
    const long = nastyId(1);
    const old = toHistoryEntry(worstRun('s', mulberry32(1), 0.6, 2, 3), { time: 't', runId: 'old' });
    old.cases = old.cases.map((c, i) => ({ ...c, id: i === 0 ? long : c.id }));
    const read = parseHistory(
      JSON.stringify({ schemaVersion: 2, suite: 's', entries: [old], state: { drifting: false } }),
      'f',
    );
    expect(read.entries[0]!.cases[0]!.id).toBe(storedName(long));
    // The live result is matched to the bounded id for the failing samples.
    const live = worstRun('s', mulberry32(2), 0, 2, 3);
    live.cases[0]!.id = long;
    expect(failingSamples(live, storedName(long))?.samples).toBe(3);
  });
});
