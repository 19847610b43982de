// Scores one sample: runs every assertion through the registry, applies `not-` and thresholds,
// and combines the results into the sample's weighted score and verdict.
import type { TokenUsage } from '../model/types.js';
import { errorOutcome } from './deterministic/common.js';
import { functionContext } from './deterministic/javascript.js';
import { negateOutcome } from './negate.js';
import { lookupScorer } from './registry.js';
import type { AssertionResult, AssertionSpec, ScoreContext, ScoreOutcome, Scorer } from './types.js';

export interface SampleScore {
  /** Weighted mean of the counting assertions' scores (1 when none counts). */
  score: number;
  pass: boolean;
  assertions: AssertionResult[];
  /** Set when a counting assertion could not decide: the engine reports the sample as an error. */
  error?: string;
  /** Sum of model-graded costs; null when any of them had an unknown price. */
  evalCostUsd: number | null;
  evalTokens: TokenUsage;
}

async function runOne(
  spec: AssertionSpec,
  ctx: ScoreContext,
  reg: ReadonlyMap<string, Scorer>,
): Promise<AssertionResult> {
  const weight = spec.weight ?? 1;
  const found = lookupScorer(reg, spec.type);
  let outcome: ScoreOutcome;
  const seen = found && spec.transform !== undefined ? await transformed(spec.transform, ctx) : ctx;
  if (!found) {
    outcome = errorOutcome(`unknown assertion type "${spec.type}"`);
  } else if ('outcome' in seen) {
    // The transform failed on this output: the check fails (or errors) as it is, neither negated nor thresholded.
    outcome = seen.outcome;
  } else {
    try {
      outcome = await found.scorer.score(spec, seen);
    } catch (e) {
      outcome = errorOutcome(e instanceof Error ? e.message : String(e));
    }
    outcome = checked(outcome);
    // The assertion's own threshold decides pass for graded scores, before negation flips it.
    if (outcome.error === undefined && spec.threshold !== undefined)
      outcome = { ...outcome, pass: outcome.score >= spec.threshold };
    if (found.negate) outcome = negateOutcome(outcome);
  }
  return { type: spec.type, weight, ...outcome, ...oneLine(outcome) };
}

/**
 * The context with the output a `transform` function returned (text as it is, anything else as JSON), or the
 * check's outcome when the transform cannot give one: a transform that throws on this output (say, JSON.parse of
 * an answer that is not JSON) fails the check, as the output did not have the shape it checks; one that was not
 * loaded is an error. Only that check is affected: the sample's other checks see the model's output.
 */
async function transformed(ref: string, ctx: ScoreContext): Promise<ScoreContext | { outcome: ScoreOutcome }> {
  const fn = ctx.functions?.get(ref);
  if (!fn) return { outcome: errorOutcome(`transform ${ref} was not loaded`) };
  const failed = (why: string) => ({ outcome: { score: 0, pass: false, reason: `transform ${ref} ${why}` } });
  let out: unknown;
  try {
    out = await fn(ctx.output, functionContext(ctx));
  } catch (e) {
    return failed(`threw: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  if (out === undefined) return failed('returned undefined');
  return { ...ctx, output: typeof out === 'string' ? out : (JSON.stringify(out) ?? String(out)) };
}

/** Reasons and errors land in one-line table cells and PR comments, whatever a scorer wrote. */
function oneLine(o: ScoreOutcome): Pick<ScoreOutcome, 'reason' | 'error'> {
  const flat = (s: string) => s.replace(/\r?\n/g, '\\n');
  return o.error === undefined ? { reason: flat(o.reason) } : { reason: flat(o.reason), error: flat(o.error) };
}

/** A scorer bug (NaN, score out of range) must not turn into a plausible number. */
function checked(o: ScoreOutcome): ScoreOutcome {
  if (o.error !== undefined) return { ...o, score: 0, pass: false };
  if (!Number.isFinite(o.score)) return errorOutcome(`scorer returned score ${o.score}`);
  // Float noise (a cosine of 1.0000000002) is clamped; anything further out is a bug.
  if (o.score < -1e-9 || o.score > 1 + 1e-9) return errorOutcome(`scorer returned score ${o.score} outside [0,1]`);
  return { ...o, score: Math.min(1, Math.max(0, o.score)) };
}

/**
 * threshold undefined: the sample passes iff every counting assertion passes; otherwise iff the weighted
 * score reaches it. Weight-0 assertions are reported but neither count nor turn the sample into an error.
 */
export async function scoreSample(
  specs: AssertionSpec[],
  ctx: ScoreContext,
  reg: ReadonlyMap<string, Scorer>,
  threshold?: number,
): Promise<SampleScore> {
  const assertions = await Promise.all(specs.map((spec) => runOne(spec, ctx, reg)));
  const counting = assertions.filter((a) => a.weight > 0);
  const errors = counting.filter((a) => a.error !== undefined);
  const decided = counting.filter((a) => a.error === undefined);

  const totalWeight = decided.reduce((s, a) => s + a.weight, 0);
  const score =
    totalWeight > 0 ? decided.reduce((s, a) => s + a.weight * a.score, 0) / totalWeight : errors.length > 0 ? 0 : 1;
  const pass = errors.length === 0 && (threshold === undefined ? decided.every((a) => a.pass) : score >= threshold);

  let evalCostUsd: number | null = 0;
  const evalTokens: TokenUsage = { input: 0, output: 0 };
  for (const a of assertions) {
    if (a.evalCostUsd === null) evalCostUsd = null;
    else if (a.evalCostUsd !== undefined && evalCostUsd !== null) evalCostUsd += a.evalCostUsd;
    if (a.evalTokens) {
      evalTokens.input += a.evalTokens.input;
      evalTokens.output += a.evalTokens.output;
    }
  }

  const result: SampleScore = { score, pass, assertions, evalCostUsd, evalTokens };
  if (errors.length > 0) result.error = errors.map((a) => `${a.type}: ${a.error}`).join('; ');
  return result;
}
