// Shared composition for the commands that evaluate (run, and gate/drift if they like): the scorer
// registry, the real adapters (openai client, disk cache or recordings, JSONL trace, system clock) and the
// governance hooks, wired into EngineDeps. Everything comes from arguments (env, cwd), never process.*,
// so commands run in-process in tests.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DiskCache } from '../adapters/cache/disk-cache.js';
import { createSystemClock } from '../adapters/clock/system-clock.js';
import { createOpenAIModelClient, type OpenAIModelClient } from '../adapters/model/openai-client.js';
import { createBatchingClient } from '../adapters/model/batch-client.js';
import { BatchStateStore } from '../adapters/model/batch-state.js';
import { costOf, type PriceDataset } from '../core/pricing/cost.js';
import type { ProviderSettings } from '../core/model/types.js';
import { priceDatasetLoader } from '../adapters/pricing/genai-prices.js';
import { JsonlTrace } from '../adapters/trace/jsonl-trace.js';
import { failAlone, fanOut, lazySink } from '../adapters/trace/compose.js';
import { otlpConfigFromEnv } from '../core/telemetry/otlp-config.js';
import { VERSION } from './version.js';
import type { ResolvedConfig } from '../core/config/resolved.js';
import type { CacheMode, EngineDeps, ProgressEvent, RunOptions } from '../core/engine/types.js';
import { redact, scanInput } from '../core/governance/detect.js';
import type { ModelClient } from '../core/ports/model-client.js';
import { withEcho } from '../core/model/echo.js';
import type { TraceSink } from '../core/ports/stores.js';
import { failureLine, outputFailure, type OutputFailure } from './outputs.js';
import { modelGradedScorers } from '../core/scorers/model-graded/index.js';
import { policyScorers } from '../core/scorers/policy/index.js';
import { createRegistry, deterministicScorers } from '../core/scorers/registry.js';
import type { Scorer } from '../core/scorers/types.js';
import { createSecretScrubber, type NamedSecret } from '../core/util/mask-secrets.js';
import { knownSecrets, scrubText } from './secrets.js';

/** Every assertion type the CLI knows. Built before the config is loaded: the loader validates against it. */
export function buildScorerRegistry(): Map<string, Scorer> {
  return createRegistry(deterministicScorers(), modelGradedScorers(), policyScorers());
}

export type StoreKind = 'cache' | 'recordings' | 'none';

/** Flags → how the engine uses the store and which folder backs it. */
export function cachePlan(flags: { noCache?: boolean; record?: boolean; replay?: boolean }): {
  mode: CacheMode;
  store: StoreKind;
} {
  if (flags.replay) return { mode: 'replay', store: 'recordings' };
  // Recording always asks the model: the point is fresh answers to commit.
  if (flags.record) return { mode: 'refresh', store: 'recordings' };
  if (flags.noCache) return { mode: 'off', store: 'none' };
  return { mode: 'use', store: 'cache' };
}

/** `cache.dir` (relative to the config) or `.evalgate-cache` next to the config. */
function cacheDirOf(config: ResolvedConfig): string {
  return resolve(config.dir, config.cache.dir ?? '.evalgate-cache');
}

/** `recordings:` (relative to the config) or `recordings` next to the config. */
function recordingsDirOf(config: ResolvedConfig): string {
  return resolve(config.dir, config.recordingsDir ?? 'recordings');
}

export function newRunId(now: Date = new Date()): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export interface RuntimeInput {
  config: ResolvedConfig;
  env: Record<string, string | undefined>;
  plan: { mode: CacheMode; store: StoreKind };
  /** Absolute path of the JSONL trace, if any. */
  tracePath?: string;
  warn: (message: string) => void;
  /** Progress notes for the user (the Batch API's submissions and resumes); default: none. */
  log?: (message: string) => void;
  /** Registers a secret with the host's log masking (GitHub Actions: core.setSecret). */
  mask?: (secret: string, name: string) => void;
  onProgress?: (e: ProgressEvent) => void;
  scorers: ReadonlyMap<string, Scorer>;
  /**
   * Called once when the trace file cannot be written (its path and why); the trace stops there and the
   * run goes on. Without it the failure is a warning only.
   */
  onTraceFailure?: (failure: OutputFailure) => void;
  /** Tests may pass another client; the CLI uses the openai one. */
  model?: ModelClient;
  /** Providers whose requests go through the Batch API (core/batch/prepare.ts planBatch). */
  batchProviders?: ReadonlySet<ProviderSettings>;
}

export interface Runtime {
  deps: EngineDeps;
  /** Fields of RunOptions the runtime decides (cache mode, TTL, governance, actor/commit). */
  options: Pick<RunOptions, 'cacheMode' | 'cacheTtlHours' | 'governance' | 'actor' | 'commit'>;
  storeDir?: string;
  /** Masks every known secret: for what callers write besides the engine's results (files, console). */
  scrub(text: string): string;
  close(): Promise<void>;
}

