// Strict parsing of a judge's reply. The reply must be exactly one JSON object matching the schema;
// the only tolerance is a ```json fence around it (many models add one even when told not to).
// Anything looser (JSON buried in prose, trailing text, numbers as strings) is malformed, because a
// guess at what the judge meant would turn into a plausible score.
import type { z } from 'zod';

const FENCED = /^```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function parseVerdict<S extends z.ZodType>(reply: string, schema: S): Parsed<z.infer<S>> {
  let text = reply.trim();
  const fenced = FENCED.exec(text);
  if (fenced) text = (fenced[1] ?? '').trim();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the reply is not a JSON object' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, problem: 'the reply is not a JSON object' };
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 3).map((i) => {
    const path = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') return `unexpected key${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`;
    return path ? `${path}: ${i.message}` : i.message;
  });
  return { ok: false, problem: issues.join('; ') };
}

/** A judge's free-text reason as one short line (reasons are one line everywhere in evalgate). */
export function oneLine(text: string, max = 200): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
