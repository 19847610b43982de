// US Social Security numbers, written AAA-GG-SSSS (or with spaces). Bare 9-digit runs are not
// matched: they are mostly IDs. Numbers the SSA never issues are excluded: area 000, 666 and
// 900–999, group 00, serial 0000, and the two famous published numbers.
import type { Finding } from '../types.js';

const SSN = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|[-.]\d)/g;
const PUBLISHED = new Set(['078051120', '219099999']);

export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  return !PUBLISHED.has(area + group + serial);
}

export function findSsns(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(SSN)) {
    if (!ssnValid(m[1] ?? '', m[3] ?? '', m[4] ?? '')) continue;
    out.push({ category: 'ssn', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
