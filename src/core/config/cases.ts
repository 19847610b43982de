// Case sources: inline in the config, or a file (YAML/JSON list, JSONL, CSV). Each case comes back
// validated, with `at()` to build errors that point into its own source (config or case file).
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_CASE_COLUMNS, DERIVED_CASE_ID_PREFIX } from './defaults.js';
import { ConfigError, formatKeyPath } from './errors.js';
import { issuesToErrors } from './issues.js';
import { tooDeepAt } from '../util/depth.js';
import { DEPTH_PROBLEM, sizeProblem } from './limits.js';
import { errorAt, parseYamlSource, type YamlSource } from './positions.js';
import { CaseSchema, type CaseConfig } from './schema.js';
import { canonicalJson } from '../util/canonical-json.js';
import { sha256Hex } from '../util/hash.js';

export type Seg = string | number;

export interface SourcedCase {
  data: CaseConfig;
  /** promptfoo-style `__expected`, `__expected1…n` cells, turned into assertions at load (see expectedAssertion). */
  expectedCells?: string[];
  /** An error located at `path` below this case. */
  at(path: Seg[], reason: string): ConfigError;
}

export interface CaseParse {
  cases: SourcedCase[];
  errors: ConfigError[];
}

/** Inline cases: already validated with the config; positions come from the config's YAML. */
export function inlineCases(src: YamlSource, base: Seg[], cases: CaseConfig[]): SourcedCase[] {
  return cases.map((data, i) => ({ data, at: (path, reason) => errorAt(src, [...base, i, ...path], reason) }));
}

export function parseCaseFile(text: string, file: string): CaseParse {
  const tooBig = sizeProblem(file, text.length);
  if (tooBig) return { cases: [], errors: [new ConfigError(`the file ${tooBig}`, { file, line: 1, column: 1 })] };
  if (/\.jsonl$/i.test(file)) return parseJsonl(text, file);
  if (/\.csv$/i.test(file)) return parseCsvCases(text, file);
  return parseYamlCases(text, file);
}

function parseYamlCases(text: string, file: string): CaseParse {
  const { source, value, errors } = parseYamlSource(text, file);
  if (errors.length) return { cases: [], errors };
  if (!Array.isArray(value)) {
    return {
      cases: [],
      errors: [new ConfigError('a case file must hold a list of cases', { file, line: 1, column: 1 })],
    };
  }
  const cases: SourcedCase[] = [];
  const errs: ConfigError[] = [];
  value.forEach((raw, i) => {
    const r = CaseSchema.safeParse(raw);
    if (r.success) cases.push({ data: r.data, at: (path, reason) => errorAt(source, [i, ...path], reason) });
    else errs.push(...issuesToErrors(source, r.error.issues, CaseSchema, raw, [i]));
  });
  return { cases, errors: errs };
}

/** `__expected`, `__expected1`, `__expected2`…: promptfoo's columns for assertions. */
const EXPECTED_COLUMN = /^__expected(\d*)$/;

/** The `__expected*` keys among `keys`, ordered by their number. */
function expectedKeys(keys: readonly string[]): string[] {
  const n = (k: string) => Number(EXPECTED_COLUMN.exec(k)?.[1] || 0);
  return keys.filter((k) => EXPECTED_COLUMN.test(k)).sort((a, b) => n(a) - n(b));
}

/** The non-blank cells of `keys`, in that order. */
function expectedCells(rec: Record<string, unknown>, keys: readonly string[]): string[] {
  const cells: string[] = [];
  for (const k of keys) {
    const v = rec[k];
    if (typeof v === 'string' && v.trim() !== '') cells.push(v);
  }
  return cells;
}

/** Takes the `__expected*` keys out of a record (ordered by their number); undefined when there are none. */
function takeExpected(rec: Record<string, unknown>): string[] | undefined {
  const keys = expectedKeys(Object.keys(rec));
  if (keys.length === 0) return undefined;
  const cells = expectedCells(rec, keys);
  for (const k of keys) delete rec[k];
  return cells;
}

/**
 * One `__expected` cell as an assertion, as promptfoo reads it: `type:value` when `type` is an assertion
 * type evalgate knows (`contains: Paris`, `not-icontains: sorry`, `regex: ^\d+$`), a bare type that needs
 * no value (`is-json`), otherwise `equals` with the whole cell. `valid` checks a candidate against its
 * scorer; a numeric or comma-separated value is tried as a number / list when the scorer wants one.
 */
