// Payment card numbers: 13–19 digits, written solid or in groups split by single spaces or hyphens
// (one separator kind), passing Luhn and starting with an issuer prefix (IIN) of a known network.
// Luhn alone lets 1 in 10 random digit runs through; the IIN table removes most of the rest.
import type { Finding } from '../types.js';
import { luhnValid } from './checksums.js';

const CANDIDATE = /(?<![\w.+-])\d(?:[ -]?\d){12,18}(?![\w]|[.-]\d)/g;

interface Network {
  name: string;
  prefix: (d: string) => boolean;
  lengths: number[];
}

const range = (d: string, len: number, lo: number, hi: number) => {
  const p = Number(d.slice(0, len));
  return p >= lo && p <= hi;
};

const NETWORKS: Network[] = [
  { name: 'visa', prefix: (d) => d.startsWith('4'), lengths: [13, 16, 19] },
  { name: 'mastercard', prefix: (d) => range(d, 2, 51, 55) || range(d, 4, 2221, 2720), lengths: [16] },
  { name: 'amex', prefix: (d) => d.startsWith('34') || d.startsWith('37'), lengths: [15] },
  {
    name: 'discover',
    prefix: (d) => d.startsWith('6011') || d.startsWith('65') || range(d, 3, 644, 649),
    lengths: [16, 17, 18, 19],
  },
  {
    name: 'diners',
    prefix: (d) => range(d, 3, 300, 305) || d.startsWith('36') || d.startsWith('38') || d.startsWith('39'),
    lengths: [14, 15, 16, 17, 18, 19],
  },
  { name: 'jcb', prefix: (d) => range(d, 4, 3528, 3589), lengths: [16, 17, 18, 19] },
  { name: 'unionpay', prefix: (d) => d.startsWith('62'), lengths: [16, 17, 18, 19] },
  {
    name: 'maestro',
    prefix: (d) =>
      ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].some((p) => d.startsWith(p)),
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
];

function cardNetwork(digits: string): string | undefined {
  if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return undefined;
  return NETWORKS.find((n) => n.lengths.includes(digits.length) && n.prefix(digits))?.name;
}

export function findCards(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const value = m[0];
    const seps = new Set(value.replace(/\d/g, ''));
    if (seps.size > 1) continue; // "4111 1111-1111 1111" is not how cards are written
    const digits = value.replace(/\D/g, '');
    // Grouped numbers use groups of 4 (Amex/Diners: 4-6-5 / 4-6-4); odd groupings are something else.
    if (seps.size === 1) {
      const groups = value.split(/[ -]/).map((g) => g.length);
      const fours = groups.slice(0, -1).every((g) => g === 4);
      const amexLike = groups.length === 3 && groups[0] === 4 && groups[1] === 6;
      if (!fours && !amexLike) continue;
    }
    const kind = cardNetwork(digits);
    if (kind) out.push({ category: 'card', start: m.index, end: m.index + value.length, value, kind });
  }
  return out;
}
