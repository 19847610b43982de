// results.json as text, in chunks: indented down to the cases (readable, diffable), each sample on one
// line (a sample indented key by key was ~1 KB, most of it whitespace). Chunks let the writer stream a
// 30,000-sample run to disk without building one 30 MB string.
import type { RunResult } from '../results/types.js';

const STEP = '  ';

function* pretty(value: unknown, indent: string, compactItemsOf: string | undefined): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `\n${inner}`;
      const item: unknown = value[i] === undefined ? null : value[i];
      if (compactItemsOf === 'samples') yield JSON.stringify(item);
      else yield* pretty(item, inner, undefined);
      if (i < value.length - 1) yield ',';
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `\n${inner}${JSON.stringify(k)}: `;
    yield* pretty(v, inner, k);
    if (i < entries.length - 1) yield ',';
  }
  yield `\n${indent}}`;
}

/** The JSON text of a results document (or any value holding `samples` arrays), newline-terminated. */
export function* resultsJsonChunks(result: RunResult | unknown): Generator<string> {
  yield* pretty(result, '', undefined);
  yield '\n';
}

/** The same text as one string (small documents, tests). */
export function resultsJson(result: RunResult | unknown): string {
  let s = '';
  for (const c of resultsJsonChunks(result)) s += c;
  return s;
}

/** Chunks passed through a text function (e.g. the secret scrubber), lazily. */
export function* mapChunks(chunks: Iterable<string>, f: (text: string) => string): Generator<string> {
  for (const c of chunks) yield f(c);
}
