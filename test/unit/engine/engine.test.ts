import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runEval } from '../../../src/core/engine/engine.js';
import { ModelError } from '../../../src/core/model/types.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import {
  MemoryTrace,
  deps,
  echo,
  fail,
  fakeClock,
  lastUser,
  options,
  provider,
  scriptedModel,
  suite,
  testCase,
} from './helpers.js';

describe('runEval: scoring and results', () => {
  it('scores every sample and aggregates per case and suite', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const trace = new MemoryTrace();
    const s = suite({ repeat: 2, traffic: { requestsPerMonth: 1000 } });
    const out = await runEval(
      [{ label: 'head', suite: s }],
      options({ actor: 'alice', commit: 'c0ffee', concurrency: 1 }),
      deps(model, clock, { trace }),
    );

    expect(model.calls).toHaveLength(4);
    const r = out.results[0]!.suite;
    expect(r.cases.map((c) => [c.id, c.score, c.pass])).toEqual([
      ['a', 1, true],
      ['b', 0, false],
    ]);
    expect(r.cases[0]!.samples.map((x) => x.index)).toEqual([0, 1]);
    expect(r.cases[0]!.samples[0]!.output).toBe('echo: Say hi to hello Ann');
    expect(r.aggregates).toMatchObject({
      cases: 2,
      samples: 4,
      ok: 4,
      errors: 0,
      meanScore: 0.5,
      passRate: 0.5,
      tokens: { input: 40, output: 20 },
      priceKnown: true,
      cacheHits: 0,
    });
    // 10 in × $1/M + 5 out × $2/M = $0.00002 per request
    expect(r.aggregates.costPerRequestUsd).toBeCloseTo(2e-5, 12);
    expect(r.aggregates.costUsd).toBeCloseTo(8e-5, 12);
    expect(r.aggregates.projectedMonthlyCostUsd).toBeCloseTo(0.02, 9);
    expect(r.aggregates.latencyMs.p50).toBe(100);
    expect(r.servedModels).toEqual(['test-model-2026']);
    expect(r.systemFingerprints).toEqual(['fp_1']);
    expect(r.provider).toMatchObject({ id: 'fast', model: 'test-model' });
    expect(r.provider.settingsHash).toMatch(/^[0-9a-f]{12}$/);
    expect(r.promptVersion).toBe('abcdef123456');

    expect(trace.records).toHaveLength(4);
    expect(trace.records[0]).toMatchObject({
      runId: 'run-1',
      label: 'head',
      kind: 'completion',
      suite: 'greeting',
      promptVersion: 'abcdef123456',
      modelRequested: 'test-model',
      modelServed: 'test-model-2026',
      systemFingerprint: 'fp_1',
      cacheHit: false,
      attempts: 1,
      status: 'ok',
      actor: 'alice',
      commit: 'c0ffee',
    });
    expect(JSON.stringify(trace.records)).not.toContain('SECRET');
    expect(JSON.stringify(out)).not.toContain('SECRET');
  });

  it('reports an unknown price as null, never $0', async () => {
    const clock = fakeClock();
    const out = await runEval(
      [{ label: 'x', suite: suite({ provider: provider({ model: 'mystery-model' }) }) }],
      options(),
      deps(scriptedModel(echo, clock), clock),
    );
    const a = out.results[0]!.suite.aggregates;
    expect(a.costUsd).toBeNull();
    expect(a.costPerRequestUsd).toBeNull();
    expect(a.priceKnown).toBe(false);
    expect(out.results[0]!.suite.cases[0]!.samples[0]!.costUsd).toBeNull();
  });

  it('emits progress up to the total per job', async () => {
    const clock = fakeClock();
    const events: string[] = [];
    await runEval(
      [
        { label: 'base', suite: suite() },
        { label: 'head', suite: suite() },
      ],
      options(),
      deps(scriptedModel(echo, clock), clock, { onProgress: (e) => events.push(`${e.label}:${e.done}/${e.total}`) }),
    );
    expect(events.filter((e) => e.startsWith('base'))).toEqual(['base:1/2', 'base:2/2']);
    expect(events.filter((e) => e.startsWith('head'))).toEqual(['head:1/2', 'head:2/2']);
  });

  it('marks a missing template variable as a render error without sending', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const s = suite({ cases: [testCase('ok', { name: 'hello' }), testCase('broken', { other: 1 })] });
    const out = await runEval([{ label: 'x', suite: s }], options(), deps(model, clock));
    const broken = out.results[0]!.suite.cases[1]!;
    expect(broken.samples[0]).toMatchObject({ status: 'error', error: { kind: 'render' } });
    expect(broken.score).toBeNull();
    expect(model.calls).toHaveLength(1);
    expect(out.results[0]!.suite.aggregates).toMatchObject({ errors: 1, ok: 1, meanScore: 1 });
  });

  it('turns an assertion that cannot decide into a sample error, not a fail', async () => {
    const clock = fakeClock();
    const undecided: Scorer = {
      type: 'undecided',
      schema: z.any(),
      negatable: false,
      score: () => ({ score: 0, pass: false, reason: 'n/a', error: 'judge unavailable' }),
    };
    const s = suite({ cases: [testCase('a', { name: 'x' }, { assertions: [{ type: 'undecided' }] })] });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options(),
      deps(scriptedModel(echo, clock), clock, {}, [undecided]),
    );
    const sample = out.results[0]!.suite.cases[0]!.samples[0]!;
    expect(sample.status).toBe('error');
    expect(sample.error?.kind).toBe('assertion');
    expect(sample.score).toBeUndefined();
    expect(sample.output).toBe('echo: Say hi to x');
    expect(out.results[0]!.suite.aggregates.meanScore).toBeNull();
  });

  it('fails the run when the trace cannot be written (the audit log must not have holes)', async () => {
    const clock = fakeClock();
    const trace = {
      write: async () => {
        throw new Error('disk full');
      },
    };
    await expect(
      runEval([{ label: 'x', suite: suite() }], options(), deps(scriptedModel(echo, clock), clock, { trace })),
    ).rejects.toThrow('disk full');
  });
});

