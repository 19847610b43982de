// Why requests failed, grouped by error kind with the first message of each ("auth ×30 — first:
// greet/c0#0: Incorrect API key"): the one summary `evalgate run`, the drift check and the monitor give,
// so an outage says what to fix instead of only how much failed. Messages come from the endpoint
// (already redacted by the engine) and stay untrusted: renderers escape them.
import type { SuiteResult } from './types.js';

export interface ErrorKindCount {
  kind: string;
  count: number;
  /** `suite/case#sample: message` of the first sample that failed with this kind. */
  first: string;
}

export function errorKinds(suites: readonly SuiteResult[]): ErrorKindCount[] {
  const kinds = new Map<string, ErrorKindCount>();
  for (const s of suites)
    for (const c of s.cases)
      for (const sm of c.samples) {
        if (sm.status !== 'error' || !sm.error) continue;
        const k = kinds.get(sm.error.kind);
        if (k) k.count++;
        else
          kinds.set(sm.error.kind, {
            kind: sm.error.kind,
            count: 1,
            first: `${s.name}/${c.id}#${sm.index}: ${sm.error.message}`,
          });
      }
  return [...kinds.values()];
}

/** "auth ×30 — first: greet/c0#0: Incorrect API key". */
export const errorKindText = (k: ErrorKindCount): string => `${k.kind} ×${k.count} — first: ${k.first}`;
