// Builds the engine jobs for a PR gate. Base and head jobs are interleaved per suite (base₁, head₁,
// base₂, …) in ONE engine run, so both sides see the same endpoint conditions at the same time and
// the delta reflects the change, not drift between two runs.
//
// Settings decision: each side keeps the *provider* settings of its own config — if the PR changes
// the model or temperature, that change is exactly what the gate should measure. The *evaluation*
// settings are the head's for both sides (repeat, concurrency via RunOptions, price table, judge
// resolution), so both sides are sampled and costed alike and only the product change shows.
import type { ResolvedConfig, ResolvedSuite } from '../config/resolved.js';
import type { Price } from '../config/schema.js';
import type { SuiteJob } from '../engine/types.js';
import type { ProviderSettings } from '../model/types.js';
import type { JavascriptCheck } from '../scorers/types.js';
import type { SuiteSelection } from './select.js';

export interface GatePlan {
  jobs: SuiteJob[];
  /** Price table for both sides: base entries overridden by head entries. */
  pricing: Record<string, Price>;
  /** Judge/provider resolution for both sides (head wins). */
  providers: Record<string, ProviderSettings>;
  /** `javascript` check functions of both sides; base checks that differ from head are renamed (see below). */
  functions: Map<string, JavascriptCheck>;
}

const BASE_FUNCTION_PREFIX = 'evalgate-base:';

export function planGate(selection: SuiteSelection, head: ResolvedConfig, base: ResolvedConfig | undefined): GatePlan {
  const headBy = new Map(head.suites.map((s) => [s.name, s]));
  const baseBy = new Map((base?.suites ?? []).map((s) => [s.name, s]));
  const functions = new Map(head.functions);
  const jobs: SuiteJob[] = [];

  for (const name of selection.compared) {
    const h = headBy.get(name);
    const b = baseBy.get(name);
    if (!h || !b) continue;
    // The judge's self-consistency is the head's figure (the PR comment shows it): base pays for none.
    jobs.push({
      label: 'base',
      suite: withBaseFunctions({ ...b, repeat: h.repeat }, base!.functions, functions),
      consistencyChecks: 0,
    });
    jobs.push({ label: 'head', suite: h });
  }
  for (const name of selection.added) {
    const h = headBy.get(name);
    if (h) jobs.push({ label: 'head', suite: h });
  }
  return {
    jobs,
    pricing: { ...(base?.pricing ?? {}), ...head.pricing },
    providers: { ...(base?.providers ?? {}), ...head.providers },
    functions,
  };
}

/**
 * The engine resolves `javascript` checks by the assertion's value, one map for the whole run. When the
 * PR changed a check file, base and head hold different functions under the same key; the base suite's
 * assertions are then pointed at a prefixed key so each side runs its own version.
 */
function withBaseFunctions(
  suite: ResolvedSuite,
  baseFns: ReadonlyMap<string, JavascriptCheck>,
  merged: Map<string, JavascriptCheck>,
): ResolvedSuite {
  let renamed = false;
  const cases = suite.cases.map((c) => ({
    ...c,
    assertions: c.assertions.map((a) => {
      if (a.type.replace(/^not-/, '') !== 'javascript' || typeof a.value !== 'string') return a;
      const fn = baseFns.get(a.value);
      if (!fn) return a;
      const current = merged.get(a.value);
      if (current === undefined) {
        merged.set(a.value, fn);
        return a;
      }
      if (current === fn) return a;
      renamed = true;
      merged.set(BASE_FUNCTION_PREFIX + a.value, fn);
      return { ...a, value: BASE_FUNCTION_PREFIX + a.value };
    }),
  }));
  return renamed ? { ...suite, cases } : suite;
}
