// promptfoo assertions → evalgate assertions. Most types share name and meaning; `value`s that render
// variables are filled from the case; inline JavaScript becomes an exported function in a generated
// module; types without an equivalent are reported with the reason.
import { substituteVars } from './template.js';
import { fileRef, isObj, type ImportContext, type Obj } from './types.js';

/** Same name, same `value` shape. */
const SAME = new Set([
  'equals',
  'contains',
  'icontains',
  'contains-any',
  'icontains-any',
  'contains-all',
  'icontains-all',
  'starts-with',
  'regex',
  'is-json',
  'llm-rubric',
  'factuality',
  'similar',
  'answer-relevance',
  'context-relevance',
  'context-faithfulness',
  'is-refusal',
]);
/** Graded by a judge model (a grader `provider` applies to them). */
export const MODEL_GRADED = new Set([
  'llm-rubric',
  'factuality',
  'answer-relevance',
  'context-relevance',
  'context-faithfulness',
  'model-graded-closedqa',
  'model-graded-factuality',
]);
const NOT_NEGATABLE = new Set(['latency', 'cost']);
/** Assertion keys this importer handles (the rest are listed, never dropped silently). */
const KNOWN_ASSERTION_KEYS = new Set([
  'type',
  'value',
  'threshold',
  'weight',
  'provider',
  'metric',
  'transform',
  'contextTransform',
  'rubricPrompt',
]);

const NO_EQUIVALENT: Record<string, string> = {
  python: 'runs Python; evalgate checks are JavaScript functions (`javascript: file.mjs:name`)',
  'contains-json':
    'no evalgate type finds JSON inside other text (is-json / json-schema need the whole output to be JSON)',
  levenshtein: 'no edit-distance assertion in evalgate (`similar` compares meaning, `equals` exact text)',
  'rouge-n': 'no ROUGE assertion in evalgate',
  bleu: 'no BLEU assertion in evalgate',
  gleu: 'no GLEU assertion in evalgate',
  meteor: 'no METEOR assertion in evalgate',
  perplexity: 'needs token log-probabilities, which evalgate does not request',
  'perplexity-score': 'needs token log-probabilities',
  moderation: 'calls a moderation API; evalgate has `no-pii` and `is-refusal` for policy checks',
  webhook: 'calls your HTTP endpoint',
  classifier: 'runs a HuggingFace classifier',
  'select-best': 'compares outputs of several prompts with each other; evalgate grades each output on its own',
  'max-score': 'compares outputs of several prompts with each other',
  'g-eval': 'no G-Eval assertion in evalgate',
  'assert-set': 'a nested set with its own threshold has no evalgate equivalent',
  'is-valid-openai-tools-call': 'no tool-call validation in evalgate',
  'is-valid-openai-function-call': 'no tool-call validation in evalgate',
  'is-xml': 'no XML assertion in evalgate',
  'contains-xml': 'no XML assertion in evalgate',
  'is-sql': 'no SQL assertion in evalgate',
  'contains-sql': 'no SQL assertion in evalgate',
  guardrails: 'a provider-side guardrail result',
  'context-recall': 'no context-recall metric in evalgate',
};

/** An assertion's position and the case variables its value may render (undefined: suite-wide). */
export interface AssertScope {
  where: string;
  vars?: Record<string, unknown>;
  /** Grader for model-graded assertions without their own (`options.provider` of the test or defaultTest). */
  grader?: string;
  /** The output transform of the test or defaultTest (`options.transform`), as evalgate's `transform` reference. */
  transform?: string;
}

/**
 * promptfoo's `transform` (inline JavaScript, or `file://x.js:fn`) → an evalgate `transform` reference, or
 * undefined when it cannot be carried over (reported at `where`).
 */
