import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assertionFiles,
  createRegistry,
  deterministicScorers,
  lookupScorer,
  validateAssertion,
} from '../../../src/core/scorers/registry.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import { editDistance } from '../../../src/core/config/did-you-mean.js';
import { registry } from './helpers.js';

const foreign: Scorer = {
  type: 'llm-rubric',
  negatable: true,
  modelGraded: true,
  // Written the way another module might: strict, without the common keys.
  schema: z.strictObject({ type: z.string(), value: z.string().min(1) }),
  score: () => ({ score: 1, pass: true, reason: 'ok' }),
};

describe('registry', () => {
  it('registers every deterministic type once and refuses duplicates', () => {
    const types = deterministicScorers().map((s) => s.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of [
      'equals',
      'contains',
      'icontains',
      'contains-any',
      'contains-all',
      'regex',
      'starts-with',
      'is-json',
      'json-schema',
      'length',
      'word-count',
      'latency',
      'cost',
      'tokens',
      'javascript',
    ]) {
      expect(registry.has(t), t).toBe(true);
    }
    expect(() => createRegistry(deterministicScorers(), [foreign, foreign])).toThrow(/registered twice/);
  });

  it('looks up not- forms only for negatable scorers, exact names first', () => {
    expect(lookupScorer(registry, 'contains')).toMatchObject({ negate: false });
    expect(lookupScorer(registry, 'not-contains')).toMatchObject({ negate: true, scorer: { type: 'contains' } });
    expect(lookupScorer(registry, 'not-cost')).toBeUndefined();
    expect(lookupScorer(registry, 'nope')).toBeUndefined();
    const own: Scorer = { ...foreign, type: 'not-refusal' };
    expect(lookupScorer(createRegistry([own]), 'not-refusal')).toMatchObject({ negate: false });
  });

  it('suggests the closest type for a typo', () => {
    expect(validateAssertion(registry, { type: 'icontain', value: 'x' })).toBe(
      'unknown assertion type "icontain" (did you mean "icontains"?)',
    );
    expect(validateAssertion(registry, { type: 'json_schema', value: {} })).toMatch(/did you mean "json-schema"/);
    expect(validateAssertion(registry, { type: 'not-contans', value: 'x' })).toMatch(/did you mean "not-contains"/);
    expect(validateAssertion(registry, { type: 'Regex', value: 'x' })).toMatch(/did you mean "regex"/);
    expect(validateAssertion(registry, { type: 'sentiment' })).toBe('unknown assertion type "sentiment"');
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('reports unknown keys, wrong types and bad common keys in one line', () => {
    expect(validateAssertion(registry, { type: 'contains', vaule: 'x' })).toBe(
      'contains: value: is required; unknown key "vaule"',
    );
    expect(validateAssertion(registry, { type: 'contains-any', value: 'x' })).toMatch(/^contains-any: value: /);
    expect(validateAssertion(registry, { type: 'contains', value: 'x', weight: -1 })).toMatch(/^contains: weight: /);
    expect(validateAssertion(registry, { type: 'contains', value: 'x', threshold: 2 })).toMatch(
      /^contains: threshold: /,
    );
    expect(validateAssertion(registry, { type: 'contains', value: 'x', weight: 2, threshold: 0.5 })).toBeUndefined();
  });

  it('always allows the common keys for a plugged-in scorer schema', () => {
    const reg = createRegistry(deterministicScorers(), [foreign]);
    expect(
      validateAssertion(reg, { type: 'llm-rubric', value: 'polite', weight: 2, threshold: 0.8, provider: 'judge' }),
    ).toBeUndefined();
    expect(validateAssertion(reg, { type: 'not-llm-rubric', value: 'polite' })).toBeUndefined();
    expect(validateAssertion(reg, { type: 'llm-rubric', value: 'polite', rubricx: 1 })).toMatch(
      /unknown key "rubricx"/,
    );
    expect(validateAssertion(reg, { type: 'llm-rubric' })).toBe('llm-rubric: value: is required');
  });

  it('lists the files an assertion depends on', () => {
    expect(assertionFiles(registry, { type: 'not-javascript', value: 'checks/a.js:f' })).toEqual(['checks/a.js']);
    expect(assertionFiles(registry, { type: 'contains', value: 'x' })).toEqual([]);
    expect(assertionFiles(registry, { type: 'unknown' })).toEqual([]);
  });
});
