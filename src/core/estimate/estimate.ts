// Cost before running: what a run would send and what it may cost, computed from the config alone
// (prompts rendered, tokens counted by a real tokenizer), without a request. Pure: the token counter, the
// price dataset and the output history come in as arguments.
//
// The range: input tokens are counted exactly (the same rendered messages the engine sends). Output
// tokens are what the same cases answered before (low = the shortest answer seen, high = the longest),
// or, without history, 0 (low) to the provider's maxTokens (high): an answer may stop at any length up
// to the cap. A provider without maxTokens is assumed to answer up to ASSUMED_MAX_OUTPUT, said so.
import type { ResolvedSuite } from '../config/resolved.js';
import type { Price } from '../config/schema.js';
import type { TokenCounter } from '../ports/tokenizer.js';
import { costOf, type PriceDataset } from '../pricing/cost.js';
import { renderPrompt } from '../prompt/render.js';
import type { OutputHistory, OutputStats } from './output-history.js';
import { consistencyCases, DEFAULT_CONSISTENCY_CHECKS } from '../scorers/model-graded/consistency.js';

/** Output allowance assumed when a provider sets no maxTokens and no history says better. */
export const ASSUMED_MAX_OUTPUT = 1024;
/** Judge prompt around the question and the answer (rubric, instructions): measured on the built-in templates. */
export const JUDGE_OVERHEAD_TOKENS = 300;
/** A judge's verdict with its reason. */
export const JUDGE_OUTPUT_TOKENS = 100;

export interface EstimateJob {
  suite: ResolvedSuite;
  /** Label shown beside the suite ("base", "head"); none for a plain run. */
  label?: string;
  /** Samples per case at least (the first round) and at most (sequential extra rounds; = min when none). */
  samples: { min: number; max: number };
  /** Sent through the Batch API (priced at its discount). */
  batch?: boolean;
  /** Samples re-judged for self-consistency (unset: the suite's `judge.consistencyChecks`, else the default). */
  consistencyChecks?: number;
}

export interface EstimateInput {
  jobs: readonly EstimateJob[];
  tokens: TokenCounter;
  pricing: Readonly<Record<string, Price>>;
  dataset?: PriceDataset;
  /** Expected output by suite name. */
  history?: ReadonlyMap<string, OutputHistory>;
  /** Assertion types that call a judge or an embedding model. */
  modelGraded: ReadonlySet<string>;
  /** USD of a usage at the Batch API's price (pricing/batch); default half the synchronous price. */
  batchCost?: (model: string, sync: number) => number;
}

export interface Range {
  low: number;
  high: number;
}

/** A range with the figure expected inside it (history's mean answer; maxTokens without history). */
export interface Expected extends Range {
  expected: number;
}

export interface SuiteEstimate {
  suite: string;
  label?: string;
  model: string;
  encoding: string;
  approximateTokenizer: boolean;
  cases: number;
  requests: Range;
  /** Cases whose prompt cannot be rendered: never sent, so not counted. */
  unrenderable: number;
  inputTokens: Range;
  outputTokens: Range & { expected: number; source: string };
  judgeRequests: Range;
  /** USD: production + judge; null when a model's price is unknown. */
  costUsd: Expected | null;
  batch: boolean;
}

export interface RunEstimate {
  suites: SuiteEstimate[];
  totals: { requests: Range; inputTokens: Range; outputTokens: Expected; costUsd: Expected | null };
  /** What the figures assume, in words (shown under the table). */
  notes: string[];
}

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high + b.high });
const addE = (a: Expected, b: Expected): Expected => ({
  low: a.low + b.low,
  high: a.high + b.high,
  expected: a.expected + b.expected,
});
const zero = (): Range => ({ low: 0, high: 0 });
const zeroE = (): Expected => ({ low: 0, high: 0, expected: 0 });

function outputFor(
  suite: ResolvedSuite,
  caseId: string,
  history: OutputHistory | undefined,
): OutputStats & { source: string } {
  const seen = history?.perCase?.get(caseId) ?? history?.perRequest;
  if (history && seen) return { ...seen, source: history.source };
  const cap = suite.provider.maxTokens;
  if (cap !== undefined) return { mean: cap, min: 0, max: cap, source: 'maxTokens' };
  return {
    mean: ASSUMED_MAX_OUTPUT,
    min: 0,
    max: ASSUMED_MAX_OUTPUT,
    source: `assumed ${ASSUMED_MAX_OUTPUT} (no maxTokens)`,
  };
}

function priced(model: string, input: number, output: number, input_: EstimateInput, batch: boolean): number | null {
  const usd = costOf(model, { input, output }, input_.pricing, input_.dataset);
  if (usd === null) return null;
  return batch ? (input_.batchCost ?? ((_m, s) => s / 2))(model, usd) : usd;
}

