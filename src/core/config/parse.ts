// Pure config loading: YAML text (+ a FileSource for prompts, cases and schemas) → ResolvedConfig.
// Parse keeping positions → interpolate ${VAR} → validate with ConfigSchema → resolve providers,
// prompts, cases and assertions. Every problem becomes a ConfigError "file:line:col keyPath: message";
// all problems of a phase are reported together.
import { posix } from 'node:path';
import { TemplateError } from '../prompt/errors.js';
import { missingVariable, requiredVariables, type RequiredVariable } from '../prompt/render.js';
import { parsePromptTemplate } from '../prompt/template.js';
import { promptVersion } from '../prompt/version.js';
import type { ProviderSettings } from '../model/types.js';
import { lookupScorer, validateAssertion } from '../scorers/registry.js';
import { renderCaseAssertions } from './assertion-template.js';
import type { Scorer } from '../scorers/types.js';
import { resolveAssertions, type AssertionContext } from './assertions.js';
import { deriveCaseId, expectedAssertion, inlineCases, parseCaseFile, type SourcedCase } from './cases.js';
import { suggestion } from './did-you-mean.js';
import { ConfigError, throwIfAny } from './errors.js';
import { blankUnsetKeys, interpolateEnv, unsetPolicy, type Env } from './interpolate.js';
import { issuesToErrors } from './issues.js';
import { readOrProblem } from './limits.js';
import { errorAt, parseYamlSource, type YamlSource } from './positions.js';
import { resolveNamedProviders, resolveSuiteProvider, type RequestFiles } from './providers.js';
import { readRequestFiles, requestFilesOf, withSuiteRequestOptions } from './request-options.js';
import { inlineImageFiles } from './prompt-images.js';
import type { ResolvedCase, ResolvedConfig, ResolvedSuite } from './resolved.js';
import { ConfigSchema, type Config, type SuiteConfig } from './schema.js';

/** Where the loader reads prompt, case and schema files (real fs, or a git revision). */
export interface FileSource {
  /** `path` is the config path's folder joined with the config-relative path; undefined = no such file. */
  read(path: string): Promise<string | undefined>;
  /** The file's bytes as base64 (image parts of chat prompts); undefined = no such file. */
  readBase64?(path: string): Promise<string | undefined>;
}

export interface LoadConfigInput {
  /** Config path, used in messages and as the base of every relative path read through `files`. */
  path: string;
  text: string;
  files: FileSource;
  env: Env;
  scorers: ReadonlyMap<string, Scorer>;
  /** Posix folder of the config relative to the repository root ('' = root), for ResolvedSuite.files. */
  repoPrefix?: string;
}

export interface LoadedConfig {
  /** `functions` is empty: importing `javascript` checks is an adapter's job (see `checks`). */
  config: ResolvedConfig;
  /** `javascript` references to import, each with an error builder located at its assertion. */
  checks: Map<string, (reason: string) => ConfigError>;
  /** The FileSource path of a config-relative path (for the adapter that imports the checks). */
  readPath(rel: string): string;
}

export { deriveCaseId } from './cases.js';

