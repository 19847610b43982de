// The one classification of every provider setting. Everything that needs to know "does this setting
// matter?" derives from this table: the response-cache key and the results' settings hash (`output`),
// PR suite selection (`output` + `endpoint`), and secret masking (`secret`). The Record type makes the
// compiler refuse a ProviderSettings field that is not classified here, and a unit test checks every
// key of the config schema's provider object too.
import type { ProviderSettings } from '../model/types.js';

/**
 * output      changes what the model answers: part of the cache key, the settings hash and selection.
 * endpoint    where and how the request is sent (host, gateway headers, API version): a change re-runs
 *             the suite on a PR, but recordings made against one host replay against another, and moving
 *             a drift monitor to another gateway for the same model keeps its baseline.
 * operational secrets, limits and names: never part of a key, a hash or a selection.
 */
export type SettingClass = 'output' | 'endpoint' | 'operational';

export interface SettingInfo {
  class: SettingClass;
  /** Its value (or each value of a map) is a secret: masked in every output, never written. */
  secret?: boolean;
}

export const PROVIDER_SETTINGS: { readonly [K in keyof Required<ProviderSettings>]: SettingInfo } = {
  id: { class: 'operational' },
  type: { class: 'endpoint' },
  model: { class: 'output' },
  baseUrl: { class: 'endpoint' },
  apiKey: { class: 'operational', secret: true },
  temperature: { class: 'output' },
  maxTokens: { class: 'output' },
  // max_completion_tokens also counts reasoning tokens: the same number may cut an answer differently.
  maxTokensParam: { class: 'output' },
  reasoningEffort: { class: 'output' },
  topP: { class: 'output' },
  seed: { class: 'output' },
  timeoutMs: { class: 'operational' },
  maxRetries: { class: 'operational' },
  concurrency: { class: 'operational' },
  // The same request at half the price: the answer does not depend on the route.
  batch: { class: 'operational' },
  extraBody: { class: 'output' },
  headers: { class: 'endpoint', secret: true },
  query: { class: 'endpoint', secret: true },
  responseFormat: { class: 'output' },
  tools: { class: 'output' },
  toolChoice: { class: 'output' },
  endpoint: { class: 'endpoint' },
  // On Azure the deployment picks the model that answers.
  deployment: { class: 'output' },
  apiVersion: { class: 'endpoint' },
  azureAdToken: { class: 'operational', secret: true },
};

const KEYS = Object.keys(PROVIDER_SETTINGS) as (keyof ProviderSettings)[];

function pick(p: ProviderSettings, classes: readonly SettingClass[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (classes.includes(PROVIDER_SETTINGS[k].class) && p[k] !== undefined) out[k] = p[k];
  return out;
}

/** The settings that change a model's output: cache keys and the settings hash. */
export function outputSettings(p: ProviderSettings): Record<string, unknown> {
  return pick(p, ['output']);
}

/** What PR selection compares: output settings plus where the request goes. */
export function selectionSettings(p: ProviderSettings): Record<string, unknown> {
  return pick(p, ['output', 'endpoint']);
}

/**
 * Values never to show, with the key they come from: API key, Entra token, every header and query value.
 * Short values are skipped (masking "1" everywhere would garble text).
 */
export function providerSecrets(p: ProviderSettings): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const k of KEYS) {
    if (!PROVIDER_SETTINGS[k].secret) continue;
    const v: unknown = p[k];
    const entries: [string, unknown][] =
      typeof v === 'string'
        ? [[k, v]]
        : v && typeof v === 'object'
          ? Object.entries(v).map(([sub, x]) => [`${k}.${sub}`, x])
          : [];
    for (const [key, value] of entries)
      if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) out.push({ key, value });
  }
  return out;
}

const MIN_SECRET_LENGTH = 4;
