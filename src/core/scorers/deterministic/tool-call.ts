// tool-call and is-valid-tool-call: assertions on the function calls a model asked for.
// - tool-call `{name, arguments?}`: some call has that name and, when given, arguments that contain the
//   given ones (a partial deep match: extra keys in the call are fine, given keys must match).
// - is-valid-tool-call (optional `value: name`): there is a call (of that name), every such call names a
//   declared tool, and its arguments are JSON valid against that tool's `parameters` schema.
import { z } from 'zod';
import type { ToolCall } from '../../model/types.js';
import type { ScoreContext, Scorer } from '../types.js';
import { assertionSchema, binary, show } from './common.js';
import { validateJson } from './json-validate.js';

/** Every key of `want` is in `got` with a matching value; arrays match element by element, same length. */
export function partialMatch(want: unknown, got: unknown): boolean {
  if (Array.isArray(want))
    return Array.isArray(got) && got.length === want.length && want.every((w, i) => partialMatch(w, got[i]));
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return false;
    return Object.entries(want).every(
      ([k, w]) => Object.hasOwn(got, k) && partialMatch(w, (got as Record<string, unknown>)[k]),
    );
  }
  return Object.is(want, got);
}

/** `name({"a":1})` for reasons. */
export function showCall(c: ToolCall): string {
  const args = c.argumentsValid ? JSON.stringify(c.arguments) : String(c.arguments);
  return `${c.name}(${args.length > 80 ? `${args.slice(0, 80)}…` : args})`;
}

function calls(ctx: ScoreContext): ToolCall[] {
  return ctx.toolCalls ?? [];
}

function gotCalls(list: ToolCall[]): string {
  return list.length === 0 ? 'the answer has no tool call' : `got ${list.map(showCall).join(', ')}`;
}

const ToolCallValue = z.strictObject({
  name: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()).optional(),
});

export const toolCallScorer: Scorer = {
  type: 'tool-call',
  negatable: true,
  schema: assertionSchema(ToolCallValue),
  score(spec, ctx) {
    const want = spec.value as z.infer<typeof ToolCallValue>;
    const list = calls(ctx);
    const named = list.filter((c) => c.name === want.name);
    const what = want.arguments ? `${want.name} with arguments ${show(want.arguments)}` : want.name;
    if (named.length === 0) return binary(false, `expected a call of ${want.name}; ${gotCalls(list)}`);
    if (!want.arguments) return binary(true, `the model called ${want.name}`);
    const hit = named.find((c) => c.argumentsValid && partialMatch(want.arguments, c.arguments));
    return hit
      ? binary(true, `the model called ${showCall(hit)}`)
      : binary(false, `expected a call of ${what}; ${gotCalls(named)}`);
  },
};

export const isValidToolCallScorer: Scorer = {
  type: 'is-valid-tool-call',
  negatable: true,
  schema: assertionSchema(z.string().min(1).optional()),
  score(spec, ctx) {
    const only = typeof spec.value === 'string' ? spec.value : undefined;
    const list = calls(ctx).filter((c) => only === undefined || c.name === only);
    if (list.length === 0)
      return binary(
        false,
        only ? `expected a call of ${only}; ${gotCalls(calls(ctx))}` : 'the answer has no tool call',
      );
    const declared = new Map((ctx.tools ?? []).map((t) => [t.function.name, t]));
    for (const c of list) {
      const tool = declared.get(c.name);
      if (!tool)
        return binary(
          false,
          `${c.name} is not a declared tool${declared.size ? ` (declared: ${[...declared.keys()].join(', ')})` : ' (the suite declares no tools)'}`,
        );
      if (!c.argumentsValid) return binary(false, `${c.name}: arguments are not valid JSON: ${show(c.arguments)}`);
      const params = tool.function.parameters;
      if (params) {
        const problem = validateJson(params, c.arguments);
        if (problem !== undefined)
          return binary(false, `${showCall(c)}: arguments do not match the tool's schema: ${problem}`);
      }
    }
    return binary(
      true,
      `${list.length === 1 ? 'the tool call is' : `all ${list.length} tool calls are`} valid: ${list.map(showCall).join(', ')}`,
    );
  },
};
