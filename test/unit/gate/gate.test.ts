// runGate end to end in-process: selection → plan → (scripted evaluation) → comparison → fail decision.
import { describe, expect, it } from 'vitest';
import type { EngineOutput } from '../../../src/core/engine/types.js';
import { runGate, shouldFail } from '../../../src/core/gate/gate.js';
import type { GatePlan } from '../../../src/core/gate/plan.js';
import { caseScores, suiteOf } from '../compare/builders.js';
import { config, suite } from './fixtures.js';

/** Scripted engine: every case passes on base; on head the first `headFails` cases fail. */
function engine(headFails: number, cases = 20) {
  const calls: GatePlan[] = [];
  const evaluate = async (plan: GatePlan): Promise<EngineOutput> => {
    calls.push(plan);
    return {
      costCapHit: false,
      results: plan.jobs.map((j) => ({
        label: j.label,
        suite: suiteOf(
          j.suite.name,
          Array.from({ length: cases }, (_, i) => {
            const n = j.sampleIndices ? (j.sampleIndices.get(`c${i}`)?.length ?? 0) : 2;
            return caseScores(
              `c${i}`,
              Array.from({ length: n }, () => (j.label === 'head' && i < headFails ? 0 : 1)),
            );
          }),
        ),
      })),
    };
  };
  return { calls, evaluate };
}

const base = config([suite('a'), suite('b'), suite('gone')]);
const head = config([suite('a'), suite('b'), suite('fresh')]);

describe('runGate', () => {
  it('fails on a real regression in a selected suite, lists unselected, new and removed suites', async () => {
    const e = engine(8);
    const out = await runGate({
      base,
      head,
      changedFiles: ['prompts/a.txt'],
      failOn: 'regression',
      evaluate: e.evaluate,
    });
    expect(e.calls).toHaveLength(1);
    expect(e.calls[0]!.jobs.map((j) => `${j.label}:${j.suite.name}`)).toEqual(['base:a', 'head:a', 'head:fresh']);
    const a = out.report.suites.find((s) => s.suite === 'a')!;
    expect(a.verdict).toBe('regression');
    expect(a.regressed).toHaveLength(8);
    expect(out.report.suites.find((s) => s.suite === 'fresh')!.status).toBe('new');
    expect(out.report.unselected).toEqual(['b']);
    expect(out.report.removed).toEqual(['gone']);
    expect(out.report.verdict).toBe('regression');
    expect(out.fail).toBe(true);
  });

  it('passes when nothing changed in the outputs, and fail-on never never fails', async () => {
    const ok = await runGate({
      base,
      head,
      changedFiles: ['prompts/a.txt'],
      failOn: 'regression',
      evaluate: engine(0).evaluate,
    });
    expect(ok.report.verdict).toBe('pass');
    expect(ok.fail).toBe(false);
    const never = await runGate({
      base,
      head,
      changedFiles: ['prompts/a.txt'],
      failOn: 'never',
      evaluate: engine(8).evaluate,
    });
    expect(never.report.verdict).toBe('regression');
    expect(never.fail).toBe(false);
  });

  it("judges with the base's gate rules so a PR cannot loosen its own gate", async () => {
    const loosened = config(head.suites, { gate: { ...head.gate, maxScoreDrop: 1 } });
    const out = await runGate({
      base,
      head: loosened,
      changedFiles: ['prompts/a.txt'],
      failOn: 'regression',
      evaluate: engine(8).evaluate,
    });
    expect(out.gate.maxScoreDrop).toBe(base.gate.maxScoreDrop);
    expect(out.fail).toBe(true);
  });

  it('does not call the engine when no suite is affected', async () => {
    const same = config([suite('a'), suite('b')]);
    const e = engine(0);
    const out = await runGate({
      base: same,
      head: same,
      changedFiles: ['docs/x.md'],
      failOn: 'regression',
      evaluate: e.evaluate,
    });
    expect(e.calls).toHaveLength(0);
    expect(out.report.verdict).toBe('skipped');
    expect(out.report.unselected).toEqual(['a', 'b']);
    expect(out.fail).toBe(false);
  });

  it('maps verdicts to failure per fail-on', () => {
    expect(shouldFail(['pass', 'inconclusive'], 'regression')).toBe(false);
    expect(shouldFail(['pass', 'inconclusive'], 'any')).toBe(true);
    expect(shouldFail(['over-budget'], 'regression')).toBe(true);
    expect(shouldFail(['below-min'], 'regression')).toBe(true);
    expect(shouldFail(['regression'], 'never')).toBe(false);
  });
});
