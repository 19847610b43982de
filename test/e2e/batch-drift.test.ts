// The Batch API end to end on the bundled CLI (dist/cli.js): a nightly drift check sent as one batch
// gives the same results as the synchronous check on the same seeded fake model, at half the price;
// killed mid-batch, the restarted check resumes the batch it submitted instead of paying again; a
// batch that expires with part of its lines undone still yields every result (the rest asked
// synchronously). Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/core/drift/history.js';
import { runNode } from '../support/processes.js';
import { mulberry32 } from '../../src/core/stats/rng.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const CASES = 12;
let model: FakeModel;
const dirs: string[] = [];

/** Mulberry32 seeded by the prompt: each prompt always gets the same answer, in batch or not. */
const seeded = (text: string) =>
  mulberry32([...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));

beforeAll(async () => {
  model = await startFakeModel({
    behavior: (req) => {
      const r = seeded(req.lastUser);
      const content = r() < 0.8 ? `Hello there, ${req.lastUser}` : `Goodbye, ${req.lastUser}`;
      return {
        content,
        usage: { prompt_tokens: 40 + Math.floor(r() * 20), completion_tokens: 10 + Math.floor(r() * 30) },
      };
    },
  });
});
afterAll(async () => {
  await model.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function project(batch: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-batch-e2e-'));
  dirs.push(dir);
  await writeFile(join(dir, 'p.txt'), 'Greet customer {{n}}');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0.7, maxRetries: 0${batch} }
defaults: { provider: fast, repeat: 3 }
# One run a night: this test is about the batch's mechanics, not the baseline nights' confirmation re-runs.
drift: { confirmRuns: 0 }
suites:
  - name: greeting
    prompt: p.txt
    cases:
${Array.from({ length: CASES }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
    assert: [{ type: icontains, value: hello }]
`,
  );
  return dir;
}

const env = () => ({
  PATH: process.env['PATH'] ?? '',
  OPENAI_API_KEY: 'sk-batch-e2e-0123456789',
  OPENAI_BASE_URL: model.url,
});
const drift = (dir: string) =>
  runNode(CLI, ['drift', '--config', 'evalgate.yml', '--history-dir', 'hist'], {
    cwd: dir,
    env: env(),
    timeoutMs: 60_000,
  });
const entry = async (dir: string) =>
  parseHistory(await readFile(join(dir, 'hist', 'greeting.json'), 'utf8'), 'local').entries.at(-1)!;
const comparable = (e: Awaited<ReturnType<typeof entry>>) =>
  e.cases.map((c) => ({ id: c.id, score: c.score, scores: c.scores, digests: c.digests }));

describe.skipIf(!existsSync(CLI))('drift through the Batch API (dist/cli.js)', () => {
  it('equals the synchronous check at half the price, and a restart mid-batch resumes the same batch', async () => {
    const sync = await project('');
    const s = await drift(sync);
    expect(s.code, s.stderr).toBe(0);

    // The batch never finishes while the first process runs: it is killed once its batch id is on disk.
    model.batches.setScript({ pollsInProgress: 1_000_000 });
    const dir = await project(', batch: { pollMs: 20, maxPollMs: 20 }');
    const stateDir = join(dir, '.evalgate-cache', 'batches');
    const child = spawn(process.execPath, [CLI, 'drift', '--config', 'evalgate.yml', '--history-dir', 'hist'], {
      cwd: dir,
      env: env(),
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    // The state file itself, not the temporary file its atomic write renames (killed between the two, the
    // restart would have no state to resume and this test would measure nothing).
    const saved = () => existsSync(stateDir) && readdirSync(stateDir).some((f) => f.endsWith('.json'));
    while (!saved()) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    // A batch created from here on would finish at once: a failed resume shows in the counts below, not as a hang.
    model.batches.setScript({ pollsInProgress: 0 });
    const submitted = model.batches.batches.length;
    const uploads = model.batches.uploads();
    // Killed before the batch finished (whether or not a poll had moved it past `validating` yet).
    expect(model.batches.batches.at(-1)!.status).toMatch(/^(validating|in_progress)$/);

    // Meanwhile the provider finishes the batch; the restarted check must pick it up.
    model.batches.batches.at(-1)!.script = { pollsInProgress: 0 };
    const b = await drift(dir);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/resuming batch batch_fake\d+ \(36 requests/);
    expect(model.batches.batches.length).toBe(submitted);
    expect(model.batches.uploads()).toBe(uploads);
    expect(readdirSync(stateDir)).toEqual([]);

    const [se, be] = [await entry(sync), await entry(dir)];
    expect(comparable(be)).toEqual(comparable(se));
    expect(be.aggregates.meanScore).toBe(se.aggregates.meanScore);
    expect(be.aggregates.costPerRequestUsd).toBeCloseTo(se.aggregates.costPerRequestUsd! / 2, 12);
  });

  it('a batch that expires half done still gives every result, the rest asked synchronously', async () => {
    const sync = await project('');
    expect((await drift(sync)).code).toBe(0);
    model.batches.setScript({ outcome: 'expired', doneBeforeExpiry: 20 });
    const dir = await project(', batch: { pollMs: 20 }');
    const b = await drift(dir);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/\(expired\): 16 of 36 requests not answered \(16× batch_expired\); asked synchronously/);
    const [se, be] = [await entry(sync), await entry(dir)];
    expect(comparable(be)).toEqual(comparable(se));
    expect(be.aggregates.ok).toBe(36);
  });
});
