// The chat-completions request body for a provider's settings, and the parts of the answer evalgate
// reads (text, tool calls, usage incl. cached and reasoning tokens, a gateway's reported cost).
import { isOpenAIReasoningModel } from '../../core/model/families.js';
import {
  ModelError,
  type ChatMessage,
  type CompletionResponse,
  type MaxTokensParam,
  type ProviderSettings,
  type TokenUsage,
  type ToolCall,
} from '../../core/model/types.js';
import { MAX_DEPTH, tooDeepAt } from '../../core/util/depth.js';

/** `maxTokensParam`, else by family: reasoning models (o-series, gpt-5…) accept only max_completion_tokens. */
export function maxTokensParamOf(p: ProviderSettings): MaxTokensParam {
  return p.maxTokensParam ?? (isOpenAIReasoningModel(p.model) ? 'max_completion_tokens' : 'max_tokens');
}

export function chatBody(p: ProviderSettings, messages: readonly ChatMessage[]): Record<string, unknown> {
  return {
    ...p.extraBody,
    model: p.model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
    ...(p.maxTokens !== undefined ? { [maxTokensParamOf(p)]: p.maxTokens } : {}),
    ...(p.reasoningEffort !== undefined ? { reasoning_effort: p.reasoningEffort } : {}),
    ...(p.topP !== undefined ? { top_p: p.topP } : {}),
    ...(p.seed !== undefined ? { seed: p.seed } : {}),
    ...(p.responseFormat !== undefined ? { response_format: p.responseFormat } : {}),
    ...(p.tools !== undefined ? { tools: p.tools } : {}),
    ...(p.toolChoice !== undefined ? { tool_choice: p.toolChoice } : {}),
    stream: false as const,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function count(v: unknown, key: string): number | undefined {
  if (!isRecord(v)) return undefined;
  const n = v[key];
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function parseUsage(v: unknown, outputField: string): TokenUsage | undefined {
  if (!isRecord(v)) return undefined;
  const input = v['prompt_tokens'];
  const output = v[outputField] ?? 0;
  if (typeof input !== 'number' || typeof output !== 'number') return undefined;
  const usage: TokenUsage = { input, output };
  const cached = count(v['prompt_tokens_details'], 'cached_tokens');
  if (cached !== undefined && cached > 0) usage.cachedInput = Math.min(cached, input);
  const reasoning = count(v['completion_tokens_details'], 'reasoning_tokens');
  if (reasoning !== undefined && reasoning > 0) usage.reasoning = Math.min(reasoning, output);
  return usage;
}

/**
 * Arguments nested past MAX_DEPTH would overflow the stack of every later walk over them (redaction,
 * the cache, results, the trace) and lose the whole run: such an answer is malformed, and only its
 * sample errors.
 */
function tooDeep(name: string, args: unknown): void {
  if (tooDeepAt(args) !== undefined)
    throw new ModelError('malformed', `tool call ${name}: arguments nest deeper than ${MAX_DEPTH} levels`);
}

function parseToolCalls(v: unknown): ToolCall[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const calls: ToolCall[] = [];
  for (const item of v) {
    const fn = isRecord(item) ? item['function'] : undefined;
    if (!isRecord(fn) || typeof fn['name'] !== 'string')
      throw new ModelError('malformed', 'response tool call has no function name');
    const raw = fn['arguments'];
    if (typeof raw !== 'string') tooDeep(fn['name'], raw);
    const text = typeof raw === 'string' ? raw : raw === undefined ? '' : JSON.stringify(raw);
    let args: unknown;
    try {
      args = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      // The model wrote arguments that are not JSON: kept as text so is-valid-tool-call can say so.
      calls.push({ name: fn['name'], arguments: text, argumentsValid: false });
      continue;
    }
    tooDeep(fn['name'], args);
    calls.push({ name: fn['name'], arguments: args, argumentsValid: true });
  }
  return calls;
}

/** Validates the shape we rely on: a 200 with a text body or without choices is an endpoint fault, not an answer. */
export function parseCompletion(raw: unknown): CompletionResponse {
  if (!isRecord(raw)) throw new ModelError('malformed', `response is not a JSON object (got ${typeof raw})`);
  const choices = raw['choices'];
  if (!Array.isArray(choices) || choices.length === 0) throw new ModelError('malformed', 'response has no choices');
  const first: unknown = choices[0];
  const message = isRecord(first) ? first['message'] : undefined;
  if (!isRecord(message)) throw new ModelError('malformed', 'response choice has no message');
  const content = message['content'];
  const refusal = message['refusal'];
  let output: string;
  if (typeof content === 'string') output = content;
  else if (content === null || content === undefined) output = typeof refusal === 'string' ? refusal : '';
  else throw new ModelError('malformed', 'response message content is not text');
  const res: CompletionResponse = { output };
  const toolCalls = parseToolCalls(message['tool_calls']);
  if (toolCalls) res.toolCalls = toolCalls;
  if (typeof raw['model'] === 'string') res.servedModel = raw['model'];
  if (typeof raw['system_fingerprint'] === 'string') res.systemFingerprint = raw['system_fingerprint'];
  const usage = parseUsage(raw['usage'], 'completion_tokens');
  if (usage) res.usage = usage;
  const cost = count(raw['usage'], 'cost');
  if (cost !== undefined) res.reportedCostUsd = cost;
  if (isRecord(first) && typeof first['finish_reason'] === 'string') res.finishReason = first['finish_reason'];
  return res;
}
