import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { completionCacheKey, settingsHash } from '../../../src/core/engine/cache-key.js';
import { runEval } from '../../../src/core/engine/engine.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import {
  MemoryCache,
  MemoryTrace,
  deps,
  echo,
  fakeClock,
  options,
  provider,
  scriptedModel,
  suite,
  testCase,
} from './helpers.js';

describe('cache keys', () => {
  const msgs = [{ role: 'user' as const, content: 'hi' }];
  it('ignore the API key, endpoint, timeouts and concurrency but not output settings', () => {
    const k = completionCacheKey(provider(), msgs, 0);
    expect(
      completionCacheKey(provider({ apiKey: 'other', timeoutMs: 1, maxRetries: 9, concurrency: 3 }), msgs, 0),
    ).toBe(k);
    expect(completionCacheKey(provider({ temperature: 0.7 }), msgs, 0)).not.toBe(k);
    // Recordings made against one host/port must replay anywhere: the endpoint is not part of the key.
    expect(completionCacheKey(provider({ baseUrl: 'http://127.0.0.1:4321/v1' }), msgs, 0)).toBe(k);
    expect(settingsHash(provider({ baseUrl: 'http://x/v1' }))).toBe(settingsHash(provider()));
    expect(completionCacheKey(provider({ extraBody: { a: 1, b: 2 } }), msgs, 0)).toBe(
      completionCacheKey(provider({ extraBody: { b: 2, a: 1 } }), msgs, 0),
    );
    expect(completionCacheKey(provider(), msgs, 1)).not.toBe(k);
    expect(completionCacheKey(provider(), [{ role: 'user', content: 'hi!' }], 0)).not.toBe(k);
    expect(settingsHash(provider({ apiKey: 'x' }))).toBe(settingsHash(provider({ apiKey: 'y' })));
  });
});

describe('runEval: response cache', () => {
  it('use: a repeated run is answered from the cache at the same reported cost', async () => {
    const clock = fakeClock();
    const cache = new MemoryCache();
    const model = scriptedModel(echo, clock);
    const first = await runEval(
      [{ label: 'x', suite: suite({ repeat: 2 }) }],
      options({ cacheMode: 'use' }),
      deps(model, clock, { cache }),
    );
    expect(model.calls).toHaveLength(4);
    expect(cache.map.size).toBe(4);
    expect(JSON.stringify([...cache.map.values()])).not.toContain('SECRET');
    const trace = new MemoryTrace();
    const second = await runEval(
      [{ label: 'x', suite: suite({ repeat: 2, provider: provider({ apiKey: 'rotated' }) }) }],
      options({ cacheMode: 'use' }),
      deps(model, clock, { cache, trace }),
    );
    expect(model.calls).toHaveLength(4);
    const a = second.results[0]!.suite.aggregates;
    expect(a.cacheHits).toBe(4);
    expect(a.costUsd).toBe(first.results[0]!.suite.aggregates.costUsd);
    expect(second.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({
      cached: true,
      attempts: 0,
      output: 'echo: Say hi to hello Ann',
      servedModel: 'test-model-2026',
    });
    expect(trace.records.every((r) => r.cacheHit)).toBe(true);
  });

  it('use: an entry older than the TTL is a miss', async () => {
    const clock = fakeClock();
    const cache = new MemoryCache();
    const model = scriptedModel(echo, clock);
    const s = suite({ cases: [testCase('a', { name: 'x' })] });
    await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use', cacheTtlHours: 1 }),
      deps(model, clock, { cache }),
    );
    clock.advance(30 * 60_000);
    await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use', cacheTtlHours: 1 }),
      deps(model, clock, { cache }),
    );
    expect(model.calls).toHaveLength(1);
    clock.advance(31 * 60_000);
    await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use', cacheTtlHours: 1 }),
      deps(model, clock, { cache }),
    );
    expect(model.calls).toHaveLength(2);
  });

  it('refresh writes without reading; off neither reads nor writes', async () => {
    const clock = fakeClock();
    const cache = new MemoryCache();
    const model = scriptedModel(echo, clock);
    const s = suite({ cases: [testCase('a', { name: 'x' })] });
    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'refresh' }), deps(model, clock, { cache }));
    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'refresh' }), deps(model, clock, { cache }));
    expect(model.calls).toHaveLength(2);
    expect(cache.gets).toBe(0);
    expect(cache.map.size).toBe(1);
    const empty = new MemoryCache();
    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'off' }), deps(model, clock, { cache: empty }));
    expect(empty.gets).toBe(0);
    expect(empty.map.size).toBe(0);
  });

  it('replay answers only from recordings; a miss is a replay-miss error', async () => {
    const clock = fakeClock();
    const cache = new MemoryCache();
    const recorder = scriptedModel(echo, clock);
    await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('a', { name: 'hello Ann' })] }) }],
      options({ cacheMode: 'refresh' }),
      deps(recorder, clock, { cache }),
    );
    clock.advance(1_000 * 3_600_000); // recordings do not expire
    const model = scriptedModel(echo, clock);
    const out = await runEval(
      [{ label: 'x', suite: suite() }],
      options({ cacheMode: 'replay', cacheTtlHours: 1 }),
      deps(model, clock, { cache }),
    );
    expect(model.calls).toHaveLength(0);
    const [a, b] = out.results[0]!.suite.cases;
    expect(a!.samples[0]).toMatchObject({ status: 'ok', cached: true, score: 1 });
    expect(b!.samples[0]).toMatchObject({ status: 'error', error: { kind: 'replay-miss' } });
  });
});

