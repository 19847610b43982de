// regex: the output matches a JavaScript regular expression.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview } from './common.js';

// Compiled once per (pattern, flags): a suite applies the same assertion to every sample.
const compiled = new Map<string, RegExp>();

/**
 * `g` and `y` make `RegExp.test` stateful through lastIndex, so a shared instance would alternate
 * between match and no match; they say nothing about "does it match", so they are dropped.
 */
function compileRegex(pattern: string, flags = ''): RegExp {
  const safeFlags = flags.replace(/[gy]/g, '');
  const key = `${safeFlags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(pattern, safeFlags);
    compiled.set(key, re);
  }
  return re;
}

/** The engine's own error text, prefixed so config loading reports "bad regex". */
function regexError(pattern: string, flags?: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return `bad regex: ${(e as Error).message}`;
  }
}

export const regexScorer: Scorer = {
  type: 'regex',
  negatable: true,
  schema: assertionSchema(z.string().min(1, 'must not be empty'), { flags: z.string().optional() }).superRefine((spec, ctx) => {
    const message = regexError(spec.value, spec.flags);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['value'] });
  }),
  score(spec, ctx) {
    const pattern = String(spec.value);
    const flags = typeof spec.flags === 'string' ? spec.flags : '';
    const re = compileRegex(pattern, flags);
    const m = re.exec(ctx.output);
    const shown = `/${pattern}/${flags}`;
    return m
      ? binary(true, `output matches ${shown} at ${preview(m[0], 40)}`)
      : binary(false, `output does not match ${shown}; got ${preview(ctx.output)}`);
  },
};
