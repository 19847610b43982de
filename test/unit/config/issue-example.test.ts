import { describe, expect, it } from 'vitest';
import { load } from './fixture.js';

// The exact evalgate.yml of issue 2.
const ISSUE_CONFIG = `version: 1
providers:
  fast:
    type: openai
    model: gpt-4o-mini
    temperature: 0
    maxTokens: 200
pricing:                      # USD per 1M tokens; overrides the built-in table
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults:
  provider: fast
  repeat: 2
  concurrency: 8
gate:
  minScore: 0.7
  maxScoreDrop: 0.05
  maxCostIncrease: 0.30
suites:
  - name: greeting
    prompt: prompts/greeting.txt        # plain-text template = one user message; {{var}} placeholders
    cases: evals/greeting.yaml          # YAML/JSON list of cases (also JSONL and CSV)
    assert:                             # applied to every case of the suite
      - type: icontains
        value: hello
    traffic: { requestsPerMonth: 100000 }
  - name: extraction
    prompt: prompts/extract.txt
    cases:
      - id: order-1
        vars: { text: "Order 42 for Alice" }
        assert:
          - type: is-json
          - type: contains
            value: "42"
`;

describe('the evalgate.yml of issue 2', () => {
  it('loads with its prompt and case files', async () => {
    const cfg = await load(
      {
        'evalgate.yml': ISSUE_CONFIG,
        'prompts/greeting.txt': 'Greet {{name}} in one sentence.\n',
        'prompts/extract.txt': 'Extract the order as JSON: {{text}}\n',
        'evals/greeting.yaml': '- vars: { name: Ada }\n- id: bob\n  vars: { name: Bob }\n',
      },
      { env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } },
    );

    expect(cfg.providers.fast).toMatchObject({
      id: 'fast',
      model: 'gpt-4o-mini',
      temperature: 0,
      maxTokens: 200,
      apiKey: 'sk-test',
      baseUrl: 'http://127.0.0.1:9/v1',
      timeoutMs: 60_000,
      maxRetries: 4,
    });
    expect(cfg.pricing).toEqual({ 'gpt-4o-mini': { input: 0.15, output: 0.6 } });
    expect(cfg.gate).toMatchObject({ minScore: 0.7, maxScoreDrop: 0.05, maxCostIncrease: 0.3 });

    const [greeting, extraction] = cfg.suites;
    expect(greeting).toMatchObject({
      name: 'greeting',
      repeat: 2,
      concurrency: 8,
      promptPath: 'prompts/greeting.txt',
      casesPath: 'evals/greeting.yaml',
      traffic: { requestsPerMonth: 100000 },
    });
    expect(greeting?.template.messages).toEqual([{ role: 'user', content: 'Greet {{name}} in one sentence.' }]);
    expect(greeting?.promptVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(greeting?.files).toEqual(['prompts/greeting.txt', 'evals/greeting.yaml']);
    expect(greeting?.cases.map((c) => c.id)).toEqual([expect.stringMatching(/^case-[0-9a-f]{8}$/), 'bob']);
    expect(greeting?.cases[1]?.assertions).toEqual([{ type: 'icontains', value: 'hello' }]);

    expect(extraction?.cases).toEqual([
      {
        id: 'order-1',
        vars: { text: 'Order 42 for Alice' },
        assertions: [{ type: 'is-json' }, { type: 'contains', value: '42' }],
      },
    ]);
    expect(extraction?.provider.id).toBe('fast');
    expect(extraction?.files).toEqual(['prompts/extract.txt']);
  });
});