describe('runEval: governance', () => {
  const email = /[\w.]+@[\w.]+/g;
  const redact = (t: string) => {
    let count = 0;
    const text = t.replace(email, () => {
      count++;
      return '[EMAIL]';
    });
    return { text, count };
  };
  const scanInput = (t: string) => {
    const n = t.match(email)?.length ?? 0;
    return { categories: n ? ['email'] : [], count: n };
  };

  it('block: a prompt with PII is reported as blocked and never sent', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const trace = new MemoryTrace();
    const d = deps(model, clock, { scanInput, trace });
    const s = suite({ cases: [testCase('pii', { name: 'ann@example.com' }), testCase('clean', { name: 'hello' })] });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options({ governance: { scanInputs: 'block', redactTraces: false } }),
      d,
    );
    expect(model.calls.map((c) => c.messages[0]!.content)).toEqual(['Say hi to hello']);
    expect(out.results[0]!.suite.cases[0]!.samples[0]).toMatchObject({ status: 'blocked', error: { kind: 'blocked' } });
    expect(out.results[0]!.suite.aggregates.blocked).toBe(1);
    expect(trace.records.find((r) => r.caseId === 'pii')?.status).toBe('blocked');
    expect(d.warnings.some((w) => w.includes('pii') && w.includes('email'))).toBe(true);
  });

  it('warn: the prompt is sent and the user warned', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const d = deps(model, clock, { scanInput });
    await runEval(
      [{ label: 'x', suite: suite({ cases: [testCase('pii', { name: 'ann@example.com' })] }) }],
      options({ governance: { scanInputs: 'warn', redactTraces: false } }),
      d,
    );
    expect(model.calls).toHaveLength(1);
    expect(d.warnings).toHaveLength(1);
  });

  it('redactTraces: traces and results are redacted, scoring sees the real output', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const trace = new MemoryTrace();
    const cache = new MemoryCache();
    const s = suite({
      cases: [
        testCase('pii', { name: 'ann@example.com' }, { assertions: [{ type: 'contains', value: 'ann@example.com' }] }),
      ],
    });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use', governance: { scanInputs: 'off', redactTraces: true } }),
      deps(model, clock, { redact, trace, cache }),
    );
    const r = out.results[0]!.suite;
    expect(r.cases[0]!.samples[0]).toMatchObject({ status: 'ok', pass: true, output: 'echo: Say hi to [EMAIL]' });
    expect(r.cases[0]!.vars).toEqual({ name: '[EMAIL]' });
    expect(r.redactions).toBeGreaterThanOrEqual(3); // output, vars, the assertion's reason
    expect(JSON.stringify(out)).not.toContain('ann@example.com');
    expect(JSON.stringify(trace.records)).not.toContain('ann@example.com');
    expect(trace.records[0]!.redactions).toBe(2); // prompt + output
    expect(JSON.stringify([...cache.map.values()].map((v) => v.request))).not.toContain('ann@example.com');
  });

  it('redactTraces: a scorer error quoting personal data (e.g. a judge endpoint echoing the input) is redacted too', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const leaky: Scorer = {
      type: 'leaky',
      schema: z.any(),
      negatable: false,
      score: (_spec, ctx) => ({
        score: 0,
        pass: false,
        reason: 'judge failed',
        error: `400 bad request: ${ctx.output}`,
      }),
    };
    const s = suite({ cases: [testCase('pii', { name: 'bob@example.com' }, { assertions: [{ type: 'leaky' }] })] });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options({ governance: { scanInputs: 'off', redactTraces: true } }),
      deps(model, clock, { redact }, [leaky]),
    );
    const sample = out.results[0]!.suite.cases[0]!.samples[0]!;
    expect(sample.status).toBe('error');
    expect(sample.assertions[0]!.error).toBe('400 bad request: echo: Say hi to [EMAIL]');
    expect(JSON.stringify(out)).not.toContain('bob@example.com');
  });
});

