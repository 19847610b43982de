// results.json as text (schema 2), in chunks. The run and suite headers are indented (readable, diffable);
// each case is one compact line (a case with several samples: its line, then one line per sample), and
// values the reader recovers exactly are left out (compact.ts; docs/results-schema.md). Chunks are
// whole lines batched to ~64 KB: a 30,000-sample run is streamed to disk without one 30 MB string, a
// text filter such as the secret scrubber runs a few dozen times instead of once per value, and every
// string value lies inside one chunk, so no secret straddles two.
import {
  answered,
  CASE_KEYS,
  defaultAssertionScore,
  defaultAttempts,
  flatCaseOf,
  SAMPLE_KEYS,
  sampleDefaults,
  type SampleDefaults,
} from './compact.js';
import { RESULTS_SCHEMA_VERSION, type CaseResult, type RunResult, type SampleResult } from './types.js';
import type { AssertionResult } from '../scorers/types.js';

const STEP = '  ';
/** Chunk size the writer aims at (characters): large enough that per-chunk costs vanish. */
export const CHUNK_CHARS = 65_536;
/** An object or array in a header whose compact JSON fits in this many characters stays on one line. */
const INLINE_CHARS = 100;

const RUN_ORDER = [
  'schemaVersion',
  'tool',
  'runId',
  'label',
  'startedAt',
  'finishedAt',
  'configPath',
  'commit',
  'costCapHit',
  'interrupted',
  'totals',
];
const SUITE_ORDER = [
  'name',
  'promptVersion',
  'promptPath',
  'provider',
  'servedModels',
  'systemFingerprints',
  'traffic',
  'repeat',
  'sampling',
  'redactions',
  'aggregates',
];
const ASSERTION_KEYS: ReadonlySet<string> = new Set([
  'type',
  'pass',
  'score',
  'weight',
  'reason',
  'error',
  'evalCostUsd',
  'evalTokens',
]);

const json = (v: unknown): string => JSON.stringify(v) ?? 'null';

/** A header value: on one line when short, else one key (or item) per line. */
function block(value: unknown, indent: string): string {
  const compact = json(value);
  if (value === null || typeof value !== 'object' || compact.length <= INLINE_CHARS) return compact;
  const inner = indent + STEP;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const v of value) parts.push(inner + block(v === undefined ? null : v, inner));
    return `[\n${parts.join(',\n')}\n${indent}]`;
  }
  for (const [k, v] of Object.entries(value))
    if (v !== undefined && typeof v !== 'function') parts.push(`${inner}${json(k)}: ${block(v, inner)}`);
  return `{\n${parts.join(',\n')}\n${indent}}`;
}

/** `"key": value` lines of an object: the keys of `order` first, then any others, `last` excluded. */
function headerLines(obj: object, order: readonly string[], last: string, indent: string): string[] {
  const o = obj as Record<string, unknown>;
  const keys = [...order, ...Object.keys(o).filter((k) => k !== last && !order.includes(k))];
  const lines: string[] = [];
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && typeof v !== 'function') lines.push(`${indent}${json(k)}: ${block(v, indent)}`);
  }
  return lines;
}

// Each case line is one JSON.stringify of a plain object holding only the fields to write, in the order
// people read them (verdict first): one native call per line instead of one per value.
type Out = Record<string, unknown>;

function assertionOut(a: AssertionResult): Out {
  const o: Out = { type: a.type, pass: a.pass };
  if (a.score !== defaultAssertionScore(a.pass)) o['score'] = a.score;
  if (a.weight !== 1) o['weight'] = a.weight;
  o['reason'] = a.reason;
  o['error'] = a.error;
  o['evalCostUsd'] = a.evalCostUsd;
  o['evalTokens'] = a.evalTokens;
  for (const k in a) if (!ASSERTION_KEYS.has(k)) o[k] = (a as unknown as Out)[k];
  return o;
}

