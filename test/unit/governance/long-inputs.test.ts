// Long, adversarial inputs: every detector regex must stay linear (no catastrophic backtracking) on
// model outputs of 100k+ characters built from the characters each pattern repeats. No timing
// assertion: a backtracking pattern makes this file hang past the test timeout instead. Each input
// also ends with one real value, so a detector that gave up early would fail the test.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/core/governance/detect.js';

const N = 120_000;
const rep = (unit: string) => unit.repeat(Math.ceil(N / unit.length));

const RUNS: Record<string, string> = {
  'mixed-case alphanumerics': rep('aB3'),
  'alphanumerics then padding': rep('aB3') + '===',
  digits: rep('1'),
  'digits and spaces': rep('1 '),
  'digits and dashes': rep('12-'),
  'dotted digits': rep('1.'),
  colons: rep('a:'),
  'hex groups': rep('abcd:'),
  'at signs': rep('a@'),
  'dotted labels': 'a@' + rep('a.'),
  'dotted local part': rep('a.') + '@',
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
