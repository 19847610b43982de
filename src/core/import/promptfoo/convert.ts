// promptfoo config → evalgate.yml: one suite per prompt × provider (promptfoo's evaluation matrix), every
// suite on the same cases. Pure: files come in through `read`, generated files go out in the result, and
// everything that could not be carried over is listed with its position and the reason.
import { stringify } from 'yaml';
import { convertAssertion, MODEL_GRADED } from './asserts.js';
import { convertPrompts } from './prompts.js';
import { convertProvider } from './providers.js';
import { hasTemplate } from './template.js';
import { collectTests, expandVars, resolveVars } from './tests.js';
import { isObj, slug, unique, type ImportContext, type ImportResult, type Obj } from './types.js';
import { canonicalJson } from '../../util/canonical-json.js';

/** Generated files live in this folder next to the written evalgate.yml. */
export const GENERATED_DIR = 'evalgate';
/** promptfoo's default OpenAI grader: the judge when the config names none. */
const DEFAULT_GRADER = 'openai:gpt-4.1';

const TOP_LEVEL_SKIP: Record<string, string> = {
  scenarios: 'scenarios (config × tests combinations) are not converted: add their vars to the tests',
  nunjucksFilters: 'custom Nunjucks filters have no mustache equivalent',
  derivedMetrics: 'derived metrics are not computed by evalgate',
  extensions: 'extension hooks run your code around the evaluation',
  redteam: 'red-team generation is not part of evalgate',
  evaluateOptions: 'evaluation options (maxConcurrency, repeat, delay…) map to defaults.concurrency / defaults.repeat: set them by hand',
  env: 'environment values are not copied into evalgate.yml: export them in the shell or the workflow',
};
const TOP_LEVEL_IGNORED = new Set(['description', 'prompts', 'providers', 'targets', 'tests', 'defaultTest', 'outputPath', 'sharing', 'tags', 'metadata', 'writeLatestResults', 'commandLineOptions', '$schema']);

export interface ImportIO {
  read(path: string): string | undefined;
  refPath?(path: string): string;
}

