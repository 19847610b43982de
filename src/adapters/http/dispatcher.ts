// The one HTTP connection pool of a process, for model and GitHub calls: undici's Agent (keep-alive) or,
// when HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) is set, its EnvHttpProxyAgent (CONNECT tunnels for
// https, NO_PROXY host/suffix/port lists and `*`, as curl and most tools read them; stable, so no
// "experimental" warning, since undici 7). Redirects (a 307/308 from a moved endpoint) are followed by
// undici's redirect interceptor, which drops Authorization when the origin changes. (Its decompress
// interceptor is not used: it prints an "experimental" warning; undici-fetch.ts decodes bodies itself.)
// undici is loaded only on the first request.
import type { Dispatcher } from 'undici';

type Env = Record<string, string | undefined>;

export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

export interface DispatcherOptions {
  /** Connections per origin; the engine bounds concurrency itself, so this only has to be at least as large. */
  connections?: number;
}

/** Enough for a gateway that moves once or twice; a loop fails with undici's "max redirects" error. */
const MAX_REDIRECTIONS = 5;

function first(env: Env, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = env[n];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

/** The proxy settings in `env`, or undefined when none is set. */
export function proxyEnv(env: Env): ProxySettings | undefined {
  const httpProxy = first(env, 'HTTP_PROXY', 'http_proxy');
  const httpsProxy = first(env, 'HTTPS_PROXY', 'https_proxy') ?? httpProxy;
  if (httpProxy === undefined && httpsProxy === undefined) return undefined;
  const noProxy = first(env, 'NO_PROXY', 'no_proxy');
  return {
    ...(httpProxy ? { httpProxy } : {}),
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(noProxy ? { noProxy } : {}),
  };
}

export type Undici = typeof import('undici');

/** undici, loaded once: it is not needed by replay runs, config errors or `--help`. */
let undiciModule: Promise<Undici> | undefined;
export const loadUndici = (): Promise<Undici> => (undiciModule ??= import('undici'));

/** A keep-alive dispatcher for `env` (proxied when it names a proxy) that follows redirects. */
export function createDispatcher(undici: Undici, env: Env, options: DispatcherOptions = {}): Dispatcher {
  const settings = proxyEnv(env);
  const pool = { connections: options.connections ?? 256 };
  // EnvHttpProxyAgent would read process.env itself; the settings are passed so `env` alone decides.
  const base: Dispatcher = settings ? new undici.EnvHttpProxyAgent({ ...pool, ...settings }) : new undici.Agent(pool);
  return base.compose(undici.interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS }));
}
