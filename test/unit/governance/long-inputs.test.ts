// Long, adversarial inputs: every detector regex must stay linear (no catastrophic backtracking) on
// model outputs of 100k+ characters built from the characters each pattern repeats. Each input also
// ends with one real value, so a detector that gave up early would fail the test.
// Linearity is checked by scaling, not by a time limit: the same run at n and 8n characters must cost
// about 8× (a quadratic pattern costs 64×). Sizes are small enough that a quadratic pattern still
// finishes (and fails the ratio) within seconds; the bar is generous (24×), and tiny absolute costs,
// where timer noise dominates, are not judged.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/core/governance/detect.js';

const N = 120_000;
const rep = (unit: string) => unit.repeat(Math.ceil(N / unit.length));

const RUNS: Record<string, string> = {
  'mixed-case alphanumerics': rep('aB3'),
  'alphanumerics then padding': `${rep('aB3')}===`,
  digits: rep('1'),
  'digits and spaces': rep('1 '),
  'digits and dashes': rep('12-'),
  'dotted digits': rep('1.'),
  colons: rep('a:'),
  'hex groups': rep('abcd:'),
  'at signs': rep('a@'),
  'dotted labels': `a@${rep('a.')}`,
  'dotted local part': `${rep('a.')}@`,
  'url credentials': rep('a://b:'),
  'unterminated private keys': rep('-----BEGIN PRIVATE KEY-----\n'),
  'phone openers': rep('+1 ('),
  'iban heads': rep('DE89 '),
  'token prefixes': rep('sk-'),
  'jwt heads': rep('eyJ.'),
  'slashed area codes': rep('030/'),
};

describe('detectors on long adversarial inputs', () => {
  for (const [name, run] of Object.entries(RUNS)) {
    it(`${name}: finishes and still finds the value after the run`, () => {
      const found = detectPii(`${run} \nwrite to ann.lee@example.com today`);
      expect(found.filter((f) => f.category === 'email').map((f) => f.value)).toContain('ann.lee@example.com');
    });
  }
});

/** Best of three: the least disturbed measurement of one detection over `text`, ms. */
function cost(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    detectPii(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('detectors scale linearly with the input', () => {
  const SMALL = 2_000;
  /** Below this, 8n costs too little to tell linear from quadratic through timer noise. */
  const FLOOR_MS = 40;
  for (const [name, run] of Object.entries(RUNS)) {
    it(`${name}: 8× the input costs at most 24× the work`, () => {
      const at = (n: number) =>
        `${run.slice(0, Math.ceil(n / 2))}${run.slice(-Math.floor(n / 2))} \nwrite to ann.lee@example.com today`;
      cost(at(SMALL)); // warm-up: compile the patterns
      const small = cost(at(SMALL));
      const large = cost(at(8 * SMALL));
      expect(
        large,
        `${small.toFixed(2)} ms at ${SMALL} chars, ${large.toFixed(2)} ms at ${8 * SMALL}`,
      ).toBeLessThanOrEqual(Math.max(24 * small, FLOOR_MS));
    });
  }
});
