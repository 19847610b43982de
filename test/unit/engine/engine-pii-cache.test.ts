// governance.redactTraces and the response cache / recordings: an answer (application or judge) with
// personal data is never written, a clean one is, and the user is told once how many were left out.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runEval } from '../../../src/core/engine/engine.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import { MemoryCache, deps, echo, fakeClock, options, provider, scriptedModel, suite, testCase } from './helpers.js';

const EMAIL = 'ann@example.com';
const emailRe = /[\w.]+@[\w.]+/g;
const redact = (t: string) => {
  let count = 0;
  const text = t.replace(emailRe, () => {
    count++;
    return '[EMAIL]';
  });
  return { text, count };
};

// A judge whose reply quotes the graded output (as real judges do in their reasons).
const quoting: Scorer = {
  type: 'quoting-judge',
  schema: z.any(),
  negatable: false,
  modelGraded: true,
  async score(_spec, ctx) {
    const judge = ctx.judge!.provider()!;
    const { response, costUsd } = await ctx.judge!.complete(judge, [{ role: 'user', content: `Grade: ${ctx.output}` }]);
    return {
      score: 1,
      pass: true,
      reason: 'ok',
      evalCostUsd: costUsd,
      evalTokens: response.usage ?? { input: 0, output: 0 },
    };
  },
};

function setup() {
  const clock = fakeClock();
  const cache = new MemoryCache();
  const model = scriptedModel(echo, clock);
  // No self-consistency re-judging: its second call bypasses the cache, which this test counts.
  const s = suite({
    judge: provider({ id: 'judge', model: 'judge-model' }),
    judgeConsistencyChecks: 0,
    cases: [
      testCase('pii', { name: EMAIL }, { assertions: [{ type: 'quoting-judge' }] }),
      testCase('clean', { name: 'hello' }, { assertions: [{ type: 'quoting-judge' }] }),
    ],
  });
  const d = deps(model, clock, { cache, redact }, [quoting]);
  return { clock, cache, model, s, d };
}

describe('runEval: personal data and the response cache', () => {
  it('redactTraces on: answers with personal data (app and judge) are not cached; clean ones are; one warning', async () => {
    const { cache, model, s, d } = setup();
    const gov = { governance: { scanInputs: 'off' as const, redactTraces: true } };
    const out = await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'use', ...gov }), d);
    expect(out.results[0]!.suite.cases.map((c) => c.samples[0]!.status)).toEqual(['ok', 'ok']);
    expect(model.calls).toHaveLength(4); // app + judge for each case
    // Only the clean case's app answer and judge reply are stored, and nothing stored holds the value.
    expect(cache.map.size).toBe(2);
    expect(JSON.stringify([...cache.map.values()])).not.toContain(EMAIL);
    expect(d.warnings.filter((w) => w.includes('personal data'))).toEqual([
      '2 responses with personal data were not cached (governance.redactTraces); they are asked again next run',
    ]);

    // The next run asks again only for what was not cached.
    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'use', ...gov }), d);
    expect(model.calls.slice(4).map((c) => c.provider.id)).toEqual(['fast', 'judge']);
  });

  it('recording (refresh) follows the same rule and says so; a replay then misses those', async () => {
    const { cache, s, d, model } = setup();
    const gov = { governance: { scanInputs: 'off' as const, redactTraces: true } };
    await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'refresh', ...gov }), d);
    expect(cache.map.size).toBe(2);
    expect(JSON.stringify([...cache.map.values()])).not.toContain(EMAIL);
    expect(d.warnings.some((w) => w.startsWith('2 responses with personal data were not cached or recorded'))).toBe(
      true,
    );
    const replay = await runEval([{ label: 'x', suite: s }], options({ cacheMode: 'replay', ...gov }), d);
    const samples = replay.results[0]!.suite.cases.map((c) => c.samples[0]!);
    expect(samples[0]).toMatchObject({ status: 'error', error: { kind: 'replay-miss' } });
    expect(samples[1]).toMatchObject({ status: 'ok', cached: true });
    expect(model.calls).toHaveLength(4);
  });

  it('redactTraces off: everything is cached as answered (so the tests above can fail)', async () => {
    const { cache, s, d } = setup();
    await runEval(
      [{ label: 'x', suite: s }],
      options({ cacheMode: 'use', governance: { scanInputs: 'off', redactTraces: false } }),
      d,
    );
    expect(cache.map.size).toBe(4);
    expect(JSON.stringify([...cache.map.values()])).toContain(EMAIL);
    expect(d.warnings.some((w) => w.includes('personal data'))).toBe(false);
  });
});
