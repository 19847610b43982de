// The action's cost check before spending: `estimate: true` reports and sends nothing; `max-cost-usd`
// refuses a run whose estimate's low end exceeds it, before the engine is called.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGit } from '../../../src/adapters/git/git.js';
import type { ActionIO } from '../../../src/action/io.js';
import { runAction } from '../../../src/action/run.js';
import type { RunEval } from '../../../src/core/engine/types.js';
import { caseOf, suiteOf } from '../compare/builders.js';

const dir = mkdtempSync(join(tmpdir(), 'evalgate-action-estimate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'p.txt'), 'Write a long friendly greeting for {{name}}, who ordered {{item}}.');
writeFileSync(
  join(dir, 'evalgate.yml'),
  `version: 1
providers:
  big: { type: openai, model: gpt-4o, maxTokens: 500, baseUrl: "http://127.0.0.1:9/v1", apiKey: sk-test }
defaults: { provider: big, repeat: 3 }
suites:
  - name: greet
    prompt: p.txt
    cases:
${Array.from({ length: 40 }, (_, i) => `      - { id: c${i}, vars: { name: Person ${i}, item: "a parcel of ${'books and '.repeat(20)}pens" } }`).join('\n')}
    assert: [{ type: icontains, value: hi }]
`,
);
writeFileSync(join(dir, 'event.json'), '{}');

async function act(inputs: Record<string, string>) {
  let engineCalls = 0;
  const engine: RunEval = async (jobs) => {
    engineCalls++;
    return {
      costCapHit: false,
      results: jobs.map((j) => ({
        label: j.label,
        suite: suiteOf(j.suite.name, [caseOf('c0', [{ score: 1, output: 'hi' }])]),
      })),
    };
  };
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  const io: ActionIO = {
    info: (m) => log.push(m),
    warning: (m) => log.push(m),
    error: (m) => log.push(m),
    setOutput: (n, v) => (outputs[n] = v),
    setSecret: () => {},
    setFailed: (m) => log.push(`failed: ${m}`),
    appendSummary: async (md) => {
      summary += md;
    },
  };
  await runAction({
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      INPUT_CONFIG: 'evalgate.yml',
      ...inputs,
    },
    io,
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, text) => writeFile(p, text),
    createGit: (cwd) => createGit(cwd),
    engine,
  });
  return { engineCalls, log, outputs, summary };
}

describe('action: estimate before spending', () => {
  it('estimate: true reports requests, tokens and cost in an output and the summary, and runs nothing', async () => {
    const r = await act({ INPUT_ESTIMATE: 'true' });
    expect(r.engineCalls).toBe(0);
    expect(r.outputs['status']).toBe('estimated');
    const est = JSON.parse(r.outputs['estimate']!);
    expect(est.totals.requests).toEqual({ low: 120, high: 120 });
    expect(est.totals.outputTokens.high).toBe(120 * 500);
    expect(est.totals.costUsd.high).toBeGreaterThan(est.totals.costUsd.low);
    expect(r.summary).toContain('evalgate estimate (no request sent)');
  });

  it('refuses a run whose estimate exceeds max-cost-usd before the engine is called', async () => {
    // 120 requests of ~70 input tokens at $2.50/M: ≈ $0.02 of input alone.
    const r = await act({ 'INPUT_MAX-COST-USD': '0.001' });
    expect(r.engineCalls).toBe(0);
    expect(r.outputs['status']).toBe('over-budget');
    expect(r.log.join('\n')).toMatch(
      /failed: evalgate: the estimate's low end \(\$0\.0\d+\) exceeds max-cost-usd \$0\.001; nothing was sent/,
    );
  });

  it('runs when the estimate fits under max-cost-usd', async () => {
    const r = await act({ 'INPUT_MAX-COST-USD': '5' });
    expect(r.engineCalls).toBe(1);
    expect(r.outputs['estimate']).toBeDefined();
  });
});

describe('action: batch input', () => {
  it('reads batch: true (drift mode sends through the Batch API); absent by default', async () => {
    const { readInputs } = await import('../../../src/action/inputs.js');
    expect(readInputs({ INPUT_BATCH: 'true' }).batch).toBe(true);
    expect(readInputs({}).batch).toBeUndefined();
  });
});

describe('action: compare mode', () => {
  it('reads mode: compare', async () => {
    const { readInputs } = await import('../../../src/action/inputs.js');
    expect(readInputs({ INPUT_MODE: 'compare' }).mode).toBe('compare');
  });
});
