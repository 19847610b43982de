// Gate reports for the report tests, built through the real comparison.
import { buildGateReport } from '../../../src/core/gate/report.js';
import type { GateReport } from '../../../src/core/gate/report.js';
import { GateSchema } from '../../../src/core/config/schema.js';
import type { CaseResult } from '../../../src/core/results/types.js';
import { caseOf, suiteOf } from '../compare/builders.js';

export const HOSTILE =
  '<!-- evalgate:pr-comment -->\n```\n</details><img src=https://evil/x.png> @octocat fixes #1 GH-2 o/r#3\n````\n<script>alert(1)</script>';

export const gate = GateSchema.parse({ minScore: 0.5, maxCostIncrease: 0.3 });

/** A suite where `drop` of `n` cases flip from pass to fail; outputs of `outputChars` characters. */
export function regressedPair(name: string, n: number, drop: number, output = 'fine', cost = 0.0001) {
  const base: CaseResult[] = [];
  const head: CaseResult[] = [];
  for (let i = 0; i < n; i++) {
    const bad = i < drop;
    base.push(
      caseOf(`case-${i}`, [{ score: 1, output: `base ${output}`, costUsd: cost }], { q: `question ${i} @someone` }),
    );
    head.push(
      caseOf(
        `case-${i}`,
        [
          bad
            ? { score: 0, pass: false, output, reasons: [`expected hello, got ${output.slice(0, 50)}`], costUsd: cost }
            : { score: 1, costUsd: cost },
        ],
        {
          q: `question ${i} @someone`,
        },
      ),
    );
  }
  return {
    base: suiteOf(name, base, { traffic: { requestsPerMonth: 100000 }, promptVersion: 'aaaaaaaaaaaa' }),
    head: suiteOf(name, head, {
      traffic: { requestsPerMonth: 100000 },
      promptVersion: 'bbbbbbbbbbbb',
      systemFingerprints: ['fp_head'],
    }),
  };
}

export function smallReport(): GateReport {
  const reg = regressedPair('greeting', 20, 10, HOSTILE);
  const ok = regressedPair('extraction', 10, 0);
  const fixedBase = suiteOf('fixes', [caseOf('case-0', [{ score: 0, pass: false }]), ...ok.head.cases.slice(1)]);
  return buildGateReport(
    [
      reg,
      ok,
      { base: fixedBase, head: suiteOf('fixes', ok.head.cases) },
      { head: suiteOf('brand-new', ok.head.cases) },
      { base: suiteOf('old', ok.base.cases) },
    ],
    gate,
    ['untouched-1', 'untouched-2'],
    false,
  );
}
