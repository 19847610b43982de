// Token budget: estimate a request's size before sending it, so an over-long prompt is reported as
// `budget` instead of costing money or failing with a context-length error.
//
// Heuristic (user docs for maxRequestTokens should quote it): ceil(chars / 4) per message content,
// plus 4 tokens of per-message framing (role, separators) and 3 for the reply priming — the figures
// OpenAI's cookbook gives for chat formatting. English text averages ~4 chars per token; the estimate
// is deliberately simple and may undercount non-Latin scripts, so keep some headroom in the budget.
// The provider's maxTokens (the longest reply we allow) is added: a budget limits the whole request.
import { contentText, imageCount } from '../model/content.js';
import type { ChatMessage } from '../model/types.js';

const CHARS_PER_TOKEN = 4;
const MESSAGE_OVERHEAD_TOKENS = 4;
const REPLY_PRIMING_TOKENS = 3;
/** An image at detail `high` in a 1024×1024 frame costs OpenAI models 765 tokens; counted that way for every image. */
const IMAGE_TOKENS = 765;

export function estimateInputTokens(messages: readonly ChatMessage[]): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const m of messages) {
    total +=
      Math.ceil(contentText(m.content).length / CHARS_PER_TOKEN) +
      MESSAGE_OVERHEAD_TOKENS +
      imageCount(m.content) * IMAGE_TOKENS;
  }
  return total;
}

/** Estimated input tokens + the reply allowance (provider maxTokens, 0 when unset). */
export function estimateRequestTokens(messages: readonly ChatMessage[], maxTokens: number | undefined): number {
  return estimateInputTokens(messages) + (maxTokens ?? 0);
}
