// Ctrl-C during `evalgate run`: nothing new is sent, what is done is still written, exit 130.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import type { InterruptSignal } from '../../../src/cli/io.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { basicProject, captureIO, makeProject } from './helpers.js';

let fake: FakeModel;
beforeAll(async () => {
  fake = await startFakeModel();
});
afterAll(async () => {
  await fake.close();
});

describe('evalgate run: interrupt', () => {
  it('stops sending on SIGINT, marks the rest, writes results and trace, exits 130', async () => {
    const p = await makeProject(basicProject());
    try {
      const io = captureIO(p.dir, { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-x' });
      let fire: ((s: InterruptSignal) => void) | undefined;
      let unsubscribed = false;
      io.onInterrupt = (h) => {
        fire = h;
        return () => void (unsubscribed = true);
      };
      // concurrency 1: alice answers; bob's request is in flight when the user presses Ctrl-C; carol waits.
      fake.setBehavior((r) => {
        if (r.lastUser.includes('Alice')) return { content: 'Hello Alice' };
        fire?.('SIGINT');
        fire?.('SIGINT'); // a repeat reaching the handler is ignored (processIO exits on it instead)
        return { hang: true };
      });
      const code = await runCommand(['--out', 'r.json', '--trace', 't.jsonl', '--junit', 'j.xml'], io);
      expect(code).toBe(130);
      expect(unsubscribed).toBe(true);
      expect(fake.chatRequests()).toHaveLength(2);
      expect(io.stderrText().match(/interrupted: no new requests are sent/g)).toHaveLength(1);
      expect(io.stdoutText()).toMatch(
        /✗ run interrupted \(SIGINT\): 2 of 3 samples not run; results so far in r\.json\n$/,
      );

      const r = parseResults(await readFile(join(p.dir, 'r.json'), 'utf8'));
      expect(r.interrupted).toBe(true);
      const [alice, bob, carol] = r.suites[0]!.cases.map((c) => c.samples[0]!);
      expect(alice).toMatchObject({ status: 'ok', pass: true });
      expect(bob).toMatchObject({ status: 'error', error: { kind: 'aborted' } });
      expect(carol).toMatchObject({ status: 'skipped', error: { kind: 'aborted' } });
      const trace = (await readFile(join(p.dir, 't.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { caseId: string; status: string });
      expect(trace.map((t) => [t.caseId, t.status]).sort()).toEqual([
        ['alice', 'ok'],
        ['bob', 'error'],
        ['carol', 'skipped'],
      ]);
      expect(await readFile(join(p.dir, 'j.xml'), 'utf8')).toContain('<testsuite');
    } finally {
      await p.cleanup();
    }
  });
});
