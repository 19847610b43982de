// promptfoo prompts → evalgate prompt files. A text or chat file that is already valid as a mustache template
// is referenced where it is (editing it keeps selecting its suites on a PR); inline prompts, files holding
// several prompts (`---` separated) and chats that need normalising are written as new files.
import { parse as parseYaml } from 'yaml';
import { dumpAsJsonValue, nunjucksProblem, templateVars, unrollLoops } from './template.js';
import { expandGlob, fileRef, isObj, slug, type ImportContext } from './types.js';

export interface ConvertedPrompt {
  label: string;
  /** Path the evalgate.yml references. */
  path: string;
  /** The prompt as the promptfoo config names it (its id or text), for a provider's `prompts:` filter. */
  raw?: string;
  /** The prompt's own provider settings (promptfoo merges them into every provider's config for it). */
  config?: Record<string, unknown>;
  /** The label the config gave a file of several prompts: promptfoo's `prompts:` filter matches its parts by it. */
  group?: string;
  /** The top-level variables the template reads. */
  vars: string[];
}

type Message = { role: string; content: unknown };

export function convertPrompts(prompts: unknown, ctx: ImportContext): ConvertedPrompt[] {
  const list =
    prompts === undefined
      ? []
      : Array.isArray(prompts)
        ? prompts
        : isObj(prompts) && !('id' in prompts) && !('raw' in prompts)
          ? Object.entries(prompts).map(([id, label]) => ({ id, label }))
          : [prompts];
  const out: ConvertedPrompt[] = [];
  list.forEach((p, i) => {
    const raw =
      typeof p === 'string'
        ? p
        : isObj(p) && typeof p['id'] === 'string'
          ? p['id']
          : isObj(p) && typeof p['raw'] === 'string'
            ? p['raw']
            : undefined;
    const config = isObj(p) && isObj(p['config']) ? { config: p['config'] } : {};
    const group = isObj(p) && typeof p['label'] === 'string' ? { group: p['label'] } : {};
    out.push(
      ...convertOne(p, `prompts[${i}]`, i, ctx).map((c) => ({
        ...c,
        ...(raw !== undefined ? { raw } : {}),
        ...config,
        ...group,
      })),
    );
  });
  return out;
}

function convertOne(p: unknown, where: string, index: number, ctx: ImportContext): ConvertedPrompt[] {
  let raw: string | undefined;
  let label: string | undefined;
  if (typeof p === 'string') raw = p;
  else if (isObj(p)) {
    raw = typeof p['raw'] === 'string' ? p['raw'] : typeof p['id'] === 'string' ? p['id'] : undefined;
    if (typeof p['label'] === 'string') label = p['label'];
    if (p['function'] !== undefined) raw = undefined;
    for (const k of Object.keys(p))
      if (!['raw', 'id', 'label', 'config', 'function'].includes(k))
        ctx.skip(where, k, 'a prompt key with no evalgate equivalent');
  }
  if (raw === undefined) {
    ctx.skip(where, JSON.stringify(p).slice(0, 60), 'not a prompt string, file:// reference or {raw|id, label}');
    return [];
  }
  const registry = /^(langfuse|portkey|helicone|promptfoo):\/\//.exec(raw);
  if (registry) {
    ctx.skip(
      where,
      raw,
      `a prompt kept in ${registry[1]}'s prompt registry is not fetched: export it to a template file in the repository`,
    );
    return [];
  }
  const file = fileRef(raw);
  if (file === undefined) return inlinePrompt(raw, label ?? `prompt-${index + 1}`, where, ctx);
  if (/[*?[\]{}]/.test(file)) {
    const files = expandGlob(file, raw, where, ctx);
    return files.flatMap((f, j) => convertOne(`file://${f}`, `${where} (${f})`, index + j, ctx));
  }
  if (/\.(py|js|ts|mjs|cjs)(:[\w$]+)?$/.test(file)) {
    ctx.skip(where, raw, 'a prompt function builds the prompt in code; write its output as a template file');
    return [];
  }
  const text = ctx.read(file);
  if (text === undefined) {
    ctx.skip(where, raw, 'file not found');
    return [];
  }
  const baseLabel = label ?? file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  if (/\.(json|ya?ml|jsonl)$/i.test(file) && /\{%|\|\s*dump\s*\}\}/.test(text)) {
    // A chat file promptfoo renders as a Nunjucks template before reading it: loops over a history that is the
    // same for every test are unrolled, `{{ x | dump }}` values become message text filled per case.
    const unrolled = unrollLoops(text, ctx.constantVars ?? {});
    if ('why' in unrolled) {
      ctx.skip(where, raw, `${unrolled.why}; write the chat's messages out`);
      return [];
    }
    const messages = chatMessages(dumpAsJsonValue(unrolled.text), file);
    if (typeof messages === 'string') {
      ctx.skip(where, raw, messages);
      return [];
    }
    if (unrolled.text !== text)
      ctx.note(
        where,
        `${raw}: its {% for %} loops were unrolled with the defaultTest value they iterate over (the same for every test); change that value and import again`,
      );
    return chatPrompt(messages, baseLabel, where, ctx);
  }
  if (/\.(json|ya?ml|jsonl)$/i.test(file)) {
    const messages = chatMessages(text, file);
    if (typeof messages === 'string') {
      ctx.skip(where, raw, messages);
      return [];
    }
    return chatPrompt(messages, baseLabel, where, ctx, isPlainChat(text, file) ? ctx.refPath(file) : undefined);
  }
  const parts = text.split(/^---\s*$/m).map((s) => s.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
  if (parts.length === 1) {
    const problem = nunjucksProblem(text);
    if (problem) {
      ctx.skip(where, raw, `${problem}; rewrite the prompt as a mustache template`);
      return [];
    }
    return [{ label: baseLabel, path: ctx.refPath(file), vars: templateVars(text) }];
  }
  return parts.flatMap((part, i) => inlinePrompt(part, `${baseLabel}-${i + 1}`, `${where} (part ${i + 1})`, ctx));
}

