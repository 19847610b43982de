// Batch API prices. OpenAI, Azure OpenAI and Anthropic bill batch requests at 50 % of the synchronous
// price on input and output tokens (FACTS.md, checked 2026-12). @pydantic/genai-prices carries no batch
// rates (its data has none as of the bundled version), so every batch figure is half the synchronous one,
// and reports say so (BATCH_PRICE_NOTE).
export const BATCH_DISCOUNT = 0.5;

export const BATCH_PRICE_NOTE =
  "batch requests priced at 50 % of the synchronous price (the providers' published Batch API discount)";

/** USD of a batch request, from the synchronous price of the same usage; null stays unknown. */
export function batchCost(syncUsd: number | null): number | null {
  return syncUsd === null ? null : syncUsd * BATCH_DISCOUNT;
}
