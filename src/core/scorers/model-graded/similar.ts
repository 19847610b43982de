// similar: similarity of the output to a reference (`value`, else the case's `expected`).
// With `provider: <name>` naming an embedding model in `providers:` (e.g. text-embedding-3-small),
// the cosine of the two embeddings from the endpoint's /embeddings; without it, a local lexical
// similarity, named as such in the reason. Asking for embeddings and not getting them is an error,
// never a silent fall-back to lexical: the two scales are not comparable.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { EvalSpend } from './judge-call.js';
import { cosine, lexicalSimilarity } from './lexical.js';
import { judgeOptions, referenceValue } from './options.js';
import { oneLine } from './verdict.js';

const DEFAULT_SIMILARITY_THRESHOLD = 0.75;

export const similarScorer: Scorer = {
  type: 'similar',
  negatable: true,
  // Not flagged model-graded: without `provider:` it needs no judge, and the config loader demands
  // a judge for flagged scorers. With `provider:` the loader checks that provider exists.
  modelGraded: false,
  schema: z.strictObject({ ...judgeOptions, value: referenceValue }),
  async score(spec, ctx) {
    const spend = new EvalSpend();
    const reference = typeof spec.value === 'string' ? spec.value : ctx.expected;
    if (reference === undefined || reference === '')
      return spend.error("similar needs a reference text: set `value` or the case's `expected`");
    const threshold = spec.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
    const cmp = (s: number) => (s >= threshold ? '≥' : '<');

    if (typeof spec.provider !== 'string') {
      const s = lexicalSimilarity(ctx.output, reference);
      return {
        score: s,
        pass: s >= threshold,
        reason: `lexical similarity ${s.toFixed(2)} ${cmp(s)} ${threshold} (no embedding model configured)`,
      };
    }

    const provider = ctx.judge?.provider(spec.provider);
    if (!provider) return spend.error(`embedding provider "${spec.provider}" is not defined in providers`);
    if (!ctx.judge?.embed) return spend.error('the model client cannot compute embeddings');
    let vectors: number[][];
    try {
      const { response, costUsd } = await ctx.judge.embed(
        provider,
        [ctx.output, reference],
        ctx.signal ? { signal: ctx.signal } : {},
      );
      spend.add(costUsd, response.usage);
      vectors = response.vectors;
    } catch (e) {
      return spend.error(`embedding call failed: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    }
    const [a, b] = vectors;
    const c = a && b && vectors.length === 2 ? cosine(a, b) : undefined;
    if (c === undefined) return spend.error(`embedding endpoint returned unusable vectors (${vectors.length} vectors)`);
    // Cosine lies in [-1, 1]; opposite meanings are as dissimilar as it gets, so negatives clamp to 0.
    const s = Math.min(1, Math.max(0, c));
    return spend.on({
      score: s,
      pass: s >= threshold,
      reason: `embedding similarity ${s.toFixed(2)} ${cmp(s)} ${threshold} (${provider.model})`,
    });
  },
};
