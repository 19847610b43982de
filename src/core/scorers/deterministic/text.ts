// equals and starts-with: exact text checks.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview, show } from './common.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * `equals` compares with surrounding whitespace trimmed on both sides (models often end with a newline;
 * `trim: false` compares exactly). An object or array value compares the output parsed as JSON, structurally.
 */
export const equalsScorer: Scorer = {
  type: 'equals',
  negatable: true,
  schema: assertionSchema(
    z.union([scalar, z.array(z.unknown()), z.record(z.string(), z.unknown())], {
      error: 'expected a string, number, object or list',
    }),
    {
      trim: z.boolean().optional(),
    },
  ),
  score(spec, ctx) {
    const value = spec.value;
    if (value !== null && typeof value === 'object') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(ctx.output);
      } catch {
        return binary(false, `expected JSON equal to ${show(value)}; got non-JSON ${preview(ctx.output)}`);
      }
      const same = isDeepStrictEqual(parsed, value);
      return binary(
        same,
        same ? `output JSON equals ${show(value)}` : `expected JSON ${show(value)}; got ${preview(ctx.output)}`,
      );
    }
    const trim = spec.trim !== false;
    const want = String(value);
    const got = trim ? ctx.output.trim() : ctx.output;
    const same = got === (trim ? want.trim() : want);
    return binary(same, same ? `output equals ${preview(want)}` : `expected ${preview(want)}; got ${preview(got)}`);
  },
};

/** `starts-with` ignores leading whitespace of the output (a model's leading newline is not content). */
export const startsWithScorer: Scorer = {
  type: 'starts-with',
  negatable: true,
  schema: assertionSchema(
    z.union([z.string().min(1, 'must not be empty'), z.number()], { error: 'expected a string' }),
  ),
  score(spec, ctx) {
    const want = String(spec.value);
    const ok = ctx.output.trimStart().startsWith(want);
    return binary(
      ok,
      ok
        ? `output starts with ${preview(want)}`
        : `output does not start with ${preview(want)}; got ${preview(ctx.output)}`,
    );
  },
};
