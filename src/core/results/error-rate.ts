// The outage rule shared by `run`, the gate and drift: when more than gate.maxErrorRate of the requests
// a suite sent failed (network, 5xx, timeouts, rate limits, checks that could not decide), its scores
// are a biased subset and the run cannot say pass or fail. Every entry point turns that into a failing
// exit with this one message, instead of a green check over an outage.
import { pct } from '../report/format.js';
import type { SuiteResult } from './types.js';

export interface ErrorRateBreach {
  suite: string;
  /** `base` / `head` in the gate; absent for a single run. */
  side?: string;
  errors: number;
  /** Samples sent: answered (ok) or failed (error). */
  sent: number;
  rate: number;
  limit: number;
  /** Why they failed, when known: the error kinds with the first message of each (error-kinds.ts). */
  cause?: string;
}

/** Errored share of the samples that were sent; null when nothing was sent. */
export function errorRateOf(errors: number, ok: number): number | null {
  const sent = ok + errors;
  return sent === 0 ? null : errors / sent;
}

/**
 * The breach of one suite's results, if its error rate exceeds `limit`. `ignoreKinds`: error kinds that
 * are not an outage in this context (the gate's replay of a fork PR ignores `replay-miss`: incomplete
 * recordings are reported as such, and fail only with fail-on: any).
 */
export function errorRateBreach(
  s: SuiteResult,
  limit: number,
  side?: string,
  ignoreKinds?: ReadonlySet<string>,
): ErrorRateBreach | undefined {
  let errors = s.aggregates.errors;
  if (ignoreKinds && ignoreKinds.size > 0 && errors > 0) {
    for (const c of s.cases)
      for (const x of c.samples) if (x.status === 'error' && x.error && ignoreKinds.has(x.error.kind)) errors--;
  }
  return breachOf({ suite: s.name, errors, ok: s.aggregates.ok, limit, ...(side !== undefined ? { side } : {}) });
}

/** The same rule on bare counts (drift history entries keep counts only). */
export function breachOf(x: {
  suite: string;
  errors: number;
  ok: number;
  limit: number;
  side?: string;
}): ErrorRateBreach | undefined {
  const rate = errorRateOf(x.errors, x.ok);
  if (rate === null || rate <= x.limit) return undefined;
  const b: ErrorRateBreach = { suite: x.suite, errors: x.errors, sent: x.ok + x.errors, rate, limit: x.limit };
  if (x.side !== undefined) b.side = x.side;
  return b;
}

/** "50% of head requests failed (limit 20%)". */
export function breachReason(b: ErrorRateBreach): string {
  return `${pct(b.rate)} of ${b.side ? `${b.side} ` : ''}requests failed (limit ${pct(b.limit)})`;
}

/** "greet: 50% of head requests failed (limit 20%)". */
export function breachText(b: ErrorRateBreach): string {
  return `${b.suite}: ${breachReason(b)}${b.cause ? ` (${b.cause})` : ''}`;
}

/** The one line every entry point fails with. */
export function outageMessage(breaches: readonly ErrorRateBreach[]): string {
  return `too many requests failed to judge (gate.maxErrorRate): ${breaches.map(breachText).join('; ')}`;
}
