// What evalgate knows about model families, by name. OpenAI's reasoning models (o1, o3, o4-mini, the
// gpt-5 family) reject `max_tokens` ("Use 'max_completion_tokens' instead") and any `temperature` or
// `top_p` other than the default 1, with a 400 on every request.

/** The name without a router prefix (`openai/o3` → `o3`), lower-cased. */
function bareName(model: string): string {
  const name = model.trim().toLowerCase();
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * o1, o3-mini, o4-mini-2025-04-16, gpt-5, gpt-5-mini, gpt-5.1…; not gpt-5-chat-latest, the non-reasoning
 * chat model of that family, which takes the classic parameters.
 */
export function isOpenAIReasoningModel(model: string): boolean {
  const name = bareName(model);
  if (/^o\d+(?:$|[-.])/.test(name)) return true;
  return /^gpt-5(?:$|[-.])/.test(name) && !/^gpt-5(?:\.\d+)?-chat/.test(name);
}
