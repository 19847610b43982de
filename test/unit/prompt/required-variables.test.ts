// The loader checks every case against its template with requiredVariables (once per template) and
// missingVariable (per case); the renderer's findMissingVariable reuses them per template object.
import { describe, expect, it } from 'vitest';
import {
  findMissingVariable,
  missingVariable,
  renderPrompt,
  requiredVariables,
} from '../../../src/core/prompt/render.js';
import { parsePromptTemplate } from '../../../src/core/prompt/template.js';

const chat = parsePromptTemplate(
  [
    '- role: system',
    '  content: "You are {{persona}}.{{#tone}} Be {{tone}}.{{/tone}}"',
    '- role: user',
    '  content: "{{question}} for {{user.name}} ({{persona}})"',
  ].join('\n'),
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

  it('names the first missing variable with its message, for the loader and the renderer alike', () => {
    const required = requiredVariables(chat);
    const cases: [Record<string, unknown>, [string, number, string] | undefined][] = [
      [{}, ['persona', 0, 'system']],
      [{ persona: 'a pirate' }, ['question', 1, 'user']],
      [{ persona: 'a pirate', question: 'q' }, ['user.name', 1, 'user']],
      [{ persona: 'a pirate', question: 'q', user: {} }, ['user.name', 1, 'user']],
      [{ persona: 'a pirate', question: 'q', user: { name: 'Ada' } }, undefined],
      [{ persona: 'a pirate', question: 'q', user: { name: 'Ada' }, tone: 'brief' }, undefined],
      [{ question: 'q', user: { name: 'Ada' } }, ['persona', 0, 'system']],
    ];
    for (const [vars, want] of cases) {
      const viaLoader = missingVariable(required, vars);
      expect(viaLoader && [viaLoader.name, viaLoader.messageIndex, viaLoader.role], JSON.stringify(vars)).toEqual(want);
      const viaRenderer = findMissingVariable(chat, vars);
      expect(viaRenderer && [viaRenderer.variable, viaRenderer.messageIndex], JSON.stringify(vars)).toEqual(
        want?.slice(0, 2),
      );
      if (want) expect(() => renderPrompt(chat, vars)).toThrow(viaRenderer!.message);
      else expect(renderPrompt(chat, vars)).toHaveLength(2);
    }
  });
});
