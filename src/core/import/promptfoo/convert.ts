// promptfoo config → evalgate.yml: one suite per prompt × provider (promptfoo's evaluation matrix), every
// suite on the same cases. Pure: files come in through `read`, generated files go out in the result, and
// everything that could not be carried over is listed with its position and the reason.
import { parse as parseYaml, stringify } from 'yaml';
import { convertAssertion, MODEL_GRADED, transformRef } from './asserts.js';
import { JavascriptChecks } from './javascript-checks.js';
import { convertPrompts } from './prompts.js';
import { convertProvider } from './providers.js';
import { hasTemplate, nunjucksProblem, substituteVars } from './template.js';
import { collectScenarios, collectTests, expandVars, resolveVars } from './tests.js';
import { fileRef, isObj, slug, unique, type ImportContext, type ImportResult, type Obj } from './types.js';
import { canonicalJson } from '../../util/canonical-json.js';

/** Generated files live in this folder next to the written evalgate.yml. */
export const GENERATED_DIR = 'evalgate';
/** promptfoo's default OpenAI grader: the judge when the config names none. */
const DEFAULT_GRADER = 'openai:gpt-4.1';

const TOP_LEVEL_SKIP: Record<string, string> = {
  nunjucksFilters: 'custom Nunjucks filters have no mustache equivalent',
  derivedMetrics: 'derived metrics are not computed by evalgate',
  extensions: 'extension hooks run your code around the evaluation',
  redteam: 'red-team generation is not part of evalgate',
  evaluateOptions:
    'evaluation options (maxConcurrency, repeat, delay…) map to defaults.concurrency / defaults.repeat: set them by hand',
  env: 'environment values are not copied into evalgate.yml: export them in the shell or the workflow',
};
const TOP_LEVEL_IGNORED = new Set([
  'description',
  'prompts',
  'providers',
  'targets',
  'tests',
  'scenarios',
  'defaultTest',
  'outputPath',
  'sharing',
  'tags',
  'metadata',
  'writeLatestResults',
  'commandLineOptions',
  '$schema',
]);

export interface ImportIO {
  read(path: string): string | undefined;
  refPath?(path: string): string;
  glob?(pattern: string): string[] | undefined;
  transformVars?(code: string, vars: Obj): { vars: Obj } | { why: string };
}

