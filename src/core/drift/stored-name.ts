// Names the drift history stores in every run (case ids, model ids, fingerprints) have a byte bound, so
// a night's size does not grow with a pathological name (docs/drift.md "Size"). A longer name becomes
// its first bytes, "…" and a digest of the whole name: still unique, still readable, and the same on
// every night, so runs keep pairing by it. Applying it twice changes nothing.
import { sha256Hex } from '../util/hash.js';

/** Most bytes of one stored name, as JSON text (escapes included, quotes excluded). */
export const STORED_NAME_BYTES = 64;
/** Most served models and most fingerprints kept per run (the sorted first ones). */
export const STORED_NAMES_PER_RUN = 4;
const DIGEST_CHARS = 12;

/**
 * UTF-8 bytes of `s`, counted without encoding it (the size cap measures every stored record each night).
 * A lone surrogate counts 3 (JSON.stringify has escaped any in what is measured here).
 */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of `s` written as a JSON string, without its quotes (a control character costs 6). */
export const jsonStringBytes = (s: string): number => utf8Bytes(JSON.stringify(s)) - 2;

/** The longest prefix of `s` whose JSON text has at most `maxBytes` bytes; never splits a surrogate pair. */
export function jsonPrefix(s: string, maxBytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const n = jsonStringBytes(ch);
    if (used + n > maxBytes) break;
    used += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

export function storedName(name: string): string {
  if (jsonStringBytes(name) <= STORED_NAME_BYTES) return name;
  const tail = `…${sha256Hex(name).slice(0, DIGEST_CHARS)}`;
  return jsonPrefix(name, STORED_NAME_BYTES - jsonStringBytes(tail)) + tail;
}

/** A run's served models or fingerprints: bounded names, sorted, deduplicated, at most STORED_NAMES_PER_RUN. */
export const storedNames = (names: readonly string[]): string[] =>
  [...new Set(names.map(storedName))].sort().slice(0, STORED_NAMES_PER_RUN);