export async function loadConfigText(input: LoadConfigInput): Promise<LoadedConfig> {
  const { path, env } = input;
  const parsed = parseYamlSource(input.text, path);
  throwIfAny(parsed.errors);
  const src = parsed.source;
  if (parsed.value === undefined || parsed.value === null)
    throw new ConfigError('the config file is empty', { file: path });

  const interpolated = interpolateEnv(parsed.value, env);
  const deferredUnset: { provider: string; error: ConfigError }[] = [];
  const envErrors: ConfigError[] = [];
  for (const u of interpolated.unset) {
    const policy = unsetPolicy(u.path);
    const error = errorAt(src, u.path, `environment variable ${u.name} is not set`);
    if (policy.kind === 'error') envErrors.push(error);
    else if (policy.kind === 'if-used') deferredUnset.push({ provider: policy.provider, error });
  }
  throwIfAny(envErrors);
  blankUnsetKeys(interpolated.value, interpolated.unset);

  const checked = ConfigSchema.safeParse(interpolated.value);
  if (!checked.success) throwIfAny(issuesToErrors(src, checked.error.issues, ConfigSchema, interpolated.value));
  const cfg = checked.data as Config;

  const requestFiles = await readRequestFiles(cfg, src, async (rel) => {
    const file = posix.isAbsolute(rel) ? rel : posix.join(posix.dirname(path), rel);
    const got = await readOrProblem(() => input.files.read(file));
    return 'problem' in got ? got : { text: got.value, file };
  });
  throwIfAny(requestFiles.errors);
  const loader = new SuiteLoader(input, src, cfg, requestFiles.files);
  const raws = (parsed.value as { suites?: unknown[] }).suites ?? [];
  const suites: ResolvedSuite[] = [];
  const firstByName = new Map<string, number>();
  for (const [i, suite] of cfg.suites.entries()) {
    const first = firstByName.get(suite.name);
    if (first !== undefined) {
      const line = errorAt(src, ['suites', first, 'name'], '').line;
      loader.errors.push(
        errorAt(
          src,
          ['suites', i, 'name'],
          `duplicate suite name "${suite.name}"${line ? ` (first defined at line ${line})` : ''}`,
        ),
      );
      continue;
    }
    firstByName.set(suite.name, i);
    const resolved = await loader.suite(i, suite, raws[i]);
    if (resolved) suites.push(resolved);
  }
  for (const d of deferredUnset) if (loader.usedProviders.has(d.provider)) loader.errors.push(d.error);
  throwIfAny(loader.errors);

  const config: ResolvedConfig = {
    path,
    dir: posix.dirname(path),
    raw: cfg,
    providers: loader.providers,
    pricing: cfg.pricing ?? {},
    gate: cfg.gate,
    drift: cfg.drift,
    governance: cfg.governance,
    cache: {
      ttlHours: cfg.cache.ttlHours,
      ...(cfg.cache.dir !== undefined ? { dir: loader.readPath(cfg.cache.dir) } : {}),
    },
    suites,
    functions: new Map(),
  };
  if (cfg.recordings !== undefined) config.recordingsDir = loader.readPath(cfg.recordings);
  return { config, checks: loader.checks, readPath: (rel) => loader.readPath(rel) };
}

/** A template variable some cases lack: reported once, at the first of them. */
interface MissingVar {
  first: SourcedCase;
  id: string;
  count: number;
  messageIndex: number;
}

/** An error at a case's id (or at the case, when its id is derived from its vars). */
function idLocation(c: SourcedCase, reason = ''): ConfigError {
  return c.at(c.data.id !== undefined ? ['id'] : [], reason);
}

/** Resolves one suite at a time, collecting errors and what the suites use. */
class SuiteLoader {
  readonly errors: ConfigError[] = [];
  readonly usedProviders = new Set<string>();
  readonly checks = new Map<string, (reason: string) => ConfigError>();
  readonly providers: Record<string, ProviderSettings>;
  private readonly providerNames: string[];
  private readonly texts = new Map<string, Promise<{ value: string } | { problem: string }>>();
  private readonly schemas = new Map<string, unknown>();
  private readonly dir: string;

  constructor(
    private readonly input: LoadConfigInput,
    private readonly src: YamlSource,
    private readonly cfg: Config,
    private readonly requestFiles: RequestFiles,
  ) {
    this.providers = resolveNamedProviders(cfg, input.env, requestFiles);
    this.providerNames = Object.keys(cfg.providers);
    this.dir = posix.dirname(input.path);
    for (const key of ['provider', 'judge'] as const) {
      const name = cfg.defaults[key];
      if (name !== undefined && !cfg.providers[name]) {
        this.errors.push(
          errorAt(src, ['defaults', key], `unknown provider "${name}"${suggestion(name, this.providerNames)}`),
        );
      }
    }
  }

  /** The path handed to the FileSource (and shown in messages) for a config-relative path. */
  readPath(rel: string): string {
    return posix.isAbsolute(rel) ? rel : posix.join(this.dir, rel);
  }

  private repoPath(rel: string): string {
    return posix.isAbsolute(rel) ? rel : posix.normalize(posix.join(this.input.repoPrefix ?? '', rel));
  }

  /** The file's text, or the problem to show after its name ("not found", outside the repository, too big). */
  private read(rel: string): Promise<{ value: string } | { problem: string }> {
    const p = this.readPath(rel);
    let text = this.texts.get(p);
    if (!text) this.texts.set(p, (text = readOrProblem(() => this.input.files.read(p))));
    return text;
  }

