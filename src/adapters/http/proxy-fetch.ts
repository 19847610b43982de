// A fetch that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, for Octokit: its default fetch is Node's,
// which ignores them unless NODE_USE_ENV_PROXY=1 (Node 24+). undici's fetch on the shared dispatcher.
import { createDispatcher, loadUndici, proxyEnv } from './dispatcher.js';
import type { FetchLike } from './undici-fetch.js';

export { proxyEnv } from './dispatcher.js';

type Env = Record<string, string | undefined>;

/** A proxy-aware fetch when `env` names a proxy; undefined otherwise (use the normal fetch). */
export function proxyFetchFromEnv(env: Env): FetchLike | undefined {
  if (!proxyEnv(env)) return undefined;
  let ready: Promise<{ fetch: typeof import('undici').fetch; dispatcher: import('undici').Dispatcher }> | undefined;
  const load = () => (ready ??= loadUndici().then((u) => ({ fetch: u.fetch, dispatcher: createDispatcher(u, env) })));
  return async (input, init) => {
    const { fetch, dispatcher } = await load();
    // undici's fetch takes the same arguments as the global one plus a dispatcher.
    return (await fetch(
      input as Parameters<typeof fetch>[0],
      { ...(init as object), dispatcher } as Parameters<typeof fetch>[1],
    )) as unknown as Response;
  };
}
