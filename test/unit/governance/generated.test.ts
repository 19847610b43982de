// Seeded generators beyond the hand-written corpus: thousands of valid values per category embedded
// in sentences (recall) and thousands of look-alikes that must stay clean (false-positive rate).
import { describe, expect, it } from 'vitest';
import { detectPii, type PiiCategory } from '../../../src/core/governance/detect.js';
import { IBAN_LENGTHS } from '../../../src/core/governance/detectors/iban.js';
import { mulberry32, type Rng } from '../../../src/core/stats/rng.js';

const N = 1500;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, 0, xs.length - 1)]!;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (rng: Rng, n: number, alphabet = ALNUM) =>
  Array.from({ length: n }, () => alphabet[int(rng, 0, alphabet.length - 1)]).join('');

function luhnComplete(prefix: string, length: number, rng: Rng): string {
  const body = prefix + digits(rng, length - prefix.length - 1);
  for (let check = 0; check <= 9; check++) {
    const s = body + check;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

function ibanFor(country: string, rng: Rng): string {
  const bban = digits(rng, IBAN_LENGTHS[country]! - 4);
  const numeric = `${bban + country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return country + String(98 - rem).padStart(2, '0') + bban;
}

const grouped = (s: string, sep = ' ') => s.replace(/(.{4})(?=.)/g, `$1${sep}`);

const positives: Record<PiiCategory, (rng: Rng) => string> = {
  email: (rng) =>
    `${token(rng, int(rng, 3, 10), 'abcdefghijklmnopqrstuvwxyz')}.${token(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}@${pick(rng, ['example.com', 'mail.example.org', 'corp.example.co.uk'])}`,
  phone: (rng) =>
    pick(rng, [
      () => `+1 (${int(rng, 201, 989)}) ${int(rng, 200, 999)}-${digits(rng, 4)}`,
      () => `${int(rng, 201, 989)}-${int(rng, 200, 999)}-${digits(rng, 4)}`,
      () => `+44 20 ${digits(rng, 4)} ${digits(rng, 4)}`,
      () => `+49 ${int(rng, 30, 89)} ${digits(rng, 7)}`,
      () => `0${int(rng, 1, 9)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
      () => `(${int(rng, 201, 989)}) ${digits(rng, 3)}-${digits(rng, 4)}`,
      () => `0049 ${int(rng, 30, 89)} ${digits(rng, 7)}`,
      () => `0${int(rng, 30, 89)}/${digits(rng, 8)}`,
    ])(),
  card: (rng) => {
    const [prefix, len] = pick(rng, [
      ['4', 16],
      ['51', 16],
      ['55', 16],
      ['2221', 16],
      ['6011', 16],
      ['35', 16],
    ] as const);
    const p = prefix === '35' ? String(int(rng, 3528, 3589)) : prefix;
    const n = luhnComplete(p, len, rng);
    return pick(rng, [n, grouped(n), grouped(n, '-')]);
  },
  iban: (rng) => {
    const iban = ibanFor(pick(rng, ['DE', 'FR', 'ES', 'NL', 'BE', 'AT', 'PL', 'SE', 'CH', 'IT']), rng);
    return rng() < 0.5 ? iban : grouped(iban);
  },
  ssn: (rng) =>
    `${String(int(rng, 1, 899))
      .replace(/^666$/, '667')
      .padStart(3, '0')}-${String(int(rng, 1, 99)).padStart(2, '0')}-${String(int(rng, 1, 9999)).padStart(4, '0')}`,
  ip: (rng) => `${int(rng, 1, 223)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`,
  secret: (rng) =>
    pick(rng, [
      () => `ghp_${token(rng, 36)}`,
      () => `sk-proj-${token(rng, 48)}`,
      () => `AKIA${token(rng, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      () => `xoxb-${digits(rng, 12)}-${token(rng, 24)}`,
      () => `glpat-${token(rng, 20)}`,
      () => token(rng, 40, `${ALNUM}+/`),
      // HTTP Basic credentials: base64 of printable `user:password`, still a secret.
      () => btoa(`${token(rng, 8, 'abcdefghijklmnopqrstuvwxyz')}:${token(rng, 24)}`),
    ])(),
};

const lookAlikes: ((rng: Rng) => string)[] = [
  (rng) =>
    `${int(rng, 1990, 2030)}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')} ${int(rng, 0, 23)}:${digits(rng, 2)}`,
  (rng) =>
    `${String(int(rng, 1, 28)).padStart(2, '0')}.${String(int(rng, 1, 12)).padStart(2, '0')}.${int(rng, 1990, 2030)}`,
  (rng) => `v${int(rng, 0, 20)}.${int(rng, 0, 40)}.${int(rng, 0, 300)}`,
  (rng) => `version ${int(rng, 0, 20)}.${int(rng, 0, 40)}.${int(rng, 0, 99)}.${int(rng, 0, 9999)}`,
  (rng) => `$${int(rng, 1, 999)},${digits(rng, 3)},${digits(rng, 3)}.${digits(rng, 2)}`,
  (rng) => `order ${int(rng, 1, 9)}${digits(rng, int(rng, 7, 12))}`,
  (rng) => `ticket #${int(rng, 1000, 99999)}-${digits(rng, 4)}`,
  (rng) => token(rng, 40, '0123456789abcdef'),
  (rng) =>
    `${token(rng, 8, '0123456789abcdef')}-${token(rng, 4, '0123456789abcdef')}-4${token(rng, 3, '0123456789abcdef')}-a${token(rng, 3, '0123456789abcdef')}-${token(rng, 12, '0123456789abcdef')}`,
  (rng) => `${int(rng, 0, 23)}:${digits(rng, 2)}:${digits(rng, 2)}`,
  (rng) => `${int(rng, 10, 99)}% of ${int(rng, 1000, 9999)} users in ${int(rng, 1990, 2030)}`,
  (rng) => `pkg@${int(rng, 0, 9)}.${int(rng, 0, 30)}.${int(rng, 0, 30)}`,
  (rng) => `ISBN 978-${int(rng, 0, 9)}-${digits(rng, 3)}-${digits(rng, 5)}-${int(rng, 0, 9)}`,
  (rng) =>
    `the ${pick(rng, ['UserAccountServiceFactory', 'AbstractRequestHandlerChain', 'DefaultEvaluationPipelineBuilder'])}${int(rng, 2, 9)}Impl`,
  // Slashed dates (the phone detector accepts one slash after a 0-led area code) and base64 of prose.
  (rng) =>
    `${String(int(rng, 1, 12)).padStart(2, '0')}/${String(int(rng, 1, 28)).padStart(2, '0')}/${int(rng, 1990, 2030)} ${int(rng, 0, 23)}:${digits(rng, 2)}`,
  (rng) => `0${int(rng, 1, 9)}/${int(rng, 1, 12)}/${int(rng, 1990, 2030)}`,
  (rng) =>
    btoa(
      `${pick(rng, ['Hello', 'Order', 'Note'])} ${int(rng, 1000, 99999)}: ${pick(rng, ['shipped today', 'is delayed again', 'was refunded in full'])} to ${token(rng, 8)}`,
    ),
  (rng) =>
    `${btoa(JSON.stringify({ alg: pick(rng, ['HS256', 'RS256', 'ES384']), typ: 'JWT', kid: token(rng, 10) })).replace(/=+$/, '')}`,
];

describe('seeded generated PII', () => {
  it('recall ≥ 0.99 per category on valid values embedded in prose', () => {
    const rng = mulberry32(20251101);
    const misses: string[] = [];
    for (const [category, gen] of Object.entries(positives) as [PiiCategory, (r: Rng) => string][]) {
      let hit = 0;
      for (let i = 0; i < N; i++) {
        const value = gen(rng);
        const found = detectPii(`Note: ${value} (see above).`);
        if (found.some((f) => f.category === category && f.value === value)) hit++;
        else if (misses.length < 10)
          misses.push(`${category}: ${value} → ${JSON.stringify(found.map((f) => [f.category, f.value]))}`);
      }
      console.log(`generated ${category}: recall ${(hit / N).toFixed(4)}`);
      expect(hit / N, `${category} misses e.g. ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('false-positive rate ≤ 0.5% on generated look-alikes (dates, versions, amounts, IDs, hashes, identifiers)', () => {
    const rng = mulberry32(7);
    let fp = 0;
    const examples: string[] = [];
    const total = N * lookAlikes.length;
    for (let i = 0; i < total; i++) {
      const text = `Info: ${lookAlikes[i % lookAlikes.length]!(rng)} end.`;
      const found = detectPii(text);
      if (found.length > 0) {
        fp++;
        if (examples.length < 10) examples.push(`${text} → ${found.map((f) => `${f.category}:${f.value}`).join(', ')}`);
      }
    }
    console.log(
      `generated look-alikes: ${fp} of ${total} flagged${examples.length ? `, e.g.\n${examples.join('\n')}` : ''}`,
    );
    expect(fp / total).toBeLessThanOrEqual(0.005);
  });
});