  async suite(i: number, suite: SuiteConfig, raw: unknown): Promise<ResolvedSuite | undefined> {
    const { cfg, src } = this;
    const before = this.errors.length;
    const at = (path: (string | number)[], reason: string) => errorAt(src, ['suites', i, ...path], reason);

    const prov = resolveSuiteProvider(suite, cfg, this.input.env, this.requestFiles);
    if (!prov.ok) {
      const reason = prov.unknown ? `${prov.reason}${suggestion(prov.unknown, this.providerNames)}` : prov.reason;
      this.errors.push(prov.rootAt ? errorAt(src, prov.rootAt, reason) : at(prov.at, reason));
    } else this.usedProviders.add(prov.uses);

    const judgeName = suite.judge ?? cfg.defaults.judge;
    const judge = judgeName !== undefined ? this.providers[judgeName] : undefined;
    if (suite.judge !== undefined && !judge)
      this.errors.push(
        at(['judge'], `unknown provider "${suite.judge}"${suggestion(suite.judge, this.providerNames)}`),
      );

    const prompt = await this.prompt(suite, at);
    const cases = await this.cases(i, suite, at);
    if (cases && cases.length === 0) this.errors.push(at(['cases'], `suite "${suite.name}" has no cases`));

    const files = new Set<string>();
    const actx: AssertionContext = {
      scorers: this.input.scorers,
      providerNames: this.providerNames,
      hasJudge: judge !== undefined,
      read: async (rel) => {
        const got = await this.read(rel);
        return 'problem' in got ? got : { text: got.value, file: this.readPath(rel) };
      },
      files,
      usedProviders: this.usedProviders,
      checks: this.checks,
      errors: this.errors,
      schemas: this.schemas,
    };
    const suiteAsserts = await resolveAssertions(suite.assert ?? [], (p, r) => at(['assert', ...p], r), actx);
    const resolvedCases: ResolvedCase[] = [];
    const seen = new Map<string, SourcedCase>();
    const missing = new Map<string, MissingVar>();
    // What the template needs depends on the template only: worked out once, checked per case.
    const required = prompt ? requiredVariables(prompt.template) : undefined;
    for (const c of cases ?? []) {
      const rc = await this.case(c, suite, suiteAsserts, required, actx, seen, missing);
      if (rc) resolvedCases.push(rc);
    }
    for (const [name, m] of missing) {
      const others = m.count > 1 ? ` (and ${m.count - 1} more ${m.count === 2 ? 'case' : 'cases'})` : '';
      this.errors.push(
        m.first.at(
          m.first.data.vars ? ['vars'] : [],
          `case "${m.id}"${others}: the prompt ${suite.prompt} uses {{${name}}} (message ${m.messageIndex + 1}) but the case has no var "${name}"`,
        ),
      );
    }
    // The judge counts as used (its unset baseUrl variable is an error) when some assertion needs it.
    const needsJudge = resolvedCases.some((c) =>
      c.assertions.some(
        (a) => a.provider === undefined && lookupScorer(this.input.scorers, a.type)?.scorer.modelGraded,
      ),
    );
    if (judge && needsJudge) this.usedProviders.add(judge.id);
    if (!prov.ok || !prompt || this.errors.length > before) return undefined;

    const casesPath = typeof suite.cases === 'string' ? this.repoPath(suite.cases) : undefined;
    const resolved: ResolvedSuite = {
      name: suite.name,
      promptPath: this.repoPath(suite.prompt),
      promptSource: prompt.source,
      promptVersion: promptVersion(prompt.versionSource),
      template: prompt.template,
      cases: resolvedCases,
      provider: withSuiteRequestOptions(prov.provider, suite, prompt.template, this.requestFiles),
      repeat: suite.repeat ?? cfg.defaults.repeat,
      concurrency: suite.concurrency ?? prov.provider.concurrency ?? cfg.defaults.concurrency,
      watch: suite.watch ?? [],
      files: [
        ...new Set([
          this.repoPath(suite.prompt),
          ...(casesPath ? [casesPath] : []),
          ...[...files, ...requestFilesOf(cfg, i, prov.uses), ...prompt.imageFiles].map((f) => this.repoPath(f)),
        ]),
      ],
      raw,
    };
    if (suite.description !== undefined) resolved.description = suite.description;
    if (casesPath !== undefined) resolved.casesPath = casesPath;
    if (judge) resolved.judge = judge;
    if (cfg.judge?.minAgreement !== undefined) resolved.judgeMinAgreement = cfg.judge.minAgreement;
    if (cfg.judge?.consistencyChecks !== undefined) resolved.judgeConsistencyChecks = cfg.judge.consistencyChecks;
    const maxRequestTokens = suite.maxRequestTokens ?? cfg.defaults.maxRequestTokens;
    if (maxRequestTokens !== undefined) resolved.maxRequestTokens = maxRequestTokens;
    if (suite.traffic) resolved.traffic = suite.traffic;
    return resolved;
  }

