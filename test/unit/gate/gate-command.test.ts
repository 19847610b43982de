// `evalgate gate --base <ref>` in-process on a real temp repository, the working tree as head (an
// uncommitted prompt edit), against the loopback fake model.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateCommand } from '../../../src/cli/commands/gate.js';
import type { CliIO } from '../../../src/cli/io.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { git } from '../../support/processes.js';

let model: FakeModel;
let root: string;
let repo: string;

beforeAll(async () => {
  // "polite" prompts get a greeting; "blunt" ones do not, for every case.
  model = await startFakeModel({
    behavior: (req) => ({ content: req.lastUser.includes('blunt') ? 'What.' : 'Hello there!' }),
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-gate-cli-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'ai', 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  // The config lives in a subfolder: paths in the report must still be repository-relative.
  writeFileSync(
    join(repo, 'ai', 'evalgate.yml'),
    `version: 1
providers: { fast: { model: gpt-4o-mini } }
defaults: { provider: fast, repeat: 1 }
cache: { dir: ../.cache-test }
suites:
  - name: hi
    prompt: prompts/hi.txt
    assert: [{ type: icontains, value: hello }]
    cases:
${Array.from({ length: 8 }, (_, i) => `      - { id: c${i}, vars: { n: "${i}" } }`).join('\n')}
`,
  );
  writeFileSync(join(repo, 'ai', 'prompts', 'hi.txt'), 'Be polite to person {{n}}.');
  writeFileSync(join(repo, '.gitignore'), '.cache-test/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'work');
  writeFileSync(join(repo, 'ai', 'prompts', 'hi.txt'), 'Be blunt to person {{n}}.'); // uncommitted
});
afterAll(async () => {
  await model?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { OPENAI_BASE_URL: model.url, PATH: process.env['PATH'] },
    cwd,
    isTTY: false,
  };
  return { value, out, err };
}

describe('evalgate gate', () => {
  it('compares the working tree with the base ref, prints the comment and fails on the regression', async () => {
    const t = io(join(repo, 'ai'));
    const code = await gateCommand(['--base', 'main', '--markdown', 'out.md', '--json', 'out.json'], t.value);
    expect(code, t.err.join('')).toBe(1);
    const text = t.out.join('');
    expect(text).toContain('<!-- evalgate:pr-comment -->');
    expect(text).toMatch(/REGRESSION/);
    expect(readFileSync(join(repo, 'ai', 'out.md'), 'utf8')).toBe(text);
    const report = JSON.parse(readFileSync(join(repo, 'ai', 'out.json'), 'utf8'));
    expect(report.selection.reasons.hi).toBe('ai/prompts/hi.txt changed');
    const prompts = model.chatRequests().map((r) => JSON.stringify(r.body));
    expect(prompts.some((p) => p.includes('polite'))).toBe(true);
    expect(prompts.some((p) => p.includes('blunt'))).toBe(true);
  });

  it('exits 0 with --fail-on never, 2 on usage errors', async () => {
    expect(await gateCommand(['--base', 'main', '--fail-on', 'never'], io(join(repo, 'ai')).value)).toBe(0);
    const missing = io(repo);
    expect(await gateCommand([], missing.value)).toBe(2);
    expect(missing.err.join('')).toMatch(/--base <git-ref> is required/);
    const badRef = io(repo);
    expect(await gateCommand(['--base', 'no-such-branch'], badRef.value)).toBe(2);
    expect(badRef.err.join('')).toMatch(/cannot resolve --base no-such-branch/);
  });

  it('a model outage (half the requests fail, over gate.maxErrorRate) exits 4 and says so; --fail-on never reports only', async () => {
    // 400: not retried, so the test does not wait for backoffs; any failed request counts the same.
    model.setBehavior((req) =>
      Number(/person (\d)/.exec(req.lastUser)?.[1]) % 2 === 1
        ? { status: 400, message: 'endpoint broken' }
        : { content: 'Hello there!' },
    );
    try {
      const cwd = join(repo, 'ai');
      rmSync(join(repo, '.cache-test'), { recursive: true, force: true });
      // A harmless prompt edit: no regression to hide behind, only the outage.
      writeFileSync(join(cwd, 'prompts', 'hi.txt'), 'Be polite to person {{n}}, please.');
      const out = io(cwd);
      expect(await gateCommand(['--base', 'main', '--fail-on', 'regression'], out.value), out.err.join('')).toBe(4);
      expect(out.err.join('')).toContain(
        'too many requests failed to judge (gate.maxErrorRate): hi: 50% of head requests failed (limit 20%)',
      );
      rmSync(join(repo, '.cache-test'), { recursive: true, force: true });
      expect(await gateCommand(['--base', 'main', '--fail-on', 'never'], io(cwd).value)).toBe(0);
    } finally {
      writeFileSync(join(repo, 'ai', 'prompts', 'hi.txt'), 'Be blunt to person {{n}}.');
      model.setBehavior((req) => ({ content: req.lastUser.includes('blunt') ? 'What.' : 'Hello there!' }));
    }
  });

  it('response cache across a model change: cached base answers from the old served model are re-sampled live, never a false regression; --no-cache samples both sides live', async () => {
    const cwd = join(repo, 'ai');
    const old = { model: 'gpt-4o-mini-2024-07-18', systemFingerprint: 'fp_old' };
    try {
      rmSync(join(repo, '.cache-test'), { recursive: true, force: true });
      // On main last week: the old served model answers politely; the base answers land in the cache.
      model.setBehavior(() => ({ content: 'Hello there!', ...old }));
      writeFileSync(join(cwd, 'prompts', 'hi.txt'), 'Be polite to person {{n}}, please.');
      expect(await gateCommand(['--base', 'main'], io(cwd).value)).toBe(0);
      // The provider now serves a new model behind the same name; the PR changes nothing the model sees
      // on base, so base would come from the week-old cache and head live from the new model.
      model.setBehavior(() => ({ content: 'What.', model: 'gpt-4o-mini-2026-11-20', systemFingerprint: 'fp_new' }));
      writeFileSync(join(cwd, 'prompts', 'hi.txt'), 'Be polite to person {{n}}, thanks.');
      const basePrompts = (from: number) =>
        model
          .chatRequests()
          .slice(from)
          .map((r) => JSON.stringify(r.body))
          .filter((p) => p.includes('polite') && !p.includes('thanks')).length;
      const before = model.chatRequests().length;
      const run = io(cwd);
      await gateCommand(['--base', 'main', '--json', 'cmp.json'], run.value);
      expect(run.err.join('')).toContain(
        "warning: the provider's served model changed since the response cache was filled (hi: not comparable: base answers came from the response cache under served model gpt-4o-mini-2024-07-18",
      );
      // The base prompt (main's, without "thanks") was sent again, once per case, instead of read from the cache.
      expect(basePrompts(before)).toBe(8);
      const report = JSON.parse(readFileSync(join(cwd, 'cmp.json'), 'utf8'));
      expect(report.suites[0].notComparable).toBeUndefined();
      expect(report.suites[0].verdict).not.toBe('regression');
      expect(run.out.join('')).not.toMatch(/REGRESSION/);
      // The refreshed cache now holds the new model's answers: the next run reads them, no second re-sample.
      const next = io(cwd);
      const mark = model.chatRequests().length;
      await gateCommand(['--base', 'main'], next.value);
      expect(next.err.join('')).not.toContain('served model changed');
      expect(model.chatRequests().length).toBe(mark);
      // --no-cache: both sides live, nothing read from the cache.
      const live = io(cwd);
      const mark2 = model.chatRequests().length;
      await gateCommand(['--base', 'main', '--no-cache'], live.value);
      expect(basePrompts(mark2)).toBe(8);
      expect(model.chatRequests().length - mark2).toBe(16);
      const bad = io(cwd);
      expect(await gateCommand(['--base', 'main', '--no-cache', '--replay'], bad.value)).toBe(2);
    } finally {
      writeFileSync(join(cwd, 'prompts', 'hi.txt'), 'Be blunt to person {{n}}.');
      model.setBehavior((req) => ({ content: req.lastUser.includes('blunt') ? 'What.' : 'Hello there!' }));
    }
  });
});
