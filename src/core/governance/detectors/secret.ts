// API keys and tokens. Known vendor prefixes catch most real keys with almost no false positives;
// a Shannon-entropy check catches the rest (random-looking tokens of ≥ 32 characters mixing upper,
// lower case and digits). Pure hex runs (commit SHAs, digests) and UUIDs are deliberately not
// treated as secrets: they are common in answers and almost never credentials.
import type { Finding } from '../types.js';
import { shannonEntropy } from './checksums.js';

interface Pattern {
  kind: string;
  re: RegExp;
  /** Extra check on the match (e.g. the body must mix letters and digits). */
  ok?: (m: RegExpMatchArray) => boolean;
  /** Capture group holding the secret when only part of the match is secret. */
  group?: number;
}

// Every repetition is bounded ({n,4096}: no key is that long): an unbounded one over a run of millions of
// token characters (a big var, a base64 blob) overflows V8's regexp backtracking stack and loses the run.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const mixed = (s: string) => /[A-Za-z]/.test(s) && /\d/.test(s) && !s.includes('--');

const PATTERNS: Pattern[] = [
  {
    kind: 'private-key',
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{0,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g,
  },
  {
    kind: 'jwt',
    re: new RegExp(`${B}eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,4096}\\.[A-Za-z0-9_-]{8,4096}${E}`, 'g'),
  },
  { kind: 'anthropic-key', re: new RegExp(`${B}sk-ant-[a-z]+\\d*-[A-Za-z0-9_-]{20,4096}${E}`, 'g') },
  {
    kind: 'openai-key',
    re: new RegExp(`${B}sk-(?:proj-|svcacct-|admin-)?([A-Za-z0-9_-]{20,4096})${E}`, 'g'),
    ok: (m) => mixed(m[1] ?? ''),
  },
  { kind: 'stripe-key', re: new RegExp(`${B}(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,4096}${E}`, 'g') },
  { kind: 'github-token', re: new RegExp(`${B}gh[pousr]_[A-Za-z0-9]{36,4096}${E}`, 'g') },
  { kind: 'github-token', re: new RegExp(`${B}github_pat_[A-Za-z0-9_]{22,4096}${E}`, 'g') },
  { kind: 'gitlab-token', re: new RegExp(`${B}glpat-[A-Za-z0-9_-]{20,4096}${E}`, 'g') },
  { kind: 'slack-token', re: new RegExp(`${B}xox[abposr]-[A-Za-z0-9-]{10,4096}${E}`, 'g'), ok: (m) => /\d/.test(m[0]) },
  { kind: 'slack-webhook', re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,4096}/g },
  { kind: 'aws-access-key', re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { kind: 'google-api-key', re: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g') },
  { kind: 'npm-token', re: new RegExp(`${B}npm_[A-Za-z0-9]{36}${E}`, 'g') },
  { kind: 'huggingface-token', re: new RegExp(`${B}hf_[A-Za-z0-9]{30,4096}${E}`, 'g') },
  { kind: 'sendgrid-key', re: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${E}`, 'g') },
  // Credentials inside a URL: only the password part (before the `@`) is the secret. Bounded
  // repetitions and a lookbehind keep this linear on long runs of letters.
  {
    kind: 'url-password',
    re: /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:/@]{1,256}:([^\s:/@]{3,256})@(?=[^\s/])/gi,
    group: 1,
  },
];

/** Tokens at least this long are checked for entropy. */
const ENTROPY_MIN_LENGTH = 32;
/** Bits per character; random base62/base64 tokens of 32+ chars score ≥ 4 (seen ≥ 3.99 over 2,000 draws). */
const ENTROPY_THRESHOLD = 3.7;
/**
 * Share of characters inside word-like runs (an optional capital, then 3+ lower-case letters). Entropy alone cannot tell a random
 * token from a long camelCase identifier (both ~4.3 bits/char at 40 chars); words can: identifiers
 * are mostly lower-case runs, random tokens almost never are.
 */
const MAX_WORDINESS = 0.5;

function wordiness(token: string): number {
  let inWords = 0;
  for (const m of token.matchAll(/[A-Z]?[a-z]{3,4096}/g)) inWords += m[0].length;
  return inWords / token.length;
}

// `=` only as base64 padding at the end: inside a token it is an assignment (KEY=value), a separate word.
const TOKEN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,4096}={0,2}(?![A-Za-z0-9+/=_-])/g;

/**
 * The text a base64 / base64url token decodes to, when that is printable ASCII; undefined otherwise.
 * A random key decodes to binary (each byte printable with p ≈ 0.37, so a 24-byte key almost never
 * does); base64 of a sentence or of JSON (a JWT header on its own, an encoded message) decodes to text.
 */
function decodedText(token: string): string | undefined {
  const b64 = token.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+$/.test(b64) || b64.length % 4 === 1) return undefined;
  let text: string;
  try {
    text = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return undefined;
  }
  return /^[\x20-\x7e\t\r\n]*$/.test(text) ? text : undefined;
}

/**
 * Encoded content rather than a credential: base64 of prose or JSON that itself holds no secret.
 * Base64 of `user:password` (HTTP Basic) has neither spaces nor braces and stays a secret; encoded
 * JSON carrying a private key or token is caught by scanning the decoded text.
 */
function encodedContent(token: string): boolean {
  const text = decodedText(token);
  if (text === undefined || !/ |^\s*[{[]/.test(text)) return false;
  return findSecrets(text).length === 0;
}

function looksRandom(token: string): boolean {
  if (token.length < ENTROPY_MIN_LENGTH) return false;
  if (/^[0-9a-fA-F-]+$/.test(token)) return false; // hex digests, SHAs, UUIDs
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/\d/.test(token)) return false;
  if (wordiness(token) > MAX_WORDINESS) return false; // identifiers, paths, prose
  return shannonEntropy(token) >= ENTROPY_THRESHOLD;
}

export function findSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      if (p.ok && !p.ok(m)) continue;
      if (p.group !== undefined) {
        // The secret group ends the match (just before its final `@`).
        const g = m[p.group] ?? '';
        const start = m.index + m[0].length - 1 - g.length;
        out.push({ category: 'secret', start, end: start + g.length, value: g, kind: p.kind });
      } else {
        out.push({ category: 'secret', start: m.index, end: m.index + m[0].length, value: m[0], kind: p.kind });
      }
    }
  }
  for (const m of text.matchAll(TOKEN)) {
    if (/base64,$/.test(text.slice(Math.max(0, m.index - 7), m.index))) continue; // data: URIs are content, not keys
    // Stripe publishable keys are public by design (they ship in web pages); `sk_`/`rk_` ones are found above.
    if (/^pk_(?:live|test)_/.test(m[0])) continue;
    if (looksRandom(m[0]) && !encodedContent(m[0]))
      out.push({ category: 'secret', start: m.index, end: m.index + m[0].length, value: m[0], kind: 'high-entropy' });
  }
  return out;
}
