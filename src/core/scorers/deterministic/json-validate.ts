// JSON Schema validation with ajv 8, shared by is-json (optional schema) and json-schema.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

const DRAFT_2020 = /draft\/2020-12|draft\/2019-09/;

// `format` keywords are not checked: ajv-formats is not a dependency, and ajv would otherwise throw on
// schemas using `format: email`. strict: false accepts the loose schemas people write by hand.
const options = { allErrors: false, strict: false, validateFormats: false, logger: false as const };
let draft7: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

function ajvFor(schema: object): Ajv | Ajv2020 {
  const declared = (schema as { $schema?: unknown }).$schema;
  if (typeof declared === 'string' && DRAFT_2020.test(declared)) return (draft2020 ??= new Ajv2020(options));
  return (draft7 ??= new Ajv(options));
}

// Compiled once per schema object; the loader hands the same object to every sample of a suite.
const cache = new WeakMap<object, ValidateFunction>();

/** Compiles (or returns the cached validator); throws ajv's error for an invalid schema. */
function compileSchema(schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajvFor(schema).compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}

/** The message of an invalid schema, or undefined when it compiles. */
export function schemaError(schema: object): string | undefined {
  try {
    compileSchema(schema);
    return undefined;
  } catch (e) {
    return `invalid JSON schema: ${(e as Error).message}`;
  }
}

/** "/items/0/price must be number" — the first error, with its path, in one line. */
function describeError(err: ErrorObject | undefined): string {
  if (!err) return 'does not match the schema';
  const where = err.instancePath === '' ? '(root)' : err.instancePath;
  const params = err.params as Record<string, unknown>;
  const extra =
    typeof params.additionalProperty === 'string'
      ? ` (${JSON.stringify(params.additionalProperty)})`
      : Array.isArray(params.allowedValues)
        ? ` (${JSON.stringify(params.allowedValues).slice(0, 60)})`
        : '';
  return `${where} ${err.message ?? 'is invalid'}${extra}`;
}

/** undefined when valid; otherwise the first error described. */
export function validateJson(schema: object, data: unknown): string | undefined {
  const validate = compileSchema(schema);
  return validate(data) ? undefined : describeError(validate.errors?.[0]);
}
