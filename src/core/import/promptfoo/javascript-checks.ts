// promptfoo `javascript` assertions → one generated module of evalgate checks that keep promptfoo's meaning:
// a number is a score that passes when > 0 (from `threshold` when one is set), while evalgate's own rule is
// "pass from 0.5, scores in [0, 1]"; and `output` is the text, or the tool calls when the model answered with
// tool calls only (promptfoo hands a tool-call answer over parsed, in OpenAI's shape). Inline code and the
// user's own files both go through the same wrapper.
import type { JavascriptCheck } from './types.js';

const HEADER = `// JavaScript assertions converted from promptfoo by \`evalgate import promptfoo\`.
// promptfoo's rules are kept: a number returned is a score that passes when > 0 (or from the assertion's
// threshold), scores are shown clamped to [0, 1]; \`output\` is the answer's text, or its tool calls
// ([{ type: 'function', function: { name, arguments } }], arguments as JSON text) when it has no text.

function promptfooOutput(output, context) {
  const calls = context.toolCalls ?? [];
  if (output !== '' || calls.length === 0) return output;
  return calls.map((c) => ({ type: 'function', function: { name: c.name, arguments: c.argumentsValid ? JSON.stringify(c.arguments) : String(c.arguments) } }));
}

// promptfoo: a check that throws fails, with the error as its reason.
async function promptfooRun(run, threshold) {
  try {
    return promptfooResult(await run(), threshold);
  } catch (e) {
    return { pass: false, score: 0, reason: \`threw: \${String(e?.message ?? e).split('\\n')[0]}\` };
  }
}

function promptfooResult(result, threshold) {
  const clamp = (x) => Math.min(1, Math.max(0, x));
  if (typeof result === 'number') {
    const pass = threshold === undefined ? result > 0 : result >= threshold;
    return { pass, score: clamp(result), reason: \`scored \${result} (passes \${threshold === undefined ? 'above 0' : \`from \${threshold}\`})\` };
  }
  if (result === undefined || result === null) return { pass: false, score: 0, reason: \`returned \${result}\` };
  if (result && typeof result === 'object' && typeof result.score === 'number') return { ...result, score: clamp(result.score) };
  return result;
}
`;

const oneLine = (s: string) => s.replace(/\n/g, ' ');

/** Collects the checks of one import and writes them as one module. */
export class JavascriptChecks {
  private readonly imports: string[] = [];
  private readonly functions: string[] = [];
  /** The same check met again (a test expanded into several cases) reuses its function. */
  private readonly byBody = new Map<string, string>();

  /** Registers a check; returns its export name. `where` is its position in the promptfoo config. */
  add(check: JavascriptCheck, where: string): string {
    const threshold = check.threshold === undefined ? 'undefined' : String(check.threshold);
    return this.define('check', where, (call) => `  return promptfooRun(async () => ${call}, ${threshold});`, check);
  }

  /** Registers an output transform: what it returns is the output the check sees (objects as JSON text). */
  addTransform(source: JavascriptCheck, where: string): string {
    return this.define('transform', `${where} (transform)`, (call) => `  return ${call};`, source);
  }

  private define(prefix: string, where: string, body: (call: string) => string, source: JavascriptCheck): string {
    const key = `${prefix}\0${JSON.stringify(source)}`;
    const known = this.byBody.get(key);
    if (known) return known;
    const name = `${prefix}${this.functions.length + 1}`;
    this.functions.push(
      `// ${oneLine(where)}\nexport async function ${name}(output, context) {\n${body(this.call(source))}\n}\n`,
    );
    this.byBody.set(key, name);
    return name;
  }

  /** The awaited call of inline code or of the user's export, on promptfoo's view of the output. */
  private call(check: JavascriptCheck): string {
    let call: string;
    if ('code' in check) {
      // promptfoo: a one-line value is an expression, several lines are a function body.
      // (A trailing `;` is fine after promptfoo's `return ${value}`, so it goes before the parenthesis here.)
      const body = check.code.includes('\n') ? check.code : `  return (${check.code.trim().replace(/;+$/, '')});`;
      call = `await (async (output, context) => {\n${body}\n})(promptfooOutput(output, context), context)`;
    } else {
      const mod = `m${this.imports.length + 1}`;
      this.imports.push(`import * as ${mod} from ${JSON.stringify(check.module)};`);
      const fn =
        check.exportName === 'default'
          ? `(${mod}.default)`
          : `(${mod}[${JSON.stringify(check.exportName)}] ?? ${mod}.default?.[${JSON.stringify(check.exportName)}])`;
      call = `await ${fn}(promptfooOutput(output, context), context)`;
    }
    return call;
  }

  get size(): number {
    return this.functions.length;
  }

  /** The module's text. */
  render(): string {
    return `${HEADER}${this.imports.length ? `\n${this.imports.join('\n')}\n` : ''}\n${this.functions.join('\n')}`;
  }
}