export function transformRef(value: unknown, where: string, ctx: ImportContext): string | undefined {
  const file = fileRef(value);
  if (file !== undefined) {
    if (!/\.(m?js|cjs)(:[\w$]+)?$/.test(file)) {
      ctx.skip(
        where,
        `transform ${file}`,
        'evalgate runs JavaScript transforms (.js/.mjs/.cjs); a Python or TypeScript transform is not run',
      );
      return undefined;
    }
    const [path, fn] = file.split(':');
    if (ctx.read(path!) === undefined) {
      ctx.skip(where, `transform ${file}`, 'file not found');
      return undefined;
    }
    const ref = ctx.refPath(path!);
    return ctx.javascriptTransform(
      { module: ref.startsWith('/') ? ref : `../${ref.replace(/^\.\//, '')}`, exportName: fn ?? 'default' },
      where,
    );
  }
  if (typeof value !== 'string' || value.trim() === '') {
    ctx.skip(where, 'transform', 'a transform must be JavaScript code or a file:// reference');
    return undefined;
  }
  return ctx.javascriptTransform({ code: value }, where);
}

export function convertAssertion(a: unknown, scope: AssertScope, ctx: ImportContext): Obj | undefined {
  const { where } = scope;
  if (!isObj(a) || typeof a['type'] !== 'string') {
    ctx.skip(where, JSON.stringify(a).slice(0, 60), 'not an assertion object with a type');
    return undefined;
  }
  const rawType = a['type'];
  const negated = rawType.startsWith('not-');
  const base = negated ? rawType.slice(4) : rawType;
  const out: Obj = {};
  const type = mapType(base, a, out, scope, ctx);
  if (type === undefined) return undefined;
  if (negated && NOT_NEGATABLE.has(type)) {
    ctx.skip(where, rawType, `${type} cannot be negated in evalgate`);
    return undefined;
  }
  let transform = scope.transform;
  for (const key of Object.keys(a)) {
    if (key === 'contextTransform') {
      ctx.skip(
        where,
        `${rawType} ${key}`,
        'a context transform builds the RAG context in JavaScript; evalgate reads the context from a variable (`contextVar`)',
      );
      return undefined;
    }
    if (key === 'transform') {
      if (scope.transform !== undefined) {
        ctx.skip(
          where,
          `${rawType} transform`,
          "the test's output transform and the check's own would run one after the other; evalgate applies one transform per check",
        );
        return undefined;
      }
      transform = transformRef(a[key], where, ctx);
      if (transform === undefined) return undefined;
    }
    if (key === 'metric') ctx.note(where, `metric "${String(a[key])}" dropped: evalgate reports per suite and case`);
    if (key === 'rubricPrompt')
      ctx.skip(
        where,
        `${rawType} rubricPrompt`,
        "a custom grading prompt: evalgate's judges use their own prompt, so the check is graded with evalgate's (criterion kept)",
      );
    if (!KNOWN_ASSERTION_KEYS.has(key))
      ctx.skip(where, `${rawType} ${key}`, 'an assertion option with no evalgate equivalent');
  }
  const t = a['threshold'];
  if (typeof t === 'number' && type !== 'latency' && type !== 'cost' && type !== 'javascript' && (t < 0 || t > 1)) {
    ctx.skip(where, `${rawType} threshold ${t}`, 'evalgate thresholds are scores in [0, 1]');
  }
  const result: Obj = { type: negated ? `not-${type}` : type, ...out };
  if (transform !== undefined) result['transform'] = transform;
  if (typeof a['weight'] === 'number') result['weight'] = a['weight'];
  if (
    typeof a['threshold'] === 'number' &&
    type !== 'latency' &&
    type !== 'cost' &&
    type !== 'javascript' &&
    a['threshold'] >= 0 &&
    a['threshold'] <= 1
  ) {
    result['threshold'] = a['threshold'];
  }
  if (MODEL_GRADED.has(base)) {
    const grader = a['provider'] !== undefined ? ctx.grader(a['provider'], `${where}.provider`).text : scope.grader;
    if (grader) result['provider'] = grader;
  }
  return result;
}

