// The judge is part of what a baseline is: a judge change (model, settings, rubric) starts a new baseline
// segment — a reset, shown in the summary and on an open drift issue — and never a drift alarm. History
// written before judge identities existed has none: unknown, which is never read as a change.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedSuite } from '../../../src/core/config/resolved.js';
import { DriftSchema } from '../../../src/core/config/schema.js';
import { selectBaseline } from '../../../src/core/drift/baseline.js';
import { runDriftCheck } from '../../../src/core/drift/check.js';
import { judgeChangeOf, parseHistory, sameSegment, serializeHistory } from '../../../src/core/drift/history.js';
import { driftLogLine, renderDriftSummary } from '../../../src/core/drift/run-report.js';
import type { EngineDeps, RunEval } from '../../../src/core/engine/types.js';
import { entry, ids, suiteResult } from './helpers.js';
import { memoryIssues, memoryStore } from './memory.js';

const suite = { name: 'greeting', provider: { id: 'fast', model: 'gpt-4o-mini' } } as unknown as ResolvedSuite;

/** The judge of the world: undefined = results without a judge identity (an older evalgate). */
interface World {
  failing: number;
  judge?: { identity: string; settings: string; models: string[] };
}

function engine(world: World): RunEval {
  return async (jobs) => ({
    costCapHit: false,
    results: jobs.map((j) => {
      const s = suiteResult(
        j.suite.name,
        ids(40).map((id, i) => ({ id, score: i < world.failing ? 0 : 1 })),
      );
      if (world.judge) s.judge = world.judge;
      return { label: j.label, suite: s };
    }),
  });
}

const MINI = { identity: 'aaaaaaaaaaaa', settings: 'sssssssssss1', models: ['gpt-4o-mini'] };
const BIG = { identity: 'bbbbbbbbbbbb', settings: 'sssssssssss2', models: ['gpt-4.1'] };

describe('drift: a judge change', () => {
  let store: ReturnType<typeof memoryStore>;
  let issues: ReturnType<typeof memoryIssues>;
  let world: World;
  let night = 0;
  const drift = DriftSchema.parse({ historyLimit: 40, confirmRuns: 0 });
  const check = () =>
    runDriftCheck(
      { suites: [suite], drift, runId: `n${++night}`, run: { toolVersion: 't', cacheTtlHours: 0 } },
      {
        runEval: engine(world),
        engine: {} as EngineDeps,
        clock: { now: () => Date.UTC(2026, 9, 1) + night * 86_400_000, monotonic: () => 0, sleep: async () => {} },
        history: store,
        issues,
      },
    );

  beforeEach(() => {
    store = memoryStore();
    issues = memoryIssues();
    world = { failing: 0, judge: MINI };
    night = 0;
  });

  it('starts a new baseline segment, says so, and never alarms on the new judge’s lower scores', async () => {
    for (let i = 0; i < 4; i++) await check();
    expect(store.files.get('greeting')!.entries.at(-1)!.status).toBe('healthy');
    // The stricter judge fails half the cases: a drop of 0.5 under the old baseline.
    world = { failing: 20, judge: BIG };
    const r = await check();
    const o = r.outcomes[0]!;
    expect(o).toMatchObject({ status: 'baseline', action: 'none' });
    expect(o.entry.judgeChange).toEqual({ from: ['gpt-4o-mini'], to: ['gpt-4.1'] });
    expect(issues.issues).toHaveLength(0);
    expect(renderDriftSummary(r)).toContain(
      '- ⚖️ `greeting`: baseline reset: the judge changed: gpt-4o-mini → gpt-4.1. Scores from different judges are not comparable',
    );
    expect(driftLogLine(r)).toContain('[the judge changed: gpt-4o-mini → gpt-4.1; new baseline]');
    // The new judge's segment collects its own baseline, then judges against it: quiet, no issue.
    for (let i = 0; i < 2; i++) expect((await check()).outcomes[0]!.status).toBe('baseline');
    const next = (await check()).outcomes[0]!;
    expect(next.status).toBe('healthy');
    expect(next.entry.judgeChange).toBeUndefined();
    expect(issues.issues).toHaveLength(0);
  });

  it('comments on an open drift issue instead of alarming', async () => {
    for (let i = 0; i < 4; i++) await check();
    world.failing = 12;
    await check();
    expect(issues.issues).toHaveLength(1);
    const before = issues.issues[0]!.comments.length;
    world = { failing: 20, judge: BIG };
    const o = (await check()).outcomes[0]!;
    expect(o.status).toBe('baseline');
    expect(issues.issues).toHaveLength(1);
    const added = issues.issues[0]!.comments.slice(before);
    expect(added.some((c) => c.includes('the judge changed: `gpt-4o-mini` → `gpt-4.1`'))).toBe(true);
    expect(added.join('\n')).toContain('new baseline segment');
  });

  it('history without judge identities still loads and is not a change; the next known judge then counts', async () => {
    world = { failing: 0 };
    for (let i = 0; i < 3; i++) await check();
    // Round-trip through the file format: the old entries keep no judge field.
    const text = serializeHistory(store.files.get('greeting')!);
    expect(text).not.toContain('"judge"');
    const loaded = parseHistory(text, 'greeting.json');
    expect(loaded.entries).toHaveLength(3);
    // The upgrade: the judge is known from now on, which is no change and no reset.
    world = { failing: 0, judge: MINI };
    const o = (await check()).outcomes[0]!;
    expect(o.status).toBe('healthy');
    expect(o.entry.judgeChange).toBeUndefined();
    expect(o.entry.judge).toBe(MINI.identity);
  });
});

describe('judge segments', () => {
  const cases = ids(10).map((id) => ({ id, score: 1 }));
  const withJudge = (e: ReturnType<typeof entry>, j?: typeof MINI) =>
    j ? { ...e, judge: j.identity, judgeModels: j.models } : e;

  it('an unknown judge matches either side; a known change cuts the segment', () => {
    const old = [0, 1, 2].map((d) => entry(`u${d}`, d, cases));
    const mini = [3, 4, 5].map((d) => withJudge(entry(`m${d}`, d, cases), MINI));
    const big = [6, 7, 8].map((d) => withJudge(entry(`b${d}`, d, cases), BIG));
    expect(sameSegment(old[0]!, mini[0]!)).toBe(true);
    expect(sameSegment(mini[0]!, big[0]!)).toBe(false);
    const now = withJudge(entry('now', 9, cases), BIG);
    // Under the new judge only its own runs form the baseline: not the old unknown-judge runs either.
    const b = selectBaseline([...old, ...mini, ...big], now, 30)!;
    expect(b.entries.map((e) => e.runId)).toEqual(['b6', 'b7', 'b8']);
    // Under the first known judge the older unknown runs still count (they were never a change).
    const m = selectBaseline([...old, ...mini], withJudge(entry('m9', 9, cases), MINI), 30)!;
    expect(m.entries.map((e) => e.runId)).toEqual(['u0', 'u1', 'u2', 'm3', 'm4', 'm5']);
    expect(judgeChangeOf([...old, ...mini], now)).toEqual({ from: ['gpt-4o-mini'], to: ['gpt-4.1'] });
    expect(judgeChangeOf(old, now)).toBeUndefined();
  });
});
