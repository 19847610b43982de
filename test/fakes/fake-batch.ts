// OpenAI's Files and Batch endpoints on the loopback fake model, as the official description
// (openai-openapi.json: CreateFileRequest, OpenAIFile, CreateBatchRequest, Batch) documents them:
//   POST /v1/files (multipart: purpose=batch, file=JSONL), GET /v1/files/{id}/content,
//   POST /v1/batches, GET /v1/batches/{id}, POST /v1/batches/{id}/cancel.
// A batch moves validating → in_progress → finalizing → completed over status polls (or fails, or
// expires with part of its lines done, as scripted). Each line is answered by POSTing its body to the
// fake's own chat endpoint, so the same behavior answers batch and synchronous requests; those inner
// requests carry `x-fake-batch` so tests can tell them apart. Requests and our own objects are checked
// against the description's schemas (required fields, enums): a wrong request gets the API's 400, a
// wrong object of ours throws (a bug in the fake).
//
// Only node: imports, like fake-model.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

export interface FakeBatchScript {
  /** Status polls (GET) answered `in_progress` before the batch finishes (default 1). */
  pollsInProgress?: number;
  /** How it ends (default completed). */
  outcome?: 'completed' | 'expired' | 'failed';
  /** expired: how many lines were done before it expired (default: half). */
  doneBeforeExpiry?: number;
  /** Lines that fail with this HTTP status (in the error file), by custom_id and line index. */
  failLine?: (customId: string, index: number) => number | undefined;
}

export interface FakeBatchRecord {
  id: string;
  inputFileId: string;
  lines: number;
  status: string;
  polls: number;
  script: FakeBatchScript;
}

export interface FakeBatches {
  /** Script for batches created from now on. */
  setScript(script: FakeBatchScript): void;
  batches: FakeBatchRecord[];
  /** Files uploaded with purpose batch. */
  uploads(): number;
  /** Handles /v1/files and /v1/batches; false for any other route. */
  handle(
    req: { method: string; path: string; headers: Record<string, unknown>; rawBody: string },
    res: ServerResponse,
  ): Promise<boolean>;
}

interface Schema {
  required?: string[];
  properties?: Record<string, { enum?: string[] }>;
}

/** The spec next to the repository (CI: <repo>/../shared/specs), or the shared one of this machine. */
function loadSchemas(): Record<string, Schema> {
  const here = dirname(fileURLToPath(import.meta.url));
  const repo = resolve(here, '../..');
  const candidates = [
    process.env['OPENAI_OPENAPI_SPEC'],
    join(repo, '../shared/specs/openai-openapi.json'),
    join(repo, '../../shared/specs/openai-openapi.json'),
    '/work/shared/specs/openai-openapi.json',
  ];
  const path = candidates.find((p): p is string => p !== undefined && existsSync(p));
  if (!path)
    throw new Error(
      `fake-batch: OpenAI's description not found (looked at ${candidates.filter(Boolean).join(', ')}; set OPENAI_OPENAPI_SPEC)`,
    );
  return JSON.parse(readFileSync(path, 'utf8')).components.schemas;
}

/** Problems of `value` against a schema's required fields and string enums (what this fake relies on). */
function problems(schemas: Record<string, Schema>, name: string, value: Record<string, unknown>): string[] {
  const s = schemas[name];
  if (!s) return [`schema ${name} missing from the description`];
  const out: string[] = [];
  for (const r of s.required ?? []) if (value[r] === undefined) out.push(`'${r}' is required`);
  for (const [k, p] of Object.entries(s.properties ?? {})) {
    const v = value[k];
    if (p.enum && v !== undefined && v !== null && !p.enum.includes(String(v)))
      out.push(`'${k}' must be one of ${p.enum.join(', ')}, got '${String(v)}'`);
  }
  return out;
}

