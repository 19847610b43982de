// Phone numbers. Digit runs are everywhere (dates, versions, order numbers, IPs, prices), so a run
// only counts when its shape is a phone number's:
//   - international: `+` (or `00` and a separator) country code, 8–15 digits (E.164), optional single
//     separators;
//   - North American: (NXX) NXX-XXXX / NXX-NXX-XXXX / NXX.NXX.XXXX, optionally `1-` first. The
//     parenthesised and the dashed/dotted forms also accept an exchange starting with 0 or 1
//     (`(555) 123-4567`, the way example and made-up numbers are written, and what a leak of one looks
//     like); other forms (spaces, mixed separators) keep the strict NANP exchange (2–9), because three
//     space-separated digit groups are often just numbers in a row (`256 128 1024`);
//   - trunk-prefix national (most of Europe, ...): starts with 0, 10–12 digits, separated groups of ≥ 2
//     digits; the German area-code slash (`030/12345678`) is one such separator.
// Plain digit runs without a `+` never count: they are far more often IDs than phone numbers.
import type { Finding } from '../types.js';

// The optional `0…/` head is the only place a slash may appear (German area codes: `030/12345678`).
const CANDIDATE = /(?<![\w+@/.-])\+?\(?(?:0\d{1,4}\/)?\d[\d ().-]{5,22}\d(?![\w]|[.:/-]?\d)/g;
const NANP = [
  // Strict NANP (area and exchange 2–9), any single separators: `415 555-0132`, `1 800 555 0199`.
  /^(?:1[ .-]?)?(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[ .-]?)[2-9]\d{2}[ .-]\d{4}$/,
  // Unmistakable shapes with any exchange: `(555) 123-4567`, `555-123-4567`, `555.123.4567`.
  /^(?:1[ .-]?)?\([2-9]\d{2}\) ?\d{3}[ .-]\d{4}$/,
  /^(?:1-)?[2-9]\d{2}-\d{3}-\d{4}$/,
  /^(?:1\.)?[2-9]\d{2}\.\d{3}\.\d{4}$/,
];

function groupsOf(s: string): string[] {
  return s.split(/[^\d]+/).filter((g) => g.length > 0);
}

function wellFormed(s: string): boolean {
  if (/[ .-]{2,}/.test(s.replace(/\) /g, ')'))) return false; // doubled separators
  const opens = (s.match(/\(/g) ?? []).length;
  const closes = (s.match(/\)/g) ?? []).length;
  if (opens !== closes || opens > 1) return false;
  if (opens === 1 && !/\(\d{1,5}\)/.test(s)) return false;
  // Four dot-separated short groups is an IPv4 address, not a phone.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) return false;
  return true;
}

function isPhoneCandidate(s: string): boolean {
  if (!wellFormed(s)) return false;
  // `00` is the international prefix `+` is written for in much of Europe (`0049 30 1234567`); with
  // separators only, since a solid 00-led run is more often a zero-padded ID.
  if (/^00[1-9]\d{0,2}[ .-]/.test(s)) return isPhoneCandidate(`+${s.slice(2)}`);
  const digits = s.replace(/\D/g, '');
  const groups = groupsOf(s);
  if (s.startsWith('+')) {
    const trunk = s.includes('(0)') ? 1 : 0;
    if (digits.length < 8 || digits.length > 15 + trunk) return false;
    if (digits.startsWith('0')) return false;
    // After the country code, allow at most one one-digit group (`+33 1 23 45 67 89`).
    return groups.slice(1).filter((g) => g.length === 1 && g !== '0').length <= 1;
  }
  if (!/[ ()./-]/.test(s)) return false;
  if (NANP.some((re) => re.test(s))) return true;
  if (s.startsWith('0') || s.startsWith('(0')) {
    if (digits.length < 10 || digits.length > 12) return false;
    return groups.every((g) => g.length >= 2);
  }
  return false;
}

export function findPhones(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let value = m[0];
    let start = m.index;
    // The candidate class includes `(`/`)`; drop an unbalanced trailing/leading one (prose parentheses).
    if (value.startsWith('(') && !value.includes(')')) {
      value = value.slice(1);
      start += 1;
    }
    if (isPhoneCandidate(value)) out.push({ category: 'phone', start, end: start + value.length, value });
  }
  return out;
}