describe('runEval: scheduling', () => {
  it('interleaves base and head of the same case', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const base = suite({ template: { messages: [{ role: 'user', content: 'BASE {{name}}' }], variables: ['name'] } });
    const head = suite({ template: { messages: [{ role: 'user', content: 'HEAD {{name}}' }], variables: ['name'] } });
    await runEval(
      [
        { label: 'base', suite: base },
        { label: 'head', suite: head },
      ],
      options({ concurrency: 1 }),
      deps(model, clock),
    );
    expect(model.calls.map(lastUser)).toEqual(['BASE hello Ann', 'HEAD hello Ann', 'BASE Bob', 'HEAD Bob']);
  });

  it('caps concurrency per provider, and options.concurrency overrides the suite', async () => {
    const cases = Array.from({ length: 20 }, (_, i) => testCase(`c${i}`, { name: `n${i}` }));
    for (const [override, expected] of [
      [undefined, 3],
      [6, 6],
    ] as const) {
      const clock = fakeClock();
      const model = scriptedModel(echo, clock);
      await runEval(
        [{ label: 'x', suite: suite({ cases, concurrency: 3 }) }],
        options(override === undefined ? {} : { concurrency: override }),
        deps(model, clock),
      );
      expect(model.maxInFlight).toBe(expected);
    }
  });

  it('does not hold a concurrency slot while a trace write is pending', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const trace = {
      writes: 0,
      async write() {
        // The first record waits until the second request went out: with concurrency 1 that only happens
        // if the first sample's slot was released before its trace write.
        if (this.writes++ === 0) await gate;
      },
    };
    const watcher = (async () => {
      while (model.calls.length < 2) await new Promise((r) => setImmediate(r));
      release();
    })();
    await runEval([{ label: 'x', suite: suite() }], options({ concurrency: 1 }), deps(model, clock, { trace }));
    await watcher;
    expect(model.calls).toHaveLength(2);
  });

  it('shares one provider limit between suites on the same provider', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const cases = Array.from({ length: 10 }, (_, i) => testCase(`c${i}`, { name: `n${i}` }));
    const p = provider({ concurrency: 2 });
    await runEval(
      [
        { label: 'x', suite: suite({ name: 's1', cases, provider: p, concurrency: 8 }) },
        { label: 'x', suite: suite({ name: 's2', cases, provider: p, concurrency: 8 }) },
      ],
      options(),
      deps(model, clock),
    );
    expect(model.maxInFlight).toBe(2);
  });
});

