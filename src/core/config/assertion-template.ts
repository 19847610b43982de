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

export type RenderedAssertions =
  | { ok: true; assertions: AssertionSpec[] }
  | { ok: false; index: number; message: string };

function renderString(s: string, scope: Record<string, unknown>): string {
  if (!s.includes('{{')) return s;
  return contentText(renderPrompt({ messages: [{ role: 'user', content: s }], variables: [] }, scope)[0]!.content);
}

function renderDeep(v: unknown, scope: Record<string, unknown>): unknown {
  if (typeof v === 'string') return renderString(v, scope);
  if (Array.isArray(v)) return v.map((x) => renderDeep(x, scope));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, renderDeep(x, scope)]));
  return v;
}

function usesTemplate(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('{{');
  if (Array.isArray(v)) return v.some(usesTemplate);
  if (v !== null && typeof v === 'object') return Object.values(v).some(usesTemplate);
  return false;
}

/**
 * Whether a spec's value is a template to render. Memoised per spec object: the suite's assertions are the
 * same objects for every case, so a 2,000-case suite walks each of their values once, not 2,000 times.
 */
const rendersCache = new WeakMap<AssertionSpec, boolean>();
function renders(spec: AssertionSpec): boolean {
  let r = rendersCache.get(spec);
  if (r === undefined)
    rendersCache.set(spec, (r = !VERBATIM.has(spec.type.replace(/^not-/, '')) && usesTemplate(spec.value)));
  return r;
}

export function renderCaseAssertions(
  specs: readonly AssertionSpec[],
  vars: Record<string, unknown>,
  expected: string | undefined,
): RenderedAssertions {
  let scope: Record<string, unknown> | undefined;
  const out: AssertionSpec[] = [];
  for (const [index, spec] of specs.entries()) {
    if (!renders(spec)) {
      out.push(spec);
      continue;
    }
    // `expected` is a name like any var; a var of that name loses to the case's own `expected`.
    scope ??= expected === undefined ? { ...vars } : { ...vars, expected };
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
