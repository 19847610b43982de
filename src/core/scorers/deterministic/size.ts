// length (characters) and word-count bounds.
import { z } from 'zod';
import type { Scorer } from '../types.js';
import { assertionSchema, binary, preview } from './common.js';

const count = z.number().int().min(0);

const boundsSchema = z
  .strictObject({ min: count.optional(), max: count.optional() }, { error: 'expected {min?, max?}' })
  .refine((b) => b.min !== undefined || b.max !== undefined, 'give min, max or both')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'min must not exceed max');

type Bounds = z.infer<typeof boundsSchema>;

function describe(b: Bounds): string {
  if (b.min !== undefined && b.max !== undefined) return `between ${b.min} and ${b.max}`;
  return b.min !== undefined ? `at least ${b.min}` : `at most ${b.max}`;
}

function within(n: number, b: Bounds): boolean {
  return (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

function boundsScorer(type: string, unit: string, measure: (output: string) => number): Scorer {
  return {
    type,
    negatable: true,
    schema: assertionSchema(boundsSchema),
    score(spec, ctx) {
      const b = spec.value as Bounds;
      const n = measure(ctx.output);
      const ok = within(n, b);
      const reason = `expected ${describe(b)} ${unit}; got ${n}`;
      return binary(ok, ok ? reason : `${reason}: ${preview(ctx.output)}`);
    },
  };
}

/** Length counts Unicode code points, so an emoji is one character, not two UTF-16 units. */
export const lengthScorer = boundsScorer('length', 'characters', (s) => [...s].length);
export const wordCountScorer = boundsScorer('word-count', 'words', countWords);
