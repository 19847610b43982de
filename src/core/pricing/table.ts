// Built-in prices, USD per 1M tokens (standard tier, no batch discount; cachedInput = the rate for prompt
// tokens served from the provider's cache, usage.prompt_tokens_details.cached_tokens).
// Only prices we are sure of: an unknown model is reported as "price unknown", a wrong price would
// silently mislead the cost gate. Users override or extend this with `pricing:` in evalgate.yml.
import type { Price } from '../config/schema.js';

/** The date these prices were last checked against OpenAI's published pricing. */
export const PRICES_AS_OF = '2025-11-15';

export const BUILTIN_PRICES: Readonly<Record<string, Price>> = {
  // GPT-5 family
  'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
  'gpt-5.1': { input: 1.25, output: 10, cachedInput: 0.125 },
  // GPT-4.1 family
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  // GPT-4o family; the first 4o snapshot kept its launch price
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4o-2024-05-13': { input: 5, output: 15 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  // Reasoning models (reasoning tokens are billed as output tokens and reported in usage.output)
  o1: { input: 15, output: 60, cachedInput: 7.5 },
  o3: { input: 2, output: 8, cachedInput: 0.5 },
  'o3-mini': { input: 1.1, output: 4.4, cachedInput: 0.55 },
  'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
  // Older models still served
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-4': { input: 30, output: 60 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  // Embeddings (similarity scorers): input only
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'text-embedding-ada-002': { input: 0.1, output: 0 },
};
