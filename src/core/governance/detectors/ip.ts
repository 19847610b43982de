// IP addresses. IPv4: four octets 0–255 without leading zeros, not part of a longer dotted run
// (OIDs, 5-part versions) and not a version or section number (`v1.2.3.4`, `version 10.0.0.1`,
// `section 4.2.1.3`, `§ 1.2.3.4`).
// IPv6: eight groups, or a `::`-compressed form with at least two non-empty groups one of which
// holds a digit (so `std::vector`, times and MAC addresses stay out).
import type { Finding } from '../types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g;

const NUMBERING_BEFORE =
  /(?:\bv|\b(?:version|ver\.?|release|build|section|sect?\.|chapter|clause|paragraph|figure|fig\.|table|step|rule|item)\s*|§\s*)$/i;

function isIpv6(s: string): boolean {
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  if (parts.length === 1) return groups.length === 8;
  return groups.length >= 2 && groups.length <= 7 && groups.some((g) => /\d/.test(g));
}

export function findIps(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(IPV4)) {
    if (NUMBERING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ category: 'ip', start: m.index, end: m.index + m[0].length, value: m[0], kind: 'ipv4' });
  }
  for (const m of text.matchAll(IPV6_CANDIDATE)) {
    if (!isIpv6(m[0])) continue;
    out.push({ category: 'ip', start: m.index, end: m.index + m[0].length, value: m[0], kind: 'ipv6' });
  }
  return out;
}
