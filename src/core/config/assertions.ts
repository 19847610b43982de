// Assertion resolution at config load: each spec is checked by its scorer (through the registry, so
// new scorers need no change here), `json-schema` files are read and parsed, and the files and
// `javascript` checks an assertion depends on are collected for PR selection and the import hook.
import { parseJavascriptRef } from '../scorers/deterministic/javascript.js';
import { assertionFiles, lookupScorer, validateAssertion } from '../scorers/registry.js';
import type { AssertionSpec, Scorer } from '../scorers/types.js';
import { suggestion } from './did-you-mean.js';
import type { ConfigError } from './errors.js';
import { parseYamlSource } from './positions.js';

type Seg = string | number;
export type At = (path: Seg[], reason: string) => ConfigError;

export interface AssertionContext {
  scorers: ReadonlyMap<string, Scorer>;
  providerNames: string[];
  /** Whether the suite has a judge (suite `judge:` or `defaults.judge`). */
  hasJudge: boolean;
  /** Reads a config-relative file once (undefined = missing); the same text for the same path. */
  read(rel: string): Promise<{ text: string; file: string } | { problem: string }>;
  /** Collected: config-relative files the assertions depend on. */
  files: Set<string>;
  /** Collected: provider names the assertions use. */
  usedProviders: Set<string>;
  /** Collected: `javascript` references to import, with an error builder at their place. */
  checks: Map<string, (reason: string) => ConfigError>;
  errors: ConfigError[];
  /** Parsed schema files by path, so every case shares one object (validators are cached by identity). */
  schemas: Map<string, unknown>;
}

export async function resolveAssertions(
  specs: readonly AssertionSpec[],
  at: At,
  ctx: AssertionContext,
): Promise<AssertionSpec[]> {
  const out: AssertionSpec[] = [];
  for (const [i, raw] of specs.entries()) {
    const spec = await inlineSchemaFile(raw, (p, r) => at([i, ...p], r), ctx);
    if (spec && check(spec, (p, r) => at([i, ...p], r), ctx) && (await prepared(spec, (p, r) => at([i, ...p], r), ctx)))
      out.push(spec);
  }
  return out;
}

/** `json-schema` with a string value: the value is a file; replace it by the parsed schema, keep the path in `file`. */
async function inlineSchemaFile(
  spec: AssertionSpec,
  at: At,
  ctx: AssertionContext,
): Promise<AssertionSpec | undefined> {
  if (spec.type.replace(/^not-/, '') !== 'json-schema' || typeof spec.value !== 'string') return spec;
  const rel = spec.value;
  let schema = ctx.schemas.get(rel);
  if (schema === undefined) {
    const read = await ctx.read(rel);
    if ('problem' in read) {
      ctx.errors.push(at(['value'], `schema file "${rel}" ${read.problem}`));
      return undefined;
    }
    const parsed = parseYamlSource(read.text, read.file);
    if (parsed.errors.length) {
      ctx.errors.push(...parsed.errors);
      return undefined;
    }
    schema = parsed.value;
    ctx.schemas.set(rel, schema);
  }
  return { ...spec, value: schema, file: rel };
}

function check(spec: AssertionSpec, at: At, ctx: AssertionContext): boolean {
  const problem = validateAssertion(ctx.scorers, spec);
  const found = lookupScorer(ctx.scorers, spec.type);
  if (problem !== undefined) {
    ctx.errors.push(at(found ? firstIssuePath(found.scorer, spec) : ['type'], problem));
    return false;
  }
  if (!found) return false;
  if (spec.provider !== undefined) {
    if (!ctx.providerNames.includes(spec.provider)) {
      ctx.errors.push(
        at(['provider'], `unknown provider "${spec.provider}"${suggestion(spec.provider, ctx.providerNames)}`),
      );
      return false;
    }
    ctx.usedProviders.add(spec.provider);
  } else if (found.scorer.modelGraded && !ctx.hasJudge) {
    ctx.errors.push(
      at(
        ['type'],
        `"${spec.type}" needs a judge model: set \`defaults.judge\`, the suite's \`judge\` or the assertion's \`provider\``,
      ),
    );
    return false;
  }
  for (const f of assertionFiles(ctx.scorers, spec)) ctx.files.add(f);
  if (found.scorer.type === 'javascript' && typeof spec.value === 'string' && !ctx.checks.has(spec.value)) {
    ctx.checks.set(spec.value, (reason) => at(['value'], reason));
  }
  // A transform is imported like a javascript check, and its file selects the suite on a PR like one.
  if (typeof spec.transform === 'string') {
    ctx.files.add(parseJavascriptRef(spec.transform).path);
    if (!ctx.checks.has(spec.transform)) ctx.checks.set(spec.transform, (reason) => at(['transform'], reason));
  }
  return true;
}

/** The scorer's asynchronous load-time check (e.g. the regex engine compiling the pattern). */
async function prepared(spec: AssertionSpec, at: At, ctx: AssertionContext): Promise<boolean> {
  const scorer = lookupScorer(ctx.scorers, spec.type)?.scorer;
  const problem = await scorer?.prepare?.(spec);
  if (problem === undefined) return true;
  ctx.errors.push(at(['value'], `${spec.type}: value: ${problem}`));
  return false;
}

/** Where the scorer's own schema complains, so the error points at `value` rather than the list item. */
function firstIssuePath(scorer: Scorer, spec: AssertionSpec): Seg[] {
  const r = scorer.schema.safeParse(spec);
  const issue = r.success ? undefined : r.error.issues[0];
  if (!issue) return [];
  const path = issue.path.filter((p): p is Seg => typeof p !== 'symbol');
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
}
