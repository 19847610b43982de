// RAG metrics, each one judge call returning {score, reason}; pass = score ≥ threshold (default 0.7).
//   context-relevance:    did retrieval bring what the question needs? (question + context)
//   context-faithfulness: is the answer grounded in the context? (context + answer)
//   answer-relevance:     does the answer address the question? (question + answer)
// Missing material (no question variable, output not JSON for a path) is an error, not a fail.
import { z } from 'zod';
import type { ChatMessage } from '../../model/types.js';
import type { AssertionSpec, ScoreContext, ScoreOutcome, Scorer } from '../types.js';
import { askJudge, EvalSpend } from './judge-call.js';
import { judgeOptions, ragOptions } from './options.js';
import { answerRelevancePrompt, contextRelevancePrompt, faithfulnessPrompt } from './prompts.js';
import { answerOf, contextOf, questionOf, type Got } from './rag-inputs.js';
import { oneLine } from './verdict.js';

const DEFAULT_RAG_THRESHOLD = 0.7;

const ScoreVerdict = z.strictObject({ score: z.number().min(0).max(1), reason: z.string() });

type Build = (
  spec: AssertionSpec,
  ctx: ScoreContext,
) => { ok: true; messages: ChatMessage[] } | { ok: false; message: string };

function need(...got: Got[]): string | undefined {
  for (const g of got) if (!g.ok) return g.message;
  return undefined;
}

function ragScorer(type: string, label: string, build: Build, options: Record<string, z.ZodType>): Scorer {
  return {
    type,
    negatable: false,
    modelGraded: true,
    schema: z.strictObject({ ...judgeOptions, ...options }),
    async score(spec, ctx): Promise<ScoreOutcome> {
      const spend = new EvalSpend();
      const built = build(spec, ctx);
      if (!built.ok) return spend.error(built.message);
      const asked = await askJudge(spec, ctx, built.messages, ScoreVerdict, spend);
      if (!asked.ok) return spend.error(asked.message);
      const { score, reason } = asked.value;
      const threshold = spec.threshold ?? DEFAULT_RAG_THRESHOLD;
      return spend.on({
        score,
        pass: score >= threshold,
        reason: `${label} ${score.toFixed(2)} ${score >= threshold ? '≥' : '<'} ${threshold}: ${oneLine(reason)}`,
      });
    },
  };
}

export const contextRelevanceScorer = ragScorer(
  'context-relevance',
  'context relevance',
  (spec, ctx) => {
    const q = questionOf(spec, ctx);
    const c = contextOf(spec, ctx);
    const missing = need(q, c);
    if (missing || !q.ok || !c.ok) return { ok: false, message: missing ?? '' };
    return { ok: true, messages: contextRelevancePrompt(q.text, c.text) };
  },
  { questionVar: ragOptions.questionVar, contextVar: ragOptions.contextVar, contextPath: ragOptions.contextPath },
);

export const contextFaithfulnessScorer = ragScorer(
  'context-faithfulness',
  'faithfulness',
  (spec, ctx) => {
    const c = contextOf(spec, ctx);
    const a = answerOf(spec, ctx);
    const missing = need(c, a);
    if (missing || !c.ok || !a.ok) return { ok: false, message: missing ?? '' };
    // The question helps the judge read the answer but is not required.
    const q = questionOf(spec, ctx);
    return { ok: true, messages: faithfulnessPrompt(a.text, c.text, q.ok ? q.text : undefined) };
  },
  ragOptions,
);

export const answerRelevanceScorer = ragScorer(
  'answer-relevance',
  'answer relevance',
  (spec, ctx) => {
    const q = questionOf(spec, ctx);
    const a = answerOf(spec, ctx);
    const missing = need(q, a);
    if (missing || !q.ok || !a.ok) return { ok: false, message: missing ?? '' };
    return { ok: true, messages: answerRelevancePrompt(q.text, a.text) };
  },
  { questionVar: ragOptions.questionVar, answerPath: ragOptions.answerPath },
);