export function importPromptfoo(raw: unknown, io: ImportIO): ImportResult {
  const result: ImportResult = { config: {}, files: [], skipped: [], notes: [] };
  const providers: Obj = {};
  const providerById = new Map<string, string>();
  /** Per provider name: the suite fields it brings (tools…) and promptfoo's `prompts:` filter. */
  const providerExtras = new Map<string, { suiteFields: Obj; prompts?: string[] }>();
  const checks = new JavascriptChecks();
  const ctx: ImportContext = {
    read: io.read,
    refPath: io.refPath ?? ((p) => p),
    ...(io.glob ? { glob: io.glob } : {}),
    ...(io.transformVars ? { transformVars: io.transformVars } : {}),
    // Cases expanded from one test repeat its problems: each is listed once.
    skip: (where, what, why) => {
      if (!result.skipped.some((s) => s.where === where && s.what === what && s.why === why))
        result.skipped.push({ where, what, why });
    },
    note: (where, text) => {
      if (!result.notes.some((n) => n.text === text)) result.notes.push({ where, text });
    },
    addFile: (path, content) => {
      const taken = new Set(result.files.map((f) => f.path));
      const dot = path.lastIndexOf('.');
      let full = `${GENERATED_DIR}/${path}`;
      for (let i = 2; taken.has(full); i++) full = `${GENERATED_DIR}/${path.slice(0, dot)}-${i}${path.slice(dot)}`;
      result.files.push({ path: full, content });
      return full;
    },
    provider: (id, where) => registerProvider(id, where),
    grader: (entry, where) => registerGrader(entry, where),
    javascriptCheck: (check, where) => `${GENERATED_DIR}/checks.mjs:${checks.add(check, where)}`,
    javascriptTransform: (source, where) => `${GENERATED_DIR}/checks.mjs:${checks.addTransform(source, where)}`,
  };

  function registerProvider(entry: unknown, where: string): string | undefined {
    // promptfoo reads a provider kept in its own YAML/JSON file (`file://gpt-4o-mini.yaml`) as if written here.
    const inFile = providerFile(entry, where);
    if (inFile !== undefined)
      return inFile === null || Array.isArray(inFile) ? undefined : registerProvider(inFile, where);
    const key = typeof entry === 'string' ? entry : canonicalJson(entry);
    const known = providerById.get(key);
    if (known) return known;
    const c = convertProvider(entry, { read: io.read, refPath: ctx.refPath });
    if ('why' in c) {
      ctx.skip(where, c.id, c.why);
      return undefined;
    }
    const name = unique(/embedding/.test(key) ? 'embed' : c.name, new Set(Object.keys(providers)));
    providers[name] = c.settings;
    providerById.set(key, name);
    providerExtras.set(name, { suiteFields: c.suiteFields, ...(c.prompts ? { prompts: c.prompts } : {}) });
    for (const n of c.notes) ctx.note(where, n);
    for (const d of c.dropped) ctx.skip(where, d.key, d.why);
    return name;
  }

  /** A `file://*.yaml|json` provider entry → its content (null when unreadable, listed); else undefined. */
  function providerFile(entry: unknown, where: string): unknown {
    const file = fileRef(entry);
    if (file === undefined || !/\.(ya?ml|json)$/i.test(file)) return undefined;
    const text = io.read(file);
    let parsed: unknown;
    try {
      parsed = text === undefined ? undefined : parseYaml(text);
    } catch {
      parsed = undefined;
    }
    if (!isObj(parsed) && !Array.isArray(parsed)) {
      ctx.skip(
        where,
        String(entry),
        text === undefined ? 'provider file not found' : 'not a provider (or list of providers) in YAML/JSON',
      );
      return null;
    }
    return parsed;
  }

  /**
   * A grader: a provider, or promptfoo's `{text: provider, embedding: provider}` map (the judge for
   * model-graded checks, the embedding model for `similar`).
   */
  function registerGrader(entry: unknown, where: string): { text?: string; embedding?: string } {
    if (
      isObj(entry) &&
      !('id' in entry) &&
      Object.keys(entry).length > 0 &&
      Object.keys(entry).every((k) => k === 'text' || k === 'embedding' || k === 'classification')
    ) {
      const out: { text?: string; embedding?: string } = {};
      if (entry['text'] !== undefined) {
        const t = registerProvider(entry['text'], `${where}.text`);
        if (t) out.text = t;
      }
      if (entry['embedding'] !== undefined) {
        const e = registerProvider(entry['embedding'], `${where}.embedding`);
        if (e) out.embedding = e;
      }
      if (entry['classification'] !== undefined)
        ctx.skip(`${where}.classification`, 'classification', 'a classifier grader has no evalgate equivalent');
      return out;
    }
    const name = registerProvider(entry, where);
    if (!name) return {};
    const settings = providers[name] as Obj;
    return /embed/i.test(String(settings['model'])) ? { embedding: name } : { text: name };
  }

  if (!isObj(raw)) {
    ctx.skip('(config)', typeof raw, 'a promptfoo config is a YAML or JSON object');
    return result;
  }
  for (const key of Object.keys(raw)) {
    const why = TOP_LEVEL_SKIP[key];
    if (why) ctx.skip(key, key, why);
    else if (!TOP_LEVEL_IGNORED.has(key)) ctx.skip(key, key, 'not a promptfoo key this importer knows');
  }

  ctx.constantVars = constantVars(raw, ctx);
  const prompts = convertPrompts(raw['prompts'], ctx);
  const providerList = raw['providers'] ?? raw['targets'];
  const suiteProviders = (Array.isArray(providerList) ? providerList : providerList === undefined ? [] : [providerList])
    .flatMap((p, i) => {
      // A file holding a list of providers stands for all of them.
      const inFile = providerFile(p, `providers[${i}]`);
      return Array.isArray(inFile)
        ? inFile.map((q, j) => registerProvider(q, `providers[${i}] (${String(p)}[${j}])`))
        : [registerProvider(p, `providers[${i}]`)];
    })
    .filter((n): n is string => n !== undefined);

  // defaultTest: vars and assertions for every test; options.provider is the grader.
  let defaults: Obj = {};
  const dt = raw['defaultTest'];
  if (typeof dt === 'string' && dt.startsWith('file://')) {
    ctx.skip('defaultTest', dt, 'a defaultTest file is not read: inline it');
  } else if (isObj(dt)) defaults = dt;
  for (const k of Object.keys(defaults)) {
    if (!['vars', 'assert', 'options', 'description', 'metadata'].includes(k))
      ctx.skip(`defaultTest.${k}`, k, testOptionWhy(k));
  }
  const dOptions = isObj(defaults['options']) ? defaults['options'] : {};
  // Inline transformVars run at import time on each test's vars, when the CLI can run them.
  const runsVars = (v: unknown) => ctx.transformVars !== undefined && typeof v === 'string' && fileRef(v) === undefined;
  for (const k of Object.keys(dOptions))
    if (k !== 'provider' && !TRANSFORM_OPTIONS.has(k) && !(k === 'transformVars' && runsVars(dOptions[k])))
      ctx.skip(`defaultTest.options.${k}`, k, optionWhy(k));
  const dTransformValue = dOptions['transform'] ?? dOptions['postprocess'];
  const defaultTransform =
    dTransformValue === undefined ? undefined : transformRef(dTransformValue, 'defaultTest.options.transform', ctx);
  const tests = [...collectTests(raw['tests'], ctx), ...collectScenarios(raw['scenarios'], ctx)];
  const testTransformOf = (t: Obj) =>
    isObj(t['options']) ? (t['options']['transform'] ?? t['options']['postprocess']) : undefined;
  // A test's own output transform must reach the defaultTest checks too: they then move into every case.
  const anyTestTransform = tests.some((t) => testTransformOf(t.test) !== undefined);
  const graders =
    dOptions['provider'] !== undefined ? registerGrader(dOptions['provider'], 'defaultTest.options.provider') : {};
  const grader = graders.text;
  if (graders.embedding) ctx.embedding = graders.embedding;
  const defaultVars = resolveVars(defaults['vars'], 'defaultTest', ctx) ?? {};
  const defaultAsserts = Array.isArray(defaults['assert']) ? defaults['assert'] : [];
  // Values that render variables must be filled per case: those assertions move into every case.
  const perCase = defaultAsserts.filter(
    (a) => anyTestTransform || hasTemplate(JSON.stringify(isObj(a) ? (a['value'] ?? '') : '')),
  );
  const suiteAssert = defaultAsserts
    .map((a, i) =>
      perCase.includes(a)
        ? undefined
        : convertAssertion(
            a,
            { where: `defaultTest.assert[${i}]`, ...(defaultTransform ? { transform: defaultTransform } : {}) },
            ctx,
          ),
    )
    .filter((a): a is Obj => a !== undefined);
  // List-valued defaults expand per case, and templated ones render per case: both then live in the cases.
  const listDefaults = Object.values(defaultVars).some(
    (v) => (Array.isArray(v) && typeof v[0] === 'string') || (typeof v === 'string' && hasTemplate(v)),
  );

  const cases: Obj[] = [];
  const usedIds = new Set<string>();
  const seenVars = new Set<string>();
  for (const { where, test } of tests) {
    const options = isObj(test['options']) ? test['options'] : {};
    const blocking = Object.keys(options).filter(
      (k) => k !== 'provider' && !TRANSFORM_OPTIONS.has(k) && !(k === 'transformVars' && runsVars(options[k])),
    );
    const varsCode = (options['transformVars'] ??
      (runsVars(dOptions['transformVars']) ? dOptions['transformVars'] : undefined)) as string | undefined;
    const testKeys = Object.keys(test).filter((k) => BLOCKING_TEST_KEYS.has(k));
    for (const k of Object.keys(test)) {
      if (
        !BLOCKING_TEST_KEYS.has(k) &&
        !['description', 'vars', 'assert', 'options', 'threshold', 'metadata'].includes(k)
      )
        ctx.skip(where, k, testOptionWhy(k));
    }
    if (blocking.length || testKeys.length) {
      const k = blocking[0] ?? testKeys[0]!;
      ctx.skip(where, blocking[0] ? `options.${k}` : k, blocking[0] ? optionWhy(k) : testOptionWhy(k));
      continue;
    }
    // The config-wide grader is defaults.judge; a test's own grader goes on its model-graded assertions.
    const testGrader =
      options['provider'] !== undefined
        ? registerGrader(options['provider'], `${where}.options.provider`).text
        : undefined;
    const ownTransform = testTransformOf(test);
    const testTransform =
      ownTransform === undefined ? defaultTransform : transformRef(ownTransform, `${where}.options.transform`, ctx);
    // Its checks all read the transformed output: without the transform the test would mean something else.
    if (ownTransform !== undefined && testTransform === undefined) continue;
    const own = resolveVars(test['vars'], where, ctx);
    if (own === undefined) continue;
    const merged = { ...defaultVars, ...own };
    const combos = expandVars(listDefaults ? merged : own)
      .map((vars) => renderNestedVars(vars, { ...defaultVars, ...vars }, where, ctx))
      .filter((v): v is Obj => v !== undefined);
    if (combos.length > 1) ctx.note(where, `list-valued vars expanded into ${combos.length} cases`);
    combos.forEach((combo) => {
      const at = where;
      let vars = combo;
      let full = { ...defaultVars, ...combo };
      if (varsCode !== undefined) {
        // promptfoo merges what transformVars returns over the test's vars (`{ ...vars, ...transformed }`),
        // before the prompt and checks render: a transform that returns only new keys keeps the others.
        const t = ctx.transformVars!(varsCode, full);
        if ('why' in t) {
          ctx.skip(`${at}.options.transformVars`, 'transformVars', t.why);
          return;
        }
        ctx.note(
          `${at}.options.transformVars`,
          "transformVars ran at import time on each test's vars; the cases hold its result (import again after changing it)",
        );
        vars = { ...combo, ...t.vars };
        full = { ...full, ...t.vars };
      }
      const scope = (i: number, from: string) => ({
        where: `${at}.${from}[${i}]`,
        vars: full,
        ...(testGrader ? { grader: testGrader } : {}),
        ...(testTransform ? { transform: testTransform } : {}),
      });
      const assert = [
        ...defaultAsserts.flatMap((a, i) =>
          perCase.includes(a) ? [convertAssertion(a, scope(i, 'defaultTest.assert'), ctx)] : [],
        ),
        ...(Array.isArray(test['assert']) ? test['assert'] : []).map((a, i) =>
          convertAssertion(a, scope(i, 'assert'), ctx),
        ),
      ].filter((a): a is Obj => a !== undefined);
      const c: Obj = {};
      const key = canonicalJson(vars);
      // evalgate derives a case's id from its vars: tests that share vars need ids of their own.
      if (seenVars.has(key))
        c['id'] = unique(
          slug(typeof test['description'] === 'string' ? test['description'] : `case-${cases.length + 1}`),
          usedIds,
        );
      seenVars.add(key);
      if (typeof c['id'] === 'string') usedIds.add(c['id']);
      if (typeof test['description'] === 'string') c['description'] = test['description'];
      c['vars'] = vars;
      if (assert.length) c['assert'] = assert;
      if (typeof test['threshold'] === 'number') c['threshold'] = test['threshold'];
      cases.push(c);
    });
  }

  if (checks.size) ctx.addFile('checks.mjs', checks.render());
  // (A red-team config has no tests because promptfoo generates them: there is nothing to run once.)
  if (raw['tests'] === undefined && raw['scenarios'] === undefined && raw['redteam'] === undefined) {
    // promptfoo runs each prompt once when a config has no tests (defaultTest's vars and checks apply).
    cases.push({ id: 'default', vars: listDefaults ? defaultVars : {} });
    ctx.note('tests', 'no tests: one case with the defaultTest vars, as promptfoo runs each prompt once');
  }
  // promptfoo renders a variable no test sets as empty text; evalgate refuses such a case: it gets "" here.
  const suiteVars = listDefaults ? {} : defaultVars;
  for (const name of new Set(prompts.flatMap((p) => p.vars))) {
    const lacking = cases.filter((c) => !(name in (c['vars'] as Obj)) && !(name in suiteVars));
    if (!lacking.length || name === 'env') continue;
    for (const c of lacking) c['vars'] = { ...(c['vars'] as Obj), [name]: '' };
    ctx.note(
      'prompts',
      `{{${name}}} is set by no test${lacking.length < cases.length ? ` in ${lacking.length} case(s)` : ''}: promptfoo renders it empty, so those cases set it to ""`,
    );
  }
  const casesPath = cases.length
    ? ctx.addFile('cases.yaml', stringify(cases, { lineWidth: 0, aliasDuplicateObjects: false }))
    : undefined;

  const suites: Obj[] = [];
  const names = new Set<string>();
  for (const p of prompts) {
    for (const prov of suiteProviders) {
      const extras = providerExtras.get(prov);
      // promptfoo's `prompts:` on a provider: it runs only the prompts named there (by label or id).
      if (extras?.prompts && !extras.prompts.some((f) => f === p.label || f === p.raw || f === p.group)) continue;
      const name = unique(slug(suiteProviders.length > 1 ? `${p.label}-${prov}` : p.label), names);
      names.add(name);
      const suite: Obj = { name, prompt: p.path, cases: casesPath ?? [] };
      if (prov !== suiteProviders[0]) suite['provider'] = prov;
      if ((providers[prov] as Obj)['type'] === 'echo' && /\.(json|ya?ml)$/i.test(p.path))
        ctx.note(
          `prompts (${p.label})`,
          "echo answers a chat prompt with its messages as JSON (promptfoo echoes the chat file's rendered text)",
        );
      Object.assign(suite, extras?.suiteFields ?? {});
      if (p.config) applyPromptConfig(suite, p.config, prov, `prompts (${p.label}).config`);
      if (!listDefaults && Object.keys(defaultVars).length) suite['vars'] = defaultVars;
      if (suiteAssert.length) suite['assert'] = suiteAssert;
      suites.push(suite);
    }
  }
  if (!suites.length)
    ctx.skip('(suites)', 'prompts × providers', 'no prompt or no provider could be converted, so there is no suite');
  if (!cases.length) ctx.skip('(cases)', 'tests', 'no test could be converted, so the suites have no cases');

  /** A prompt's own `config` → the suite's provider extended with those settings (tools on the suite). */
  function applyPromptConfig(suite: Obj, config: Obj, prov: string, where: string): void {
    const base = providers[prov] as Obj;
    const c = convertProvider(
      { id: `openai:${String(base['model'])}`, config },
      { read: io.read, refPath: ctx.refPath },
    );
    if ('why' in c) return;
    for (const n of c.notes) ctx.note(where, n);
    for (const d of c.dropped) ctx.skip(where, d.key, d.why);
    const { type: _type, model: _model, ...changed } = c.settings;
    if (Object.keys(changed).length) suite['provider'] = { extends: prov, ...changed };
    Object.assign(suite, c.suiteFields);
  }

  const needsJudge = [
    ...suiteAssert,
    ...cases.flatMap((c) => (Array.isArray(c['assert']) ? (c['assert'] as Obj[]) : [])),
  ].some((a) => MODEL_GRADED.has(String(a['type']).replace(/^not-/, '')) && a['provider'] === undefined);
  let judge = grader;
  if (needsJudge && !judge) {
    judge = registerProvider(DEFAULT_GRADER, 'defaultTest.options.provider');
    ctx.note(
      'defaultTest.options.provider',
      `no grader named: model-graded assertions use ${DEFAULT_GRADER.slice('openai:'.length)} (promptfoo's default OpenAI grader)`,
    );
  }
  const config: Obj = { version: 1, providers };
  const d: Obj = {};
  if (suiteProviders[0]) d['provider'] = suiteProviders[0];
  if (judge && needsJudge) d['judge'] = judge;
  else if (grader) ctx.note('defaultTest.options.provider', 'the grader is not used by any converted assertion');
  if (Object.keys(d).length) config['defaults'] = d;
  config['suites'] = suites;
  result.config = config;
  if (typeof raw['description'] === 'string') result.notes.unshift({ where: 'description', text: raw['description'] });
  return result;
}

