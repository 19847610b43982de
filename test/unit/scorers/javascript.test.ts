import { describe, expect, it } from 'vitest';
import { parseJavascriptRef } from '../../../src/core/scorers/deterministic/javascript.js';
import type { JavascriptCheck } from '../../../src/core/scorers/types.js';
import { check, expectVerdict, registry } from './helpers.js';

function withFn(ref: string, fn: JavascriptCheck) {
  return { functions: new Map([[ref, fn]]) };
}

describe('javascript', () => {
  it('a boolean result decides pass, and the function sees output and vars', async () => {
    const fn: JavascriptCheck = (output, c) => output.includes(String(c.vars.name));
    const ctx = { ...withFn('checks.js:hasName', fn), vars: { name: 'Alice' } };
    await expectVerdict({ type: 'javascript', value: 'checks.js:hasName' }, 'Hi Alice', true, ctx);
    await expectVerdict({ type: 'javascript', value: 'checks.js:hasName' }, 'Hi Bob', false, ctx);
  });

  it('a number is the score; pass from 0.5 or the assertion threshold', async () => {
    const ctx = withFn('f.js', async () => 0.6);
    const r = await expectVerdict({ type: 'javascript', value: 'f.js' }, 'x', true, ctx);
    expect(r.score).toBe(0.6);
    expect((await check({ type: 'javascript', value: 'f.js', threshold: 0.7 }, 'x', ctx)).pass).toBe(false);
  });

  it('an object gives pass, score and reason', async () => {
    const ctx = withFn('f.js:grade', () => ({ pass: false, score: 0.25, reason: 'too rude\nsecond line' }));
    const r = await check({ type: 'javascript', value: 'f.js:grade' }, 'x', ctx);
    expect(r).toMatchObject({ pass: false, score: 0.25, reason: 'f.js:grade: too rude' });
  });

  it('a throw, a bad return or a missing function is an error with the message', async () => {
    const threw = await check(
      { type: 'javascript', value: 'f.js' },
      'x',
      withFn('f.js', () => {
        throw new Error('boom');
      }),
    );
    expect(threw.error).toBe('f.js threw: boom');
    const out = await check(
      { type: 'javascript', value: 'f.js' },
      'x',
      withFn('f.js', () => 3),
    );
    expect(out.error).toMatch(/returned 3; a score must be in \[0,1\]/);
    const odd = await check(
      { type: 'javascript', value: 'f.js' },
      'x',
      withFn('f.js', () => 'yes'),
    );
    expect(odd.error).toMatch(/expected boolean, number in \[0,1\] or \{pass, score\?, reason\?\}/);
    const missing = await check({ type: 'javascript', value: 'g.js' }, 'x');
    expect(missing.error).toBe('javascript check g.js was not loaded');
  });

  it('parses path:export and names the file for PR selection', () => {
    expect(parseJavascriptRef('checks/tone.js:isPolite')).toEqual({ path: 'checks/tone.js', exportName: 'isPolite' });
    expect(parseJavascriptRef('checks/tone.mjs')).toEqual({ path: 'checks/tone.mjs', exportName: 'default' });
    expect(parseJavascriptRef('C:\\x\\y.js')).toEqual({ path: 'C:\\x\\y.js', exportName: 'default' });
    expect(registry.get('javascript')?.referencedFiles?.({ type: 'javascript', value: 'a/b.js:f' })).toEqual([
      'a/b.js',
    ]);
  });
});
