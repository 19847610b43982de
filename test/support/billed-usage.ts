// Token usage as OpenAI bills a chat completion, for fakes whose answers the estimate is measured
// against: prompt tokens by gpt-tokenizer's own chat encoder (encodeChat, o200k — an implementation apart
// from the estimator's counting), completion tokens as the o200k tokens of the answer.
import { encode, encodeChat } from 'gpt-tokenizer/encoding/o200k_base';
import type { FakeRequest } from '../fakes/fake-model.js';

export function billedUsage(req: FakeRequest, content: string): { prompt_tokens: number; completion_tokens: number } {
  const messages = (req.body.messages as { role: 'system' | 'user' | 'assistant'; content: string }[]).map((m) => ({
    role: m.role,
    content: m.content,
  }));
  return { prompt_tokens: encodeChat(messages, 'gpt-4o').length, completion_tokens: encode(content).length };
}
