import { describe, expect, it } from 'vitest';
import { count } from '../../../src/core/report/format.js';
import { mean } from '../../../src/core/stats/mean.js';
import { sha256Hex } from '../../../src/core/util/hash.js';
import { maskSecrets } from '../../../src/core/util/mask-secrets.js';

describe('shared helpers', () => {
  it('sha256Hex hashes UTF-8 text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é')).not.toBe(sha256Hex('e\u0301'));
  });

  it('mean is null for no values, never 0', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3, 12);
  });

  it('count pluralises by the number', () => {
    expect(count(1, 'run')).toBe('1 run');
    expect(count(0, 'run')).toBe('0 runs');
    expect(count(3, 'regressed case')).toBe('3 regressed cases');
  });

  it('maskSecrets masks every spelling of a real secret and leaves short placeholders alone', () => {
    const key = 'sk-abc"123456';
    const escaped = JSON.stringify(key).slice(1, -1);
    expect(maskSecrets(`a ${key} b ${key}`, [key], '***')).toBe('a *** b ***');
    expect(maskSecrets(`{"k":"${escaped}"}`, [key], '[X]', (s) => [s, JSON.stringify(s).slice(1, -1)])).toBe(
      '{"k":"[X]"}',
    );
    expect(maskSecrets('a test of x', ['test', 'x'], '***')).toBe('a test of x');
  });
});
