// Shared pieces of the deterministic scorers: the strict assertion schema and one-line reason helpers.
import { z } from 'zod';
import { commonAssertionKeys } from '../common-keys.js';
import type { ScoreOutcome } from '../types.js';

/**
 * A strict assertion schema: unknown keys (a typo like `vaule:`) are config errors,
 * not silently ignored options.
 */
export function assertionSchema<V extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  value: V,
  extra?: E,
) {
  return z.strictObject({ ...commonAssertionKeys, value, ...(extra ?? ({} as E)) });
}

const MAX_PREVIEW = 80;

/** Quoted, single-line, truncated rendering of a model output for reasons. */
export function preview(text: string, max = MAX_PREVIEW): string {
  const oneLine = text.replace(/\r?\n/g, '\\n').replace(/\t/g, ' ');
  const cut = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
  return `"${cut}"`;
}

/** Short rendering of a config value (string or JSON) for reasons. */
export function show(value: unknown, max = 60): string {
  if (typeof value === 'string') return preview(value, max);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

export function binary(pass: boolean, reason: string): ScoreOutcome {
  return { score: pass ? 1 : 0, pass, reason };
}

/** The scorer could not decide: the sample becomes an error, never a silent fail. */
export function errorOutcome(message: string): ScoreOutcome {
  return { score: 0, pass: false, reason: `error: ${message}`, error: message };
}