export function expectedAssertion(
  cell: string,
  known: (type: string) => boolean,
  valid: (spec: { type: string; value?: unknown }) => boolean,
): { type: string; value?: unknown } {
  const bare = cell.trim();
  if (/^(not-)?[a-z][a-z0-9-]*$/.test(bare) && known(bare) && valid({ type: bare })) return { type: bare };
  const m = /^((?:not-)?[a-z][a-z0-9-]*):\s?([\s\S]*)$/.exec(cell);
  if (m && known(m[1]!)) {
    const type = m[1]!;
    const text = m[2]!;
    const candidates: unknown[] = [text];
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) candidates.push(Number(text));
    if (text.includes(','))
      candidates.push(
        text
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      );
    for (const value of candidates) if (valid({ type, value })) return { type, value };
    return { type, value: text };
  }
  return { type: 'equals', value: cell };
}

function parseJsonl(text: string, file: string): CaseParse {
  const cases: SourcedCase[] = [];
  const errors: ConfigError[] = [];
  text.split(/\r?\n/).forEach((lineText, idx) => {
    const line = idx + 1;
    if (lineText.trim() === '') return;
    const at = (path: Seg[], reason: string) =>
      new ConfigError(reason, { file, line, column: 1, keyPath: formatKeyPath(path) });
    let raw: unknown;
    try {
      raw = JSON.parse(lineText);
    } catch (e) {
      errors.push(at([], `invalid JSON: ${(e as Error).message}`));
      return;
    }
    const deep = tooDeepAt(raw);
    if (deep) {
      errors.push(at(deep.slice(0, 3), `the value below ${DEPTH_PROBLEM}`));
      return;
    }
    // promptfoo's `__expected*` keys, at the top level or among the vars.
    let cells: string[] | undefined;
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const rec = raw as Record<string, unknown>;
      cells = takeExpected(rec);
      const vars = rec['vars'];
      if (vars !== null && typeof vars === 'object' && !Array.isArray(vars)) {
        const inVars = takeExpected(vars as Record<string, unknown>);
        if (inVars) cells = [...(cells ?? []), ...inVars];
      }
    }
    const r = CaseSchema.safeParse(raw);
    if (r.success) cases.push(cells ? { data: r.data, at, expectedCells: cells } : { data: r.data, at });
    else
      for (const issue of r.error.issues)
        errors.push(
          at(
            issue.path.filter((p): p is Seg => typeof p !== 'symbol'),
            issue.code === 'unrecognized_keys'
              ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
              : issue.message.replace(/^Invalid input: /, ''),
          ),
        );
  });
  return { cases, errors };
}

/**
 * Header row names the columns: `id`, `description`, `expected` are case fields, `__expected`,
 * `__expected1…n` are assertions (promptfoo's convention), `__description` is the description, the rest
 * are vars.
 */
function parseCsvCases(text: string, file: string): CaseParse {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, info: true }) as typeof rows;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      cases: [],
      errors: [new ConfigError(`invalid CSV: ${(e as Error).message}`, line !== undefined ? { file, line } : { file })],
    };
  }
  // Every record has the header's columns, in its order (csv-parse rejects a row of another length), so
  // what each column is for is worked out once per file rather than once per row.
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const expected = expectedKeys(header);
  const rest = header.filter((col) => !EXPECTED_COLUMN.test(col));
  const fields = rest.map((col) => ({
    col,
    kind: (CSV_CASE_COLUMNS as readonly string[]).includes(col)
      ? 'field'
      : col === '__description'
        ? 'description'
        : 'var',
  }));
  return {
    cases: rows.map(({ record, info }) => {
      const data: CaseConfig = { vars: {} };
      for (const { col, kind } of fields) {
        const cell = record[col] as string;
        if (kind === 'field') {
          if (cell !== '') (data as Record<string, unknown>)[col] = cell;
        } else if (kind === 'description') {
          if (cell !== '') data.description = cell;
        } else (data.vars as Record<string, unknown>)[col] = cell;
      }
      const at = (path: Seg[], reason: string) =>
        new ConfigError(reason, { file, line: info.lines, column: 1, keyPath: formatKeyPath(path) });
      return expected.length > 0 ? { data, at, expectedCells: expectedCells(record, expected) } : { data, at };
    }),
    errors: [],
  };
}

/** Stable id of a case without `id:`: a hash of its own vars, so reordering cases keeps ids. */
export function deriveCaseId(vars: Record<string, unknown> | undefined): string {
  return DERIVED_CASE_ID_PREFIX + sha256Hex(canonicalJson(vars ?? {})).slice(0, 8);
}
