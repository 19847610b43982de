// A ModelClient that sends the requests of `batch` providers through the Batch API and the rest as
// usual. The engine asks one completion at a time; this client gathers them (until no new one came for
// gatherMs), writes them as one JSONL input file (`POST /v1/files`, purpose batch), creates the batch
// (`POST /v1/batches`, completion_window 24h), polls it with a growing interval within a deadline, reads
// the output and error files and answers each waiting request by its custom_id (the files' order is not
// the input's). Batch answers are priced at the batch discount (pricing/batch.ts).
//
// Never silently dropped: a line that failed, a batch that expired with part of its lines undone, failed
// validation, or ran past the deadline is asked synchronously, with one warning saying how many and why;
// if that fails too, the sample gets that error. The batch id is kept on disk (batch-state.ts) so a
// restart resumes the batch instead of paying for it twice.
import {
  ModelError,
  type CompletionRequest,
  type CompletionResponse,
  type ProviderSettings,
  type TokenUsage,
} from '../../core/model/types.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import { batchCost } from '../../core/pricing/batch.js';
import { sha256Hex } from '../../core/util/hash.js';
import type { BatchStateStore } from './batch-state.js';
import type { OpenAIModelClient, SdkClient } from './openai-client.js';
import { chatBody, parseCompletion } from './request-body.js';

/** Most requests per input file (OpenAI's limit is 50,000 lines and 200 MB). */
const MAX_LINES = 50_000;
// Polls at 1 s, 2 s, 4 s … up to a minute: a small batch is often done within seconds.
const DEFAULT_POLL_MS = 1_000;
const DEFAULT_MAX_POLL_MS = 60_000;
const DEFAULT_MAX_WAIT_MINUTES = 24 * 60;
const TERMINAL = new Set(['completed', 'failed', 'expired', 'cancelled']);

