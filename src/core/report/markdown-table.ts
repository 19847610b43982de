// A Markdown table as a list of columns, each holding its header and the formatter of its cells, so a
// column is added, removed or reordered in one place and the header can never drift from the rows.

export interface Column<T> {
  header: string;
  /** The cell's Markdown; escaping untrusted text is the formatter's job. */
  cell: (row: T) => string;
}

/** The header line and the separator line. */
export function tableHeader<T>(columns: readonly Column<T>[]): string {
  return `| ${columns.map((c) => c.header).join(' | ')} |\n|${'---|'.repeat(columns.length)}`;
}

export function tableRow<T>(columns: readonly Column<T>[], row: T): string {
  return `| ${columns.map((c) => c.cell(row)).join(' | ')} |`;
}

/** A row whose first cell carries a note and whose other cells are empty (e.g. "… 12 more suites"). */
export function noteRow<T>(columns: readonly Column<T>[], note: string): string {
  return `| ${note} |${' |'.repeat(Math.max(0, columns.length - 1))}`;
}

export function markdownTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return [tableHeader(columns), ...rows.map((r) => tableRow(columns, r))].join('\n');
}
