// IBANs: country code + 2 check digits + BBAN, written solid or in groups of four, exactly the
// length the country's registry entry says, and passing the ISO 7064 mod-97 check.
// Upper case only: that is how IBANs are printed, and it keeps ordinary words out.
import type { Finding } from '../types.js';
import { ibanMod97Valid } from './checksums.js';

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

const HEAD = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2}) ?(?=[A-Z0-9])/g;

const isAlnum = (c: string | undefined) => c !== undefined && /[A-Z0-9]/.test(c);

export function findIbans(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(HEAD)) {
    const length = IBAN_LENGTHS[m[1] ?? ''];
    if (!length) continue;
    // Collect exactly `length` characters, allowing single spaces between them.
    let compact = (m[1] ?? '') + (m[2] ?? '');
    let i = m.index + 4;
    while (compact.length < length && i < text.length) {
      const c = text[i];
      if (isAlnum(c)) {
        compact += c;
        i++;
      } else if (c === ' ' && isAlnum(text[i + 1])) {
        i++;
      } else break;
    }
    if (compact.length !== length) continue;
    if (/[A-Za-z0-9]/.test(text[i] ?? '')) continue; // the run goes on: not this IBAN
    if (!ibanMod97Valid(compact)) continue;
    out.push({ category: 'iban', start: m.index, end: i, value: text.slice(m.index, i) });
  }
  return out;
}
