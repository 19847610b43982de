import { beforeEach, describe, expect, it } from 'vitest';
import { DriftSchema } from '../../../src/core/config/schema.js';
import type { ResolvedSuite } from '../../../src/core/config/resolved.js';
import { decideAction, healthyStreak, runDriftCheck, type DriftCheckOptions } from '../../../src/core/drift/check.js';
import type { EngineDeps, RunEval, RunOptions } from '../../../src/core/engine/types.js';
import { driftLogLine, renderDriftSummary } from '../../../src/core/drift/run-report.js';
import { entry, ids, suiteResult } from './helpers.js';
import { breachOf, breachText } from '../../../src/core/results/error-rate.js';
import { errorKindText } from '../../../src/core/results/error-kinds.js';
import { memoryIssues, memoryStore } from './memory.js';

const suite = (name: string): ResolvedSuite =>
  ({
    name,
    provider: { id: 'fast', type: 'openai', model: 'gpt-4o-mini', temperature: 0, timeoutMs: 1000, maxRetries: 0 },
  }) as unknown as ResolvedSuite;

/** A scripted engine: `world` says how many of 40 cases fail now and what the endpoint reports. */
function scriptedEngine() {
  const world = { failing: 0, served: 'gpt-4o-mini-2024-07-18', calls: [] as RunOptions[] };
  const runEval: RunEval = async (jobs, options) => {
    world.calls.push(options);
    return {
      costCapHit: false,
      results: jobs.map((j) => ({
        label: j.label,
        suite: suiteResult(
          j.suite.name,
          ids(40).map((id, i) => ({
            id,
            score: i < world.failing ? 0 : 1,
            output: i < world.failing ? `wrong ${id}` : `right ${id}`,
          })),
          { served: world.served },
        ),
      })),
    };
  };
  return { world, runEval };
}

