// Creating something on GitHub (a comment, an issue) is not idempotent: when GitHub commits a POST but
// the response is lost (a 502 after the write, a dropped connection), a blind retry creates a second copy.
// So creates are sent without the retry plugin, and after an ambiguous failure we look for what we meant
// to create (by its hidden marker) before creating again.
import { httpStatus } from './octokit.js';

/** Per-request option that turns plugin-retry off for one call. */
export const NO_PLUGIN_RETRY = { request: { retries: 0 } } as const;

/** A failure after which the write may or may not have happened: 5xx, or no HTTP answer at all. */
export function mayHaveLanded(e: unknown): boolean {
  const s = httpStatus(e);
  return s === undefined || s >= 500;
}

export interface CreateOnceOptions<T> {
  create: () => Promise<T>;
  /** Looks for the object the create was meant to make; found = it landed. */
  find: () => Promise<T | undefined>;
  /** Attempts of the create (default 3). */
  attempts?: number;
  /** Base of the wait between attempts, ms (default 1000). */
  waitMs?: number;
  log?: (message: string) => void;
  what: string;
}

/** Creates at most one object: after an ambiguous failure, `find` decides whether to try again. */
export async function createOnce<T>(o: CreateOnceOptions<T>): Promise<T> {
  const attempts = o.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await o.create();
    } catch (e) {
      if (!mayHaveLanded(e)) throw e;
      const found = await o.find();
      if (found !== undefined) {
        o.log?.(`creating ${o.what} answered ${httpStatus(e) ?? (e as Error).message}, but it was created: using it`);
        return found;
      }
      if (attempt >= attempts) throw e;
      o.log?.(
        `creating ${o.what} failed (${httpStatus(e) ?? (e as Error).message}); not created, retrying (attempt ${attempt + 1} of ${attempts})`,
      );
      await new Promise((r) => setTimeout(r, (o.waitMs ?? 1000) * attempt));
    }
  }
}
