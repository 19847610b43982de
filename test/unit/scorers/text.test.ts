import { describe, expect, it } from 'vitest';
import { check, expectVerdict } from './helpers.js';

describe('equals', () => {
  it('compares trimmed text by default and exactly with trim: false', async () => {
    await expectVerdict({ type: 'equals', value: 'Paris' }, 'Paris\n', true);
    await expectVerdict({ type: 'equals', value: 'Paris' }, 'paris', false);
    await expectVerdict({ type: 'equals', value: 'Paris', trim: false }, 'Paris\n', false);
  });

  it('compares a number value as text', async () => {
    await expectVerdict({ type: 'equals', value: 42 }, ' 42 ', true);
  });

  it('compares an object value with the output parsed as JSON', async () => {
    await expectVerdict({ type: 'equals', value: { a: 1, b: [2] } }, '{"b":[2],"a":1}', true);
    await expectVerdict({ type: 'equals', value: { a: 1 } }, '{"a":2}', false);
    const r = await check({ type: 'equals', value: { a: 1 } }, 'not json');
    expect(r.reason).toContain('non-JSON');
  });

  it('says what it expected and what it got', async () => {
    const r = await check({ type: 'equals', value: 'yes' }, 'no');
    expect(r.reason).toBe('expected "yes"; got "no"');
  });
});

describe('starts-with', () => {
  it('ignores leading whitespace of the output', async () => {
    await expectVerdict({ type: 'starts-with', value: 'Dear' }, '\n Dear Alice', true);
    await expectVerdict({ type: 'starts-with', value: 'Dear' }, 'Hello Dear', false);
  });
});

describe('contains family', () => {
  it('contains is case-sensitive, icontains is not', async () => {
    await expectVerdict({ type: 'contains', value: 'Hello' }, 'Hello world', true);
    await expectVerdict({ type: 'contains', value: 'hello' }, 'Hello world', false);
    await expectVerdict({ type: 'icontains', value: 'hello' }, 'HELLO world', true);
    await expectVerdict({ type: 'icontains', value: 'bye' }, 'HELLO world', false);
    await expectVerdict({ type: 'contains', value: 42 }, 'Order 42', true);
  });

  it('contains-any passes on one hit and names it', async () => {
    const r = await expectVerdict({ type: 'contains-any', value: ['cat', 'dog'] }, 'a dog', true);
    expect(r.reason).toContain('"dog"');
    await expectVerdict({ type: 'contains-any', value: ['cat', 'dog'] }, 'a bird', false);
    await expectVerdict({ type: 'icontains-any', value: ['CAT'] }, 'a cat', true);
  });

  it('contains-all scores the share found and passes only with all', async () => {
    const partial = await expectVerdict({ type: 'contains-all', value: ['a', 'b', 'c', 'd'] }, 'a b', false);
    expect(partial.score).toBe(0.5);
    expect(partial.reason).toContain('["c","d"]');
    const full = await expectVerdict({ type: 'contains-all', value: ['a', 'b'] }, 'b a', true);
    expect(full.score).toBe(1);
    await expectVerdict({ type: 'icontains-all', value: ['A', 'B'] }, 'a b', true);
  });

  it('truncates a long output in the reason', async () => {
    const r = await check({ type: 'contains', value: 'zzz' }, `line\n${'x'.repeat(500)}`);
    expect(r.reason.length).toBeLessThan(160);
    expect(r.reason).toContain('…');
    expect(r.reason).toContain('\\n');
  });
});
