// A rate-limited endpoint on loopback (fixed window, 429 + Retry-After), through the real openai adapter
// and the real clock: no sample may be lost, and waiting retries must not pile listeners on the run's
// abort signal (Node warns past 10). Small on purpose: the 300-case figure is `npm run bench:ratelimit`.
import { afterEach, describe, expect, it } from 'vitest';
import { createSystemClock } from '../../../src/adapters/clock/system-clock.js';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { runEval } from '../../../src/core/engine/engine.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { deps, options, provider, suite, testCase } from './helpers.js';

let fm: FakeModel | undefined;
afterEach(async () => {
  await fm?.close();
  fm = undefined;
});

async function throttledRun(headers: boolean) {
  fm = await startFakeModel({ latencyMs: 5, rateLimit: { limit: 6, windowMs: 150, headers } });
  const model = createOpenAIModelClient({ env: {} });
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  process.on('warning', onWarning);
  const run = new AbortController();
  try {
    const cases = Array.from({ length: 36 }, (_, i) => testCase(`c${i}`, { name: `hello ${i}` }));
    // maxRetries 2: without the governor and the rate-limit budget, 36 requests racing for 6 per window
    // exhaust three attempts.
    const s = suite({ cases, concurrency: 18, provider: provider({ baseUrl: fm.url, maxRetries: 2 }) });
    const out = await runEval(
      [{ label: 'head', suite: s }],
      options({ signal: run.signal }),
      deps(model, createSystemClock()),
    );
    return { agg: out.results[0]!.suite.aggregates, warnings, refused: fm.rateLimited() };
  } finally {
    process.off('warning', onWarning);
    model.close();
  }
}

describe('a rate-limited endpoint', () => {
  it('loses no sample when it sends only 429 + Retry-After, and raises no listener warning', async () => {
    const { agg, warnings, refused } = await throttledRun(false);
    expect(agg).toMatchObject({ samples: 36, ok: 36, errors: 0 });
    expect(refused).toBeGreaterThan(0); // the limit was really hit
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });

  it('paces by x-ratelimit headers: no sample lost', async () => {
    const { agg, warnings } = await throttledRun(true);
    expect(agg).toMatchObject({ samples: 36, ok: 36, errors: 0 });
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });
});
