// Where the RAG scorers find their material, so retrieval is scored apart from generation:
//   question: case variable `questionVar` (default `question`);
//   context:  a field of the JSON output (`contextPath`, dotted, e.g. `retrieval.chunks`) or
//             a case variable `contextVar` (default `context`);
//   answer:   a field of the JSON output (`answerPath`), else the whole output.
import type { AssertionSpec, ScoreContext } from '../types.js';

export type Got = { ok: true; text: string } | { ok: false; message: string };

const FENCED = /^```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```$/;

function parseOutputJson(output: string): { ok: true; value: unknown } | { ok: false } {
  let text = output.trim();
  const fenced = FENCED.exec(text);
  if (fenced) text = (fenced[1] ?? '').trim();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** `a.b.0.c` into a parsed JSON value. */
function atPath(value: unknown, path: string): unknown {
  let cur = value;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(key)] : (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Retrieved chunks as one text: strings joined with a separator; chunk objects by their usual text
 * field (content / text / pageContent / page_content); anything else as JSON.
 */
function contextText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(contextText).join('\n\n---\n\n');
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['content', 'text', 'pageContent', 'page_content'])
      if (typeof o[k] === 'string') return o[k] as string;
  }
  return JSON.stringify(v, null, 2) ?? String(v);
}

function fromOutput(ctx: ScoreContext, path: string, what: string): Got {
  const parsed = parseOutputJson(ctx.output);
  if (!parsed.ok)
    return { ok: false, message: `${what}: the output is not JSON, so \`${path}\` cannot be read from it` };
  const v = atPath(parsed.value, path);
  if (v === undefined || v === null) return { ok: false, message: `${what}: the JSON output has no \`${path}\`` };
  return { ok: true, text: contextText(v) };
}

function fromVar(ctx: ScoreContext, name: string, what: string, option: string): Got {
  const v = ctx.vars[name];
  if (v === undefined || v === null || v === '')
    return { ok: false, message: `${what}: the case has no variable \`${name}\` (set \`${option}\`)` };
  return { ok: true, text: contextText(v) };
}

const str = (spec: AssertionSpec, key: string): string | undefined =>
  typeof spec[key] === 'string' ? (spec[key] as string) : undefined;

export function questionOf(spec: AssertionSpec, ctx: ScoreContext): Got {
  return fromVar(ctx, str(spec, 'questionVar') ?? 'question', 'question', 'questionVar');
}

export function contextOf(spec: AssertionSpec, ctx: ScoreContext): Got {
  const path = str(spec, 'contextPath');
  if (path) return fromOutput(ctx, path, 'context');
  return fromVar(ctx, str(spec, 'contextVar') ?? 'context', 'context', 'contextVar or contextPath');
}

export function answerOf(spec: AssertionSpec, ctx: ScoreContext): Got {
  const path = str(spec, 'answerPath');
  return path ? fromOutput(ctx, path, 'answer') : { ok: true, text: ctx.output };
}
