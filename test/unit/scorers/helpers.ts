// Test helpers: a score context and a one-assertion runner that goes through the real registry.
import { expect } from 'vitest';
import { scoreSample } from '../../../src/core/scorers/apply.js';
import { createRegistry, deterministicScorers, validateAssertion } from '../../../src/core/scorers/registry.js';
import type { AssertionResult, AssertionSpec, ScoreContext } from '../../../src/core/scorers/types.js';

export const registry = createRegistry(deterministicScorers());

export function ctxFor(output: string, extra: Partial<ScoreContext> = {}): ScoreContext {
  return {
    output,
    vars: {},
    messages: [{ role: 'user', content: 'hi' }],
    costUsd: 0.0001,
    tokens: { input: 10, output: 5 },
    suite: 's',
    caseId: 'c',
    latencyMs: 120,
    ...extra,
  };
}

/** Validates the spec as the config loader would, then scores it. */
export async function check(
  spec: AssertionSpec,
  output: string,
  extra: Partial<ScoreContext> = {},
): Promise<AssertionResult> {
  expect(validateAssertion(registry, spec)).toBeUndefined();
  const { assertions } = await scoreSample([spec], ctxFor(output, extra), registry);
  const [result] = assertions;
  if (!result) throw new Error('no result');
  return result;
}

/** Checks pass/fail of `type` and the flipped verdict of `not-type` on the same output. */
export async function expectVerdict(
  spec: AssertionSpec,
  output: string,
  pass: boolean,
  extra: Partial<ScoreContext> = {},
) {
  const plain = await check(spec, output, extra);
  expect(plain.error).toBeUndefined();
  expect(plain.pass).toBe(pass);
  expect(plain.reason).not.toMatch(/\n/);
  const negated = await check({ ...spec, type: `not-${spec.type}` }, output, extra);
  expect(negated.pass).toBe(!pass);
  expect(negated.score).toBeCloseTo(1 - plain.score, 10);
  expect(negated.reason).toBe(`[negated] ${plain.reason}`);
  return plain;
}
