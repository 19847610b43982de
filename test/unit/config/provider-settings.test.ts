// The one classification of provider settings: every setting a user can write is classified, and the
// cache key, settings hash and PR selection follow the classification.
import { describe, expect, it } from 'vitest';
import {
  PROVIDER_SETTINGS,
  outputSettings,
  providerSecrets,
  selectionSettings,
} from '../../../src/core/config/provider-settings.js';
import { providerFields, SuiteSchema } from '../../../src/core/config/schema.js';
import { completionCacheKey, settingsHash } from '../../../src/core/engine/cache-key.js';
import { selectSuites } from '../../../src/core/gate/select.js';
import type { ProviderSettings } from '../../../src/core/model/types.js';
import { config, suite } from '../gate/fixtures.js';

/** Every field set (the Required<> type makes the compiler ask for a new field here too). */
const full: Required<ProviderSettings> = {
  id: 'p',
  type: 'openai',
  model: 'gpt-5-mini',
  baseUrl: 'http://gw.example/v1',
  apiKey: 'sk-secret-key',
  temperature: 1,
  maxTokens: 100,
  maxTokensParam: 'max_completion_tokens',
  reasoningEffort: 'low',
  topP: 1,
  seed: 7,
  timeoutMs: 1000,
  maxRetries: 2,
  concurrency: 3,
  batch: { pollMs: 100 },
  extraBody: { user: 'x' },
  headers: { 'x-gateway-key': 'gw-secret-value' },
  query: { tenant: 'tenant-secret' },
  responseFormat: { type: 'json_object' },
  tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
  toolChoice: 'auto',
  endpoint: 'https://r.openai.azure.com',
  deployment: 'dep',
  apiVersion: '2024-10-21',
  azureAdToken: 'entra-token-value',
};

/** A different value of the same type for each field. */
const other: Required<ProviderSettings> = {
  id: 'q',
  type: 'azure',
  model: 'gpt-5',
  baseUrl: 'http://gw2.example/v1',
  apiKey: 'sk-other',
  temperature: 0.5,
  maxTokens: 200,
  maxTokensParam: 'max_tokens',
  reasoningEffort: 'high',
  topP: 0.5,
  seed: 8,
  timeoutMs: 2000,
  maxRetries: 3,
  concurrency: 4,
  batch: {},
  extraBody: { user: 'y' },
  headers: { 'x-gateway-key': 'gw-other' },
  query: { tenant: 'other' },
  responseFormat: { type: 'text' },
  tools: [{ type: 'function', function: { name: 'g' } }],
  toolChoice: 'required',
  endpoint: 'https://s.openai.azure.com',
  deployment: 'dep2',
  apiVersion: '2025-01-01',
  azureAdToken: 'entra-other',
};

const msgs = [{ role: 'user' as const, content: 'hi' }];

describe('provider settings classification', () => {
  it('classifies every provider key of the config schema and every suite key that becomes a provider setting', () => {
    const classified = new Set(Object.keys(PROVIDER_SETTINGS));
    const unclassified = Object.keys(providerFields).filter((k) => !classified.has(k));
    expect(unclassified).toEqual([]);
    const suiteKeysIntoProvider = ['tools', 'toolChoice', 'responseFormat'];
    for (const k of suiteKeysIntoProvider) expect(Object.keys(SuiteSchema.shape)).toContain(k);
    expect(suiteKeysIntoProvider.filter((k) => !classified.has(k))).toEqual([]);
    expect(Object.keys(full).sort()).toEqual([...classified].sort());
  });

  for (const key of Object.keys(PROVIDER_SETTINGS) as (keyof ProviderSettings)[]) {
    const cls = PROVIDER_SETTINGS[key].class;
    it(`${key} (${cls}): cache key, settings hash and PR selection follow the class`, () => {
      const changed = { ...full, [key]: other[key] } as ProviderSettings;
      const keyChanges = completionCacheKey(changed, msgs, 0) !== completionCacheKey(full, msgs, 0);
      const hashChanges = settingsHash(changed) !== settingsHash(full);
      const sel = selectSuites({
        head: config([suite('s', { provider: changed })]),
        base: config([suite('s', { provider: full })]),
        changedFiles: [],
      });
      expect({ keyChanges, hashChanges, selected: sel.compared.includes('s') }).toEqual({
        keyChanges: cls === 'output',
        hashChanges: cls === 'output',
        selected: cls !== 'operational',
      });
    });
  }

  it('no secret is part of what is hashed or compared, and every secret value is listed for masking', () => {
    expect(providerSecrets(full)).toEqual([
      { key: 'apiKey', value: 'sk-secret-key' },
      { key: 'headers.x-gateway-key', value: 'gw-secret-value' },
      { key: 'query.tenant', value: 'tenant-secret' },
      { key: 'azureAdToken', value: 'entra-token-value' },
    ]);
    const secrets = providerSecrets(full).map((s) => s.value);
    const keyed = JSON.stringify(outputSettings(full));
    for (const s of secrets) expect(keyed).not.toContain(s);
    for (const [_k, info] of Object.entries(PROVIDER_SETTINGS)) if (info.secret) expect(info.class).not.toBe('output');
    expect(Object.keys(selectionSettings(full))).not.toContain('apiKey');
  });
});
