// The response cache across a model change, as a user meets it (`node dist/cli.js gate`, `npm run build`
// first): the cache was filled on main last week; since then the provider serves a new model behind the
// same name (another `model` and `system_fingerprint` in its answers), and the new model answers worse.
// A PR that changes nothing the model sees must not be a REGRESSION: base would come from the week-old
// cache and head live from the new model. The gate re-samples both sides live and says why; with
// `--no-cache` nothing is read from the cache at all.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runNode, type NodeRun } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0.7, maxRetries: 0 }
defaults: { provider: fast, repeat: 2, concurrency: 8 }
suites:
  - name: greet
    prompt: prompts/greet.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 20 }, (_, i) => `      - { id: g${i}, vars: { n: "${i}" } }`).join('\n')}
`;

const OLD = { model: 'gpt-4o-mini-2024-07-18', systemFingerprint: 'fp_old', latencyMs: 0 };
const NEW = { model: 'gpt-4o-mini-2026-11-20', systemFingerprint: 'fp_new', latencyMs: 0 };

let model: FakeModel;
let root: string;
let repo: string;
let served = OLD;

beforeAll(async () => {
  // The old served model greets every case; the new one forgets to on half of them.
  model = await startFakeModel({
    behavior: (req) => {
      const n = Number(/#(\d+)/.exec(req.lastUser)?.[1] ?? 0);
      return { content: served === OLD || n % 2 === 0 ? 'Hello there!' : 'What do you want?', ...served };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-cache-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'evalgate.yml'), CONFIG);
  writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet person #{{n}}.');
  writeFileSync(join(repo, '.gitignore'), '.evalgate-cache/\nout*.json\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'work');
});

afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<NodeRun> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? root,
    OPENAI_API_KEY: 'sk-e2e-cache',
    OPENAI_BASE_URL: model.url,
  };
  return runNode(CLI, args, { cwd: repo, env, timeoutMs: 90_000 });
}

/** Requests for main's prompt (the base side: "Greet person #3.") since request number `from`. */
const basePrompts = (from: number) =>
  model
    .chatRequests()
    .slice(from)
    .filter((r) => /Greet person #\d+\./.test(JSON.stringify(r.body))).length;

describe('evalgate gate across a served-model change (dist/cli.js)', () => {
  it('last week: the PR gate fills the cache with the old served model’s answers', async () => {
    writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet person #{{n}}, please.');
    const out = await runCli(['gate', '--base', 'main']);
    expect(out.stderr).not.toMatch(/Error/);
    expect(out.code).toBe(0);
  }, 90_000);

  it('today: base cached from the old model, head live from the new one → re-sampled live, no false regression', async () => {
    served = NEW;
    writeFileSync(join(repo, 'prompts/greet.txt'), 'Greet person #{{n}}, thanks.');
    const from = model.chatRequests().length;
    const out = await runCli(['gate', '--base', 'main', '--json', 'out.json']);
    expect(out.stderr).toContain(
      "warning: the provider's served model changed since the response cache was filled (greet: not comparable: base answers came from the response cache under served model gpt-4o-mini-2024-07-18, head was sampled live from gpt-4o-mini-2026-11-20",
    );
    // Main's prompt was asked again live (20 cases × repeat 2), not read from the cache.
    expect(basePrompts(from)).toBeGreaterThanOrEqual(40);
    const report = JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8'));
    const s = report.suites[0];
    expect(s.notComparable).toBeUndefined();
    expect(s.verdict).not.toBe('regression');
    expect(out.stdout).not.toMatch(/REGRESSION/);
    expect(out.code).toBe(0);
    // Latency is compared between live samples only: both sides are live now.
    expect(s.latencyP95.base).not.toBeNull();
  }, 90_000);

  it('--no-cache: both sides live, the cache neither read nor written', async () => {
    rmSync(join(repo, '.evalgate-cache'), { recursive: true, force: true });
    const from = model.chatRequests().length;
    const out = await runCli(['gate', '--base', 'main', '--no-cache', '--json', 'out-live.json']);
    expect(out.stderr).not.toContain('served model changed');
    expect(basePrompts(from)).toBeGreaterThanOrEqual(40);
    expect(JSON.parse(readFileSync(join(repo, 'out-live.json'), 'utf8')).suites[0].verdict).not.toBe('regression');
    expect(out.code).toBe(0);
    expect(existsSync(join(repo, '.evalgate-cache'))).toBe(false);
    const usage = await runCli(['gate', '--base', 'main', '--no-cache', '--replay']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('cannot be combined with --no-cache');
  }, 90_000);
});
