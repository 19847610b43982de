// The contains family: contains / icontains, contains-any / contains-all and their case-insensitive forms.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview, show } from './common.js';

const needle = z.union([z.string().min(1, 'must not be empty'), z.number()], { error: 'expected a string' });
const needles = z.array(needle, { error: 'expected a list of strings' }).min(1, 'list at least one string');

function fold(s: string, ignoreCase: boolean): string {
  return ignoreCase ? s.toLowerCase() : s;
}

function containsScorer(type: string, ignoreCase: boolean): Scorer {
  return {
    type,
    negatable: true,
    schema: assertionSchema(needle),
    score(spec, ctx) {
      const want = String(spec.value);
      const ok = fold(ctx.output, ignoreCase).includes(fold(want, ignoreCase));
      return binary(
        ok,
        ok
          ? `output contains ${preview(want)}`
          : `output does not contain ${preview(want)}; got ${preview(ctx.output)}`,
      );
    },
  };
}

function containsAnyScorer(type: string, ignoreCase: boolean): Scorer {
  return {
    type,
    negatable: true,
    schema: assertionSchema(needles),
    score(spec, ctx) {
      const list = (spec.value as unknown[]).map(String);
      const out = fold(ctx.output, ignoreCase);
      const hit = list.find((w) => out.includes(fold(w, ignoreCase)));
      return hit !== undefined
        ? binary(true, `output contains ${preview(hit)} (one of ${show(list)})`)
        : binary(false, `output contains none of ${show(list)}; got ${preview(ctx.output)}`);
    },
  };
}

/** Graded: the score is the share of strings found, so a partial answer ranks above none; pass needs all. */
function containsAllScorer(type: string, ignoreCase: boolean): Scorer {
  return {
    type,
    negatable: true,
    schema: assertionSchema(needles),
    score(spec, ctx) {
      const list = (spec.value as unknown[]).map(String);
      const out = fold(ctx.output, ignoreCase);
      const missing = list.filter((w) => !out.includes(fold(w, ignoreCase)));
      const score = (list.length - missing.length) / list.length;
      if (missing.length === 0)
        return { score, pass: true, reason: `output contains all ${list.length} of ${show(list)}` };
      return {
        score,
        pass: false,
        reason: `output is missing ${show(missing)} of ${list.length}; got ${preview(ctx.output)}`,
      };
    },
  };
}

export const containsScorers: Scorer[] = [
  containsScorer('contains', false),
  containsScorer('icontains', true),
  containsAnyScorer('contains-any', false),
  containsAnyScorer('icontains-any', true),
  containsAllScorer('contains-all', false),
  containsAllScorer('icontains-all', true),
];
