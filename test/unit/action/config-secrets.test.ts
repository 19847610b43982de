// The action's one scrubber learns the config's secrets when a mode loads the config: a provider key
// read from a variable the environment list does not know (GATEWAY_KEY) is masked in the report files,
// the job summary, the outputs and the log, even in text that reached them without the engine's own
// masking (the scripted engine below returns the raw key in an answer).
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

const KEY = 'gw-live-5f7e9a1c3b2d4e6f8a0b';
const dir = mkdtempSync(join(tmpdir(), 'evalgate-action-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('action: config secrets in everything it writes', () => {
  it('masks a provider key from a custom variable in report files, summary, outputs and log', async () => {
    writeFileSync(join(dir, 'p.txt'), 'Say hi to {{name}}');
    writeFileSync(
      join(dir, 'evalgate.yml'),
      `version: 1
providers:
  gw: { type: openai, model: gpt-4o-mini, baseUrl: "http://127.0.0.1:9/v1", apiKey: "\${GATEWAY_KEY}" }
defaults: { provider: gw }
suites:
  - name: greet
    prompt: p.txt
    cases: [{ id: a, vars: { name: Ann } }]
    assert: [{ type: icontains, value: hi }]
`,
    );
    writeFileSync(join(dir, 'event.json'), '{}');
    // An answer that echoes the key, returned without the engine's masking.
    const engine: RunEval = async (jobs) => ({
      costCapHit: false,
      results: jobs.map((j) => ({
        label: j.label,
        suite: suiteOf(j.suite.name, [caseOf('a', [{ score: 1, output: `hi Ann, your key is ${KEY}` }])]),
      })),
    });
    const written = new Map<string, string>();
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
        GATEWAY_KEY: KEY,
        INPUT_CONFIG: 'evalgate.yml',
        INPUT_SUITES: 'greet',
      },
      io,
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: async (p, text) => {
        written.set(p, text);
        await writeFile(p, text);
      },
      createGit: (cwd) => createGit(cwd),
      engine,
    });
    const headResults = [...written].find(([p]) => p.endsWith('head-results.json'))?.[1];
    expect(headResults, [...written.keys()].join(', ')).toContain('your key is [secret: providers.gw.apiKey]');
    const everything = [...written.values(), summary, JSON.stringify(outputs), ...log].join('\n');
    expect(everything).not.toContain(KEY);
  });
});
