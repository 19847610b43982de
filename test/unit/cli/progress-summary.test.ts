// The TTY progress line and the run summary (exit code, failures vs errors).
import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../../../src/cli/progress.js';
import { failingCases, summarizeRun, suiteVerdict } from '../../../src/cli/console-summary.js';
import type { RunResult, SuiteAggregates, SuiteResult } from '../../../src/core/results/types.js';

describe('progress line', () => {
  it('rewrites one line on a TTY, throttled, and clears it', () => {
    const out: string[] = [];
    let t = 0;
    const p = createProgressLine((s) => void out.push(s), true, () => t);
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
    cases: 1, samples: 1, ok: 1, errors: 0, budget: 0, skipped: 0, blocked: 0, meanScore: 1, passRate: 1,
    tokens: { input: 0, output: 0 }, tokensPerRequest: null, costUsd: 0, costPerRequestUsd: 0, projectedMonthlyCostUsd: null,
    priceKnown: true, evalCostUsd: 0, latencyMs: { p50: null, p95: null, mean: null }, cacheHits: 0, ...a,
  };
  return { name, promptVersion: 'x', provider: { id: 'p', model: 'm', settingsHash: 'h' }, servedModels: [], systemFingerprints: [], repeat: 1, cases: [], aggregates };
}

function run(suites: SuiteResult[], costCapHit = false): RunResult {
  return {
    schemaVersion: 1, tool: { name: 'evalgate', version: '0' }, runId: 'r', startedAt: '', finishedAt: '', suites, costCapHit,
    totals: { costUsd: 0, evalCostUsd: 0, tokens: { input: 0, output: 0 }, errors: 0, samples: 0 },
  };
}

describe('run summary', () => {
  it('passes at exactly minScore and fails below it', () => {
    expect(suiteVerdict(suite('a', { meanScore: 0.7 }), 0.7).ok).toBe(true);
    expect(suiteVerdict(suite('a', { meanScore: 0.69 }), 0.7)).toEqual({ suite: 'a', ok: false, reason: 'score 0.69 < gate.minScore 0.70' });
  });

  it('fails a suite with nothing scored, saying why', () => {
    expect(suiteVerdict(suite('a', { meanScore: null, errors: 2, skipped: 1 }), 0).reason).toBe('no scored samples (2 errors, 1 skipped)');
  });

  it('exit 0 only when every suite meets the bar', () => {
    expect(summarizeRun(run([suite('a', {}), suite('b', {})]), 0.5).exitCode).toBe(0);
    const s = summarizeRun(run([suite('a', {}), suite('b', { meanScore: 0.2 })], true), 0.5);
    expect(s.exitCode).toBe(1);
    expect(s.lines).toContain('✗ b: score 0.20 < gate.minScore 0.50');
    expect(s.lines.at(-1)).toBe('✗ 1 of 2 suites do not meet gate.minScore 0.50');
  });

  it('tells requests that got no answer from answers a check could not decide', () => {
    const s = suite('a', { errors: 3 });
    const sample = (index: number, kind: string) => ({ index, status: 'error' as const, error: { kind, message: `${kind} boom` }, tokens: { input: 0, output: 0 }, costUsd: null, cached: false, attempts: 1, assertions: [] });
    s.cases = [{ id: 'c', vars: {}, score: null, passRate: null, pass: null, samples: [sample(0, 'server'), sample(1, 'server'), sample(2, 'assertion')] }];
    const r = run([s]);
    r.totals.errors = 3;
    r.totals.samples = 4;
    expect(summarizeRun(r, 0).lines).toContain('errors: 2 of 4 samples got no answer, 1 was answered but a check could not decide (not counted as failures):');
    s.cases[0]!.samples = [sample(0, 'assertion'), sample(1, 'scorer')];
    expect(summarizeRun(r, 0).lines).toContain('errors: 2 of 4 samples were answered but a check could not decide (not counted as failures):');
  });

  it('says how many values governance redacted, and nothing when none were', () => {
    const redacted = { ...suite('a', {}), redactions: 2 };
    expect(summarizeRun(run([redacted, { ...suite('b', {}), redactions: 1 }]), 0.5).lines).toContain(
      'governance: 3 personal-data or secret values redacted from the results and trace',
    );
    expect(summarizeRun(run([suite('a', {})]), 0.5).lines.join('\n')).not.toContain('redacted');
  });
});

describe('failing cases', () => {
  it('lists cases that failed with the first failing reason, capped', () => {
    const s = suite('x', {});
    s.cases = Array.from({ length: 3 }, (_, i) => ({
      id: `c${i}`, vars: {}, score: 0, passRate: 0, pass: i === 0 ? true : false,
      samples: [{ index: 0, status: 'ok' as const, pass: i === 0, score: 0, tokens: { input: 0, output: 0 }, costUsd: 0, cached: false, attempts: 1,
        assertions: [{ type: 'contains', score: 1, pass: true, reason: 'fine', weight: 1 }, { type: 'regex', score: 0, pass: false, reason: 'no\nmatch', weight: 1 }] }],
    }));
    expect(failingCases(run([s]), 1)).toEqual(['  x/c1 (1/1 samples failed) — regex: no match', '  … and 1 more (see --out results.json)']);
    expect(summarizeRun(run([s]), 0).lines[0]).toBe('failing cases:');
  });
});
