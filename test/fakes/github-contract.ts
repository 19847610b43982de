// GitHub's official REST description (@octokit/openapi) as a contract the fake GitHub enforces on every
// request: the method + path must match a documented operation, and its path/query parameters and JSON
// body must satisfy the operation's schemas. A fake that accepts what GitHub would reject lets our code
// drift from the real API unseen; this makes such a request fail the test instead.
// The 13 MB description is parsed once per process and each operation's validators are compiled on first
// use and cached, so a test file pays ~0.2 s once, not per request.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  'x-multi-segment'?: boolean;
  $ref?: string;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> };
  'x-github'?: { enabledForGitHubApps?: boolean };
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, unknown> };
}

interface Route {
  template: string;
  method: string;
  regex: RegExp;
  /** Path parameter names in order. */
  names: string[];
  /** Static segments: the more, the more specific (GitHub routes /issues/comments before /issues/{n}). */
  specificity: number;
  op: Operation;
}

interface CompiledOperation {
  params: Parameter[];
  paramValidators: Map<string, ValidateFunction>;
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

export interface ContractRequest {
  method: string;
  /** The raw (still percent-encoded) pathname. */
  rawPath: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
}

export interface ContractResult {
  operationId?: string;
  /** The matched operation's description (undefined when none matched). */
  operation?: Operation;
  violations: string[];
}

const SPEC_ID = 'gh';
let cache:
  | { spec: Spec; routes: Route[]; ajv: Ajv; coercing: Ajv; compiled: Map<Route, CompiledOperation> }
  | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue;
      const multi = new Set((op.parameters ?? []).filter((p) => p['x-multi-segment']).map((p) => p.name));
      // A git ref is documented as `heads/<branch>` and GitHub takes its slash unencoded too.
      if (template.endsWith('/{ref}')) multi.add('ref');
      const names: string[] = [];
      const source = template
        .split('/')
        .map((seg) =>
          seg.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, lit: string | undefined) => {
            if (lit !== undefined) return lit.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            names.push(name!);
            return multi.has(name!) ? '(.+)' : '([^/]+)';
          }),
        )
        .join('/');
      routes.push({
        template,
        method: method.toUpperCase(),
        regex: new RegExp(`^${source}/?$`),
        names,
        specificity: template.split('/').filter((s) => s && !s.includes('{')).length,
        op,
      });
    }
  }
  routes.sort((a, b) => b.specificity - a.specificity);
  // OpenAPI 3.0 schemas: `nullable`, `example`, `x-*` and formats ajv does not know; structure is what counts.
  const options = { strict: false, validateFormats: false, allErrors: true } as const;
  const ajv = new Ajv(options);
  const coercing = new Ajv({ ...options, coerceTypes: 'array' as const });
  const components = { $id: SPEC_ID, components: { schemas: rebase(spec.components.schemas) } };
  ajv.addSchema(components);
  coercing.addSchema(components);
  cache = { spec, routes, ajv, coercing, compiled: new Map() };
  return cache;
}

/**
 * Rewrites `#/components/…` refs so they point into the shared document, and drops OpenAPI's `nullable`
 * where it has no `type` beside it (ajv rejects that; such a schema accepts null anyway).
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'nullable' && !('type' in schema)) continue;
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SPEC_ID}${v}` : rebase(v);
    }
    return out;
  }
  return schema;
}

function compile(route: Route): CompiledOperation {
  const c = load();
  const hit = c.compiled.get(route);
  if (hit) return hit;
  const params = (route.op.parameters ?? []).map((p) =>
    p.$ref ? c.spec.components.parameters[p.$ref.split('/').pop()!]! : p,
  );
  const paramValidators = new Map<string, ValidateFunction>();
  for (const p of params)
    if (p.schema) paramValidators.set(`${p.in}:${p.name}`, c.coercing.compile(rebase(p.schema) as object));
  const bodySchema = route.op.requestBody?.content?.['application/json']?.schema;
  const out: CompiledOperation = {
    params,
    paramValidators,
    body: bodySchema ? c.ajv.compile(rebase(bodySchema) as object) : undefined,
    bodyRequired: route.op.requestBody?.required === true,
  };
  c.compiled.set(route, out);
  return out;
}

function describe(errors: ValidateFunction['errors']): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`).join('; ');
}

/** Checks one request against the description; an empty `violations` list means GitHub would accept its shape. */
export function checkRequest(req: ContractRequest): ContractResult {
  const { routes } = load();
  const what = `${req.method} ${req.rawPath}`;
  const matches = routes.filter((r) => r.method === req.method && r.regex.test(req.rawPath));
  if (matches.length === 0)
    return { violations: [`${what}: no operation in GitHub's REST description has this method and path`] };
  // Among candidates (most specific first), the first whose path parameters validate is the one GitHub routes to.
  let chosen: { route: Route; op: CompiledOperation; values: Map<string, string> } | undefined;
  let firstProblem: string[] = [];
  for (const route of matches) {
    const m = route.regex.exec(req.rawPath)!;
    const values = new Map(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    const op = compile(route);
    const problems: string[] = [];
    for (const [name, value] of values) {
      const v = op.paramValidators.get(`path:${name}`);
      if (v && !v(value)) problems.push(`path parameter ${name}=${JSON.stringify(value)}: ${describe(v.errors)}`);
    }
    if (problems.length === 0) {
      chosen = { route, op, values };
      break;
    }
    if (firstProblem.length === 0) firstProblem = problems;
  }
  if (!chosen) return { violations: firstProblem.map((p) => `${what}: ${p}`) };
  const { route, op } = chosen;
  const violations: string[] = [];
  const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(req.query.keys())) {
    if (!known.has(name)) {
      violations.push(`query parameter ${name} is not a parameter of ${route.op.operationId}`);
      continue;
    }
    const v = op.paramValidators.get(`query:${name}`);
    const value = req.query.get(name)!;
    if (v && !v(value)) violations.push(`query parameter ${name}=${JSON.stringify(value)}: ${describe(v.errors)}`);
  }
  for (const p of op.params)
    if (p.in === 'query' && p.required && !req.query.has(p.name))
      violations.push(`required query parameter ${p.name} is missing`);
  if (req.body === undefined) {
    if (op.bodyRequired) violations.push('the request body is required');
  } else if (!op.body) {
    if (
      !['GET', 'DELETE', 'HEAD'].includes(req.method) ||
      (req.body !== null && Object.keys(req.body as object).length > 0)
    ) {
      violations.push('the operation takes no JSON body');
    }
  } else if (!op.body(req.body)) {
    violations.push(`body: ${describe(op.body.errors)}`);
  }
  return {
    operationId: route.op.operationId,
    operation: route.op,
    violations: violations.map((v) => `${what} (${route.op.operationId}): ${v}`),
  };
}
