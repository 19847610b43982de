// JUnit XML for test reporters: one <testsuite> per suite, one <testcase> per case. A case that fails
// (majority of ok samples failed) is a <failure> with its assertion reasons; a case with no ok sample
// but errors is an <error> (a failed request is not a failed test); cases never sent are <skipped>.
import type { CaseResult, RunResult, SuiteResult } from '../results/types.js';

/** XML 1.0 text/attribute escape; characters XML cannot carry at all are dropped. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const attr = (name: string, value: string | number): string => ` ${name}="${xmlEscape(String(value))}"`;
const secs = (ms: number): string => (ms / 1000).toFixed(3);

type Outcome = 'pass' | 'failure' | 'error' | 'skipped';

function outcome(c: CaseResult): Outcome {
  if (c.pass === true) return 'pass';
  if (c.pass === false) return 'failure';
  return c.samples.some((s) => s.status === 'error') ? 'error' : 'skipped';
}

function caseTime(c: CaseResult): number {
  return c.samples.reduce((t, s) => t + (s.latencyMs ?? 0), 0);
}

function testcase(suite: SuiteResult, c: CaseResult): string {
  const open = `    <testcase${attr('classname', `evalgate.${suite.name}`)}${attr('name', c.id)}${attr('time', secs(caseTime(c)))}`;
  const o = outcome(c);
  if (o === 'pass') return `${open}/>`;
  let body: string;
  if (o === 'failure') {
    const reasons = new Set<string>();
    for (const s of c.samples)
      if (s.status === 'ok' && !s.pass)
        for (const a of s.assertions) if (!a.pass) reasons.add(`sample ${s.index}: ${a.type}: ${a.reason}`);
    const okN = c.samples.filter((s) => s.status === 'ok').length;
    const failedN = c.samples.filter((s) => s.status === 'ok' && !s.pass).length;
    const msg = `score ${c.score?.toFixed(3)}; ${failedN} of ${okN} samples failed`;
    body = `      <failure${attr('message', msg)}${attr('type', 'assertion')}>${xmlEscape([...reasons].join('\n'))}</failure>`;
  } else if (o === 'error') {
    const errs = c.samples.filter((s) => s.status === 'error');
    const first = errs[0]?.error;
    body = `      <error${attr('message', first ? `${first.kind}: ${first.message}` : 'request failed')}${attr('type', first?.kind ?? 'error')}>${xmlEscape(
      errs.map((s) => `sample ${s.index}: ${s.error?.kind ?? 'error'}: ${s.error?.message ?? ''}`).join('\n'),
    )}</error>`;
  } else {
    const statuses = [...new Set(c.samples.map((s) => s.status))].join(', ');
    body = `      <skipped${attr('message', `not sent (${statuses || 'no samples'})`)}/>`;
  }
  return `${open}>\n${body}\n    </testcase>`;
}

export function renderJUnit(run: RunResult): string {
  let total = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let time = 0;
  const suites = run.suites.map((s) => {
    const counts = { failure: 0, error: 0, skipped: 0, pass: 0 };
    for (const c of s.cases) counts[outcome(c)]++;
    const t = s.cases.reduce((n, c) => n + caseTime(c), 0);
    total += s.cases.length;
    failures += counts.failure;
    errors += counts.error;
    skipped += counts.skipped;
    time += t;
    const props = [
      ['promptVersion', s.promptVersion],
      ['model', s.provider.model],
      ['servedModels', s.servedModels.join(',')],
      ['meanScore', s.aggregates.meanScore === null ? '' : s.aggregates.meanScore.toFixed(4)],
      ['costUsd', s.aggregates.costUsd === null ? 'price unknown' : String(s.aggregates.costUsd)],
    ]
      .map(([k, v]) => `      <property${attr('name', k ?? '')}${attr('value', v ?? '')}/>`)
      .join('\n');
    return [
      `  <testsuite${attr('name', s.name)}${attr('tests', s.cases.length)}${attr('failures', counts.failure)}${attr('errors', counts.error)}${attr(
        'skipped',
        counts.skipped,
      )}${attr('time', secs(t))}${attr('timestamp', run.startedAt)}>`,
      `    <properties>\n${props}\n    </properties>`,
      ...s.cases.map((c) => testcase(s, c)),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attr('name', 'evalgate')}${attr('tests', total)}${attr('failures', failures)}${attr('errors', errors)}${attr('skipped', skipped)}${attr('time', secs(time))}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