  private async prompt(suite: SuiteConfig, at: (p: (string | number)[], r: string) => ConfigError) {
    const got = await this.read(suite.prompt);
    if ('problem' in got) {
      this.errors.push(at(['prompt'], `prompt file "${suite.prompt}" ${got.problem}`));
      return undefined;
    }
    const source = got.value;
    try {
      const template = parsePromptTemplate(source, suite.prompt);
      const readBase64 = this.input.files.readBase64?.bind(this.input.files);
      const images = await inlineImageFiles(
        template,
        readBase64 && ((rel) => readOrProblem(() => readBase64(this.readPath(rel)))),
      );
      for (const reason of images.errors)
        this.errors.push(new ConfigError(reason, { file: this.readPath(suite.prompt) }));
      if (images.errors.length) return undefined;
      // An image is part of the prompt: its bytes join the prompt version, its file the suite's files.
      return {
        source,
        template,
        versionSource: images.digest ? `${source}\n${images.digest}` : source,
        imageFiles: images.files,
      };
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      const file = this.readPath(suite.prompt);
      this.errors.push(
        new ConfigError(
          e.message,
          e.line !== undefined
            ? { file, line: e.line, column: e.column ?? 1, ...(e.keyPath ? { keyPath: e.keyPath } : {}) }
            : { file },
        ),
      );
      return undefined;
    }
  }

  private async cases(
    i: number,
    suite: SuiteConfig,
    at: (p: (string | number)[], r: string) => ConfigError,
  ): Promise<SourcedCase[] | undefined> {
    if (Array.isArray(suite.cases)) return inlineCases(this.src, ['suites', i, 'cases'], suite.cases);
    const got = await this.read(suite.cases);
    if ('problem' in got) {
      this.errors.push(at(['cases'], `case file "${suite.cases}" ${got.problem}`));
      return undefined;
    }
    const parsed = parseCaseFile(got.value, this.readPath(suite.cases));
    this.errors.push(...parsed.errors);
    return parsed.errors.length ? undefined : parsed.cases;
  }

  private async case(
    c: SourcedCase,
    suite: SuiteConfig,
    suiteAsserts: ResolvedCase['assertions'],
    required: readonly RequiredVariable[] | undefined,
    actx: AssertionContext,
    seen: Map<string, SourcedCase>,
    missingVars: Map<string, MissingVar>,
  ): Promise<ResolvedCase | undefined> {
    const d = c.data;
    const id = d.id ?? deriveCaseId(d.vars);
    const firstCase = seen.get(id);
    if (firstCase) {
      // The first case's location is looked up only now: most cases are never duplicated.
      const first = idLocation(firstCase);
      const hint =
        d.id === undefined
          ? '; cases without an id get one from their vars, so these two have identical vars: give them ids'
          : '';
      const firstLine = first.line !== undefined ? ` (first at ${first.file}:${first.line})` : '';
      this.errors.push(idLocation(c, `duplicate case id "${id}"${firstLine}${hint}`));
      return undefined;
    }
    seen.set(id, c);
    const vars = { ...suite.vars, ...d.vars };
    const missing = required ? missingVariable(required, vars) : undefined;
    if (missing) {
      // One error per missing variable, at its first case: a var missing from every case is one mistake.
      const m = missingVars.get(missing.name);
      if (m) m.count++;
      else missingVars.set(missing.name, { first: c, id, count: 1, messageIndex: missing.messageIndex });
    }
    const fromCells = (c.expectedCells ?? []).map((cell) =>
      expectedAssertion(
        cell,
        (t) => lookupScorer(this.input.scorers, t) !== undefined,
        (a) => validateAssertion(this.input.scorers, a) === undefined,
      ),
    );
    const ownSpecs = [...(d.assert ?? []), ...fromCells];
    // Most cases have no assertions of their own: skip the async resolver (a promise per case) for them.
    const own = ownSpecs.length > 0 ? await resolveAssertions(ownSpecs, (p, r) => c.at(['assert', ...p], r), actx) : [];
    const rendered = renderCaseAssertions([...suiteAsserts, ...own], vars, d.expected);
    if (!rendered.ok) {
      this.errors.push(c.at([], `case "${id}": ${rendered.message}`));
      return undefined;
    }
    const rc: ResolvedCase = { id, vars, assertions: rendered.assertions };
    if (d.description !== undefined) rc.description = d.description;
    if (d.expected !== undefined) rc.expected = d.expected;
    if (d.label !== undefined) rc.label = d.label;
    const threshold = d.threshold ?? suite.threshold ?? this.cfg.defaults.threshold;
    if (threshold !== undefined) rc.threshold = threshold;
    return rc;
  }
}