describe('runEval: judge service', () => {
  const graded: Scorer = {
    type: 'judged',
    schema: z.any(),
    negatable: false,
    modelGraded: true,
    async score(spec, ctx) {
      const judge = ctx.judge!.provider(spec.provider);
      if (!judge) return { score: 0, pass: false, reason: 'no judge', error: 'no judge configured' };
      const { response, costUsd } = await ctx.judge!.complete(judge, [
        { role: 'user', content: `Grade: ${ctx.output}` },
      ]);
      const { response: emb, costUsd: embCost } = await ctx.judge!.embed!(judge, [ctx.output]);
      const score = response.output.includes('hello') ? 1 : 0;
      return {
        score,
        pass: score === 1,
        reason: `judge said ${response.output}`,
        evalCostUsd: costUsd! + embCost!,
        evalTokens: response.usage ?? { input: 0, output: 0 },
        ...(emb.vectors.length ? {} : { error: 'no vector' }),
      };
    },
  };

  it('traces judge calls apart, costs them as evaluation and caches them', async () => {
    const clock = fakeClock();
    const cache = new MemoryCache();
    const trace = new MemoryTrace();
    const model = scriptedModel(echo, clock);
    const judge = provider({ id: 'judge', model: 'judge-model' });
    // No self-consistency re-judging: this test counts the judge calls of one judgement.
    const s = suite({
      judge,
      judgeConsistencyChecks: 0,
      cases: [testCase('a', { name: 'hello' }, { assertions: [{ type: 'judged' }] })],
    });
    const d = deps(
      model,
      clock,
      { cache, trace, pricing: { 'test-model': { input: 1, output: 2 }, 'judge-model': { input: 10, output: 20 } } },
      [graded],
    );
    const out = await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'use' }), d);
    expect(model.calls.map((c) => c.provider.id)).toEqual(['fast', 'judge']);
    expect(model.embedCalls).toHaveLength(1);
    const sample = out.results[0]!.suite.cases[0]!.samples[0]!;
    expect(sample).toMatchObject({ status: 'ok', score: 1 });
    expect(sample.costUsd).toBeCloseTo(2e-5, 12);
    // judge: 10 × $10/M + 5 × $20/M = $0.0002; embedding: 1 token × $10/M
    expect(sample.evalCostUsd).toBeCloseTo(2e-4 + 1e-5, 12);
    expect(out.results[0]!.suite.aggregates.costUsd).toBeCloseTo(2e-5, 12);
    expect(out.results[0]!.suite.aggregates.evalCostUsd).toBeCloseTo(2.1e-4, 12);
    expect(trace.records.map((r) => r.kind).sort()).toEqual(['completion', 'embedding', 'judge']);
    expect(trace.records.find((r) => r.kind === 'judge')).toMatchObject({
      provider: 'judge',
      modelRequested: 'judge-model',
      caseId: 'a',
      sample: 0,
      cacheHit: false,
    });

    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'use' }), d);
    expect(model.calls).toHaveLength(2);
    expect(model.embedCalls).toHaveLength(1);
  });

  it('resolves named judge providers from deps.providers', async () => {
    const clock = fakeClock();
    const model = scriptedModel(echo, clock);
    const named = provider({ id: 'strict', model: 'judge-model' });
    const s = suite({
      judgeConsistencyChecks: 0,
      cases: [
        testCase(
          'a',
          { name: 'hello' },
          {
            assertions: [
              { type: 'judged', provider: 'strict' },
              { type: 'judged', provider: 'missing', weight: 0 },
            ],
          },
        ),
      ],
    });
    const out = await runEval(
      [{ label: 'x', suite: s }],
      options(),
      deps(model, clock, { providers: { strict: named } }, [graded]),
    );
    expect(model.calls.map((c) => c.provider.id)).toEqual(['fast', 'strict']);
    expect(out.results[0]!.suite.cases[0]!.samples[0]!.assertions[1]!.error).toBe('no judge configured');
  });
});
