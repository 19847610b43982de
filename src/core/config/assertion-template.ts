// Assertion values that use the case: `{{var}}` and `{{expected}}` in an assertion's value are rendered
// with the case's vars and its `expected`, once per case at load time (so every sample and every report
// sees the concrete value). Strings anywhere in the value are rendered (a tool-call's arguments too);
// `javascript` (a code reference) and the JSON Schema scorers are left as written. A name the case does
// not define is a config error at the case, never a silent ''.
import { contentText } from '../model/content.js';
import { MissingVariableError, TemplateError } from '../prompt/errors.js';
import { renderPrompt } from '../prompt/render.js';
import type { AssertionSpec } from '../scorers/types.js';

const VERBATIM = new Set(['javascript', 'json-schema', 'is-json']);

export type RenderedAssertions = { ok: true; assertions: AssertionSpec[] } | { ok: false; index: number; message: string };

function renderString(s: string, scope: Record<string, unknown>): string {
  if (!s.includes('{{')) return s;
  return contentText(renderPrompt({ messages: [{ role: 'user', content: s }], variables: [] }, scope)[0]!.content);
}

function renderDeep(v: unknown, scope: Record<string, unknown>): unknown {
  if (typeof v === 'string') return renderString(v, scope);
  if (Array.isArray(v)) return v.map((x) => renderDeep(x, scope));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, renderDeep(x, scope)]));
  return v;
}

function usesTemplate(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('{{');
  if (Array.isArray(v)) return v.some(usesTemplate);
  if (v !== null && typeof v === 'object') return Object.values(v).some(usesTemplate);
  return false;
}

export function renderCaseAssertions(specs: readonly AssertionSpec[], vars: Record<string, unknown>, expected: string | undefined): RenderedAssertions {
  // `expected` is a name like any var; a var of that name loses to the case's own `expected`.
  const scope: Record<string, unknown> = expected === undefined ? { ...vars } : { ...vars, expected };
  const out: AssertionSpec[] = [];
  for (const [index, spec] of specs.entries()) {
    if (VERBATIM.has(spec.type.replace(/^not-/, '')) || !usesTemplate(spec.value)) {
      out.push(spec);
      continue;
    }
    try {
      out.push({ ...spec, value: renderDeep(spec.value, scope) });
    } catch (e) {
      if (e instanceof MissingVariableError) {
        const hint = e.variable === 'expected' ? 'the case has no `expected`' : `the case has no var "${e.variable}"`;
        return { ok: false, index, message: `${spec.type} uses {{${e.variable}}} in its value but ${hint}` };
      }
      if (e instanceof TemplateError) return { ok: false, index, message: `${spec.type}: ${e.message}` };
      throw e;
    }
  }
  return { ok: true, assertions: out };
}
