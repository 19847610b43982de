import { describe, expect, it } from 'vitest';
import { deriveCaseId } from '../../../src/core/config/parse.js';
import { load, loadError, withSuites } from './fixture.js';

const files = { 'p.txt': 'Q: {{q}}' };
const suiteWith = (cases: string, extra = '') =>
  withSuites(`  - name: s\n    prompt: p.txt\n${extra}    cases: ${cases}\n`);

describe('case files', () => {
  it('YAML and JSON lists', async () => {
    const yaml = await load({
      ...files,
      'c.yaml': '- id: a\n  vars: { q: one }\n  threshold: 0.5\n',
      'evalgate.yml': suiteWith('c.yaml'),
    });
    expect(yaml.suites[0]?.cases).toEqual([{ id: 'a', vars: { q: 'one' }, assertions: [], threshold: 0.5 }]);
    const json = await load({
      ...files,
      'c.json': '[{"id":"b","vars":{"q":"two"},"expected":"2"}]',
      'evalgate.yml': suiteWith('c.json'),
    });
    expect(json.suites[0]?.cases).toEqual([{ id: 'b', vars: { q: 'two' }, expected: '2', assertions: [] }]);
  });

  it('JSONL: one case per line; errors name the line', async () => {
    const ok = await load({
      ...files,
      'c.jsonl':
        '{"id":"a","vars":{"q":"1"}}\n\n{"vars":{"q":"2"},"assert":[{"type":"equals","value":"2","weight":2}]}\n',
      'evalgate.yml': suiteWith('c.jsonl'),
    });
    expect(ok.suites[0]?.cases.map((c) => c.id)).toEqual(['a', deriveCaseId({ q: '2' })]);
    expect(ok.suites[0]?.cases[1]?.assertions).toEqual([{ type: 'equals', value: '2', weight: 2 }]);

    const lines = await loadError({
      ...files,
      'c.jsonl': '{"vars":{"q":"1"}}\n{"vars": {"q": 2}, "tgas": []}\n{oops}\n',
      'evalgate.yml': suiteWith('c.jsonl'),
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('c.jsonl:2:1: unknown key "tgas"');
    expect(lines[1]).toMatch(/^c\.jsonl:3:1: invalid JSON: /);
  });

  it('CSV: header row; id, description, expected are case fields, other columns are vars', async () => {
    const csv = 'id,q,expected,description\nfirst,"Hello, world",hi,greets\n,second q,,\n';
    const cfg = await load({ ...files, 'c.csv': csv, 'evalgate.yml': suiteWith('c.csv') });
    expect(cfg.suites[0]?.cases).toEqual([
      { id: 'first', vars: { q: 'Hello, world' }, expected: 'hi', description: 'greets', assertions: [] },
      { id: deriveCaseId({ q: 'second q' }), vars: { q: 'second q' }, assertions: [] },
    ]);
  });

  it('CSV: columns in any order; __expected columns by their number, blank ones skipped, on every row', async () => {
    const csv =
      '__expected2,q,__description,__expected,id,__expected1\nnot-contains: sorry,one,first,Paris,a,\n,two,,,b, icontains: x \n,,,,c,\n';
    const cfg = await load({ ...files, 'c.csv': csv, 'evalgate.yml': suiteWith('c.csv') });
    expect(cfg.suites[0]?.cases).toEqual([
      {
        id: 'a',
        vars: { q: 'one' },
        description: 'first',
        assertions: [
          { type: 'equals', value: 'Paris' },
          { type: 'not-contains', value: 'sorry' },
        ],
      },
      { id: 'b', vars: { q: 'two' }, assertions: [{ type: 'equals', value: ' icontains: x ' }] },
      { id: 'c', vars: { q: '' }, assertions: [] },
    ]);
  });

  it('CSV: a duplicate id names the line; a row without the template variable too', async () => {
    const lines = await loadError({ ...files, 'c.csv': 'id,q\na,1\nb,2\na,3\n', 'evalgate.yml': suiteWith('c.csv') });
    expect(lines).toEqual(['c.csv:4:1 id: duplicate case id "a" (first at c.csv:2)']);
    const missing = await loadError({ ...files, 'c.csv': 'id,other\na,1\n', 'evalgate.yml': suiteWith('c.csv') });
    expect(missing).toEqual([
      'c.csv:2:1 vars: case "a": the prompt p.txt uses {{q}} (message 1) but the case has no var "q"',
    ]);
  });

  it('derived ids depend on the vars only, not on order or key order', async () => {
    expect(deriveCaseId({ a: 1, b: { c: 2, d: 3 } })).toBe(deriveCaseId({ b: { d: 3, c: 2 }, a: 1 }));
    expect(deriveCaseId({ a: 1 })).not.toBe(deriveCaseId({ a: 2 }));
    const one = await load({ ...files, 'evalgate.yml': suiteWith('[{ vars: { q: x } }, { vars: { q: y } }]') });
    const two = await load({ ...files, 'evalgate.yml': suiteWith('[{ vars: { q: y } }, { vars: { q: x } }]') });
    expect(one.suites[0]?.cases.map((c) => c.id)).toEqual(two.suites[0]?.cases.map((c) => c.id).reverse());
  });

  it("suite assertions come before the case's own; thresholds fall back suite → defaults", async () => {
    const cfg = await load({
      ...files,
      'evalgate.yml': withSuites(
        `  - name: s
    prompt: p.txt
    threshold: 0.8
    assert: [{ type: contains, value: a, weight: 3 }]
    cases:
      - { vars: { q: x }, assert: [{ type: not-contains, value: b }] }
      - { vars: { q: y }, threshold: 0.2 }
`,
        'defaults: { threshold: 0.1 }\n',
      ),
    });
    const [x, y] = cfg.suites[0]?.cases ?? [];
    expect(x?.assertions).toEqual([
      { type: 'contains', value: 'a', weight: 3 },
      { type: 'not-contains', value: 'b' },
    ]);
    expect(x?.threshold).toBe(0.8);
    expect(y?.threshold).toBe(0.2);
  });

  it('an invalid assertion in a case file points into the case file', async () => {
    const lines = await loadError({
      ...files,
      'c.yaml': '- vars: { q: x }\n  assert:\n    - type: regex\n      value: "(("\n',
      'evalgate.yml': suiteWith('c.yaml'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^c\.yaml:4:14 \[0\]\.assert\[0\]\.value: regex: value: bad regex: /);
  });

  it('a YAML case file must be a list', async () => {
    expect(await loadError({ ...files, 'c.yaml': 'q: x\n', 'evalgate.yml': suiteWith('c.yaml') })).toEqual([
      'c.yaml:1:1: a case file must hold a list of cases',
    ]);
  });
});
