// One model call as the engine makes it: response cache (by cacheMode), provider concurrency, cost-cap
// check right before sending, retries. Shared by application calls and judge/embedding calls so both
// get the same cache, limits and retry semantics.
import { mapContent, shortenDataUrls } from '../model/content.js';
import {
  ModelError,
  type ChatMessage,
  type CompletionResponse,
  type EmbeddingResponse,
  type ProviderSettings,
} from '../model/types.js';
import type { LimitFunction } from 'p-limit';
import type { CachedResponse } from '../ports/stores.js';
import { costOf } from '../pricing/cost.js';
import { tooDeepAt } from '../util/depth.js';
import type { RunContext } from './context.js';
import { jitterFor } from './cache-key.js';
import { withRetries } from './retry.js';

export type CallOutcome<T> =
  /** costUsd: nominal price of the answer (also for cache hits); null = price unknown. */
  | { status: 'ok'; value: T; latencyMs: number; attempts: number; cached: boolean; costUsd: number | null }
  | { status: 'error'; error: ModelError; attempts: number }
  | { status: 'skipped' };

export interface CallOptions {
  /** Check the cost cap before sending (application calls). */
  respectCap: boolean;
  /** The suite's concurrency limit, taken before the provider's (always in that order: no deadlock). */
  slot?: LimitFunction;
  signal?: AbortSignal;
  /**
   * Neither read nor write the response cache: a real second call (the judge self-consistency check,
   * whose point is a new answer, and whose answer must not replace the first one's cache entry).
   */
  fresh?: boolean;
  /** What the cache keeps for humans (redacted when redaction is on). */
  describe: { model: string; messages: ChatMessage[]; sample: number };
}

/**
 * Keys are computed lazily (sha256 over the settings and messages): a run without a cache only needs one
 * when a request is retried (for its jitter), and the bench's hot path should not pay for it.
 */
export type LazyKey = () => string;

export function lazyKey(compute: () => string): LazyKey {
  let key: string | undefined;
  return () => (key ??= compute());
}

async function readCache(run: RunContext, key: LazyKey): Promise<CachedResponse | undefined> {
  const mode = run.options.cacheMode;
  const cache = run.deps.cache;
  if (!cache || (mode !== 'use' && mode !== 'replay')) return undefined;
  let hit: CachedResponse | undefined;
  try {
    hit = await cache.get(key());
  } catch (e) {
    run.warnOnce('cache-read', `response cache could not be read (${(e as Error).message}); calling the model instead`);
    return undefined;
  }
  // An entry whose tool calls nest too deep was never written by evalgate (the model client refuses such
  // an answer) and would overflow every walk over it: a miss, so the model is asked.
  if (hit?.toolCalls?.some((c) => tooDeepAt(c.arguments) !== undefined)) return undefined;
  // Recordings never expire; the TTL is for the live cache only.
  if (hit && mode === 'use' && run.ttlMs > 0 && run.deps.clock.now() - hit.storedAt > run.ttlMs) return undefined;
  return hit;
}

function writesCache(run: RunContext): boolean {
  const mode = run.options.cacheMode;
  return run.deps.cache !== undefined && (mode === 'use' || mode === 'refresh');
}

async function writeCache(run: RunContext, key: LazyKey, value: CachedResponse): Promise<void> {
  if (!writesCache(run)) return;
  try {
    await run.deps.cache!.set(key(), value);
  } catch (e) {
    run.warnOnce(
      'cache-write',
      `response cache could not be written (${(e as Error).message}); results are unaffected`,
    );
  }
}

async function liveCall<T>(
  run: RunContext,
  provider: ProviderSettings,
  key: LazyKey,
  opts: CallOptions,
  call: (signal: AbortSignal) => Promise<T>,
  price: (value: T) => number | null,
): Promise<CallOutcome<T>> {
  if (run.options.cacheMode === 'replay') {
    return {
      status: 'error',
      error: new ModelError('replay-miss', 'no recorded response for this request (replay mode)'),
      attempts: 0,
    };
  }
  const providerLimit = run.providerLimit(provider);
  const send = async (): Promise<CallOutcome<T>> => {
    // Checked after the slot is granted: requests queued behind the cap must not go out.
    if (opts.respectCap ? !run.maySend() : run.stopped) return { status: 'skipped' };
    const outer = opts.signal;
    const r = await withRetries(
      (signal) => call(outer ? AbortSignal.any([signal, outer]) : signal),
      { maxRetries: provider.maxRetries, timeoutMs: provider.timeoutMs, maxRetryWaitMs: run.maxRetryWaitMs },
      {
        clock: run.deps.clock,
        hub: run.hub,
        pacer: run.governor(provider),
        rateLimitOf: (v) => (v as Partial<CompletionResponse>).rateLimit,
        jitter: (attempt) => jitterFor(key(), attempt),
        onCappedWait: (requested, capped) =>
          run.warnOnce(
            `retry-cap:${provider.id}`,
            `provider "${provider.id}" asked to retry after ${Math.round(requested / 1000)} s; waiting ${Math.round(capped / 1000)} s instead (evalgate's longest wait)`,
          ),
        onLongWait: (wait) =>
          run.warnOnce(
            `retry-wait:${provider.id}`,
            `provider "${provider.id}" asked to retry after ${Math.round(wait / 1000)} s (rate limit); waiting`,
          ),
      },
    );
    if (!r.ok) return { status: 'error', error: r.error, attempts: r.attempts };
    // Spend is added before the slot is released, so the next request sees it when checking the cap.
    const costUsd = price(r.value);
    run.addSpend(costUsd, provider.model);
    return { status: 'ok', value: r.value, latencyMs: r.latencyMs, attempts: r.attempts, cached: false, costUsd };
  };
  // Slots are held only while the request is out (incl. retry waits: backpressure on a rate limit);
  // scoring and the trace write happen after they are released.
  const slot = opts.slot;
  return slot ? slot(() => providerLimit(send)) : providerLimit(send);
}

