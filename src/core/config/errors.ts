// Config errors must tell the user where and why in one line ("file:line:col keyPath: message"),
// so the CLI can print them without a stack trace. `message` already holds that line, so any
// printer that shows `err.message` shows the location too; `reason` is the bare explanation.

export interface ConfigErrorLocation {
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** e.g. `suites[1].assert[0].value`. */
  keyPath?: string;
}

export class ConfigError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly keyPath?: string;
  /** The explanation without the location. */
  readonly reason: string;

  constructor(reason: string, loc: ConfigErrorLocation) {
    super(formatLine(reason, loc));
    this.name = 'ConfigError';
    this.reason = reason;
    this.file = loc.file;
    if (loc.line !== undefined) this.line = loc.line;
    if (loc.column !== undefined) this.column = loc.column;
    if (loc.keyPath !== undefined && loc.keyPath !== '') this.keyPath = loc.keyPath;
  }

  override toString(): string {
    return this.message;
  }
}

/** How many problems a ConfigErrors message lists; the rest are counted. */
const MAX_SHOWN = 5;

/** Several problems found in one pass; still a ConfigError (the first one's location), one line each. */
export class ConfigErrors extends ConfigError {
  readonly errors: ConfigError[];

  constructor(errors: ConfigError[]) {
    const first = errors[0];
    if (!first) throw new Error('ConfigErrors needs at least one error');
    super(first.reason, first);
    this.name = 'ConfigError';
    this.errors = errors;
    // A screenful at most: past a few lines the user fixes the first ones and runs again anyway.
    const shown = errors.slice(0, MAX_SHOWN).map((e) => e.message);
    if (errors.length > MAX_SHOWN) shown.push(`… and ${errors.length - MAX_SHOWN} more problems`);
    this.message = shown.join('\n');
  }
}

/** Throws the collected errors, if any: one as itself, several as ConfigErrors. */
export function throwIfAny(errors: ConfigError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ConfigErrors(sortByPlace(errors));
}

/** Files in the order they were first reported, then by line and column: the order a reader fixes them. */
function sortByPlace(errors: ConfigError[]): ConfigError[] {
  const fileOrder = new Map<string, number>();
  for (const e of errors) if (!fileOrder.has(e.file)) fileOrder.set(e.file, fileOrder.size);
  return [...errors].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

function formatLine(reason: string, loc: ConfigErrorLocation): string {
  let where = loc.file;
  if (loc.line !== undefined) where += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  return loc.keyPath ? `${where} ${loc.keyPath}: ${reason}` : `${where}: ${reason}`;
}

/** `['suites', 1, 'assert', 0]` → `suites[1].assert[0]`; odd keys are quoted: `pricing["gpt-4o.x"]`. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}