/**
 * The literal defaultTest vars no test (inline, from a file or a scenario) sets: the same value for every test.
 * Read with a silent context: the real pass over the tests reports their problems later.
 */
function constantVars(raw: Obj, ctx: ImportContext): Obj {
  const dt = raw['defaultTest'];
  const vars = isObj(dt) && isObj(dt['vars']) ? dt['vars'] : {};
  const quiet: ImportContext = { ...ctx, skip: () => {}, note: () => {} };
  const tests = [...collectTests(raw['tests'], quiet), ...collectScenarios(raw['scenarios'], quiet)];
  const setByTests = new Set(tests.flatMap(({ test }) => (isObj(test['vars']) ? Object.keys(test['vars']) : [])));
  if (tests.some(({ test }) => test['vars'] !== undefined && !isObj(test['vars']))) return {};
  return Object.fromEntries(
    Object.entries(vars).filter(([k, v]) => !setByTests.has(k) && fileRef(v) === undefined && typeof v === 'object'),
  );
}

/** promptfoo's output transform options (`postprocess` is its older name). */
const TRANSFORM_OPTIONS = new Set(['transform', 'postprocess']);

/** Test keys that change which prompt, provider or output a test evaluates: the test is not converted. */
const BLOCKING_TEST_KEYS = new Set(['provider', 'providers', 'prompts', '__prefix', '__suffix', 'providerOutput']);

