import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../../src/core/config/json-schema.js';

const committed = readFileSync(new URL('../../../schema/evalgate.schema.json', import.meta.url), 'utf8');

describe('schema/evalgate.schema.json', () => {
  it('equals a fresh generation from the zod schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it('accepts a valid config and rejects an unknown key, as the loader does', () => {
    const ajv = new Ajv2020.default({ strict: false, validateFormats: false });
    const validate = ajv.compile(configJsonSchema());
    const good = parse(
      'version: 1\nproviders: { fast: { model: m } }\nsuites:\n  - { name: s, prompt: p.txt, cases: c.yaml, assert: [{ type: contains, value: x }] }\n',
    );
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, suites: [{ name: 's', prompt: 'p', cases: 'c', repaet: 2 }] })).toBe(false);
  });
});
