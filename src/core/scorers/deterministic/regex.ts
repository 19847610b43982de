// regex: the output matches a regular expression, written as in JavaScript.
// Model output is untrusted and a backtracking engine can take exponential time on it (`^(a+)+$` on 40
// a's and a "!" ran for minutes, deaf to SIGTERM), so patterns run on RE2 (re2js): linear time in the
// output's length whatever the pattern. JavaScript syntax is translated (named groups, \uXXXX, [^]);
// what RE2 cannot run in linear time (backreferences, lookahead, lookbehind) is a config error at load.
import { RE2JS } from 're2js';
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview } from './common.js';

// Compiled once per (pattern, flags): a suite applies the same assertion to every sample.
const compiled = new Map<string, RE2JS>();

/** JavaScript flags and their RE2 counterparts; the others do not change whether a pattern matches. */
const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0, v: 0, g: 0, y: 0, d: 0 };

/** Backreferences (\1, \k<name>): translation would silently change their meaning, so they are refused first. */
const BACKREFERENCE = /(?<!\\)(?:\\\\)*\\(?:[1-9]|k<)/;
const LOOKAROUND = /(?<!\\)(?:\\\\)*\(\?<?[=!]/;

function compile(pattern: string, flags: string): RE2JS {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    let bits = 0;
    for (const f of flags) bits |= FLAG_BITS[f] ?? 0;
    re = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
    compiled.set(key, re);
  }
  return re;
}

/** Why the pattern cannot run (for a located config error), or undefined. */
export function regexError(pattern: string, flags = ''): string | undefined {
  const unknown = [...flags].filter((f, i) => !(f in FLAG_BITS) || flags.indexOf(f) !== i);
  if (unknown.length) return `bad regex flags "${flags}" (allowed once each: ${Object.keys(FLAG_BITS).join('')})`;
  const unsupported = 'evalgate matches with a linear-time engine (RE2 syntax) because model output is untrusted; see "Regular expressions" in the README';
  if (BACKREFERENCE.test(pattern)) return `bad regex: backreferences (\\1, \\k<name>) are not supported: ${unsupported}`;
  if (LOOKAROUND.test(pattern)) return `bad regex: lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: ${unsupported}`;
  try {
    compile(pattern, flags);
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
    const m = compile(pattern, flags).matcher(ctx.output);
    const shown = `/${pattern}/${flags}`;
    return m.find()
      ? binary(true, `output matches ${shown} at ${preview(m.group(0) ?? '', 40)}`)
      : binary(false, `output does not match ${shown}; got ${preview(ctx.output)}`);
  },
};
