// A fetch that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case), for model and GitHub calls.
// Node's own fetch ignores them unless NODE_USE_ENV_PROXY=1 (Node 24+), and the keep-alive adapter
// (node-fetch.ts) speaks plain node:http. undici's EnvHttpProxyAgent implements the conventions curl and
// most tools follow (CONNECT tunnels for https, NO_PROXY host/suffix/port lists, `*`); undici is already
// in the bundle through @actions/*, and is loaded only when a proxy variable is set.
import type { FetchLike } from '../model/node-fetch.js';

type Env = Record<string, string | undefined>;

function first(env: Env, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = env[n];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

/** The proxy settings in `env`, or undefined when none is set. */
export function proxyEnv(env: Env): { httpProxy?: string; httpsProxy?: string; noProxy?: string } | undefined {
  const httpProxy = first(env, 'HTTP_PROXY', 'http_proxy');
  const httpsProxy = first(env, 'HTTPS_PROXY', 'https_proxy') ?? httpProxy;
  if (httpProxy === undefined && httpsProxy === undefined) return undefined;
  const noProxy = first(env, 'NO_PROXY', 'no_proxy');
  return { ...(httpProxy ? { httpProxy } : {}), ...(httpsProxy ? { httpsProxy } : {}), ...(noProxy ? { noProxy } : {}) };
}

/** A proxy-aware fetch when `env` names a proxy; undefined otherwise (use the normal fetch). */
export function proxyFetchFromEnv(env: Env): FetchLike | undefined {
  const settings = proxyEnv(env);
  if (!settings) return undefined;
  let ready: Promise<{ fetch: typeof import('undici').fetch; dispatcher: import('undici').Dispatcher }> | undefined;
  const load = () =>
    (ready ??= import('undici').then((u) => ({ fetch: u.fetch, dispatcher: new u.EnvHttpProxyAgent(settings) })));
  return async (input, init) => {
    const { fetch, dispatcher } = await load();
    // undici's fetch takes the same arguments as the global one plus a dispatcher.
    return (await fetch(input as Parameters<typeof fetch>[0], { ...(init as object), dispatcher } as Parameters<typeof fetch>[1])) as unknown as Response;
  };
}
