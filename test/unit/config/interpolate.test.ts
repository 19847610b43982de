import { describe, expect, it } from 'vitest';
import { interpolateEnv, interpolateString } from '../../../src/core/config/interpolate.js';
import { load, loadError, withSuites } from './fixture.js';

describe('interpolateString', () => {
  it('replaces ${VAR}, honours ${VAR:-fallback} and the $${ escape', () => {
    const env = { HOST: 'h.example', EMPTY: '' };
    expect(interpolateString('https://${HOST}/v1', env)).toEqual({ value: 'https://h.example/v1', unset: [] });
    expect(interpolateString('${MISSING:-dflt}-${EMPTY:-e}', env)).toEqual({ value: 'dflt-e', unset: [] });
    expect(interpolateString('literal $${HOST} and $HOST', env)).toEqual({
      value: 'literal ${HOST} and $HOST',
      unset: [],
    });
    expect(interpolateString('${A}${EMPTY}', env)).toEqual({ value: '', unset: ['A', 'EMPTY'] });
  });
});

describe('interpolateEnv', () => {
  it('walks string scalars only and reports unset variables with their key path', () => {
    const r = interpolateEnv({ a: ['${X}', 3, true], b: { '${X}': '${Y}' } }, { X: 'x' });
    expect(r.value).toEqual({ a: ['x', 3, true], b: {} });
    expect(r.unset).toEqual([{ name: 'Y', path: ['b', '${X}'] }]);
  });
});

const base = (provider: string) => `version: 1
providers:
  app:
${provider}
  other: { model: m2, baseUrl: "\${OTHER_URL}" }
suites:
  - name: s
    prompt: p.txt
    provider: app
    cases: [{ vars: { name: a } }]
`;
const files = { 'p.txt': 'Hi {{name}}' };

describe('environment in the config', () => {
  it('interpolates provider fields; an unused provider may lack its baseUrl variable', async () => {
    const cfg = await load(
      { ...files, 'evalgate.yml': base('    model: "${MODEL}"\n    baseUrl: "${URL}"\n    apiKey: "${KEY}"') },
      { env: { MODEL: 'gpt-x', URL: 'http://127.0.0.1:1/v1', KEY: 'sk-1' } },
    );
    expect(cfg.suites[0]?.provider).toMatchObject({ model: 'gpt-x', baseUrl: 'http://127.0.0.1:1/v1', apiKey: 'sk-1' });
    expect(cfg.providers.other?.baseUrl).toBeUndefined();
  });

  it('an unset apiKey variable of its own never takes OPENAI_API_KEY; the config still loads (fork PRs, replay)', async () => {
    const env = { OPENAI_API_KEY: 'sk-env', OPENAI_BASE_URL: 'http://127.0.0.1:2/v1' };
    const own = await load({ ...files, 'evalgate.yml': base('    model: m\n    apiKey: "${MY_KEY}"') }, { env });
    // "" = named, unset: the client sends no key rather than the OpenAI one (it may be another vendor's host).
    expect(own.suites[0]?.provider).toMatchObject({ apiKey: '', baseUrl: 'http://127.0.0.1:2/v1' });
    const sdk = await load({ ...files, 'evalgate.yml': base('    model: m\n    apiKey: "${OPENAI_API_KEY}"') }, {});
    expect(sdk.suites[0]?.provider.apiKey).toBeUndefined();
    // Another type's SDK variable is another service's key: an openai provider naming the Azure one gets none.
    const azureName = await load(
      { ...files, 'evalgate.yml': base('    model: m\n    apiKey: "${AZURE_OPENAI_API_KEY}"') },
      { env },
    );
    expect(azureName.suites[0]?.provider.apiKey).toBe('');
    const none = await load({ ...files, 'evalgate.yml': base('    model: m') }, { env });
    expect(none.suites[0]?.provider.apiKey).toBe('sk-env');
  });

  it('an unset baseUrl variable of a used provider is an error naming it', async () => {
    const lines = await loadError({
      ...files,
      'evalgate.yml': base('    model: m').replace('provider: app', 'provider: other'),
    });
    expect(lines).toEqual(['evalgate.yml:5:32 providers.other.baseUrl: environment variable OTHER_URL is not set']);
  });

  it('an unset variable anywhere else is an error naming it', async () => {
    const lines = await loadError({
      ...files,
      'evalgate.yml': withSuites(
        '  - name: s\n    prompt: "${PROMPT_DIR}/p.txt"\n    cases: [{ vars: { name: a } }]\n',
      ),
    });
    expect(lines).toEqual(['evalgate.yml:6:13 suites[0].prompt: environment variable PROMPT_DIR is not set']);
  });
});
