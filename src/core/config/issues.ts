// Turns zod issues into positioned ConfigErrors: one per problem, pointing at the offending key or value,
// with a did-you-mean for unknown keys (the known keys are read from the schema itself).
import type { z } from 'zod';
import type { ConfigError } from './errors.js';
import { suggestion } from './did-you-mean.js';
import { errorAt, type YamlSource } from './positions.js';

type Issue = z.core.$ZodIssue;
type Seg = string | number;

export function issuesToErrors(
  src: YamlSource,
  issues: readonly Issue[],
  schema: z.ZodType,
  value: unknown,
  base: Seg[] = [],
): ConfigError[] {
  const out: ConfigError[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.filter((p): p is Seg => typeof p !== 'symbol')];
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeys(schemaAt(schema, path.slice(base.length)));
      for (const key of issue.keys) {
        out.push(errorAt(src, [...path, key], `unknown key "${key}"${suggestion(key, known)}`, true));
      }
    } else if (issue.code === 'invalid_union') {
      // Keep the branch that matched the value's type (its errors are the real ones).
      const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch) out.push(...issuesToErrors(src, branch, schema, value, path));
      else out.push(errorAt(src, path, describe(issue, valueAt(value, path), path)));
    } else {
      out.push(errorAt(src, path, describe(issue, valueAt(value, path), path)));
    }
  }
  return out;
}

function describe(issue: Issue, actual: unknown, path: Seg[]): string {
  if (issue.code === 'invalid_type' && actual === undefined) {
    const key = path[path.length - 1];
    return key === undefined ? 'the file is empty' : `"${String(key)}" is required`;
  }
  // zod says "Invalid input: expected number, received string"; the prefix adds nothing here.
  return issue.message.replace(/^Invalid input: /, '');
}

function valueAt(value: unknown, path: Seg[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Seg, unknown>)[seg];
  }
  return cur;
}

// --- walking zod 4 schema definitions ---------------------------------------------------------

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

function schemaAt(s: z.ZodType | undefined, path: Seg[]): z.ZodType | undefined {
  for (const seg of path) {
    if (!s) return undefined;
    s = child(s, seg);
  }
  return s;
}

function child(s: z.ZodType, seg: Seg): z.ZodType | undefined {
  const d = def(unwrap(s));
  if (d.type === 'object') return d.shape?.[String(seg)];
  if (d.type === 'array') return d.element;
  if (d.type === 'record') return d.valueType;
  if (d.type === 'union')
    for (const o of d.options ?? []) {
      const c = child(o, seg);
      if (c) return c;
    }
  return undefined;
}

function objectKeys(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const d = def(unwrap(s));
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  if (d.type === 'union') return (d.options ?? []).flatMap(objectKeys);
  return [];
}
