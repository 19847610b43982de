// Making untrusted text (model outputs, case vars, assertion reasons) safe to embed in GitHub Markdown.
// Threats: raw HTML (tracking images, layout breaking, fake <details>), @mentions and #123 / GH-123 /
// owner/repo#123 references that ping people or cross-link issues, code fences a backtick run can close,
// a forged copy of our hidden marker (`<!-- evalgate:`) that would let an output hijack the sticky
// comment, invisible control / bidi characters, and sheer size.
//
// Strategy: untrusted text goes into code (spans or fenced blocks) wherever it is shown verbatim —
// GitHub neither renders HTML nor links mentions/references inside code — and prose (reasons) is
// escaped character by character with zero-width breaks in anything GitHub would autolink.

const ZWSP = '\u200b';

/** C0 (except \t and \n), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators, BOM. */
// eslint-disable-next-line no-control-regex
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/**
 * Normalises line ends and removes invisible/control characters (ANSI escapes lose their ESC and become
 * harmless text). With `newlines: false` every line break and tab run becomes " ↵ " / a space.
 */
export function stripControl(s: string, opts: { newlines?: boolean } = {}): string {
  let out = s.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (opts.newlines === false) out = out.replace(/\n+/g, ' ↵ ').replace(/\t/g, ' ');
  return out;
}

/** Invisible or reordering characters a terminal would act on: C0 except \t \n \r ESC, DEL, C1, bidi, separators, BOM. */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
/** ESC not starting one of the sequences evalgate itself prints (SGR colours, erase line): cursor moves, titles, OSC. */
// eslint-disable-next-line no-control-regex
const FOREIGN_ESCAPE = /\u001b(?!\[[0-9;]*[mK])/g;

/**
 * Console text as the CLI writes it: untrusted parts (outputs, reasons, ids, server messages) reach the
 * terminal through many messages, so the last write removes what could reorder or hide text (bidi
 * overrides such as U+202E, isolates such as U+2066, other controls) and every escape sequence except
 * the colour / erase-line ones evalgate prints.
 */
export function terminalSafe(s: string): string {
  return s.replace(TERMINAL_UNSAFE, '').replace(FOREIGN_ESCAPE, '');
}

/** Entity-escapes text for HTML content and attribute values; drops control characters. */
export function escapeHtml(s: string): string {
  return stripControl(s, { newlines: true })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Breaks every `<!--` so no untrusted text can contain our hidden marker (or any HTML comment). */
export function neutraliseMarker(s: string): string {
  return s.replace(/<!(\s*)--/g, `<!${ZWSP}$1--`);
}

export interface Truncated {
  text: string;
  truncated: boolean;
  /** Characters left out. */
  omitted: number;
}

/** Cuts to at most `max` characters without splitting a surrogate pair. */
export function truncate(s: string, max: number): Truncated {
  if (s.length <= max) return { text: s, truncated: false, omitted: 0 };
  let cut = Math.max(0, max);
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // high surrogate at the edge
  return { text: s.slice(0, cut), truncated: true, omitted: s.length - cut };
}

function longestBacktickRun(s: string): number {
  let max = 0;
  for (const m of s.matchAll(/`+/g)) max = Math.max(max, m[0].length);
  return max;
}

/** Breaks what GitHub turns into pings or cross-references: @user, @org/team, #123, GH-123, URLs. */
export function neutraliseRefs(s: string): string {
  return s
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * Prose from untrusted sources (e.g. an assertion's reason) as inline Markdown text: one line, no HTML,
 * no Markdown syntax, no pings, safe inside a table cell.
 */
export function escapeText(s: string, opts: { maxChars?: number } = {}): string {
  const t = truncate(stripControl(s, { newlines: false }), opts.maxChars ?? 500);
  const body = neutraliseRefs(
    t.text
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // At the start of a list item ("- reason") these would open a heading, a nested list or a rule.
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2'),
  );
  return t.truncated ? `${body}… (${t.omitted} more characters)` : body;
}

/**
 * Untrusted text inside raw HTML (a `<details><summary>` line is an HTML block: GitHub applies no
 * Markdown there, so backslash escapes would show) — entity-escaped, one line, no pings.
 */
export function escapeHtmlText(s: string, opts: { maxChars?: number } = {}): string {
  const t = truncate(stripControl(s, { newlines: false }), opts.maxChars ?? 200);
  const body = neutraliseRefs(
    t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  );
  return t.truncated ? `${body}…` : body;
}

/**
 * A one-line code span that no backtick run can break. `table: true` escapes `|` (GFM splits table
 * cells before parsing code spans). Newlines are shown as ↵.
 */
export function codeSpan(s: string, opts: { maxChars?: number; table?: boolean } = {}): string {
  const t = truncate(neutraliseMarker(stripControl(s, { newlines: false })), opts.maxChars ?? 200);
  let body = t.text + (t.truncated ? '…' : '');
  if (body.trim() === '') return '*(empty)*';
  if (opts.table) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export interface BlockOptions {
  /** Info string (sanitised to [A-Za-z0-9_+-]); default "text". */
  lang?: string;
  /** Default 4,000 characters. */
  maxChars?: number;
  /** Where the untruncated text can be found, for the truncation note. */
  fullAt?: string;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the content cannot close
 * it. Truncated content gets a note after the fence saying how much is missing and where it is.
 */
export function codeBlock(s: string, opts: BlockOptions = {}): string {
  const t = truncate(neutraliseMarker(stripControl(s)), opts.maxChars ?? 4000);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(t.text) + 1));
  const lang = (opts.lang ?? 'text').replace(/[^A-Za-z0-9_+-]/g, '');
  let out = `${fence}${lang}\n${t.text}${t.text.endsWith('\n') ? '' : '\n'}${fence}`;
  if (t.truncated)
    out += `\n\n*Truncated: ${t.omitted.toLocaleString('en-US')} more characters${opts.fullAt ? ` in ${opts.fullAt}` : ''}.*`;
  return out;
}

/** Case vars as compact JSON for a code span or block (keys sorted for stable output). */
export function formatVars(vars: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.keys(vars)
      .sort()
      .map((k) => [k, vars[k]]),
  );
  try {
    return JSON.stringify(sorted);
  } catch {
    return String(vars);
  }
}
