// promptfoo prompts → evalgate prompt files. A text or chat file that is already valid as a mustache template
// is referenced where it is (editing it keeps selecting its suites on a PR); inline prompts, files holding
// several prompts (`---` separated) and chats that need normalising are written as new files.
import { parse as parseYaml } from 'yaml';
import { nunjucksProblem } from './template.js';
import { fileRef, isObj, slug, type ImportContext } from './types.js';

export interface ConvertedPrompt {
  label: string;
  /** Path the evalgate.yml references. */
  path: string;
  /** The prompt as the promptfoo config names it (its id or text), for a provider's `prompts:` filter. */
  raw?: string;
  /** The prompt's own provider settings (promptfoo merges them into every provider's config for it). */
  config?: Record<string, unknown>;
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
    out.push(
      ...convertOne(p, `prompts[${i}]`, i, ctx).map((c) => ({
        ...c,
        ...(raw !== undefined ? { raw } : {}),
        ...config,
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
    ctx.skip(where, raw, 'glob patterns of prompt files are not expanded: list the files');
    return [];
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
    return [{ label: baseLabel, path: ctx.refPath(file) }];
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
  return [{ label, path: ctx.addFile(`prompts/${slug(label)}.txt`, `${text}\n`) }];
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
 * sends as they are); undefined for anything else (Claude/Gemini image blocks, audio, tool messages).
 */
function contentOf(content: unknown): { content: string | Part[]; texts: string[]; exact: boolean } | undefined {
  if (typeof content === 'string') return { content, texts: [content], exact: true };
  if (!Array.isArray(content) || content.length === 0) return undefined;
  const parts: Part[] = [];
  let exact = true;
  for (const p of content) {
    if (isObj(p) && p['type'] === 'text' && typeof p['text'] === 'string') {
      parts.push({ type: 'text', text: p['text'] });
      exact &&= Object.keys(p).length === 2;
    } else if (
      isObj(p) &&
      p['type'] === 'image_url' &&
      isObj(p['image_url']) &&
      typeof p['image_url']['url'] === 'string'
    ) {
      const d = p['image_url']['detail'];
      parts.push({
        type: 'image_url',
        image_url: {
          url: p['image_url']['url'],
          ...(d === 'auto' || d === 'low' || d === 'high' ? { detail: d } : {}),
        },
      });
      exact &&= Object.keys(p).length === 2 && Object.keys(p['image_url']).length === (d === undefined ? 1 : 2);
    } else return undefined;
  }
  return { content: parts, texts: parts.map((p) => (p.type === 'text' ? p.text : p.image_url.url)), exact };
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
    out.push({ role: m.role, content: c.content });
  }
  if (existing && exact) return [{ label, path: existing }];
  return [{ label, path: ctx.addFile(`prompts/${slug(label)}.json`, `${JSON.stringify(out, null, 2)}\n`) }];
}
