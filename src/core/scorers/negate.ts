// The `not-` prefix: one rule for every negatable scorer, so no scorer implements its own opposite.
import type { ScoreOutcome } from './types.js';

export const NOT_PREFIX = 'not-';

/**
 * Flips pass, maps score s → 1 − s and marks the reason. An error stays an error: "could not decide"
 * negated is still "could not decide", never a pass.
 */
export function negateOutcome(outcome: ScoreOutcome): ScoreOutcome {
  if (outcome.error !== undefined) return outcome;
  return { ...outcome, pass: !outcome.pass, score: 1 - outcome.score, reason: `[negated] ${outcome.reason}` };
}
