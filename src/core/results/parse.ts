// Reads a results document back into the in-memory RunResult: the reference reader of the format
// serialize.ts writes. Schema 2 puts back what the writer left out (compact.ts); schema 1 files already
// hold every field.
import {
  answered,
  CASE_HEAD_KEYS,
  defaultAssertionScore,
  defaultAttempts,
  flatCaseFigures,
  sampleDefaults,
  type SampleDefaults,
} from './compact.js';
import {
  RESULTS_SCHEMA_VERSION,
  type CaseResult,
  type RunResult,
  type SampleResult,
  type SuiteResult,
} from './types.js';
import type { AssertionResult } from '../scorers/types.js';

export class ResultsFormatError extends Error {}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function assertion(raw: Obj): AssertionResult {
  const a = { ...raw } as unknown as AssertionResult;
  if (raw['score'] === undefined) a.score = defaultAssertionScore(a.pass);
  if (raw['weight'] === undefined) a.weight = 1;
  return a;
}

function served(
  raw: Obj,
  key: 'servedModel' | 'systemFingerprint',
  fallback: string | undefined,
  isAnswered: boolean,
  into: Obj,
): void {
  const v = raw[key];
  if (v === null) delete into[key];
  else if (v === undefined && isAnswered && fallback !== undefined) into[key] = fallback;
}

function sample(raw: Obj, position: number, d: SampleDefaults): SampleResult {
  const s: Obj = { ...raw };
  if (s['index'] === undefined) s['index'] = position;
  if (s['cached'] === undefined) s['cached'] = false;
  if (s['attempts'] === undefined) s['attempts'] = defaultAttempts(s['cached'] === true);
  s['assertions'] = Array.isArray(raw['assertions']) ? raw['assertions'].map((a) => assertion(a as Obj)) : [];
  const isAnswered = answered(s);
  served(raw, 'servedModel', d.servedModel, isAnswered, s);
  served(raw, 'systemFingerprint', d.systemFingerprint, isAnswered, s);
  return s as unknown as SampleResult;
}

function caseOf(raw: Obj, d: SampleDefaults): CaseResult {
  if (Array.isArray(raw['samples'])) {
    const samples = raw['samples'].map((s, i) => sample(s as Obj, i, d));
    return { ...raw, samples } as unknown as CaseResult;
  }
  // A flat line: the case's id, description, vars and threshold, and the fields of its one sample.
  const head: Obj = {};
  const rest: Obj = {};
  for (const [k, v] of Object.entries(raw)) (CASE_HEAD_KEYS.has(k) ? head : rest)[k] = v;
  const s = sample(rest, 0, d);
  return { ...head, samples: [s], ...flatCaseFigures(s) } as unknown as CaseResult;
}

function suiteOf(raw: Obj): SuiteResult {
  const d = sampleDefaults(raw as unknown as SuiteResult);
  const cases = Array.isArray(raw['cases']) ? raw['cases'].map((c) => caseOf(c as Obj, d)) : [];
  return { ...raw, cases } as unknown as SuiteResult;
}

/** The in-memory result of a parsed results document (schema 1 or 2). */
export function fromResultsDocument(doc: unknown, where = 'results'): RunResult {
  if (!isObj(doc) || !Array.isArray(doc['suites']))
    throw new ResultsFormatError(`${where}: not an evalgate results document (expected {schemaVersion, suites, …})`);
  const version = doc['schemaVersion'];
  if (version === 1) return { ...doc, schemaVersion: RESULTS_SCHEMA_VERSION } as unknown as RunResult;
  if (version !== RESULTS_SCHEMA_VERSION) {
    throw new ResultsFormatError(
      `${where}: results schemaVersion ${String(version)} is not supported (expected 1 or ${RESULTS_SCHEMA_VERSION}); upgrade evalgate`,
    );
  }
  return { ...doc, suites: doc['suites'].map((s) => suiteOf(s as Obj)) } as unknown as RunResult;
}

/** The in-memory result of a results.json text. */
export function parseResults(text: string, where?: string): RunResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ResultsFormatError(`${where ?? 'results'}: not JSON (${(err as Error).message})`);
  }
  return fromResultsDocument(doc, where);
}
