// The judge identity (judge model, settings, rubric) and what the gate does when it differs between base
// and head: the suite is not comparable — no regression, no pass, no extra sampling rounds.
import { describe, expect, it } from 'vitest';
import { judgeChange, judgeChangeReason } from '../../../src/core/compare/comparability.js';
import { compareSuite } from '../../../src/core/compare/compare.js';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import { runGate } from '../../../src/core/gate/gate.js';
import type { GatePlan } from '../../../src/core/gate/plan.js';
import type { ProviderSettings } from '../../../src/core/model/types.js';
import { caseJudge, suiteJudge } from '../../../src/core/scorers/model-graded/judge-identity.js';
import type { AssertionSpec } from '../../../src/core/scorers/types.js';
import { caseScores, suiteOf } from '../compare/builders.js';
import { config, suite } from '../gate/fixtures.js';
import { registry } from './harness.js';

const mini: ProviderSettings = { id: 'grader', type: 'openai', model: 'gpt-4o-mini', timeoutMs: 1, maxRetries: 0 };
const big: ProviderSettings = { ...mini, model: 'gpt-4.1' };
const rubric = (value: string, extra: Partial<AssertionSpec> = {}): AssertionSpec => ({
  type: 'llm-rubric',
  value,
  ...extra,
});
const id = (assertions: AssertionSpec[], judge = mini, providers: Record<string, ProviderSettings> = {}) =>
  caseJudge(assertions, { scorers: registry, defaultJudge: judge, providers });

describe('judge identity', () => {
  it('is stable and covers the judge model, its settings and the rubric, not weights or thresholds', () => {
    const a = id([rubric('polite')]);
    expect(a).toBeDefined();
    expect(id([rubric('polite')])).toEqual(a);
    expect(a!.identity).toMatch(/^[0-9a-f]{12}$/);
    expect(a!.models).toEqual(['gpt-4o-mini']);
    // Judge model, temperature (the provider's or the assertion's override) and rubric each change it.
    expect(id([rubric('polite')], big)!.identity).not.toBe(a!.identity);
    expect(id([rubric('polite')], big)!.settings).not.toBe(a!.settings);
    expect(id([rubric('polite')], { ...mini, temperature: 0.7 })!.identity).not.toBe(a!.identity);
    expect(id([rubric('polite', { temperature: 0.5 })])!.identity).not.toBe(a!.identity);
    const reworded = id([rubric('polite and brief')])!;
    expect(reworded.identity).not.toBe(a!.identity);
    expect(reworded.settings).toBe(a!.settings);
    // What the judge neither is nor is told does not.
    expect(id([rubric('polite', { weight: 2, threshold: 0.8, retries: 1 })])!.identity).toBe(a!.identity);
    expect(id([rubric('polite'), { type: 'icontains', value: 'hi' }])!.identity).toBe(a!.identity);
    // The provider's temperature 0 is the judge's default: writing it out is the same judge.
    expect(id([rubric('polite')], { ...mini, temperature: 0 })!.identity).toBe(a!.identity);
    // An assertion's own `provider:` is its judge.
    const named = id([rubric('polite', { provider: 'strict' })], mini, { strict: big })!;
    expect(named.models).toEqual(['gpt-4.1']);
    expect(named.identity).toBe(id([rubric('polite')], big)!.identity);
  });

  it('is absent without an LLM-judged assertion, and the suite identity is over distinct case identities', () => {
    expect(id([{ type: 'icontains', value: 'hi' }])).toBeUndefined();
    const one = id([rubric('polite')]);
    const s = suiteJudge([one, undefined]);
    // A case added with a rubric the suite already has keeps the suite's identity.
    expect(suiteJudge([one, one, undefined])).toEqual(s);
    expect(suiteJudge([one, id([rubric('brief')])])!.identity).not.toBe(s!.identity);
    expect(suiteJudge([undefined])).toBeUndefined();
  });
});