function optionWhy(k: string): string {
  if (k === 'rubricPrompt')
    return "a custom grading prompt: evalgate's judges use their own prompt (write the criterion as the llm-rubric value)";
  if (k === 'transformVars')
    return "transformVars runs JavaScript on the test's vars before the prompt renders; the import runs inline code only (not a file:// script)";
  if (/transform/i.test(k))
    return 'transforms run JavaScript on the output before the checks; evalgate checks the output as returned';
  if (k === 'prefix' || k === 'suffix') return 'prompt prefixes and suffixes are not applied: add them to the prompt';
  return 'a test option with no evalgate equivalent';
}

function testOptionWhy(k: string): string {
  if (k === '__prefix' || k === '__suffix')
    return 'prompt prefixes and suffixes are not applied: add them to the prompt';
  if (k === 'providerOutput') return 'a fixed output to grade is not an evaluation of a model';
  if (k === 'provider' || k === 'providers' || k === 'prompts')
    return 'a test bound to particular providers or prompts: evalgate runs every case of a suite';
  return 'a test key with no evalgate equivalent';
}

/**
 * promptfoo renders variables inside other variables' values (`greeting: "Hi {{ name }}"`); evalgate renders the
 * prompt only, so such values are filled here from the case's vars. A value that cannot be filled is reported.
 */
