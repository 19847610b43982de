// promptfoo templates are Nunjucks; evalgate's are mustache. Plain `{{ name }}` / `{{ a.b }}` mean the same
// in both. Blocks (`{% … %}`), comments (`{# … #}`), filters (`{{ x | upper }}`) and expressions have no
// mustache equivalent: the template is reported, never half-converted.

const SIMPLE_VAR = /^\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*$/;

/** Why a Nunjucks template cannot become a mustache one, or undefined when it can as it is. */
export function nunjucksProblem(text: string): string | undefined {
  const block = /\{%-?\s*(\w+)/.exec(text);
  if (block)
    return `Nunjucks block {% ${block[1]} %} (mustache has sections {{#var}}…{{/var}} for conditionals and lists)`;
  if (/\{#/.test(text)) return 'Nunjucks comment {# … #}';
  for (const m of text.matchAll(/\{\{(\{?)([\s\S]*?)\}\}/g)) {
    const inner = m[2] ?? '';
    if (m[1] === '{' || /^[#^/>!&=]/.test(inner)) return `"{{${m[1]}${inner}}}" reads differently in mustache`;
    if (inner.includes('|')) return `Nunjucks filter in "{{${inner}}}"`;
    if (!SIMPLE_VAR.test(inner)) return `Nunjucks expression "{{${inner}}}"`;
  }
  return undefined;
}

/** Replaces `{{ name }}` with the case's variable, for assertion values that promptfoo renders per test. */
export function substituteVars(text: string, vars: Record<string, unknown>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const out = text.replace(/\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}/g, (all, name: string) => {
    let cur: unknown = vars;
    for (const part of name.split('.'))
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    if (cur === undefined) {
      missing.push(name);
      return all;
    }
    return typeof cur === 'string' ? cur : JSON.stringify(cur);
  });
  return { text: out, missing };
}

export function hasTemplate(text: string): boolean {
  return /\{\{|\{%/.test(text);
}

/** The top-level variables a (mustache-compatible) template reads: `{{ user.name }}` reads `user`. */
export function templateVars(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  return [...names];
}
