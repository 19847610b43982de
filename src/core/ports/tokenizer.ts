// The tokenizer port: counts the input tokens of a chat request the way the provider bills them.
// The adapter (src/adapters/tokenizer/gpt-tokenizer.ts) loads a real BPE tokenizer lazily; only
// `--estimate` needs it.
import type { ChatMessage, ToolDefinition } from '../model/types.js';

export interface TokenCounter {
  /** Input tokens of one chat request to `model` (messages, their framing, and the tool definitions). */
  countChat(model: string, messages: readonly ChatMessage[], tools?: readonly ToolDefinition[]): number;
  /** Which encoding counts this model ("o200k_base"); `approximate` when the model is not an OpenAI one. */
  encodingFor(model: string): { name: string; approximate: boolean };
}
