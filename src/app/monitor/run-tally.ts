// What the monitor reports about a check beyond the drift result: its requests' errors by kind, tokens
// and cost, tallied from the engine's output by wrapping the engine the drift flow runs (the flow keeps
// only the history's aggregates).
import { runEval } from '../../core/engine/engine.js';
import type { RunEval } from '../../core/engine/types.js';

export interface RunTally {
  /** Failed samples by error kind (rate-limit, timeout, auth…), summed over the check's engine runs. */
  errorsByKind: Map<string, number>;
  /** The first message of each kind (for the log of a failed or inconclusive check). */
  firstMessage: Map<string, string>;
  tokensIn: number;
  tokensOut: number;
  /** null when a price was unknown. */
  costUsd: number | null;
}

export function tallyingEngine(): { engine: RunEval; tally: RunTally } {
  const tally: RunTally = { errorsByKind: new Map(), firstMessage: new Map(), tokensIn: 0, tokensOut: 0, costUsd: 0 };
  const engine: RunEval = async (jobs, options, deps) => {
    const out = await runEval(jobs, options, deps);
    for (const { suite } of out.results) {
      tally.tokensIn += suite.aggregates.tokens.input;
      tally.tokensOut += suite.aggregates.tokens.output;
      tally.costUsd =
        tally.costUsd === null || suite.aggregates.costUsd === null ? null : tally.costUsd + suite.aggregates.costUsd;
      for (const c of suite.cases)
        for (const s of c.samples) {
          if (s.status !== 'error' || !s.error) continue;
          tally.errorsByKind.set(s.error.kind, (tally.errorsByKind.get(s.error.kind) ?? 0) + 1);
          if (!tally.firstMessage.has(s.error.kind)) tally.firstMessage.set(s.error.kind, s.error.message);
        }
    }
    return out;
  };
  return { engine, tally };
}

/** The most frequent error kind and its first message, for a check that failed or came out inconclusive. */
export function dominantError(t: RunTally): { kind: string; message: string } | undefined {
  let best: [string, number] | undefined;
  for (const e of t.errorsByKind) if (!best || e[1] > best[1]) best = e;
  return best ? { kind: best[0], message: t.firstMessage.get(best[0]) ?? '' } : undefined;
}