function judged(name: string, judge: ProviderSettings, rubricText = 'polite', n = 10) {
  const j = id([rubric(rubricText)], judge)!;
  const cases = Array.from({ length: n }, (_, i) => ({ ...caseScores(`c${i}`, [1, 1]), judge: j.identity }));
  const s = suiteOf(name, cases);
  s.judge = suiteJudge(cases.map(() => j))!;
  return s;
}

describe('a judge change in the comparison', () => {
  const gate = config([suite('x')]).gate;

  it('makes the suite not comparable with the reason, and never a regression', () => {
    const base = judged('answers', mini);
    const head = judged('answers', big);
    // Head scores far lower under the stricter judge: a regression by the numbers.
    for (const c of head.cases) Object.assign(c, caseScores(c.id, [0, 0]), { judge: c.judge });
    const j = judgeChange(base, head)!;
    expect(j).toMatchObject({ from: ['gpt-4o-mini'], to: ['gpt-4.1'], settingsChanged: true, shared: 10 });
    const cmp = compareSuite(base, head, gate);
    expect(cmp.verdict).toBe('inconclusive');
    expect(cmp.reason).toBe(judgeChangeReason(j));
    expect(cmp.reason).toContain(
      'not comparable: the judge changed: gpt-4o-mini → gpt-4.1; scores from different judges are not comparable',
    );
    expect(cmp.regressed).toEqual([]);
    expect(cmp.judgeChange).toBeDefined();
  });

  it('names a rubric change and its cases; added cases and unknown (older) identities are not a change', () => {
    const base = judged('answers', mini);
    const head = judged('answers', mini);
    const other = id([rubric('polite and brief')])!.identity;
    head.cases[2]!.judge = other;
    expect(judgeChangeReason(judgeChange(base, head)!)).toContain("the judge's rubric changed on 1 of 10 cases (c2)");
    // A case only head has is not compared, so its rubric is no change.
    const added = judged('answers', mini);
    added.cases.push({ ...caseScores('new', [1]), judge: other });
    expect(judgeChange(base, added)).toBeUndefined();
    // A results file from before judge identities: unknown, not a change.
    const old = judged('answers', mini);
    for (const c of old.cases) delete c.judge;
    delete old.judge;
    expect(judgeChange(old, judged('answers', big))).toBeUndefined();
  });

  it('a rubric edited on a few cases sets those aside and compares the rest: a break there still fails', () => {
    const base = judged('answers', mini, 'polite', 12);
    const head = judged('answers', mini, 'polite', 12);
    const other = id([rubric('polite and brief')])!.identity;
    for (const c of head.cases.slice(2, 4)) Object.assign(c, caseScores(c.id, [0, 0]), { judge: other });
    // The cases whose rubric did not change break: the edit of two rubrics must not hide it.
    for (const c of head.cases.slice(4)) Object.assign(c, caseScores(c.id, [0, 0]), { judge: c.judge });
    const cmp = compareSuite(base, head, gate);
    expect(cmp.notComparable).toBeUndefined();
    expect(cmp.verdict).toBe('regression');
    expect(cmp.score.pairedCases).toBe(10);
    expect(cmp.reason).toContain('(2 of 12 cases not compared: their rubric changed (c2, c3);');
    expect(cmp.regressed.map((c) => c.id)).not.toContain('c2');
    // Too few cases left (4 of 12 under the old rubric): the suite is not comparable, as before.
    const most = judged('answers', mini, 'polite', 12);
    for (const c of most.cases.slice(0, 8)) c.judge = other;
    const all = compareSuite(base, most, gate);
    expect(all.verdict).toBe('inconclusive');
    expect(all.notComparable).toContain("the judge's rubric changed on 8 of 12 cases");
  });

  it('in the PR gate: no extra rounds, inconclusive, and the step passes under fail-on regression', async () => {
    const plans: GatePlan[] = [];
    const evaluate = async (plan: GatePlan): Promise<EngineOutput> => {
      plans.push(plan);
      return {
        costCapHit: false,
        results: plan.jobs.map((job) => {
          // Outcomes that vary: without the judge rule the gate would sample more rounds.
          const s = judged(job.suite.name, job.label === 'head' ? big : mini);
          for (const [i, c] of s.cases.entries())
            Object.assign(c, caseScores(c.id, job.label === 'head' ? [0, i % 2] : [1, i % 2]), { judge: c.judge });
          return { label: job.label, suite: s };
        }),
      };
    };
    const common = { changedFiles: ['evalgate.yml'], evaluate };
    const base = config([suite('answers', { raw: { judge: 'mini' } })]);
    const head = config([suite('answers', { raw: { judge: 'big' } })]);
    const out = await runGate({ head, base, ...common, failOn: 'regression' });
    expect(plans).toHaveLength(1);
    const s = out.report.suites[0]!;
    expect(s.verdict).toBe('inconclusive');
    expect(s.sequential?.stoppedBy).toBe('not-comparable');
    expect(s.sequential?.rounds).toBe(1);
    expect(s.reason).toContain('the judge changed: gpt-4o-mini → gpt-4.1');
    expect(out.fail).toBe(false);
    expect((await runGate({ head, base, ...common, failOn: 'any' })).fail).toBe(true);
  });
});

