// promptfoo provider ids → evalgate providers. OpenAI, Azure OpenAI and every vendor with an OpenAI-compatible
// chat-completions endpoint (the ones docs/providers.md lists) convert; custom code, HTTP templates and agent
// SDKs are reported with the reason that fits them. A literal apiKey is never copied into evalgate.yml: it
// becomes an environment reference.
import { parse as parseYaml } from 'yaml';
import { isOpenAIReasoningModel } from '../../model/families.js';
import { fileRef, isObj, slug, type Obj } from './types.js';

export interface ConvertedProvider {
  /** Preferred name: the label, else the model. */
  name: string;
  settings: Obj;
  /** Fields evalgate sets on a suite, not a provider (tools, toolChoice): copied to this provider's suites. */
  suiteFields: Obj;
  /** promptfoo's `prompts:` filter on the provider: the prompt labels or ids it runs (undefined: all). */
  prompts?: string[];
  notes: string[];
  /** Config keys that have no evalgate equivalent, with why. */
  dropped: { key: string; why: string }[];
}

export interface ProviderIO {
  /** A file the provider config references (`tools: file://tools.yaml`), relative to the promptfoo config. */
  read(path: string): string | undefined;
  /** Its path as the written evalgate.yml must reference it. */
  refPath(path: string): string;
}

