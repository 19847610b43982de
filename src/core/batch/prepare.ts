// Which suites go through the Batch API, and the engine settings that lets them: a batch gathers every
// request of the run, so the provider's concurrency must not hold them back, and the per-attempt timeout
// (minutes) must not cut a wait of hours (the batch client keeps its own deadline).
import type { ResolvedSuite } from '../config/resolved.js';
import type { ProviderSettings } from '../model/types.js';

/** Enough for every request of a batch to be waiting at once (OpenAI's limit per file is 50,000). */
export const BATCH_CONCURRENCY = 50_000;

/** `config`: the providers with `batch:`; `all`: every suite's provider (`--batch`); `off`: none (the PR gate). */
export type BatchMode = 'config' | 'all' | 'off';

export interface BatchPlan {
  suites: ResolvedSuite[];
  /** The provider objects whose requests the batch client gathers (the suites' own, by identity). */
  providers: ReadonlySet<ProviderSettings>;
}

export function planBatch(suites: readonly ResolvedSuite[], mode: BatchMode): BatchPlan {
  const providers = new Set<ProviderSettings>();
  if (mode === 'off') return { suites: [...suites], providers };
  const copies = new Map<ProviderSettings, ProviderSettings>();
  const out = suites.map((suite) => {
    const p = suite.provider;
    if (!p.batch && mode !== 'all') return suite;
    let copy = copies.get(p);
    if (!copy) {
      copy = { ...p, batch: { ...p.batch, syncTimeoutMs: p.timeoutMs }, concurrency: BATCH_CONCURRENCY, timeoutMs: 0 };
      copies.set(p, copy);
      providers.add(copy);
    }
    return { ...suite, provider: copy, concurrency: BATCH_CONCURRENCY };
  });
  return { suites: out, providers };
}
