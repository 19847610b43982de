// Price lookup and cost. An unknown model has cost null ("price unknown"), never 0.
import type { Price } from '../config/schema.js';
import type { TokenUsage } from '../model/types.js';
import { BUILTIN_PRICES } from './table.js';

const DATE_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/**
 * Names to try, most specific first: as given, without a snapshot date (`gpt-4o-mini-2024-07-18`),
 * without a router prefix (`openai/gpt-4o-mini`), and without both.
 */
export function priceCandidates(model: string): string[] {
  const name = model.trim().toLowerCase();
  const bare = name.slice(name.lastIndexOf('/') + 1);
  return [...new Set([name, name.replace(DATE_SUFFIX, ''), bare, bare.replace(DATE_SUFFIX, '')])];
}

function lowerKeys(table: Readonly<Record<string, Price>>): Map<string, Price> {
  return new Map(Object.entries(table).map(([k, v]) => [k.trim().toLowerCase(), v]));
}

const builtin = lowerKeys(BUILTIN_PRICES);

function find(lower: ReadonlyMap<string, Price>, candidates: string[]): Price | undefined {
  for (const c of candidates) {
    const hit = lower.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Config overrides win over the built-in table at every level, so `pricing: { gpt-4o-mini: ... }`
 * also prices the dated snapshot the endpoint reports as served.
 */
export function priceFor(model: string, overrides: Readonly<Record<string, Price>> = {}): Price | undefined {
  const candidates = priceCandidates(model);
  return find(lowerKeys(overrides), candidates) ?? find(builtin, candidates);
}

/**
 * A maintained price dataset (bundled @pydantic/genai-prices, loaded by an adapter): USD for this usage of
 * this model name, or undefined when it does not know the model. It prices tiers and dated price changes
 * the flat table cannot.
 */
export type PriceDataset = (model: string, usage: TokenUsage) => number | undefined;

/**
 * USD for this usage; null when the model's price is unknown. Cached input tokens (part of `input`) are
 * billed at the cached-input rate when the price has one, else at the input rate. Reasoning tokens are
 * part of `output` and billed as output.
 */
export function costOf(
  model: string,
  usage: TokenUsage,
  overrides: Readonly<Record<string, Price>> = {},
  dataset?: PriceDataset,
): number | null {
  // `pricing:` wins, then the built-in table (a fast path for common OpenAI models, kept equal to the
  // dataset by a test), then the dataset.
  const candidates = priceCandidates(model);
  const price = priceFor(model, overrides);
  if (!price) {
    if (!dataset) return null;
    for (const c of candidates) {
      const usd = dataset(c, usage);
      if (usd !== undefined && Number.isFinite(usd) && usd >= 0) return usd;
    }
    return null;
  }
  const cached = Math.min(usage.cachedInput ?? 0, usage.input);
  const input = (usage.input - cached) * price.input + cached * (price.cachedInput ?? price.input);
  return (input + usage.output * price.output) / 1_000_000;
}
