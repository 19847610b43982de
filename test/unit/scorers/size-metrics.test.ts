import { describe, expect, it } from 'vitest';
import { validateAssertion } from '../../../src/core/scorers/registry.js';
import { check, expectVerdict, registry } from './helpers.js';

describe('length and word-count', () => {
  it('checks character bounds in code points', async () => {
    await expectVerdict({ type: 'length', value: { max: 5 } }, 'hello', true);
    await expectVerdict({ type: 'length', value: { max: 4 } }, 'hello', false);
    await expectVerdict({ type: 'length', value: { min: 2, max: 2 } }, '😀😀', true);
    const r = await check({ type: 'length', value: { min: 10 } }, 'short');
    expect(r.reason).toMatch(/^expected at least 10 characters; got 5/);
  });

  it('counts words separated by any whitespace', async () => {
    await expectVerdict({ type: 'word-count', value: { min: 3, max: 3 } }, '  one\ttwo\n three ', true);
    await expectVerdict({ type: 'word-count', value: { min: 1 } }, '   ', false);
    const r = await check({ type: 'word-count', value: { min: 1, max: 2 } }, 'a b c');
    expect(r.reason).toMatch(/^expected between 1 and 2 words; got 3/);
  });

  it('rejects empty or inverted bounds', () => {
    expect(validateAssertion(registry, { type: 'length', value: {} })).toMatch(/give min, max or both/);
    expect(validateAssertion(registry, { type: 'length', value: { min: 5, max: 2 } })).toMatch(
      /min must not exceed max/,
    );
    expect(validateAssertion(registry, { type: 'word-count' })).toBe('word-count: value: is required');
  });
});

describe('latency', () => {
  it('passes at or under the limit and uses the recorded latency', async () => {
    expect((await check({ type: 'latency', value: 500 }, 'x', { latencyMs: 500 })).pass).toBe(true);
    const slow = await check({ type: 'latency', value: 500 }, 'x', { latencyMs: 812.4 });
    expect(slow.pass).toBe(false);
    expect(slow.reason).toBe('expected latency ≤ 500 ms; got 812 ms');
  });

  it('is an error when latency is unknown, and cannot be negated', async () => {
    const r = await check({ type: 'latency', value: 500 }, 'x', { latencyMs: undefined });
    expect(r.error).toMatch(/latency unknown/);
    expect(validateAssertion(registry, { type: 'not-latency', value: 5 })).toBe(
      'assertion type "latency" cannot be negated with "not-"',
    );
  });
});

describe('cost', () => {
  it('passes under the cap and fails over it', async () => {
    expect((await check({ type: 'cost', value: 0.001 }, 'x', { costUsd: 0.0005 })).pass).toBe(true);
    const r = await check({ type: 'cost', value: 0.001 }, 'x', { costUsd: 0.002 });
    expect(r.pass).toBe(false);
    expect(r.reason).toContain('got $0.00200');
  });

  it('reports an unknown price as an error, never a pass', async () => {
    const r = await check({ type: 'cost', value: 1 }, 'x', { costUsd: null });
    expect(r.pass).toBe(false);
    expect(r.error).toMatch(/^price unknown/);
  });
});

describe('tokens', () => {
  it('a number caps output tokens', async () => {
    expect((await check({ type: 'tokens', value: 5 }, 'x', { tokens: { input: 999, output: 5 } })).pass).toBe(true);
    const r = await check({ type: 'tokens', value: 4 }, 'x', { tokens: { input: 1, output: 5 } });
    expect(r.pass).toBe(false);
    expect(r.reason).toBe('tokens over budget: output 5 (max 4)');
  });

  it('an object caps input, output and total', async () => {
    const tokens = { input: 100, output: 50 };
    expect((await check({ type: 'tokens', value: { input: 100, total: 150 } }, 'x', { tokens })).pass).toBe(true);
    const r = await check({ type: 'tokens', value: { input: 200, total: 149 } }, 'x', { tokens });
    expect(r.pass).toBe(false);
    expect(r.reason).toBe('tokens over budget: total 150 (max 149)');
    expect(validateAssertion(registry, { type: 'tokens', value: {} })).toMatch(/give input, output or total/);
  });
});
