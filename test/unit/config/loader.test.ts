import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig, loadConfigFromFiles } from '../../../src/adapters/config/loader.js';
import { ConfigError } from '../../../src/core/config/errors.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';
import type { Scorer } from '../../../src/core/scorers/types.js';
import { load, loadError, scorers, withSuites, writeTree } from './fixture.js';

const suite = (asserts: string) =>
  withSuites(`  - name: s\n    prompt: prompts/p.txt\n    cases: evals/c.yaml\n    assert:\n${asserts}`);
const base = { 'prompts/p.txt': 'Q: {{q}}', 'evals/c.yaml': '- vars: { q: x }\n' };
const checkJs = 'export default (out) => out.length > 2;\nexport const short = (out) => out.length < 5;\n';

describe('files an assertion refers to', () => {
  it('json-schema with a path: the schema is read and parsed, the path kept in `file`, shared by every case', async () => {
    const cfg = await load({
      ...base,
      'evals/c.yaml': '- vars: { q: x }\n- vars: { q: y }\n',
      'schemas/order.json': '{"type":"object","required":["id"]}',
      'evalgate.yml': suite('      - { type: json-schema, value: schemas/order.json }\n'),
    });
    const [a, b] = cfg.suites[0]?.cases ?? [];
    expect(a?.assertions[0]).toEqual({
      type: 'json-schema',
      value: { type: 'object', required: ['id'] },
      file: 'schemas/order.json',
    });
    expect(b?.assertions[0]?.value).toBe(a?.assertions[0]?.value);
    expect(cfg.suites[0]?.files).toEqual(['prompts/p.txt', 'evals/c.yaml', 'schemas/order.json']);
  });

  it('a missing schema file is an error at the assertion', async () => {
    const lines = await loadError({
      ...base,
      'evalgate.yml': suite('      - { type: json-schema, value: schemas/none.json }\n'),
    });
    expect(lines).toEqual(['evalgate.yml:9:37 suites[0].assert[0].value: schema file "schemas/none.json" not found']);
  });

  it('javascript checks are imported by reference (default and named export)', async () => {
    const cfg = await load({
      ...base,
      'checks/len.mjs': checkJs,
      'evalgate.yml': suite(
        '      - { type: javascript, value: checks/len.mjs }\n      - { type: javascript, value: "checks/len.mjs:short" }\n',
      ),
    });
    const long = cfg.functions.get('checks/len.mjs');
    const short = cfg.functions.get('checks/len.mjs:short');
    expect([
      long?.('abcd', { vars: {}, costUsd: null, tokens: { input: 0, output: 0 } }),
      short?.('abcdef', { vars: {}, costUsd: null, tokens: { input: 0, output: 0 } }),
    ]).toEqual([true, false]);
    expect(cfg.suites[0]?.files).toEqual(['prompts/p.txt', 'evals/c.yaml', 'checks/len.mjs']);
  });

  it('a missing export is an error at the assertion', async () => {
    const lines = await loadError({
      ...base,
      'checks/len.mjs': checkJs,
      'evalgate.yml': suite('      - { type: javascript, value: "checks/len.mjs:nope" }\n'),
    });
    expect(lines).toEqual([
      'evalgate.yml:9:36 suites[0].assert[0].value: "checks/len.mjs" has no export "nope" that is a function',
    ]);
  });

  it('repoRoot makes ResolvedSuite.files repository-relative; cache and recordings are absolute', async () => {
    const root = writeTree({
      'ci/prompts/p.txt': 'Q: {{q}}',
      'ci/evals/c.yaml': '- vars: { q: x }\n',
      'ci/evalgate.yml': withSuites(
        '  - name: s\n    prompt: prompts/p.txt\n    cases: evals/c.yaml\n',
        'cache: { dir: .cache }\nrecordings: rec\n',
      ),
    });
    const cfg = await loadConfig(join(root, 'ci/evalgate.yml'), { env: {}, scorers, repoRoot: root });
    expect(cfg.suites[0]?.files).toEqual(['ci/prompts/p.txt', 'ci/evals/c.yaml']);
    expect(cfg.suites[0]?.promptPath).toBe('ci/prompts/p.txt');
    expect(cfg.path).toBe(join(root, 'ci/evalgate.yml'));
    expect(cfg.cache.dir).toBe(join(root, 'ci/.cache'));
    expect(cfg.recordingsDir).toBe(join(root, 'ci/rec'));
  });

  it('a missing config file is a ConfigError', async () => {
    await expect(loadConfig('/nonexistent/evalgate.yml', { env: {}, scorers })).rejects.toThrow(
      '/nonexistent/evalgate.yml: config file not found',
    );
  });
});

describe('loadConfigFromFiles (e.g. the base revision from git)', () => {
  it('reads everything through the FileSource, javascript checks included', async () => {
    const tree: Record<string, string> = {
      'evalgate.yml': suite('      - { type: javascript, value: "checks/len.mjs:short" }\n'),
      'prompts/p.txt': 'Base: {{q}}',
      'evals/c.yaml': '- id: only\n  vars: { q: x }\n',
      'checks/len.mjs': checkJs,
    };
    const reads: string[] = [];
    const cfg = await loadConfigFromFiles(
      'evalgate.yml',
      { read: async (p) => (reads.push(p), tree[p]) },
      { env: {}, scorers },
    );
    expect(cfg.suites[0]?.promptSource).toBe('Base: {{q}}');
    expect(cfg.suites[0]?.cases[0]?.id).toBe('only');
    expect(
      cfg.functions.get('checks/len.mjs:short')?.('abc', { vars: {}, costUsd: null, tokens: { input: 0, output: 0 } }),
    ).toBe(true);
    expect(reads.sort()).toEqual(['checks/len.mjs', 'evalgate.yml', 'evals/c.yaml', 'prompts/p.txt']);
  });
});

describe('model-graded assertions', () => {
  const judged: Scorer = {
    type: 'judged',
    negatable: false,
    modelGraded: true,
    schema: z.looseObject({ type: z.string() }),
    score: () => ({ score: 1, pass: true, reason: '' }),
  };
  const reg = createRegistry(deterministicScorers(), [judged]);

  it('need a judge', async () => {
    const lines = await loadError({ ...base, 'evalgate.yml': suite('      - { type: judged }\n') }, { scorers: reg });
    expect(lines).toEqual([
      'evalgate.yml:9:17 suites[0].assert[0].type: "judged" needs a judge model: set `defaults.judge`, the suite\'s `judge` or the assertion\'s `provider`',
    ]);
  });

  it('an unset baseUrl variable of the judge provider counts as used', async () => {
    const yml = suite('      - { type: judged }\n').replace(
      '  fast: { model: gpt-4o-mini }\n',
      '  fast: { model: gpt-4o-mini }\n  judge: { model: big, baseUrl: "${JUDGE_URL}" }\ndefaults: { provider: fast, judge: judge }\n',
    );
    const err = await loadConfigFromFiles(
      'evalgate.yml',
      { read: async (p) => (({ ...base, 'evalgate.yml': yml }) as Record<string, string>)[p] },
      { env: {}, scorers: reg },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(
      'evalgate.yml:4:33 providers.judge.baseUrl: environment variable JUDGE_URL is not set',
    );
  });
});
