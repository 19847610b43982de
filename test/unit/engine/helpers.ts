// In-memory ports for engine unit tests: a manual clock, a scripted model client, a map cache and an
// array trace. No timers: the fake clock's sleep records the wait and advances time at once.
import { contentText } from '../../../src/core/model/content.js';
import type { ResolvedCase, ResolvedSuite } from '../../../src/core/config/resolved.js';
import {
  ModelError,
  type CompletionRequest,
  type CompletionResponse,
  type EmbeddingRequest,
  type EmbeddingResponse,
  type ProviderSettings,
} from '../../../src/core/model/types.js';
import type { ModelClient } from '../../../src/core/ports/model-client.js';
import type { Clock } from '../../../src/core/ports/clock.js';
import type { CachedResponse, ResponseCache, TraceRecord, TraceSink } from '../../../src/core/ports/stores.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import type { EngineDeps, RunOptions } from '../../../src/core/engine/types.js';

export interface FakeClock extends Clock {
  sleeps: number[];
  advance(ms: number): void;
}

export function fakeClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let t = start;
  let mono = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    monotonic: () => mono,
    advance(ms) {
      t += ms;
      mono += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw new Error('aborted');
      sleeps.push(ms);
      t += ms;
      mono += ms;
    },
  };
}

export type Script = (req: CompletionRequest, n: number) => CompletionResponse | Promise<CompletionResponse>;

export interface ScriptedModel extends ModelClient {
  calls: CompletionRequest[];
  embedCalls: EmbeddingRequest[];
  inFlight: number;
  maxInFlight: number;
}

/** Answers on a later macrotask, so concurrency is observable; the script may throw a ModelError. */
export function scriptedModel(script: Script, clock?: FakeClock, latencyMs = 100): ScriptedModel {
  const m: ScriptedModel = {
    calls: [],
    embedCalls: [],
    inFlight: 0,
    maxInFlight: 0,
    async complete(req) {
      const n = m.calls.length;
      m.calls.push(req);
      m.inFlight++;
      m.maxInFlight = Math.max(m.maxInFlight, m.inFlight);
      try {
        await new Promise((r) => setImmediate(r));
        clock?.advance(latencyMs);
        return await script(req, n);
      } finally {
        m.inFlight--;
      }
    },
    async embed(req): Promise<EmbeddingResponse> {
      m.embedCalls.push(req);
      return { vectors: req.input.map((t) => [t.length, 1]), usage: { input: req.input.length, output: 0 } };
    },
  };
  return m;
}

export const lastUser = (req: CompletionRequest): string =>
  contentText([...req.messages].reverse().find((x) => x.role === 'user')?.content ?? '');

/** Default script: echoes the last user message, 10 tokens in / 5 out. */
export const echo: Script = (req) => ({
  output: `echo: ${lastUser(req)}`,
  servedModel: `${req.provider.model}-2026`,
  systemFingerprint: 'fp_1',
  usage: { input: 10, output: 5 },
});

export const fail = (
  kind: ConstructorParameters<typeof ModelError>[0],
  opts: { status?: number; retryAfterMs?: number } = {},
) => {
  throw new ModelError(kind, `simulated ${kind}`, opts);
};

export function provider(over: Partial<ProviderSettings> = {}): ProviderSettings {
  return {
    id: 'fast',
    type: 'openai',
    model: 'test-model',
    apiKey: 'sk-test-SECRET-key',
    temperature: 0,
    maxTokens: 50,
    timeoutMs: 60_000,
    maxRetries: 2,
    ...over,
  };
}

export function testCase(id: string, vars: Record<string, unknown>, over: Partial<ResolvedCase> = {}): ResolvedCase {
  return { id, vars, assertions: [{ type: 'icontains', value: 'hello' }], ...over };
}

export function suite(over: Partial<ResolvedSuite> = {}): ResolvedSuite {
  const cases = over.cases ?? [testCase('a', { name: 'hello Ann' }), testCase('b', { name: 'Bob' })];
  return {
    name: 'greeting',
    promptPath: 'prompts/greeting.txt',
    promptSource: 'Say hi to {{name}}',
    promptVersion: 'abcdef123456',
    template: { messages: [{ role: 'user', content: 'Say hi to {{name}}' }], variables: ['name'] },
    provider: provider(),
    repeat: 1,
    concurrency: 4,
    watch: [],
    files: [],
    raw: {},
    ...over,
    cases,
  };
}

export class MemoryCache implements ResponseCache {
  readonly map = new Map<string, CachedResponse>();
  gets = 0;
  async get(key: string) {
    this.gets++;
    return this.map.get(key);
  }
  async set(key: string, value: CachedResponse) {
    this.map.set(key, value);
  }
}

export class MemoryTrace implements TraceSink {
  readonly records: TraceRecord[] = [];
  async write(r: TraceRecord) {
    this.records.push(structuredClone(r));
  }
}

export function options(over: Partial<RunOptions> = {}): RunOptions {
  return { runId: 'run-1', cacheMode: 'off', cacheTtlHours: 0, toolVersion: '0.0.0-test', ...over };
}

export function deps(
  model: ModelClient,
  clock: Clock,
  over: Partial<EngineDeps> = {},
  extraScorers: Scorer[] = [],
): EngineDeps & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    model,
    clock,
    scorers: createRegistry(deterministicScorers(), extraScorers),
    pricing: { 'test-model': { input: 1, output: 2 } },
    warn: (m) => warnings.push(m),
    warnings,
    ...over,
  };
}
