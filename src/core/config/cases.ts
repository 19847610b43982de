// Case sources: inline in the config, or a file (YAML/JSON list, JSONL, CSV). Each case comes back
// validated, with `at()` to build errors that point into its own source (config or case file).
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_CASE_COLUMNS, DERIVED_CASE_ID_PREFIX } from './defaults.js';
import { ConfigError, formatKeyPath } from './errors.js';
import { issuesToErrors } from './issues.js';
import { errorAt, parseYamlSource, type YamlSource } from './positions.js';
import { CaseSchema, type CaseConfig } from './schema.js';
import { canonicalJson } from '../util/canonical-json.js';
import { sha256Hex } from '../util/hash.js';

export type Seg = string | number;

export interface SourcedCase {
  data: CaseConfig;
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
  if (/\.jsonl$/i.test(file)) return parseJsonl(text, file);
  if (/\.csv$/i.test(file)) return parseCsvCases(text, file);
  return parseYamlCases(text, file);
}

function parseYamlCases(text: string, file: string): CaseParse {
  const { source, value, errors } = parseYamlSource(text, file);
  if (errors.length) return { cases: [], errors };
  if (!Array.isArray(value)) {
    return { cases: [], errors: [new ConfigError('a case file must hold a list of cases', { file, line: 1, column: 1 })] };
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

function parseJsonl(text: string, file: string): CaseParse {
  const cases: SourcedCase[] = [];
  const errors: ConfigError[] = [];
  text.split(/\r?\n/).forEach((lineText, idx) => {
    const line = idx + 1;
    if (lineText.trim() === '') return;
    const at = (path: Seg[], reason: string) => new ConfigError(reason, { file, line, column: 1, keyPath: formatKeyPath(path) });
    let raw: unknown;
    try {
      raw = JSON.parse(lineText);
    } catch (e) {
      errors.push(at([], `invalid JSON: ${(e as Error).message}`));
      return;
    }
    const r = CaseSchema.safeParse(raw);
    if (r.success) cases.push({ data: r.data, at });
    else for (const issue of r.error.issues) errors.push(at(issue.path.filter((p): p is Seg => typeof p !== 'symbol'), issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message.replace(/^Invalid input: /, '')));
  });
  return { cases, errors };
}

/** Header row names the columns: `id`, `description`, `expected` are case fields, the rest are vars. */
function parseCsvCases(text: string, file: string): CaseParse {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, info: true }) as typeof rows;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { cases: [], errors: [new ConfigError(`invalid CSV: ${(e as Error).message}`, line !== undefined ? { file, line } : { file })] };
  }
  return {
    cases: rows.map(({ record, info }) => {
      const data: CaseConfig = { vars: {} };
      for (const [col, cell] of Object.entries(record)) {
        if ((CSV_CASE_COLUMNS as readonly string[]).includes(col)) {
          if (cell !== '') (data as Record<string, unknown>)[col] = cell;
        } else (data.vars as Record<string, unknown>)[col] = cell;
      }
      return { data, at: (path, reason) => new ConfigError(reason, { file, line: info.lines, column: 1, keyPath: formatKeyPath(path) }) };
    }),
    errors: [],
  };
}

/** Stable id of a case without `id:`: a hash of its own vars, so reordering cases keeps ids. */
export function deriveCaseId(vars: Record<string, unknown> | undefined): string {
  return DERIVED_CASE_ID_PREFIX + sha256Hex(canonicalJson(vars ?? {})).slice(0, 8);
}

