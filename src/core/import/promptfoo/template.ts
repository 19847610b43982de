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

const FOR_TAG = /\{%-?\s*for\s+([A-Za-z_$][\w$]*)(?:\s*,\s*([A-Za-z_$][\w$]*))?\s+in\s+([A-Za-z_$][\w$.]*)\s*-?%\}/;
const ANY_TAG = /\{%-?\s*(\w+)[^%]*-?%\}/g;

/**
 * Unrolls Nunjucks `{% for x in list %}…{% endfor %}` (and `for k, v in map`) loops whose list is one value for
 * every test (a defaultTest var no test sets): a chat file that loops over a fixed history becomes plain messages.
 * Inside the loop, `{{ x }}`, `{{ x.path }}` and `{{ x | dump }}` are filled; anything else is left for the caller's
 * checks. The reason when a loop cannot be unrolled.
 */
export function unrollLoops(text: string, constants: Record<string, unknown>): { text: string } | { why: string } {
  const m = FOR_TAG.exec(text);
  if (!m) return { text };
  const start = m.index;
  const bodyStart = start + m[0].length;
  // The matching endfor, counting nested loops.
  let depth = 1;
  let end = -1;
  let after = -1;
  ANY_TAG.lastIndex = bodyStart;
  for (let t = ANY_TAG.exec(text); t; t = ANY_TAG.exec(text)) {
    if (t[1] === 'for') depth++;
    else if (t[1] === 'endfor' && --depth === 0) {
      end = t.index;
      after = t.index + t[0].length;
      break;
    }
  }
  if (end < 0) return { why: 'a Nunjucks {% for %} without its {% endfor %}' };
  const [, a, b, source] = m;
  const list = lookup(constants, source!);
  if (source === '_conversation' || source!.startsWith('_conversation.'))
    return {
      why: "promptfoo's _conversation (the earlier turns of a multi-turn run, each test answering after the last) has no evalgate equivalent: every case is one request",
    };
  if (list === undefined)
    return {
      why: `a Nunjucks {% for %} over "${source}", which is not one fixed value for every test (a defaultTest var no test sets)`,
    };
  const body = text.slice(bodyStart, end);
  const items: Record<string, unknown>[] = [];
  if (b !== undefined) {
    if (typeof list !== 'object' || list === null || Array.isArray(list))
      return { why: `{% for ${a}, ${b} in ${source} %} needs a map` };
    for (const [k, v] of Object.entries(list)) items.push({ [a!]: k, [b]: v });
  } else {
    if (!Array.isArray(list)) return { why: `{% for ${a} in ${source} %} needs a list` };
    for (const v of list) items.push({ [a!]: v });
  }
  let out = '';
  for (const bound of items) {
    const filled = fillLoopVars(body, bound);
    const inner = unrollLoops(filled, { ...constants, ...bound });
    if ('why' in inner) return inner;
    out += inner.text;
  }
  return unrollLoops(text.slice(0, start) + out + text.slice(after), constants);
}

function lookup(vars: Record<string, unknown>, path: string): unknown {
  let cur: unknown = vars;
  for (const part of path.split('.'))
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

/** `{{ x }}`, `{{ x.a }}`, `{{ x | dump }}` of the loop's own variables → their values (dump: as JSON). */
function fillLoopVars(body: string, bound: Record<string, unknown>): string {
  return body.replace(
    /\{\{\s*([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)*)\s*(\|\s*dump\s*)?\}\}/g,
    (all, name: string, path: string, dump: string | undefined) => {
      if (!(name in bound)) return all;
      const v = lookup(bound, `${name}${path}`);
      if (dump) return JSON.stringify(v);
      return typeof v === 'string' ? v : JSON.stringify(v);
    },
  );
}

/**
 * `{{ name | dump }}` standing as a whole JSON value (after `:`, `[` or `,`) → `"{{name}}"`: promptfoo writes the
 * variable as a JSON string there, which evalgate's chat file then holds as that message text, filled per case.
 */
export function dumpAsJsonValue(text: string): string {
  return text.replace(
    /([:[,]\s*)\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\|\s*dump\s*\}\}/g,
    (_all, lead: string, name: string) => `${lead}"{{${name}}}"`,
  );
}
