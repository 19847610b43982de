// The model-graded scorer group, registered next to the deterministic ones:
// createRegistry(deterministicScorers(), modelGradedScorers(), policyScorers()).
import type { Scorer } from '../types.js';
import { factualityScorer } from './factuality.js';
import { llmRubricScorer } from './llm-rubric.js';
import { answerRelevanceScorer, contextFaithfulnessScorer, contextRelevanceScorer } from './rag.js';
import { similarScorer } from './similar.js';

export function modelGradedScorers(): Scorer[] {
  return [
    llmRubricScorer,
    factualityScorer,
    similarScorer,
    contextRelevanceScorer,
    contextFaithfulnessScorer,
    answerRelevanceScorer,
  ];
}