describe('runDriftCheck', () => {
  let store: ReturnType<typeof memoryStore>;
  let issues: ReturnType<typeof memoryIssues>;
  let eng: ReturnType<typeof scriptedEngine>;
  let night = 0;
  const drift = DriftSchema.parse({ historyLimit: 20 });
  const check = (extra: Partial<DriftCheckOptions> = {}) =>
    runDriftCheck(
      {
        suites: [suite('greeting')],
        drift,
        runId: `n${++night}`,
        run: { toolVersion: 't', cacheTtlHours: 0 },
        ...extra,
      },
      {
        runEval: eng.runEval,
        engine: {} as EngineDeps,
        clock: { now: () => Date.UTC(2026, 9, 1) + night * 86_400_000, monotonic: () => 0, sleep: async () => {} },
        history: store,
        issues,
      },
    );

  beforeEach(() => {
    store = memoryStore();
    issues = memoryIssues();
    eng = scriptedEngine();
    night = 0;
  });

  /** The first runs of a segment only collect the baseline (3 before anything is judged). */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++)
      expect((await check()).outcomes[0]).toMatchObject({ status: 'baseline', action: 'none' });
  };

  it('runs live, collects a 3-run baseline, then stays quiet while nothing changes', async () => {
    await settle();
    expect(eng.world.calls[0]!.cacheMode).toBe('refresh');
    for (let i = 0; i < 10; i++) {
      const o = (await check()).outcomes[0]!;
      expect(o.status).toBe('healthy');
      expect(o.entry.evidence).toMatchObject({ drop: 0, runs: 1, cusum: 0 });
    }
    expect(issues.issues).toHaveLength(0);
    expect(eng.world.calls).toHaveLength(3 * 5 + 10); // collecting nights make their re-runs; quiet nights none
    expect(store.files.get('greeting')!.entries).toHaveLength(13);
    expect(store.dashboards.at(-1)).toContain('data-suite="greeting"');
  });

  it('confirms with re-runs judged together, opens one issue, comments while persisting, closes after recoverAfter healthy runs', async () => {
    await settle();
    eng.world.failing = 6;
    const opened = await check();
    expect(opened.outcomes[0]).toMatchObject({ status: 'drifted', action: 'open', confirmations: 4 });
    expect(opened.outcomes[0]!.entry.evidence).toMatchObject({ runs: 5, cusum: 0 });
    expect(eng.world.calls.at(-1)!.runId).toBe('n4-confirm4');
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]!.body).toContain('<!-- evalgate:drift suite=greeting -->');

    const persisting = await check();
    expect(persisting.outcomes[0]).toMatchObject({ status: 'drifted', action: 'comment', confirmations: 0 });
    expect(issues.issues[0]!.comments).toHaveLength(1);

    eng.world.failing = 0;
    expect((await check()).outcomes[0]).toMatchObject({ status: 'healthy', action: 'none', healthyStreak: 1 });
    expect(issues.issues[0]!.open).toBe(true);
    expect((await check()).outcomes[0]).toMatchObject({ status: 'healthy', action: 'close', healthyStreak: 2 });
    expect(issues.issues[0]!.open).toBe(false);
    expect(issues.issues[0]!.comments.at(-1)).toContain('Recovered');
    expect(issues.issues).toHaveLength(1);
  });

  it('reports both a history write failure and an issue failure, and never claims the failed action happened', async () => {
    await settle();
    eng.world.failing = 6;
    await check(); // issue #1 opened
    store.update = async () => {
      throw new Error('HTTP 403 on the data branch');
    };
    issues.comment = async () => {
      throw new Error('HTTP 403 on the comment');
    };
    const r = await check();
    const o = r.outcomes[0]!;
    expect(o).toMatchObject({ status: 'drifted', action: 'comment', actionFailed: true });
    expect(o.error).toBe(
      'could not write the history (memory): HTTP 403 on the data branch; could not comment the drift issue: HTTP 403 on the comment',
    );
    const line = driftLogLine(r);
    expect(line).toContain(
      'greeting DRIFTED 0.850 (base 1.000) comment of the issue #1 failed [error: could not write the history',
    );
    expect(line).not.toContain('commented on');
    expect(renderDriftSummary(r)).toContain('| [#1](u/1) comment of the issue failed |');
  });

  it('local mode (no tracker): the log line never claims an issue was touched', async () => {
    const local = (n: number) =>
      runDriftCheck(
        { suites: [suite('greeting')], drift, runId: `l${n}`, run: { toolVersion: 't', cacheTtlHours: 0 } },
        {
          runEval: eng.runEval,
          engine: {} as EngineDeps,
          clock: { now: () => Date.UTC(2026, 9, 1) + n * 86_400_000, monotonic: () => 0, sleep: async () => {} },
          history: store,
        },
      );
    for (let i = 1; i <= 3; i++) await local(i);
    eng.world.failing = 6;
    expect(driftLogLine(await local(4))).toMatch(/greeting DRIFTED 0\.850 \(base 1\.000\) drift opened$/);
    expect(driftLogLine(await local(5))).toMatch(/greeting DRIFTED 0\.850 \(base 1\.000\) still drifting$/);
  });

  it('does not alarm when the confirmation re-runs disagree: they are new evidence, judged with the check run', async () => {
    await settle();
    let n = 0;
    const inner = eng.runEval;
    eng.runEval = async (jobs, o, d) => {
      eng.world.failing = n++ === 0 ? 8 : 0; // only the first run of this check is bad
      return inner(jobs, o, d);
    };
    const r = await check();
    // Still strong evidence after 4 re-runs (z ≥ 2): as many again before deciding.
    expect(r.outcomes[0]).toMatchObject({ status: 'unconfirmed', action: 'none', confirmations: 8 });
    expect(r.outcomes[0]!.entry.evidence!.runs).toBe(9);
    expect(r.outcomes[0]!.entry.evidence!.drop).toBeCloseTo(8 / 40 / 9);
    expect(issues.issues).toHaveLength(0);
    // The suspicious check run never joins the baseline; its re-runs stand in for it once the next night is quiet.
    const stored = store.files.get('greeting')!.entries.at(-1)!;
    expect(stored.reruns?.map((e) => e.runId)).toEqual(Array.from({ length: 8 }, (_, i) => `n4-confirm${i + 1}`));
    expect((await check()).outcomes[0]!.baseline!.entries.map((e) => e.runId)).not.toContain('n4');
    expect((await check()).outcomes[0]!.baseline!.entries.map((e) => e.runId)).not.toContain('n4');
  });

  it('reports a model change as an event of its own without alarming', async () => {
    await settle();
    eng.world.served = 'gpt-4o-mini-2025-02-02';
    const r = await check();
    const o = r.outcomes[0]!;
    expect(o.status).toBe('healthy');
    expect(o.report!.signals.find((s) => s.name === 'model')!.detail).toContain('2025-02-02');
    expect(o.entry.modelChange).toEqual({
      kind: 'model',
      from: { servedModels: ['gpt-4o-mini-2024-07-18'], fingerprints: ['fp_1'] },
      to: { servedModels: ['gpt-4o-mini-2025-02-02'], fingerprints: ['fp_1'] },
    });
    expect(store.files.get('greeting')!.entries.at(-1)!.modelChange?.kind).toBe('model');
    expect(driftLogLine(r)).toContain('model changed: gpt-4o-mini-2024-07-18 (fp_1) → gpt-4o-mini-2025-02-02 (fp_1)');
    expect(renderDriftSummary(r)).toContain('🔄 model changed');
    expect((await check()).outcomes[0]!.entry.modelChange).toBeUndefined(); // the event is the night it happens
  });

  it('with notifyModelChange comments on the open drift issue the night the model changes', async () => {
    await settle();
    eng.world.failing = 6;
    await check();
    const n = issues.issues[0]!.comments.length;
    eng.world.served = 'gpt-4o-mini-2025-02-02';
    await runDriftCheck(
      {
        suites: [suite('greeting')],
        drift: { ...drift, notifyModelChange: true },
        runId: `n${++night}`,
        run: { toolVersion: 't', cacheTtlHours: 0 },
      },
      {
        runEval: eng.runEval,
        engine: {} as EngineDeps,
        clock: { now: () => Date.UTC(2026, 9, 1) + night * 86_400_000, monotonic: () => 0, sleep: async () => {} },
        history: store,
        issues,
      },
    );
    const added = issues.issues[0]!.comments.slice(n);
    expect(added.some((c) => c.includes('Served model changed') && c.includes('gpt-4o-mini-2025-02-02'))).toBe(true);
  });

  it('a prompt change starts a new baseline', async () => {
    await settle();
    const inner = eng.runEval;
    eng.runEval = async (jobs, o, d) => {
      const out = await inner(jobs, o, d);
      out.results[0]!.suite.promptVersion = 'bbbbbbbbbbbb';
      return out;
    };
    eng.world.failing = 20;
    expect((await check()).outcomes[0]).toMatchObject({ status: 'baseline', action: 'none' });
  });

  it('pins a baseline and keeps it (and the runs pooled with it) past the history limit', async () => {
    await check();
    await check({ pin: true });
    for (let i = 0; i < 25; i++) await check();
    const entries = store.files.get('greeting')!.entries;
    expect(entries.length).toBeLessThanOrEqual(20);
    expect(entries.filter((e) => e.pinned).map((e) => e.runId)).toEqual(['n2']);
    // window: half of historyLimit 20 = 10 runs, the pinning night and the next (collecting nights make 1 + 4 runs)
    expect(entries.map((e) => e.runId).slice(0, 2)).toEqual(['n2', 'n3']);
    expect(entries.slice(0, 2).flatMap((e) => e.reruns ?? [])).toHaveLength(8);
    eng.world.failing = 6;
    const r = await check();
    expect(r.outcomes[0]!.baseline).toMatchObject({ kind: 'pinned' });
    expect(r.outcomes[0]!.baseline!.entries).toHaveLength(10);
  });

  it('without an issue tracker keeps the drift state in the history', async () => {
    const local = memoryStore();
    const run = (n: number) =>
      runDriftCheck(
        { suites: [suite('greeting')], drift, runId: `l${n}`, run: { toolVersion: 't', cacheTtlHours: 0 } },
        {
          runEval: eng.runEval,
          engine: {} as EngineDeps,
          clock: { now: () => Date.UTC(2026, 9, 1) + n * 86_400_000, monotonic: () => 0, sleep: async () => {} },
          history: local,
        },
      );
    for (let i = 1; i <= 3; i++) await run(i);
    eng.world.failing = 6;
    expect((await run(4)).outcomes[0]!.action).toBe('open');
    expect(local.files.get('greeting')!.state).toMatchObject({ drifting: true });
    expect((await run(5)).outcomes[0]!.action).toBe('comment');
    eng.world.failing = 0;
    await run(6);
    expect((await run(7)).outcomes[0]!.action).toBe('close');
    expect(local.files.get('greeting')!.state.drifting).toBe(false);
  });

  it('treats a run with too many errors as inconclusive, neither alarm nor recovery', async () => {
    await settle();
    const inner = eng.runEval;
    eng.runEval = async (jobs, o, d) => {
      const out = await inner(jobs, o, d);
      out.results[0]!.suite.aggregates.errors = 30;
      out.results[0]!.suite.aggregates.samples = 70;
      return out;
    };
    eng.world.failing = 20;
    expect((await check()).outcomes[0]).toMatchObject({ status: 'inconclusive', action: 'none' });
  });

  it('a failing check says why, as `evalgate run` does: the error kind, its count and the first message', async () => {
    await settle();
    const inner = eng.runEval;
    eng.runEval = async (jobs, o, d) => {
      const out = await inner(jobs, o, d);
      const r = out.results[0]!.suite;
      for (const c of r.cases)
        c.samples = c.samples.map((x) => ({
          index: x.index,
          status: 'error',
          error: { kind: 'auth', message: 'Incorrect API key provided' },
          assertions: [],
          tokens: { input: 0, output: 0 },
          costUsd: null,
          cached: false,
          attempts: 1,
        }));
      Object.assign(r.aggregates, { ok: 0, errors: 40, meanScore: null });
      return out;
    };
    const result = await check();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({
      status: 'inconclusive',
      requestErrors: [{ kind: 'auth', count: 40, first: 'greeting/case-1#0: Incorrect API key provided' }],
    });
    expect(driftLogLine(result)).toContain(
      'greeting inconclusive – [requests failed: auth ×40 — first: greeting/case-1#0: Incorrect API key provided]',
    );
    expect(renderDriftSummary(result)).toContain(
      '- ❌ `greeting` requests failed: auth ×40 — first: greeting/case-1#0: Incorrect API key provided',
    );
    const b = breachOf({ suite: 'greeting', errors: 40, ok: 0, limit: 0.2 })!;
    expect(breachText({ ...b, cause: errorKindText(o.requestErrors![0]!) })).toBe(
      'greeting: 100% of requests failed (limit 20%) (auth ×40 — first: greeting/case-1#0: Incorrect API key provided)',
    );
  });
});

describe('healthyStreak / decideAction', () => {
  const c = [{ id: 'a', score: 1 }];
  it('counts healthy runs since the last drifted one, skipping inconclusive runs', () => {
    const list = [
      entry('1', 0, c, { status: 'drifted' }),
      entry('2', 1, c, { status: 'healthy' }),
      entry('3', 2, c, { status: 'inconclusive' }),
      entry('4', 3, c, { status: 'healthy' }),
    ];
    expect(healthyStreak(list)).toBe(2);
    expect(healthyStreak(list.slice(0, 1))).toBe(0);
  });
  it('maps status and issue state to one action', () => {
    expect(decideAction('drifted', false, 0, 2)).toBe('open');
    expect(decideAction('drifted', true, 0, 2)).toBe('comment');
    expect(decideAction('healthy', true, 1, 2)).toBe('none');
    expect(decideAction('healthy', true, 2, 2)).toBe('close');
    expect(decideAction('unconfirmed', false, 3, 2)).toBe('none');
    expect(decideAction('inconclusive', true, 9, 2)).toBe('none');
  });
});
