// Assertions that use the case: {{var}} / {{expected}} in values, and promptfoo's __expected columns.
import { describe, expect, it } from 'vitest';
import { load, loadError } from './fixture.js';

const head = `version: 1
providers:
  m: { model: gpt-4o-mini }
suites:
  - name: s
    prompt: p.txt
`;

describe('templated assertion values', () => {
  it('render {{expected}} and {{var}} per case, deep inside values; javascript and schemas stay verbatim', async () => {
    const c = await load({
      'p.txt': 'Capital of {{country}}?',
      'evalgate.yml': `${head}    assert:
      - { type: equals, value: "{{expected}}" }
      - { type: contains-any, value: ["{{city}}", "{{country}}"] }
      - { type: tool-call, value: { name: lookup, arguments: { q: "{{country}}" } } }
      - { type: regex, value: "^\\\\d{2}$" }
    cases:
      - { vars: { country: France, city: Paris }, expected: Paris }
      - { vars: { country: Japan, city: Tokyo }, expected: Tokyo }
`,
    });
    const [a, b] = c.suites[0]!.cases;
    expect(a!.assertions.map((x) => x.value)).toEqual([
      'Paris',
      ['Paris', 'France'],
      { name: 'lookup', arguments: { q: 'France' } },
      '^\\d{2}$',
    ]);
    expect(b!.assertions[0]!.value).toBe('Tokyo');
  });

  it('a name the case does not define is a located error, not an empty string', async () => {
    const lines = await loadError({
      'p.txt': 'Hi {{name}}',
      'evalgate.yml': `${head}    assert: [{ type: equals, value: "{{expected}}" }]
    cases:
      - { id: one, vars: { name: a }, expected: A }
      - { id: two, vars: { name: b } }
`,
    });
    expect(lines).toEqual([
      'evalgate.yml:10:9 suites[0].cases[1]: case "two": equals uses {{expected}} in its value but the case has no `expected`',
    ]);
  });
});

describe('promptfoo __expected columns', () => {
  it('CSV: __expected is equals unless written type:value; __expected1…n add more; __description is the description', async () => {
    const csv = [
      'question,__expected,__expected1,__expected2,__description',
      'Capital of France?,Paris,icontains: paris,"contains-any: Paris, paris",first',
      'Say hi,"note: a colon, not a type",is-json,not-contains: sorry,',
      'Count,latency: 500,,,',
    ].join('\n');
    const c = await load({
      'p.txt': '{{question}}',
      'cases.csv': csv,
      'evalgate.yml': `${head}    cases: cases.csv\n`,
    });
    const [a, b, d] = c.suites[0]!.cases;
    expect(a!.vars).toEqual({ question: 'Capital of France?' });
    expect(a!.description).toBe('first');
    expect(a!.assertions).toEqual([
      { type: 'equals', value: 'Paris' },
      { type: 'icontains', value: 'paris' },
      { type: 'contains-any', value: ['Paris', 'paris'] },
    ]);
    expect(b!.assertions).toEqual([
      { type: 'equals', value: 'note: a colon, not a type' },
      { type: 'is-json' },
      { type: 'not-contains', value: 'sorry' },
    ]);
    expect(d!.assertions).toEqual([{ type: 'latency', value: 500 }]);
  });

  it('JSONL: __expected keys at the top level or in vars', async () => {
    const jsonl = [
      '{"vars":{"q":"a","__expected":"A"}}',
      '{"vars":{"q":"b"},"__expected1":"icontains: b","__expected":"B"}',
    ].join('\n');
    const c = await load({ 'p.txt': '{{q}}', 'cases.jsonl': jsonl, 'evalgate.yml': `${head}    cases: cases.jsonl\n` });
    const [a, b] = c.suites[0]!.cases;
    expect(a!.vars).toEqual({ q: 'a' });
    expect(a!.assertions).toEqual([{ type: 'equals', value: 'A' }]);
    expect(b!.assertions).toEqual([
      { type: 'equals', value: 'B' },
      { type: 'icontains', value: 'b' },
    ]);
  });
});
