// javascript: a function exported from a file in the repository decides. The config loader's adapter
// imports the functions (the core never touches the file system) and hands them over in ctx.functions.
import { z } from 'zod';
import type { AssertionSpec, JavascriptCheck, ScoreContext, Scorer } from '../types.js';
import { assertionSchema, binary, errorOutcome, preview } from './common.js';

/** Without an assertion `threshold`, a numeric result passes from this score up. */
const JS_DEFAULT_THRESHOLD = 0.5;

/** "checks/tone.js:isPolite" → path + export; "checks/tone.js" → the default export. */
export function parseJavascriptRef(ref: string): { path: string; exportName: string } {
  const colon = ref.lastIndexOf(':');
  const name = colon >= 0 ? ref.slice(colon + 1) : '';
  // Only an identifier after the last colon is an export name (a Windows drive "C:\..." is not).
  if (colon > 0 && /^[A-Za-z_$][\w$]*$/.test(name)) return { path: ref.slice(0, colon), exportName: name };
  return { path: ref, exportName: 'default' };
}

/** What a user's function (a `javascript` check or a `transform`) gets besides the output. */
export function functionContext(ctx: ScoreContext): Parameters<JavascriptCheck>[1] {
  return {
    vars: ctx.vars,
    ...(ctx.expected !== undefined ? { expected: ctx.expected } : {}),
    ...(ctx.latencyMs !== undefined ? { latencyMs: ctx.latencyMs } : {}),
    costUsd: ctx.costUsd,
    tokens: ctx.tokens,
    toolCalls: ctx.toolCalls ?? [],
  };
}

const objectResult = z.object({
  pass: z.boolean(),
  score: z.number().min(0).max(1).optional(),
  reason: z.string().optional(),
});

function firstLine(s: string, max = 200): string {
  const line = s.split(/\r?\n/, 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

export const javascriptScorer: Scorer = {
  type: 'javascript',
  negatable: true,
  schema: assertionSchema(z.string().min(1, 'give "path" or "path:export"')),
  referencedFiles(spec: AssertionSpec): string[] {
    return typeof spec.value === 'string' ? [parseJavascriptRef(spec.value).path] : [];
  },
  async score(spec, ctx) {
    const ref = String(spec.value);
    const fn = ctx.functions?.get(ref);
    if (!fn) return errorOutcome(`javascript check ${ref} was not loaded`);
    let result: unknown;
    try {
      result = await fn(ctx.output, functionContext(ctx));
    } catch (e) {
      return errorOutcome(`${ref} threw: ${firstLine(e instanceof Error ? e.message : String(e))}`);
    }
    const on = `for ${preview(ctx.output)}`;
    if (typeof result === 'boolean') return binary(result, `${ref} returned ${result} ${on}`);
    if (typeof result === 'number') {
      if (!Number.isFinite(result) || result < 0 || result > 1)
        return errorOutcome(`${ref} returned ${result}; a score must be in [0,1]`);
      const threshold = spec.threshold ?? JS_DEFAULT_THRESHOLD;
      return {
        score: result,
        pass: result >= threshold,
        reason: `${ref} scored ${result} (pass from ${threshold}) ${on}`,
      };
    }
    const parsed = objectResult.safeParse(result);
    if (!parsed.success) {
      return errorOutcome(
        `${ref} returned ${firstLine(JSON.stringify(result) ?? String(result), 60)}; expected boolean, number in [0,1] or {pass, score?, reason?}`,
      );
    }
    const { pass, score, reason } = parsed.data;
    return {
      score: score ?? (pass ? 1 : 0),
      pass,
      reason: reason ? `${ref}: ${firstLine(reason)}` : `${ref} returned pass=${pass} ${on}`,
    };
  },
};
