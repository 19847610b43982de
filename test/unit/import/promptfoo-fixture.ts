// A promptfoo project written in promptfoo's documented config format (prompts × providers × tests,
// defaultTest, file:// prompts, vars and checks, CSV tests with __expected columns, JSONL tests) covering
// its common assertion types, plus pieces that have no evalgate equivalent.
export const LITERAL_KEY = 'sk-promptfoo-literal-key-0123456789';

export const promptfooProject: Record<string, string> = {
  'promptfooconfig.yaml': `# yaml-language-server: $schema=https://promptfoo.dev/config-schema.json
description: Support bot regression suite
prompts:
  - file://prompts/support.txt
  - id: file://prompts/chat.json
    label: chat
  - "Answer in one sentence: {{ question }}"
  - file://prompts/fancy.txt
providers:
  - id: openai:gpt-4o-mini
    label: mini
    config:
      temperature: 0
      max_tokens: 200
      apiKey: ${LITERAL_KEY}
  - openai:chat:gpt-4.1-mini
  - bedrock:anthropic.claude-3-sonnet-20240229-v1:0
defaultTest:
  vars:
    company: Acme
  assert:
    - type: not-icontains
      value: as an AI language model
    - type: llm-rubric
      value: Is polite and on topic
  options:
    provider: openai:gpt-4.1
evaluateOptions:
  maxConcurrency: 2
tests:
  - description: refund policy
    vars:
      question: How do I get a refund?
      expected: Refunds take 5 days.
    assert:
      - type: icontains
        value: refund
      - type: factuality
        value: "{{expected}}"
      - type: javascript
        value: output.length < 500
      - type: python
        value: len(output) < 500
      - type: regex
        value: "[a-z]+"
      - type: similar
        value: Refunds take five days
        threshold: 0.1
      - type: latency
        threshold: 5000
      - type: cost
        threshold: 0.01
      - type: contains-any
        value: [refund, money back]
      - type: is-json
        value:
          type: object
        weight: 0
  - vars:
      question: [Hi there, Hello]
    assert:
      - type: levenshtein
        value: Hello
        threshold: 5
      - type: contains-json
      - type: icontains
        value: hi
        transform: output.toLowerCase()
      - type: not-equals
        value: nothing
  - description: long question
    vars:
      question: file://questions/long.txt
    assert:
      - type: javascript
        value: file://checks/length.js:short
      - type: word-count
        value: { min: 1, max: 400 }
  - file://tests/more.csv
  - file://tests/more.jsonl
`,
  'prompts/support.txt': 'You are the support assistant of {{company}}. Answer: {{question}}\n',
  'prompts/chat.json': JSON.stringify(
    [
      { role: 'system', content: 'You answer for {{ company }}.' },
      { role: 'user', content: '{{ question }}' },
    ],
    null,
    2,
  ),
  'prompts/fancy.txt': '{% if vip %}Dear valued customer,{% endif %} {{ question | trim }}\n',
  'questions/long.txt': 'I ordered a blue kettle last week and it arrived broken. What can I do?\n',
  'checks/length.js': 'export function short(output) {\n  return output.length < 800;\n}\n',
  'tests/more.csv': [
    'question,__expected1,__expected2,__description',
    '"Where is my order?",contains: order,"grade: mentions tracking",order status',
    '"Cancel please",not-icontains: sorry,"similar(0.1): cancel the order",cancel',
    '"Ping","python: output == ""pong""",Ping,echo',
    '',
  ].join('\n'),
  'tests/more.jsonl': `${JSON.stringify({ vars: { question: 'Opening hours?' }, assert: [{ type: 'starts-with', value: 'Answer' }] })}\n`,
};
