import { describe, expect, it } from 'vitest';
import { loadError, withSuites } from './fixture.js';

const prompt = { 'p.txt': 'Hi {{name}}\n' };

describe('config errors: one line "file:line:col keyPath: message"', () => {
  it('unknown key, with did-you-mean', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    repaet: 2
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual(['evalgate.yml:7:5 suites[0].repaet: unknown key "repaet" (did you mean "repeat"?)']);
  });

  it('wrong type', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    repeat: twice
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual(['evalgate.yml:7:13 suites[0].repeat: expected number, received string']);
  });

  it('a missing required key points at its parent', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual(['evalgate.yml:5:5 suites[0].prompt: "prompt" is required']);
  });

  it('missing prompt file', async () => {
    const lines = await loadError({
      'evalgate.yml': withSuites(`  - name: s
    prompt: prompts/nope.txt
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual(['evalgate.yml:6:13 suites[0].prompt: prompt file "prompts/nope.txt" not found']);
  });

  it('missing case file', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: evals/none.yaml
`),
    });
    expect(lines).toEqual(['evalgate.yml:7:12 suites[0].cases: case file "evals/none.yaml" not found']);
  });

  it('missing template variable, inline case', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases:
      - id: c1
        vars: { nam: a }
`),
    });
    expect(lines).toEqual([
      'evalgate.yml:9:15 suites[0].cases[0].vars: case "c1": the prompt p.txt uses {{name}} (message 1) but the case has no var "name"',
    ]);
  });

  it('missing template variable, case file: names the case file line', async () => {
    const lines = await loadError({
      ...prompt,
      'cases.yaml': '- vars: { name: a }\n- id: second\n  vars: { other: b }\n',
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: cases.yaml
`),
    });
    expect(lines).toEqual([
      'cases.yaml:3:9 [1].vars: case "second": the prompt p.txt uses {{name}} (message 1) but the case has no var "name"',
    ]);
  });

  it('a variable missing from many cases is one line, at the first of them', async () => {
    const lines = await loadError({
      ...prompt,
      'cases.yaml':
        '- vars: { name: a }\n- id: two\n  vars: { nom: b }\n- id: three\n  vars: { nom: c }\n- id: four\n  vars: { nom: d }\n',
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: cases.yaml
`),
    });
    expect(lines).toEqual([
      'cases.yaml:3:9 [1].vars: case "two" (and 2 more cases): the prompt p.txt uses {{name}} (message 1) but the case has no var "name"',
    ]);
  });

  it('invalid YAML with a cascade of parser errors shows only the first', async () => {
    // The yaml parser reports three errors for this one misindented line.
    const lines = await loadError({
      'evalgate.yml':
        'version: 1\nproviders:\n  fast:\n    type: openai\n   model: x\n    temperature: 0\nsuites: []\n',
    });
    expect(lines).toEqual(['evalgate.yml:5:1: invalid YAML: All mapping items must start at the same column']);
  });

  it('lists at most five problems and counts the rest', async () => {
    const keys = ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg'].map((k) => `    ${k}: 1\n`).join('');
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s\n    prompt: p.txt\n${keys}    cases: [{ vars: { name: a } }]\n`),
    });
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^evalgate\.yml:7:5 suites\[0\]\.aa: unknown key "aa"/);
    expect(lines[5]).toBe('… and 2 more problems');
  });

  it('suite vars fill in for cases', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    vars: { name: everyone }
    cases: [{ vars: { x: 1 } }]
  - name: t
    prompt: p.txt
    cases: []
`),
    });
    // Only the empty suite fails: suite s gets `name` from its suite vars.
    expect(lines).toEqual(['evalgate.yml:11:12 suites[1].cases: suite "t" has no cases']);
  });

  it('bad regex (the regex scorer rejects it)', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    assert:
      - type: regex
        value: "a(b"
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^evalgate\.yml:9:16 suites\[0\]\.assert\[0\]\.value: regex: value: bad regex: Invalid regular expression: .*a\(b/,
    );
  });

  it('a regex only the RE2 engine rejects is located too', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    assert:
      - type: regex
        value: "a{2,1001}"
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^evalgate\.yml:9:16 suites\[0\]\.assert\[0\]\.value: regex: value: bad regex: error parsing regexp: invalid repeat count/,
      ),
    ]);
  });

  it('a regex the linear-time engine cannot run (lookahead) is a located error, not a hang later', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    assert:
      - type: regex
        value: "^(?!.*sorry)"
    cases: [{ vars: { name: a } }]
`),
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^evalgate\.yml:9:16 suites\[0\]\.assert\[0\]\.value: regex: value: bad regex: lookahead and lookbehind .* not supported: evalgate matches with a linear-time engine/,
      ),
    ]);
  });

  it('a YAML alias bomb ("billion laughs") is a located config error', async () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, n] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const prev = String.fromCharCode(97 + i);
      laughs.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const lines = await loadError({ ...prompt, 'evalgate.yml': `version: 1\n${laughs.join('\n')}\nsuites: []\n` });
    expect(lines).toEqual([
      expect.stringMatching(/^evalgate\.yml:3:8: YAML aliases \(\*name\) expand to too many nodes/),
    ]);
  });

  it('names a "__proto__" key at its line instead of what it would pollute', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: [{ vars: { name: a } }]
`).replace('suites:', '__proto__:\n  polluted: 1\nsuites:'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^evalgate\.yml:\d+:1 __proto__: "__proto__" is not allowed as a key$/);
    expect(lines[0]).not.toContain('polluted');
  });

  it('unknown assertion type, with did-you-mean', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases:
      - vars: { name: a }
        assert:
          - type: contians
            value: x
`),
    });
    expect(lines).toEqual([
      'evalgate.yml:10:19 suites[0].cases[0].assert[0].type: unknown assertion type "contians" (did you mean "contains"?)',
    ]);
  });

  it('duplicate suite name', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: [{ vars: { name: a } }]
  - name: s
    prompt: p.txt
    cases: [{ vars: { name: b } }]
`),
    });
    expect(lines).toEqual(['evalgate.yml:8:11 suites[1].name: duplicate suite name "s" (first defined at line 5)']);
  });

  it('duplicate case id', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases:
      - { id: one, vars: { name: a } }
      - { id: one, vars: { name: b } }
`),
    });
    expect(lines).toEqual([
      'evalgate.yml:9:15 suites[0].cases[1].id: duplicate case id "one" (first at evalgate.yml:8)',
    ]);
  });

  it('duplicate derived case id explains why', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases:
      - { vars: { name: a } }
      - { vars: { name: a } }
`),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^evalgate\.yml:9:9 suites\[0\]\.cases\[1\]: duplicate case id "case-[0-9a-f]{8}" \(first at evalgate\.yml:8\); cases without an id get one from their vars, so these two have identical vars: give them ids$/,
    );
  });

  it('invalid YAML', async () => {
    const lines = await loadError({ 'evalgate.yml': 'version: 1\nproviders:\n  fast: { model: x\n' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^evalgate\.yml:\d+:\d+: invalid YAML: /);
  });

  it('empty file', async () => {
    expect(await loadError({ 'evalgate.yml': '# nothing\n' })).toEqual(['evalgate.yml: the config file is empty']);
  });

  it('empty suite', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: []
`),
    });
    expect(lines).toEqual(['evalgate.yml:7:12 suites[0].cases: suite "s" has no cases']);
  });

  it('empty case file', async () => {
    const lines = await loadError({
      ...prompt,
      'c.jsonl': '\n',
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    cases: c.jsonl
`),
    });
    expect(lines).toEqual(['evalgate.yml:7:12 suites[0].cases: suite "s" has no cases']);
  });

  it('unknown provider reference (suite, defaults, judge, assertion)', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(
        `  - name: s
    prompt: p.txt
    provider: fats
    judge: nobody
    assert:
      - { type: contains, value: a, provider: fsat }
    cases: [{ vars: { name: a } }]
  - name: t
    prompt: p.txt
    provider: { extends: slow, temperature: 1 }
    cases: [{ vars: { name: a } }]
`,
        'defaults: { provider: quick }\n',
      ),
    });
    expect(lines).toEqual([
      'evalgate.yml:4:23 defaults.provider: unknown provider "quick"',
      'evalgate.yml:8:15 suites[0].provider: unknown provider "fats" (did you mean "fast"?)',
      'evalgate.yml:9:12 suites[0].judge: unknown provider "nobody"',
      'evalgate.yml:11:47 suites[0].assert[0].provider: unknown provider "fsat" (did you mean "fast"?)',
      'evalgate.yml:15:26 suites[1].provider.extends: unknown provider "slow"',
    ]);
  });

  it('reports every problem of a phase, one per line', async () => {
    const lines = await loadError({
      ...prompt,
      'evalgate.yml': withSuites(`  - name: s
    prompt: p.txt
    repeat: 0
    cases: [{ vars: { name: a }, tag: [x] }]
`),
    });
    expect(lines).toEqual([
      'evalgate.yml:7:13 suites[0].repeat: Too small: expected number to be >=1',
      'evalgate.yml:8:34 suites[0].cases[0].tag: unknown key "tag" (did you mean "tags"?)',
    ]);
  });
});

describe('ConfigError formatting', () => {
  it('formats key paths and leaves out unknown parts', async () => {
    const { ConfigError, formatKeyPath } = await import('../../../src/core/config/errors.js');
    expect(formatKeyPath(['suites', 1, 'assert', 0, 'value'])).toBe('suites[1].assert[0].value');
    expect(formatKeyPath(['pricing', 'gpt-4o.x', 'input'])).toBe('pricing["gpt-4o.x"].input');
    expect(String(new ConfigError('boom', { file: 'a.yml', line: 3, column: 7, keyPath: 'gate' }))).toBe(
      'a.yml:3:7 gate: boom',
    );
    expect(new ConfigError('boom', { file: 'a.yml' }).message).toBe('a.yml: boom');
  });

  it('a chat prompt: the missing variable names its message; a bad chat file names its line', async () => {
    const chat = '- role: system\n  content: "You are {{persona}}"\n- role: user\n  content: "{{q}}"\n';
    const lines = await loadError({
      'chat.yaml': chat,
      'evalgate.yml': withSuites('  - name: s\n    prompt: chat.yaml\n    cases: [{ id: a, vars: { q: hi } }]\n'),
    });
    expect(lines).toEqual([
      'evalgate.yml:7:28 suites[0].cases[0].vars: case "a": the prompt chat.yaml uses {{persona}} (message 1) but the case has no var "persona"',
    ]);
    const bad = await loadError({
      'chat.yaml': '- role: user\n  content: hi\n  nmae: x\n',
      'evalgate.yml': withSuites('  - name: s\n    prompt: chat.yaml\n    cases: [{ id: a }]\n'),
    });
    expect(bad).toEqual(['chat.yaml:3:3 [0].nmae: unknown key "nmae" (a message has only role and content)']);
  });
});
