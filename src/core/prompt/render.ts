// Renders a PromptTemplate with a case's vars. No HTML escaping (prompts are not HTML); objects and
// arrays are inserted as JSON; a variable the template needs but the case lacks is an error, not ''.
import { contentStrings, mapContent } from '../model/content.js';
import Mustache from 'mustache';
import type { PromptTemplate } from '../config/resolved.js';
import type { ChatMessage } from '../model/types.js';
import { MissingVariableError } from './errors.js';
import { lookup, templateRefs } from './tokens.js';

function stringify(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** `{{{x}}}` / `{{&x}}` take mustache's unescaped path, which would print objects as [object Object]. */
class PromptWriter extends Mustache.Writer {
  override unescapedValue(token: string[], context: Mustache.Context): string {
    const value: unknown = context.lookup(token[1] ?? '');
    return value === null || value === undefined ? (undefined as unknown as string) : stringify(value);
  }
}

const writer = new PromptWriter();

/** A use of a variable the template cannot render without (one per message that uses it, in message order). */
export interface RequiredVariable {
  name: string;
  /** 0-based index of the message with this use. */
  messageIndex: number;
  role: string;
}

/**
 * The variables a template needs, message by message. Depends on the template only, so it is worked out
 * once per template object (the engine renders one template for every case and sample; the loader checks
 * thousands of cases against it) and each case asks `missingVariable`.
 */
const requiredByTemplate = new WeakMap<PromptTemplate, readonly RequiredVariable[]>();
export function requiredVariables(t: PromptTemplate): readonly RequiredVariable[] {
  let out = requiredByTemplate.get(t);
  if (out) return out;
  const found: RequiredVariable[] = [];
  for (const [i, m] of t.messages.entries()) {
    for (const name of contentStrings(m.content).flatMap((s) => templateRefs(s).required))
      found.push({ name, messageIndex: i, role: m.role });
  }
  requiredByTemplate.set(t, (out = found));
  return out;
}

/** The first required variable `vars` lacks (no Error built: a loader checks thousands of cases). */
export function missingVariable(
  required: readonly RequiredVariable[],
  vars: Record<string, unknown>,
): RequiredVariable | undefined {
  for (const r of required) if (lookup(vars, r.name) === undefined) return r;
  return undefined;
}

/** The first variable a template needs that `vars` lacks, with the message it is in. */
export function findMissingVariable(
  t: PromptTemplate,
  vars: Record<string, unknown>,
): MissingVariableError | undefined {
  const missing = missingVariable(requiredVariables(t), vars);
  return missing && new MissingVariableError(missing.name, missing.messageIndex, missing.role);
}

export function renderPrompt(t: PromptTemplate, vars: Record<string, unknown>): ChatMessage[] {
  const missing = findMissingVariable(t, vars);
  if (missing) throw missing;
  return t.messages.map((m) => ({
    role: m.role,
    content: mapContent(m.content, (s) => writer.render(s, vars, {}, { escape: stringify }), true),
  }));
}