/** Sets `value` (and type-specific keys) on `out`; returns the evalgate type or undefined when skipped. */
function mapType(type: string, a: Obj, out: Obj, scope: AssertScope, ctx: ImportContext): string | undefined {
  const { where } = scope;
  const why = NO_EQUIVALENT[type];
  if (why) {
    ctx.skip(where, type, why);
    return undefined;
  }
  const value = a['value'];
  if (type === 'javascript') return javascript(value, a, out, scope, ctx);
  if (type === 'latency' || type === 'cost') {
    if (typeof a['threshold'] !== 'number') {
      ctx.skip(where, type, 'needs a numeric threshold');
      return undefined;
    }
    out['value'] = a['threshold'];
    return type;
  }
  if (type === 'word-count') {
    if (typeof value === 'number') out['value'] = { min: value, max: value };
    else if (isObj(value)) out['value'] = value;
    else return skipValue(where, type, ctx);
    return type;
  }
  if (type === 'model-graded-closedqa') {
    ctx.note(where, 'model-graded-closedqa converted to llm-rubric with the same criterion');
    return textValue('llm-rubric', value, out, scope, ctx);
  }
  if (type === 'model-graded-factuality') return textValue('factuality', value, out, scope, ctx);
  if (!SAME.has(type)) {
    ctx.skip(where, type, 'unknown to this importer, and not an evalgate assertion type');
    return undefined;
  }
  if (type === 'is-json') {
    const schemaFile = fileRef(value);
    if (schemaFile !== undefined) {
      out['value'] = ctx.refPath(schemaFile);
      return 'json-schema';
    }
    if (isObj(value)) out['value'] = value;
    return type;
  }
  if (type === 'is-refusal') return type;
  if (type === 'answer-relevance' || type === 'context-relevance' || type === 'context-faithfulness') {
    // promptfoo reads the question from `query` and the context from `context`.
    out['questionVar'] = 'query';
    if (type !== 'answer-relevance') out['contextVar'] = 'context';
    return type;
  }
  if (type === 'similar') {
    // Its own provider, else defaultTest's embedding grader, else promptfoo's default embedding model.
    const own = a['provider'] !== undefined ? ctx.grader(a['provider'], `${where}.provider`).embedding : undefined;
    const embed = own ?? ctx.embedding ?? ctx.provider('openai:embedding:text-embedding-3-large', where);
    if (embed) out['provider'] = embed;
    if (!own && !ctx.embedding)
      ctx.note(
        where,
        'similar uses embeddings (text-embedding-3-large, promptfoo\'s default) through the provider "embed"',
      );
  }
  if ((type === 'factuality' || type === 'similar') && value === undefined) return type; // the case's `expected`
  if (type.endsWith('-any') || type.endsWith('-all')) {
    const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
    if (!Array.isArray(list)) return skipValue(where, type, ctx);
    const filled = list.map((v) => fill(String(v), scope, ctx));
    if (filled.some((v) => v === undefined)) return undefined;
    out['value'] = filled;
    return type;
  }
  if (type === 'equals' && typeof value !== 'string') {
    if (value === undefined) return skipValue(where, type, ctx);
    out['value'] = value;
    return type;
  }
  return textValue(type, value, out, scope, ctx);
}

function textValue(type: string, value: unknown, out: Obj, scope: AssertScope, ctx: ImportContext): string | undefined {
  let text: string | undefined;
  const file = fileRef(value);
  if (file !== undefined) {
    text = ctx.read(file);
    if (text === undefined) {
      ctx.skip(scope.where, type, `file ${file} not found`);
      return undefined;
    }
    text = text.replace(/\r?\n$/, '');
  } else if (typeof value === 'string' || typeof value === 'number') text = String(value);
  if (text === undefined) return skipValue(scope.where, type, ctx);
  const filled = fill(text, scope, ctx);
  if (filled === undefined) return undefined;
  out['value'] = filled;
  return type;
}

