// One conversation with the judge: resolve the provider, ask, parse strictly, and on a malformed or
// out-of-range verdict ask again (by default twice more) before giving up with an error.
// A retry appends the bad reply and what was wrong with it to the conversation so far, which also
// gives every retry a new cache key: a temperature-0 judge often repeats the same malformed reply, and
// a retry whose messages equal the previous one's would just get that reply back from the cache.
import type { z } from 'zod';
import type { ChatMessage, ProviderSettings, TokenUsage } from '../../model/types.js';
import type { AssertionSpec, ScoreContext, ScoreOutcome } from '../types.js';
import { judgeSettings } from './judge-identity.js';
import { oneLine, parseVerdict } from './verdict.js';

const DEFAULT_JUDGE_RETRIES = 2;

/** What the judge (and embedding) calls of one assertion cost; reported apart from production cost. */
export class EvalSpend {
  costUsd: number | null = 0;
  readonly tokens: TokenUsage = { input: 0, output: 0 };

  add(costUsd: number | null, usage: TokenUsage | undefined): void {
    // Unknown price anywhere makes the total unknown: never under-report as a smaller number.
    this.costUsd = costUsd === null || this.costUsd === null ? null : this.costUsd + costUsd;
    if (usage) {
      this.tokens.input += usage.input;
      this.tokens.output += usage.output;
    }
  }

  /** Attaches the spend to an outcome. */
  on(outcome: ScoreOutcome): ScoreOutcome {
    return { ...outcome, evalCostUsd: this.costUsd, evalTokens: { ...this.tokens } };
  }

  error(message: string): ScoreOutcome {
    return this.on({ score: 0, pass: false, reason: `error: ${message}`, error: message });
  }
}

export type Resolved = { ok: true; provider: ProviderSettings } | { ok: false; message: string };

/**
 * The chat judge for an assertion: `provider:` on the assertion, else the suite's judge / defaults.judge.
 * Temperature: the assertion's `temperature`, else the provider's own, else 0 (graders should be repeatable).
 */
function judgeProvider(spec: AssertionSpec, ctx: ScoreContext): Resolved {
  if (!ctx.judge) return { ok: false, message: 'no judge available for model-graded assertions' };
  const name = typeof spec.provider === 'string' ? spec.provider : undefined;
  const p = ctx.judge.provider(name);
  if (!p) {
    return {
      ok: false,
      message: name
        ? `judge provider "${name}" is not defined in providers`
        : "no judge provider: set defaults.judge, the suite's judge, or the assertion's provider",
    };
  }
  return { ok: true, provider: judgeSettings(spec, p) };
}

export type Asked<T> = { ok: true; value: T; attempts: number } | { ok: false; message: string };

export async function askJudge<S extends z.ZodType>(
  spec: AssertionSpec,
  ctx: ScoreContext,
  messages: ChatMessage[],
  schema: S,
  spend: EvalSpend,
): Promise<Asked<z.infer<S>>> {
  const resolved = judgeProvider(spec, ctx);
  if (!resolved.ok) return { ok: false, message: resolved.message };
  const retries = typeof spec['retries'] === 'number' ? spec['retries'] : DEFAULT_JUDGE_RETRIES;
  let conversation = messages;
  let problem = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    let reply: string;
    try {
      const { response, costUsd } = await ctx.judge!.complete(
        resolved.provider,
        conversation,
        ctx.signal ? { signal: ctx.signal } : {},
      );
      spend.add(costUsd, response.usage);
      reply = response.output;
    } catch (e) {
      // The judge call itself failed (after the engine's own retries): the assertion could not decide.
      return { ok: false, message: `judge call failed: ${oneLine(e instanceof Error ? e.message : String(e))}` };
    }
    const parsed = parseVerdict(reply, schema);
    if (parsed.ok) return { ok: true, value: parsed.value, attempts: attempt };
    problem = parsed.problem;
    conversation = [
      ...conversation,
      { role: 'assistant', content: reply },
      {
        role: 'user',
        content: `That reply was not valid (${problem}). Answer again with only the JSON object, exactly as specified.`,
      },
    ];
  }
  return {
    ok: false,
    message: `judge gave no valid verdict after ${retries + 1} attempt${retries === 0 ? '' : 's'}: ${oneLine(problem, 120)}`,
  };
}
