import { describe, expect, it } from 'vitest';
import { load, loadError } from './fixture.js';

const files = { 'p.txt': 'Hi {{name}}' };
const suite = (name: string, extra = '') => `  - name: ${name}
    prompt: p.txt
${extra}    cases: [{ vars: { name: a } }]
`;

describe('provider resolution', () => {
  it('uses defaults, names, and `extends` overrides; defaults fill timeouts and retries', async () => {
    const cfg = await load({
      ...files,
      'evalgate.yml': `version: 1
providers:
  fast: { model: small, temperature: 0, timeoutMs: 5000, concurrency: 3 }
  big: { model: large, maxRetries: 1 }
defaults: { provider: fast, concurrency: 6, maxRetries: 2, judge: big }
suites:
${suite('a')}${suite('b', '    provider: big\n')}${suite('c', '    provider: { extends: fast, temperature: 0.7, maxTokens: 50 }\n    concurrency: 9\n')}${suite('d', '    provider: { model: other }\n')}`,
    });
    const [a, b, c, d] = cfg.suites;
    expect(a?.provider).toEqual({
      id: 'fast',
      type: 'openai',
      model: 'small',
      temperature: 0,
      timeoutMs: 5000,
      maxRetries: 2,
      concurrency: 3,
    });
    expect(a?.concurrency).toBe(3); // the provider's own limit beats defaults.concurrency
    expect(b?.provider).toEqual({ id: 'big', type: 'openai', model: 'large', timeoutMs: 60000, maxRetries: 1 });
    expect(b?.concurrency).toBe(6);
    expect(c?.provider).toEqual({
      id: 'suite:c',
      type: 'openai',
      model: 'small',
      temperature: 0.7,
      maxTokens: 50,
      timeoutMs: 5000,
      maxRetries: 2,
      concurrency: 3,
    });
    expect(c?.concurrency).toBe(9);
    // No `extends`: based on defaults.provider, with the model replaced.
    expect(d?.provider).toMatchObject({ id: 'suite:d', model: 'other', temperature: 0 });
    expect(a?.judge?.id).toBe('big');
  });

  it('with a single provider no default is needed; with several it is', async () => {
    const one = await load({
      ...files,
      'evalgate.yml': `version: 1\nproviders:\n  only: { model: m }\nsuites:\n${suite('a')}`,
    });
    expect(one.suites[0]?.provider.id).toBe('only');
    const lines = await loadError({
      ...files,
      'evalgate.yml': `version: 1\nproviders:\n  x: { model: m }\n  y: { model: n }\nsuites:\n${suite('a')}`,
    });
    expect(lines).toEqual([
      'evalgate.yml:6:5 suites[0]: no provider: set `provider:` on the suite or `defaults.provider`',
    ]);
  });

  it('rejects unknown keys inside an override', async () => {
    const lines = await loadError({
      ...files,
      'evalgate.yml': `version: 1\nproviders:\n  x: { model: m }\nsuites:\n${suite('a', '    provider: { extends: x, temprature: 1 }\n')}`,
    });
    expect(lines).toEqual([
      'evalgate.yml:7:29 suites[0].provider.temprature: unknown key "temprature" (did you mean "temperature"?)',
    ]);
  });
});
