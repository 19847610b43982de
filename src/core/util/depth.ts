// How deep a JSON-like value nests, checked without recursion. Every other walk over such values is
// recursive (JSON.stringify, yaml, zod, ajv, canonical JSON, redaction) and overflows the stack somewhere
// past a few thousand levels, losing the whole run; values from a config file or a model's answer are
// checked here first, so those walks only ever see values this deep.

/** Nesting of objects/lists in a config value or a tool call's arguments: far beyond any real one. */
export const MAX_DEPTH = 100;

/**
 * Key path of the first value nested deeper than `max` levels, or undefined. Iterative (an explicit
 * stack), so the check itself cannot overflow on the input it guards against.
 */
export function tooDeepAt(value: unknown, max = MAX_DEPTH): (string | number)[] | undefined {
  interface Frame {
    v: unknown;
    depth: number;
    parent?: Frame;
    key?: string | number;
  }
  const stack: Frame[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    if (f.v === null || typeof f.v !== 'object') continue;
    if (f.depth >= max) {
      const path: (string | number)[] = [];
      for (let p: Frame | undefined = f; p?.key !== undefined; p = p.parent) path.unshift(p.key);
      return path;
    }
    if (Array.isArray(f.v)) f.v.forEach((v, key) => stack.push({ v, depth: f.depth + 1, parent: f, key }));
    else for (const [key, v] of Object.entries(f.v)) stack.push({ v, depth: f.depth + 1, parent: f, key });
  }
  return undefined;
}
