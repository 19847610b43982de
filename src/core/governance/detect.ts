// PII and secret detection, redaction and input scanning: the governance core. Pure functions over
// strings; the engine calls them through the `scanInput` / `redact` hooks of EngineDeps.
import { findCards } from './detectors/card.js';
import { findEmails } from './detectors/email.js';
import { findIbans } from './detectors/iban.js';
import { findIps } from './detectors/ip.js';
import { findPhones } from './detectors/phone.js';
import { findSecrets } from './detectors/secret.js';
import { findSsns } from './detectors/ssn.js';
import { PII_CATEGORIES, type Detector, type Finding, type PiiCategory } from './types.js';

export { PII_CATEGORIES, type Finding, type PiiCategory };

// Order = priority when two findings overlap: a key containing digits is a secret, not a phone
// number; an IBAN's digits are not a card; an SSN-shaped run is not a national phone number.
const DETECTORS: [PiiCategory, Detector][] = [
  ['secret', findSecrets],
  ['email', findEmails],
  ['iban', findIbans],
  ['card', findCards],
  ['ssn', findSsns],
  ['ip', findIps],
  ['phone', findPhones],
];

const PRIORITY = new Map(DETECTORS.map(([c], i) => [c, i]));

/** What a text offers the detectors, counted in one pass over its characters. */
interface TextShape {
  /** ASCII digits (`\d` without the `u` flag). */
  digits: number;
  colons: number;
  at: boolean;
  /** Longest run of characters in [A-Za-z0-9_+/.-]: every key/token pattern is such a run. */
  tokenRun: number;
}

const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/.-') TOKEN_CHAR[c.charCodeAt(0)] = 1;

function shapeOf(text: string): TextShape {
  let digits = 0;
  let colons = 0;
  let at = false;
  let run = 0;
  let tokenRun = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 58) colons++;
    else if (c === 64) at = true;
    if (c < 128 && TOKEN_CHAR[c] === 1) {
      if (++run > tokenRun) tokenRun = run;
    } else run = 0;
  }
  return { digits, colons, at, tokenRun };
}

/**
 * Whether a detector can find anything in a text of this shape. Why: the detectors are ~20 regex scans
 * per text and run on every stored text of every sample (outputs, reasons, prompts, variables); most
 * texts are prose that none of them can match. Each condition is a necessary one, read off the
 * detector's patterns (the bound is at or below the shortest possible match), so skipping a detector
 * never changes a result; test/unit/governance/prefilter.test.ts compares against running all of them.
 */
const MAY_MATCH: Record<PiiCategory, (s: TextShape, text: string) => boolean> = {
  // Every vendor pattern and the entropy token is a run of ≥ 15 token characters (the shortest, a
  // Slack token, is `xoxb-` + 10); URL passwords need `://`, private keys their PEM header.
  secret: (s, text) => s.tokenRun >= 15 || text.includes('://') || text.includes('-----BEGIN'),
  email: (s) => s.at,
  // Two check digits after the country code.
  iban: (s) => s.digits >= 2,
  // 13–19 digits (Luhn-checked).
  card: (s) => s.digits >= 13,
  ssn: (s) => s.digits >= 9,
  // IPv4: four octets; IPv6: at least two colons.
  ip: (s) => s.digits >= 4 || s.colons >= 2,
  // E.164 needs 8 digits after `+`; NANP and trunk-prefix national numbers have 10.
  phone: (s) => s.digits >= 8,
};

/** Category priority; within secrets a known vendor key outranks the generic entropy guess. */
function rank(f: Finding): number {
  return PRIORITY.get(f.category)! * 2 + (f.kind === 'high-entropy' ? 1 : 0);
}

/** Every detector's candidates, unfiltered (detectPii skips the ones that cannot match). */
export function findAllCandidates(text: string, skipImpossible = true): Finding[] {
  const shape = skipImpossible ? shapeOf(text) : undefined;
  const all: Finding[] = [];
  for (const [category, detector] of DETECTORS) {
    if (shape && !MAY_MATCH[category](shape, text)) continue;
    for (const f of detector(text)) all.push(f);
  }
  return all;
}

/**
 * Finds PII and secrets in `text`, non-overlapping, in text order. `categories` filters the
 * result; all detectors still run so that e.g. a card number is never reported as a phone number.
 */
export function detectPii(text: string, categories?: readonly PiiCategory[]): Finding[] {
  if (text.length === 0) return [];
  const all = findAllCandidates(text);
  if (all.length === 0) return all;
  all.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of all) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  return categories ? kept.filter((f) => categories.includes(f.category)) : kept;
}

/**
 * Replaces every finding with `[REDACTED:<category>]`. Idempotent: a redacted text has no findings.
 * One parameter on purpose: it is handed around as a callback (`texts.map(redact)` must not turn an
 * index into a category list).
 */
export function redact(text: string): { text: string; count: number } {
  return redactCategories(text);
}

/** `redact`, limited to some categories. */
export function redactCategories(text: string, categories?: readonly PiiCategory[]): { text: string; count: number } {
  const findings = detectPii(text, categories);
  if (findings.length === 0) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${text.slice(at, f.start)}[REDACTED:${f.category}]`;
    at = f.end;
  }
  return { text: out + text.slice(at), count: findings.length };
}

/** The engine's `scanInput` hook: which categories a rendered prompt contains, and how many values. */
export function scanInput(text: string): { categories: string[]; count: number } {
  const findings = detectPii(text);
  const categories = PII_CATEGORIES.filter((c) => findings.some((f) => f.category === c));
  return { categories: [...categories], count: findings.length };
}

/** "2 email, 1 phone" — a summary for reasons and warnings that never includes the values. */
export function summarizeFindings(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${n} ${c}`).join(', ');
}
