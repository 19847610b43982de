// The README's figures: tokens and dollars of one drift check of examples/ (3 suites × 3 cases × repeat 2),
// synchronous vs Batch API, against the fake model reporting usage as OpenAI bills it (prompt tokens by
// gpt-tokenizer's encodeChat, answer tokens by o200k). Run: EVALGATE_FIGURES=1 npx vitest run test/unit/cli/batch-figures.test.ts
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftCommand } from '../../../src/cli/commands/drift.js';
import { parseHistory } from '../../../src/core/drift/history.js';
import { startFakeModel } from '../../fakes/fake-model.js';
import { captureIO } from './helpers.js';
import { billedUsage } from '../../support/billed-usage.js';

describe.skipIf(!process.env['EVALGATE_FIGURES'])('figures: drift check of examples/, sync vs batch', () => {
  it('measures', async () => {
    const fake = await startFakeModel({
      behavior: (req) => {
        const content = `Hello! Thanks for your message about ${req.lastUser.slice(0, 60)}. We will help you today.`;
        return { content, usage: billedUsage(req, content) };
      },
    });
    const rows: string[] = [];
    for (const batch of [false, true]) {
      const dir = await mkdtemp(join(tmpdir(), 'evalgate-figures-'));
      await cp(resolve(import.meta.dirname, '../../../examples'), dir, { recursive: true });
      if (batch)
        await writeFile(
          join(dir, 'evalgate.yml'),
          (await readFile(join(dir, 'evalgate.yml'), 'utf8')).replace(
            'maxTokens: 200',
            'maxTokens: 200\n    batch: { pollMs: 10 }',
          ),
        );
      const io = captureIO(dir, { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-figures-0123456789' });
      expect(await driftCommand(['--config', 'evalgate.yml', '--history-dir', 'hist'], io)).not.toBe(2);
      let tokensIn = 0;
      let tokensOut = 0;
      let usd = 0;
      for (const s of ['greeting', 'extraction', 'support-reply']) {
        const e = parseHistory(await readFile(join(dir, 'hist', `${s}.json`), 'utf8'), 'local').entries.at(-1)!;
        tokensIn += e.aggregates.tokensInPerRequest! * e.aggregates.ok;
        tokensOut += e.aggregates.tokensOutPerRequest! * e.aggregates.ok;
        usd += e.aggregates.costPerRequestUsd! * e.aggregates.ok;
      }
      rows.push(
        `${batch ? 'batch' : 'sync '}: ${Math.round(tokensIn)} input + ${Math.round(tokensOut)} output tokens, $${usd.toFixed(6)}`,
      );
      await rm(dir, { recursive: true, force: true });
    }
    await fake.close();
    console.log(rows.join('\n'));
  });
});
