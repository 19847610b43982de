// The price dataset: @pydantic/genai-prices, a maintained, dated, multi-provider price list (OpenAI,
// Anthropic, Google, Mistral, DeepSeek, Groq, …, with cached-input rates, tiers and price changes by
// date) bundled as data. Loaded lazily (~0.8 MB of data): only runs that price answers pay for it,
// never `--version`, `--help` or a config error. Nothing is fetched: the package can update itself from
// the network, which evalgate never asks it to do.
import type { PriceDataset } from '../../core/pricing/cost.js';

export async function loadPriceDataset(): Promise<PriceDataset> {
  const { calcPrice } = await import('@pydantic/genai-prices');
  return (model, usage) => {
    const r = calcPrice(
      {
        input_tokens: usage.input,
        output_tokens: usage.output,
        ...(usage.cachedInput ? { cache_read_tokens: usage.cachedInput } : {}),
      },
      model,
    );
    return r ? r.total_price : undefined;
  };
}

/** Loads once; a load failure is reported and the run prices with the built-in table instead. */
export function priceDatasetLoader(warn: (message: string) => void): () => Promise<PriceDataset | undefined> {
  let loading: Promise<PriceDataset | undefined> | undefined;
  return () =>
    (loading ??= loadPriceDataset().catch((e: unknown) => {
      warn(
        `price dataset could not be loaded (${e instanceof Error ? e.message : String(e)}); using the built-in price table`,
      );
      return undefined;
    }));
}
