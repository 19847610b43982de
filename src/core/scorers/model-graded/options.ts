// Options shared by the model-graded scorers, on top of the keys every assertion has.
import { z } from 'zod';
import { commonAssertionKeys } from '../common-keys.js';

export const judgeOptions = {
  ...commonAssertionKeys,
  /** Extra judge attempts after a malformed or out-of-range verdict (default 2). */
  retries: z.number().int().min(0).max(5).optional(),
  /** Judge temperature (default: the judge provider's, else 0). */
  temperature: z.number().min(0).max(2).optional(),
};

/** Where RAG scorers find the question, the retrieved context and the answer. */
export const ragOptions = {
  questionVar: z.string().min(1).optional(),
  contextVar: z.string().min(1).optional(),
  contextPath: z.string().min(1).optional(),
  answerPath: z.string().min(1).optional(),
};

/** A reference text: the assertion's `value`, else the case's `expected`. */
export const referenceValue = z.string().min(1, 'must not be empty').optional();
