// The scorer registry: the only place that maps an assertion `type` to a scorer. The engine and the
// config loader go through it, so model-graded and policy scorers plug in by being registered.
import { z } from 'zod';
import { suggestion } from '../config/did-you-mean.js';
import { AssertionShape, COMMON_ASSERTION_KEY_NAMES } from './common-keys.js';
import { NOT_PREFIX } from './negate.js';
import type { AssertionSpec, Scorer } from './types.js';

export { deterministicScorers } from './deterministic/index.js';

/** One map from every group; a type registered twice is a programming error, not a config error. */
export function createRegistry(...groups: Scorer[][]): Map<string, Scorer> {
  const reg = new Map<string, Scorer>();
  for (const scorer of groups.flat()) {
    if (reg.has(scorer.type)) throw new Error(`scorer type "${scorer.type}" is registered twice`);
    reg.set(scorer.type, scorer);
  }
  return reg;
}

/**
 * Exact names win (so a scorer may itself be called `not-refusal`); otherwise `not-x` is x negated,
 * and undefined when x does not exist or refuses negation.
 */
export function lookupScorer(
  reg: ReadonlyMap<string, Scorer>,
  type: string,
): { scorer: Scorer; negate: boolean } | undefined {
  const exact = reg.get(type);
  if (exact) return { scorer: exact, negate: false };
  if (!type.startsWith(NOT_PREFIX)) return undefined;
  const base = reg.get(type.slice(NOT_PREFIX.length));
  return base?.negatable ? { scorer: base, negate: true } : undefined;
}

/** Every name a config may use: the types and the `not-` forms of negatable ones. */
function knownTypes(reg: ReadonlyMap<string, Scorer>): string[] {
  const names = [...reg.keys()];
  for (const s of reg.values()) if (s.negatable) names.push(`${NOT_PREFIX}${s.type}`);
  return names;
}

/** One line: what is wrong with this assertion, or undefined when it is valid. */
export function validateAssertion(reg: ReadonlyMap<string, Scorer>, spec: AssertionSpec): string | undefined {
  const common = AssertionShape.safeParse(spec);
  if (!common.success)
    return formatIssues(typeof spec.type === 'string' ? spec.type : 'assertion', spec, common.error.issues);
  const found = lookupScorer(reg, spec.type);
  if (!found) return unknownType(reg, spec.type);
  const result = found.scorer.schema.safeParse(withoutForeignCommonKeys(found.scorer.schema, spec));
  return result.success ? undefined : formatIssues(spec.type, spec, result.error.issues);
}

/** Files the assertion depends on (schemas, JS checks), for PR suite selection. */
export function assertionFiles(reg: ReadonlyMap<string, Scorer>, spec: AssertionSpec): string[] {
  return lookupScorer(reg, spec.type)?.scorer.referencedFiles?.(spec) ?? [];
}

function unknownType(reg: ReadonlyMap<string, Scorer>, type: string): string {
  if (type.startsWith(NOT_PREFIX) && reg.has(type.slice(NOT_PREFIX.length))) {
    return `assertion type "${type.slice(NOT_PREFIX.length)}" cannot be negated with "${NOT_PREFIX}"`;
  }
  return `unknown assertion type "${type}"${suggestion(type, knownTypes(reg))}`;
}

/**
 * Common keys are always allowed. A scorer whose object schema does not declare one (a strict schema
 * written without `weight`, say) must not reject it, so those keys are left out of its input.
 */
function withoutForeignCommonKeys(schema: z.ZodType, spec: AssertionSpec): unknown {
  if (!(schema instanceof z.ZodObject)) return spec;
  const shape = schema.shape as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...spec };
  for (const key of COMMON_ASSERTION_KEY_NAMES) if (!(key in shape)) delete copy[key];
  return copy;
}

function formatIssues(type: string, spec: AssertionSpec, issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    if (path === 'value' && spec.value === undefined) return 'value: is required';
    if (issue.code === 'unrecognized_keys')
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return `${type}: ${parts.join('; ')}`;
}
