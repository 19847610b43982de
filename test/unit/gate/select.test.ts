import { describe, expect, it } from 'vitest';
import { planGate } from '../../../src/core/gate/plan.js';
import { selectSuites } from '../../../src/core/gate/select.js';
import { config, suite } from './fixtures.js';

const pair = () => {
  const a = suite('a', { casesPath: 'evals/a.yaml', files: ['prompts/a.txt', 'evals/a.yaml', 'schemas/a.json'] });
  const b = suite('b', { watch: ['src/retrieval/**/*.ts'] });
  const c = suite('c');
  return { base: config([a, b, c]), head: config([a, b, c]) };
};

describe('selectSuites', () => {
  it('selects nothing when no dependency changed', () => {
    const { base, head } = pair();
    const s = selectSuites({ base, head, changedFiles: ['README.md', 'src/other.ts'] });
    expect(s.compared).toEqual([]);
    expect(s.unselected).toEqual(['a', 'b', 'c']);
  });

  it('selects on prompt, cases, referenced files and watch globs', () => {
    const { base, head } = pair();
    expect(selectSuites({ base, head, changedFiles: ['prompts/a.txt'] }).compared).toEqual(['a']);
    expect(selectSuites({ base, head, changedFiles: ['evals/a.yaml'] }).compared).toEqual(['a']);
    expect(selectSuites({ base, head, changedFiles: ['schemas/a.json'] }).compared).toEqual(['a']);
    const w = selectSuites({ base, head, changedFiles: ['src/retrieval/deep/x.ts'] });
    expect(w.compared).toEqual(['b']);
    expect(w.reasons.b).toMatch(/matches watch/);
    expect(selectSuites({ base, head, changedFiles: ['src/retrieval/x.js'] }).compared).toEqual([]);
  });

  it('selects a suite whose prompt moved (the base path changed)', () => {
    const { base } = pair();
    const head = config([
      suite('a', { promptPath: 'prompts/a2.txt', files: ['prompts/a2.txt'] }),
      base.suites[1]!,
      base.suites[2]!,
    ]);
    expect(selectSuites({ base, head, changedFiles: ['prompts/a.txt'] }).compared).toContain('a');
  });

  it('on a config edit selects only the suites whose effective configuration changed', () => {
    const { base } = pair();
    const a2 = { ...base.suites[0]!, raw: { name: 'a', prompt: 'prompts/a.txt', cases: [], repeat: 3 } };
    const b2 = { ...base.suites[1]!, provider: { ...base.suites[1]!.provider, temperature: 0.7 } };
    const head = config([a2, b2, base.suites[2]!]);
    const s = selectSuites({ base, head, changedFiles: ['evalgate.yml'] });
    expect(s.compared).toEqual(['a', 'b']);
    expect(s.reasons.b).toMatch(/provider fast changed/);
    expect(s.unselected).toEqual(['c']);
  });

  it('ignores key order and secrets, catches a price change of the model used', () => {
    const { base } = pair();
    const reordered = base.suites.map((x) => ({
      ...x,
      raw: Object.fromEntries(Object.entries(x.raw as object).reverse()),
      provider: { ...x.provider, apiKey: 'sk-other' },
    }));
    expect(selectSuites({ base, head: config(reordered), changedFiles: ['evalgate.yml'] }).compared).toEqual([]);
    const priced = config(base.suites, { pricing: { 'gpt-4o-mini': { input: 0.3, output: 0.6 } } });
    const s = selectSuites({ base, head: priced, changedFiles: ['evalgate.yml'] });
    expect(s.compared).toEqual(['a', 'b', 'c']);
    expect(s.reasons.a).toMatch(/price of gpt-4o-mini/);
  });

  it('runs new suites head-only and lists removed ones', () => {
    const { base } = pair();
    const head = config([base.suites[0]!, suite('d')]);
    const s = selectSuites({ base, head, changedFiles: ['evalgate.yml'] });
    expect(s.added).toEqual(['d']);
    expect(s.removed).toEqual(['b', 'c']);
    expect(s.compared).toEqual([]);
  });

  it('treats every head suite as new without a base config, and everything as selected past the file cap', () => {
    const { base, head } = pair();
    expect(selectSuites({ head, changedFiles: [] }).added).toEqual(['a', 'b', 'c']);
    const capped = selectSuites({ base, head, changedFiles: [], capped: true });
    expect(capped.compared).toEqual(['a', 'b', 'c']);
    expect(capped.all).toBe(true);
    expect(capped.reasons.c).toMatch(/3,000/);
  });
});

describe('planGate', () => {
  it('interleaves base and head jobs, head-only for new suites, head repeat on both sides', () => {
    const { base } = pair();
    const headA = { ...base.suites[0]!, repeat: 3, promptSource: 'changed' };
    const head = config([headA, base.suites[1]!, suite('d')]);
    const sel = selectSuites({ base, head, changedFiles: ['prompts/a.txt', 'src/retrieval/q.ts'] });
    const plan = planGate(sel, head, base);
    expect(plan.jobs.map((j) => `${j.label}:${j.suite.name}`)).toEqual([
      'base:a',
      'head:a',
      'base:b',
      'head:b',
      'head:d',
    ]);
    expect(plan.jobs[0]!.suite.repeat).toBe(3);
    expect(plan.jobs[0]!.suite.promptSource).toBe('Say hello to {{name}}');
  });

  it('keeps base and head javascript checks apart when the check changed', () => {
    const baseFn = () => true;
    const headFn = () => false;
    const js = suite('j', {
      cases: [{ id: 'c', vars: {}, assertions: [{ type: 'javascript', value: 'checks/j.mjs' }] }],
    });
    const base = config([js], { functions: new Map([['checks/j.mjs', baseFn]]) });
    const head = config([js], { functions: new Map([['checks/j.mjs', headFn]]) });
    const plan = planGate(selectSuites({ base, head, changedFiles: ['prompts/j.txt'] }), head, base);
    const baseValue = plan.jobs[0]!.suite.cases[0]!.assertions[0]!.value as string;
    expect(baseValue).not.toBe('checks/j.mjs');
    expect(plan.functions.get(baseValue)).toBe(baseFn);
    expect(plan.functions.get('checks/j.mjs')).toBe(headFn);
    expect(plan.jobs[1]!.suite.cases[0]!.assertions[0]!.value).toBe('checks/j.mjs');
  });
});