export function importPromptfoo(raw: unknown, io: ImportIO): ImportResult {
  const result: ImportResult = { config: {}, files: [], skipped: [], notes: [] };
  const providers: Obj = {};
  const providerById = new Map<string, string>();
  const checks: string[] = [];
  const ctx: ImportContext = {
    read: io.read,
    refPath: io.refPath ?? ((p) => p),
    // Cases expanded from one test repeat its problems: each is listed once.
    skip: (where, what, why) => {
      if (!result.skipped.some((s) => s.where === where && s.what === what && s.why === why)) result.skipped.push({ where, what, why });
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
    inlineCheck: (code, where) => {
      checks.push(`// ${where}\nexport function check${checks.length + 1}(output, context) {\n${code.includes('\n') ? code : `  return (${code.trim()});`}\n}\n`);
      return `${GENERATED_DIR}/checks.mjs:check${checks.length}`;
    },
  };

  function registerProvider(entry: unknown, where: string): string | undefined {
    const key = typeof entry === 'string' ? entry : canonicalJson(entry);
    const known = providerById.get(key);
    if (known) return known;
    const c = convertProvider(entry);
    if ('why' in c) {
      ctx.skip(where, c.id, c.why);
      return undefined;
    }
    const name = unique(/embedding/.test(key) ? 'embed' : c.name, new Set(Object.keys(providers)));
    providers[name] = c.settings;
    providerById.set(key, name);
    for (const n of c.notes) ctx.note(where, n);
    if (c.dropped.length) ctx.skip(where, `config: ${c.dropped.join(', ')}`, 'provider settings with no evalgate equivalent');
    return name;
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

  const prompts = convertPrompts(raw['prompts'], ctx);
  const providerList = raw['providers'] ?? raw['targets'];
  const suiteProviders = (Array.isArray(providerList) ? providerList : providerList === undefined ? [] : [providerList])
    .map((p, i) => registerProvider(p, `providers[${i}]`))
    .filter((n): n is string => n !== undefined);

  // defaultTest: vars and assertions for every test; options.provider is the grader.
  let defaults: Obj = {};
  const dt = raw['defaultTest'];
  if (typeof dt === 'string' && dt.startsWith('file://')) {
    ctx.skip('defaultTest', dt, 'a defaultTest file is not read: inline it');
  } else if (isObj(dt)) defaults = dt;
  const dOptions = isObj(defaults['options']) ? defaults['options'] : {};
  for (const k of Object.keys(dOptions)) if (k !== 'provider') ctx.skip(`defaultTest.options.${k}`, k, optionWhy(k));
  const grader = dOptions['provider'] !== undefined ? registerProvider(dOptions['provider'], 'defaultTest.options.provider') : undefined;
  const defaultVars = resolveVars(defaults['vars'], 'defaultTest', ctx) ?? {};
  const defaultAsserts = Array.isArray(defaults['assert']) ? defaults['assert'] : [];
  // Values that render variables must be filled per case: those assertions move into every case.
  const perCase = defaultAsserts.filter((a) => hasTemplate(JSON.stringify(isObj(a) ? (a['value'] ?? '') : '')));
  const suiteAssert = defaultAsserts
    .map((a, i) => (perCase.includes(a) ? undefined : convertAssertion(a, { where: `defaultTest.assert[${i}]` }, ctx)))
    .filter((a): a is Obj => a !== undefined);
  const listDefaults = Object.values(defaultVars).some(Array.isArray);

  const cases: Obj[] = [];
  const usedIds = new Set<string>();
  const seenVars = new Set<string>();
  for (const { where, test } of collectTests(raw['tests'], ctx)) {
    const options = isObj(test['options']) ? test['options'] : {};
    const blocking = Object.keys(options).filter((k) => k !== 'provider');
    const testKeys = Object.keys(test).filter((k) => ['provider', 'providers', 'prompts', '__prefix', '__suffix', 'providerOutput'].includes(k));
    if (blocking.length || testKeys.length) {
      const k = blocking[0] ?? testKeys[0]!;
      ctx.skip(where, blocking[0] ? `options.${k}` : k, blocking[0] ? optionWhy(k) : testOptionWhy(k));
      continue;
    }
    // The config-wide grader is defaults.judge; a test's own grader goes on its model-graded assertions.
    const testGrader = options['provider'] !== undefined ? registerProvider(options['provider'], `${where}.options.provider`) : undefined;
    const own = resolveVars(test['vars'], where, ctx);
    if (own === undefined) continue;
    const merged = { ...defaultVars, ...own };
    const combos = expandVars(listDefaults ? merged : own);
    if (combos.length > 1) ctx.note(where, `list-valued vars expanded into ${combos.length} cases`);
    combos.forEach((vars) => {
      const at = where;
      const full = { ...defaultVars, ...vars };
      const scope = (i: number, from: string) => ({ where: `${at}.${from}[${i}]`, vars: full, ...(testGrader ? { grader: testGrader } : {}) });
      const assert = [
        ...defaultAsserts.flatMap((a, i) => (perCase.includes(a) ? [convertAssertion(a, scope(i, 'defaultTest.assert'), ctx)] : [])),
        ...(Array.isArray(test['assert']) ? test['assert'] : []).map((a, i) => convertAssertion(a, scope(i, 'assert'), ctx)),
      ].filter((a): a is Obj => a !== undefined);
      const c: Obj = {};
      const key = canonicalJson(vars);
      // evalgate derives a case's id from its vars: tests that share vars need ids of their own.
      if (seenVars.has(key)) c['id'] = unique(slug(typeof test['description'] === 'string' ? test['description'] : `case-${cases.length + 1}`), usedIds);
      seenVars.add(key);
      if (typeof c['id'] === 'string') usedIds.add(c['id']);
      if (typeof test['description'] === 'string') c['description'] = test['description'];
      c['vars'] = vars;
      if (assert.length) c['assert'] = assert;
      if (typeof test['threshold'] === 'number') c['threshold'] = test['threshold'];
      cases.push(c);
    });
  }

  if (checks.length) ctx.addFile('checks.mjs', `// JavaScript assertions converted from promptfoo (inline \`javascript\` values).\n// Each is called as fn(output, { vars, expected, latencyMs, costUsd, tokens }).\n\n${checks.join('\n')}`);
  const casesPath = cases.length ? ctx.addFile('cases.yaml', stringify(cases, { lineWidth: 0, aliasDuplicateObjects: false })) : undefined;

  const suites: Obj[] = [];
  const names = new Set<string>();
  for (const p of prompts) {
    for (const prov of suiteProviders) {
      const name = unique(slug(suiteProviders.length > 1 ? `${p.label}-${prov}` : p.label), names);
      names.add(name);
      const suite: Obj = { name, prompt: p.path, cases: casesPath ?? [] };
      if (prov !== suiteProviders[0]) suite['provider'] = prov;
      if (!listDefaults && Object.keys(defaultVars).length) suite['vars'] = defaultVars;
      if (suiteAssert.length) suite['assert'] = suiteAssert;
      suites.push(suite);
    }
  }
  if (!suites.length) ctx.skip('(suites)', 'prompts × providers', 'no prompt or no provider could be converted, so there is no suite');
  if (!cases.length) ctx.skip('(cases)', 'tests', 'no test could be converted');

  const needsJudge = [...suiteAssert, ...cases.flatMap((c) => (Array.isArray(c['assert']) ? (c['assert'] as Obj[]) : []))].some(
    (a) => MODEL_GRADED.has(String(a['type']).replace(/^not-/, '')) && a['provider'] === undefined,
  );
  let judge = grader;
  if (needsJudge && !judge) {
    judge = registerProvider(DEFAULT_GRADER, 'defaultTest.options.provider');
    ctx.note('defaultTest.options.provider', `no grader named: model-graded assertions use ${DEFAULT_GRADER.slice('openai:'.length)} (promptfoo's default OpenAI grader)`);
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

function optionWhy(k: string): string {
  if (/transform/i.test(k)) return 'transforms run JavaScript on the output before the checks; evalgate checks the output as returned';
  if (k === 'prefix' || k === 'suffix') return 'prompt prefixes and suffixes are not applied: add them to the prompt';
  return 'a test option with no evalgate equivalent';
}

function testOptionWhy(k: string): string {
  if (k === '__prefix' || k === '__suffix') return 'prompt prefixes and suffixes are not applied: add them to the prompt';
  if (k === 'providerOutput') return 'a fixed output to grade is not an evaluation of a model';
  return 'a test bound to particular providers or prompts: evalgate runs every case of a suite';
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
