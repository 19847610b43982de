// detectPii skips a detector when the text lacks what every one of its matches needs (digits, `@`,
// a long token run...). That must never change a result: over the labelled corpus, values at each
// detector's shortest length, and seeded random texts dense in digits, separators and token characters,
// the candidates with skipping equal the candidates of every detector run on the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii, findAllCandidates } from '../../../src/core/governance/detect.js';
import { mulberry32, type Rng } from '../../../src/core/stats/rng.js';

const corpus = (
  JSON.parse(readFileSync(new URL('../../fixtures/pii/corpus.json', import.meta.url), 'utf8')) as {
    cases: { text: string }[];
  }
).cases.map((c) => c.text);

// At (or just past) the shortest match of each detector: the bounds in detect.ts's MAY_MATCH.
const EDGES = [
  'token xoxb-1234567890 here',
  'slack xoxp-12345a7890',
  'sk-abcdefghij1234567890',
  'sk_live_abcdEFGH12345678',
  'AKIAABCDEFGHIJKLMNOP',
  'postgres://user:pw1@db.internal/x',
  '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
  'a@b.co',
  'NO9386011117947',
  'GB82 WEST 1234 5698 7654 32',
  '4111111111111',
  '4111 1111 1111 1111',
  '123-45-6789',
  '078-05-1120',
  '1.2.3.4',
  'fe80::1',
  '::1',
  'a:b:c',
  'abcd:abcd:abcd:abcd:abcd:abcd:abcd:abcd',
  '+4930123456',
  '+49 30 1234',
  '0049 30 12345678',
  '(555) 123-4567',
  '415 555-0132',
  '030/12345678',
  '020 7946 0958',
];

const ALPHABET = '0123456789012345678901234567890123456789 .-:@/+_()abcXYZ\n';
function randomText(rng: Rng): string {
  const n = 4 + Math.floor(rng() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rng() * ALPHABET.length)];
  return s;
}

/** A value one edit away from an edge: a character dropped, changed or added (just under a bound). */
function mutate(rng: Rng, text: string): string {
  const i = Math.floor(rng() * text.length);
  const c = ALPHABET[Math.floor(rng() * ALPHABET.length)]!;
  const op = Math.floor(rng() * 3);
  return op === 0
    ? text.slice(0, i) + text.slice(i + 1)
    : op === 1
      ? text.slice(0, i) + c + text.slice(i + 1)
      : text.slice(0, i) + c + text.slice(i);
}

/** Digit groups joined by separators: the raw material of phones, cards, SSNs, IPs and IBANs. */
function digitGroups(rng: Rng): string {
  const seps = [' ', '-', '.', ':', '/', '', '+', '(', ')'];
  let s = rng() < 0.3 ? '+' : rng() < 0.2 ? 'DE' : '';
  const groups = 1 + Math.floor(rng() * 6);
  for (let g = 0; g < groups; g++) {
    const len = 1 + Math.floor(rng() * 5);
    for (let i = 0; i < len; i++) s += String(Math.floor(rng() * 10));
    if (g < groups - 1) s += seps[Math.floor(rng() * seps.length)];
  }
  return s;
}

describe('detector prefilter', () => {
  it('never changes what the detectors find (corpus, edge values and their one- and two-edit variants, 20,000 random texts)', () => {
    const rng = mulberry32(20261127);
    const texts = [
      ...corpus,
      ...EDGES,
      ...EDGES.map((e) => `x ${e} y`),
      ...Array.from({ length: 10_000 }, () => randomText(rng)),
      ...Array.from({ length: 10_000 }, () => digitGroups(rng)),
      ...EDGES.flatMap((e) => Array.from({ length: 200 }, () => mutate(rng, rng() < 0.5 ? e : mutate(rng, e)))),
    ];
    let withFindings = 0;
    for (const text of texts) {
      const all = findAllCandidates(text, false);
      if (all.length > 0) withFindings++;
      expect(findAllCandidates(text), text).toEqual(all);
    }
    // The random texts are dense enough to exercise the detectors, not only the skip path.
    expect(withFindings).toBeGreaterThan(2_000);
  });

  it('skips every detector on plain prose and still finds a value in it', () => {
    const prose = 'Say hello to user 7 about topic 3: the weather is fine today.';
    expect(detectPii(prose)).toEqual([]);
    expect(detectPii(`${prose} Mail bob@example.com`).map((f) => f.category)).toEqual(['email']);
  });
});
