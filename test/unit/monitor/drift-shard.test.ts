// `evalgate drift --shard i/n` and `--merge`: three shards of one suite, merged, give the history entry an
// unsharded run gives (same cases in the same order, same aggregates), every case is asked once over the
// shards, and the shard runs themselves write no history.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriftCommand } from '../../../src/cli/commands/drift.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseHistory } from '../../../src/core/drift/history.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';

const CASES = 12;
let dir: string;
let model: FakeModel;
const drift = createDriftCommand();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-drift-shard-'));
  // Case n passes unless n is a multiple of 4: a mean score of 0.75, the same on every run.
  model = await startFakeModel({
    behavior: (req) => ({
      content: Number(/case (\d+)/.exec(req.lastUser)?.[1]) % 4 === 0 ? 'Bye.' : 'Hello!',
      usage: { prompt_tokens: 10, completion_tokens: 2 },
    }),
  });
  await mkdir(join(dir, 'prompts'));
  await writeFile(join(dir, 'prompts', 'p.txt'), 'Greet case {{n}}.');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0 }
suites:
  - name: big
    prompt: prompts/p.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: CASES }, (_, n) => `      - id: c${n}\n        vars: { n: ${n} }`).join('\n')}
`,
  );
});

afterAll(async () => {
  await model?.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = {
    cwd: dir,
    env: { OPENAI_API_KEY: 'sk-shard-0123456789', OPENAI_BASE_URL: model.url },
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    isTTY: false,
  };
  return { code: await drift(['--config', 'evalgate.yml', ...argv], io), out };
}

describe('drift --shard / --merge', () => {
  it('three shards merged make the entry of one run; shards write no history', async () => {
    const start = model.chatRequests().length;
    const one = await run('--history-dir', 'hist-one');
    expect(one.code, one.out).toBe(0);
    // A first night (the baseline still collecting) makes the check run and its confirmRuns re-runs.
    const unsharded = model.chatRequests().length - start;
    expect(unsharded).toBe(CASES * (1 + 4));
    const before = model.chatRequests().length;
    for (const i of [1, 2, 3]) {
      const r = await run('--shard', `${i}/3`, '--shard-out', 'shards', '--history-dir', 'hist-shard');
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(new RegExp(`drift shard ${i}/3: big \\d+ case\\(s\\)`));
    }
    expect(model.chatRequests().length - before, 'every case asked once over the shards').toBe(CASES);
    expect(existsSync(join(dir, 'hist-shard'))).toBe(false);
    expect((await readdir(join(dir, 'shards'))).sort()).toEqual([
      'evalgate-drift-shard-1-of-3.json',
      'evalgate-drift-shard-2-of-3.json',
      'evalgate-drift-shard-3-of-3.json',
    ]);

    const merged = await run('--merge', 'shards', '--history-dir', 'hist-merged');
    expect(merged.code, merged.out).toBe(0);
    // The merge asks nothing for the check run (the shards answered it); the re-runs, which need the whole
    // suite's screen, run in the merge job (docs/drift.md): together as many requests as one unsharded night.
    expect(model.chatRequests().length - before, 'the shards and the merge ask what one run asks').toBe(unsharded);
    const read = async (d: string) => parseHistory(await readFile(join(dir, d, 'big.json'), 'utf8'), d).entries;
    const [a] = await read('hist-one');
    const [b] = await read('hist-merged');
    expect(b!.cases.map((c) => c.id)).toEqual(a!.cases.map((c) => c.id));
    expect(b!.aggregates.meanScore).toBe(0.75);
    expect({ ...b!.aggregates, latencyP50: 0, latencyP95: 0 }).toEqual({
      ...a!.aggregates,
      latencyP50: 0,
      latencyP95: 0,
    });
  });

  it('refuses an incomplete set of shards, saying which is missing', async () => {
    await rm(join(dir, 'shards', 'evalgate-drift-shard-2-of-3.json'));
    const r = await run('--merge', 'shards', '--history-dir', 'hist-x');
    expect(r.code).toBe(2);
    expect(r.out).toContain('shard 2/3 is missing');
    expect(existsSync(join(dir, 'hist-x'))).toBe(false);
  });
});
