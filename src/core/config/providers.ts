// Provider resolution: named providers from `providers:`, defaults from `defaults:`, the openai SDK's
// environment fallbacks, and per-suite overrides (`provider: name` or `{ extends: name, ...fields }`).
import type { ProviderSettings } from '../model/types.js';
import { ENV_API_KEY, ENV_BASE_URL } from './defaults.js';
import type { Env } from './interpolate.js';
import type { Config, SuiteConfig } from './schema.js';

type ProviderFields = Partial<Config['providers'][string]>;

function toProviderSettings(id: string, p: ProviderFields & { model: string }, defaults: Config['defaults'], env: Env): ProviderSettings {
  const out: ProviderSettings = {
    id,
    type: 'openai',
    model: p.model,
    timeoutMs: p.timeoutMs ?? defaults.timeoutMs,
    maxRetries: p.maxRetries ?? defaults.maxRetries,
  };
  const baseUrl = p.baseUrl ?? nonEmpty(env[ENV_BASE_URL]);
  const apiKey = p.apiKey ?? nonEmpty(env[ENV_API_KEY]);
  if (baseUrl !== undefined) out.baseUrl = baseUrl;
  if (apiKey !== undefined) out.apiKey = apiKey;
  if (p.temperature !== undefined) out.temperature = p.temperature;
  if (p.maxTokens !== undefined) out.maxTokens = p.maxTokens;
  if (p.topP !== undefined) out.topP = p.topP;
  if (p.seed !== undefined) out.seed = p.seed;
  if (p.concurrency !== undefined) out.concurrency = p.concurrency;
  if (p.extraBody !== undefined) out.extraBody = p.extraBody;
  return out;
}

export function resolveNamedProviders(cfg: Config, env: Env): Record<string, ProviderSettings> {
  const out: Record<string, ProviderSettings> = {};
  for (const [name, p] of Object.entries(cfg.providers)) out[name] = toProviderSettings(name, p, cfg.defaults, env);
  return out;
}

export type SuiteProviderResult =
  | { ok: true; provider: ProviderSettings; uses: string }
  | { ok: false; reason: string; /** key path below the suite */ at: (string | number)[]; unknown?: string };

/** The provider a suite runs on; `uses` is the named provider it is based on. */
export function resolveSuiteProvider(suite: SuiteConfig, cfg: Config, env: Env): SuiteProviderResult {
  const ref = suite.provider;
  const fallback = defaultProviderName(cfg);
  if (ref === undefined || typeof ref === 'string') {
    const name = ref ?? fallback;
    if (name === undefined) return { ok: false, reason: 'no provider: set `provider:` on the suite or `defaults.provider`', at: [] };
    const p = cfg.providers[name];
    if (!p) return { ok: false, reason: `unknown provider "${name}"`, at: ref === undefined ? [] : ['provider'], unknown: name };
    return { ok: true, provider: toProviderSettings(name, p, cfg.defaults, env), uses: name };
  }
  const { extends: base, ...fields } = ref;
  const baseName = base ?? fallback;
  const baseFields = baseName !== undefined ? cfg.providers[baseName] : undefined;
  if (baseName !== undefined && !baseFields) {
    return { ok: false, reason: `unknown provider "${baseName}"`, at: base !== undefined ? ['provider', 'extends'] : [], unknown: baseName };
  }
  const merged = { ...baseFields, ...definedOnly(fields) };
  if (merged.model === undefined) return { ok: false, reason: '"model" is required (or `extends:` a provider)', at: ['provider'] };
  return { ok: true, provider: toProviderSettings(`suite:${suite.name}`, { ...merged, model: merged.model }, cfg.defaults, env), uses: baseName ?? `suite:${suite.name}` };
}

/** `defaults.provider`, or the only provider when there is exactly one. */
function defaultProviderName(cfg: Config): string | undefined {
  if (cfg.defaults.provider !== undefined) return cfg.defaults.provider;
  const names = Object.keys(cfg.providers);
  return names.length === 1 ? names[0] : undefined;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}
