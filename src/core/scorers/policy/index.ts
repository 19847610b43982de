// Policy assertions: governance checks on outputs.
import type { Scorer } from '../types.js';
import { noPiiScorer } from './no-pii.js';
import { isRefusalScorer, notRefusalScorer } from './refusal.js';

export function policyScorers(): Scorer[] {
  return [noPiiScorer, isRefusalScorer, notRefusalScorer];
}
