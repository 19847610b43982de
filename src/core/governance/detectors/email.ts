// E-mail addresses: local@domain.tld with an alphabetic TLD of 2+ letters. `pkg@1.2.3`, `@mention`,
// `user@localhost` and retina asset names like `logo@2x.png` are not addresses.
import type { Finding } from '../types.js';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}([A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])/g;

// File extensions that are not TLDs but follow `@` in asset names (icon@2x.png).
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'js',
  'ts',
  'mjs',
  'cjs',
  'jsx',
  'tsx',
  'css',
  'scss',
  'html',
  'htm',
  'json',
  'yaml',
  'yml',
  'txt',
  'md',
  'pdf',
  'mp4',
  'mp3',
  'woff',
  'woff2',
  'ttf',
  'map',
]);

export function findEmails(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const tld = (m[1] ?? '').toLowerCase();
    if (FILE_EXTENSIONS.has(tld)) continue;
    const value = m[0];
    if (value.includes('..')) continue;
    out.push({ category: 'email', start: m.index, end: m.index + value.length, value });
  }
  return out;
}
