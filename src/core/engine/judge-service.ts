// The JudgeService handed to model-graded scorers. Judge and embedding calls go through the same cache,
// provider concurrency and retries as application calls, are traced with kind 'judge' / 'embedding',
// and their cost is returned to the scorer (reported as evaluation cost, apart from production cost).
// They do not check the cost cap: they finish grading answers already paid for; their live spend does
// count toward it, so the next application request sees it.
import { mapContent } from '../model/content.js';
import { ModelError, type ChatMessage, type ProviderSettings } from '../model/types.js';
import type { JudgeService } from '../scorers/types.js';
import type { TraceRecord } from '../ports/stores.js';
import { embeddingCacheKey, judgeCacheKey } from './cache-key.js';
import type { RunContext } from './context.js';
import { cachedCompletion, cachedEmbedding, lazyKey, type CallOutcome } from './request.js';

/** Where a judge call belongs, for its trace record. */
export interface JudgeScope {
  label: string;
  suite: string;
  caseId: string;
  sample: number;
  promptVersion: string;
  /** The suite's judge (defaults.judge or a suite override): used when a scorer names none. */
  defaultJudge?: ProviderSettings;
  /** Judge calls bypass the response cache (read and write): the self-consistency check's second call. */
  fresh?: boolean;
}

function failure(out: CallOutcome<unknown>): ModelError {
  if (out.status === 'error') return out.error;
  return new ModelError('aborted', 'run stopped before the judge call was sent');
}

export function createJudgeService(run: RunContext, scope: JudgeScope): JudgeService {
  const traceBase = (kind: TraceRecord['kind'], provider: ProviderSettings, messages: ChatMessage[]) => {
    let redactions = 0;
    const shown = run.scrubOn
      ? messages.map((m) => {
          const content = mapContent(m.content, (t) => {
            const r = run.redact(t);
            redactions += r.count;
            return r.text;
          });
          return { role: m.role, content };
        })
      : messages;
    return {
      record: {
        label: scope.label,
        kind,
        suite: scope.suite,
        caseId: scope.caseId,
        sample: scope.sample,
        promptVersion: scope.promptVersion,
        provider: provider.id,
        modelRequested: provider.model,
        messages: shown,
        ...(scope.fresh ? { rejudge: true as const } : {}),
      },
      redactions,
    };
  };

  const service: JudgeService = {
    provider(name?: string): ProviderSettings | undefined {
      if (name === undefined) return scope.defaultJudge;
      return run.deps.providers?.[name];
    },

    async complete(provider, messages, opts) {
      const key = lazyKey(() => judgeCacheKey(provider, messages));
      const callOpts = {
        respectCap: false,
        ...(scope.fresh ? { fresh: true } : {}),
        describe: { model: provider.model, messages, sample: scope.sample },
      };
      const out = await cachedCompletion(
        run,
        provider,
        messages,
        key,
        opts?.signal ? { ...callOpts, signal: opts.signal } : callOpts,
      );
      const { record, redactions } = traceBase('judge', provider, messages);
      if (out.status !== 'ok') {
        const err = failure(out);
        await run.trace({
          ...record,
          cacheHit: false,
          attempts: out.status === 'error' ? out.attempts : 0,
          status: out.status === 'error' ? 'error' : 'skipped',
          error: { kind: err.kind, message: run.redact(err.message).text },
        });
        throw err;
      }
      const r = out.value;
      const costUsd = out.costUsd;
      const shownOutput = run.redact(r.output);
      const t: Omit<TraceRecord, 'ts' | 'runId' | 'actor' | 'commit'> = {
        ...record,
        output: shownOutput.text,
        costUsd,
        latencyMs: out.latencyMs,
        cacheHit: out.cached,
        attempts: out.attempts,
        status: 'ok',
      };
      if (r.servedModel !== undefined) t.modelServed = r.servedModel;
      if (r.systemFingerprint !== undefined) t.systemFingerprint = r.systemFingerprint;
      if (r.finishReason !== undefined) t.finishReason = r.finishReason;
      if (r.usage) t.tokens = r.usage;
      if (run.redactOn) t.redactions = redactions + shownOutput.count;
      await run.trace(t);
      return { response: r, costUsd };
    },
  };

  if (run.deps.model.embed) {
    service.embed = async (provider, input, opts) => {
      const key = lazyKey(() => embeddingCacheKey(provider, input));
      const messages: ChatMessage[] = input.map((content) => ({ role: 'user', content }));
      const callOpts = { respectCap: false, describe: { model: provider.model, messages, sample: scope.sample } };
      const out = await cachedEmbedding(
        run,
        provider,
        input,
        key,
        opts?.signal ? { ...callOpts, signal: opts.signal } : callOpts,
      );
      const { record, redactions } = traceBase('embedding', provider, messages);
      if (out.status !== 'ok') {
        const err = failure(out);
        await run.trace({
          ...record,
          cacheHit: false,
          attempts: out.status === 'error' ? out.attempts : 0,
          status: out.status === 'error' ? 'error' : 'skipped',
          error: { kind: err.kind, message: run.redact(err.message).text },
        });
        throw err;
      }
      const costUsd = out.costUsd;
      const t: Omit<TraceRecord, 'ts' | 'runId' | 'actor' | 'commit'> = {
        ...record,
        costUsd,
        latencyMs: out.latencyMs,
        cacheHit: out.cached,
        attempts: out.attempts,
        status: 'ok',
      };
      if (out.value.usage) t.tokens = out.value.usage;
      if (run.redactOn) t.redactions = redactions;
      await run.trace(t);
      return { response: out.value, costUsd };
    };
  }
  return service;
}
