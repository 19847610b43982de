// Provider resolution: named providers from `providers:`, defaults from `defaults:`, the openai SDK's
// environment fallbacks (AZURE_OPENAI_* for `type: azure`), and per-suite overrides (`provider: name`
// or `{ extends: name, ...fields }`). Settings a model family rejects on every request are config errors.
import { isOpenAIReasoningModel } from '../model/families.js';
import type { ProviderSettings, ResponseFormat } from '../model/types.js';
import { ENV_API_KEY, ENV_AZURE_API_KEY, ENV_AZURE_API_VERSION, ENV_AZURE_ENDPOINT, ENV_BASE_URL } from './defaults.js';
import type { Env } from './interpolate.js';
import type { Config, SuiteConfig } from './schema.js';

type ProviderFields = Partial<Config['providers'][string]>;

/** Parsed request files (response-format schemas), by config-relative path; read by the loader beforehand. */
export type RequestFiles = ReadonlyMap<string, unknown>;

function toProviderSettings(
  id: string,
  p: ProviderFields & { model: string },
  defaults: Config['defaults'],
  env: Env,
  files: RequestFiles,
): ProviderSettings {
  const type = p.type ?? 'openai';
  const out: ProviderSettings = {
    id,
    type,
    model: p.model,
    timeoutMs: p.timeoutMs ?? defaults.timeoutMs,
    maxRetries: p.maxRetries ?? defaults.maxRetries,
  };
  if (type === 'azure') {
    // Never the OpenAI key or base URL: those belong to another service.
    const endpoint = p.endpoint ?? p.baseUrl ?? nonEmpty(env[ENV_AZURE_ENDPOINT]);
    const apiKey = p.apiKey ?? nonEmpty(env[ENV_AZURE_API_KEY]);
    const apiVersion = p.apiVersion ?? nonEmpty(env[ENV_AZURE_API_VERSION]);
    if (endpoint !== undefined) out.endpoint = endpoint;
    if (apiKey !== undefined) out.apiKey = apiKey;
    if (apiVersion !== undefined) out.apiVersion = apiVersion;
    if (p.deployment !== undefined) out.deployment = p.deployment;
    if (p.azureAdToken !== undefined) out.azureAdToken = p.azureAdToken;
  } else if (type === 'openai') {
    const baseUrl = p.baseUrl ?? nonEmpty(env[ENV_BASE_URL]);
    const apiKey = p.apiKey ?? nonEmpty(env[ENV_API_KEY]);
    if (baseUrl !== undefined) out.baseUrl = baseUrl;
    if (apiKey !== undefined) out.apiKey = apiKey;
  }
  if (p.temperature !== undefined) out.temperature = p.temperature;
  if (p.maxTokens !== undefined) out.maxTokens = p.maxTokens;
  if (p.maxTokensParam !== undefined) out.maxTokensParam = p.maxTokensParam;
  if (p.reasoningEffort !== undefined) out.reasoningEffort = p.reasoningEffort;
  if (p.topP !== undefined) out.topP = p.topP;
  if (p.seed !== undefined) out.seed = p.seed;
  if (p.concurrency !== undefined) out.concurrency = p.concurrency;
  if (p.batch !== undefined && p.batch !== false) out.batch = p.batch === true ? {} : p.batch;
  if (p.extraBody !== undefined) out.extraBody = p.extraBody;
  if (p.headers !== undefined) out.headers = p.headers;
  if (p.query !== undefined) out.query = p.query;
  if (p.responseFormat !== undefined) {
    const rf = toResponseFormat(p.responseFormat, files);
    if (rf) out.responseFormat = rf;
  }
  return out;
}

type ResponseFormatConfig = NonNullable<ProviderFields['responseFormat']>;

/** The wire form of `responseFormat:`; undefined when its schema file was not read (the loader reports it). */
export function toResponseFormat(rf: ResponseFormatConfig, files: RequestFiles): ResponseFormat | undefined {
  if (rf === 'text' || rf === 'json_object') return { type: rf };
  const schema = typeof rf.schema === 'string' ? files.get(rf.schema) : rf.schema;
  if (schema === undefined || schema === null || typeof schema !== 'object') return undefined;
  const name = rf.name ?? (typeof rf.schema === 'string' ? schemaName(rf.schema) : 'response');
  return {
    type: 'json_schema',
    json_schema: {
      name,
      schema: schema as Record<string, unknown>,
      ...(rf.strict !== undefined ? { strict: rf.strict } : {}),
    },
  };
}