/** Renders `{{ var }}` in a value from the case's vars; a suite-wide value must be free of them. */
function fill(text: string, scope: AssertScope, ctx: ImportContext): string | undefined {
  if (!text.includes('{{')) return text;
  if (scope.vars === undefined) {
    ctx.skip(
      scope.where,
      text.slice(0, 60),
      'a suite-wide value that renders variables (internal: should have been moved to the cases)',
    );
    return undefined;
  }
  const { text: filled, missing } = substituteVars(text, scope.vars);
  if (missing.length || filled.includes('{{')) {
    ctx.skip(
      scope.where,
      text.slice(0, 60),
      `template in the value cannot be filled from the test's vars${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
    );
    return undefined;
  }
  return filled;
}

function javascript(value: unknown, a: Obj, out: Obj, scope: AssertScope, ctx: ImportContext): string | undefined {
  const file = fileRef(value);
  // promptfoo's threshold applies to the score the check returns: the generated wrapper applies it.
  const threshold = typeof a['threshold'] === 'number' ? { threshold: a['threshold'] } : {};
  if (file !== undefined) {
    if (!/\.(m?js|cjs)(:[\w$]+)?$/.test(file)) {
      ctx.skip(
        scope.where,
        `javascript ${file}`,
        'evalgate imports plain JavaScript modules (.js/.mjs/.cjs); compile TypeScript first',
      );
      return undefined;
    }
    const [path, fn] = file.split(':');
    if (ctx.read(path!) === undefined) {
      ctx.skip(scope.where, `javascript ${file}`, 'file not found');
      return undefined;
    }
    const ref = ctx.refPath(path!);
    // The wrapper lives in the generated folder, one level below evalgate.yml.
    const module = ref.startsWith('/') ? ref : `../${ref.replace(/^\.\//, '')}`;
    out['value'] = ctx.javascriptCheck({ module, exportName: fn ?? 'default', ...threshold }, scope.where);
    return 'javascript';
  }
  if (typeof value !== 'string' || value.trim() === '') return skipValue(scope.where, 'javascript', ctx);
  out['value'] = ctx.javascriptCheck({ code: value, ...threshold }, scope.where);
  return 'javascript';
}

function skipValue(where: string, type: string, ctx: ImportContext): undefined {
  ctx.skip(where, type, 'missing or unsupported value');
  return undefined;
}

/**
 * A CSV `__expected` cell in promptfoo's shorthand (`contains: x`, `similar(0.8): x`, `grade: rubric`,
 * `fn: output.length < 9`, `not-icontains: x`; anything else is `equals`) → a promptfoo assertion.
 */
export function parseExpected(cell: string): Obj {
  const trimmed = cell.trim();
  const fileCheck = /^(file:\/\/.+\.(?:m?js|cjs|py)(?::[\w$]+)?)$/.exec(trimmed);
  if (fileCheck) return { type: /\.py/.test(trimmed) ? 'python' : 'javascript', value: fileCheck[1] };
  const m = /^(not-)?([a-z][a-z-]*)(?:\(([\d.]+)\))?(?::\s?([\s\S]*))?$/.exec(trimmed);
  if (
    m &&
    (m[4] !== undefined || m[3] !== undefined || /^(is-json|contains-json|is-refusal|is-xml|is-sql)$/.test(m[2]!))
  ) {
    const neg = m[1] ?? '';
    const alias: Record<string, string> = { grade: 'llm-rubric', fn: 'javascript', eval: 'javascript' };
    const type = alias[m[2]!] ?? m[2]!;
    if (
      NO_EQUIVALENT[type] ||
      SAME.has(type) ||
      ['javascript', 'latency', 'cost', 'word-count', 'model-graded-closedqa'].includes(type)
    ) {
      const a: Obj = { type: `${neg}${type}` };
      if (m[4] !== undefined) a['value'] = m[4];
      if (m[3] !== undefined) a['threshold'] = Number(m[3]);
      if ((type === 'latency' || type === 'cost') && m[4] !== undefined) a['threshold'] = Number(m[4]);
      return a;
    }
  }
  return { type: 'equals', value: trimmed };
}
