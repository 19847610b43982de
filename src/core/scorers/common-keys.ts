// The keys every assertion may carry, defined once: the config schema (evalgate.yml and its generated
// JSON Schema), each scorer's strict schema and the registry's key filter all use these. `Threshold`
// is the one definition of a 0–1 pass threshold (assertions, cases, suites, defaults).
import { z } from 'zod';

export const Threshold = z.number().min(0).max(1);

export const commonAssertionKeys = {
  type: z.string().min(1),
  weight: z.number().min(0).optional(),
  threshold: Threshold.optional(),
  provider: z.string().min(1).optional(),
  /** `path.mjs:name` of a function that rewrites the output before this check (e.g. extract a JSON field). */
  transform: z.string().min(1).optional(),
};

/** Names of the common keys plus `value`, which every scorer defines itself. */
export const COMMON_ASSERTION_KEY_NAMES: readonly string[] = [...Object.keys(commonAssertionKeys), 'value'];

/** The shape every assertion has before its scorer checks the rest (the config schema's view). */
export const AssertionShape = z.looseObject({ ...commonAssertionKeys, value: z.unknown().optional() });
