import { describe, expect, it } from 'vitest';
import { MissingVariableError, TemplateError } from '../../../src/core/prompt/errors.js';
import { renderPrompt } from '../../../src/core/prompt/render.js';
import { parsePromptTemplate } from '../../../src/core/prompt/template.js';
import { promptVersion } from '../../../src/core/prompt/version.js';

describe('parsePromptTemplate', () => {
  it('reads a text file as one user message without the final newline', () => {
    const t = parsePromptTemplate('Summarise {{doc}} for {{user.name}}.\n', 'p.txt');
    expect(t.messages).toEqual([{ role: 'user', content: 'Summarise {{doc}} for {{user.name}}.' }]);
    expect(t.variables).toEqual(['doc', 'user.name']);
  });

  it('reads a YAML chat', () => {
    const t = parsePromptTemplate(
      '- role: system\n  content: You are {{persona}}.\n- role: user\n  content: "{{question}}"\n',
      'chat.yaml',
    );
    expect(t.messages).toEqual([
      { role: 'system', content: 'You are {{persona}}.' },
      { role: 'user', content: '{{question}}' },
    ]);
    expect(t.variables).toEqual(['persona', 'question']);
  });

  it('reads a JSON chat', () => {
    const t = parsePromptTemplate(
      '[{"role":"user","content":"Hi {{x}}"},{"role":"assistant","content":"ok"}]',
      'chat.json',
    );
    expect(t.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('rejects a bad role with its position', () => {
    const err = (() => {
      try {
        parsePromptTemplate('- role: user\n  content: a\n- role: robot\n  content: b\n', 'chat.yml');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).line).toBe(3);
    expect((err as TemplateError).keyPath).toBe('[1].role');
    expect((err as TemplateError).message).toMatch(/"system"\|"user"\|"assistant"/);
  });

  it('rejects a chat file that is not a list, and an unclosed tag with its line', () => {
    expect(() => parsePromptTemplate('role: user\n', 'c.yaml')).toThrow(
      'a chat prompt file must be a list of {role, content} messages',
    );
    try {
      parsePromptTemplate('line one\nHello {{name\n', 'p.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      expect((e as TemplateError).message).toBe('template syntax: Unclosed tag');
      expect((e as TemplateError).line).toBe(2);
    }
  });

  it('rejects partials', () => {
    expect(() => parsePromptTemplate('{{> header}}', 'p.txt')).toThrow('partials ({{> header}}) are not supported');
  });
});

describe('renderPrompt', () => {
  it('fills variables without HTML escaping, dotted paths, objects as JSON', () => {
    const t = parsePromptTemplate(
      '- role: system\n  content: "Be {{tone}} & <brief>"\n- role: user\n  content: "{{user.name}} asks {{q}}; data: {{data}} / {{{data}}} / {{n}}"\n',
      'c.yaml',
    );
    const out = renderPrompt(t, {
      tone: '"dry" <b>',
      user: { name: "O'Neil" },
      q: 'a < b?',
      data: { k: [1, 'x'] },
      n: 0,
    });
    expect(out).toEqual([
      { role: 'system', content: 'Be "dry" <b> & <brief>' },
      { role: 'user', content: `O'Neil asks a < b?; data: {"k":[1,"x"]} / {"k":[1,"x"]} / 0` },
    ]);
  });

  it('throws MissingVariableError naming the variable and message index', () => {
    const t = parsePromptTemplate(
      '- role: system\n  content: hi\n- role: user\n  content: "{{a}} {{user.name}}"\n',
      'c.yaml',
    );
    try {
      renderPrompt(t, { a: 1, user: { id: 3 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingVariableError);
      expect(e).toMatchObject({ variable: 'user.name', messageIndex: 1 });
      expect((e as Error).message).toBe('missing variable "user.name" (used in message 2, user)');
    }
  });

  it('treats a missing section name as an empty section, falsy values as present', () => {
    const t = parsePromptTemplate(
      '{{#ctx}}Context: {{.}}\n{{/ctx}}{{^ctx}}No context.\n{{/ctx}}Q: {{q}} ({{flag}})',
      'p.txt',
    );
    expect(renderPrompt(t, { q: 'why', flag: false })[0]?.content).toBe('No context.\nQ: why (false)');
    expect(renderPrompt(t, { q: 'why', flag: '', ctx: ['a', 'b'] })[0]?.content).toBe(
      'Context: a\nContext: b\nQ: why ()',
    );
  });
});

describe('promptVersion', () => {
  it('is 12 hex of sha256 of the source, changing with any edit', () => {
    expect(promptVersion('Hello {{name}}')).toMatch(/^[0-9a-f]{12}$/);
    expect(promptVersion('Hello {{name}}')).toBe(promptVersion('Hello {{name}}'));
    expect(promptVersion('Hello {{name}} ')).not.toBe(promptVersion('Hello {{name}}'));
    // sha256("") starts with e3b0c44298fc.
    expect(promptVersion('')).toBe('e3b0c44298fc');
  });
});
