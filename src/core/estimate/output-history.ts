// Expected output tokens per request, from what the same suite answered before: a previous results.json
// (per case) or the drift history (per request). Without either the estimate falls back to maxTokens.
import type { HistoryFile } from '../drift/history.js';
import type { RunResult } from '../results/types.js';

export interface OutputStats {
  mean: number;
  min: number;
  max: number;
}

export interface OutputHistory {
  /** Where the figures come from, said in the estimate ("results.json", "drift history"). */
  source: string;
  /** Per case id: output tokens of its ok samples. */
  perCase?: ReadonlyMap<string, OutputStats>;
  /** Per request, for cases without their own figure (or when only a suite mean is known). */
  perRequest?: OutputStats;
}

function stats(values: readonly number[]): OutputStats | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}

/** Output tokens of every live or cached ok sample of a previous run, by suite name. */
export function outputHistoryFromResults(
  result: Pick<RunResult, 'suites'>,
  source: string,
): Map<string, OutputHistory> {
  const out = new Map<string, OutputHistory>();
  for (const suite of result.suites) {
    const perCase = new Map<string, OutputStats>();
    const all: number[] = [];
    for (const c of suite.cases) {
      const tokens = c.samples.filter((s) => s.status === 'ok' && s.tokens.output > 0).map((s) => s.tokens.output);
      const st = stats(tokens);
      if (st) perCase.set(c.id, st);
      all.push(...tokens);
    }
    const perRequest = stats(all);
    if (perRequest) out.set(suite.name, { source, perCase, perRequest });
  }
  return out;
}

/** The mean output tokens per request over the suite's recent nights (newest `nights` entries). */
export function outputHistoryFromDrift(file: Pick<HistoryFile, 'entries'>, nights = 7): OutputHistory | undefined {
  const values = file.entries
    .slice(-nights)
    .map((e) => e.aggregates.tokensOutPerRequest)
    .filter((v): v is number => typeof v === 'number' && v > 0);
  const perRequest = stats(values);
  return perRequest
    ? { source: `drift history (last ${values.length} ${values.length === 1 ? 'run' : 'runs'})`, perRequest }
    : undefined;
}
