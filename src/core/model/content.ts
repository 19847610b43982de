// Helpers for message contents that are text or a list of text and image parts. Whatever reads a
// message as text (redaction, input scanning, the token estimate, judge prompts) uses these, so image
// parts are never treated as text and text parts are never missed.
import type { ChatMessage, ContentPart } from './types.js';

export function contentText(c: ChatMessage['content']): string {
  if (typeof c === 'string') return c;
  return c
    .filter((p): p is Extract<ContentPart, { type: 'text' }> => p.type === 'text')
    .map((p) => p.text)
    .join('\n');
}

/** The content with `f` applied to every text (and, with `urls`, every image URL). */
export function mapContent(c: ChatMessage['content'], f: (s: string) => string, urls = false): ChatMessage['content'] {
  if (typeof c === 'string') return f(c);
  return c.map((p) =>
    p.type === 'text'
      ? { ...p, text: f(p.text) }
      : urls
        ? { ...p, image_url: { ...p.image_url, url: f(p.image_url.url) } }
        : p,
  );
}

/** Every template string of a content: texts and image URLs. */
export function contentStrings(c: ChatMessage['content']): string[] {
  if (typeof c === 'string') return [c];
  return c.map((p) => (p.type === 'text' ? p.text : p.image_url.url));
}

export function imageCount(c: ChatMessage['content']): number {
  return typeof c === 'string' ? 0 : c.filter((p) => p.type === 'image_url').length;
}

/**
 * For traces and recordings kept for humans: a data URL (an image file sent inline) is shortened to its
 * media type and size, so a trace line stays readable. The cache key is computed on the full message.
 */
export function shortenDataUrls(c: ChatMessage['content']): ChatMessage['content'] {
  if (typeof c === 'string') return c;
  return c.map((p) => {
    if (p.type !== 'image_url' || !p.image_url.url.startsWith('data:')) return p;
    const url = p.image_url.url;
    const comma = url.indexOf(',');
    const b64 = url.slice(comma + 1);
    const bytes = Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
    return { ...p, image_url: { ...p.image_url, url: `${url.slice(0, comma)},… (${bytes} bytes)` } };
  });
}
