// `type: echo`: the answer is the rendered prompt itself, as promptfoo's `echo` provider returns it — a text
// prompt's text (one user message), or the chat's messages as JSON. No request is made: no tokens, no cost.
import type { ModelClient } from '../ports/model-client.js';
import type { ChatMessage, CompletionResponse } from './types.js';

export function echoResponse(messages: readonly ChatMessage[]): CompletionResponse {
  const only = messages.length === 1 ? messages[0] : undefined;
  const output =
    only && only.role === 'user' && typeof only.content === 'string' ? only.content : JSON.stringify(messages);
  return { output, usage: { input: 0, output: 0 }, reportedCostUsd: 0, finishReason: 'stop' };
}

/** The client every provider's requests go through: `echo` providers answer here, the rest reach `inner`. */
export function withEcho(inner: ModelClient): ModelClient {
  const client: ModelClient = {
    complete: (req) =>
      req.provider.type === 'echo' ? Promise.resolve(echoResponse(req.messages)) : inner.complete(req),
  };
  if (inner.embed) client.embed = inner.embed.bind(inner);
  return client;
}
