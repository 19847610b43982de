// Reads a prompt file into a PromptTemplate. A text file is one user message; a .yaml/.yml/.json
// file is a chat: a list of {role, content} messages, or `{messages, tools?, toolChoice?}` when the
// prompt declares function tools. Contents hold mustache {{var}} placeholders.
import { z } from 'zod';
import type { PromptTemplate } from '../config/resolved.js';
import { ToolChoiceSchema, ToolSchema } from '../config/schema.js';
import { locate, parseYamlSource } from '../config/positions.js';
import type { ChatMessage, ContentPart } from '../model/types.js';
import { contentStrings } from '../model/content.js';
import type { ImageFileRef } from '../config/resolved.js';
import { TemplateError } from './errors.js';
import { templateRefs } from './tokens.js';

const Detail = z.enum(['auto', 'low', 'high']).optional();
/** A content part as the API writes it, or `{ image: url-or-path, detail? }` for short. */
const PartSchema = z.union([
  z.strictObject({ type: z.literal('text'), text: z.string() }),
  z.strictObject({
    type: z.literal('image_url'),
    image_url: z.strictObject({ url: z.string().min(1), detail: Detail }),
  }),
  z.strictObject({ image: z.string().min(1), detail: Detail }),
]);

const ChatSchema = z
  .array(
    z.strictObject({
      role: z.enum(['system', 'user', 'assistant']),
      content: z.union([z.string(), z.array(PartSchema).min(1)]),
    }),
  )
  .min(1, 'a chat prompt needs at least one message');

/** An image URL that is neither a URL nor a template: a repository file (relative to the config). */
function isFileRef(url: string): boolean {
  return !/^(https?:|data:)/i.test(url) && !url.includes('{{');
}

type ChatInput = z.infer<typeof ChatSchema>;

/** Normalises the shorthand and notes which image parts are files for the loader to inline. */
function toMessages(input: ChatInput): { messages: ChatMessage[]; imageFiles: ImageFileRef[] } {
  const imageFiles: ImageFileRef[] = [];
  const messages = input.map((m, mi): ChatMessage => {
    if (typeof m.content === 'string') return { role: m.role, content: m.content };
    const parts: ContentPart[] = m.content.map((p, pi) => {
      const part: ContentPart =
        'image' in p
          ? { type: 'image_url', image_url: { url: p.image, ...(p.detail ? { detail: p.detail } : {}) } }
          : p.type === 'text'
            ? p
            : {
                type: 'image_url',
                image_url: { url: p.image_url.url, ...(p.image_url.detail ? { detail: p.image_url.detail } : {}) },
              };
      if (part.type === 'image_url' && isFileRef(part.image_url.url))
        imageFiles.push({ message: mi, part: pi, path: part.image_url.url });
      return part;
    });
    return { role: m.role, content: parts };
  });
  return { messages, imageFiles };
}

const ChatWithToolsSchema = z.strictObject({
  messages: ChatSchema,
  tools: z.array(ToolSchema).min(1).optional(),
  toolChoice: ToolChoiceSchema.optional(),
});

function isChatPromptPath(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

export function parsePromptTemplate(source: string, path: string): PromptTemplate {
  const chat = isChatPromptPath(path)
    ? parseChat(source, path)
    : { messages: [{ role: 'user' as const, content: stripFinalNewline(source) }] };
  const messages = chat.messages;
  const variables: string[] = [];
  messages.forEach((m, i) => {
    try {
      for (const name of contentStrings(m.content).flatMap((c) => templateRefs(c).all))
        if (!variables.includes(name)) variables.push(name);
    } catch (e) {
      if (e instanceof TemplateError && messages.length > 1) throw new TemplateError(`message ${i + 1}: ${e.message}`);
      throw e;
    }
  });
  const out: PromptTemplate = { messages, variables };
  if (chat.tools) out.tools = chat.tools as NonNullable<PromptTemplate['tools']>;
  if (chat.toolChoice) out.toolChoice = chat.toolChoice;
  if (chat.imageFiles?.length) out.imageFiles = chat.imageFiles;
  return out;
}

interface ParsedChat {
  messages: ChatMessage[];
  imageFiles?: ImageFileRef[];
  tools?: z.infer<typeof ChatWithToolsSchema>['tools'];
  toolChoice?: z.infer<typeof ChatWithToolsSchema>['toolChoice'];
}

function parseChat(source: string, path: string): ParsedChat {
  const { source: src, value, errors } = parseYamlSource(source, path);
  const first = errors[0];
  if (first)
    throw new TemplateError(
      first.reason,
      first.line !== undefined ? { line: first.line, column: first.column ?? 1 } : undefined,
    );
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const parsed =
    isObject && 'messages' in (value as object) ? ChatWithToolsSchema.safeParse(value) : ChatSchema.safeParse(value);
  if (parsed.success) {
    const data = Array.isArray(parsed.data) ? { messages: parsed.data } : parsed.data;
    const { messages, imageFiles } = toMessages(data.messages);
    const out: ParsedChat = { messages, imageFiles };
    if (!Array.isArray(parsed.data)) {
      if (parsed.data.tools) out.tools = parsed.data.tools;
      if (parsed.data.toolChoice) out.toolChoice = parsed.data.toolChoice;
    }
    return out;
  }
  const issue = parsed.error.issues[0];
  const issuePath = issue?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? [];
  const loc = locate(
    src,
    issue?.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0] ?? ''] : issuePath,
    issue?.code === 'unrecognized_keys',
  );
  const reason =
    issue?.path.length === 0 && issue.code === 'invalid_type'
      ? 'a chat prompt file must be a list of {role, content} messages (or {messages, tools})'
      : issue?.code === 'unrecognized_keys'
        ? `unknown key "${issue.keys[0]}" (${issuePath.filter((x) => typeof x === 'number').length > 1 ? 'a content part is {type: text, text}, {type: image_url, image_url: {url}} or {image}' : 'a message has only role and content'})`
        : (issue?.message.replace(/^Invalid input: /, '') ?? 'invalid chat prompt');
  throw new TemplateError(reason, {
    line: loc.line ?? 1,
    column: loc.column ?? 1,
    ...(loc.keyPath ? { keyPath: loc.keyPath } : {}),
  });
}

/** Editors end text files with a newline; it is not part of the prompt. */
function stripFinalNewline(s: string): string {
  return s.replace(/\r?\n$/, '');
}
