// Which suites a PR affects. A suite runs when a file it depends on changed (prompt, cases, schemas,
// JS checks, `watch` globs) or when its effective configuration differs between the base and head
// configs (its own entry, the provider and judge settings it resolves to, the prices of their models,
// defaults that reach it). Suites only in head run head-only; suites only in base are listed as removed.
// Past GitHub's 3,000-file cap the changed-file list is incomplete, so every suite is selected.
import picomatch from 'picomatch';
import type { ProviderSettings } from '../model/types.js';
import type { ResolvedConfig, ResolvedSuite } from '../config/resolved.js';
import { canonicalJson } from '../util/canonical-json.js';
import { selectionSettings } from '../config/provider-settings.js';

export interface SuiteSelection {
  /** In both configs and affected: evaluated on base and head. */
  compared: string[];
  /** Only in head (new suites): evaluated on head only. */
  added: string[];
  /** Only in base: listed, not run. */
  removed: string[];
  /** In head, not affected by the change: listed, not run. */
  unselected: string[];
  /** Why each selected suite runs (one short phrase). */
  reasons: Record<string, string>;
  /** True when every suite was selected because the file list was incomplete or `all` was forced. */
  all: boolean;
}

export interface SelectInput {
  head: ResolvedConfig;
  /** Undefined when the base commit has no (loadable) config: every head suite is new. */
  base?: ResolvedConfig;
  /** Repository-relative posix paths changed by the PR. */
  changedFiles: readonly string[];
  /** The changed-file list hit the API cap (or is unknown): select everything. */
  capped?: boolean;
  /** Force every suite (e.g. a `suites: all` input). */
  all?: boolean;
}

export function selectSuites(input: SelectInput): SuiteSelection {
  const { head, base } = input;
  const baseByName = new Map((base?.suites ?? []).map((s) => [s.name, s]));
  const headNames = new Set(head.suites.map((s) => s.name));
  const changed = new Set(input.changedFiles.map(normalise));
  const selectAll = Boolean(input.capped || input.all);
  const sel: SuiteSelection = {
    compared: [],
    added: [],
    removed: (base?.suites ?? []).filter((s) => !headNames.has(s.name)).map((s) => s.name),
    unselected: [],
    reasons: {},
    all: selectAll,
  };

  for (const suite of head.suites) {
    const before = baseByName.get(suite.name);
    if (!before) {
      sel.added.push(suite.name);
      sel.reasons[suite.name] = 'new suite';
      continue;
    }
    const reason = selectAll
      ? input.capped
        ? 'the list of changed files is incomplete (GitHub lists at most 3,000), so every suite runs'
        : 'all suites requested'
      : (changedFileReason(suite, before, changed) ?? configReason(suite, before, head, base!));
    if (reason) {
      sel.compared.push(suite.name);
      sel.reasons[suite.name] = reason;
    } else {
      sel.unselected.push(suite.name);
    }
  }
  return sel;
}

function normalise(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** A changed file the suite depends on, on either side (a file dropped from the suite matters too). */
function changedFileReason(head: ResolvedSuite, base: ResolvedSuite, changed: Set<string>): string | undefined {
  const deps = new Set<string>();
  for (const s of [head, base]) {
    deps.add(normalise(s.promptPath));
    if (s.casesPath) deps.add(normalise(s.casesPath));
    for (const f of s.files) deps.add(normalise(f));
  }
  for (const f of deps) if (changed.has(f)) return `${f} changed`;
  const globs = [...new Set([...head.watch, ...base.watch])];
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: true });
    for (const f of changed) if (isMatch(f)) return `${f} matches watch`;
  }
  return undefined;
}

/**
 * Compares what the suite's evaluation depends on in each parsed config. Comparing resolved values
 * (not only the suite's own entry) catches edits elsewhere in evalgate.yml that reach the suite:
 * a provider's temperature, a default repeat, a price.
 */
function configReason(
  head: ResolvedSuite,
  base: ResolvedSuite,
  headCfg: ResolvedConfig,
  baseCfg: ResolvedConfig,
): string | undefined {
  if (canonicalJson(head.raw) !== canonicalJson(base.raw)) return 'its configuration changed';
  if (canonicalJson(providerView(head.provider)) !== canonicalJson(providerView(base.provider)))
    return `provider ${head.provider.id} changed`;
  if (
    canonicalJson(head.judge ? providerView(head.judge) : null) !==
    canonicalJson(base.judge ? providerView(base.judge) : null)
  )
    return 'judge provider changed';
  const models = new Set(
    [head.provider.model, base.provider.model, head.judge?.model, base.judge?.model].filter((m): m is string => !!m),
  );
  for (const m of models) {
    if (canonicalJson(headCfg.pricing[m] ?? null) !== canonicalJson(baseCfg.pricing[m] ?? null))
      return `price of ${m} changed`;
  }
  const evalView = (s: ResolvedSuite) => ({
    repeat: s.repeat,
    maxRequestTokens: s.maxRequestTokens ?? null,
    traffic: s.traffic ?? null,
    cases: s.cases,
    template: s.template.messages,
  });
  if (canonicalJson(evalView(head)) !== canonicalJson(evalView(base))) return 'its effective settings changed';
  return undefined;
}

/** Provider settings that change outputs or where they come from (classified in config/provider-settings). */
function providerView(p: ProviderSettings): unknown {
  return selectionSettings(p);
}
