// is-json and json-schema: the output parses as JSON (and matches a JSON Schema).
import { z } from 'zod';
import type { AssertionSpec, ScoreContext, ScoreOutcome, Scorer } from '../types.js';
import { assertionSchema, binary, errorOutcome, preview } from './common.js';
import { MAX_DEPTH, tooDeepAt } from '../../util/depth.js';
import { schemaError, validateJson } from './json-validate.js';

const schemaObject = z.record(z.string(), z.unknown(), { error: 'expected a JSON schema object' });

function checkSchema(schema: unknown, ctx: z.RefinementCtx): void {
  if (schema === null || typeof schema !== 'object') return;
  const message = schemaError(schema);
  if (message) ctx.addIssue({ code: 'custom', message, path: ['value'] });
}

/** Strict: the whole output (surrounding whitespace aside) must be JSON; a Markdown fence around it fails. */
function parseOutput(output: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, data: JSON.parse(output) };
  } catch (e) {
    // V8 quotes the whole input in its message; the reason shows a truncated preview instead.
    const why = (e as Error).message.split(/, "/, 1)[0] ?? 'invalid JSON';
    return { ok: false, reason: `output is not JSON (${why}); got ${preview(output)}` };
  }
}

function checkAgainst(schema: object, ctx: ScoreContext): ScoreOutcome {
  const parsed = parseOutput(ctx.output);
  if (!parsed.ok) return binary(false, parsed.reason);
  // Validation walks the answer recursively (a recursive schema follows it all the way down).
  if (tooDeepAt(parsed.data) !== undefined)
    return binary(false, `output JSON nests deeper than ${MAX_DEPTH} levels; not checked against the schema`);
  const problem = validateJson(schema, parsed.data);
  return problem === undefined
    ? binary(true, 'output is JSON matching the schema')
    : binary(false, `output JSON does not match the schema: ${problem}`);
}

export const isJsonScorer: Scorer = {
  type: 'is-json',
  negatable: true,
  schema: assertionSchema(schemaObject.optional()).superRefine((spec, ctx) => checkSchema(spec.value, ctx)),
  score(spec, ctx) {
    if (spec.value !== undefined && spec.value !== null && typeof spec.value === 'object')
      return checkAgainst(spec.value, ctx);
    const parsed = parseOutput(ctx.output);
    return parsed.ok ? binary(true, 'output is valid JSON') : binary(false, parsed.reason);
  },
};

/**
 * `value` is an inline schema, or a path (relative to the config) that the config loader replaces by the
 * parsed schema, keeping the path in `file` so PR suite selection still sees the dependency.
 */
export const jsonSchemaScorer: Scorer = {
  type: 'json-schema',
  negatable: true,
  schema: assertionSchema(
    z.union([z.string().min(1), schemaObject], { error: 'expected a JSON schema object or the path of a schema file' }),
    { file: z.string().min(1).optional() },
  ).superRefine((spec, ctx) => checkSchema(spec.value, ctx)),
  referencedFiles(spec: AssertionSpec): string[] {
    const files = new Set<string>();
    if (typeof spec.value === 'string') files.add(spec.value);
    if (typeof spec.file === 'string') files.add(spec.file);
    return [...files];
  },
  score(spec, ctx) {
    if (spec.value === null || typeof spec.value !== 'object') {
      return errorOutcome(`schema file ${JSON.stringify(spec.value)} was not loaded`);
    }
    return checkAgainst(spec.value, ctx);
  },
};