describe('a rubric edit on a few cases in the PR gate', () => {
  it('sets them aside and decides on the rest: the break of the others is a regression, not "not comparable"', async () => {
    const other = id([rubric('polite and brief')])!.identity;
    const evaluate = async (plan: GatePlan): Promise<EngineOutput> => ({
      costCapHit: false,
      results: plan.jobs.map((job) => {
        const s = judged(job.suite.name, mini, 'polite', 12);
        if (job.label === 'head')
          for (const [i, c] of s.cases.entries())
            Object.assign(c, caseScores(c.id, [0, 0]), { judge: i < 2 ? other : c.judge });
        return { label: job.label, suite: s };
      }),
    });
    const cfg = config([suite('answers')]);
    const out = await runGate({ head: cfg, base: cfg, changedFiles: [], all: true, evaluate, failOn: 'regression' });
    const s = out.report.suites[0]!;
    expect(s.sequential?.stoppedBy).not.toBe('not-comparable');
    expect(s.verdict).toBe('regression');
    expect(s.reason).toContain('2 of 12 cases not compared: their rubric changed (c0, c1)');
    expect(out.fail).toBe(true);
  });
});

describe('the judge of a sharded suite', () => {
  it('the merge gives the identity one run gives, and adds up the self-consistency checks', async () => {
    const { mergeSuite } = await import('../../../src/core/shard/merge.js');
    const a = id([rubric('polite')])!;
    const b = id([rubric('brief')])!;
    const whole = suiteJudge([a, b, a]);
    const part = (js: (typeof a)[], ids: string[], agree: number) => {
      const cases = ids.map((cid, i) => ({ ...caseScores(cid, [1]), judge: js[i]!.identity }));
      const s = suiteOf('answers', cases);
      s.judge = suiteJudge(js)!;
      s.judgeConsistency = {
        n: 2,
        agree,
        rate: agree / 2,
        rateCi: [0, 1],
        meanScoreDiff: agree === 2 ? 0 : 0.5,
        maxScoreDiff: agree === 2 ? 0 : 0.8,
        disagreements: agree === 2 ? [] : [ids[0]!],
        errors: 0,
      };
      return s;
    };
    const merged = mergeSuite([
      { suite: part([a], ['c0'], 2), index: [0] },
      { suite: part([b, a], ['c1', 'c2'], 1), index: [1, 2] },
    ]);
    expect(merged.judge).toEqual(whole);
    expect(merged.judgeConsistency).toMatchObject({
      n: 4,
      agree: 3,
      rate: 0.75,
      disagreements: ['c1'],
      maxScoreDiff: 0.8,
    });
    expect(merged.judgeConsistency!.meanScoreDiff).toBeCloseTo(0.25, 12);
    expect(merged.judgeConsistency!.rateCi[0]).toBeGreaterThan(0);
  });
});