/**
 * A gateway's reported charge wins (it knows discounts and routing); otherwise the price table, by the
 * requested name first (pricing: keys are config names), then by the served id.
 */
function completionPrice(run: RunContext, provider: ProviderSettings, r: CompletionResponse): number | null {
  if (r.reportedCostUsd !== undefined) return r.reportedCostUsd;
  if (!r.usage) return null;
  const byRequested = costOf(provider.model, r.usage, run.deps.pricing, run.priceDataset);
  if (byRequested !== null || r.servedModel === undefined || r.servedModel === provider.model) return byRequested;
  return costOf(r.servedModel, r.usage, run.deps.pricing, run.priceDataset);
}

function embeddingPrice(run: RunContext, provider: ProviderSettings, r: EmbeddingResponse): number | null {
  return r.usage ? costOf(provider.model, r.usage, run.deps.pricing, run.priceDataset) : null;
}

function describeForCache(run: RunContext, d: CallOptions['describe']): CachedResponse['request'] {
  const shown = { ...d, messages: d.messages.map((m) => ({ role: m.role, content: shortenDataUrls(m.content) })) };
  if (!run.scrubOn) return shown;
  return {
    ...shown,
    messages: shown.messages.map((m) => ({ role: m.role, content: mapContent(m.content, (t) => run.redact(t).text) })),
  };
}

/**
 * With governance.redactTraces on, an answer (application or judge) in which the detector finds personal
 * data or a secret is not written to the response cache or to recordings: the cache must hold the raw
 * answer for a replay to score identically, and a redacted copy would score differently. Such requests
 * are simply asked again next time (a replay reports them as replay-miss). Counted for one warning.
 */
function keepsOutOfCache(run: RunContext, output: string): boolean {
  // A known secret (a key or token the model echoed) never goes to disk, whatever governance says.
  if (run.holdsSecret(output)) {
    run.notCachedSecret++;
    return true;
  }
  if (!run.redactOn || run.redact(output).count === 0) return false;
  run.notCachedPii++;
  return true;
}

/** Text and tool-call arguments: what the redaction check must see. */
function answerText(r: CompletionResponse): string {
  return r.toolCalls ? `${r.output}\n${JSON.stringify(r.toolCalls)}` : r.output;
}

export async function cachedCompletion(
  run: RunContext,
  provider: ProviderSettings,
  messages: ChatMessage[],
  key: LazyKey,
  opts: CallOptions,
): Promise<CallOutcome<CompletionResponse>> {
  const hit = opts.fresh ? undefined : await readCache(run, key);
  if (hit) {
    const value: CompletionResponse = { output: hit.output };
    if (hit.toolCalls !== undefined) value.toolCalls = hit.toolCalls;
    if (hit.reportedCostUsd !== undefined) value.reportedCostUsd = hit.reportedCostUsd;
    if (hit.servedModel !== undefined) value.servedModel = hit.servedModel;
    if (hit.systemFingerprint !== undefined) value.systemFingerprint = hit.systemFingerprint;
    if (hit.usage !== undefined) value.usage = hit.usage;
    return {
      status: 'ok',
      value,
      latencyMs: hit.latencyMs,
      attempts: 0,
      cached: true,
      costUsd: completionPrice(run, provider, value),
    };
  }
  const out = await liveCall(
    run,
    provider,
    key,
    opts,
    (signal) => run.deps.model.complete({ provider, messages, signal }),
    (v) => completionPrice(run, provider, v),
  );
  if (out.status === 'ok' && !opts.fresh && writesCache(run) && !keepsOutOfCache(run, answerText(out.value))) {
    const v = out.value;
    const entry: CachedResponse = { output: v.output, latencyMs: out.latencyMs, storedAt: run.deps.clock.now() };
    if (v.toolCalls !== undefined) entry.toolCalls = v.toolCalls;
    if (v.reportedCostUsd !== undefined) entry.reportedCostUsd = v.reportedCostUsd;
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
  key: LazyKey,
  opts: CallOptions,
): Promise<CallOutcome<EmbeddingResponse>> {
  const embed = run.deps.model.embed?.bind(run.deps.model);
  const hit = await readCache(run, key);
  if (hit) {
    try {
      const vectors = JSON.parse(hit.output) as number[][];
      const value: EmbeddingResponse = { vectors };
      if (hit.usage !== undefined) value.usage = hit.usage;
      return {
        status: 'ok',
        value,
        latencyMs: hit.latencyMs,
        attempts: 0,
        cached: true,
        costUsd: embeddingPrice(run, provider, value),
      };
    } catch {
      // A corrupt entry is a miss.
    }
  }
  if (!embed) {
    return {
      status: 'error',
      error: new ModelError('client', 'the model client does not support embeddings'),
      attempts: 0,
    };
  }
  const out = await liveCall(
    run,
    provider,
    key,
    opts,
    (signal) => embed({ provider, input, signal }),
    (v) => embeddingPrice(run, provider, v),
  );
  if (out.status === 'ok' && writesCache(run)) {
    const entry: CachedResponse = {
      output: JSON.stringify(out.value.vectors),
      latencyMs: out.latencyMs,
      storedAt: run.deps.clock.now(),
    };
    if (out.value.usage !== undefined) entry.usage = out.value.usage;
    const request = describeForCache(run, opts.describe);
    if (request) entry.request = request;
    await writeCache(run, key, entry);
  }
  return out;
}
