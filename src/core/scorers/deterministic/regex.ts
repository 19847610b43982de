// regex: the output matches a regular expression, written as in JavaScript.
// Model output is untrusted and a backtracking engine can take exponential time on it (`^(a+)+$` on 40
// a's and a "!" ran for minutes, deaf to SIGTERM), so patterns run on RE2 (re2js): linear time in the
// output's length whatever the pattern. JavaScript syntax is translated (named groups, \uXXXX, [^]);
// what RE2 cannot run in linear time (backreferences, lookahead, lookbehind) is a config error at load.
// re2js (~260 kB) is imported only when a config has a regex assertion, to keep it off the cold start
// of every other run.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview } from './common.js';

type Re2Module = typeof import('re2js');
type Re2 = InstanceType<Re2Module['RE2JS']>;

let engine: Promise<Re2Module> | undefined;
const loadEngine = (): Promise<Re2Module> => (engine ??= import('re2js'));

// Compiled once per (pattern, flags): a suite applies the same assertion to every sample.
const compiled = new Map<string, Re2>();

/** JavaScript flags; only i, m and s change whether a pattern matches. */
const FLAGS = 'dgimsuvy';

/** Backreferences (\1, \k<name>): translation would silently change their meaning, so they are refused first. */
const BACKREFERENCE = /(?<!\\)(?:\\\\)*\\(?:[1-9]|k<)/;
const LOOKAROUND = /(?<!\\)(?:\\\\)*\(\?<?[=!]/;

function compile({ RE2JS }: Re2Module, pattern: string, flags: string): Re2 {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    const bits =
      (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) |
      (flags.includes('m') ? RE2JS.MULTILINE : 0) |
      (flags.includes('s') ? RE2JS.DOTALL : 0);
    re = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
    compiled.set(key, re);
  }
  return re;
}

/** Problems found without the engine: flags, constructs RE2 cannot run, JavaScript syntax (compiled, never run). */
export function regexError(pattern: string, flags = ''): string | undefined {
  if ([...flags].some((f, i) => !FLAGS.includes(f) || flags.indexOf(f) !== i))
    return `bad regex flags "${flags}" (allowed once each: ${FLAGS})`;
  const unsupported = 'evalgate matches with a linear-time engine (RE2 syntax) because model output is untrusted';
  if (BACKREFERENCE.test(pattern))
    return `bad regex: backreferences (\\1, \\k<name>) are not supported: ${unsupported}`;
  if (LOOKAROUND.test(pattern))
    return `bad regex: lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: ${unsupported}`;
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
  schema: assertionSchema(z.string().min(1, 'must not be empty'), { flags: z.string().optional() }).superRefine(
    (spec, ctx) => {
      const message = regexError(spec.value, spec.flags);
      if (message) ctx.addIssue({ code: 'custom', message, path: ['value'] });
    },
  ),
  async prepare(spec) {
    try {
      compile(await loadEngine(), String(spec.value), typeof spec.flags === 'string' ? spec.flags : '');
      return undefined;
    } catch (e) {
      return `bad regex: ${(e as Error).message} (evalgate runs regexes with RE2, in linear time)`;
    }
  },
  async score(spec, ctx) {
    const pattern = String(spec.value);
    const flags = typeof spec.flags === 'string' ? spec.flags : '';
    const m = compile(await loadEngine(), pattern, flags).matcher(ctx.output);
    const shown = `/${pattern}/${flags}`;
    return m.find()
      ? binary(true, `output matches ${shown} at ${preview(m.group(0) ?? '', 40)}`)
      : binary(false, `output does not match ${shown}; got ${preview(ctx.output)}`);
  },
};
