// A PR that swaps a suite's model, on the bundled CLI (dist/cli.js): `evalgate gate` prints the comment
// the action posts, and it leads with the trade-off — score Δ with the non-inferiority verdict, and the
// cost per request and per month Δ. gpt-4o-mini answers like gpt-4o (the same seeded outcome per case and
// sample) at a sixteenth of the price. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, runNode } from '../support/processes.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
let model: FakeModel;
let dir: string;

const config = (m: string) => `version: 1
providers:
  main: { type: openai, model: ${m}, temperature: 0.7 }
defaults: { provider: main, repeat: 3, concurrency: 8 }
gate: { maxScoreDrop: 0.05 }
suites:
  - name: greeting
    prompt: p.txt
    traffic: { requestsPerMonth: 100000 }
    cases:
${Array.from({ length: 40 }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
    assert: [{ type: icontains, value: hello }]
`;

beforeAll(async () => {
  const seen = new Map<string, number>();
  model = await startFakeModel({
    behavior: (req) => {
      const key = `${String(req.body.model)}|${req.lastUser}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      // 9 of 10 samples pass, the same ones for both models.
      let h = 2166136261;
      for (const c of `${req.lastUser}#${k}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
      const good = (h >>> 0) % 10 !== 0;
      return {
        content: good ? `Hello ${req.lastUser}` : 'Go away',
        usage: { prompt_tokens: 30, completion_tokens: 10 },
        latencyMs: 1,
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'evalgate-swap-e2e-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 't@example.com');
  git(dir, 'config', 'user.name', 't');
  await writeFile(join(dir, 'p.txt'), 'Greet customer {{n}}');
  await writeFile(join(dir, 'evalgate.yml'), config('gpt-4o'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  // The PR: the same suite on a cheaper model.
  await writeFile(join(dir, 'evalgate.yml'), config('gpt-4o-mini'));
});
afterAll(async () => {
  await model.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CLI))('a PR that swaps the model (dist/cli.js gate)', () => {
  it('leads the comment with the trade-off: score Δ, not worse, cost per request and per month Δ', async () => {
    const r = await runNode(CLI, ['gate', '--base', 'main', '--config', 'evalgate.yml', '--markdown', 'comment.md'], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: dir,
        OPENAI_API_KEY: 'sk-swap-e2e-0123456789',
        OPENAI_BASE_URL: model.url,
      },
    });
    expect(r.code, r.stderr).toBe(0);
    const comment = await readFile(join(dir, 'comment.md'), 'utf8');
    const lead = comment.split('\n').find((l) => l.startsWith('**Model change'));
    expect(lead).toMatch(
      /^\*\*Model change in greeting: `gpt-4o` → `gpt-4o-mini`\*\* — score Δ \+0\.0 pts \(\d+ % CI -\d\.\d to \+\d\.\d\): not worse by more than 5\.0 pts; cost per request \$0\.000175 → \$0\.0000105 \(-\$0\.000165\), per month \$17\.50 → \$1\.05 \(-\$16\.45\)\.$/,
    );
    expect(comment.indexOf('**Model change')).toBeLessThan(comment.indexOf('| Suite'));
    // The footer says what the check cost and what stopping early saved (row 4 of issue 22).
    expect(comment).toMatch(/This check cost \$0\.\d+;.* by sequential stopping \(\d+ samples not needed\)/);
  });
});
