// The registry of every value evalgate knows to be secret, for the one scrubber every writer goes
// through (core/util/mask-secrets.ts). Scrubbing does not depend on governance.redactTraces: a key the
// model echoes, or a token a case interpolates, must never reach a comment, a file or a log.
// Adding a source is one line: an environment variable in SECRET_ENV, or `secret: true` on a provider
// setting in core/config/provider-settings.ts. Credentials inside endpoint URLs (URL_ENV, a provider's
// baseUrl/endpoint) are secrets too.
import type { ResolvedConfig } from '../core/config/resolved.js';
import type { ProviderSettings } from '../core/model/types.js';
import { providerSecrets } from '../core/config/provider-settings.js';
import { createSecretScrubber, type NamedSecret, type SecretScrubber } from '../core/util/mask-secrets.js';
import { urlCredentialValues } from '../core/util/url-credentials.js';

/** Environment variables (and action inputs, as the runner passes them) whose values are secrets. */
export const SECRET_ENV: readonly string[] = [
  'OPENAI_API_KEY',
  'AZURE_OPENAI_API_KEY',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'INPUT_API-KEY',
  'INPUT_GITHUB-TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];

/** Environment variables holding an endpoint URL: a `user:pass@` part in them is a secret. */
export const URL_ENV: readonly string[] = ['OPENAI_BASE_URL', 'AZURE_OPENAI_ENDPOINT', 'INPUT_BASE-URL'];

/** Name shown in place of a secret from the environment (`INPUT_API-KEY` → `api-key`). */
function envName(v: string): string {
  return v.startsWith('INPUT_') ? v.slice('INPUT_'.length).toLowerCase() : v;
}

export function envSecrets(env: Record<string, string | undefined>): NamedSecret[] {
  const out: NamedSecret[] = [];
  for (const v of SECRET_ENV) {
    const value = env[v];
    if (value) out.push({ name: envName(v), value });
  }
  for (const v of URL_ENV)
    for (const value of urlCredentialValues(env[v])) out.push({ name: `${envName(v)} credentials`, value });
  return out;
}

/** Secret fields of one provider: API key, Entra token, gateway header and query values (one classification). */
function providerSecretFields(p: ProviderSettings, where: string): NamedSecret[] {
  const out = providerSecrets(p).map((s) => ({ name: `${where}.${s.key}`, value: s.value }));
  for (const field of ['baseUrl', 'endpoint'] as const) {
    for (const value of urlCredentialValues(p[field])) out.push({ name: `${where}.${field} credentials`, value });
  }
  return out;
}

export function configSecrets(config: ResolvedConfig): NamedSecret[] {
  const out: NamedSecret[] = [];
  for (const [id, p] of Object.entries(config.providers)) out.push(...providerSecretFields(p, `providers.${id}`));
  for (const s of config.suites) {
    out.push(...providerSecretFields(s.provider, `providers.${s.provider.id}`));
    if (s.judge) out.push(...providerSecretFields(s.judge, `providers.${s.judge.id}`));
  }
  return out;
}

/** Every known secret of a run: the environment first (its names are the ones users recognise). */
export function knownSecrets(
  config: ResolvedConfig | undefined,
  env: Record<string, string | undefined>,
): NamedSecret[] {
  return [...envSecrets(env), ...(config ? configSecrets(config) : [])];
}

export function secretScrubber(
  config: ResolvedConfig | undefined,
  env: Record<string, string | undefined>,
): SecretScrubber {
  return createSecretScrubber(knownSecrets(config, env));
}

/** A plain text → text function for writers. */
export function scrubText(scrubber: SecretScrubber): (text: string) => string {
  return (text) => (scrubber.active ? scrubber.scrub(text).text : text);
}
