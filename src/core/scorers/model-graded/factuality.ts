// factuality: the output against a reference answer (`value`, else the case's `expected`). The judge
// picks a category; each category maps to a score the user can change with `scores:`.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { askJudge, EvalSpend } from './judge-call.js';
import { judgeOptions, referenceValue } from './options.js';
import { FACT_CATEGORIES, factualityPrompt, lastUserMessage, type FactCategory } from './prompts.js';
import { oneLine } from './verdict.js';

/** Defaults: every answer consistent with the reference passes; a partial one scores lower; a contradiction fails. */
export const DEFAULT_FACT_SCORES: Readonly<Record<FactCategory, number>> = {
  consistent: 1,
  'differs-unimportantly': 1,
  superset: 0.8,
  subset: 0.6,
  disagrees: 0,
};
/** Pass when the category's score reaches this, unless the assertion sets `threshold`. */
const DEFAULT_FACT_THRESHOLD = 0.5;

const score01 = z.number().min(0).max(1);

const FactVerdict = z.strictObject({ category: z.enum(FACT_CATEGORIES), reason: z.string() });

export const factualityScorer: Scorer = {
  type: 'factuality',
  negatable: false,
  modelGraded: true,
  schema: z.strictObject({
    ...judgeOptions,
    value: referenceValue,
    scores: z
      .strictObject(
        Object.fromEntries(FACT_CATEGORIES.map((c) => [c, score01.optional()])) as Record<
          FactCategory,
          z.ZodOptional<typeof score01>
        >,
      )
      .optional(),
  }),
  async score(spec, ctx) {
    const spend = new EvalSpend();
    const reference = typeof spec.value === 'string' ? spec.value : ctx.expected;
    if (reference === undefined || reference === '')
      return spend.error("factuality needs a reference answer: set `value` or the case's `expected`");
    const asked = await askJudge(
      spec,
      ctx,
      factualityPrompt(ctx.output, reference, lastUserMessage(ctx.messages)),
      FactVerdict,
      spend,
    );
    if (!asked.ok) return spend.error(asked.message);
    const scores = { ...DEFAULT_FACT_SCORES, ...(spec['scores'] as Partial<Record<FactCategory, number>> | undefined) };
    const score = scores[asked.value.category];
    const threshold = spec.threshold ?? DEFAULT_FACT_THRESHOLD;
    return spend.on({
      score,
      pass: score >= threshold,
      reason: `judge: ${asked.value.category} (${score.toFixed(2)}): ${oneLine(asked.value.reason)}`,
    });
  },
};
