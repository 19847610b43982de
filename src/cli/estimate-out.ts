// `--estimate` on run, gate and drift: print the estimate (no request is sent) and, with --max-cost,
// refuse when even its low end exceeds the cap (the run could not finish within it).
import { resolve } from 'node:path';
import { buildEstimate, outputHistoryFromFile, type EstimateSetup } from '../app/estimate.js';
import type { OutputHistory } from '../core/estimate/output-history.js';
import { renderEstimateText } from '../core/estimate/render.js';
import type { CliIO } from './io.js';

export interface EstimateFlags {
  estimateFrom?: string;
  maxCostUsd?: number;
}

/** Prints the estimate; exit 1 when its low end is over --max-cost, else 0. */
export async function printEstimate(
  setup: Omit<EstimateSetup, 'history'>,
  flags: EstimateFlags,
  io: CliIO,
  history?: ReadonlyMap<string, OutputHistory>,
): Promise<number> {
  const fromFile = flags.estimateFrom ? await outputHistoryFromFile(resolve(io.cwd, flags.estimateFrom)) : undefined;
  const merged = new Map([...(history ?? []), ...(fromFile ?? [])]);
  const estimate = await buildEstimate({ ...setup, ...(merged.size ? { history: merged } : {}) });
  io.stdout(`${renderEstimateText(estimate)}\n`);
  const cap = flags.maxCostUsd;
  const cost = estimate.totals.costUsd;
  if (cap !== undefined && cost && cost.low > cap) {
    io.stderr(
      `evalgate: the estimate's low end ($${cost.low.toFixed(4)}) exceeds --max-cost $${cap}: the run could not finish within it\n`,
    );
    return 1;
  }
  if (cap !== undefined && cost && cost.expected > cap)
    io.stderr(
      `warning: the expected cost ($${cost.expected.toFixed(4)}) exceeds --max-cost $${cap}; the run may stop early\n`,
    );
  return 0;
}
