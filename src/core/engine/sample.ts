// One sample of one case: send (or not), score, redact what is stored, trace. Always returns a
// SampleResult; a failed request becomes status 'error' with its kind, never a score of 0.
import type { LimitFunction } from 'p-limit';
import type { ResolvedCase, ResolvedSuite } from '../config/resolved.js';
import type { TraceRecord } from '../ports/stores.js';
import type { SampleResult } from '../results/types.js';
import type { ToolCall } from '../model/types.js';
import { scoreSample } from '../scorers/apply.js';
import type { ScoreContext } from '../scorers/types.js';
import { completionCacheKey } from './cache-key.js';
import { redactValue } from './redact-value.js';
import type { RunContext } from './context.js';
import { createJudgeService } from './judge-service.js';
import { isJudged } from '../scorers/model-graded/judge-identity.js';
import type { PreparedCase } from './prepare.js';
import { cachedCompletion, lazyKey } from './request.js';

export interface SampleScope {
  label: string;
  /** The suite's concurrency limit (shared by its labels). */
  slot: LimitFunction;
  suite: ResolvedSuite;
  testCase: ResolvedCase;
  index: number;
  /** Judge the sample's LLM-judged assertions a second time, live (self-consistency, consistency.ts). */
  rejudge?: boolean;
}

export interface SampleOutcome {
  sample: SampleResult;
  /** Values redacted from what the result stores (output, reasons, error). */
  redactions: number;
}

type TraceBody = Omit<TraceRecord, 'ts' | 'runId' | 'actor' | 'commit'>;

const NO_TOKENS = { input: 0, output: 0 };

function unsent(index: number, status: SampleResult['status'], kind: string, message: string): SampleResult {
  return {
    index,
    status,
    error: { kind, message },
    assertions: [],
    tokens: { ...NO_TOKENS },
    costUsd: null,
    cached: false,
    attempts: 0,
  };
}

/** Tool-call arguments are model output too: every string in them is redacted like the text. */
function redactToolCalls(run: RunContext, calls: ToolCall[]): { calls: ToolCall[]; count: number } {
  if (!run.scrubOn) return { calls, count: 0 };
  let count = 0;
  const shown = calls.map((c) => {
    const r = redactValue(c.arguments, (text) => run.redact(text));
    count += r.count;
    return { ...c, arguments: r.value };
  });
  return { calls: shown, count };
}

/** Who a sample's judge calls are for (trace, telemetry, the cache key's scope) and the suite's default judge. */
function judgeScope(scope: SampleScope) {
  const { suite, testCase: c, index } = scope;
  return {
    label: scope.label,
    suite: suite.name,
    caseId: c.id,
    sample: index,
    promptVersion: suite.promptVersion,
    ...(suite.judge ? { defaultJudge: suite.judge } : {}),
  };
}

/**
 * The self-consistency check: the LLM-judged assertions judged again by a judge whose calls bypass the
 * response cache (a real second call, never the cached first verdict), their cost added to the sample's
 * evaluation cost. Only the second verdicts are kept; the sample's own score is the first judgement's.
 */
async function rejudge(run: RunContext, scope: SampleScope, ctx: ScoreContext, sample: SampleResult): Promise<void> {
  const c = scope.testCase;
  const judged = c.assertions.filter((a) => isJudged(a, run.deps.scorers));
  if (judged.length === 0) return;
  const fresh = createJudgeService(run, { ...judgeScope(scope), fresh: true });
  const { judge: _first, ...rest } = ctx;
  let again: Awaited<ReturnType<typeof scoreSample>>;
  try {
    again = await scoreSample(judged, { ...rest, judge: fresh }, run.deps.scorers);
  } catch {
    // The check must never cost the sample its first, valid judgement.
    return;
  }
  sample.rejudged = again.assertions.map((a) => ({
    type: a.type,
    score: a.score,
    pass: a.pass,
    ...(a.error !== undefined ? { error: run.redact(a.error).text } : {}),
  }));
  const cost = sample.evalCostUsd ?? 0;
  sample.evalCostUsd = cost === null || again.evalCostUsd === null ? null : cost + again.evalCostUsd;
  const tokens = sample.evalTokens ?? { input: 0, output: 0 };
  sample.evalTokens = {
    input: tokens.input + again.evalTokens.input,
    output: tokens.output + again.evalTokens.output,
  };
}

