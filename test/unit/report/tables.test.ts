import { describe, expect, it } from 'vitest';
import { markdownTable, noteRow, tableHeader } from '../../../src/core/report/markdown-table.js';
import { METRICS_COLUMNS } from '../../../src/core/report/metrics-table.js';
import { SUITE_COLUMNS } from '../../../src/core/report/suite-table.js';
import { smallReport } from './fixtures.js';

/** Cells of a table line, ignoring escaped pipes (`\|`). */
const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length - 2;

describe('column-list tables', () => {
  const report = smallReport();
  for (const [name, columns] of [
    ['suite', SUITE_COLUMNS],
    ['metrics', METRICS_COLUMNS],
  ] as const)
    it(`${name} table: header, separator, note rows and every row have one cell per column`, () => {
      const lines = markdownTable(columns, report.suites).split('\n');
      expect(lines).toHaveLength(2 + report.suites.length);
      for (const l of lines) expect(cells(l)).toBe(columns.length);
      expect(cells(noteRow(columns, '… 3 more'))).toBe(columns.length);
      expect(tableHeader(columns).split('\n')[1]).toBe(`|${'---|'.repeat(columns.length)}`);
    });

  it('the monthly cell is the monthly change itself, without the per-request relative change', () => {
    const s = report.suites.find((x) => x.suite === 'greeting')!;
    const at = SUITE_COLUMNS.findIndex((c) => c.header === 'Monthly Δ');
    const perRequest = SUITE_COLUMNS.find((c) => c.header === 'Cost/request Δ')!.cell(s);
    expect(perRequest).toMatch(/\(.*%\)$/);
    expect(SUITE_COLUMNS[at]!.cell(s)).toMatch(/^[+-]?\$[\d.,]+$/);
  });
});
