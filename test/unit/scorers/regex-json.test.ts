import { describe, expect, it } from 'vitest';
import { validateAssertion } from '../../../src/core/scorers/registry.js';
import { check, expectVerdict, registry } from './helpers.js';

describe('regex', () => {
  it('matches with optional flags', async () => {
    await expectVerdict({ type: 'regex', value: '^Order \\d+$' }, 'Order 42', true);
    await expectVerdict({ type: 'regex', value: '^order' }, 'Order 42', false);
    await expectVerdict({ type: 'regex', value: '^order', flags: 'i' }, 'Order 42', true);
  });

  it('gives the same answer every time even with the g flag', async () => {
    for (let i = 0; i < 3; i++) expect((await check({ type: 'regex', value: 'a', flags: 'g' }, 'a')).pass).toBe(true);
  });

  it('rejects an invalid pattern or flags at config load with the engine text', () => {
    const bad = validateAssertion(registry, { type: 'regex', value: '[a' });
    expect(bad).toMatch(/^regex: value: bad regex: Invalid regular expression: \/\[a\/.*Unterminated character class/);
    expect(validateAssertion(registry, { type: 'regex', value: 'a', flags: 'z' })).toMatch(/bad regex flags "z"/);
    expect(validateAssertion(registry, { type: 'not-regex', value: '(' })).toMatch(/bad regex/);
  });

  it('runs a catastrophic pattern in linear time: a backtracking engine would take minutes here', async () => {
    // ^(a+)+$ on n a's and a "!" takes 2^n steps with backtracking (n = 40: 134 s measured). With
    // RE2 this returns at once; the test would time out (vitest's 5 s default) otherwise.
    const r = await expectVerdict({ type: 'regex', value: '^(a+)+$' }, `${'a'.repeat(40)}!`, false);
    expect(r.reason).toContain('does not match /^(a+)+$/');
    await expectVerdict({ type: 'regex', value: '^(a+)+$' }, 'a'.repeat(40), true);
  });

  it('keeps JavaScript syntax: named groups, \\u escapes, flags i/m/s', async () => {
    await expectVerdict({ type: 'regex', value: '(?<year>\\d{4})-\\d{2}' }, 'on 2024-11', true);
    await expectVerdict({ type: 'regex', value: 'caf\\u00e9' }, 'un café', true);
    await expectVerdict({ type: 'regex', value: '^b$', flags: 'm' }, 'a\nb\nc', true);
    await expectVerdict({ type: 'regex', value: 'a.b', flags: 's' }, 'a\nb', true);
    await expectVerdict({ type: 'regex', value: 'a.b' }, 'a\nb', false);
    await expectVerdict({ type: 'regex', value: '\\(?=x' }, '(=x', true); // an escaped paren is no lookahead
  });

  it('refuses what has no linear-time match (backreferences, lookaround) with a reason at load', () => {
    expect(validateAssertion(registry, { type: 'regex', value: '(\\w)\\1' })).toMatch(
      /^regex: value: bad regex: backreferences .* linear-time engine/,
    );
    expect(validateAssertion(registry, { type: 'regex', value: '(?<n>a)\\k<n>' })).toMatch(/backreferences/);
    expect(validateAssertion(registry, { type: 'regex', value: 'a(?=b)' })).toMatch(/lookahead and lookbehind/);
    expect(validateAssertion(registry, { type: 'not-regex', value: '(?<!x)y' })).toMatch(/lookahead and lookbehind/);
    expect(validateAssertion(registry, { type: 'regex', value: '\\\\1' })).toBeUndefined(); // a literal backslash and 1
  });

  it("what only RE2 rejects is found at load too, by the scorer's prepare step", async () => {
    const scorer = registry.get('regex')!;
    expect(validateAssertion(registry, { type: 'regex', value: 'a{2,1001}' })).toBeUndefined(); // JavaScript accepts it
    expect(await scorer.prepare!({ type: 'regex', value: 'a{2,1001}' })).toMatch(
      /^bad regex: error parsing regexp: invalid repeat count/,
    );
    expect(await scorer.prepare!({ type: 'regex', value: '^Order \\d+$', flags: 'i' })).toBeUndefined();
  });
});

describe('is-json', () => {
  it('accepts JSON and reports the parse error otherwise', async () => {
    await expectVerdict({ type: 'is-json' }, ' {"a": 1}\n', true);
    const r = await expectVerdict({ type: 'is-json' }, '```json\n{"a":1}\n```', false);
    expect(r.reason).toMatch(/^output is not JSON \(.+\); got "```json\\n/);
  });

  it('validates against an optional schema', async () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };
    await expectVerdict({ type: 'is-json', value: schema }, '{"id": 3}', true);
    const r = await expectVerdict({ type: 'is-json', value: schema }, '{"id": "3"}', false);
    expect(r.reason).toContain('/id must be integer');
  });
});

describe('json-schema', () => {
  const schema = {
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: { type: 'object', properties: { price: { type: 'number' } } } } },
  };

  it('passes a matching output and reports the first ajv error path', async () => {
    await expectVerdict({ type: 'json-schema', value: schema }, '{"items":[{"price":1.5}]}', true);
    const wrongType = await expectVerdict({ type: 'json-schema', value: schema }, '{"items":[{"price":"1"}]}', false);
    expect(wrongType.reason).toBe('output JSON does not match the schema: /items/0/price must be number');
    const extra = await check({ type: 'json-schema', value: schema }, '{"items":[],"x":1}');
    expect(extra.reason).toContain('(root) must NOT have additional properties ("x")');
    const missing = await check({ type: 'json-schema', value: schema }, '{}');
    expect(missing.reason).toContain("must have required property 'items'");
  });

  it('supports draft 2020-12 schemas', async () => {
    const s2020 = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }],
    };
    await expectVerdict({ type: 'json-schema', value: s2020 }, '["a", 1]', true);
    await expectVerdict({ type: 'json-schema', value: s2020 }, '[1]', false);
  });

  it('rejects an invalid schema at config load', () => {
    expect(validateAssertion(registry, { type: 'json-schema', value: { type: 'nonsense' } })).toMatch(
      /^json-schema: value: invalid JSON schema: /,
    );
  });

  it('is an error, not a fail, when the schema file was never loaded', async () => {
    const r = await check({ type: 'json-schema', value: 'schemas/order.json' }, '{}');
    expect(r.error).toMatch(/was not loaded/);
  });

  it('names its schema file for PR selection', () => {
    const scorer = registry.get('json-schema');
    expect(scorer?.referencedFiles?.({ type: 'json-schema', value: 'schemas/a.json' })).toEqual(['schemas/a.json']);
    expect(scorer?.referencedFiles?.({ type: 'json-schema', value: {}, file: 'schemas/b.json' })).toEqual([
      'schemas/b.json',
    ]);
    expect(scorer?.referencedFiles?.({ type: 'json-schema', value: { type: 'object' } })).toEqual([]);
  });
});
