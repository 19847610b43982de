// Base and head are compared only when sampled under the same conditions: cached answers from another
// served model / system_fingerprint than the other side's live ones make the suite "not comparable"
// (inconclusive, loudly), never a regression; latency is compared only between live samples.
import { describe, expect, it } from 'vitest';
import { compareSuite } from '../../../src/core/compare/compare.js';
import { GateSchema } from '../../../src/core/config/schema.js';
import { aggregateCase } from '../../../src/core/engine/aggregate.js';
import type { CaseResult } from '../../../src/core/results/types.js';
import { sample, suiteOf } from './builders.js';

const gate = GateSchema.parse({});

function side(
  cached: boolean,
  served: string,
  fingerprint: string,
  pass: (i: number) => boolean,
  latencyMs: number,
): CaseResult[] {
  return Array.from({ length: 20 }, (_, i) =>
    aggregateCase({
      id: `c${i}`,
      vars: { i },
      samples: [0, 1, 2].map((k) => ({
        ...sample({ pass: pass(i), latencyMs }, k),
        cached,
        servedModel: served,
        systemFingerprint: fingerprint,
      })),
    }),
  );
}

describe('response cache across a model change', () => {
  it('week-old cached base answers from another served model against live head answers: not comparable, not a regression', () => {
    const base = suiteOf(
      's',
      side(true, 'gpt-x-2026-06-01', 'fp_old', () => true, 2),
    );
    const head = suiteOf(
      's',
      side(false, 'gpt-x-2026-11-20', 'fp_new', (i) => i % 2 === 0, 900),
    );
    const c = compareSuite(base, head, gate);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toContain('not comparable');
    expect(c.reason).toContain('gpt-x-2026-06-01');
    expect(c.reason).toContain('--no-cache');
    // Cached latency (the cache's, 2 ms) is never compared with live latency.
    expect(c.latencyP95.delta).toBeNull();
  });

  it('same served model and fingerprint: compared as usual, latency from live samples', () => {
    const base = suiteOf(
      's',
      side(true, 'gpt-x-2026-11-20', 'fp_new', () => true, 2),
    );
    const head = suiteOf(
      's',
      side(false, 'gpt-x-2026-11-20', 'fp_new', () => true, 900),
    );
    const c = compareSuite(base, head, gate);
    expect(c.notComparable).toBeUndefined();
    expect(c.verdict).toBe('pass');
    expect(c.latencyP95.base).toBeNull();
    expect(c.latencyP95.head).toBe(900);
  });

  it('a changed system_fingerprint alone is enough', () => {
    const base = suiteOf(
      's',
      side(true, 'gpt-x', 'fp_old', () => true, 2),
    );
    const head = suiteOf(
      's',
      side(false, 'gpt-x', 'fp_new', () => true, 900),
    );
    expect(compareSuite(base, head, gate).reason).toContain('system_fingerprint fp_old');
  });
});
