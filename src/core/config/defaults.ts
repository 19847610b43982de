// Defaults that are not part of the zod schema's own `.default()`s.

/** Config file looked for when no --config / `config` input is given. */
export const DEFAULT_CONFIG_FILE = 'evalgate.yml';

/** Environment fallbacks for providers, the same variables the openai SDK reads. */
export const ENV_BASE_URL = 'OPENAI_BASE_URL';
export const ENV_API_KEY = 'OPENAI_API_KEY';
/** The same variables the openai SDK's AzureOpenAI client reads, for `type: azure`. */
export const ENV_AZURE_ENDPOINT = 'AZURE_OPENAI_ENDPOINT';
export const ENV_AZURE_API_KEY = 'AZURE_OPENAI_API_KEY';
export const ENV_AZURE_API_VERSION = 'OPENAI_API_VERSION';

/** Prefix of case ids derived from the vars when a case has no `id`. */
export const DERIVED_CASE_ID_PREFIX = 'case-';

/** CSV columns that are case fields; every other column is a variable. */
export const CSV_CASE_COLUMNS = ['id', 'description', 'expected'] as const;
