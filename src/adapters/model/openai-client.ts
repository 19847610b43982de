// The real ModelClient: any OpenAI-compatible endpoint through the official `openai` SDK.
// - `openai` is imported lazily: it is the heaviest dependency (~0.35 s cold), and replay runs, config
//   errors and `--help` never call a model.
// - maxRetries 0: the engine owns retries so it can honour long Retry-After waits (capped, with a warning)
//   that openai 7 would silently replace with its own short backoff.
// - One SDK client per (baseUrl, apiKey): keeps HTTP keep-alive pools warm across thousands of requests.
import type * as Sdk from 'openai';
import {
  ModelError,
  type CompletionRequest,
  type CompletionResponse,
  type EmbeddingRequest,
  type EmbeddingResponse,
  type ProviderSettings,
} from '../../core/model/types.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { toModelError } from './map-error.js';
import { chatBody, parseCompletion, parseUsage } from './request-body.js';
import { providerSecrets } from '../../core/config/provider-settings.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import { createUndiciFetch, type FetchLike, type UndiciFetch } from '../http/undici-fetch.js';
import { sha256Hex } from '../../core/util/hash.js';
import { basicAuthorization, splitUrlCredentials, urlCredentialValues } from '../../core/util/url-credentials.js';

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Sent to custom endpoints that need no key (Ollama, vLLM, a fake): the SDK refuses to run without one. */
const NO_KEY_PLACEHOLDER = 'evalgate-no-key';
/** The config's apiKey is "", or named another variable that is unset (config/interpolate.ts): send no key. */
const named = (p: ProviderSettings): boolean => p.apiKey === '';

export interface OpenAIModelClientOptions {
  /** Fallbacks like the SDK's own: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID. */
  env?: Record<string, string | undefined>;
  /** One-line notices for the user (never holds a key). */
  log?: (message: string) => void;
  /**
   * The HTTP layer under the SDK. Default: undici's request API on a keep-alive pool that follows
   * redirects and honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY from `env` (far less CPU per request than a
   * WHATWG fetch). 'builtin' forces Node's fetch (no proxy, for comparison in tests).
   */
  fetch?: FetchLike | 'builtin';
}

export type SdkModule = typeof Sdk;
export type SdkClient = InstanceType<SdkModule['OpenAI']>;

