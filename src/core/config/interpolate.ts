// `${VAR}` interpolation of environment variables into the config's string scalars.
//
// Syntax: `${VAR}` the variable; `${VAR:-fallback}` the fallback when VAR is unset or empty;
// `$${` a literal `${`. Only string values are touched (never keys, prompt files or case files).
//
// Unset (or empty — GitHub Actions passes a missing secret as "") variables:
// - in a provider's `apiKey`: the config still loads (a fork PR or a replay run has no secrets). A key
//   written as its type's own variable (`${OPENAI_API_KEY}`, `${AZURE_OPENAI_API_KEY}` for azure) is dropped, so the provider
//   falls back to the SDK's variable, as it would anyway. A key named after any other variable
//   (`${ANTHROPIC_API_KEY}`) becomes empty: that provider is sent no key at all, never the OpenAI key in
//   its place (it would go to another company's host); its endpoint answers 401, or, on OpenAI's own
//   endpoint, the request fails with "no API key";
// - in a provider's `baseUrl`: an error only when a suite or judge uses that provider (we never send
//   a request to a default endpoint the user did not mean);
// - anywhere else: an error naming the variable and the key path.
// A string that references an unset variable is dropped from its object (so `optional` fields stay unset).

const PATTERN = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export type Env = Record<string, string | undefined>;

export interface UnsetVariable {
  name: string;
  path: (string | number)[];
}

export function interpolateString(s: string, env: Env): { value: string; unset: string[] } {
  const unset: string[] = [];
  const value = s.replace(PATTERN, (_match, name: string | undefined, fallback: string | undefined) => {
    if (name === undefined) return '${'; // `$${` escape
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (fallback !== undefined) return fallback;
    unset.push(name);
    return '';
  });
  return { value, unset };
}

/** Interpolates every string scalar of a parsed YAML value (a new value; the input is not changed). */
export function interpolateEnv(value: unknown, env: Env): { value: unknown; unset: UnsetVariable[] } {
  const unset: UnsetVariable[] = [];
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v === 'string') {
      const r = interpolateString(v, env);
      for (const name of r.unset) unset.push({ name, path });
      return r.unset.length ? undefined : r.value;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...path, i]) ?? '');
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const w = walk(item, [...path, k]);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, []), unset };
}

/**
 * How an unset variable at `path` is treated (see the header): `ignore` (apiKey), `if-used` with the
 * provider name (baseUrl of a named provider), or `error`.
 */
export function unsetPolicy(
  path: readonly (string | number)[],
): { kind: 'ignore' } | { kind: 'if-used'; provider: string } | { kind: 'error' } {
  // The key path below the provider: providers.<name>.… or suites[i].provider.…
  const below =
    path[0] === 'providers'
      ? path.slice(2)
      : path[0] === 'suites' && path[2] === 'provider'
        ? path.slice(3)
        : undefined;
  if (!below) return { kind: 'error' };
  const [field, sub] = below;
  if (below.length === 1 && (field === 'apiKey' || field === 'azureAdToken')) return { kind: 'ignore' };
  // A gateway header or query value from an unset secret is dropped like an unset apiKey: fork PRs and
  // replay runs have no secrets and must still load (a live call then fails with the endpoint's 401).
  if (below.length === 2 && sub !== undefined && (field === 'headers' || field === 'query')) return { kind: 'ignore' };
  if (path[0] === 'providers' && below.length === 1 && field === 'baseUrl')
    return { kind: 'if-used', provider: String(path[1]) };
  return { kind: 'error' };
}

/**
 * The SDK's own key variable of a provider type: an unset reference to it may fall back to it (it is the
 * same). A provider whose type is not written here (a suite's `extends:`) may take either.
 */
const SDK_KEY_VARIABLE: Record<string, string> = { openai: 'OPENAI_API_KEY', azure: 'AZURE_OPENAI_API_KEY' };
const sdkKeyOf = (provider: Record<string, unknown>, name: string, inherits: boolean): boolean => {
  const type = typeof provider['type'] === 'string' ? provider['type'] : undefined;
  if (type === undefined && inherits) return Object.values(SDK_KEY_VARIABLE).includes(name);
  return SDK_KEY_VARIABLE[type ?? 'openai'] === name;
};

/**
 * A provider `apiKey` / `azureAdToken` that named another variable, unset: kept as "" instead of dropped,
 * so provider resolution does not fill it from OPENAI_API_KEY (see the header). Changes `value` in place.
 */
export function blankUnsetKeys(value: unknown, unset: readonly UnsetVariable[]): void {
  for (const u of unset) {
    if (unsetPolicy(u.path).kind !== 'ignore') continue;
    const field = u.path[u.path.length - 1];
    if (field !== 'apiKey' && field !== 'azureAdToken') continue;
    let at: unknown = value;
    for (const k of u.path.slice(0, -1))
      at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
    if (at === null || typeof at !== 'object' || Array.isArray(at)) continue;
    const provider = at as Record<string, unknown>;
    if (field === 'apiKey' && sdkKeyOf(provider, u.name, provider['extends'] !== undefined)) continue;
    provider[field] = '';
  }
}