describe('runEval: budget and cost cap', () => {
  it('does not send a request over the token budget', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const long = testCase('long', { name: 'x'.repeat(400) });
    // "Say hi to " + 400 chars = 410 chars → 103 + 4 + 3 = 110 tokens + maxTokens 50 = 160 > 120
    const out = await runEval(
      [{ label: 'x', suite: suite({ maxRequestTokens: 120, cases: [testCase('short', { name: 'hello' }), long] }) }],
      options(),
      deps(model, clock),
    );
    const r = out.results[0]!.suite;
    expect(r.cases[1]!.samples[0]).toMatchObject({ status: 'budget', error: { kind: 'budget' } });
    expect(r.cases[1]!.samples[0]!.error!.message).toContain('160');
    expect(model.calls).toHaveLength(1);
    expect(r.aggregates.budget).toBe(1);
  });

  it('stops sending once the cost cap is reached and marks the rest skipped', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const cases = Array.from({ length: 6 }, (_, i) => testCase(`c${i}`, { name: 'hello' }));
    // $1 per request (10 × 50,000 + 5 × 100,000 per 1M tokens)
    const d = deps(model, clock, { pricing: { 'test-model': { input: 50_000, output: 100_000 } } });
    const out = await runEval(
      [{ label: 'x', suite: suite({ cases }) }],
      options({ maxCostUsd: 2.5, concurrency: 1 }),
      d,
    );
    expect(model.calls).toHaveLength(3);
    expect(out.costCapHit).toBe(true);
    const statuses = out.results[0]!.suite.cases.map((c) => c.samples[0]!.status);
    expect(statuses).toEqual(['ok', 'ok', 'ok', 'skipped', 'skipped', 'skipped']);
    expect(out.results[0]!.suite.cases[3]!.samples[0]!.error?.kind).toBe('cost-cap');
  });

  it('cannot count unknown prices toward the cap and warns once', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const d = deps(model, clock, { pricing: {} });
    const out = await runEval(
      [{ label: 'x', suite: suite({ provider: provider({ model: 'mystery' }) }) }],
      options({ maxCostUsd: 0.000001 }),
      d,
    );
    expect(out.costCapHit).toBe(false);
    expect(model.calls).toHaveLength(2);
    expect(d.warnings.filter((w) => w.includes('unknown'))).toHaveLength(1);
  });
});

