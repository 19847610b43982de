// `--estimate`: what a run would send and cost, with no request sent, and how close it comes to what the
// run then spends. The fake model reports usage the way OpenAI bills it: prompt tokens counted by
// gpt-tokenizer's own chat encoder (encodeChat, o200k for gpt-4o-mini, an implementation apart from the
// estimator's), completion tokens as the o200k tokens of the answer; answers are seeded random lengths,
// so the second run's answers differ from the first's (the history the estimate learns from).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { captureIO } from './helpers.js';
import { billedUsage } from '../../support/billed-usage.js';
import { mulberry32 } from '../../../src/core/stats/rng.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples');
const WORDS = [
  'hello',
  'order',
  'refund',
  'shipping',
  'days',
  'reset',
  'password',
  'thanks',
  'customer',
  'parcel',
  'bonjour',
  'hola',
];
let fake: FakeModel;
let dir: string;

beforeAll(async () => {
  const next = mulberry32(20261207);
  fake = await startFakeModel({
    behavior: (req) => {
      const n = 8 + Math.floor(next() * 40);
      const content = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      return { content, usage: billedUsage(req, content) };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-estimate-'));
  await cp(EXAMPLES, dir, { recursive: true });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-estimate-test-0123456789' });

describe('evalgate run --estimate', () => {
  it('prints requests, tokens and a cost range for the examples without sending a request', async () => {
    const io = captureIO(dir, env());
    const code = await runCommand(['--config', 'evalgate.yml', '--estimate'], io);
    expect(io.stderrText()).toBe('');
    expect(code).toBe(0);
    expect(fake.requests).toHaveLength(0);
    const out = io.stdoutText();
    // 3 cases in each of the three suites of examples/, repeat 2, maxTokens 200.
    expect(out).toMatch(/estimate: 18 requests, [\d,]+ input tokens, 0–3,600 output tokens/);
    expect(out).toMatch(/greeting\s+gpt-4o-mini\s+6\s/);
    expect(out).toContain('(maxTokens)');
  });

  it('refuses before sending when even the low end of the estimate exceeds --max-cost', async () => {
    const io = captureIO(dir, env());
    const code = await runCommand(['--config', 'evalgate.yml', '--estimate', '--max-cost', '0.000001'], io);
    expect(code).toBe(1);
    expect(io.stderrText()).toMatch(/exceeds --max-cost/);
    expect(fake.requests).toHaveLength(0);
  });

  it('comes within 10 % of the tokens the run then spends, with the output lengths of a previous run', async () => {
    const first = captureIO(dir, env());
    expect(await runCommand(['--config', 'evalgate.yml', '--no-cache', '--out', 'first.json'], first)).not.toBe(2);
    const io = captureIO(dir, env());
    const before = fake.requests.length;
    expect(await runCommand(['--config', 'evalgate.yml', '--estimate', '--estimate-from', 'first.json'], io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    const line =
      /estimate: (\d+) requests, ([\d,]+) input tokens, [\d,]+–[\d,]+ output tokens \(expected ([\d,]+)\)/.exec(
        io.stdoutText(),
      );
    expect(line).not.toBeNull();
    const [requests, input, output] = line!.slice(1).map((s) => Number(s.replace(/,/g, '')));

    const second = captureIO(dir, env());
    expect(await runCommand(['--config', 'evalgate.yml', '--no-cache', '--out', 'second.json'], second)).not.toBe(2);
    const spent = parseResults(await readFile(join(dir, 'second.json'), 'utf8')).totals;
    expect(requests).toBe(spent.samples);
    expect(Math.abs(input! - spent.tokens.input) / spent.tokens.input).toBeLessThan(0.1);
    const total = input! + output!;
    const spentTotal = spent.tokens.input + spent.tokens.output;
    console.log(
      `estimate ${input} in + ${output} out = ${total}; spent ${spent.tokens.input} in + ${spent.tokens.output} out = ${spentTotal}`,
    );
    expect(Math.abs(total - spentTotal) / spentTotal).toBeLessThan(0.1);
  });
});

describe('evalgate compare --estimate', () => {
  /** examples/ with a candidate: every suite compared under gpt-4o-mini and gpt-4.1-nano. */
  const withCandidate = async () => {
    const yml = await readFile(join(dir, 'evalgate.yml'), 'utf8');
    const out = yml
      .replace('providers:\n', 'providers:\n  nano: { type: openai, model: gpt-4.1-nano, maxTokens: 200 }\n')
      .replace('defaults:\n', 'defaults:\n  candidates: [nano]\n');
    expect(out).not.toBe(yml);
    await writeFile(join(dir, 'compare.yml'), out);
  };

  it('counts every model of the comparison, sends nothing, and prices --batch at the batch rate', async () => {
    await withCandidate();
    const { compareCommand } = await import('../../../src/cli/commands/compare.js');
    const before = fake.requests.length;
    const io = captureIO(dir, env());
    expect(await compareCommand(['--config', 'compare.yml', '--estimate'], io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    const out = io.stdoutText();
    // 3 suites × 3 cases × repeat 2, under 2 models.
    expect(out).toMatch(/estimate: 36 requests/);
    expect(out).toMatch(/greeting \(current\)\s+gpt-4o-mini\s+6\s/);
    expect(out).toMatch(/greeting \(nano\)\s+gpt-4\.1-nano\s+6\s/);
    expect(out).not.toContain('(batch)');

    const batch = captureIO(dir, env());
    expect(await compareCommand(['--config', 'compare.yml', '--estimate', '--batch'], batch)).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(batch.stdoutText()).toMatch(/greeting \(nano\)\s+gpt-4\.1-nano \(batch\)/);
    expect(batch.stdoutText()).toContain('batch suites priced at the Batch API rate');
  });

  it('takes the expected output lengths from --estimate-from', async () => {
    await withCandidate();
    const first = captureIO(dir, env());
    expect(await runCommand(['--config', 'evalgate.yml', '--no-cache', '--out', 'first.json'], first)).not.toBe(2);
    const { compareCommand } = await import('../../../src/cli/commands/compare.js');
    const before = fake.requests.length;
    const io = captureIO(dir, env());
    const args = ['--config', 'compare.yml', '--estimate', '--estimate-from', 'first.json'];
    expect(await compareCommand(args, io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(io.stdoutText()).not.toContain('(maxTokens)');
    expect(io.stdoutText()).toMatch(/\(results first\.json\)/);
  });
});

describe('evalgate gate/drift --estimate', () => {
  it('gate: both sides, first round to gate.maxRepeat, nothing sent (no --base needed)', async () => {
    const { gateCommand } = await import('../../../src/cli/commands/gate.js');
    const before = fake.requests.length;
    const io = captureIO(dir, env());
    expect(await gateCommand(['--config', 'evalgate.yml', '--estimate'], io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    // 3 suites × 3 cases × 2 sides: 2 samples each in the first round, up to maxRepeat 30.
    expect(io.stdoutText()).toMatch(/estimate: 36–540 requests/);
    expect(io.stdoutText()).toMatch(/greeting \(base\)/);
  });

  it('drift: one check and its confirmation re-runs, maxTokens without a drift history, nothing sent', async () => {
    const { driftCommand } = await import('../../../src/cli/commands/drift.js');
    const before = fake.requests.length;
    const io = captureIO(dir, env());
    expect(
      await driftCommand(['--config', 'evalgate.yml', '--estimate', '--history-dir', join(dir, 'no-history')], io),
    ).toBe(0);
    expect(fake.requests.length).toBe(before);
    // confirmRuns 4 by default: up to 5 runs of each suite.
    expect(io.stdoutText()).toMatch(/estimate: 18–90 requests/);
    expect(io.stdoutText()).toContain('(maxTokens)');
  });
});
