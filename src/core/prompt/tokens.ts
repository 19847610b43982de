// Walks mustache's parsed tokens. Shared by the template parser (which names the variables a template
// needs) and the renderer (which checks them before rendering, since mustache renders a miss as '').
import Mustache from 'mustache';
import { TemplateError } from './errors.js';

/** mustache token: [kind, name|text, start, end, children?, ...]. */
type Token = [string, string, number, number, Token[]?, ...unknown[]];

export interface TemplateRefs {
  /** Names used outside sections: every one must be defined. */
  required: string[];
  /** Every name referenced at the top level, sections included. */
  all: string[];
}

/** Parses a template string; throws TemplateError with the line/column of a syntax error. */
export function templateRefs(content: string): TemplateRefs {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(content) as unknown as Token[];
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const at = /at (\d+)$/.exec(msg);
    throw new TemplateError(
      `template syntax: ${msg.replace(/ at \d+$/, '')}`,
      at ? position(content, Number(at[1])) : undefined,
    );
  }
  const required: string[] = [];
  const all: string[] = [];
  for (const t of tokens) {
    const [kind, name] = t;
    if (kind === '>') throw new TemplateError(`partials ({{> ${name}}}) are not supported`, position(content, t[2]));
    if (kind === 'name' || kind === '&' || kind === '#' || kind === '^') {
      if (name === '.') continue;
      if (!all.includes(name)) all.push(name);
      // A missing section name just skips the section (that is how optional parts are written).
      if ((kind === 'name' || kind === '&') && !required.includes(name)) required.push(name);
    }
  }
  return { required, all };
}

/** Dotted lookup like mustache's (`user.name`); undefined when any step is missing. */
export function lookup(vars: Record<string, unknown>, name: string): unknown {
  let cur: unknown = vars;
  for (const part of name.split('.')) {
    if (cur === null || (typeof cur !== 'object' && typeof cur !== 'function')) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
