import { describe, expect, it } from 'vitest';
import { knownSecrets } from '../../../src/app/secrets.js';
import { createSecretScrubber, secretForms } from '../../../src/core/util/mask-secrets.js';

const KEY = 'sk-proj-AbC+/=0123456789xyz';

describe('secret scrubber', () => {
  it('masks a secret as is, JSON-escaped, URL-encoded and in base64 at any alignment, with its name', () => {
    const s = createSecretScrubber([{ name: 'OPENAI_API_KEY', value: KEY }]);
    expect(s.scrub(`key ${KEY}!`)).toEqual({ text: 'key [secret: OPENAI_API_KEY]!', count: 1 });
    expect(s.scrub(`q=${encodeURIComponent(KEY)}`).text).toBe('q=[secret: OPENAI_API_KEY]');
    for (const prefix of ['', 'a', 'ab', 'abc=']) {
      const b64 = Buffer.from(`${prefix}${KEY}`).toString('base64');
      const b64url = Buffer.from(`${prefix}${KEY}`).toString('base64url');
      for (const enc of [b64, b64url]) {
        const out = s.scrub(enc).text;
        expect(out, `${prefix} ${enc}`).toContain('[secret: OPENAI_API_KEY]');
        // What is left of the encoding is at most the few characters that mix in the neighbours.
        expect(out.replace('[secret: OPENAI_API_KEY]', '').length).toBeLessThanOrEqual(12);
      }
    }
    expect(secretForms(KEY)).toContain(JSON.stringify(KEY).slice(1, -1));
  });

  it('ignores values under 8 characters (placeholders), and masks a longer secret that contains a shorter one whole', () => {
    const s = createSecretScrubber([
      { name: 'short', value: 'none' },
      { name: 'inner', value: 'abcdefgh12' },
      { name: 'outer', value: 'xx-abcdefgh12-yy' },
    ]);
    expect(s.scrub('none of it').text).toBe('none of it');
    expect(s.scrub('xx-abcdefgh12-yy and abcdefgh12').text).toBe('[secret: outer] and [secret: inner]');
    expect(createSecretScrubber([{ name: 'x', value: 'tiny' }]).active).toBe(false);
  });

  it('knows the environment tokens and the config keys by name', () => {
    const env = {
      OPENAI_API_KEY: 'sk-env-0123456789',
      GITHUB_TOKEN: 'ghs_0123456789abcdef',
      GH_TOKEN: 'gho_0123456789',
      'INPUT_GITHUB-TOKEN': 'ghp_input0123456789',
      HOME: '/home/me',
    };
    const config = {
      providers: { fast: { id: 'fast', type: 'openai', model: 'm', apiKey: 'sk-config-0123456789' } },
      suites: [],
    } as never;
    expect(knownSecrets(config, env).map((s) => s.name)).toEqual([
      'OPENAI_API_KEY',
      'GITHUB_TOKEN',
      'GH_TOKEN',
      'github-token',
      'providers.fast.apiKey',
    ]);
  });
});
