// `--estimate` on the bundled CLI (dist/cli.js) against what the run then spends, on the examples/ configs:
// issue 22's "an estimate within 10 % of the spent tokens on the examples". The fake model bills usage as
// OpenAI does (test/support/billed-usage.ts) and answers with seeded random lengths, so the run measured
// is not the one the estimate learned its output lengths from. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/stats/rng.js';
import { billedUsage } from '../support/billed-usage.js';
import { runNode } from '../support/processes.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const WORDS = ['hello', 'order', 'refund', 'shipping', 'days', 'reset', 'password', 'thanks', 'parcel', 'hola'];
let fake: FakeModel;
let dir: string;

beforeAll(async () => {
  const next = mulberry32(20261208);
  fake = await startFakeModel({
    behavior: (req) => {
      const content = Array.from(
        { length: 8 + Math.floor(next() * 40) },
        () => WORDS[Math.floor(next() * WORDS.length)],
      ).join(' ');
      return { content, usage: billedUsage(req, content) };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-estimate-e2e-'));
  await cp(resolve(import.meta.dirname, '../../examples'), dir, { recursive: true });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[]) =>
  runNode(CLI, ['run', '--config', 'evalgate.yml', ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-estimate-e2e-0123456789' },
  });
const totals = async (file: string) =>
  (
    JSON.parse(await readFile(join(dir, file), 'utf8')) as {
      totals: { samples: number; tokens: { input: number; output: number } };
    }
  ).totals;

describe.skipIf(!existsSync(CLI))('--estimate against the tokens spent (dist/cli.js, examples/)', () => {
  it('sends nothing and comes within 10 % of the input and total tokens the next run spends', async () => {
    expect((await cli(['--no-cache', '--out', 'first.json'])).code).not.toBe(2);
    const before = fake.requests.length;
    const e = await cli(['--estimate', '--estimate-from', 'first.json']);
    expect(e.code, e.stderr).toBe(0);
    expect(fake.requests.length).toBe(before);
    const m = /estimate: (\d+) requests, ([\d,]+) input tokens, [\d,]+–[\d,]+ output tokens \(expected ([\d,]+)\)/.exec(
      e.stdout,
    );
    expect(m, e.stdout).not.toBeNull();
    const [requests, input, output] = m!.slice(1).map((x) => Number(x.replace(/,/g, '')));

    expect((await cli(['--no-cache', '--out', 'second.json'])).code).not.toBe(2);
    const spent = await totals('second.json');
    expect(requests).toBe(spent.samples);
    expect(Math.abs(input! - spent.tokens.input) / spent.tokens.input).toBeLessThan(0.1);
    const spentTotal = spent.tokens.input + spent.tokens.output;
    console.log(
      `estimate ${input} in + ${output} out; spent ${spent.tokens.input} in + ${spent.tokens.output} out (${requests} requests)`,
    );
    expect(Math.abs(input! + output! - spentTotal) / spentTotal).toBeLessThan(0.1);
  }, 120_000);
});
