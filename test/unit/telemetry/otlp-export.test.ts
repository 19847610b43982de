// OpenTelemetry export end to end: `evalgate run` in-process against the loopback fake model, with the
// standard OTEL_EXPORTER_OTLP_* environment pointing at a loopback OTLP/HTTP receiver. Every model and
// judge call arrives as a GenAI span (JSON and protobuf), assertion results as evaluation events, with no
// API key and no unredacted personal data in any body.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { otlpConfigFromEnv } from '../../../src/core/telemetry/otlp-config.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { captureIO, makeProject } from '../cli/helpers.js';
import { bytesHex, decode, double, fixed64, str, sub, uint } from '../../support/protobuf.js';

const KEY = 'sk-otel-test-key-0123456789abcdef';
const EMAIL = 'jane.doe@example.com';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let fake: FakeModel;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  fake = await startFakeModel();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fake.close();
  await new Promise((r) => receiver.close(r));
});
afterEach(async () => {
  received.length = 0;
  while (cleanups.length) await cleanups.pop()!();
});

const CONFIG = `version: 1
providers:
  fast: { type: openai, model: gpt-4o-mini, temperature: 0, maxRetries: 0, timeoutMs: 5000, apiKey: ${KEY} }
  judge: { type: openai, model: gpt-4.1, temperature: 0, maxRetries: 0, timeoutMs: 5000, apiKey: ${KEY} }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: fast, judge: judge, repeat: 1, concurrency: 1 }
judge: { consistencyChecks: 0 }  # one judge span: no self-consistency re-judging
governance: { redactTraces: true }
suites:
  - name: support
    prompt: prompts/support.txt
    cases:
      - { id: refund, vars: { who: "${EMAIL}" } }
    assert:
      - { type: icontains, value: hello }
      - { type: llm-rubric, value: "Polite" }
`;

async function runWithOtel(otel: Record<string, string>) {
  fake.setBehavior((req) =>
    req.body.model === 'gpt-4.1'
      ? { content: '{"score":0.9,"pass":true,"reason":"polite enough"}', finishReason: 'stop' }
      : { content: `Hello ${EMAIL}, we will help.`, model: 'gpt-4o-mini-2024-07-18', finishReason: 'stop' },
  );
  const p = await makeProject({ 'evalgate.yml': CONFIG, 'prompts/support.txt': 'Help the customer {{who}}.\n' });
  cleanups.push(p.cleanup);
  const io = captureIO(p.dir, { OPENAI_BASE_URL: fake.url, ...otel });
  const code = await runCommand(['--no-cache'], io);
  return { code, io };
}

type JsonAttr = { key: string; value: Record<string, unknown> };
const attr = (list: JsonAttr[], key: string) => {
  const v = list.find((a) => a.key === key)?.value;
  if (!v) return undefined;
  if ('arrayValue' in v)
    return (v['arrayValue'] as { values: { stringValue: string }[] }).values.map((x) => x.stringValue);
  return Object.values(v)[0];
};

