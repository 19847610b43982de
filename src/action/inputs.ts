// The action's inputs, typed, with defaults and validation errors that name the input. Read straight
// from the runner's INPUT_* variables (the same rule as @actions/core: spaces → "_", upper-cased,
// hyphens kept), so this module needs no Actions toolkit and tests pass a plain env object.
import { FAIL_ON_VALUES, type FailOn } from '../core/gate/gate.js';
import { parseShard, ShardError, type Shard } from '../core/shard/shard.js';

export type ActionMode = 'gate' | 'run' | 'drift' | 'merge' | 'compare';
export const MODES: readonly ActionMode[] = ['gate', 'run', 'drift', 'merge', 'compare'];

export interface ActionInputs {
  config: string;
  githubToken?: string;
  apiKey?: string;
  baseUrl?: string;
  comment: boolean;
  failOn: FailOn;
  repeat?: number;
  concurrency?: number;
  maxCostUsd?: number;
  cacheDir?: string;
  workingDirectory: string;
  /** Undefined: decided by the event (see modeFor in context.ts). */
  mode?: ActionMode;
  allowPullRequestTarget: boolean;
  /** Suites to run in `run` mode (empty: all). */
  suites: string[];
  /** Gate mode: evaluate only this shard of the cases and write a partial result (a matrix job). */
  shard?: Shard;
  /** Merge mode: shard files or folders holding them (where download-artifact put them). */
  shards: string[];
  /** Which sticky comment this job owns on the PR (default: the config path). */
  commentKey: string;
  /** Draft pull requests: gated like any other (default) or skipped until ready for review. */
  drafts: 'gate' | 'skip';
  /** Drift mode: pin this run as the new baseline of every suite (on the data branch). */
  pinBaseline: boolean;
  /** Report the requests, tokens and cost the mode would spend (step output `estimate`) and send nothing. */
  estimate?: boolean;
  /** Drift and compare modes: send every suite's requests through the Batch API (docs/batch.md). */
  batch?: boolean;
  /** Drift mode: kept files of earlier nights (drift-unrecorded.json, or folders holding them) to merge first. */
  unrecorded: string[];
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input "${input}": ${message}`);
    this.name = 'InputError';
  }
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const raw = (name: string): string | undefined => {
    const v = env[inputEnvName(name)]?.trim();
    return v ? v : undefined;
  };
  const bool = (name: string, dflt: boolean): boolean => {
    const v = raw(name);
    if (v === undefined) return dflt;
    // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new InputError(name, `expected true or false, got "${v}"`);
  };
  const int = (name: string): number | undefined => {
    const v = raw(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new InputError(name, `expected a whole number ≥ 1, got "${v}"`);
    return Number(v);
  };
  const usd = (name: string): number | undefined => {
    const v = raw(name);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/^\$/, ''));
    if (!Number.isFinite(n) || n <= 0) throw new InputError(name, `expected an amount in USD > 0, got "${v}"`);
    return n;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], dflt: T | undefined): T | undefined => {
    const v = raw(name);
    if (v === undefined) return dflt;
    if (!(values as readonly string[]).includes(v))
      throw new InputError(name, `expected one of ${values.join(', ')}, got "${v}"`);
    return v as T;
  };

  const config = raw('config') ?? 'evalgate.yml';
  const list = (name: string): string[] =>
    (raw(name) ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  const inputs: ActionInputs = {
    config,
    commentKey: raw('comment-key') ?? config,
    shards: list('shards'),
    comment: bool('comment', true),
    failOn: oneOf('fail-on', FAIL_ON_VALUES, 'regression')!,
    workingDirectory: raw('working-directory') ?? '.',
    allowPullRequestTarget: bool('allow-pull-request-target', false),
    suites: list('suites'),
    drafts: oneOf('drafts', ['gate', 'skip'] as const, 'gate')!,
    pinBaseline: bool('pin-baseline', false),
    unrecorded: list('unrecorded'),
  };
  if (bool('estimate', false)) inputs.estimate = true;
  if (bool('batch', false)) inputs.batch = true;
  const set = <K extends keyof ActionInputs>(k: K, v: ActionInputs[K] | undefined): void => {
    if (v !== undefined) inputs[k] = v;
  };
  set('githubToken', raw('github-token'));
  set('apiKey', raw('api-key'));
  set('baseUrl', raw('base-url'));
  set('repeat', int('repeat'));
  set('concurrency', int('concurrency'));
  set('maxCostUsd', usd('max-cost-usd'));
  set('cacheDir', raw('cache-dir'));
  set('mode', oneOf('mode', MODES, undefined));
  const shard = raw('shard');
  if (shard !== undefined) {
    try {
      inputs.shard = parseShard(shard);
    } catch (e) {
      if (e instanceof ShardError) throw new InputError('shard', e.message);
      throw e;
    }
  }
  if (inputs.mode === 'merge' && inputs.shards.length === 0) inputs.shards = ['evalgate-shards'];
  if (inputs.baseUrl !== undefined && !/^https?:\/\/\S+$/.test(inputs.baseUrl)) {
    throw new InputError('base-url', 'expected an http(s) URL');
  }
  return inputs;
}
