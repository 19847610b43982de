// What the config loader hands to the engine: every path read, every default applied,
// every provider resolved. The engine and the gate work only on this.
import type { ChatMessage, ProviderSettings, ToolChoice, ToolDefinition } from '../model/types.js';
import type { AssertionSpec, JavascriptCheck } from '../scorers/types.js';
import type { Config, DriftConfig, GateConfig, GovernanceConfig, Price } from './schema.js';

/** An image part of a chat prompt that names a repository file; the loader inlines it as a data URL. */
export interface ImageFileRef {
  message: number;
  part: number;
  /** Config-relative path. */
  path: string;
}

/** A parsed prompt: chat messages whose contents hold {{var}} placeholders. */
export interface PromptTemplate {
  messages: ChatMessage[];
  /** Placeholder names used anywhere in the template. */
  variables: string[];
  /** Function tools declared in a chat prompt file (`{messages, tools, toolChoice}` form). */
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  /** Image parts naming files, until the loader has inlined them (absent on a loaded config). */
  imageFiles?: ImageFileRef[];
}

export interface ResolvedCase {
  id: string;
  description?: string;
  vars: Record<string, unknown>;
  expected?: string;
  /** Suite assertions followed by the case's own. */
  assertions: AssertionSpec[];
  /** undefined = pass only when every assertion passes. */
  threshold?: number;
  /** A human verdict for the case (the judge's agreement is measured against it). */
  label?: 'pass' | 'fail';
}

export interface ResolvedSuite {
  name: string;
  description?: string;
  /** Path relative to the repository root (posix), for PR selection and annotations. */
  promptPath: string;
  /** The template source as read; its hash is the prompt version. */
  promptSource: string;
  promptVersion: string;
  template: PromptTemplate;
  /** Relative path of the case file, when cases are not inline. */
  casesPath?: string;
  cases: ResolvedCase[];
  provider: ProviderSettings;
  /** Judge provider for model-graded assertions, if any is configured. */
  judge?: ProviderSettings;
  /** `judge.minAgreement`: the least accuracy of the judge on the labelled cases. */
  judgeMinAgreement?: number;
  /** `judge.consistencyChecks`: samples whose judged assertions are judged twice (unset: the default). */
  judgeConsistencyChecks?: number;
  repeat: number;
  concurrency: number;
  maxRequestTokens?: number;
  traffic?: { requestsPerMonth: number };
  /** Globs (repository-relative) from `watch:`. */
  watch: string[];
  /** Repository-relative files the suite depends on (prompt, cases, schemas, JS checks). */
  files: string[];
  /** The suite's own config entry as written (for "did this suite's configuration change?"). */
  raw: unknown;
}

export interface ResolvedConfig {
  /** Absolute path of the config file. */
  path: string;
  /** Folder of the config; prompt and case paths are relative to it. */
  dir: string;
  raw: Config;
  providers: Record<string, ProviderSettings>;
  pricing: Record<string, Price>;
  gate: GateConfig;
  drift: DriftConfig;
  governance: GovernanceConfig;
  cache: { dir?: string; ttlHours: number };
  recordingsDir?: string;
  suites: ResolvedSuite[];
  /** Loaded `javascript` assertion functions keyed by the assertion's `value`. */
  functions: Map<string, JavascriptCheck>;
}
