// The TTY progress line and the run summary (exit code, failures vs errors).
import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../../../src/cli/progress.js';
import { summarizeRun } from '../../../src/cli/console-summary.js';
import { failingCases } from '../../../src/app/run/failing-cases.js';
import { suiteVerdict } from '../../../src/app/run/pass-rule.js';
import type { RunResult, SuiteAggregates, SuiteResult } from '../../../src/core/results/types.js';

describe('progress line', () => {
  it('rewrites one line on a TTY, throttled, and clears it', () => {
    const out: string[] = [];
    let t = 0;
    const p = createProgressLine(
      (s) => void out.push(s),
      true,
      () => t,
    );
    p.update({ label: 'run', suite: 'a', done: 1, total: 4 });
    t += 10;
    p.update({ label: 'run', suite: 'a', done: 2, total: 4 }); // throttled
    t += 200;
    p.update({ label: 'run', suite: 'b', done: 1, total: 2 });
    p.clear();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r\x1b\[2Kevalgate \[#+\.+\] 1\/4 samples · a$/);
    expect(out[1]).toContain('3/6 samples · b');
    expect(out[2]).toBe('\r\x1b[2K');
  });

  it('prints nothing off a TTY', () => {
    const out: string[] = [];
    const p = createProgressLine((s) => void out.push(s), false);
    p.update({ label: 'run', suite: 'a', done: 1, total: 1 });
    p.clear();
    expect(out).toEqual([]);
  });
});

function suite(name: string, a: Partial<SuiteAggregates>): SuiteResult {
  const aggregates: SuiteAggregates = {
    cases: 1,
    samples: 1,
    ok: 1,
    errors: 0,
    budget: 0,
    skipped: 0,
    blocked: 0,
    meanScore: 1,
    passRate: 1,
    tokens: { input: 0, output: 0 },
    tokensPerRequest: null,
    costUsd: 0,
    costPerRequestUsd: 0,
    projectedMonthlyCostUsd: null,
    priceKnown: true,
    evalCostUsd: 0,
    latencyMs: { p50: null, p95: null, mean: null },
    cacheHits: 0,
    ...a,
  };
  return {
    name,
    promptVersion: 'x',
    provider: { id: 'p', model: 'm', settingsHash: 'h' },
    servedModels: [],
    systemFingerprints: [],
    repeat: 1,
    cases: [],
    aggregates,
  };
}

function run(suites: SuiteResult[], costCapHit = false): RunResult {
  return {
    schemaVersion: 2,
    tool: { name: 'evalgate', version: '0' },
    runId: 'r',
    startedAt: '',
    finishedAt: '',
    suites,
    costCapHit,
    totals: { costUsd: 0, evalCostUsd: 0, tokens: { input: 0, output: 0 }, errors: 0, samples: 0 },
  };
}

describe('run summary', () => {
  it('passes at exactly minScore and fails below it', () => {
    expect(suiteVerdict(suite('a', { meanScore: 0.7 }), { minScore: 0.7, maxErrorRate: 0.2 }).ok).toBe(true);
    expect(suiteVerdict(suite('a', { meanScore: 0.69 }), { minScore: 0.7, maxErrorRate: 0.2 })).toEqual({
      suite: 'a',
      ok: false,
      status: 'fail',
      reason: 'score 0.69 < gate.minScore 0.70',
      label: 'BELOW MIN 0.70',
    });
  });

  it('fails a suite with nothing scored, saying why', () => {
    expect(
      suiteVerdict(suite('a', { meanScore: null, errors: 2, skipped: 1 }), { minScore: 0, maxErrorRate: 1 }).reason,
    ).toBe('no scored samples (2 errors, 1 skipped)');
  });

  it('exit 0 only when every suite meets the bar', () => {
    expect(summarizeRun(run([suite('a', {}), suite('b', {})]), { minScore: 0.5, maxErrorRate: 0.2 }).exitCode).toBe(0);
    const s = summarizeRun(run([suite('a', {}), suite('b', { meanScore: 0.2 })], true), {
      minScore: 0.5,
      maxErrorRate: 0.2,
    });
    expect(s.exitCode).toBe(1);
    expect(s.lines).toContain('✗ b: score 0.20 < gate.minScore 0.50');
    expect(s.lines.at(-1)).toBe('✗ 1 of 2 suites does not meet gate.minScore 0.50');
  });

  it('by default every case must pass: an all-failing run is not a pass; --min-score relaxes it', () => {
    const s = suite('a', { meanScore: 0, passRate: 0 });
    s.cases = [0, 1].map((i) => ({ id: `c${i}`, vars: {}, score: 0, passRate: 0, pass: false, samples: [] }));
    const strict = summarizeRun(run([s]), { maxErrorRate: 0.2, relaxedBy: '--min-score or gate.minScore' });
    expect(strict.exitCode).toBe(1);
    expect(strict.lines).toContain(
      '✗ a: 2 of 2 cases fail (every case must pass; --min-score or gate.minScore relaxes this)',
    );
    expect(strict.lines.at(-1)).toBe('✗ 1 of 1 suite does not pass every case');
    const relaxed = summarizeRun(run([s]), { minScore: 0, minScoreFrom: '--min-score', maxErrorRate: 0.2 });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.lines.at(-1)).toBe('✓ 1 suite meets --min-score 0.00');
    const ok = suite('b', {});
    ok.cases = [{ id: 'c', vars: {}, score: 1, passRate: 1, pass: true, samples: [] }];
    expect(summarizeRun(run([ok, ok]), { maxErrorRate: 0.2 }).lines.at(-1)).toBe('✓ all 2 suites pass every case');
  });

  it('an error rate over gate.maxErrorRate is inconclusive (exit 4), whatever the scores; a real failure wins (exit 1)', () => {
    const outage = suite('down', { samples: 300, ok: 96, errors: 204, meanScore: 1 });
    const s = summarizeRun(run([outage]), { minScore: 0, maxErrorRate: 0.2 });
    expect(s.exitCode).toBe(4);
    expect(s.lines).toContain('✗ down: 68% of requests failed (limit 20%): too many errors to judge');
    expect(s.lines.at(-1)).toBe(
      '✗ 1 of 1 suite could not be judged: more than 20% of the requests failed (gate.maxErrorRate)',
    );
    expect(
      summarizeRun(run([suite('flaky', { samples: 100, ok: 79, errors: 21 })]), { minScore: 0, maxErrorRate: 0.2 })
        .exitCode,
    ).toBe(4);
    expect(
      summarizeRun(run([suite('fine', { samples: 100, ok: 80, errors: 20 })]), { minScore: 0, maxErrorRate: 0.2 })
        .exitCode,
    ).toBe(0);
    expect(
      summarizeRun(run([outage, suite('low', { meanScore: 0.1 })]), { minScore: 0.5, maxErrorRate: 0.2 }).exitCode,
    ).toBe(1);
    // Relaxed by the config: gate.maxErrorRate 1 judges whatever answered.
    expect(summarizeRun(run([outage]), { minScore: 0, maxErrorRate: 1 }).exitCode).toBe(0);
  });

  it('tells requests that got no answer from answers a check could not decide', () => {
    const s = suite('a', { errors: 3 });
    const sample = (index: number, kind: string) => ({
      index,
      status: 'error' as const,
      error: { kind, message: `${kind} boom` },
      tokens: { input: 0, output: 0 },
      costUsd: null,
      cached: false,
      attempts: 1,
      assertions: [],
    });
    s.cases = [
      {
        id: 'c',
        vars: {},
        score: null,
        passRate: null,
        pass: null,
        samples: [sample(0, 'server'), sample(1, 'server'), sample(2, 'assertion')],
      },
    ];
    const r = run([s]);
    r.totals.errors = 3;
    r.totals.samples = 4;
    expect(summarizeRun(r, { minScore: 0, maxErrorRate: 1 }).lines).toContain(
      'errors: 2 of 4 samples got no answer, 1 was answered but a check could not decide (not counted as failures):',
    );
    s.cases[0]!.samples = [sample(0, 'assertion'), sample(1, 'scorer')];
    expect(summarizeRun(r, { minScore: 0, maxErrorRate: 1 }).lines).toContain(
      'errors: 2 of 4 samples were answered but a check could not decide (not counted as failures):',
    );
  });

  it('says how many values governance redacted, and nothing when none were', () => {
    const redacted = { ...suite('a', {}), redactions: 2 };
    expect(
      summarizeRun(run([redacted, { ...suite('b', {}), redactions: 1 }]), { minScore: 0.5, maxErrorRate: 0.2 }).lines,
    ).toContain('governance: 3 personal-data or secret values redacted from the results and trace');
    expect(summarizeRun(run([suite('a', {})]), { minScore: 0.5, maxErrorRate: 0.2 }).lines.join('\n')).not.toContain(
      'redacted',
    );
  });
});

describe('failing cases', () => {
  it('lists cases that failed with the first failing reason, capped', () => {
    const s = suite('x', {});
    s.cases = Array.from({ length: 3 }, (_, i) => ({
      id: `c${i}`,
      vars: {},
      score: 0,
      passRate: 0,
      pass: i === 0,
      samples: [
        {
          index: 0,
          status: 'ok' as const,
          pass: i === 0,
          score: 0,
          tokens: { input: 0, output: 0 },
          costUsd: 0,
          cached: false,
          attempts: 1,
          assertions: [
            { type: 'contains', score: 1, pass: true, reason: 'fine', weight: 1 },
            { type: 'regex', score: 0, pass: false, reason: 'no\nmatch', weight: 1 },
          ],
        },
      ],
    }));
    expect(failingCases(run([s]), 1)).toEqual([
      '  x/c1 (1/1 samples failed) — regex: no match',
      '  … and 1 more (see --out results.json)',
    ]);
    expect(summarizeRun(run([s]), { minScore: 0, maxErrorRate: 1 }).lines[0]).toBe('failing cases:');
  });
});
