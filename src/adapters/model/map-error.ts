// Maps anything the openai SDK (or fetch underneath it) throws to the port's ModelError, so the engine
// decides retries on `kind` alone and never sees SDK classes. Messages are one line and scrubbed of the
// key: OpenAI's 401 body echoes a partially masked key, and proxies sometimes echo headers verbatim.
import type * as Sdk from 'openai';
import { ModelError, type ModelErrorKind } from '../../core/model/types.js';
import { maskSecrets } from '../../core/util/mask-secrets.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import { parseRetryAfterMs } from './retry-after.js';

type SdkErrors = Pick<
  typeof Sdk,
  'APIError' | 'APIConnectionError' | 'APIConnectionTimeoutError' | 'APIUserAbortError' | 'OpenAIError'
>;

export interface MapErrorOptions {
  secrets: readonly string[];
  signal?: AbortSignal;
  now?: number;
}

const MAX_MESSAGE = 500;

function oneLine(text: string, secrets: readonly string[]): string {
  const flat = maskSecrets(text, secrets, '***').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

function kindForStatus(status: number): ModelErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  if (status === 401 || status === 403) return 'auth';
  return 'client';
}

export function toModelError(err: unknown, sdk: SdkErrors, opts: MapErrorOptions): ModelError {
  if (err instanceof ModelError) return err;
  const message = oneLine(err instanceof Error ? err.message : String(err), opts.secrets);
  if (
    err instanceof sdk.APIUserAbortError ||
    opts.signal?.aborted ||
    (err instanceof Error && err.name === 'AbortError')
  ) {
    return new ModelError('aborted', 'request aborted');
  }
  // Order matters: the timeout class extends the connection class, which extends APIError.
  if (err instanceof sdk.APIConnectionTimeoutError) return new ModelError('timeout', `request timed out: ${message}`);
  if (err instanceof sdk.APIConnectionError) return new ModelError('network', `connection failed: ${message}`);
  if (err instanceof sdk.APIError) {
    const status = err.status;
    if (status === undefined) return new ModelError('malformed', message);
    const retryAfterMs = parseRetryAfterMs(err.headers, opts.now);
    const rateLimit = status === 429 ? parseRateLimitHeaders(err.headers) : undefined;
    return new ModelError(kindForStatus(status), message, {
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(rateLimit ? { rateLimit } : {}),
    });
  }
  // JSON.parse of a body labelled application/json that is not JSON.
  if (err instanceof SyntaxError) return new ModelError('malformed', `response is not valid JSON: ${message}`);
  // Missing credentials and other client-side refusals of the SDK.
  if (err instanceof sdk.OpenAIError) {
    return new ModelError(/credential|api key|apikey/i.test(message) ? 'auth' : 'client', message);
  }
  if (err instanceof TypeError) return new ModelError('network', `request failed: ${message}`);
  return new ModelError('client', message);
}
