// The engine with the real openai adapter against the loopback fake model: what the CLI and the action
// run, minus the config loader. Waits between retries go through a clock that records them instead of
// sleeping; latency is real.
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { runEval } from '../../../src/core/engine/engine.js';
import type { Clock } from '../../../src/core/ports/clock.js';
import { startFakeModel, type FakeBehavior, type FakeModel } from '../../fakes/fake-model.js';
import { MemoryTrace, deps, options, provider, suite, testCase } from './helpers.js';

const KEY = 'sk-evalgate-TEST-0123456789abcdef';
let fm: FakeModel | undefined;
afterEach(async () => {
  await fm?.close();
  fm = undefined;
});

function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  // Sleeps return at once but move the clock on, as a real wait would.
  let slept = 0;
  return {
    sleeps,
    now: () => Date.now() + slept,
    monotonic: () => performance.now() + slept,
    sleep: async (ms) => {
      sleeps.push(ms);
      slept += ms;
    },
  };
}

async function evalOne(behavior: FakeBehavior, over: Parameters<typeof provider>[0] = {}) {
  fm = await startFakeModel({ behavior });
  const clock = recordingClock();
  const trace = new MemoryTrace();
  const model = createOpenAIModelClient({ env: {} });
  const s = suite({
    provider: provider({ baseUrl: fm.url, apiKey: KEY, model: 'gpt-4o-mini', maxRetries: 2, ...over }),
    cases: [testCase('a', { name: 'hello' })],
  });
  const d = deps(model, clock, { trace, pricing: { 'gpt-4o-mini': { input: 0.15, output: 0.6 } } });
  const out = await runEval([{ label: 'head', suite: s }], options(), d);
  return { out, sample: out.results[0]!.suite.cases[0]!.samples[0]!, clock, trace, warnings: d.warnings, fm };
}

describe('engine + openai adapter + fake model', () => {
  it('retries a 429 after its Retry-After and sends the key only in Authorization', async () => {
    const {
      sample,
      clock,
      trace,
      fm: server,
    } = await evalOne((r) => (r.n === 0 ? { status: 429, retryAfter: 2 } : { content: 'hello back' }));
    expect(sample).toMatchObject({ status: 'ok', attempts: 2, output: 'hello back', score: 1 });
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(2_500);
    expect(server.requests).toHaveLength(2);
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
      const others = Object.entries(r.headers).filter(([k]) => k !== 'authorization');
      expect(JSON.stringify(others)).not.toContain(KEY);
      expect(r.rawBody).not.toContain(KEY);
    }
    expect(JSON.stringify(trace.records)).not.toContain(KEY);
  });

  it('caps a Retry-After beyond the maximum wait and warns', async () => {
    const { sample, clock, warnings } = await evalOne((r) =>
      r.n === 0 ? { status: 429, retryAfter: 600 } : { content: 'hello' },
    );
    expect(sample.status).toBe('ok');
    expect(clock.sleeps).toEqual([120_000]);
    expect(warnings.some((w) => w.includes('600 s'))).toBe(true);
  });

  it('retries a 5xx and then succeeds', async () => {
    const { sample, clock } = await evalOne((r) =>
      r.n < 2 ? { status: r.n === 0 ? 500 : 503 } : { content: 'hello' },
    );
    expect(sample).toMatchObject({ status: 'ok', attempts: 3 });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('reports persistent 5xx as an error after the last retry, never a score', async () => {
    const { sample, out } = await evalOne(() => ({ status: 503 }), { maxRetries: 1 });
    expect(sample).toMatchObject({ status: 'error', attempts: 2, error: { kind: 'server' } });
    expect(sample.score).toBeUndefined();
    expect(out.results[0]!.suite.aggregates).toMatchObject({ errors: 1, meanScore: null });
  });

  it('times out a hanging request and retries it', async () => {
    const { sample } = await evalOne((r) => (r.n === 0 ? { hang: true } : { content: 'hello' }), { timeoutMs: 300 });
    expect(sample).toMatchObject({ status: 'ok', attempts: 2 });
  });

  it('reports a malformed body as a malformed error without retrying', async () => {
    const { sample, fm: server } = await evalOne(() => ({ malformed: 'no-choices' }));
    expect(sample).toMatchObject({ status: 'error', attempts: 1, error: { kind: 'malformed' } });
    expect(server.requests).toHaveLength(1);
  });

  it('reports an unparsable body as an error', async () => {
    const { sample } = await evalOne(() => ({ malformed: true }), { maxRetries: 0 });
    expect(sample.status).toBe('error');
    expect(sample.error?.kind).toMatch(/malformed|network|client/);
  });

  it('records usage, cost, served model and fingerprint', async () => {
    const { sample, out, trace } = await evalOne(() => ({
      content: 'hello',
      model: 'gpt-4o-mini-2024-07-18',
      systemFingerprint: 'fp_abc',
      usage: { prompt_tokens: 1000, completion_tokens: 500 },
    }));
    expect(sample).toMatchObject({
      status: 'ok',
      tokens: { input: 1000, output: 500 },
      servedModel: 'gpt-4o-mini-2024-07-18',
      systemFingerprint: 'fp_abc',
    });
    expect(sample.costUsd).toBeCloseTo((1000 * 0.15 + 500 * 0.6) / 1e6, 12);
    expect(sample.latencyMs).toBeGreaterThan(0);
    const r = out.results[0]!.suite;
    expect(r.servedModels).toEqual(['gpt-4o-mini-2024-07-18']);
    expect(r.systemFingerprints).toEqual(['fp_abc']);
    expect(trace.records[0]).toMatchObject({
      modelRequested: 'gpt-4o-mini',
      modelServed: 'gpt-4o-mini-2024-07-18',
      systemFingerprint: 'fp_abc',
      tokens: { input: 1000, output: 500 },
    });
  });
});
