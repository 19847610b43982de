// Writes schema/evalgate.schema.json from the zod config schema (compiled to lib/ by `npm run build`).
// `--check` exits 1 when the committed file is stale instead of writing it.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const compiled = new URL('../lib/src/core/config/json-schema.js', import.meta.url);
if (!existsSync(compiled)) {
  console.error('lib/ is missing: run `npm run build` (or `npx tsc -p tsconfig.json`) first.');
  process.exit(2);
}
const { configJsonSchemaText } = await import(compiled.href);
const target = new URL('../schema/evalgate.schema.json', import.meta.url);
const text = configJsonSchemaText();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('schema/evalgate.schema.json is stale: run `npm run schema`.');
    process.exit(1);
  }
  console.log('schema/evalgate.schema.json is up to date.');
} else {
  mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
  writeFileSync(target, text);
  console.log('wrote schema/evalgate.schema.json');
}