export interface BatchingClientOptions {
  inner: OpenAIModelClient;
  state: BatchStateStore;
  /** The provider objects to batch (planBatch); any other request is sent synchronously. */
  providers: ReadonlySet<ProviderSettings>;
  /** USD of a usage at the synchronous price (null: unknown). */
  price: (model: string, usage: TokenUsage) => Promise<number | null>;
  log: (message: string) => void;
  warn: (message: string) => void;
  /** Quiet time that ends the gathering of a batch (default 200 ms). */
  gatherMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface Pending {
  req: CompletionRequest;
  body: Record<string, unknown>;
  customId: string;
  resolve: (r: CompletionResponse) => void;
  reject: (e: unknown) => void;
}

interface Group {
  provider: ProviderSettings;
  pending: Pending[];
  timer?: NodeJS.Timeout;
}

type LineResult = { ok: CompletionResponse } | { error: string };

export interface BatchingModelClient extends ModelClient {
  /** Resolves once every gathered batch has been answered (for shutdown). */
  idle(): Promise<void>;
}

export function createBatchingClient(o: BatchingClientOptions): BatchingModelClient {
  const groups = new Map<string, Group>();
  const running = new Set<Promise<void>>();
  const sleep = o.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = o.now ?? Date.now;
  const gatherMs = o.gatherMs ?? 200;

  /** The synchronous fallback, with the provider's own timeout (the batch copy has none). */
  const syncCall = (req: CompletionRequest): Promise<CompletionResponse> => {
    const timeoutMs = req.provider.batch?.syncTimeoutMs;
    return o.inner.complete(timeoutMs ? { ...req, provider: { ...req.provider, timeoutMs } } : req);
  };

  function enqueue(req: CompletionRequest): Promise<CompletionResponse> {
    const p = req.provider;
    let g = groups.get(p.id);
    if (!g) {
      g = { provider: p, pending: [] };
      groups.set(p.id, g);
    }
    const group = g;
    return new Promise<CompletionResponse>((resolve, reject) => {
      const body = chatBody(p, req.messages);
      group.pending.push({ req, body, customId: '', resolve, reject });
      req.signal?.addEventListener(
        'abort',
        () => reject(new ModelError('aborted', 'aborted while waiting for the batch')),
        { once: true },
      );
      if (group.timer) clearTimeout(group.timer);
      group.timer = setTimeout(() => {
        groups.delete(p.id);
        for (let i = 0; i < group.pending.length; i += MAX_LINES) {
          const job = flush(group.provider, group.pending.slice(i, i + MAX_LINES)).finally(() => running.delete(job));
          running.add(job);
        }
      }, gatherMs);
    });
  }

  async function flush(provider: ProviderSettings, pending: Pending[]): Promise<void> {
    // Identical requests (the repeats of a case) get the same body hash; their occurrence number makes
    // the id unique. Sorted, the file is the same on a restart, whatever order the engine asked in.
    const seen = new Map<string, number>();
    for (const p of pending) {
      const h = sha256Hex(JSON.stringify(p.body)).slice(0, 20);
      const k = seen.get(h) ?? 0;
      seen.set(h, k + 1);
      p.customId = `eg-${h}-${k}`;
    }
    pending.sort((a, b) => (a.customId < b.customId ? -1 : a.customId > b.customId ? 1 : 0));
    const jsonl = `${pending.map((p) => JSON.stringify({ custom_id: p.customId, method: 'POST', url: '/v1/chat/completions', body: p.body })).join('\n')}\n`;
    const key = sha256Hex(`${provider.id}\n${provider.baseUrl ?? provider.endpoint ?? ''}\n${jsonl}`).slice(0, 24);
    let results: Map<string, LineResult>;
    let status: string;
    let batchId: string;
    try {
      ({ results, status, batchId } = await runBatch(provider, key, jsonl, pending.length));
    } catch (e) {
      // Submitting or reading the batch failed: each request is asked synchronously instead.
      o.warn(
        `Batch API for provider "${provider.id}" failed (${e instanceof Error ? e.message : String(e)}); ${pending.length} requests asked synchronously`,
      );
      await Promise.all(pending.map((p) => syncCall(p.req).then(p.resolve, p.reject)));
      return;
    }
    const missing: Pending[] = [];
    const reasons = new Map<string, number>();
    for (const p of pending) {
      const r = results.get(p.customId);
      if (r && 'ok' in r) {
        const usd = r.ok.usage ? batchCost(await o.price(provider.model, r.ok.usage)) : null;
        if (usd !== null) r.ok.reportedCostUsd = usd;
        r.ok.batched = true;
        p.resolve(r.ok);
      } else {
        missing.push(p);
        const why = r ? r.error : status === 'completed' ? 'no line in the output' : `batch ${status}`;
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
    if (missing.length) {
      const why = [...reasons].map(([r, n]) => `${n}× ${r}`).join(', ');
      o.warn(
        `batch ${batchId} (${status}): ${missing.length} of ${pending.length} requests not answered (${why}); asked synchronously`,
      );
      await Promise.all(missing.map((p) => syncCall(p.req).then(p.resolve, p.reject)));
    }
  }

  async function runBatch(
    provider: ProviderSettings,
    key: string,
    jsonl: string,
    lines: number,
  ): Promise<{ results: Map<string, LineResult>; status: string; batchId: string }> {
    const settings = provider.batch ?? {};
    const sdk = <T>(fn: (c: SdkClient, s: typeof import('openai')) => Promise<T>) => o.inner.withSdk(provider, fn);
    let state = await o.state.load(key, now());
    if (state) o.log(`resuming batch ${state.batchId} (${state.lines} requests, created ${state.createdAt})`);
    else {
      const file = await sdk(async (c, s) =>
        c.files.create({ file: await s.toFile(Buffer.from(jsonl), 'evalgate-batch.jsonl'), purpose: 'batch' }),
      );
      const batch = await sdk((c) =>
        c.batches.create({
          input_file_id: file.id,
          endpoint: '/v1/chat/completions',
          completion_window: '24h',
          metadata: { tool: 'evalgate' },
        }),
      );
      state = {
        batchId: batch.id,
        inputFileId: file.id,
        provider: provider.id,
        lines,
        createdAt: new Date(now()).toISOString(),
      };
      await o.state.save(key, state);
      o.log(`batch ${batch.id}: ${lines} requests submitted to the Batch API`);
    }
    const id = state.batchId;
    const deadline = now() + (settings.maxWaitMinutes ?? DEFAULT_MAX_WAIT_MINUTES) * 60_000;
    let wait = settings.pollMs ?? DEFAULT_POLL_MS;
    let batch = await sdk((c) => c.batches.retrieve(id));
    while (!TERMINAL.has(batch.status)) {
      if (now() >= deadline) {
        o.warn(
          `batch ${id} still ${batch.status} after ${settings.maxWaitMinutes ?? DEFAULT_MAX_WAIT_MINUTES} min: cancelled`,
        );
        batch = await sdk((c) => c.batches.cancel(id));
        // A cancelled batch finishes its lines in flight and then reports what it did.
        while (!TERMINAL.has(batch.status)) {
          await sleep(wait);
          batch = await sdk((c) => c.batches.retrieve(id));
        }
        break;
      }
      await sleep(wait);
      wait = Math.min(settings.maxPollMs ?? DEFAULT_MAX_POLL_MS, wait * 2);
      batch = await sdk((c) => c.batches.retrieve(id));
    }
    const results = new Map<string, LineResult>();
    const read = async (fileId: string | null | undefined) =>
      fileId ? await sdk(async (c) => (await c.files.content(fileId)).text()) : '';
    for (const line of `${await read(batch.output_file_id)}\n${await read(batch.error_file_id)}`.split('\n')) {
      if (!line.trim()) continue;
      const r = parseLine(line);
      if (r) results.set(r.customId, r.result);
    }
    if (batch.status === 'failed')
      o.warn(
        `batch ${id} failed validation: ${(batch.errors?.data ?? []).map((e) => e.message).join('; ') || 'no reason given'}`,
      );
    // Read: the next identical run is a new night, not a resume.
    await o.state.remove(key);
    return { results, status: batch.status, batchId: id };
  }

  return {
    complete: (req) => (o.providers.has(req.provider) ? enqueue(req) : o.inner.complete(req)),
    embed: (req) => o.inner.embed(req),
    async idle() {
      while (running.size) await Promise.all(running);
    },
  };
}

function parseLine(line: string): { customId: string; result: LineResult } | undefined {
  let l: {
    custom_id?: unknown;
    response?: { status_code?: number; body?: unknown } | null;
    error?: { code?: string; message?: string } | null;
  };
  try {
    l = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof l.custom_id !== 'string') return undefined;
  const status = l.response?.status_code;
  if (status === 200 && !l.error) {
    try {
      return { customId: l.custom_id, result: { ok: parseCompletion(l.response!.body) } };
    } catch (e) {
      return { customId: l.custom_id, result: { error: e instanceof Error ? e.message : String(e) } };
    }
  }
  const code = l.error?.code ?? (status !== undefined ? `HTTP ${status}` : 'error');
  return { customId: l.custom_id, result: { error: code } };
}
