import { describe, expect, it } from 'vitest';
import {
  detectPii,
  redact,
  redactCategories,
  scanInput,
  summarizeFindings,
} from '../../../src/core/governance/detect.js';
import { ibanMod97Valid, luhnValid, shannonEntropy } from '../../../src/core/governance/detectors/checksums.js';
import { ssnValid } from '../../../src/core/governance/detectors/ssn.js';

describe('checksums', () => {
  it('Luhn accepts published test cards and rejects a one-digit change', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111121')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
  it('mod-97 accepts a registry example and rejects a transposition', () => {
    expect(ibanMod97Valid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanMod97Valid('GB29NWBK60161331928619')).toBe(false);
  });
  it('entropy: constant string 0, two balanced symbols 1 bit', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
  });
  it('SSN rules exclude never-issued numbers', () => {
    expect(ssnValid('536', '22', '1234')).toBe(true);
    for (const [a, g, s] of [
      ['000', '12', '3456'],
      ['666', '12', '3456'],
      ['950', '12', '3456'],
      ['536', '00', '1234'],
      ['536', '22', '0000'],
    ])
      expect(ssnValid(a!, g!, s!)).toBe(false);
  });
});

describe('detectPii', () => {
  it('reports offsets that slice back to the value, in text order', () => {
    const text = 'mail a@example.com then call +44 20 7946 0958';
    const found = detectPii(text);
    expect(found.map((f) => f.category)).toEqual(['email', 'phone']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.value);
  });

  it('filters by category after resolving overlaps (a card is never re-reported as a phone)', () => {
    const text = 'card 4111 1111 1111 1111, ip 10.1.2.3';
    expect(detectPii(text, ['phone'])).toEqual([]);
    expect(detectPii(text, ['card']).map((f) => f.value)).toEqual(['4111 1111 1111 1111']);
    expect(detectPii(text, ['ip', 'card']).map((f) => f.category)).toEqual(['card', 'ip']);
  });

  it('a vendor key wins over the generic entropy guess and keeps its kind', () => {
    const [f] = detectPii('token ghp_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR');
    expect(f).toMatchObject({ category: 'secret', kind: 'github-token' });
  });

  it('finds nothing in empty or ordinary text', () => {
    expect(detectPii('')).toEqual([]);
    expect(detectPii('The quick brown fox jumps over 13 lazy dogs on 2024-03-01.')).toEqual([]);
  });
});

describe('redact / scanInput', () => {
  it('replaces each value with its category marker and counts them', () => {
    expect(redact('Write to bob@example.com or 415-555-0132.')).toEqual({
      text: 'Write to [REDACTED:email] or [REDACTED:phone].',
      count: 2,
    });
    expect(redact('nothing here')).toEqual({ text: 'nothing here', count: 0 });
  });

  it('may be limited to categories', () => {
    expect(redactCategories('bob@example.com 415-555-0132', ['phone']).text).toBe('bob@example.com [REDACTED:phone]');
  });

  it('scanInput lists categories in a stable order with the total count', () => {
    expect(scanInput('415-555-0132, bob@example.com, eve@example.com')).toEqual({
      categories: ['email', 'phone'],
      count: 3,
    });
    expect(scanInput('Summarise this article about tides.')).toEqual({ categories: [], count: 0 });
  });

  it('summaries never contain the values', () => {
    const findings = detectPii('bob@example.com, eve@example.com, 415-555-0132');
    const s = summarizeFindings(findings);
    expect(s).toBe('2 email, 1 phone');
    expect(s).not.toContain('example');
  });
});