export function createFakeBatches(origin: () => string): FakeBatches {
  const schemas = loadSchemas();
  const files = new Map<string, { id: string; purpose: string; filename: string; text: string; created_at: number }>();
  const batches: FakeBatchRecord[] = [];
  const objects = new Map<string, Record<string, unknown>>();
  let script: FakeBatchScript = {};
  let seq = 0;
  const now = () => Math.floor(Date.now() / 1000);

  const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const invalid = (res: ServerResponse, message: string) =>
    send(res, 400, { error: { message, type: 'invalid_request_error', param: null, code: null } });
  const own = (name: string, obj: Record<string, unknown>) => {
    const p = problems(schemas, name, obj);
    if (p.length) throw new Error(`fake-batch: our ${name} breaks the description: ${p.join('; ')}`);
    return obj;
  };
  const fileObject = (f: { id: string; purpose: string; filename: string; text: string; created_at: number }) =>
    own('OpenAIFile', {
      id: f.id,
      object: 'file',
      bytes: Buffer.byteLength(f.text),
      created_at: f.created_at,
      filename: f.filename,
      purpose: f.purpose,
      status: 'processed',
    });
  const addFile = (purpose: string, filename: string, text: string) => {
    const f = { id: `file-fake${++seq}`, purpose, filename, text, created_at: now() };
    files.set(f.id, f);
    return f;
  };

  /** Answers every line through the fake's chat endpoint; writes the output and error files. */
  async function execute(
    rec: FakeBatchRecord,
    obj: Record<string, unknown>,
    headers: Record<string, unknown>,
    upTo: number,
  ): Promise<void> {
    const input = files
      .get(rec.inputFileId)!
      .text.split('\n')
      .filter((l) => l.trim());
    const out: string[] = [];
    const err: string[] = [];
    let completed = 0;
    let failed = 0;
    for (const [i, line] of input.entries()) {
      if (i >= upTo) break;
      const l = JSON.parse(line) as { custom_id: string; url: string; body: unknown };
      const forced = rec.script.failLine?.(l.custom_id, i);
      const id = `batch_req_fake${++seq}`;
      if (forced !== undefined) {
        failed++;
        err.push(
          JSON.stringify({
            id,
            custom_id: l.custom_id,
            response: {
              status_code: forced,
              request_id: id,
              body: { error: { message: `fake batch: line failed with ${forced}`, type: 'server_error' } },
            },
            error: null,
          }),
        );
        continue;
      }
      const r = await fetch(`${origin()}${l.url}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: String(headers['authorization'] ?? ''),
          'x-fake-batch': rec.id,
        },
        body: JSON.stringify(l.body),
      });
      const body = await r.json();
      const entry = JSON.stringify({
        id,
        custom_id: l.custom_id,
        response: { status_code: r.status, request_id: id, body },
        error: null,
      });
      if (r.status === 200) {
        completed++;
        out.push(entry);
      } else {
        failed++;
        err.push(entry);
      }
    }
    // Lines an expired batch never reached are reported in its error file (code batch_expired).
    for (const line of input.slice(upTo)) {
      const l = JSON.parse(line) as { custom_id: string };
      failed++;
      err.push(
        JSON.stringify({
          id: `batch_req_fake${++seq}`,
          custom_id: l.custom_id,
          response: null,
          error: {
            code: 'batch_expired',
            message: 'This request could not be executed before the completion window expired.',
          },
        }),
      );
    }
    if (out.length) obj['output_file_id'] = addFile('batch_output', 'batch_output.jsonl', `${out.join('\n')}\n`).id;
    if (err.length) obj['error_file_id'] = addFile('batch_output', 'batch_errors.jsonl', `${err.join('\n')}\n`).id;
    obj['request_counts'] = { total: input.length, completed, failed };
  }

  async function poll(rec: FakeBatchRecord, headers: Record<string, unknown>): Promise<Record<string, unknown>> {
    const obj = objects.get(rec.id)!;
    rec.polls++;
    const terminal = ['completed', 'failed', 'expired', 'cancelled'];
    if (terminal.includes(rec.status)) return obj;
    if (rec.status === 'validating') {
      if (rec.script.outcome === 'failed') {
        rec.status = 'failed';
        Object.assign(obj, {
          status: 'failed',
          failed_at: now(),
          errors: {
            object: 'list',
            data: [
              { code: 'invalid_request', message: 'fake batch: scripted validation failure', line: 1, param: null },
            ],
          },
        });
        return obj;
      }
      rec.status = 'in_progress';
      Object.assign(obj, { status: 'in_progress', in_progress_at: now() });
      return obj;
    }
    if (rec.polls <= (rec.script.pollsInProgress ?? 1) + 1) return obj;
    if (rec.script.outcome === 'expired') {
      await execute(rec, obj, headers, rec.script.doneBeforeExpiry ?? Math.floor(rec.lines / 2));
      rec.status = 'expired';
      Object.assign(obj, { status: 'expired', expired_at: now() });
      return obj;
    }
    await execute(rec, obj, headers, rec.lines);
    rec.status = 'completed';
    Object.assign(obj, { status: 'completed', finalizing_at: now(), completed_at: now() });
    return obj;
  }

  return {
    setScript(s) {
      script = s;
    },
    batches,
    uploads: () => [...files.values()].filter((f) => f.purpose === 'batch').length,
    async handle(req, res) {
      const { method, path } = req;
      if (!/\/(files|batches)(\/|$)/.test(path)) return false;
      if (method === 'POST' && path.endsWith('/files')) {
        const form = await new Response(req.rawBody, {
          headers: { 'content-type': String(req.headers['content-type'] ?? '') },
        })
          .formData()
          .catch(() => undefined);
        const file = form?.get('file');
        const purpose = form?.get('purpose');
        const p = problems(schemas, 'CreateFileRequest', {
          file: file ?? undefined,
          purpose: typeof purpose === 'string' ? purpose : undefined,
        });
        if (!form || p.length || typeof file === 'string' || !file)
          return (invalid(res, `fake files: ${p.join('; ') || 'not a multipart form with a file'}`), true);
        const text = await file.text();
        for (const [i, line] of text
          .split('\n')
          .filter((l) => l.trim())
          .entries()) {
          let l: Record<string, unknown>;
          try {
            l = JSON.parse(line);
          } catch {
            return (invalid(res, `fake files: line ${i + 1} is not JSON`), true);
          }
          if (
            typeof l['custom_id'] !== 'string' ||
            l['method'] !== 'POST' ||
            typeof l['url'] !== 'string' ||
            typeof l['body'] !== 'object'
          )
            return (invalid(res, `fake files: line ${i + 1} needs custom_id, method POST, url and body`), true);
        }
        send(res, 200, fileObject(addFile(String(purpose), file.name || 'input.jsonl', text)));
        return true;
      }
      const content = /\/files\/([^/]+)\/content$/.exec(path);
      if (method === 'GET' && content) {
        const f = files.get(decodeURIComponent(content[1]!));
        if (!f)
          return (send(res, 404, { error: { message: 'No such File object', type: 'invalid_request_error' } }), true);
        send(res, 200, f.text, 'application/octet-stream');
        return true;
      }
      if (method === 'POST' && path.endsWith('/batches')) {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(req.rawBody);
        } catch {
          return (invalid(res, 'fake batches: body is not JSON'), true);
        }
        const p = problems(schemas, 'CreateBatchRequest', body);
        if (p.length) return (invalid(res, `fake batches: ${p.join('; ')}`), true);
        const input = files.get(String(body['input_file_id']));
        if (input?.purpose !== 'batch')
          return (invalid(res, `fake batches: no batch input file ${String(body['input_file_id'])}`), true);
        const lines = input.text.split('\n').filter((l) => l.trim()).length;
        const rec: FakeBatchRecord = {
          id: `batch_fake${++seq}`,
          inputFileId: input.id,
          lines,
          status: 'validating',
          polls: 0,
          script,
        };
        batches.push(rec);
        const obj = own('Batch', {
          id: rec.id,
          object: 'batch',
          endpoint: body['endpoint'],
          input_file_id: input.id,
          completion_window: body['completion_window'],
          status: 'validating',
          created_at: now(),
          expires_at: now() + 86_400,
          request_counts: { total: lines, completed: 0, failed: 0 },
          metadata: body['metadata'] ?? null,
        });
        objects.set(rec.id, obj);
        send(res, 200, obj);
        return true;
      }
      const one = /\/batches\/([^/]+)(\/cancel)?$/.exec(path);
      const rec = one ? batches.find((b) => b.id === decodeURIComponent(one[1]!)) : undefined;
      if (one && !rec)
        return (send(res, 404, { error: { message: 'No such Batch object', type: 'invalid_request_error' } }), true);
      if (rec && method === 'GET' && !one![2])
        return (send(res, 200, own('Batch', await poll(rec, req.headers))), true);
      if (rec && method === 'POST' && one![2]) {
        const obj = objects.get(rec.id)!;
        if (!['completed', 'failed', 'expired'].includes(rec.status)) {
          rec.status = 'cancelled';
          Object.assign(obj, { status: 'cancelled', cancelled_at: now() });
        }
        return (send(res, 200, own('Batch', obj)), true);
      }
      send(res, 404, { error: { message: `fake batches: no route ${method} ${path}`, type: 'not_found' } });
      return true;
    },
  };
}
