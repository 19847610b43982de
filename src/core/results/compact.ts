// The documented defaults of results.json (schema 2): what the writer may leave out and the reader puts
// back. One definition for both, so a value is omitted only when the reader recovers it exactly.
// docs/results-schema.md lists the same rules for people and for other tools.
import type { CaseResult, SampleResult, SuiteResult } from './types.js';

/** Case fields written in a flat (single-sample) case line; every other key of that line is the sample's. */
export const CASE_HEAD_KEYS: ReadonlySet<string> = new Set([
  'id',
  'description',
  'vars',
  'threshold',
  'label',
  'judge',
]);
/** Fields of a case that are written or derived; anything else on a CaseResult is written as is. */
export const CASE_KEYS: ReadonlySet<string> = new Set([...CASE_HEAD_KEYS, 'samples', 'score', 'passRate', 'pass']);
export const SAMPLE_KEYS: ReadonlySet<string> = new Set([
  'index',
  'status',
  'score',
  'pass',
  'output',
  'toolCalls',
  'error',
  'assertions',
  'tokens',
  'latencyMs',
  'costUsd',
  'evalCostUsd',
  'evalTokens',
  'cached',
  'attempts',
  'servedModel',
  'systemFingerprint',
]);

/** HTTP attempts a sample is assumed to have made when `attempts` is absent: none for a cache hit. */
export function defaultAttempts(cached: boolean): number {
  return cached ? 0 : 1;
}

/** An assertion's score when `score` is absent: a pass/fail check scores its verdict. */
export function defaultAssertionScore(pass: boolean): number {
  return pass ? 1 : 0;
}

/** The suite-wide served model and fingerprint that answered samples leave out: the only one listed. */
export interface SampleDefaults {
  servedModel?: string | undefined;
  systemFingerprint?: string | undefined;
}

export function sampleDefaults(suite: Pick<SuiteResult, 'servedModels' | 'systemFingerprints'>): SampleDefaults {
  return {
    servedModel: suite.servedModels?.length === 1 ? suite.servedModels[0] : undefined,
    systemFingerprint: suite.systemFingerprints?.length === 1 ? suite.systemFingerprints[0] : undefined,
  };
}

/** Only an answered sample (it has an output, '' for tool calls only) reports a served model. */
export function answered(s: Pick<SampleResult, 'output'>): boolean {
  return s.output !== undefined;
}

/**
 * A case with one sample is written flat (the sample's fields on the case line, no `samples`, no
 * `passRate`) when its score, pass rate and pass are exactly what that sample gives, and the visible
 * `score` / `pass` of the line are the case's: an ok sample's own, or none for a sample that was not ok
 * (the case's are then null).
 */
export function flatCaseOf(c: CaseResult): SampleResult | undefined {
  if (c.samples.length !== 1) return undefined;
  const s = c.samples[0]!;
  if (s.status === 'ok') {
    if (s.score === undefined || s.pass === undefined) return undefined;
    if (c.score !== s.score || c.pass !== s.pass || c.passRate !== (s.pass ? 1 : 0)) return undefined;
  } else if (
    c.score !== null ||
    c.passRate !== null ||
    c.pass !== null ||
    s.score !== undefined ||
    s.pass !== undefined
  )
    return undefined;
  // A field the writer does not know could collide with the other object's: keep such a case nested.
  for (const k in c) if (!CASE_KEYS.has(k)) return undefined;
  for (const k in s) if (!SAMPLE_KEYS.has(k)) return undefined;
  return s;
}

/** The case figures a flat case line stands for (the same rule as the engine's per-case aggregate). */
export function flatCaseFigures(s: SampleResult): Pick<CaseResult, 'score' | 'passRate' | 'pass'> {
  if (s.status !== 'ok') return { score: null, passRate: null, pass: null };
  const pass = s.pass === true;
  return { score: s.score ?? 0, passRate: pass ? 1 : 0, pass };
}
