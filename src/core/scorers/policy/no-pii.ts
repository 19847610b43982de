// no-pii: the output contains no personal data or secrets (optionally only some `categories`).
// The reason counts what was found per category and never repeats the values themselves.
import { z } from 'zod';
import { detectPii, PII_CATEGORIES, summarizeFindings } from '../../governance/detect.js';
import type { PiiCategory } from '../../governance/types.js';
import { commonAssertionKeys } from '../common-keys.js';
import type { Scorer } from '../types.js';

export const noPiiScorer: Scorer = {
  type: 'no-pii',
  negatable: true,
  schema: z.strictObject({ ...commonAssertionKeys, categories: z.array(z.enum(PII_CATEGORIES)).min(1).optional() }),
  score(spec, ctx) {
    const categories = spec['categories'] as PiiCategory[] | undefined;
    const findings = detectPii(ctx.output, categories);
    const scope = categories ? ` (${categories.join(', ')})` : '';
    if (findings.length === 0) return { score: 1, pass: true, reason: `no PII or secrets found${scope}` };
    return { score: 0, pass: false, reason: `found ${summarizeFindings(findings)}${scope}` };
  },
};
