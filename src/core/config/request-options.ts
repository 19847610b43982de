// Request options that are not provider settings as written: `tools`, `toolChoice` and `responseFormat`
// on a suite (or tools in a chat prompt file), and the files they name (tool lists, JSON Schemas). They
// end up in the suite's ProviderSettings, so the cache key, settings hash and PR selection see them
// like any other output setting. Precedence: suite, then the prompt file, then the provider.
import type { PromptTemplate } from './resolved.js';
import type { ProviderSettings, ToolDefinition } from '../model/types.js';
import { ConfigError } from './errors.js';
import { errorAt, parseYamlSource, type YamlSource } from './positions.js';
import { toResponseFormat, type RequestFiles } from './providers.js';
import { ToolSchema, type Config, type SuiteConfig } from './schema.js';
import { z } from 'zod';

type Seg = string | number;

/** Config-relative files named by request options, with the key that names each. */
function fileRefs(cfg: Config): { rel: string; at: Seg[] }[] {
  const refs: { rel: string; at: Seg[] }[] = [];
  const rf = (v: unknown, at: Seg[]) => {
    if (v && typeof v === 'object' && typeof (v as { schema?: unknown }).schema === 'string')
      refs.push({ rel: (v as { schema: string }).schema, at: [...at, 'schema'] });
  };
  for (const [name, p] of Object.entries(cfg.providers)) rf(p.responseFormat, ['providers', name, 'responseFormat']);
  cfg.suites.forEach((s, i) => {
    rf(s.responseFormat, ['suites', i, 'responseFormat']);
    if (typeof s.provider === 'object') rf(s.provider.responseFormat, ['suites', i, 'provider', 'responseFormat']);
    if (typeof s.tools === 'string') refs.push({ rel: s.tools, at: ['suites', i, 'tools'] });
  });
  return refs;
}

const ToolList = z.array(ToolSchema).min(1);

/** Reads and parses every request file once. Tool files must hold a list of function tools. */
export async function readRequestFiles(
  cfg: Config,
  src: YamlSource,
  read: (rel: string) => Promise<{ text: string; file: string } | { problem: string }>,
): Promise<{ files: Map<string, unknown>; errors: ConfigError[]; paths: Map<string, string> }> {
  const files = new Map<string, unknown>();
  const errors: ConfigError[] = [];
  const paths = new Map<string, string>();
  for (const { rel, at } of fileRefs(cfg)) {
    if (files.has(rel)) continue;
    const got = await read(rel);
    if ('problem' in got) {
      errors.push(errorAt(src, at, `file "${rel}" ${got.problem}`));
      continue;
    }
    const parsed = parseYamlSource(got.text, got.file);
    if (parsed.errors.length) {
      errors.push(...parsed.errors);
      continue;
    }
    if (at[at.length - 1] === 'tools') {
      const ok = ToolList.safeParse(parsed.value);
      if (!ok.success) {
        const issue = ok.error.issues[0];
        errors.push(
          new ConfigError(
            `a tools file holds a list of {type: function, function: {name, parameters}}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`,
            { file: got.file },
          ),
        );
        continue;
      }
    } else if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      errors.push(new ConfigError('a JSON Schema file must hold an object', { file: got.file }));
      continue;
    }
    files.set(rel, parsed.value);
    paths.set(rel, got.file);
  }
  return { files, errors, paths };
}

/** The suite's provider with its tools, tool choice and response format applied. */
export function withSuiteRequestOptions(
  p: ProviderSettings,
  suite: SuiteConfig,
  template: PromptTemplate | undefined,
  files: RequestFiles,
): ProviderSettings {
  const out: ProviderSettings = { ...p };
  const tools =
    typeof suite.tools === 'string'
      ? (files.get(suite.tools) as ToolDefinition[] | undefined)
      : (suite.tools as ToolDefinition[] | undefined);
  const chosen = tools ?? template?.tools;
  if (chosen) out.tools = chosen;
  const choice = suite.toolChoice ?? template?.toolChoice;
  if (choice) out.toolChoice = choice;
  if (suite.responseFormat !== undefined) {
    const rf = toResponseFormat(suite.responseFormat, files);
    if (rf) out.responseFormat = rf;
  }
  return out;
}

/** Files (config-relative) the suite's request options depend on, for PR selection. */
export function requestFilesOf(cfg: Config, suiteIndex: number, providerName: string | undefined): string[] {
  return fileRefs(cfg)
    .filter(
      ({ at }) => (at[0] === 'suites' && at[1] === suiteIndex) || (at[0] === 'providers' && at[1] === providerName),
    )
    .map((r) => r.rel);
}