/** The openai client behind the Batch API client; the batch ids are kept under the cache dir. */
function batchingClient(
  openai: OpenAIModelClient,
  input: RuntimeInput,
  prices: () => Promise<PriceDataset | undefined>,
): ModelClient {
  return createBatchingClient({
    inner: openai,
    providers: input.batchProviders!,
    state: new BatchStateStore(cacheDirOf(input.config)),
    price: async (m, usage) => costOf(m, usage, input.config.pricing, await prices()),
    log: (m) => input.log?.(m),
    warn: input.warn,
  });
}

/** The JSONL trace; a failed write is one warning naming the file, and only the trace stops. */
function traceFile(path: string, secrets: () => readonly string[], input: RuntimeInput): TraceSink {
  return failAlone(new JsonlTrace({ path, secrets }), (err) => {
    const failure = outputFailure('the trace', path, err);
    input.warn(`${failureLine(failure)}; the trace stops here, the run goes on`);
    input.onTraceFailure?.(failure);
  });
}

export function buildRuntime(input: RuntimeInput): Runtime {
  const { config, env, plan } = input;
  const openai = createOpenAIModelClient({ env, log: input.warn });
  const prices = priceDatasetLoader(input.warn);
  const model = withEcho(input.model ?? (input.batchProviders?.size ? batchingClient(openai, input, prices) : openai));
  const storeDir =
    plan.store === 'cache' ? cacheDirOf(config) : plan.store === 'recordings' ? recordingsDirOf(config) : undefined;
  const cache = storeDir ? new DiskCache({ dir: storeDir }) : undefined;
  // One scrubber for everything the run writes (results, cache, trace): the registry's secrets plus any
  // key the client used that the registry did not know (e.g. an SDK fallback).
  const named: NamedSecret[] = knownSecrets(config, env);
  // Registered with the host's log masking too (GitHub Actions: core.setSecret).
  if (input.mask) for (const s of named) input.mask(s.value, s.name);
  let scrubber = createSecretScrubber(named);
  let seenKeys = 0;
  const current = () => {
    const used = openai.secrets();
    if (used.length !== seenKeys) {
      seenKeys = used.length;
      scrubber = createSecretScrubber([...named, ...used.map((value) => ({ name: 'api key', value }))]);
    }
    return scrubber;
  };
  const secrets = () => [...named.map((s) => s.value), ...openai.secrets()];
  const jsonl = input.tracePath ? traceFile(input.tracePath, secrets, input) : undefined;
  // OpenTelemetry export is opt-in through the standard OTEL_EXPORTER_OTLP_* variables.
  const otlp = otlpConfigFromEnv(env);
  if (otlp && 'problem' in otlp) input.warn(`OpenTelemetry export is off: ${otlp.problem}`);
  const otel =
    otlp && !('problem' in otlp)
      ? lazySink(
          async () =>
            new (await import('../adapters/telemetry/otlp-sink.js')).OtlpTraceSink({
              config: otlp,
              toolVersion: VERSION,
              warn: input.warn,
              secrets,
            }),
        )
      : undefined;
  const trace = fanOut([jsonl, otel].filter((t) => t !== undefined));
  const gov = config.governance;

  const deps: EngineDeps = {
    model,
    clock: createSystemClock(),
    scorers: input.scorers,
    pricing: config.pricing,
    priceDataset: prices,
    functions: config.functions,
    providers: config.providers,
    warn: input.warn,
    // Always on, whatever governance.redactTraces says.
    scrubSecrets: (text) => current().scrub(text),
  };
  if (cache) deps.cache = cache;
  if (trace) deps.trace = trace;
  if (input.onProgress) deps.onProgress = input.onProgress;
  if (gov.scanInputs !== 'off') deps.scanInput = scanInput;
  if (gov.redactTraces) deps.redact = (text) => redact(text);

  const options: Runtime['options'] = {
    cacheMode: plan.mode,
    // Recordings never expire: they are fixtures, not a cache. (The engine only judges TTL in 'use' mode.)
    cacheTtlHours: plan.store === 'recordings' ? 0 : config.cache.ttlHours,
    governance: { scanInputs: gov.scanInputs, redactTraces: gov.redactTraces },
  };
  const actor = env['GITHUB_ACTOR'] ?? env['USER'] ?? env['USERNAME'];
  if (actor) options.actor = actor;
  if (env['GITHUB_SHA']) options.commit = env['GITHUB_SHA'];

  const runtime: Runtime = {
    deps,
    options,
    scrub: (text) => scrubText(current())(text),
    async close() {
      await trace?.close?.();
    },
  };
  if (storeDir) runtime.storeDir = storeDir;
  return runtime;
}
