// The JSON Schema of evalgate.yml for editor completion (yaml-language-server, VS Code), generated
// from the zod schema so the two cannot disagree. scripts/gen-schema.mjs writes it to schema/.
import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  // `input`: what a user writes (keys with defaults are optional), not what the loader produces.
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'evalgate.yml', description: 'Configuration of evalgate (see docs/config.md).' };
}

/** The file's exact text, shared by the generator and the freshness test. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
