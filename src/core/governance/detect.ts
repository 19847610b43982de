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

/** Category priority; within secrets a known vendor key outranks the generic entropy guess. */
function rank(f: Finding): number {
  return PRIORITY.get(f.category)! * 2 + (f.kind === 'high-entropy' ? 1 : 0);
}

/**
 * Finds PII and secrets in `text`, non-overlapping, in text order. `categories` filters the
 * result; all detectors still run so that e.g. a card number is never reported as a phone number.
 */
export function detectPii(text: string, categories?: readonly PiiCategory[]): Finding[] {
  if (text.length === 0) return [];
  const all = DETECTORS.flatMap(([, d]) => d(text));
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
    out += text.slice(at, f.start) + `[REDACTED:${f.category}]`;
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
