// One trace record (a model, judge or embedding call) → one span following the OpenTelemetry GenAI semantic
// conventions: named `{operation} {model}`, with gen_ai.* request/response/usage attributes, evalgate's suite,
// case and prompt version, and each assertion result as a `gen_ai.evaluation.result` event. The record is
// the trace's own (already redacted by governance); message content goes on spans only when asked for.
import type { TraceRecord } from '../ports/stores.js';
import { attrs, SPAN_KIND, STATUS, type SpanData, type SpanEvent } from './span.js';

export interface SpanIds {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

export function genAiSpan(r: TraceRecord, ids: SpanIds, opts: { captureContent: boolean }): SpanData {
  const endNs = BigInt(Date.parse(r.ts)) * 1_000_000n;
  // A cache or recording hit made no call: a zero-length span says so.
  const durationNs = r.cacheHit ? 0n : BigInt(Math.max(0, Math.round((r.latencyMs ?? 0) * 1_000_000)));
  const operation = r.kind === 'embedding' ? 'embeddings' : 'chat';
  const span: SpanData = {
    ...ids,
    name: `${operation} ${r.modelRequested}`,
    kind: SPAN_KIND.client,
    startNs: endNs - durationNs,
    endNs,
    attributes: attrs(
      {
        'gen_ai.operation.name': operation,
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': r.modelRequested,
        'gen_ai.response.model': r.modelServed,
        'gen_ai.usage.input_tokens': r.tokens?.input,
        'gen_ai.usage.output_tokens': r.tokens?.output,
        'gen_ai.response.finish_reasons': r.finishReason !== undefined ? [r.finishReason] : undefined,
        'gen_ai.openai.response.system_fingerprint': r.systemFingerprint,
        'evalgate.call': r.kind,
        'evalgate.run_id': r.runId,
        'evalgate.label': r.label,
        'evalgate.suite': r.suite,
        'evalgate.case_id': r.caseId,
        'evalgate.sample': r.sample,
        'evalgate.prompt_version': r.promptVersion,
        'evalgate.provider': r.provider,
        'evalgate.cache_hit': r.cacheHit,
        'evalgate.attempts': r.attempts,
        'evalgate.status': r.status,
        'evalgate.cost_usd': r.costUsd ?? undefined,
        'evalgate.redactions': r.redactions,
        'evalgate.rejudge': r.rejudge,
        'error.type': r.error?.kind,
        ...(opts.captureContent
          ? {
              'gen_ai.input.messages': JSON.stringify(
                r.messages.map((m) => ({ role: m.role, parts: [{ type: 'text', content: m.content }] })),
              ),
              'gen_ai.output.messages':
                r.output !== undefined
                  ? JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: r.output }] }])
                  : undefined,
            }
          : {}),
      },
      ['evalgate.cost_usd'],
    ),
    events: (r.evaluations ?? []).map(
      (e): SpanEvent => ({
        name: 'gen_ai.evaluation.result',
        timeNs: endNs,
        attributes: attrs(
          {
            'gen_ai.evaluation.name': e.type,
            'gen_ai.evaluation.score.value': e.score,
            'gen_ai.evaluation.score.label': e.error !== undefined ? 'error' : e.pass ? 'pass' : 'fail',
            'gen_ai.evaluation.explanation': e.error ?? e.reason,
          },
          ['gen_ai.evaluation.score.value'],
        ),
      }),
    ),
    status:
      r.status === 'error'
        ? { code: STATUS.error, message: r.error ? `${r.error.kind}: ${r.error.message}` : 'error' }
        : { code: STATUS.unset },
  };
  return span;
}