describe('runEval: retries and errors', () => {
  it('retries a 429 honouring Retry-After, then succeeds', async () => {
    const clock = fakeClock();
    const model = scriptedModel(
      (req, n) => (n === 0 ? fail('rate-limit', { status: 429, retryAfterMs: 7_000 }) : echo(req, n)),
      clock,
    );
    const out = await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('a', { name: 'hello' })] }) }],
      options(),
      deps(model, clock),
    );
    const sample = out.results[0]!.suite.cases[0]!.samples[0]!;
    expect(sample).toMatchObject({ status: 'ok', attempts: 2, score: 1 });
    // Never earlier than asked; stretched by a reproducible jitter (up to 25 %) so refused requests spread out.
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(7_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(8_750);
  });

  it('honours a Retry-After above 60 s (which the openai SDK ignores) and says it is waiting', async () => {
    const clock = fakeClock();
    const model = scriptedModel(
      (req, n) => (n < 2 ? fail('rate-limit', { status: 429, retryAfterMs: 90_000 }) : echo(req, n)),
      clock,
    );
    const d = deps(model, clock);
    const out = await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('a', { name: 'hello' })] }) }],
      options(),
      d,
    );
    expect(out.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({ status: 'ok', attempts: 3 });
    expect(clock.sleeps).toHaveLength(2);
    for (const w of clock.sleeps) {
      expect(w).toBeGreaterThanOrEqual(90_000);
      expect(w).toBeLessThanOrEqual(95_000);
    }
    expect(d.warnings).toEqual(['provider "fast" asked to retry after 90 s (rate limit); waiting']);
  });

  it('caps a very long Retry-After and warns', async () => {
    const clock = fakeClock();
    const model = scriptedModel(
      (req, n) => (n === 0 ? fail('rate-limit', { status: 429, retryAfterMs: 3_600_000 }) : echo(req, n)),
      clock,
    );
    const d = deps(model, clock);
    await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('a', { name: 'hello' })] }) }],
      options({ maxRetryWaitMs: 90_000 }),
      d,
    );
    expect(clock.sleeps).toEqual([90_000]);
    expect(d.warnings.some((w) => w.includes('3600 s') && w.includes('90 s'))).toBe(true);
  });

  it('backs off exponentially with reproducible jitter and reports an error after the last retry', async () => {
    const sleepsOf = async () => {
      const clock = fakeClock();
      const model = scriptedModel(() => fail('server', { status: 503 }), clock);
      const out = await runEval([{ label: 'x', suite: suite() }], options({ concurrency: 1 }), deps(model, clock));
      return { clock, model, out };
    };
    const a = await sleepsOf();
    const b = await sleepsOf();
    expect(a.model.calls).toHaveLength(6); // 2 cases × (1 + maxRetries 2)
    expect(a.clock.sleeps).toEqual(b.clock.sleeps);
    const [first, second] = a.clock.sleeps;
    expect(first).toBeGreaterThanOrEqual(250);
    expect(first).toBeLessThanOrEqual(500);
    expect(second).toBeGreaterThanOrEqual(500);
    expect(second).toBeLessThanOrEqual(1000);
    const s = a.out.results[0]!.suite;
    expect(s.cases[0]!.samples[0]).toMatchObject({ status: 'error', attempts: 3, error: { kind: 'server' } });
    expect(s.cases[0]!.samples[0]!.score).toBeUndefined();
    expect(s.aggregates).toMatchObject({ errors: 2, ok: 0, meanScore: null, passRate: null });
  });

  it('does not retry non-retryable errors', async () => {
    const clock = fakeClock();
    const model = scriptedModel(() => fail('auth', { status: 401 }), clock);
    const out = await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('a', { name: 'x' })] }) }],
      options(),
      deps(model, clock),
    );
    expect(model.calls).toHaveLength(1);
    expect(out.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({
      status: 'error',
      attempts: 1,
      error: { kind: 'auth' },
    });
  });

  it('times out a request that never answers', async () => {
    const clock = fakeClock();
    const model = {
      calls: 0,
      complete(req: { signal?: AbortSignal }) {
        this.calls++;
        return new Promise<never>((_, reject) =>
          req.signal?.addEventListener('abort', () => reject(new ModelError('aborted', 'aborted by signal'))),
        );
      },
    };
    const s = suite({ provider: provider({ timeoutMs: 5, maxRetries: 1 }), cases: [testCase('a', { name: 'x' })] });
    const out = await runEval([{ label: 'x', suite: s }], options(), deps(model, clock));
    expect(model.calls).toBe(2);
    expect(out.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({
      status: 'error',
      attempts: 2,
      error: { kind: 'timeout' },
    });
  });

  it('skips what is left when the run is aborted', async () => {
    const clock = fakeClock();
    const ctl = new AbortController();
    const model = scriptedModel((req, n) => {
      if (n === 1) ctl.abort();
      return echo(req, n);
    }, clock);
    const cases = Array.from({ length: 5 }, (_, i) => testCase(`c${i}`, { name: 'hello' }));
    const out = await runEval(
      [{ label: 'x', suite: suite({ cases }) }],
      options({ concurrency: 1, signal: ctl.signal }),
      deps(model, clock),
    );
    expect(model.calls).toHaveLength(2);
    expect(out.results[0]!.suite.cases.slice(2).map((c) => c.samples[0]!.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ]);
  });
});
