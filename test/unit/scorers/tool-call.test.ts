import { describe, expect, it } from 'vitest';
import { partialMatch } from '../../../src/core/scorers/deterministic/tool-call.js';
import { validateAssertion } from '../../../src/core/scorers/registry.js';
import type { ToolCall, ToolDefinition } from '../../../src/core/model/types.js';
import { check, expectVerdict, registry } from './helpers.js';

const weather: ToolDefinition = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { enum: ['c', 'f'] } },
      required: ['city'],
      additionalProperties: false,
    },
  },
};
const call = (name: string, args: unknown, valid = true): ToolCall => ({
  name,
  arguments: args,
  argumentsValid: valid,
});
const ctx = (toolCalls: ToolCall[]) => ({ toolCalls, tools: [weather] });

describe('tool-call', () => {
  it('passes on the name, and on given arguments as a partial deep match; negatable', async () => {
    const calls = ctx([call('get_weather', { city: 'Paris', unit: 'c', extra: { a: [1, 2] } })]);
    await expectVerdict({ type: 'tool-call', value: { name: 'get_weather' } }, '', true, calls);
    await expectVerdict(
      { type: 'tool-call', value: { name: 'get_weather', arguments: { city: 'Paris' } } },
      '',
      true,
      calls,
    );
    await expectVerdict(
      { type: 'tool-call', value: { name: 'get_weather', arguments: { extra: { a: [1, 2] } } } },
      '',
      true,
      calls,
    );
    await expectVerdict(
      { type: 'tool-call', value: { name: 'get_weather', arguments: { city: 'Rome' } } },
      '',
      false,
      calls,
    );
    await expectVerdict({ type: 'tool-call', value: { name: 'get_time' } }, '', false, calls);
    await expectVerdict({ type: 'tool-call', value: { name: 'get_weather' } }, 'It is sunny.', false, {});
    const r = await check(
      { type: 'tool-call', value: { name: 'get_weather', arguments: { city: 'Rome' } } },
      '',
      calls,
    );
    expect(r.reason).toContain('get_weather({"city":"Paris"');
  });

  it('partialMatch: arrays match element-wise with the same length; types are strict', () => {
    expect(partialMatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2, c: 3 }], d: 4 })).toBe(true);
    expect(partialMatch({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(partialMatch({ n: 1 }, { n: '1' })).toBe(false);
    expect(partialMatch({ o: {} }, { o: null })).toBe(false);
  });

  it('rejects a value without a name or with unknown keys at config load', () => {
    expect(validateAssertion(registry, { type: 'tool-call', value: { arguments: {} } })).toMatch(/value.name/);
    expect(validateAssertion(registry, { type: 'tool-call', value: { name: 'x', args: {} } })).toMatch(/unknown key/);
  });
});

describe('is-valid-tool-call', () => {
  it('passes when every call names a declared tool with schema-valid JSON arguments; negatable', async () => {
    await expectVerdict({ type: 'is-valid-tool-call' }, '', true, ctx([call('get_weather', { city: 'Paris' })]));
    await expectVerdict({ type: 'is-valid-tool-call' }, '', false, ctx([call('get_weather', { unit: 'c' })]));
    await expectVerdict(
      { type: 'is-valid-tool-call' },
      '',
      false,
      ctx([call('get_weather', { city: 'Paris', bogus: 1 })]),
    );
    await expectVerdict({ type: 'is-valid-tool-call' }, '', false, ctx([call('get_weather', '{"city":', false)]));
    await expectVerdict({ type: 'is-valid-tool-call' }, '', false, ctx([call('launch_rocket', {})]));
    await expectVerdict({ type: 'is-valid-tool-call' }, 'plain text', false, ctx([]));
    await expectVerdict(
      { type: 'is-valid-tool-call', value: 'get_weather' },
      '',
      true,
      ctx([call('get_weather', { city: 'x' }), call('other', {})]),
    );
    const r = await check({ type: 'is-valid-tool-call' }, '', ctx([call('get_weather', { unit: 'c' })]));
    expect(r.reason).toMatch(/must have required property 'city'/);
  });
});
