// One model call as the engine makes it: response cache (by cacheMode), provider concurrency, cost-cap
// check right before sending, retries. Shared by application calls and judge/embedding calls so both
// get the same cache, limits and retry semantics.
import { ModelError, type ChatMessage, type CompletionResponse, type EmbeddingResponse, type ProviderSettings } from '../model/types.js';
import type { CachedResponse } from '../ports/stores.js';
import type { RunContext } from './context.js';
import { jitterFor } from './cache-key.js';
import { withRetries } from './retry.js';

export type CallOutcome<T> =
  | { status: 'ok'; value: T; latencyMs: number; attempts: number; cached: boolean }
  | { status: 'error'; error: ModelError; attempts: number }
  | { status: 'skipped' };

export interface CallOptions {
  /** Check the cost cap before sending (application calls). */
  respectCap: boolean;
  signal?: AbortSignal;
  /** What the cache keeps for humans (redacted when redaction is on). */
  describe: { model: string; messages: ChatMessage[]; sample: number };
}

async function readCache(run: RunContext, key: string): Promise<CachedResponse | undefined> {
  const mode = run.options.cacheMode;
  const cache = run.deps.cache;
  if (!cache || (mode !== 'use' && mode !== 'replay')) return undefined;
  let hit: CachedResponse | undefined;
  try {
    hit = await cache.get(key);
  } catch (e) {
    run.warnOnce('cache-read', `response cache could not be read (${(e as Error).message}); calling the model instead`);
    return undefined;
  }
  // Recordings never expire; the TTL is for the live cache only.
  if (hit && mode === 'use' && run.ttlMs > 0 && run.deps.clock.now() - hit.storedAt > run.ttlMs) return undefined;
  return hit;
}

async function writeCache(run: RunContext, key: string, value: CachedResponse): Promise<void> {
  const mode = run.options.cacheMode;
  const cache = run.deps.cache;
  if (!cache || (mode !== 'use' && mode !== 'refresh')) return;
  try {
    await cache.set(key, value);
  } catch (e) {
    run.warnOnce('cache-write', `response cache could not be written (${(e as Error).message}); results are unaffected`);
  }
}

async function liveCall<T>(
  run: RunContext,
  provider: ProviderSettings,
  key: string,
  opts: CallOptions,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<CallOutcome<T>> {
  if (run.options.cacheMode === 'replay') {
    return { status: 'error', error: new ModelError('replay-miss', 'no recorded response for this request (replay mode)'), attempts: 0 };
  }
  return run.providerLimit(provider)(async (): Promise<CallOutcome<T>> => {
    // Checked after the slot is granted: requests queued behind the cap must not go out.
    if (opts.respectCap ? !run.maySend() : run.stopped) return { status: 'skipped' };
    const outer = opts.signal;
    const r = await withRetries(
      (signal) => call(outer ? AbortSignal.any([signal, outer]) : signal),
      { maxRetries: provider.maxRetries, timeoutMs: provider.timeoutMs, maxRetryWaitMs: run.maxRetryWaitMs },
      {
        clock: run.deps.clock,
        hub: run.hub,
        jitter: (attempt) => jitterFor(key, attempt),
        onCappedWait: (requested, capped) =>
          run.warnOnce(
            `retry-cap:${provider.id}`,
            `provider "${provider.id}" asked to retry after ${Math.round(requested / 1000)} s; waiting ${Math.round(capped / 1000)} s instead (maxRetryWait)`,
          ),
      },
    );
    if (!r.ok) return { status: 'error', error: r.error, attempts: r.attempts };
    return { status: 'ok', value: r.value, latencyMs: r.latencyMs, attempts: r.attempts, cached: false };
  });
}

function describeForCache(run: RunContext, d: CallOptions['describe']): CachedResponse['request'] {
  if (!run.redactOn) return d;
  return { ...d, messages: d.messages.map((m) => ({ role: m.role, content: run.redact(m.content).text })) };
}

export async function cachedCompletion(
  run: RunContext,
  provider: ProviderSettings,
  messages: ChatMessage[],
  key: string,
  opts: CallOptions,
): Promise<CallOutcome<CompletionResponse>> {
  const hit = await readCache(run, key);
  if (hit) {
    const value: CompletionResponse = { output: hit.output };
    if (hit.servedModel !== undefined) value.servedModel = hit.servedModel;
    if (hit.systemFingerprint !== undefined) value.systemFingerprint = hit.systemFingerprint;
    if (hit.usage !== undefined) value.usage = hit.usage;
    return { status: 'ok', value, latencyMs: hit.latencyMs, attempts: 0, cached: true };
  }
  const out = await liveCall(run, provider, key, opts, (signal) => run.deps.model.complete({ provider, messages, signal }));
  if (out.status === 'ok') {
    const v = out.value;
    const entry: CachedResponse = { output: v.output, latencyMs: out.latencyMs, storedAt: run.deps.clock.now() };
    if (v.servedModel !== undefined) entry.servedModel = v.servedModel;
    if (v.systemFingerprint !== undefined) entry.systemFingerprint = v.systemFingerprint;
    if (v.usage !== undefined) entry.usage = v.usage;
    const request = describeForCache(run, opts.describe);
    if (request) entry.request = request;
    await writeCache(run, key, entry);
  }
  return out;
}

export async function cachedEmbedding(
  run: RunContext,
  provider: ProviderSettings,
  input: string[],
  key: string,
  opts: CallOptions,
): Promise<CallOutcome<EmbeddingResponse>> {
  const embed = run.deps.model.embed?.bind(run.deps.model);
  const hit = await readCache(run, key);
  if (hit) {
    try {
      const vectors = JSON.parse(hit.output) as number[][];
      const value: EmbeddingResponse = { vectors };
      if (hit.usage !== undefined) value.usage = hit.usage;
      return { status: 'ok', value, latencyMs: hit.latencyMs, attempts: 0, cached: true };
    } catch {
      // A corrupt entry is a miss.
    }
  }
  if (!embed) {
    return { status: 'error', error: new ModelError('client', 'the model client does not support embeddings'), attempts: 0 };
  }
  const out = await liveCall(run, provider, key, opts, (signal) => embed({ provider, input, signal }));
  if (out.status === 'ok') {
    const entry: CachedResponse = { output: JSON.stringify(out.value.vectors), latencyMs: out.latencyMs, storedAt: run.deps.clock.now() };
    if (out.value.usage !== undefined) entry.usage = out.value.usage;
    const request = describeForCache(run, opts.describe);
    if (request) entry.request = request;
    await writeCache(run, key, entry);
  }
  return out;
}
