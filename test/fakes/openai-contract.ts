// Contract test 3 (issue 19): every request the fake model receives and every answer it gives are checked
// against OpenAI's official OpenAPI description, so the fake cannot drift into accepting what the real API
// rejects or answering what it never sends. The description is `<repo>/../shared/specs/openai-openapi.json`
// (beside the clone in CI); from a git worktree, beside the main checkout; EVALGATE_OPENAI_SPEC overrides.
// Missing, it fails loudly: a contract test that silently skips is no test.
//
// For other fakes (files, batches): `checkOpenAIRequest` / `checkOpenAIResponse` return the violations of
// one request or answer, as readable lines (empty: valid).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC_ID = 'openai-openapi';

/** Where the description is: the override, beside this clone, or beside the main checkout of this worktree. */
export function openAISpecPath(): string {
  const override = process.env['EVALGATE_OPENAI_SPEC'];
  if (override) return override;
  const candidates = [join(REPO, '../shared/specs/openai-openapi.json')];
  try {
    // In a worktree, `--git-common-dir` is the main checkout's .git: its parent is the main clone.
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    candidates.push(join(dirname(common), '../shared/specs/openai-openapi.json'));
  } catch {
    // not a git checkout: only the first candidate applies
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `OpenAI's OpenAPI description is missing (looked at ${candidates.join(', ')}): the fake model validates every request against it. Set EVALGATE_OPENAI_SPEC to its path.`,
    );
  }
  return found;
}

/** OpenAPI 3.1 leftovers a JSON Schema 2020-12 validator does not know (the specs README). */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'discriminator' || k.startsWith('x-')) continue;
    out[k] = strip(v);
  }
  return out;
}

interface Operation {
  pattern: RegExp;
  method: string;
  request?: string;
  responses: Record<string, string>;
}

interface Contract {
  ajv: Ajv2020;
  operations: Operation[];
  compiled: Map<string, ValidateFunction>;
}

let contract: Contract | undefined;

type Json = Record<string, any>;

function load(): Contract {
  if (contract) return contract;
  const spec = JSON.parse(readFileSync(openAISpecPath(), 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ $id: SPEC_ID, components: strip(spec['components']) }, SPEC_ID);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec['paths'] as Json)) {
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(item as Json)) {
      if (typeof op !== 'object' || op === null || !('responses' in op)) continue;
      const ref = (content: Json | undefined, type: string): string | undefined => content?.[type]?.schema?.$ref;
      const request =
        ref(op.requestBody?.content, 'application/json') ?? ref(op.requestBody?.content, 'multipart/form-data');
      const responses: Record<string, string> = {};
      for (const [status, r] of Object.entries(op.responses as Json)) {
        const s = ref((r as Json)?.content, 'application/json');
        if (s) responses[status] = s;
      }
      operations.push({ pattern, method: method.toUpperCase(), ...(request ? { request } : {}), responses });
    }
  }
  return (contract = { ajv, operations, compiled: new Map() });
}

function validator(ref: string): ValidateFunction {
  const c = load();
  let v = c.compiled.get(ref);
  if (!v) {
    v = c.ajv.compile({ $ref: `${SPEC_ID}${ref}` });
    c.compiled.set(ref, v);
  }
  return v;
}

/** The spec's path for a fake's path: without `/v1`, or Azure's `/openai/deployments/<name>`. */
function specPath(path: string): string {
  return path.replace(/^\/openai\/deployments\/[^/]+(?=\/)/, '').replace(/^\/v1(?=\/)/, '');
}

function operationOf(method: string, path: string): Operation | undefined {
  const p = specPath(path);
  return load().operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(p));
}

function describe(v: ValidateFunction, where: string): string[] {
  return (v.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
}

/**
 * Loads the description and compiles the schemas the fake model answers with (~0.5–1 s once per process), so
 * the first request a test sends is not slowed past its client's timeout.
 */
export function warmOpenAIContract(): void {
  for (const [method, path] of [
    ['POST', '/chat/completions'],
    ['POST', '/embeddings'],
    ['GET', '/models'],
  ] as const) {
    const op = operationOf(method, path);
    if (op?.request) validator(op.request);
    for (const ref of Object.values(op?.responses ?? {})) validator(ref);
  }
  validator('#/components/schemas/ErrorResponse');
}

/** Violations of a request (method, path as sent, parsed JSON body): an unknown operation or an invalid body. */
export function checkOpenAIRequest(method: string, path: string, body: unknown): string[] {
  const op = operationOf(method, path);
  if (!op) return [`${method} ${path}: no such operation in OpenAI's API`];
  if (!op.request) return [];
  const v = validator(op.request);
  return v(body) ? [] : describe(v, `${method} ${path} request body`);
}

/** Violations of an answer: a 2xx against the operation's schema, an error against ErrorResponse. */
export function checkOpenAIResponse(method: string, path: string, status: number, body: unknown): string[] {
  const op = operationOf(method, path);
  if (!op) return [`${method} ${path}: no such operation in OpenAI's API`];
  const ref =
    status >= 400 ? '#/components/schemas/ErrorResponse' : (op.responses[String(status)] ?? op.responses['200']);
  if (!ref) return [];
  const v = validator(ref);
  return v(body) ? [] : describe(v, `${method} ${path} ${status} answer`);
}
