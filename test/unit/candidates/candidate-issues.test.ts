// The monitor's `drift.candidates` check: one "a cheaper model now matches" issue per suite, with the
// drift issue's lifecycle — opened when a cheaper candidate is shown not worse, commented while it still
// is, closed when it no longer is. Through the real compare flow against the loopback fake model.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/adapters/config/loader.js';
import { runCandidateCheck } from '../../../src/app/compare/candidate-issues.js';
import { buildScorerRegistry } from '../../../src/app/runtime.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { memoryIssues } from '../drift/memory.js';

let dir: string;
let model: FakeModel;
/** Whether the cheap model answers as well as the current one. */
const world = { miniGood: true };

beforeAll(async () => {
  model = await startFakeModel({
    behavior: (req) => {
      const good = String(req.body.model) !== 'gpt-4o-mini' || world.miniGood;
      return {
        content: good ? `Hello ${req.lastUser}` : 'Go away',
        usage: { prompt_tokens: 30, completion_tokens: 10 },
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-candidates-'));
  await writeFile(join(dir, 'p.txt'), 'Greet customer {{n}}');
  await writeFile(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  main: { type: openai, model: gpt-4o, temperature: 0.7 }
  mini: { type: openai, model: gpt-4o-mini, temperature: 0.7 }
defaults: { provider: main, repeat: 2, concurrency: 8, candidates: [mini] }
drift: { candidates: { everyDays: 7 } }
suites:
  - name: greeting
    prompt: p.txt
    cases:
${Array.from({ length: 30 }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
    assert: [{ type: icontains, value: hello }]
`,
  );
});
afterAll(async () => {
  await model.close();
  await rm(dir, { recursive: true, force: true });
});

describe('drift.candidates: the "a cheaper model now matches" issue', () => {
  it('opens, comments while it holds, closes when the cheaper model no longer matches', async () => {
    const env = { OPENAI_API_KEY: 'sk-candidates-0123456789', OPENAI_BASE_URL: model.url };
    const scorers = buildScorerRegistry();
    const config = await loadConfig(join(dir, 'evalgate.yml'), { env, scorers, repoRoot: dir });
    expect(config.drift.candidates).toEqual({ everyDays: 7 });
    const issues = memoryIssues();
    const check = (runId: string) =>
      runCandidateCheck({ config, scorers, env, warn: () => {}, issues, runId, noCache: true });

    const first = await check('week-1');
    expect(first.actions).toEqual([{ suite: 'greeting', action: 'open', issue: 1 }]);
    expect(issues.issues[0]!.title).toBe('evalgate: a cheaper model now matches suite "greeting" (mini)');
    expect(issues.issues[0]!.body).toContain('<!-- evalgate:candidates suite=greeting -->');
    expect(issues.issues[0]!.body).toContain('**Cheapest not worse than the current model: `mini`.**');

    const second = await check('week-2');
    expect(second.actions).toEqual([{ suite: 'greeting', action: 'comment', issue: 1 }]);
    expect(issues.issues[0]!.comments[0]).toContain('Still true as of run `week-2`: `mini` is not worse.');

    world.miniGood = false;
    const third = await check('week-3');
    expect(third.actions).toEqual([{ suite: 'greeting', action: 'close', issue: 1 }]);
    expect(issues.issues[0]!.open).toBe(false);
    expect(issues.issues[0]!.comments[1]).toContain('No cheaper candidate is shown not worse any more. Closing.');
    expect(issues.issues).toHaveLength(1);
    world.miniGood = true;
  });
});
