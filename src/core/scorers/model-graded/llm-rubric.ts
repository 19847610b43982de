// llm-rubric: a rubric in plain words, graded by the judge as {score, pass, reason}.
// Pass: the assertion's `threshold` when set (applied in scorers/apply), else the judge's own `pass`.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { askJudge, EvalSpend } from './judge-call.js';
import { judgeOptions } from './options.js';
import { lastUserMessage, rubricPrompt } from './prompts.js';
import { oneLine } from './verdict.js';

const RubricVerdict = z.strictObject({
  score: z.number().min(0).max(1),
  pass: z.boolean(),
  reason: z.string(),
});

export const llmRubricScorer: Scorer = {
  type: 'llm-rubric',
  negatable: true,
  modelGraded: true,
  schema: z.strictObject({ ...judgeOptions, value: z.string().trim().min(1, 'write the rubric in `value`') }),
  async score(spec, ctx) {
    const spend = new EvalSpend();
    const rubric = String(spec.value ?? '');
    const asked = await askJudge(
      spec,
      ctx,
      rubricPrompt(rubric, ctx.output, lastUserMessage(ctx.messages)),
      RubricVerdict,
      spend,
    );
    if (!asked.ok) return spend.error(asked.message);
    const v = asked.value;
    const retried = asked.attempts > 1 ? ` (valid verdict on attempt ${asked.attempts})` : '';
    return spend.on({
      score: v.score,
      pass: v.pass,
      reason: `judge: ${v.score.toFixed(2)} ${v.pass ? 'pass' : 'fail'}: ${oneLine(v.reason)}${retried}`,
    });
  },
};
