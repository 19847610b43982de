// promptfoo provider ids → evalgate providers (type openai, any OpenAI-compatible endpoint). OpenAI,
// Ollama and OpenRouter ids have an OpenAI-compatible endpoint; other vendors' native APIs do not and are
// reported. A literal apiKey is never copied into evalgate.yml: it becomes an environment reference.
import { isObj, slug, type Obj } from './types.js';

export interface ConvertedProvider {
  /** Preferred name: the label, else the model. */
  name: string;
  settings: Obj;
  notes: string[];
  /** Config keys that have no evalgate equivalent. */
  dropped: string[];
}

const ENDPOINTS: Record<string, { baseUrl: string; apiKey: string }> = {
  ollama: { baseUrl: 'http://localhost:11434/v1', apiKey: 'ollama' },
  openrouter: { baseUrl: 'https://openrouter.ai/api/v1', apiKey: '${OPENROUTER_API_KEY}' },
};

/** Request fields evalgate sends as they are (`extraBody`). */
const PASS_THROUGH = new Set(['response_format', 'stop', 'frequency_penalty', 'presence_penalty', 'logit_bias', 'tools', 'tool_choice', 'reasoning_effort', 'n']);
const IGNORED = new Set(['cost', 'inputCost', 'outputCost', 'organization', 'headers']);

/** A provider entry (string id, `{id, label, config}`, or `{ "<id>": {config} }`) → settings, or a reason. */
export function convertProvider(entry: unknown): ConvertedProvider | { why: string; id: string } {
  let id: string | undefined;
  let label: string | undefined;
  let config: Obj = {};
  if (typeof entry === 'string') id = entry;
  else if (isObj(entry) && typeof entry['id'] === 'string') {
    id = entry['id'];
    if (typeof entry['label'] === 'string') label = entry['label'];
    if (isObj(entry['config'])) config = entry['config'];
  } else if (isObj(entry) && Object.keys(entry).length === 1) {
    const [k, v] = Object.entries(entry)[0]!;
    id = k;
    if (isObj(v)) {
      if (typeof v['label'] === 'string') label = v['label'];
      if (isObj(v['config'])) config = v['config'];
    }
  }
  if (id === undefined) return { why: 'not a provider id or {id, config} object', id: JSON.stringify(entry) };
  if (id.startsWith('file://') || /^(exec|python|http|https|webhook|echo|sequence|browser|websocket):/.test(id) || /\.(js|ts|py)$/.test(id)) {
    return { why: 'a custom provider (script, HTTP or file) runs your code; evalgate calls an OpenAI-compatible endpoint', id };
  }
  const parts = id.split(':');
  const vendor = parts[0] ?? '';
  if (vendor !== 'openai' && !(vendor in ENDPOINTS)) {
    return { why: `no OpenAI-compatible endpoint for "${vendor}": point an openai provider's baseUrl at a gateway (e.g. LiteLLM) that serves it`, id };
  }
  const notes: string[] = [];
  let model: string | undefined;
  const kind = parts.length > 2 ? parts[1] : 'chat';
  if (vendor === 'openai') {
    model = parts.length > 2 ? parts.slice(2).join(':') : parts[1];
    if (kind !== 'chat' && kind !== 'embedding' && kind !== 'embeddings') notes.push(`promptfoo's "${kind}" API is called as chat completions`);
  } else {
    model = parts.length > 2 && (kind === 'chat' || kind === 'completion') ? parts.slice(2).join(':') : parts.slice(1).join(':');
  }
  if (!model) return { why: 'no model in the provider id', id };

  const settings: Obj = { type: 'openai', model };
  const endpoint = ENDPOINTS[vendor];
  if (endpoint) Object.assign(settings, endpoint);
  const extraBody: Obj = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(config)) {
    if (k === 'temperature' && typeof v === 'number') settings['temperature'] = v;
    else if ((k === 'max_tokens' || k === 'max_completion_tokens') && typeof v === 'number') settings['maxTokens'] = v;
    else if (k === 'top_p' && typeof v === 'number') settings['topP'] = v;
    else if (k === 'seed' && typeof v === 'number') settings['seed'] = v;
    else if (k === 'timeout' && typeof v === 'number') settings['timeoutMs'] = v;
    else if (k === 'apiBaseUrl' && typeof v === 'string') settings['baseUrl'] = v;
    else if (k === 'apiHost' && typeof v === 'string') settings['baseUrl'] = `https://${v}/v1`;
    else if (k === 'apiKeyEnvar' && typeof v === 'string') settings['apiKey'] = `\${${v}}`;
    else if (k === 'apiKey') notes.push('the literal apiKey was not copied: evalgate reads OPENAI_API_KEY (or set apiKey: ${YOUR_VAR})');
    else if (PASS_THROUGH.has(k)) extraBody[k] = v;
    else if (!IGNORED.has(k)) dropped.push(k);
  }
  if (Object.keys(extraBody).length) settings['extraBody'] = extraBody;
  return { name: slug(label ?? model), settings, notes, dropped };
}
