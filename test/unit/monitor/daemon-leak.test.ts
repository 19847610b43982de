// 1,000 checks through the daemon, each a real engine run (runEval with an in-process model), leave the
// abort listeners, the active handles and the heap flat. On the old daemon every check's engine added
// one abort listener to a signal kept for the daemon's life.
import { getEventListeners } from 'node:events';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startDaemon } from '../../../src/app/drift/daemon.js';
import { runEval } from '../../../src/core/engine/engine.js';
import { deps, echo, fakeClock, options, scriptedModel, suite } from '../engine/helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('drift daemon: no growth over 1,000 checks', () => {
  it('leaves listeners, handles and heap flat', async () => {
    const s = suite();
    /** Abort listeners on the signal a check is handed, when it starts: what earlier checks left behind. */
    const inherited = new Uint16Array(1000);
    let checks = 0;
    let last: AbortSignal | undefined;
    const daemon = startDaemon({
      schedule: '0 3 * * *',
      unscheduled: true,
      log: () => {},
      check: async (signal) => {
        inherited[checks++] = getEventListeners(signal, 'abort').length;
        last = signal;
        // A fresh model and clock per check: the scripted model records its calls, which would grow here.
        const clock = fakeClock();
        await runEval([{ label: 'x', suite: s }], options({ signal }), deps(scriptedModel(echo, clock, 0), clock));
        return 'ok';
      },
    });
    const resources = (): number => process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap').length;
    const runChecks = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) expect(await daemon.trigger('test')).toBe(true);
    };

    await runChecks(100);
    const heap100 = heapAfterGc();
    const handles100 = resources();
    await runChecks(900);
    const heap1000 = heapAfterGc();

    expect(checks).toBe(1000);
    expect(Math.max(...inherited), 'abort listeners a check finds on its signal (left by earlier checks)').toBe(0);
    expect(
      getEventListeners(last!, 'abort').length,
      'listeners on the last signal after its check',
    ).toBeLessThanOrEqual(2);
    expect(resources(), 'active handles and requests').toBeLessThanOrEqual(handles100);
    // 900 more checks: a leak of even one small closure per check and run shows as growth here; heap
    // noise after a forced GC stays well under this bound.
    expect(heap1000 - heap100, 'heap growth over 900 checks (bytes)').toBeLessThan(512 * 1024);
    await daemon.stop('test');
  }, 60_000);
});