function estimateJob(job: EstimateJob, input: EstimateInput): SuiteEstimate {
  const { suite } = job;
  const model = suite.provider.model;
  const tools = suite.provider.tools ?? suite.template.tools;
  const history = input.history?.get(suite.name);
  const batch = job.batch ?? false;
  let unrenderable = 0;
  let sendable = 0;
  let inputTokens = 0;
  const out = { low: 0, high: 0, expected: 0 };
  let judgePerSample = 0;
  let rejudged = 0;
  let cost: Expected | null = zeroE();
  const sources = new Set<string>();
  // The self-consistency check judges the first sample of a few cases once more (consistency.ts).
  const checks = job.consistencyChecks ?? suite.judgeConsistencyChecks ?? DEFAULT_CONSISTENCY_CHECKS;
  const again = consistencyCases(
    suite.name,
    suite.cases.filter((c) => c.assertions.some((a) => input.modelGraded.has(a.type))).map((c) => c.id),
    checks,
  );
  for (const c of suite.cases) {
    let messages: ReturnType<typeof renderPrompt>;
    try {
      messages = renderPrompt(suite.template, c.vars);
    } catch {
      unrenderable++;
      continue;
    }
    sendable++;
    const tokensIn = input.tokens.countChat(model, messages, tools);
    const expected = outputFor(suite, c.id, history);
    sources.add(expected.source);
    inputTokens += tokensIn;
    out.low += expected.min;
    out.high += expected.max;
    out.expected += expected.mean;
    const judges = c.assertions.filter((a) => input.modelGraded.has(a.type)).length;
    judgePerSample += judges;
    const once = again.has(c.id) ? judges : 0;
    rejudged += once;
    const jLow = judges * (tokensIn + expected.min + JUDGE_OVERHEAD_TOKENS);
    const jHigh = judges * (tokensIn + expected.max + JUDGE_OVERHEAD_TOKENS);
    if (cost) {
      const judgeModel = suite.judge?.model;
      const judgeCost = (tokens: number): number | null =>
        judges === 0 ? 0 : judgeModel ? priced(judgeModel, tokens, judges * JUDGE_OUTPUT_TOKENS, input, false) : null;
      const lo = priced(model, tokensIn, expected.min, input, batch);
      const hi = priced(model, tokensIn, expected.max, input, batch);
      const mid = priced(model, tokensIn, expected.mean, input, batch);
      const jlo = judgeCost(jLow);
      const jhi = judgeCost(jHigh);
      const jmid = judgeCost(judges * (tokensIn + expected.mean + JUDGE_OVERHEAD_TOKENS));
      if (lo === null || hi === null || mid === null || jlo === null || jhi === null || jmid === null) cost = null;
      else {
        // A re-judged case adds one more set of its judgements (the first sample's).
        const share = judges === 0 ? 0 : once / judges;
        cost = addE(cost, {
          low: (lo + jlo) * job.samples.min + jlo * share,
          high: (hi + jhi) * job.samples.max + jhi * share,
          expected: (mid + jmid) * job.samples.min + jmid * share,
        });
      }
    }
  }
  const { min, max } = job.samples;
  const enc = input.tokens.encodingFor(model);
  const result: SuiteEstimate = {
    suite: suite.name,
    model,
    encoding: enc.name,
    approximateTokenizer: enc.approximate,
    cases: suite.cases.length,
    requests: { low: sendable * min, high: sendable * max },
    unrenderable,
    inputTokens: { low: inputTokens * min, high: inputTokens * max },
    outputTokens: {
      low: out.low * min,
      high: out.high * max,
      expected: out.expected * min,
      source: [...sources].join(', ') || 'none',
    },
    judgeRequests: { low: judgePerSample * min + rejudged, high: judgePerSample * max + rejudged },
    costUsd: cost,
    batch,
  };
  if (job.label !== undefined) result.label = job.label;
  return result;
}

export function estimateRun(input: EstimateInput): RunEstimate {
  const suites = input.jobs.map((j) => estimateJob(j, input));
  let requests = zero();
  let inputTokens = zero();
  const outputTokens = { low: 0, high: 0, expected: 0 };
  let costUsd: Expected | null = zeroE();
  for (const s of suites) {
    requests = add(requests, s.requests);
    inputTokens = add(inputTokens, s.inputTokens);
    outputTokens.low += s.outputTokens.low;
    outputTokens.high += s.outputTokens.high;
    outputTokens.expected += s.outputTokens.expected;
    costUsd = costUsd && s.costUsd ? addE(costUsd, s.costUsd) : null;
  }
  const notes: string[] = [];
  if (suites.some((s) => s.outputTokens.source.includes('maxTokens') || s.outputTokens.source.startsWith('assumed'))) {
    notes.push(
      'output tokens without history: 0 to maxTokens per request (pass a previous results.json with --estimate-from for a tighter range)',
    );
  }
  if (suites.some((s) => s.judgeRequests.high > 0)) {
    notes.push(
      `judge requests priced at the case's input + answer + ${JUDGE_OVERHEAD_TOKENS} tokens of rubric in, ${JUDGE_OUTPUT_TOKENS} out`,
    );
  }
  if (suites.some((s) => s.approximateTokenizer))
    notes.push("a model that is not OpenAI's is counted with o200k_base: approximate");
  if (suites.some((s) => s.requests.high > s.requests.low))
    notes.push('high end: every open decision sampled up to gate.maxRepeat');
  if (suites.some((s) => s.batch)) notes.push('batch suites priced at the Batch API rate');
  notes.push('cached answers cost nothing: a warm cache spends less than the low end');
  return { suites, totals: { requests, inputTokens, outputTokens, costUsd }, notes };
}
