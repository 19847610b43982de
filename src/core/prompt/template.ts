// Reads a prompt file into a PromptTemplate. A text file is one user message; a .yaml/.yml/.json
// file is a chat: a list of {role, content} messages, or `{messages, tools?, toolChoice?}` when the
// prompt declares function tools. Contents hold mustache {{var}} placeholders.
import { z } from 'zod';
import type { PromptTemplate } from '../config/resolved.js';
import { ToolChoiceSchema, ToolSchema } from '../config/schema.js';
import { locate, parseYamlSource } from '../config/positions.js';
import type { ChatMessage } from '../model/types.js';
import { TemplateError } from './errors.js';
import { templateRefs } from './tokens.js';

const ChatSchema = z
  .array(z.strictObject({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }))
  .min(1, 'a chat prompt needs at least one message');

const ChatWithToolsSchema = z.strictObject({
  messages: ChatSchema,
  tools: z.array(ToolSchema).min(1).optional(),
  toolChoice: ToolChoiceSchema.optional(),
});

function isChatPromptPath(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

export function parsePromptTemplate(source: string, path: string): PromptTemplate {
  const chat = isChatPromptPath(path) ? parseChat(source, path) : { messages: [{ role: 'user' as const, content: stripFinalNewline(source) }] };
  const messages = chat.messages;
  const variables: string[] = [];
  messages.forEach((m, i) => {
    try {
      for (const name of templateRefs(m.content).all) if (!variables.includes(name)) variables.push(name);
    } catch (e) {
      if (e instanceof TemplateError && messages.length > 1) throw new TemplateError(`message ${i + 1}: ${e.message}`);
      throw e;
    }
  });
  const out: PromptTemplate = { messages, variables };
  if (chat.tools) out.tools = chat.tools as NonNullable<PromptTemplate['tools']>;
  if (chat.toolChoice) out.toolChoice = chat.toolChoice;
  return out;
}

function parseChat(source: string, path: string): z.infer<typeof ChatWithToolsSchema> | { messages: ChatMessage[]; tools?: undefined; toolChoice?: undefined } {
  const { source: src, value, errors } = parseYamlSource(source, path);
  const first = errors[0];
  if (first) throw new TemplateError(first.reason, first.line !== undefined ? { line: first.line, column: first.column ?? 1 } : undefined);
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const parsed = isObject ? ChatWithToolsSchema.safeParse(value) : ChatSchema.safeParse(value);
  if (parsed.success) return Array.isArray(parsed.data) ? { messages: parsed.data } : parsed.data;
  const issue = parsed.error.issues[0];
  const issuePath = issue?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? [];
  const loc = locate(src, issue?.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0] ?? ''] : issuePath, issue?.code === 'unrecognized_keys');
  const reason =
    issue?.path.length === 0 && issue.code === 'invalid_type'
      ? 'a chat prompt file must be a list of {role, content} messages (or {messages, tools})'
      : issue?.code === 'unrecognized_keys'
        ? `unknown key "${issue.keys[0]}" (a message has only role and content)`
        : (issue?.message.replace(/^Invalid input: /, '') ?? 'invalid chat prompt');
  throw new TemplateError(reason, { line: loc.line ?? 1, column: loc.column ?? 1, ...(loc.keyPath ? { keyPath: loc.keyPath } : {}) });
}

/** Editors end text files with a newline; it is not part of the prompt. */
function stripFinalNewline(s: string): string {
  return s.replace(/\r?\n$/, '');
}
