// Every deterministic scorer, in the order the docs list them.
import type { Scorer } from '../types.js';
import { containsScorers } from './contains.js';
import { javascriptScorer } from './javascript.js';
import { isJsonScorer, jsonSchemaScorer } from './json.js';
import { costScorer, latencyScorer, tokensScorer } from './metrics.js';
import { regexScorer } from './regex.js';
import { lengthScorer, wordCountScorer } from './size.js';
import { equalsScorer, startsWithScorer } from './text.js';
import { isValidToolCallScorer, toolCallScorer } from './tool-call.js';

export function deterministicScorers(): Scorer[] {
  return [
    equalsScorer,
    ...containsScorers,
    startsWithScorer,
    regexScorer,
    isJsonScorer,
    jsonSchemaScorer,
    lengthScorer,
    wordCountScorer,
    latencyScorer,
    costScorer,
    tokensScorer,
    javascriptScorer,
    toolCallScorer,
    isValidToolCallScorer,
  ];
}
