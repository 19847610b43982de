// The loader checks every case against its template with requiredVariables (once per template) and
// missingVariable (per case); they must agree with findMissingVariable, which the renderer uses.
import { describe, expect, it } from 'vitest';
import { findMissingVariable, missingVariable, requiredVariables } from '../../../src/core/prompt/render.js';
import { parsePromptTemplate } from '../../../src/core/prompt/template.js';

const chat = parsePromptTemplate(
  ['- role: system', '  content: "You are {{persona}}.{{#tone}} Be {{tone}}.{{/tone}}"', '- role: user', '  content: "{{question}} for {{user.name}} ({{persona}})"'].join('\n'),
  'chat.yaml',
);

describe('requiredVariables / missingVariable', () => {
  it('lists the variables outside sections, message by message, with the first message that uses them', () => {
    expect(requiredVariables(chat).map((r) => [r.name, r.messageIndex, r.role])).toEqual([
      ['persona', 0, 'system'],
      ['question', 1, 'user'],
      ['user.name', 1, 'user'],
      ['persona', 1, 'user'],
    ]);
  });

  it('finds the same first missing variable as findMissingVariable, for every kind of case', () => {
    const required = requiredVariables(chat);
    const cases: Record<string, unknown>[] = [
      {},
      { persona: 'a pirate' },
      { persona: 'a pirate', question: 'q' },
      { persona: 'a pirate', question: 'q', user: {} },
      { persona: 'a pirate', question: 'q', user: { name: 'Ada' } },
      { persona: 'a pirate', question: 'q', user: { name: 'Ada' }, tone: 'brief' },
      { question: 'q', user: { name: 'Ada' } },
    ];
    for (const vars of cases) {
      const viaRenderer = findMissingVariable(chat, vars);
      const viaLoader = missingVariable(required, vars);
      expect(viaLoader && { variable: viaLoader.name, messageIndex: viaLoader.messageIndex }, JSON.stringify(vars)).toEqual(
        viaRenderer && { variable: viaRenderer.variable, messageIndex: viaRenderer.messageIndex },
      );
    }
    expect(missingVariable(required, { persona: 'p', question: 'q', user: {} })?.name).toBe('user.name');
    expect(missingVariable(required, { persona: 'p', question: 'q', user: { name: 'Ada' } })).toBeUndefined();
  });
});
