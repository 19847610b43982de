// The judge is part of what a baseline is: scores given by another judge model, under other judge
// settings or by another rubric are on another scale. A judge identity is a stable hash over what the
// judge of an LLM-judged assertion (llm-rubric, factuality, the RAG metrics) is and is told: the judge
// provider's output settings (model, temperature after the assertion's override, …), the assertion type
// (with `not-`), its `value` (the rubric, or the reference it grades against) and factuality's `scores`.
// Weights, thresholds, retries and transforms are not the judge: they are ordinary assertion settings.
// The gate compares the identity per case (cases on both sides); the drift monitor per suite.
import { outputSettings } from '../../config/provider-settings.js';
import type { ProviderSettings } from '../../model/types.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { sha256Hex } from '../../util/hash.js';
import { lookupScorer } from '../registry.js';
import type { AssertionSpec, Scorer } from '../types.js';

/** The judge's settings for one assertion: its temperature override, else the provider's, else 0 (judge-call.ts). */
export function judgeSettings(spec: AssertionSpec, p: ProviderSettings): ProviderSettings {
  const temperature = typeof spec['temperature'] === 'number' ? spec['temperature'] : (p.temperature ?? 0);
  return { ...p, temperature };
}

export interface JudgeLookup {
  scorers: ReadonlyMap<string, Scorer>;
  /** The suite's judge (defaults.judge or the suite's `judge:`). */
  defaultJudge?: ProviderSettings;
  /** Named providers, for an assertion's `provider:`. */
  providers?: Record<string, ProviderSettings>;
}

/** Whether the assertion is graded by an LLM judge (a registered model-graded scorer). */
export function isJudged(spec: AssertionSpec, scorers: ReadonlyMap<string, Scorer>): boolean {
  return lookupScorer(scorers, spec.type)?.scorer.modelGraded === true;
}

function judgeOf(spec: AssertionSpec, l: JudgeLookup): ProviderSettings | undefined {
  const p = typeof spec.provider === 'string' ? l.providers?.[spec.provider] : l.defaultJudge;
  return p ? judgeSettings(spec, p) : undefined;
}

export interface CaseJudge {
  /** 12 hex over every judged assertion of the case, in order. */
  identity: string;
  /** 12 hex over the judge settings alone (model, temperature, …), to tell a judge change from a rubric change. */
  settings: string;
  /** Judge models requested, in assertion order, without repeats. */
  models: string[];
}

/** The judge identity of one case's assertions; undefined when none is LLM-judged. */
export function caseJudge(assertions: readonly AssertionSpec[], l: JudgeLookup): CaseJudge | undefined {
  const judged = assertions.filter((a) => isJudged(a, l.scorers));
  if (judged.length === 0) return undefined;
  const parts = judged.map((a) => {
    const p = judgeOf(a, l);
    return {
      type: a.type,
      judge: p ? outputSettings(p) : null,
      value: a.value ?? null,
      scores: a['scores'] ?? null,
    };
  });
  const models = [...new Set(judged.map((a) => judgeOf(a, l)?.model ?? 'unknown'))];
  return {
    identity: sha256Hex(canonicalJson({ v: 1, parts })).slice(0, 12),
    settings: sha256Hex(canonicalJson({ v: 1, judges: parts.map((x) => x.judge) })).slice(0, 12),
    models,
  };
}

/** The suite's judge: one identity over the distinct case identities (a case added with a known rubric keeps it). */
export interface SuiteJudge {
  identity: string;
  /** Hash over the distinct judge settings only. */
  settings: string;
  /** Judge models requested by the suite's cases, sorted. */
  models: string[];
}

/** The suite identity over case identities: the one formula for a run and for a merge of shards. */
function identityOf(caseIdentities: readonly string[]): string {
  const ids = [...new Set(caseIdentities)].sort();
  return sha256Hex(canonicalJson({ v: 1, ids })).slice(0, 12);
}

export function suiteJudge(cases: readonly (CaseJudge | undefined)[]): SuiteJudge | undefined {
  const known = cases.filter((c): c is CaseJudge => c !== undefined);
  if (known.length === 0) return undefined;
  const settings = [...new Set(known.map((c) => c.settings))].sort();
  return {
    identity: identityOf(known.map((c) => c.identity)),
    settings: sha256Hex(canonicalJson({ v: 1, settings })).slice(0, 12),
    models: [...new Set(known.flatMap((c) => c.models))].sort(),
  };
}

/**
 * The judge of a suite merged from shards: the identity over the union's case identities (what one run
 * would give); the settings of the parts when they agree (they do when every shard has judged cases under
 * one judge), else a hash over the parts' settings; the union of the models.
 */
export function mergeSuiteJudge(
  parts: readonly (SuiteJudge | undefined)[],
  caseIdentities: readonly (string | undefined)[],
): SuiteJudge | undefined {
  const known = parts.filter((p): p is SuiteJudge => p !== undefined);
  const ids = caseIdentities.filter((x): x is string => x !== undefined);
  if (known.length === 0 || ids.length === 0) return undefined;
  const settings = [...new Set(known.map((p) => p.settings))].sort();
  return {
    identity: identityOf(ids),
    settings: settings.length === 1 ? settings[0]! : sha256Hex(canonicalJson({ v: 1, settings })).slice(0, 12),
    models: [...new Set(known.flatMap((p) => p.models))].sort(),
  };
}