/** Adds a sample's fields to `o` (undefined values are dropped by JSON.stringify). */
function addSample(o: Out, s: SampleResult, position: number, d: SampleDefaults): Out {
  if (s.index !== position) o['index'] = s.index;
  o['status'] = s.status;
  o['score'] = s.score;
  o['pass'] = s.pass;
  o['output'] = s.output;
  o['toolCalls'] = s.toolCalls;
  o['error'] = s.error;
  o['assertions'] = s.assertions.map(assertionOut);
  o['tokens'] = s.tokens;
  o['latencyMs'] = s.latencyMs;
  o['costUsd'] = s.costUsd;
  o['evalCostUsd'] = s.evalCostUsd;
  o['evalTokens'] = s.evalTokens;
  if (s.cached) o['cached'] = true;
  if (s.attempts !== defaultAttempts(s.cached)) o['attempts'] = s.attempts;
  const isAnswered = answered(s);
  o['servedModel'] = served(s.servedModel, d.servedModel, isAnswered);
  o['systemFingerprint'] = served(s.systemFingerprint, d.systemFingerprint, isAnswered);
  for (const k in s) if (!SAMPLE_KEYS.has(k)) o[k] = (s as unknown as Out)[k];
  return o;
}

/** Left out when it is the suite's only one; `null` when an answered sample reported none although the suite has one. */
function served(
  value: string | undefined,
  fallback: string | undefined,
  isAnswered: boolean,
): string | null | undefined {
  if (isAnswered && fallback !== undefined) return value === fallback ? undefined : (value ?? null);
  return value;
}

function caseHead(c: CaseResult): Out {
  const o: Out = { id: c.id };
  o['description'] = c.description;
  o['vars'] = c.vars;
  o['threshold'] = c.threshold;
  o['label'] = c.label;
  o['judge'] = c.judge;
  return o;
}

/** One case: a single line, or its line and one line per sample (no trailing comma or newline). */
function caseText(c: CaseResult, d: SampleDefaults, indent: string): string {
  const flat = flatCaseOf(c);
  if (flat) return json(addSample(caseHead(c), flat, 0, d));
  const head = caseHead(c);
  head['score'] = c.score;
  head['passRate'] = c.passRate;
  head['pass'] = c.pass;
  for (const k in c) if (!CASE_KEYS.has(k)) head[k] = (c as unknown as Out)[k];
  head['samples'] = [];
  const text = json(head);
  if (c.samples.length === 0) return text;
  const inner = indent + STEP;
  let s = text.slice(0, -2);
  for (let i = 0; i < c.samples.length; i++)
    s += `${i > 0 ? ',' : ''}\n${inner}${json(addSample({}, c.samples[i]!, i, d))}`;
  return `${s}\n${indent}]}`;
}

/** The JSON text of a results document, newline-terminated, in chunks of whole lines. */
export function* resultsJsonChunks(result: RunResult): Generator<string> {
  const run = { ...result, schemaVersion: RESULTS_SCHEMA_VERSION };
  let buf = `{\n${headerLines(run, RUN_ORDER, 'suites', STEP).join(',\n')},\n${STEP}"suites": [`;
  const suiteIndent = STEP + STEP;
  const keyIndent = suiteIndent + STEP;
  const caseIndent = keyIndent + STEP;
  for (let si = 0; si < result.suites.length; si++) {
    const suite = result.suites[si]!;
    const lines = headerLines(suite, SUITE_ORDER, 'cases', keyIndent);
    buf += `${si > 0 ? ',' : ''}\n${suiteIndent}{\n${lines.join(',\n')}${lines.length > 0 ? ',\n' : ''}${keyIndent}"cases": [`;
    const d = sampleDefaults(suite);
    for (let ci = 0; ci < suite.cases.length; ci++) {
      buf += `${ci > 0 ? ',' : ''}\n${caseIndent}${caseText(suite.cases[ci]!, d, caseIndent)}`;
      if (buf.length >= CHUNK_CHARS) {
        yield buf;
        buf = '';
      }
    }
    buf += suite.cases.length > 0 ? `\n${keyIndent}]\n${suiteIndent}}` : `]\n${suiteIndent}}`;
  }
  buf += result.suites.length > 0 ? `\n${STEP}]\n}\n` : ']\n}\n';
  yield buf;
}

/** The same text as one string (the action's base/head files, tests). */
export function resultsJson(result: RunResult): string {
  let s = '';
  for (const c of resultsJsonChunks(result)) s += c;
  return s;
}

/** Chunks passed through a text function (e.g. the secret scrubber), lazily. */
export function* mapChunks(chunks: Iterable<string>, f: (text: string) => string): Generator<string> {
  for (const c of chunks) yield f(c);
}