/** `schemas/answer.v2.json` → `answer_v2` (the API wants ^[A-Za-z0-9_-]{1,64}$). */
function schemaName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(ya?ml|json)$/i, '');
  return base.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'response';
}

/**
 * Settings the endpoint would reject on every request: a located config error instead of a 400 per
 * sample. `field` is the offending key. Undefined when the provider is usable.
 */
export function providerProblem(p: ProviderSettings): { field: string; reason: string } | undefined {
  if (p.type === 'azure') {
    if (p.endpoint === undefined)
      return {
        field: 'endpoint',
        reason: `type: azure needs \`endpoint\` (https://<resource>.openai.azure.com) or ${ENV_AZURE_ENDPOINT}`,
      };
    if (p.apiVersion === undefined)
      return {
        field: 'apiVersion',
        reason: `type: azure needs \`apiVersion\` (e.g. 2024-10-21) or ${ENV_AZURE_API_VERSION}`,
      };
  }
  // reasoningEffort none turns reasoning off on the models that allow it; the sampling rule is theirs then.
  if (isOpenAIReasoningModel(p.model) && p.reasoningEffort !== 'none') {
    for (const field of ['temperature', 'topP'] as const) {
      const v = p[field];
      if (v !== undefined && v !== 1) {
        return {
          field,
          reason: `${p.model} is an OpenAI reasoning model: it rejects ${field} ${v} (only the default 1). Remove \`${field}\`; use \`reasoningEffort\` to steer it`,
        };
      }
    }
  }
  return undefined;
}

export function resolveNamedProviders(
  cfg: Config,
  env: Env,
  files: RequestFiles = new Map(),
): Record<string, ProviderSettings> {
  const out: Record<string, ProviderSettings> = {};
  for (const [name, p] of Object.entries(cfg.providers))
    out[name] = toProviderSettings(name, p, cfg.defaults, env, files);
  return out;
}

export type SuiteProviderResult =
  | { ok: true; provider: ProviderSettings; uses: string }
  | {
      ok: false;
      reason: string;
      /** key path below the suite */
      at: (string | number)[];
      unknown?: string;
      /** key path from the config root, when the problem is in a named provider */
      rootAt?: (string | number)[];
    };

/** The provider a suite runs on; `uses` is the named provider it is based on. */
export function resolveSuiteProvider(
  suite: SuiteConfig,
  cfg: Config,
  env: Env,
  files: RequestFiles = new Map(),
): SuiteProviderResult {
  const r = resolveSuiteProviderSettings(suite, cfg, env, files);
  if (!r.ok) return r;
  const problem = providerProblem(r.provider);
  if (!problem) return r;
  // Point at the key where the value was written: the suite's inline override, else the named provider.
  const inline = typeof suite.provider === 'object' && problem.field in suite.provider;
  const rootAt = inline ? undefined : ['providers', r.uses, problem.field];
  return {
    ok: false,
    reason: problem.reason,
    at: inline ? ['provider', problem.field] : ['provider'],
    ...(rootAt && r.uses in cfg.providers ? { rootAt } : {}),
  };
}

function resolveSuiteProviderSettings(
  suite: SuiteConfig,
  cfg: Config,
  env: Env,
  files: RequestFiles,
): SuiteProviderResult {
  const ref = suite.provider;
  const fallback = defaultProviderName(cfg);
  if (ref === undefined || typeof ref === 'string') {
    const name = ref ?? fallback;
    if (name === undefined)
      return { ok: false, reason: 'no provider: set `provider:` on the suite or `defaults.provider`', at: [] };
    const p = cfg.providers[name];
    if (!p)
      return {
        ok: false,
        reason: `unknown provider "${name}"`,
        at: ref === undefined ? [] : ['provider'],
        unknown: name,
      };
    return { ok: true, provider: toProviderSettings(name, p, cfg.defaults, env, files), uses: name };
  }
  const { extends: base, ...fields } = ref;
  const baseName = base ?? fallback;
  const baseFields = baseName !== undefined ? cfg.providers[baseName] : undefined;
  if (baseName !== undefined && !baseFields) {
    return {
      ok: false,
      reason: `unknown provider "${baseName}"`,
      at: base !== undefined ? ['provider', 'extends'] : [],
      unknown: baseName,
    };
  }
  const merged = { ...baseFields, ...definedOnly(fields) };
  if (merged.model === undefined)
    return { ok: false, reason: '"model" is required (or `extends:` a provider)', at: ['provider'] };
  return {
    ok: true,
    provider: toProviderSettings(`suite:${suite.name}`, { ...merged, model: merged.model }, cfg.defaults, env, files),
    uses: baseName ?? `suite:${suite.name}`,
  };
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