/** Vendors whose OpenAI-compatible endpoint docs/providers.md documents: base URL and key variable. */
const ENDPOINTS: Record<string, { baseUrl: string; apiKey: string }> = {
  ollama: { baseUrl: 'http://localhost:11434/v1', apiKey: 'ollama' },
  openrouter: { baseUrl: 'https://openrouter.ai/api/v1', apiKey: '${OPENROUTER_API_KEY}' },
  anthropic: { baseUrl: 'https://api.anthropic.com/v1', apiKey: '${ANTHROPIC_API_KEY}' },
  google: { baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai', apiKey: '${GEMINI_API_KEY}' },
  mistral: { baseUrl: 'https://api.mistral.ai/v1', apiKey: '${MISTRAL_API_KEY}' },
  groq: { baseUrl: 'https://api.groq.com/openai/v1', apiKey: '${GROQ_API_KEY}' },
  deepseek: { baseUrl: 'https://api.deepseek.com/v1', apiKey: '${DEEPSEEK_API_KEY}' },
  togetherai: { baseUrl: 'https://api.together.xyz/v1', apiKey: '${TOGETHER_API_KEY}' },
  perplexity: { baseUrl: 'https://api.perplexity.ai', apiKey: '${PERPLEXITY_API_KEY}' },
  xai: { baseUrl: 'https://api.x.ai/v1', apiKey: '${XAI_API_KEY}' },
  fireworks: { baseUrl: 'https://api.fireworks.ai/inference/v1', apiKey: '${FIREWORKS_API_KEY}' },
  cerebras: { baseUrl: 'https://api.cerebras.ai/v1', apiKey: '${CEREBRAS_API_KEY}' },
  deepinfra: { baseUrl: 'https://api.deepinfra.com/v1/openai', apiKey: '${DEEPINFRA_API_KEY}' },
  cohere: { baseUrl: 'https://api.cohere.ai/compatibility/v1', apiKey: '${COHERE_API_KEY}' },
  lambdalabs: { baseUrl: 'https://api.lambda.ai/v1', apiKey: '${LAMBDA_API_KEY}' },
  hyperbolic: { baseUrl: 'https://api.hyperbolic.xyz/v1', apiKey: '${HYPERBOLIC_API_KEY}' },
  nscale: { baseUrl: 'https://inference.api.nscale.com/v1', apiKey: '${NSCALE_SERVICE_TOKEN}' },
  aimlapi: { baseUrl: 'https://api.aimlapi.com/v1', apiKey: '${AIML_API_KEY}' },
  cometapi: { baseUrl: 'https://api.cometapi.com/v1', apiKey: '${COMETAPI_KEY}' },
  // A LiteLLM proxy: where promptfoo looks for it (LITELLM_BASE_URL, else its default address).
  litellm: { baseUrl: '${LITELLM_BASE_URL:-http://0.0.0.0:4000}', apiKey: '${LITELLM_API_KEY}' },
};
/** promptfoo's other names for the same vendors. */
const ALIASES: Record<string, string> = {
  gemini: 'google',
  together: 'togetherai',
  azureopenai: 'azure',
  'perplexity-ai': 'perplexity',
  'x-ai': 'xai',
  'perplexity.ai': 'perplexity',
};
/** Words of a vendor id that name a media API (`hyperbolic:image:SDXL1.0-base`, `openai:audio:…`): refused. */
const NOT_CHAT_KINDS = /^(image|images|audio|tts|speech|transcription|video|realtime)$/;
/** Words of a vendor id that name an API flavour, not the model (`anthropic:messages:claude…`). */
const API_KINDS = new Set(['chat', 'completion', 'messages', 'responses']);

/** Providers that are not a model endpoint at all: the reason in one line, per kind. */
const NOT_A_MODEL: [RegExp, string][] = [
  [
    /^(http|https)(:|$)/,
    'an HTTP provider calls your own API through a request template; if that API speaks OpenAI chat completions, use `type: openai` with its `baseUrl`, else put an OpenAI-compatible gateway in front of it',
  ],
  [
    /^(ws|wss|websocket)(:|$)/,
    'a WebSocket provider calls your own service; evalgate calls an OpenAI-compatible HTTP endpoint',
  ],
  [/^webhook(:|$)/, 'a webhook provider calls your own endpoint; evalgate calls an OpenAI-compatible endpoint'],
  [
    /^(exec|python|golang|ruby|package)(:|$)|^file:\/\/|\.(m?js|cjs|ts|py|go|rb|sh)(:[\w$]+)?$/,
    'a custom provider runs your own code; evalgate calls an OpenAI-compatible endpoint (serve your code behind one, or record its outputs)',
  ],
  [
    /^llama(:|$)/,
    "llama.cpp's native /completion API sends the prompt as raw text, without the model's chat template; if chat is what you mean, point an openai provider at its server's OpenAI-compatible endpoint (http://localhost:8080/v1)",
  ],
  [
    /^(sequence|browser|mcp|simulated-user|promptfoo:|agentic:)/,
    'a promptfoo orchestration provider (sequence, browser, MCP, simulated user, agent) has no evalgate equivalent',
  ],
  [
    /^openai:(codex-sdk|agents|assistant|realtime|chatkit)(:|$)/,
    'an OpenAI agent/assistant/realtime SDK run is not a chat-completions request; evaluate the model it uses instead',
  ],
];

/** Tool types only the Responses API (or an agent) runs; chat completions accepts function tools only. */
const RESPONSES_ONLY_TOOL =
  /^(web_search|web_search_preview|file_search|code_interpreter|computer_use|computer_use_preview|mcp|image_generation|local_shell|custom)$/;

/** The output-token cap under each API's name (chat, Responses API, Gemini). */
const MAX_TOKEN_KEYS = new Set([
  'max_tokens',
  'max_completion_tokens',
  'max_output_tokens',
  'maxOutputTokens',
  // Adaline's name for it.
  'maxTokens',
]);

const IGNORED = new Set(['cost', 'inputCost', 'outputCost', 'organization', 'showThinking']);

/** A provider entry (string id, `{id, label, config}`, or `{ "<id>": {config} }`) → settings, or a reason. */
export function convertProvider(entry: unknown, io?: ProviderIO): ConvertedProvider | { why: string; id: string } {
  let id: string | undefined;
  let label: string | undefined;
  let config: Obj = {};
  let prompts: unknown;
  const extraKeys: string[] = [];
  const take = (o: Obj) => {
    if (typeof o['label'] === 'string') label = o['label'];
    if (isObj(o['config'])) config = o['config'];
    prompts = o['prompts'];
    extraKeys.push(...Object.keys(o).filter((k) => !['id', 'label', 'config', 'prompts'].includes(k)));
  };
  if (typeof entry === 'string') id = entry;
  else if (isObj(entry) && typeof entry['id'] === 'string') {
    id = entry['id'];
    take(entry);
  } else if (isObj(entry) && Object.keys(entry).length === 1) {
    const [k, v] = Object.entries(entry)[0]!;
    id = k;
    if (isObj(v)) take(v);
  }
  if (id === undefined) return { why: 'not a provider id or {id, config} object', id: JSON.stringify(entry) };
  // promptfoo's echo answers with the rendered prompt: evalgate's `type: echo` does the same.
  if (id === 'echo') {
    const out: ConvertedProvider = {
      name: slug(label ?? 'echo'),
      settings: { type: 'echo', model: 'echo' },
      suiteFields: {},
      notes: [],
      dropped: [...extraKeys, ...Object.keys(config).map((k) => `config.${k}`)].map((key) => ({
        key,
        why: 'the echo provider takes no settings',
      })),
    };
    if (Array.isArray(prompts) && prompts.every((p) => typeof p === 'string')) out.prompts = prompts as string[];
    return out;
  }
  const chat = openAIOverHttp(id, config, io);
  if (chat) {
    const c = convertProvider({ ...(label ? { label } : {}), id: `openai:${chat.model}`, config: chat.config }, io);
    if (!('why' in c)) {
      // promptfoo's HTTP provider sends no key (the headers were checked to hold none): an empty apiKey keeps
      // evalgate from sending OPENAI_API_KEY to that host in its place.
      c.settings['apiKey'] = '';
      c.notes.push(
        `${id}: an HTTP provider that posts OpenAI chat completions and reads choices[0].message.content is that endpoint: converted to an openai provider, sent no API key as promptfoo sends none`,
      );
    }
    return c;
  }
  for (const [re, why] of NOT_A_MODEL) if (re.test(id)) return { why, id };

  // The Adaline gateway (`adaline:<vendor>:<chat|embedding>:<model>`) is a library that calls the vendor itself.
  const parts = (/^adaline:/.test(id) ? id.slice('adaline:'.length) : id).split(':');
  const vendor = ALIASES[parts[0] ?? ''] ?? parts[0] ?? '';
  if (vendor === 'bedrock' || vendor === 'sagemaker') {
    return {
      why: `${vendor === 'bedrock' ? 'Amazon Bedrock' : 'Amazon SageMaker'} signs requests with AWS credentials (SigV4) and has no OpenAI-compatible endpoint for this model; point an openai provider's baseUrl at a gateway (e.g. LiteLLM, Bedrock Access Gateway) that serves it`,
      id,
    };
  }
  if (vendor === 'vertex') {
    const vertex = vertexModel(parts.slice(1));
    if ('why' in vertex) return { why: vertex.why, id };
  }
  if (vendor !== 'openai' && vendor !== 'azure' && vendor !== 'vertex' && !(vendor in ENDPOINTS)) {
    return {
      why: `no OpenAI-compatible endpoint known for "${vendor}": point an openai provider's baseUrl at the vendor's OpenAI-compatible URL or a gateway (e.g. LiteLLM)`,
      id,
    };
  }
  const notes: string[] = [];
  const rest = parts.slice(1);
  // An image, audio or video generation API is not a chat model: as "image:SDXL" it would be asked chat completions.
  if (rest.length > 1 && NOT_CHAT_KINDS.test(rest[0]!))
    return {
      why: `promptfoo's ${rest[0]} API generates media, not chat answers; evalgate evaluates chat completions`,
      id,
    };
  const kind =
    rest.length > 1 && (API_KINDS.has(rest[0]!) || rest[0] === 'embedding' || rest[0] === 'embeddings')
      ? rest.shift()
      : 'chat';
  const model = rest.join(':');
  if (!model) return { why: 'no model in the provider id', id };
  if (kind === 'responses') notes.push(`promptfoo's "responses" API is called as chat completions`);
  else if (kind === 'completion') notes.push(`promptfoo's legacy "completion" API is called as chat completions`);

  const settings: Obj = vendor === 'azure' ? { type: 'azure', model, deployment: model } : { type: 'openai', model };
  const endpoint = ENDPOINTS[vendor];
  if (endpoint) Object.assign(settings, endpoint);
  if (vendor === 'vertex') {
    const v = vertexModel(parts.slice(1));
    if ('model' in v) settings['model'] = v.model;
    // promptfoo's own settings and variables for the project and region (us-central1 unless set).
    const region = typeof config['region'] === 'string' ? config['region'] : '${VERTEX_REGION:-us-central1}';
    const project = typeof config['projectId'] === 'string' ? config['projectId'] : '${VERTEX_PROJECT_ID}';
    const host = region === 'global' ? 'aiplatform.googleapis.com' : `${region}-aiplatform.googleapis.com`;
    settings['baseUrl'] = `https://${host}/v1/projects/${project}/locations/${region}/endpoints/openapi`;
    settings['apiKey'] = '${VERTEX_ACCESS_TOKEN}';
    notes.push(
      "Vertex AI: called through its OpenAI-compatible endpoint, authenticated with an OAuth access token in VERTEX_ACCESS_TOKEN (e.g. `gcloud auth print-access-token`, valid one hour) instead of promptfoo's application-default credentials",
    );
  }
  if (vendor === 'azure')
    notes.push('Azure: the endpoint comes from apiHost, else AZURE_OPENAI_ENDPOINT; the key from AZURE_OPENAI_API_KEY');
  const reasoning = isOpenAIReasoningModel(model);
  const suiteFields: Obj = {};
  const dropped: { key: string; why: string }[] = extraKeys.map((k) => ({
    key: k,
    why:
      k === 'transform'
        ? "a provider's output transform runs JavaScript on every answer; put it on the checks as `transform`"
        : 'a provider key with no evalgate equivalent',
  }));
  for (const [k, v] of Object.entries(config)) {
    if ((k === 'temperature' || k === 'top_p') && typeof v === 'number' && reasoning) {
      notes.push(
        `${k} left out: ${model} is a reasoning model, which accepts only the default (promptfoo does not send it either)`,
      );
    } else if (k === 'temperature' && typeof v === 'number') settings['temperature'] = v;
    else if (MAX_TOKEN_KEYS.has(k) && typeof v === 'number') settings['maxTokens'] = v;
    else if ((k === 'top_p' || k === 'topP') && typeof v === 'number') settings['topP'] = v;
    else if (k === 'timeoutMs' && typeof v === 'number') settings['timeoutMs'] = v;
    else if (k === 'generationConfig' && isObj(v)) {
      // Gemini's native settings: the ones chat completions has are carried over.
      for (const [gk, gv] of Object.entries(v)) {
        if (gk === 'temperature' && typeof gv === 'number' && !reasoning) settings['temperature'] = gv;
        else if (gk === 'maxOutputTokens' && typeof gv === 'number') settings['maxTokens'] = gv;
        else if (gk === 'topP' && typeof gv === 'number') settings['topP'] = gv;
        else
          dropped.push({
            key: `config.generationConfig.${gk}`,
            why: 'a Gemini setting chat completions does not take',
          });
      }
    } else if (k === 'seed' && typeof v === 'number') settings['seed'] = v;
    else if (k === 'timeout' && typeof v === 'number') settings['timeoutMs'] = v;
    else if (k === 'reasoning_effort' && typeof v === 'string') settings['reasoningEffort'] = v;
    else if ((k === 'projectId' || k === 'region') && vendor === 'vertex') continue;
    else if (k === 'apiBaseUrl' && typeof v === 'string') settings['baseUrl'] = v;
    else if (k === 'apiHost' && typeof v === 'string') {
      if (vendor === 'azure') settings['endpoint'] = `https://${v.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;
      else settings['baseUrl'] = `https://${v}/v1`;
    } else if (k === 'apiVersion' && typeof v === 'string' && vendor === 'azure') settings['apiVersion'] = v;
    else if (k === 'deployment_id' && typeof v === 'string' && vendor === 'azure') settings['deployment'] = v;
    else if (k === 'apiKeyEnvar' && typeof v === 'string') settings['apiKey'] = `\${${v}}`;
    else if (k === 'apiKey')
      notes.push(
        'the literal apiKey was not copied: evalgate reads the key from the environment (set apiKey: ${YOUR_VAR})',
      );
    else if (k === 'headers' && isObj(v)) convertHeaders(v, settings, dropped);
    else if (k === 'tools') convertTools(v, suiteFields, dropped, io);
    else if (k === 'tool_choice') {
      if (v === 'auto' || v === 'none' || v === 'required' || (isObj(v) && v['type'] === 'function'))
        suiteFields['toolChoice'] = v;
      else dropped.push({ key: `config.${k}`, why: 'a tool_choice that names no function tool' });
    } else if (k === 'response_format') convertResponseFormat(v, settings, dropped, io);
    else if (k === 'stop' || k === 'frequency_penalty' || k === 'presence_penalty' || k === 'logit_bias' || k === 'n') {
      settings['extraBody'] = { ...(isObj(settings['extraBody']) ? settings['extraBody'] : {}), [k]: v };
    } else if (k === 'transformResponse')
      dropped.push({
        key: `config.${k}`,
        why: 'a response transform runs JavaScript on the raw answer; evalgate checks the answer as the model returned it',
      });
    else if (k === 'functions') {
      // Legacy function calling: the same function definitions, offered as function tools.
      if (
        Array.isArray(v) &&
        v.every((f) => isObj(f) && typeof f['name'] === 'string') &&
        config['tools'] === undefined
      ) {
        suiteFields['tools'] = v.map((f) => ({ type: 'function', function: f }));
        notes.push('legacy `functions` are offered as function tools (the model calls them as tool calls)');
      } else dropped.push({ key: `config.${k}`, why: 'legacy function calling: write the functions as `tools`' });
    } else if (k === 'function_call') {
      if (v === 'auto' || v === 'none') suiteFields['toolChoice'] = v;
      else if (isObj(v) && typeof v['name'] === 'string')
        suiteFields['toolChoice'] = { type: 'function', function: { name: v['name'] } };
      else dropped.push({ key: `config.${k}`, why: 'legacy function calling: write the functions as `tools`' });
    } else if (!IGNORED.has(k))
      dropped.push({ key: `config.${k}`, why: 'a provider setting with no evalgate equivalent' });
  }
  if (vendor === 'azure' && settings['apiVersion'] === undefined)
    notes.push('Azure: set apiVersion (or OPENAI_API_VERSION): promptfoo used its own default');
  const out: ConvertedProvider = { name: slug(label ?? model), settings, suiteFields, notes, dropped };
  if (Array.isArray(prompts) && prompts.every((p) => typeof p === 'string')) out.prompts = prompts as string[];
  return out;
}

/**
 * Header values that only reference the environment (`{{ env.NAME }}`, `${NAME}`) become `${NAME}`; a literal
 * value may be a credential, and evalgate.yml is committed: those headers are reported, never copied.
 */
function convertHeaders(v: Obj, settings: Obj, dropped: { key: string; why: string }[]): void {
  const out: Obj = {};
  for (const [name, value] of Object.entries(v)) {
    const env =
      typeof value === 'string'
        ? /^\s*(?:\{\{\s*env\.([A-Za-z_][\w]*)\s*\}\}|\$\{([A-Za-z_][\w]*)\})\s*$/.exec(value)
        : null;
    if (env) out[name] = `\${${env[1] ?? env[2]}}`;
    else
      dropped.push({
        key: `config.headers.${name}`,
        why: 'a literal header value is not copied (it may be a credential): set it as ${YOUR_VAR}',
      });
  }
  if (Object.keys(out).length) settings['headers'] = out;
}

/** promptfoo `tools` (inline list or `file://` YAML/JSON) → the suite's `tools`; non-function tools are reported. */
function convertTools(v: unknown, out: Obj, dropped: { key: string; why: string }[], io: ProviderIO | undefined): void {
  const file = fileRef(v);
  let list: unknown = v;
  if (file !== undefined) {
    if (!/\.(json|ya?ml)$/i.test(file)) {
      dropped.push({
        key: 'config.tools',
        why: `tools from ${file}: a script that builds tools is not run; write them as YAML or JSON`,
      });
      return;
    }
    const text = io?.read(file);
    if (text === undefined) {
      dropped.push({ key: 'config.tools', why: `tools file ${file} not found` });
      return;
    }
    list = parseLoose(text);
  }
  if (!Array.isArray(list)) {
    dropped.push({ key: 'config.tools', why: 'tools must be a list' });
    return;
  }
  const other = list.filter((t) => !(isObj(t) && t['type'] === 'function' && isObj(t['function'])));
  if (other.length) {
    const names = other.map((t) =>
      isObj(t) && typeof t['type'] === 'string' ? t['type'] : JSON.stringify(t).slice(0, 30),
    );
    const responsesOnly = names.every((n) => RESPONSES_ONLY_TOOL.test(n));
    dropped.push({
      key: `config.tools (${names.join(', ')})`,
      why: responsesOnly
        ? 'tools the Responses API runs for the model (search, code, MCP…); chat completions takes function tools only'
        : 'not an OpenAI function tool',
    });
    return;
  }
  // A file of function tools is referenced in place (evalgate reads YAML/JSON tool files itself).
  out['tools'] = file !== undefined && io ? io.refPath(file) : list;
}

/** `response_format` (inline, or a `file://` holding it) → evalgate's `responseFormat`. */
function convertResponseFormat(
  v: unknown,
  settings: Obj,
  dropped: { key: string; why: string }[],
  io: ProviderIO | undefined,
): void {
  const file = fileRef(v);
  let rf: unknown = v;
  if (file !== undefined) {
    const text = io?.read(file);
    if (text === undefined) {
      dropped.push({ key: 'config.response_format', why: `response_format file ${file} not found` });
      return;
    }
    rf = parseLoose(text);
  }
  if (!isObj(rf)) {
    dropped.push({ key: 'config.response_format', why: 'not a response_format object' });
    return;
  }
  if (rf['type'] === 'json_object' || rf['type'] === 'text') {
    settings['responseFormat'] = rf['type'];
    return;
  }
  const js = rf['json_schema'];
  if (rf['type'] === 'json_schema' && isObj(js) && (isObj(js['schema']) || fileRef(js['schema']) !== undefined)) {
    const schemaFile = fileRef(js['schema']);
    const out: Obj = {
      type: 'json_schema',
      schema: schemaFile !== undefined && io ? io.refPath(schemaFile) : js['schema'],
    };
    if (typeof js['name'] === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(js['name'])) out['name'] = js['name'];
    if (typeof js['strict'] === 'boolean') out['strict'] = js['strict'];
    settings['responseFormat'] = out;
    return;
  }
  dropped.push({ key: 'config.response_format', why: 'a response_format other than text, json_object or json_schema' });
}

/** YAML (a superset of JSON); undefined when unreadable. */
function parseLoose(text: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A Vertex AI model id → the name its OpenAI-compatible endpoint serves it under: Gemini (`google/…`) and the
 * Llama models-as-a-service (`meta/…-maas`). Claude and other partner models on Vertex speak their vendor's own API.
 */
function vertexModel(rest: string[]): { model: string } | { why: string } {
  const kind = rest.length > 1 && /^(chat|embedding|embeddings)$/.test(rest[0]!) ? rest[0] : 'chat';
  const model = (kind === 'chat' && rest.length > 1 && rest[0] === 'chat' ? rest.slice(1) : rest).join(':');
  if (kind !== 'chat')
    return {
      why: "Vertex AI embeddings are not served by its OpenAI-compatible chat endpoint here; name an OpenAI-compatible embedding model as the grader's `embedding`",
    };
  if (/^gemini/.test(model)) return { model: `google/${model}` };
  if (/^llama.*-maas$/.test(model)) return { model: `meta/${model}` };
  return {
    why: `${model} on Vertex AI is called through its vendor's own API (rawPredict), not Vertex's OpenAI-compatible endpoint (Gemini and Llama MaaS only); point an openai provider's baseUrl at a gateway (e.g. LiteLLM) that serves it`,
  };
}

const CHOICE_TEXT = /^json\.choices\[0\]\.message\.content;?$/;
const CHOICE_TEXT_MODULE =
  /^module\.exports\s*=\s*\(\s*json\s*(?:,\s*\w+\s*)?\)\s*=>\s*(?:\{\s*return\s+json\.choices\[0\]\.message\.content;?\s*\}|json\.choices\[0\]\.message\.content);?$/;

/**
 * promptfoo's HTTP provider when all it does is what an OpenAI provider does: POST `{model, messages: prompt, …}`
 * to a `/chat/completions` URL with no headers but Content-Type, and read `choices[0].message.content`. Then the
 * model, its body settings and the base URL are returned (anything more, and it stays an HTTP provider).
 */
function openAIOverHttp(
  id: string,
  config: Obj,
  io: ProviderIO | undefined,
): { model: string; config: Obj } | undefined {
  const url = typeof config['url'] === 'string' ? config['url'] : id;
  const m = /^(https?:\/\/.+)\/chat\/completions\/?$/.exec(url);
  if (!m || !/^(https?:\/\/|https?$|http$)/.test(id)) return undefined;
  if (Object.keys(config).some((k) => !['url', 'method', 'headers', 'body', 'transformResponse'].includes(k)))
    return undefined;
  if (config['method'] !== undefined && String(config['method']).toUpperCase() !== 'POST') return undefined;
  const headers = config['headers'];
  if (
    headers !== undefined &&
    !(
      isObj(headers) && Object.entries(headers).every(([k, v]) => /^content-type$/i.test(k) && v === 'application/json')
    )
  )
    return undefined;
  const body = config['body'];
  if (!isObj(body) || typeof body['model'] !== 'string' || !/^\{\{\s*prompt\s*\}\}$/.test(String(body['messages'])))
    return undefined;
  const tr = config['transformResponse'];
  const file = fileRef(tr);
  const code = (file !== undefined ? io?.read(file) : typeof tr === 'string' ? tr : undefined)
    ?.trim()
    .replace(/\s+/g, ' ');
  if (code === undefined || !(file !== undefined ? CHOICE_TEXT_MODULE : CHOICE_TEXT).test(code)) return undefined;
  const { model, messages: _messages, ...settings } = body;
  return { model: model as string, config: { ...settings, apiBaseUrl: m[1] } };
}
