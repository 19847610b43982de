import { it } from 'vitest';
import { detectPii } from '../../../src/core/governance/detect.js';
it('perf', () => {
  const chunk = 'Contact jane@example.com or +44 20 7946 0958; version 1.2.3.4, order 123456789012, sha 3f786850e387550fdab836ed7e6dc881de23001b. ';
  const texts: [string, string][] = [['mixed', chunk.repeat(2000)], ['a', 'a'.repeat(200_000)], ['digits', '1'.repeat(50_000)], ['labels', 'x@' + 'a.'.repeat(20_000)], ['colons', ':'.repeat(50_000)], ['1 ', '1 '.repeat(50_000)], ['A1b2', 'A1b2'.repeat(25_000)], ['1.', '1.'.repeat(50_000)]];
  for (const [name, t] of texts) { const t0 = performance.now(); const n = detectPii(t).length; process.stdout.write(`${name} ${t.length} ${n} ${Math.round(performance.now() - t0)} ms\n`); }
}, 120_000);
