import type { Verdict } from '../compare/types.js';

/** Plain-word status: clear without emoji, and greppable in logs. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: 'PASS',
  regression: 'REGRESSION',
  'below-min': 'BELOW MIN SCORE',
  'over-budget': 'OVER BUDGET',
  inconclusive: 'INCONCLUSIVE',
  unclear: 'UNCLEAR',
  skipped: 'SKIPPED',
};
