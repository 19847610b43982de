// latency, cost and tokens: budgets on the response rather than on its text. Not negatable:
// "slower than" or "costlier than" is never a quality a suite wants.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, errorOutcome } from './common.js';

/** Passes when the request took at most `value` ms. A cached response carries its recorded latency. */
export const latencyScorer: Scorer = {
  type: 'latency',
  negatable: false,
  schema: assertionSchema(z.number().positive()),
  score(spec, ctx) {
    const max = spec.value as number;
    if (ctx.latencyMs === undefined) return errorOutcome('latency unknown for this response');
    const ok = ctx.latencyMs <= max;
    return binary(ok, `expected latency ≤ ${max} ms; got ${Math.round(ctx.latencyMs)} ms`);
  },
};

function usd(n: number): string {
  return `$${n < 0.01 ? n.toPrecision(3) : n.toFixed(4)}`;
}

/** Passes when the request cost at most `value` USD. An unknown price is an error, never a pass. */
export const costScorer: Scorer = {
  type: 'cost',
  negatable: false,
  schema: assertionSchema(z.number().min(0)),
  score(spec, ctx) {
    const max = spec.value as number;
    if (ctx.costUsd === null) return errorOutcome(`price unknown: cannot check cost ≤ ${usd(max)}`);
    const ok = ctx.costUsd <= max;
    return binary(ok, `expected cost ≤ ${usd(max)}; got ${usd(ctx.costUsd)}`);
  },
};

const tokenCount = z.number().int().min(0);
const tokenLimits = z
  .strictObject({ input: tokenCount.optional(), output: tokenCount.optional(), total: tokenCount.optional() })
  .refine(
    (t) => t.input !== undefined || t.output !== undefined || t.total !== undefined,
    'give input, output or total',
  );

/** `value: N` caps output tokens; `{input?, output?, total?}` caps each given count. */
export const tokensScorer: Scorer = {
  type: 'tokens',
  negatable: false,
  schema: assertionSchema(
    z.union([tokenCount, tokenLimits], { error: 'expected a number of output tokens or {input?, output?, total?}' }),
  ),
  score(spec, ctx) {
    const limits =
      typeof spec.value === 'number' ? { output: spec.value } : (spec.value as z.infer<typeof tokenLimits>);
    const seen = { input: ctx.tokens.input, output: ctx.tokens.output, total: ctx.tokens.input + ctx.tokens.output };
    const checks = (['input', 'output', 'total'] as const).flatMap((k) => {
      const max = limits[k];
      return max === undefined ? [] : [{ k, max, got: seen[k], ok: seen[k] <= max }];
    });
    const failed = checks.filter((c) => !c.ok);
    const shown = (failed.length > 0 ? failed : checks).map((c) => `${c.k} ${c.got} (max ${c.max})`).join(', ');
    return binary(
      failed.length === 0,
      failed.length === 0 ? `tokens within budget: ${shown}` : `tokens over budget: ${shown}`,
    );
  },
};