export async function runSample(run: RunContext, scope: SampleScope, prep: PreparedCase): Promise<SampleOutcome> {
  const { suite, testCase: c, index } = scope;
  const provider = suite.provider;
  const base: TraceBody = {
    label: scope.label,
    kind: 'completion',
    suite: suite.name,
    caseId: c.id,
    sample: index,
    promptVersion: suite.promptVersion,
    provider: provider.id,
    modelRequested: provider.model,
    messages: prep.kind === 'render-error' ? [] : prep.traceMessages,
    cacheHit: false,
    attempts: 0,
    status: 'ok',
  };
  const traceRedactions = prep.kind === 'render-error' ? 0 : prep.traceRedactions;
  const finish = async (
    sample: SampleResult,
    redactions: number,
    extra: Partial<TraceBody> = {},
  ): Promise<SampleOutcome> => {
    const t: TraceBody = {
      ...base,
      status: sample.status,
      cacheHit: sample.cached,
      attempts: sample.attempts,
      ...extra,
    };
    if (sample.error) t.error = sample.error;
    if (run.redactOn) t.redactions = traceRedactions + (extra.redactions ?? 0);
    await run.trace(t);
    return { sample, redactions };
  };

  if (prep.kind === 'render-error') return finish(unsent(index, 'error', 'render', prep.message), 0);
  if (prep.kind === 'blocked') return finish(unsent(index, 'blocked', 'blocked', prep.message), 0);
  if (prep.kind === 'budget') return finish(unsent(index, 'budget', 'budget', prep.message), 0);

  const key = lazyKey(() => completionCacheKey(provider, prep.messages, index));
  const out = await cachedCompletion(run, provider, prep.messages, key, {
    respectCap: true,
    slot: scope.slot,
    describe: { model: provider.model, messages: prep.messages, sample: index },
  });
  if (out.status === 'skipped') {
    const why = run.spend.capReached
      ? ['cost-cap', `run cost cap of $${run.options.maxCostUsd} reached; not sent`]
      : ['aborted', 'run stopped; not sent'];
    return finish(unsent(index, 'skipped', why[0]!, why[1]!), 0);
  }
  if (out.status === 'error') {
    const s = unsent(index, 'error', out.error.kind, run.redact(out.error.message).text);
    s.attempts = out.attempts;
    return finish(s, 0);
  }

  const r = out.value;
  const tokens = r.usage ?? { ...NO_TOKENS };
  const costUsd = out.costUsd;

  const ctx: ScoreContext = {
    output: r.output,
    ...(r.toolCalls ? { toolCalls: r.toolCalls } : {}),
    ...(provider.tools ? { tools: provider.tools } : {}),
    vars: c.vars,
    messages: prep.messages,
    latencyMs: out.latencyMs,
    costUsd,
    tokens,
    suite: suite.name,
    caseId: c.id,
  };
  // Built on first use: most samples have no model-graded assertion and never need a judge.
  let judge: ScoreContext['judge'];
  Object.defineProperty(ctx, 'judge', {
    enumerable: true,
    get: () => (judge ??= createJudgeService(run, judgeScope(scope))),
  });
  if (c.expected !== undefined) ctx.expected = c.expected;
  if (run.deps.functions) ctx.functions = run.deps.functions;
  if (run.options.signal) ctx.signal = run.options.signal;

  // Scoring sees the real output; only what is stored and traced is redacted.
  const shownOutput = run.redact(r.output);
  let redactions = shownOutput.count;
  const sample: SampleResult = {
    index,
    status: 'ok',
    output: shownOutput.text,
    assertions: [],
    tokens,
    // 0.1 ms is finer than anything a network request can tell apart; the rest is noise in every file.
    latencyMs: Math.round(out.latencyMs * 10) / 10,
    costUsd,
    cached: out.cached,
    attempts: out.attempts,
  };
  if (r.batched && !out.cached) sample.batched = true;
  if (r.servedModel !== undefined) sample.servedModel = r.servedModel;
  if (r.systemFingerprint !== undefined) sample.systemFingerprint = r.systemFingerprint;
  let shownCalls: ToolCall[] | undefined;
  let callRedactions = 0;
  if (r.toolCalls) {
    const rc = redactToolCalls(run, r.toolCalls);
    shownCalls = rc.calls;
    callRedactions = rc.count;
    redactions += rc.count;
    sample.toolCalls = shownCalls;
  }

  try {
    const scored = await scoreSample(c.assertions, ctx, run.deps.scorers, c.threshold);
    sample.assertions = scored.assertions;
    // Only samples with model-graded assertions carry evaluation cost (absent means none, as documented).
    if (scored.evalCostUsd !== 0 || scored.evalTokens.input !== 0 || scored.evalTokens.output !== 0) {
      sample.evalCostUsd = scored.evalCostUsd;
      sample.evalTokens = scored.evalTokens;
    }
    if (scored.error !== undefined) {
      sample.status = 'error';
      sample.error = { kind: 'assertion', message: scored.error };
    } else {
      sample.score = scored.score;
      sample.pass = scored.pass;
    }
    if (scope.rejudge) await rejudge(run, scope, ctx, sample);
  } catch (e) {
    sample.status = 'error';
    sample.error = { kind: 'scorer', message: e instanceof Error ? e.message : String(e) };
  }
  if (run.scrubOn) {
    // Reasons and scorer errors quote outputs and endpoint messages, so both are redacted like outputs.
    sample.assertions = sample.assertions.map((a) => {
      const rr = run.redact(a.reason);
      redactions += rr.count;
      let out = rr.text !== a.reason ? { ...a, reason: rr.text } : a;
      if (a.error !== undefined) {
        const re = run.redact(a.error);
        redactions += re.count;
        if (re.text !== a.error) out = { ...out, error: re.text };
      }
      return out;
    });
    if (sample.error) {
      const re = run.redact(sample.error.message);
      redactions += re.count;
      sample.error = { ...sample.error, message: re.text };
    }
  }

  const extra: Partial<TraceBody> = {
    output: shownOutput.text,
    tokens,
    costUsd,
    latencyMs: out.latencyMs,
    redactions: shownOutput.count + callRedactions,
  };
  if (shownCalls) extra.toolCalls = shownCalls;
  if (r.servedModel !== undefined) extra.modelServed = r.servedModel;
  if (r.systemFingerprint !== undefined) extra.systemFingerprint = r.systemFingerprint;
  if (r.finishReason !== undefined) extra.finishReason = r.finishReason;
  extra.evaluations = sample.assertions.map((a) => ({
    type: a.type,
    score: a.score,
    pass: a.pass,
    reason: a.reason,
    ...(a.error !== undefined ? { error: a.error } : {}),
  }));
  // The trace records the request; a scoring error is in the results, the request itself succeeded.
  const t: TraceBody = { ...base, ...extra, status: 'ok', cacheHit: out.cached, attempts: out.attempts };
  if (run.redactOn) t.redactions = traceRedactions + shownOutput.count + callRedactions;
  else delete t.redactions;
  await run.trace(t);
  return { sample, redactions };
}
