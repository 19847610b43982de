// One line saying what the check cost and what it saved, for the PR comment and the drift issue.
import { count, usd } from '../report/format.js';
import type { CheckCost } from './check-cost.js';

export function checkCostLine(c: CheckCost): string | undefined {
  const total = c.modelUsd + c.evalUsd;
  const saved: string[] = [];
  if (c.cache.hits)
    saved.push(`${usd(c.cache.savedUsd)} by the response cache (${count(c.cache.hits, 'answer')} reused)`);
  if (c.sequential.notSent)
    saved.push(
      `${usd(c.sequential.savedUsd)} by sequential stopping (${count(c.sequential.notSent, 'sample')} not needed)`,
    );
  if (c.batch.requests)
    saved.push(`${usd(c.batch.savedUsd)} by the Batch API (${count(c.batch.requests, 'request')} at half price)`);
  if (total === 0 && !saved.length && !c.priceUnknown) return undefined;
  const parts = c.evalUsd > 0 ? ` (model ${usd(c.modelUsd)}, judges and embeddings ${usd(c.evalUsd)})` : '';
  const unknown = c.priceUnknown ? ' + some calls of unknown price' : '';
  return `This check cost ${usd(total)}${parts}${unknown}${saved.length ? `; saved ${saved.join(', ')}` : ''}.`;
}