describe('OTLP export', () => {
  it('sends every model and judge call as a GenAI span over OTLP/HTTP JSON, with evaluation events', async () => {
    const { code, io } = await runWithOtel({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20collector-token',
      OTEL_SERVICE_NAME: 'support-bot-evals',
      OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: 'true',
    });
    expect(io.stderrText()).toBe('');
    expect(code).toBe(0);
    expect(received.length).toBeGreaterThan(0);
    for (const r of received) {
      expect(r.path).toBe('/v1/traces');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['authorization']).toBe('Bearer collector-token');
    }
    const bodies = received.map((r) => r.body.toString('utf8'));
    // No secret, no unredacted personal data; the content that was captured is the redacted one.
    for (const b of bodies) {
      expect(b).not.toContain(KEY);
      expect(b).not.toContain(EMAIL);
    }
    expect(bodies.join('')).toContain('[REDACTED:email]');

    const docs = bodies.map((b) => JSON.parse(b));
    const resource = docs[0].resourceSpans[0].resource.attributes as JsonAttr[];
    expect(attr(resource, 'service.name')).toBe('support-bot-evals');
    const spans = docs.flatMap((d) => d.resourceSpans[0].scopeSpans[0].spans) as {
      traceId: string;
      spanId: string;
      parentSpanId?: string;
      name: string;
      kind: number;
      startTimeUnixNano: string;
      endTimeUnixNano: string;
      attributes: JsonAttr[];
      events: { name: string; attributes: JsonAttr[] }[];
    }[];
    const root = spans.find((s) => s.name === 'evalgate run')!;
    const chat = spans.find((s) => attr(s.attributes, 'evalgate.call') === 'completion')!;
    const judge = spans.find((s) => attr(s.attributes, 'evalgate.call') === 'judge')!;
    expect(spans).toHaveLength(3);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(root.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(chat.parentSpanId).toBe(root.spanId);
    expect(judge.parentSpanId).toBe(root.spanId);

    expect(chat.name).toBe('chat gpt-4o-mini');
    expect(chat.kind).toBe(3);
    expect(BigInt(chat.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(chat.startTimeUnixNano));
    expect(attr(chat.attributes, 'gen_ai.operation.name')).toBe('chat');
    expect(attr(chat.attributes, 'gen_ai.request.model')).toBe('gpt-4o-mini');
    expect(attr(chat.attributes, 'gen_ai.response.model')).toBe('gpt-4o-mini-2024-07-18');
    expect(Number(attr(chat.attributes, 'gen_ai.usage.input_tokens'))).toBeGreaterThan(0);
    expect(Number(attr(chat.attributes, 'gen_ai.usage.output_tokens'))).toBeGreaterThan(0);
    expect(attr(chat.attributes, 'gen_ai.response.finish_reasons')).toEqual(['stop']);
    expect(attr(chat.attributes, 'evalgate.suite')).toBe('support');
    expect(attr(chat.attributes, 'evalgate.case_id')).toBe('refund');
    expect(attr(chat.attributes, 'evalgate.prompt_version')).toMatch(/^[0-9a-f]{12}$/);
    expect(String(attr(chat.attributes, 'gen_ai.input.messages'))).toContain('Help the customer [REDACTED:email].');

    const evals = chat.events.filter((e) => e.name === 'gen_ai.evaluation.result');
    expect(
      evals.map((e) => [
        attr(e.attributes, 'gen_ai.evaluation.name'),
        attr(e.attributes, 'gen_ai.evaluation.score.label'),
      ]),
    ).toEqual([
      ['icontains', 'pass'],
      ['llm-rubric', 'pass'],
    ]);
    expect(attr(evals[1]!.attributes, 'gen_ai.evaluation.score.value')).toBe(0.9);

    expect(judge.name).toBe('chat gpt-4.1');
    expect(attr(judge.attributes, 'gen_ai.request.model')).toBe('gpt-4.1');
    expect(attr(judge.attributes, 'evalgate.case_id')).toBe('refund');
  });

  it('speaks OTLP/HTTP protobuf (the default protocol) with gzip, and leaves content out unless asked', async () => {
    const { code, io } = await runWithOtel({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiverUrl}/custom/traces`,
      OTEL_EXPORTER_OTLP_COMPRESSION: 'gzip',
    });
    expect(io.stderrText()).toBe('');
    expect(code).toBe(0);
    expect(received.map((r) => [r.path, r.headers['content-type'], r.headers['content-encoding']])).toContainEqual([
      '/custom/traces',
      'application/x-protobuf',
      'gzip',
    ]);
    const bodies = received.map((r) => gunzipSync(r.body));
    for (const b of bodies) {
      expect(b.includes(KEY)).toBe(false);
      expect(b.includes(EMAIL)).toBe(false);
      expect(b.includes('gen_ai.input.messages')).toBe(false);
    }
    // ExportTraceServiceRequest → ResourceSpans(1) → ScopeSpans(2) → Span(2)
    const spans = bodies.flatMap((b) => sub(sub(decode(b), 1)[0]!, 2).flatMap((ss) => sub(ss, 2)));
    expect(spans.map((s) => str(s, 5)).sort()).toEqual(['chat gpt-4.1', 'chat gpt-4o-mini', 'evalgate run']);
    const chat = spans.find((s) => str(s, 5) === 'chat gpt-4o-mini')!;
    expect(bytesHex(chat, 1)).toMatch(/^[0-9a-f]{32}$/);
    expect(bytesHex(chat, 2)).toMatch(/^[0-9a-f]{16}$/);
    expect(uint(chat, 6)).toBe(3n);
    expect(fixed64(chat, 8)! >= fixed64(chat, 7)!).toBe(true);
    expect(Number(fixed64(chat, 8)! / 1_000_000n)).toBeGreaterThan(Date.parse('2026-01-01'));
    const attrsOf = (m: ReturnType<typeof decode>, field: number) =>
      new Map(sub(m, field).map((kv) => [str(kv, 1)!, sub(kv, 2)[0]!]));
    const a = attrsOf(chat, 9);
    expect(str(a.get('gen_ai.operation.name')!, 1)).toBe('chat');
    expect(str(a.get('gen_ai.response.model')!, 1)).toBe('gpt-4o-mini-2024-07-18');
    expect(uint(a.get('gen_ai.usage.output_tokens')!, 3)! > 0n).toBe(true);
    // AnyValue.array_value(5) → ArrayValue.values(1) → AnyValue.string_value(1)
    const reasons = sub(sub(a.get('gen_ai.response.finish_reasons')!, 5)[0]!, 1);
    expect(reasons.map((v) => str(v, 1))).toEqual(['stop']);
    const events = sub(chat, 11);
    expect(events.map((e) => str(e, 2))).toEqual(['gen_ai.evaluation.result', 'gen_ai.evaluation.result']);
    expect(double(attrsOf(events[1]!, 3).get('gen_ai.evaluation.score.value')!, 4)).toBe(0.9);
  });

  it('never fails or blocks a run when the collector is unreachable: one warning', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { code, io } = await runWithOtel({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_TIMEOUT: '2000',
    });
    expect(code).toBe(0);
    expect(io.stderrText().match(/OTLP export to http:\/\/127\.0\.0\.1:\d+\/v1\/traces failed/g)).toHaveLength(1);
  });

  it('is off without an endpoint, on OTEL_SDK_DISABLED, and refuses gRPC with a reason', () => {
    expect(otlpConfigFromEnv({})).toBeUndefined();
    expect(
      otlpConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBeUndefined();
    expect(
      otlpConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }),
    ).toEqual({
      problem: 'OTLP protocol "grpc" is not supported (evalgate speaks http/protobuf and http/json)',
    });
    expect(otlpConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' })).toMatchObject({
      url: 'http://c:4318/v1/traces',
      protocol: 'http/protobuf',
      resource: { 'service.name': 'evalgate' },
    });
  });
});