function inlinePrompt(text: string, label: string, where: string, ctx: ImportContext): ConvertedPrompt[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const messages = chatMessages(trimmed, 'inline.json');
    if (typeof messages !== 'string') return chatPrompt(messages, label, where, ctx);
  }
  const problem = nunjucksProblem(text);
  if (problem) {
    ctx.skip(where, text.slice(0, 60), `${problem}; rewrite the prompt as a mustache template`);
    return [];
  }
  return [{ label, path: ctx.addFile(`prompts/${slug(label)}.txt`, `${text}\n`), vars: templateVars(text) }];
}

function chatMessages(text: string, file: string): Message[] | string {
  let parsed: unknown;
  try {
    parsed = /\.jsonl$/i.test(file)
      ? text
          .split(/\r?\n/)
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as unknown)
      : parseYaml(text);
  } catch (e) {
    // A chat file that loops or branches in Nunjucks is a template before it is YAML/JSON.
    const problem = nunjucksProblem(text);
    if (problem)
      return `${problem} around the chat's messages; rewrite it as a list of messages with mustache variables`;
    return `unreadable chat prompt: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length === 0 ||
    !parsed.every((m) => isObj(m) && typeof m['role'] === 'string')
  ) {
    return 'a chat prompt file must be a list of {role, content} messages';
  }
  return parsed as Message[];
}

function isPlainChat(text: string, file: string): boolean {
  if (/\.jsonl$/i.test(file)) return false;
  const parsed = parseYaml(text) as unknown[];
  return parsed.every((m) => isObj(m) && Object.keys(m).every((k) => k === 'role' || k === 'content'));
}

type Part = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string; detail?: string } };

/**
 * A message's content in evalgate's chat format: text, or OpenAI-style parts (text and `image_url`, which evalgate
 * sends as they are). The same text and image in another vendor's part shape (Anthropic's base64/URL image blocks,
 * the Responses API's `input_text`/`input_image`, Adaline's `modality` parts) are rewritten into those parts: the
 * model receives the same text and the same image. Undefined for anything else (audio, files, tool messages).
 */
function contentOf(content: unknown): { content: string | Part[]; texts: string[]; exact: boolean } | undefined {
  if (typeof content === 'string') return { content, texts: [content], exact: true };
  if (!Array.isArray(content) || content.length === 0) return undefined;
  const parts: Part[] = [];
  let exact = true;
  for (const p of content) {
    const part = isObj(p) ? partOf(p) : undefined;
    if (!part) return undefined;
    parts.push(part.part);
    exact &&= part.exact;
  }
  return { content: parts, texts: parts.map((p) => (p.type === 'text' ? p.text : p.image_url.url)), exact };
}

const DETAIL = new Set(['auto', 'low', 'high']);
const image = (url: string, detail: unknown): Part => ({
  type: 'image_url',
  image_url: { url, ...(typeof detail === 'string' && DETAIL.has(detail) ? { detail } : {}) },
});

/** One content part → an OpenAI text/image_url part; `exact` when it already was one, key for key. */
function partOf(p: Record<string, unknown>): { part: Part; exact: boolean } | undefined {
  const keys = Object.keys(p).length;
  if ((p['type'] === 'text' || p['type'] === 'input_text') && typeof p['text'] === 'string')
    return { part: { type: 'text', text: p['text'] }, exact: p['type'] === 'text' && keys === 2 };
  if (p['type'] === 'image_url' && isObj(p['image_url']) && typeof p['image_url']['url'] === 'string') {
    const d = p['image_url']['detail'];
    return {
      part: image(p['image_url']['url'], d),
      exact: keys === 2 && Object.keys(p['image_url']).length === (d === undefined ? 1 : 2),
    };
  }
  // The Responses API: `{type: input_image, image_url: "<url or data URL>", detail?}`.
  if (p['type'] === 'input_image' && typeof p['image_url'] === 'string')
    return { part: image(p['image_url'], p['detail']), exact: false };
  // Anthropic: `{type: image, source: {type: base64, media_type, data} | {type: url, url}}`.
  const src = p['source'];
  if (p['type'] === 'image' && isObj(src)) {
    if (src['type'] === 'base64' && typeof src['media_type'] === 'string' && typeof src['data'] === 'string')
      return { part: image(`data:${src['media_type']};base64,${src['data']}`, undefined), exact: false };
    if (src['type'] === 'url' && typeof src['url'] === 'string')
      return { part: image(src['url'], undefined), exact: false };
    return undefined;
  }
  // Adaline: `{modality: text, value}` and `{modality: image, detail, value: {type: url, url} | {type: base64, …}}`.
  if (p['modality'] === 'text' && typeof p['value'] === 'string')
    return { part: { type: 'text', text: p['value'] }, exact: false };
  const v = p['value'];
  if (p['modality'] === 'image' && isObj(v)) {
    if (v['type'] === 'url' && typeof v['url'] === 'string')
      return { part: image(v['url'], p['detail']), exact: false };
    if (v['type'] === 'base64' && typeof v['base64'] === 'string' && typeof v['media_type'] === 'string') {
      const media = v['media_type'].includes('/') ? v['media_type'] : `image/${v['media_type']}`;
      return { part: image(`data:${media};base64,${v['base64']}`, p['detail']), exact: false };
    }
  }
  return undefined;
}

function chatPrompt(
  messages: Message[],
  label: string,
  where: string,
  ctx: ImportContext,
  existing?: string,
): ConvertedPrompt[] {
  const out: { role: string; content: string | Part[] }[] = [];
  let exact = true;
  for (const [i, m] of messages.entries()) {
    const c = ['system', 'user', 'assistant'].includes(m.role) ? contentOf(m.content) : undefined;
    if (!c) {
      ctx.skip(
        `${where} message ${i + 1}`,
        m.role,
        'evalgate chats hold system, user and assistant messages with text and image_url parts (no tool or audio messages, no provider-specific image blocks)',
      );
      return [];
    }
    for (const text of c.texts) {
      const problem = nunjucksProblem(text);
      if (problem) {
        ctx.skip(
          `${where} message ${i + 1}`,
          text.slice(0, 60),
          `${problem}; rewrite the prompt as a mustache template`,
        );
        return [];
      }
    }
    exact &&= c.exact;
    // `type: message` is the Responses API's wrapper of a message; any other key (name, tool_calls…) is listed.
    for (const k of Object.keys(m))
      if (k !== 'role' && k !== 'content' && !(k === 'type' && (m as Record<string, unknown>)[k] === 'message'))
        ctx.skip(`${where} message ${i + 1}`, k, 'a message key evalgate chats do not send');
    out.push({ role: m.role, content: c.content });
  }
  const texts = out.flatMap((m) =>
    typeof m.content === 'string' ? [m.content] : m.content.map((p) => (p.type === 'text' ? p.text : p.image_url.url)),
  );
  const vars = [...new Set(texts.flatMap(templateVars))];
  if (existing && exact) return [{ label, path: existing, vars }];
  return [{ label, path: ctx.addFile(`prompts/${slug(label)}.json`, `${JSON.stringify(out, null, 2)}\n`), vars }];
}
