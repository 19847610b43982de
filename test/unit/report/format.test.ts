import { describe, expect, it } from 'vitest';
import { ms, msDelta, pct, pctDelta, score, signed, tokens, usd, usdDelta } from '../../../src/core/report/format.js';

describe('format', () => {
  it('USD with sensible precision, unknown never $0', () => {
    expect(usd(0.000123456)).toBe('$0.000123');
    expect(usd(0.0042)).toBe('$0.0042');
    expect(usd(0.5)).toBe('$0.50');
    expect(usd(12.345)).toBe('$12.35');
    expect(usd(1234567.8)).toBe('$1,234,568');
    expect(usd(0)).toBe('$0.00');
    expect(usd(null)).toBe('price unknown');
    expect(usd(-0.25)).toBe('-$0.25');
    expect(usdDelta(0.00012)).toBe('+$0.00012');
    expect(usdDelta(-1500)).toBe('-$1,500');
    expect(usdDelta(null)).toBe('price unknown');
  });
  it('percentages and signed numbers', () => {
    expect(pct(0.8533)).toBe('85.3%');
    expect(pct(1)).toBe('100%');
    expect(pct(null)).toBe('—');
    expect(pctDelta(0.123)).toBe('+12.3%');
    expect(pctDelta(-0.05)).toBe('-5%');
    expect(pctDelta(0.00001)).toBe('0%');
    // A near-free base makes huge relative changes: no decimals, thousands separated.
    expect(pctDelta(255.789)).toBe('+25,579%');
    expect(pctDelta(-10.5)).toBe('-1,050%');
    expect(signed(0.0512)).toBe('+0.051');
    expect(signed(-0.0004)).toBe('0.000');
    expect(score(0.8123)).toBe('0.812');
  });
  it('latency and tokens', () => {
    expect(ms(850.4)).toBe('850 ms');
    expect(ms(1240)).toBe('1.24 s');
    expect(msDelta(120)).toBe('+120 ms');
    expect(msDelta(-2500)).toBe('-2.50 s');
    expect(tokens(123.45)).toBe('123.5');
    expect(tokens(1204)).toBe('1,204');
  });
});
