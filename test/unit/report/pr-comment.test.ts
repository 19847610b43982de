import { describe, expect, it } from 'vitest';
import { buildGateReport } from '../../../src/core/gate/report.js';
import { PR_COMMENT_LIMIT, PR_COMMENT_MARKER, renderPrComment } from '../../../src/core/report/pr-comment.js';
import { caseOf, suiteOf } from '../compare/builders.js';
import { gate, HOSTILE, regressedPair, smallReport } from './fixtures.js';

const meta = {
  runUrl: 'https://github.com/o/r/actions/runs/42',
  baseSha: 'a'.repeat(40),
  headSha: 'b'.repeat(40),
  toolVersion: '0.1.0',
};

/**
 * The comment with code blocks and code spans removed: what GitHub parses as Markdown/HTML. A small
 * CommonMark-faithful scanner: fenced blocks close on a fence at least as long; outside code a
 * backslash escapes the next character; a backtick run opens a span closed by a run of equal length.
 */
function outsideCode(md: string): string {
  const lines = md.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const l of lines) {
    if (fence) {
      if (new RegExp(`^${fence}\`*\\s*$`).test(l)) fence = undefined;
      continue;
    }
    const m = /^(`{3,})/.exec(l);
    if (m) {
      fence = m[1];
      continue;
    }
    kept.push(l);
  }
  const text = kept.join('\n');
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '`') {
      let k = 0;
      while (text[i + k] === '`') k++;
      const run = '`'.repeat(k);
      let j = i + k;
      let close = -1;
      while ((j = text.indexOf(run, j)) !== -1) {
        if (text[j + k] !== '`' && text[j - 1] !== '`') {
          close = j;
          break;
        }
        while (text[j] === '`') j++;
      }
      if (close === -1) {
        out += run;
        i += k;
      } else i = close + k;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

describe('renderPrComment', () => {
  const report = smallReport();
  const body = renderPrComment(report, meta);

  it('starts with the marker and a clear headline', () => {
    expect(body.split('\n')[0]).toBe(PR_COMMENT_MARKER);
    expect(body.split(PR_COMMENT_MARKER).length).toBe(2); // exactly once
    expect(body).toMatch(/^## evalgate: REGRESSION \(1 regressed of 5 suites\)$/m);
    expect(body).toContain('base `aaaaaaa` → head `bbbbbbb`');
  });

  it('has the per-suite table with score, delta ± CI, pass rate, cost, monthly, p95 and verdict', () => {
    expect(body).toContain(
      '| Suite | Score base → head | Δ ± CI | Pass rate | Cost/request Δ | Monthly Δ | p95 latency Δ | Verdict |',
    );
    const row = body.split('\n').find((l) => l.startsWith('| greeting'))!;
    expect(row).toMatch(
      /\| 1\.000 → 0\.500 \| -0\.500 ± 0\.\d{3} \| 100% → 50% \| \$0\.00 \(0%\) \| \$0\.00 \| 0 ms \(0%\) \| \*\*REGRESSION\*\* \|/,
    );
    expect(body).toMatch(/\| brand-new \| — → 1\.000 \| new suite \|/);
    expect(body).toMatch(/\| old \| 1\.000 → — \| removed \|/);
  });

  it('shows regressed and fixed case details with vars, outputs and reasons, safely', () => {
    expect(body).toContain('<details><summary>greeting: 10 regressed cases</summary>');
    expect(body).toContain('<details><summary>fixes: 1 fixed case</summary>');
    expect(body).toContain('Vars: `{"q":"question 0 @someone"}`');
    expect(body).toMatch(/Failing on head:\n- contains: expected hello, got/);
    const outside = outsideCode(body);
    expect(outside).not.toMatch(/<img|<script|@octocat|@someone|#1\b|GH-2|o\/r#3/);
    // The only HTML outside code is our own details/summary/sub/br scaffolding.
    const tags = [...outside.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['details', 'summary', 'sub', 'br']));
    expect(body.match(/<details>/g)!.length).toBe(
      body.match(/<\/details>/g)!.length - HOSTILE.match(/<\/details>/g)!.length * 10 * 2,
    );
  });

  it('lists added/removed suites, unselected suites, and a footer with versions, models and the run link', () => {
    expect(body).toContain('New suites (head only): `brand-new`');
    expect(body).toContain('Removed suites: `old`');
    expect(body).toContain('Not evaluated (unaffected by this PR): `untouched-1`, `untouched-2`');
    expect(body).toMatch(/Prompt versions: greeting `aaaaaaaaaaaa` → `bbbbbbbbbbbb`/);
    expect(body).toContain('Served models: `gpt-4o-mini-2024-07-18`');
    expect(body).toContain('`fp_head`');
    expect(body).toContain('Run: https://github.com/o/r/actions/runs/42');
  });

  it('says how many values governance redacted, only when there were some', () => {
    expect(body).not.toContain('redacted');
    const redacting = smallReport();
    const first = redacting.suites[0]!;
    first.head!.redactions = 2;
    first.base!.redactions = 1;
    expect(renderPrComment(redacting, meta)).toContain(
      'Governance: 3 personal-data or secret values were redacted from outputs shown here',
    );
  });

  it('shows evaluation (judge) cost apart from production cost, and unknown judge prices as unknown', () => {
    expect(body).not.toContain('Evaluation cost');
    const judged = smallReport();
    judged.suites[0]!.head!.aggregates.evalCostUsd = 0.0125;
    judged.suites[0]!.base!.aggregates.evalCostUsd = 0.0125;
    expect(renderPrComment(judged, meta)).toContain(
      'Evaluation cost (judges, embeddings; not production cost): $0.025',
    );
    judged.suites[1]!.head!.aggregates.evalCostUsd = null;
    expect(renderPrComment(judged, meta)).toMatch(
      /Evaluation cost \(judges, embeddings; not production cost\): \$0\.025 \+ price unknown for some judge calls/,
    );
  });

  it('says what the check cost and what the cache and sequential stopping saved', () => {
    const r = smallReport();
    const head = r.suites[0]!.head!;
    const hit = head.cases[0]!.samples[0]!;
    hit.cached = true;
    head.sampling = { rounds: 1, samples: head.aggregates.samples, extraSamples: 0, extraCostUsd: 0 };
    r.rules = { confidence: 0.95, maxScoreDrop: 0.05, maxRepeat: 3 };
    const text = renderPrComment(r, meta);
    expect(text).toMatch(
      /This check cost \$[\d.]+; saved \$[\d.]+ by the response cache \(1 answer reused\), \$[\d.]+ by sequential stopping \(\d+ samples not needed\)\./,
    );
  });

  it('drops an unsafe run URL and says when responses were recorded / the PR is a fork', () => {
    const b = renderPrComment(report, { runUrl: 'javascript:alert(1)', fork: true, recorded: true });
    expect(b).not.toContain('javascript:');
    expect(b).toMatch(/Fork pull request.*recorded responses/);
  });

  it('a huge report stays within 65,536 characters, keeps the essentials and says where the rest is', () => {
    const pairs = Array.from({ length: 60 }, (_, i) =>
      regressedPair(`suite-${i}`, 300, 150, `${'x'.repeat(20000)} \`\`\`\` @all`),
    );
    const huge = buildGateReport(
      pairs,
      gate,
      Array.from({ length: 500 }, (_, i) => `other-${i}`),
      false,
    );
    const t0 = renderPrComment(huge, { ...meta, fullReportAt: 'the job summary and the `evalgate-report` artifact' });
    expect(t0.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    expect(t0.length).toBeGreaterThan(PR_COMMENT_LIMIT * 0.8); // it uses the space
    expect(t0.split('\n')[0]).toBe(PR_COMMENT_MARKER);
    expect(t0).toContain('| suite-59 |');
    expect(t0).toContain('the full report is in the job summary and the `evalgate-report` artifact');
    expect(t0).toMatch(/more regressed cases? not shown/);
    expect(t0).toContain('Run: https://github.com/o/r/actions/runs/42');
    // Balanced details even when cut.
    expect(t0.match(/<details>/g)!.length).toBe(t0.match(/^<\/details>$/gm)!.length);
  });

  it('a report with hundreds of suites cuts the table, passing suites first', () => {
    const pairs = Array.from({ length: 900 }, (_, i) => regressedPair(`s${i}`, 10, i % 100 === 0 ? 10 : 0));
    const r = buildGateReport(pairs, gate, [], false);
    const b = renderPrComment(r, meta);
    expect(b.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    expect(b).toContain('| s0 |');
    expect(b).toContain('| s100 |');
    expect(b).toMatch(/more suites \(passing or skipped first\)/);
  });

  it('puts suite names into <summary> lines without Markdown backslashes (HTML blocks show them)', () => {
    const r = buildGateReport([regressedPair('order_extraction', 10, 10)], gate, [], false);
    const b = renderPrComment(r, meta);
    expect(b).toContain('<details><summary>order_extraction: 10 regressed cases</summary>');
    expect(b).toContain('| order\\_extraction |'); // Markdown table cell: escaped
  });

  it('says which error made a suite inconclusive, per side, in code (endpoint text is untrusted)', () => {
    const cases = (err: boolean) =>
      Array.from({ length: 6 }, (_, i) =>
        caseOf(`c${i}`, [err && i < 4 ? { status: 'error', error: 'HTTP 401 bad key @admin' } : { score: 1 }]),
      );
    const r = buildGateReport(
      [{ base: suiteOf('faq', cases(false)), head: suiteOf('faq', cases(true)) }],
      gate,
      [],
      false,
    );
    const b = renderPrComment(r, meta);
    expect(r.suites[0]!.verdict).toBe('inconclusive');
    expect(b).toContain('Most common error, head: `server: HTTP 401 bad key @admin` (4×)');
    expect(b).not.toMatch(/base: `server/);
  });

  it('names base and head models apart when the PR switches the model', () => {
    const c = [caseOf('a', [{ score: 1 }]), caseOf('b', [{ score: 1 }])];
    const r = buildGateReport(
      [
        {
          base: suiteOf('s', c, { servedModels: ['gpt-4o-mini'] }),
          head: suiteOf('s', c, { servedModels: ['gpt-4.1-nano'] }),
        },
      ],
      gate,
      [],
      false,
    );
    expect(renderPrComment(r, meta)).toContain('Served models: base `gpt-4o-mini` → head `gpt-4.1-nano`');
  });

  it('honours a smaller limit', () => {
    const b = renderPrComment(report, meta, { limit: 3000 });
    expect(b.length).toBeLessThanOrEqual(3000);
    expect(b.startsWith(PR_COMMENT_MARKER)).toBe(true);
  });
});
