// Minimal ResolvedConfig builders for gate tests (the loader is tested elsewhere).
import type { ResolvedConfig, ResolvedSuite } from '../../../src/core/config/resolved.js';
import { ConfigSchema } from '../../../src/core/config/schema.js';

export function suite(name: string, over: Partial<ResolvedSuite> = {}): ResolvedSuite {
  const promptPath = over.promptPath ?? `prompts/${name}.txt`;
  return {
    name,
    promptPath,
    promptSource: 'Say hello to {{name}}',
    promptVersion: 'abcdefabcdef',
    template: { messages: [{ role: 'user', content: 'Say hello to {{name}}' }], variables: ['name'] },
    cases: [{ id: 'c1', vars: { name: 'Ann' }, assertions: [{ type: 'icontains', value: 'hello' }] }],
    provider: { id: 'fast', type: 'openai', model: 'gpt-4o-mini', temperature: 0, timeoutMs: 60_000, maxRetries: 4 },
    repeat: 1,
    concurrency: 4,
    watch: [],
    files: [promptPath],
    raw: { name, prompt: promptPath, cases: [] },
    ...over,
  };
}

export function config(suites: ResolvedSuite[], over: Partial<ResolvedConfig> = {}): ResolvedConfig {
  const raw = ConfigSchema.parse({
    version: 1,
    providers: { fast: { model: 'gpt-4o-mini' } },
    suites: [{ name: 'x', prompt: 'p', cases: 'c' }],
  });
  return {
    path: '/repo/evalgate.yml',
    dir: '/repo',
    raw,
    providers: {
      fast: suites[0]?.provider ?? { id: 'fast', type: 'openai', model: 'gpt-4o-mini', timeoutMs: 1, maxRetries: 0 },
    },
    pricing: { 'gpt-4o-mini': { input: 0.15, output: 0.6 } },
    gate: raw.gate,
    drift: raw.drift,
    governance: raw.governance,
    cache: { ttlHours: 168 },
    suites,
    functions: new Map(),
    ...over,
  };
}
