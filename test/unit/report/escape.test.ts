import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  codeSpan,
  escapeHtmlText,
  escapeText,
  neutraliseMarker,
  stripControl,
  truncate,
} from '../../../src/core/report/escape.js';

const ZW = '\u200b';

/** GitHub mention / reference patterns as its autolinker sees them (outside code). */
const PINGS = [/(^|[^\w`])@[A-Za-z0-9]/, /#\d/, /\bGH-\d/i, /https?:\/\//];

describe('escapeText (prose)', () => {
  it('escapes HTML and Markdown syntax', () => {
    const out = escapeText('<img src=x onerror=alert(1)> **bold** [link](http://evil) & | pipe');
    expect(out).not.toMatch(/<|>/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('&amp;');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\[link\\]');
    expect(out).toContain('\\|');
  });
  it('neutralises mentions, issue references and URLs', () => {
    const out = escapeText(
      'ping @octocat and @org/team, see #123, GH-45, owner/repo#9, https://github.com/o/r/issues/1 www.x.com',
    );
    for (const p of PINGS) expect(out).not.toMatch(p);
    expect(out).toContain(`@${ZW}octocat`);
    expect(out).toContain(`#${ZW}123`);
    expect(out).toContain(`owner/repo#${ZW}9`);
  });
  it('collapses newlines and control characters into one line, and truncates', () => {
    const out = escapeText('a\r\nb\u0007c\u001b[31md\u202ee');
    expect(out).not.toMatch(/[\n\r\u0007\u001b\u202e]/);
    expect(out).toContain('↵');
    expect(escapeText('x'.repeat(1000), { maxChars: 10 })).toBe(`${'x'.repeat(10)}… (990 more characters)`);
  });
  it('cannot carry the hidden marker', () => {
    expect(escapeText('<!-- evalgate:pr-comment -->')).not.toContain('<!--');
  });
  it('cannot open a heading, nested list or rule at the start of a list item', () => {
    expect(escapeText('# Title')).toBe('\\# Title');
    expect(escapeText('  - item')).toBe('  \\- item');
    expect(escapeText('+ x')).toBe('\\+ x');
    expect(escapeText('===')).toBe('\\===');
    expect(escapeText('12. step')).toBe('12\\. step');
    expect(escapeText('3) step')).toBe('3\\) step');
    // Only the start matters (the text is one line); inside, these stay readable.
    expect(escapeText('a - b + c # d 1. e')).toBe('a - b + c # d 1. e');
  });
});

describe('escapeHtmlText (inside raw HTML such as <summary>)', () => {
  it('entity-escapes HTML, keeps Markdown characters as they are, and neutralises pings', () => {
    const out = escapeHtmlText('order_extraction <b>x</b> & "q" @octocat #12\nnext');
    expect(out).toBe(`order_extraction &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; @${ZW}octocat #${ZW}12 ↵ next`);
    expect(escapeHtmlText('</summary></details><!-- evalgate:pr-comment -->')).not.toMatch(/<|>/);
    expect(escapeHtmlText('x'.repeat(300), { maxChars: 5 })).toBe('xxxxx…');
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run and pads edge backticks', () => {
    expect(codeSpan('a ``` b')).toBe('````a ``` b````');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
  it('escapes pipes in tables, shows newlines, handles empty text', () => {
    expect(codeSpan('a|b\nc', { table: true })).toBe('`a\\|b ↵ c`');
    expect(codeSpan('   ')).toBe('*(empty)*');
  });
  it('breaks the marker even inside code', () => {
    expect(codeSpan('<!-- evalgate:pr-comment -->')).not.toContain('<!--');
  });
});

describe('codeBlock', () => {
  it('cannot be closed by a backtick run inside', () => {
    const hostile = 'before\n```\n<script>alert(1)</script> @admin #1\n`````\nafter';
    const out = codeBlock(hostile);
    const fence = out.split('\n')[0]!.replace(/text$/, '');
    expect(fence).toBe('``````');
    // The only lines consisting of the fence are the opening and closing ones.
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith(fence)).length).toBe(2);
    expect(lines.at(-1)).toBe(fence);
  });
  it('neutralises the marker, strips control chars, truncates with a note', () => {
    const out = codeBlock(`x\u0000\u001b[2J<!-- evalgate:pr-comment -->${'y'.repeat(100)}`, {
      maxChars: 50,
      fullAt: 'the job summary',
    });
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/[\u0000\u001b]/);
    expect(out).toMatch(/Truncated: \d+ more characters in the job summary/);
  });
  it('sanitises the info string', () => {
    expect(codeBlock('x', { lang: 'json"><script>' }).split('\n')[0]).toBe('```jsonscript');
  });
});

describe('helpers', () => {
  it('truncate never splits a surrogate pair', () => {
    const t = truncate('ab😀cd', 3);
    expect(t.text).toBe('ab');
    expect(t.omitted).toBe(4);
  });
  it('stripControl keeps tabs and newlines unless asked', () => {
    expect(stripControl('a\tb\r\nc')).toBe('a\tb\nc');
    expect(stripControl('a\tb\nc', { newlines: false })).toBe('a b ↵ c');
  });
  it('neutraliseMarker handles spacing variants', () => {
    expect(neutraliseMarker('<!--x--> <!  --y')).not.toMatch(/<!\s*--/);
  });
});