function renderNestedVars(vars: Obj, all: Obj, where: string, ctx: ImportContext): Obj | undefined {
  const out: Obj = { ...vars };
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== 'string' || (!value.includes('{{') && !value.includes('{%'))) continue;
    const problem = nunjucksProblem(value);
    const others = { ...all, ...out };
    delete others[name];
    const { text, missing } = substituteVars(value, others);
    if (problem || missing.length || text.includes('{{')) {
      ctx.skip(
        `${where}.vars.${name}`,
        value.slice(0, 60),
        problem
          ? `${problem} in a variable's value`
          : `a variable's template cannot be filled from the test's vars${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
      );
      return undefined;
    }
    out[name] = text;
  }
  return out;
}

/** The written evalgate.yml: a header saying where it came from, then the config. */
export function importedYaml(result: ImportResult, source: string): string {
  const description = result.notes.find((n) => n.where === 'description')?.text;
  const header = [
    `# Converted from ${source} by \`evalgate import promptfoo\`.`,
    ...(description ? [`# ${description.split('\n')[0]}`] : []),
    `# ${result.skipped.length} item(s) could not be converted (listed when the import ran).`,
    '# yaml-language-server: $schema=https://unpkg.com/evalgate/schema/evalgate.schema.json',
  ].join('\n');
  return `${header}\n${stringify(result.config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