export interface OpenAIModelClient extends ModelClient {
  embed(req: EmbeddingRequest): Promise<EmbeddingResponse>;
  /** Every key value this client has used, for scrubbing traces and logs. */
  secrets(): string[];
  /** Closes idle keep-alive sockets. Optional to call: idle sockets never keep the process alive. */
  close(): void;
  /** Runs `fn` with this provider's SDK client, errors mapped like a completion's (the Batch API client uses it). */
  withSdk<T>(
    provider: ProviderSettings,
    fn: (client: SdkClient, sdk: SdkModule) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T>;
}

export function createOpenAIModelClient(options: OpenAIModelClientOptions = {}): OpenAIModelClient {
  const env = options.env ?? {};
  const log = options.log ?? (() => {});
  let sdkPromise: Promise<SdkModule> | undefined;
  const clients = new Map<string, SdkClient>();
  const usedSecrets = new Set<string>();
  const loadSdk = (): Promise<SdkModule> => (sdkPromise ??= import('openai'));
  let ownFetch: UndiciFetch | undefined;
  const fetchImpl = (): FetchLike | undefined => {
    if (options.fetch === 'builtin') return undefined;
    if (options.fetch) return options.fetch;
    return (ownFetch ??= createUndiciFetch({ env }));
  };

  /**
   * The endpoint and its credential. Credentials in the URL (`https://user:pass@host/v1`) are taken out of it
   * (the SDK would print and fetch would refuse them) and sent as Basic auth, replacing any API key: that
   * endpoint asked for them, and OPENAI_API_KEY, which may be set for other providers, stays unsent to it.
   */
  function openaiEndpoint(provider: ProviderSettings): { baseURL: string; apiKey: string; authorization?: string } {
    const configured = (provider.baseUrl ?? env['OPENAI_BASE_URL'] ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
    const { url: baseURL, credentials } = splitUrlCredentials(configured);
    if (credentials) return { baseURL, apiKey: NO_KEY_PLACEHOLDER, authorization: basicAuthorization(credentials) };
    // "" = the config named another variable for this key and it is unset: no key is sent, never the
    // OpenAI key in its place (config/interpolate.ts).
    const apiKey = provider.apiKey ?? env['OPENAI_API_KEY'];
    if (apiKey) return { baseURL, apiKey };
    if (named(provider) && baseURL === OPENAI_DEFAULT_BASE_URL)
      throw new ModelError(
        'auth',
        `provider "${provider.id}": no API key: its apiKey is empty or names an unset variable (OPENAI_API_KEY is not used in its place)`,
      );
    if (baseURL === OPENAI_DEFAULT_BASE_URL) {
      throw new ModelError(
        'auth',
        `provider "${provider.id}": no API key (set OPENAI_API_KEY or providers.${provider.id}.apiKey)`,
      );
    }
    return { baseURL, apiKey: NO_KEY_PLACEHOLDER };
  }

  function newClient(
    sdk: SdkModule,
    provider: ProviderSettings,
  ): { id: string; make: () => SdkClient; apiKey: string } {
    const fetch = fetchImpl();
    const common = {
      ...(fetch ? { fetch } : {}),
      maxRetries: 0,
      // Not ours to send, even if the machine has them.
      adminAPIKey: null,
      webhookSecret: null,
      // OPENAI_LOG=debug would print requests; the trace is the place for those.
      logLevel: 'off' as const,
    };
    if (provider.type === 'azure') {
      const endpoint = (provider.endpoint ?? '').replace(/\/+$/, '');
      if (splitUrlCredentials(endpoint).credentials) {
        throw new ModelError(
          'auth',
          `provider "${provider.id}": the Azure endpoint URL carries credentials (user:password@); Azure takes apiKey or azureAdToken instead`,
        );
      }
      const deployment = provider.deployment ?? provider.model;
      const token = provider.azureAdToken;
      const apiKey = provider.apiKey;
      if (!token && !apiKey)
        throw new ModelError(
          'auth',
          `provider "${provider.id}": no Azure credential (set apiKey, AZURE_OPENAI_API_KEY or azureAdToken)`,
        );
      // `||`: a credential that named an unset variable is "" (config/interpolate.ts), not a credential.
      const secret = token || apiKey || '';
      return {
        // The credential is hashed so the map's keys never hold it in clear (heap dumps, debug printing).
        id: `azure\n${endpoint}\n${deployment}\n${provider.apiVersion ?? ''}\n${sha256Hex(secret)}`,
        apiKey: secret,
        make: () =>
          new sdk.AzureOpenAI({
            ...common,
            // null, not absent: the SDK would take OPENAI_BASE_URL (meant for the openai providers) and then
            // refuse it beside `endpoint` ("baseURL and endpoint are mutually exclusive").
            baseURL: null,
            endpoint,
            deployment,
            ...(provider.apiVersion !== undefined ? { apiVersion: provider.apiVersion } : {}),
            ...(token ? { azureADTokenProvider: async () => token } : { apiKey: apiKey! }),
          }),
      };
    }
    const { baseURL, apiKey, authorization } = openaiEndpoint(provider);
    const credential = authorization ?? apiKey;
    return {
      id: `openai\n${baseURL}\n${sha256Hex(credential)}`,
      apiKey: credential,
      make: () => {
        if (credential === NO_KEY_PLACEHOLDER)
          log(
            named(provider)
              ? `provider "${provider.id}": its apiKey is empty or names an unset variable; calling ${baseURL} without a key (OPENAI_API_KEY is not sent to it)`
              : `provider "${provider.id}": no API key set; calling ${baseURL} without one`,
          );
        return new sdk.OpenAI({
          ...common,
          apiKey,
          baseURL,
          // The SDK lets a default Authorization header replace its Bearer one.
          ...(authorization ? { defaultHeaders: { Authorization: authorization } } : {}),
          organization: env['OPENAI_ORG_ID'] ?? null,
          project: env['OPENAI_PROJECT_ID'] ?? null,
        });
      },
    };
  }

  // Per provider object (a run's providers are fixed): resolving the endpoint hashes the key, which cost
  // more per request than anything else in this file.
  const resolved = new WeakMap<ProviderSettings, { sdk: SdkModule; client: SdkClient; apiKey: string }>();

  async function clientFor(provider: ProviderSettings): Promise<{ sdk: SdkModule; client: SdkClient; apiKey: string }> {
    const known = resolved.get(provider);
    if (known) return known;
    const sdk = await loadSdk();
    const { id, make, apiKey } = newClient(sdk, provider);
    if (apiKey !== NO_KEY_PLACEHOLDER) usedSecrets.add(apiKey);
    for (const s of providerSecrets(provider)) usedSecrets.add(s.value);
    for (const url of [provider.baseUrl, provider.endpoint, env['OPENAI_BASE_URL']])
      for (const v of urlCredentialValues(url)) usedSecrets.add(v);
    let client = clients.get(id);
    if (!client) {
      client = make();
      clients.set(id, client);
    }
    const out = { sdk, client, apiKey };
    resolved.set(provider, out);
    return out;
  }

  /** Per-request options: timeout, abort signal, and a gateway's extra headers and query parameters. */
  function requestOptions(p: ProviderSettings, signal: AbortSignal | undefined) {
    return {
      timeout: p.timeoutMs,
      maxRetries: 0,
      ...(p.headers ? { headers: p.headers } : {}),
      ...(p.query ? { query: p.query } : {}),
      ...(signal ? { signal } : {}),
    };
  }

  async function call<T>(
    provider: ProviderSettings,
    signal: AbortSignal | undefined,
    run: (c: SdkClient) => Promise<T>,
  ): Promise<T> {
    let sdk: SdkModule | undefined;
    let apiKey = '';
    try {
      const got = await clientFor(provider);
      sdk = got.sdk;
      apiKey = got.apiKey;
      return await run(got.client);
    } catch (err) {
      if (err instanceof ModelError) throw err;
      if (!sdk)
        throw new ModelError(
          'client',
          `could not load the openai SDK: ${err instanceof Error ? err.message : String(err)}`,
        );
      throw toModelError(err, sdk, { secrets: [apiKey, ...usedSecrets], ...(signal ? { signal } : {}) });
    }
  }

  return {
    async complete(req: CompletionRequest): Promise<CompletionResponse> {
      const p = req.provider;
      const body = chatBody(p, req.messages);
      // withResponse: the rate-limit headers of a successful answer are what lets the engine pace itself
      // before the endpoint has to refuse anything.
      const { data: raw, response } = await call(p, req.signal, (c) =>
        c.chat.completions
          .create(
            body as unknown as Parameters<SdkClient['chat']['completions']['create']>[0] & { stream: false },
            requestOptions(p, req.signal),
          )
          .withResponse(),
      );
      const res = parseCompletion(raw as unknown);
      const rateLimit = parseRateLimitHeaders(response.headers);
      if (rateLimit) res.rateLimit = rateLimit;
      return res;
    },

    async embed(req: EmbeddingRequest): Promise<EmbeddingResponse> {
      const p = req.provider;
      const raw: unknown = await call(p, req.signal, (c) =>
        // Explicit float: the SDK's default base64 is not implemented by many compatible servers.
        c.embeddings.create(
          { model: p.model, input: req.input, encoding_format: 'float' },
          requestOptions(p, req.signal),
        ),
      );
      return parseEmbeddings(raw, req.input.length);
    },

    withSdk: async (provider, fn, signal) => {
      const { sdk } = await clientFor(provider);
      return call(provider, signal, (c) => fn(c, sdk));
    },
    secrets: () => [...usedSecrets],
    close: () => ownFetch?.destroy(),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseEmbeddings(raw: unknown, expected: number): EmbeddingResponse {
  if (!isRecord(raw) || !Array.isArray(raw['data']))
    throw new ModelError('malformed', 'embeddings response has no data');
  const rows = raw['data'] as unknown[];
  const vectors: number[][] = new Array<number[]>(expected);
  rows.forEach((row, i) => {
    if (!isRecord(row)) throw new ModelError('malformed', 'embeddings row is not an object');
    const index = typeof row['index'] === 'number' ? row['index'] : i;
    const emb = row['embedding'];
    if (!Array.isArray(emb) || !emb.every((x) => typeof x === 'number'))
      throw new ModelError('malformed', 'embedding is not a number array');
    if (index < 0 || index >= expected) throw new ModelError('malformed', `embedding index ${index} out of range`);
    vectors[index] = emb as number[];
  });
  // A loop, not .some(): .some() skips the holes we are looking for.
  let complete = rows.length === expected;
  for (let i = 0; i < expected && complete; i++) if (vectors[i] === undefined) complete = false;
  if (!complete) {
    throw new ModelError('malformed', `expected ${expected} embeddings, got ${rows.length}`);
  }
  const usage = parseUsage(raw['usage'], 'completion_tokens');
  return usage ? { vectors, usage } : { vectors };
}
