export const id = 895;
export const ids = [895];
export const modules = {

/***/ 4895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OtlpTraceSink: () => (/* binding */ OtlpTraceSink)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/src/core/telemetry/span.js
// A span as evalgate builds it, independent of the wire encoding (JSON or protobuf, see otlp-encode.ts).
const SPAN_KIND = { internal: 1, client: 3 };
const STATUS = { unset: 0, ok: 1, error: 2 };
/** Attributes from plain values; undefined / null / NaN are left out; integers are ints unless named in `doubles`. */
function attrs(values, doubles = []) {
    const out = [];
    for (const [key, v] of Object.entries(values)) {
        if (v === undefined || v === null)
            continue;
        if (typeof v === 'string')
            out.push({ key, value: { string: v } });
        else if (typeof v === 'boolean')
            out.push({ key, value: { bool: v } });
        else if (Array.isArray(v))
            out.push({ key, value: { strings: v } });
        else if (Number.isFinite(v))
            out.push({ key, value: Number.isInteger(v) && !doubles.includes(key) ? { int: v } : { double: v } });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/core/telemetry/genai-span.js

function genAiSpan(r, ids, opts) {
    const endNs = BigInt(Date.parse(r.ts)) * 1000000n;
    // A cache or recording hit made no call: a zero-length span says so.
    const durationNs = r.cacheHit ? 0n : BigInt(Math.max(0, Math.round((r.latencyMs ?? 0) * 1_000_000)));
    const operation = r.kind === 'embedding' ? 'embeddings' : 'chat';
    const span = {
        ...ids,
        name: `${operation} ${r.modelRequested}`,
        kind: SPAN_KIND.client,
        startNs: endNs - durationNs,
        endNs,
        attributes: attrs({
            'gen_ai.operation.name': operation,
            'gen_ai.provider.name': 'openai',
            'gen_ai.request.model': r.modelRequested,
            'gen_ai.response.model': r.modelServed,
            'gen_ai.usage.input_tokens': r.tokens?.input,
            'gen_ai.usage.output_tokens': r.tokens?.output,
            'gen_ai.response.finish_reasons': r.finishReason !== undefined ? [r.finishReason] : undefined,
            'gen_ai.openai.response.system_fingerprint': r.systemFingerprint,
            'evalgate.call': r.kind,
            'evalgate.run_id': r.runId,
            'evalgate.label': r.label,
            'evalgate.suite': r.suite,
            'evalgate.case_id': r.caseId,
            'evalgate.sample': r.sample,
            'evalgate.prompt_version': r.promptVersion,
            'evalgate.provider': r.provider,
            'evalgate.cache_hit': r.cacheHit,
            'evalgate.attempts': r.attempts,
            'evalgate.status': r.status,
            'evalgate.cost_usd': r.costUsd ?? undefined,
            'evalgate.redactions': r.redactions,
            'error.type': r.error?.kind,
            ...(opts.captureContent
                ? {
                    'gen_ai.input.messages': JSON.stringify(r.messages.map((m) => ({ role: m.role, parts: [{ type: 'text', content: m.content }] }))),
                    'gen_ai.output.messages': r.output !== undefined ? JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: r.output }] }]) : undefined,
                }
                : {}),
        }, ['evalgate.cost_usd']),
        events: (r.evaluations ?? []).map((e) => ({
            name: 'gen_ai.evaluation.result',
            timeNs: endNs,
            attributes: attrs({
                'gen_ai.evaluation.name': e.type,
                'gen_ai.evaluation.score.value': e.score,
                'gen_ai.evaluation.score.label': e.error !== undefined ? 'error' : e.pass ? 'pass' : 'fail',
                'gen_ai.evaluation.explanation': e.error ?? e.reason,
            }, ['gen_ai.evaluation.score.value']),
        })),
        status: r.status === 'error' ? { code: STATUS.error, message: r.error ? `${r.error.kind}: ${r.error.message}` : 'error' } : { code: STATUS.unset },
    };
    return span;
}

;// CONCATENATED MODULE: ./lib/src/core/telemetry/otlp-encode.js
// ---- JSON ----
function jsonValue(v) {
    if ('string' in v)
        return { stringValue: v.string };
    if ('int' in v)
        return { intValue: String(v.int) };
    if ('double' in v)
        return { doubleValue: v.double };
    if ('bool' in v)
        return { boolValue: v.bool };
    return { arrayValue: { values: v.strings.map((s) => ({ stringValue: s })) } };
}
const jsonAttrs = (a) => a.map((x) => ({ key: x.key, value: jsonValue(x.value) }));
function encodeJson(batch) {
    return JSON.stringify({
        resourceSpans: [
            {
                resource: { attributes: jsonAttrs(Object.entries(batch.resource).map(([key, v]) => ({ key, value: { string: v } }))) },
                scopeSpans: [
                    {
                        scope: batch.scope,
                        spans: batch.spans.map((s) => ({
                            traceId: s.traceId,
                            spanId: s.spanId,
                            ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
                            name: s.name,
                            kind: s.kind,
                            startTimeUnixNano: String(s.startNs),
                            endTimeUnixNano: String(s.endNs),
                            attributes: jsonAttrs(s.attributes),
                            events: s.events.map((e) => ({ timeUnixNano: String(e.timeNs), name: e.name, attributes: jsonAttrs(e.attributes) })),
                            status: { code: s.status.code, ...(s.status.message ? { message: s.status.message } : {}) },
                        })),
                    },
                ],
            },
        ],
    });
}
// ---- protobuf ----
/** Appends protobuf wire-format fields to a growing byte list. */
class Writer {
    chunks = [];
    size = 0;
    push(b) {
        this.chunks.push(b);
        this.size += b.length;
    }
    varint(n) {
        const out = [];
        let v = BigInt.asUintN(64, n);
        while (v >= 0x80n) {
            out.push(Number(v & 0x7fn) | 0x80);
            v >>= 7n;
        }
        out.push(Number(v));
        this.push(Uint8Array.from(out));
    }
    tag(field, wire) {
        this.varint(BigInt((field << 3) | wire));
    }
    uint(field, n) {
        this.tag(field, 0);
        this.varint(BigInt(n));
    }
    bool(field, b) {
        this.uint(field, b ? 1 : 0);
    }
    fixed64(field, n) {
        this.tag(field, 1);
        const b = new Uint8Array(8);
        new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, n), true);
        this.push(b);
    }
    double(field, x) {
        this.tag(field, 1);
        const b = new Uint8Array(8);
        new DataView(b.buffer).setFloat64(0, x, true);
        this.push(b);
    }
    bytes(field, b) {
        this.tag(field, 2);
        this.varint(BigInt(b.length));
        this.push(b);
    }
    string(field, s) {
        this.bytes(field, new TextEncoder().encode(s));
    }
    message(field, build) {
        const w = new Writer();
        build(w);
        this.bytes(field, w.finish());
    }
    finish() {
        const out = new Uint8Array(this.size);
        let at = 0;
        for (const c of this.chunks) {
            out.set(c, at);
            at += c.length;
        }
        return out;
    }
}
function hexBytes(hex) {
    const out = new Uint8Array(hex.length / 2);
    for (let i = 0; i < out.length; i++)
        out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return out;
}
// AnyValue: 1 string, 2 bool, 3 int64, 4 double, 5 ArrayValue{1 repeated AnyValue}
function anyValue(w, v) {
    if ('string' in v)
        w.string(1, v.string);
    else if ('bool' in v)
        w.bool(2, v.bool);
    else if ('int' in v)
        w.uint(3, BigInt(v.int));
    else if ('double' in v)
        w.double(4, v.double);
    else
        w.message(5, (a) => v.strings.forEach((s) => a.message(1, (x) => x.string(1, s))));
}
// KeyValue: 1 key, 2 AnyValue
function keyValues(w, field, list) {
    for (const a of list) {
        w.message(field, (kv) => {
            kv.string(1, a.key);
            kv.message(2, (v) => anyValue(v, a.value));
        });
    }
}
// Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 7 start (fixed64), 8 end (fixed64),
// 9 attributes, 11 events (Event: 1 time fixed64, 2 name, 3 attributes), 15 status (Status: 2 message, 3 code)
function span(w, s) {
    w.bytes(1, hexBytes(s.traceId));
    w.bytes(2, hexBytes(s.spanId));
    if (s.parentSpanId)
        w.bytes(4, hexBytes(s.parentSpanId));
    w.string(5, s.name);
    w.uint(6, s.kind);
    w.fixed64(7, s.startNs);
    w.fixed64(8, s.endNs);
    keyValues(w, 9, s.attributes);
    for (const e of s.events) {
        w.message(11, (ev) => {
            ev.fixed64(1, e.timeNs);
            ev.string(2, e.name);
            keyValues(ev, 3, e.attributes);
        });
    }
    w.message(15, (st) => {
        if (s.status.message)
            st.string(2, s.status.message);
        if (s.status.code)
            st.uint(3, s.status.code);
    });
}
// ExportTraceServiceRequest: 1 ResourceSpans (1 Resource{1 attributes}, 2 ScopeSpans (1 scope{1 name, 2 version}, 2 spans))
function encodeProtobuf(batch) {
    const w = new Writer();
    w.message(1, (rs) => {
        rs.message(1, (res) => keyValues(res, 1, Object.entries(batch.resource).map(([key, v]) => ({ key, value: { string: v } }))));
        rs.message(2, (ss) => {
            ss.message(1, (sc) => {
                sc.string(1, batch.scope.name);
                sc.string(2, batch.scope.version);
            });
            for (const s of batch.spans)
                ss.message(2, (x) => span(x, s));
        });
    });
    return w.finish();
}

// EXTERNAL MODULE: ./lib/src/core/util/mask-secrets.js
var mask_secrets = __webpack_require__(6889);
;// CONCATENATED MODULE: ./lib/src/adapters/telemetry/otlp-sink.js
// OTLP/HTTP trace export as a TraceSink: every trace record (model, judge and embedding call) becomes a
// GenAI span under one root span per run, sent in batches to the collector. Export never fails or slows a
// run: `write` only buffers, batches go out in the background, and a collector that is down or slow costs
// one warning. Known secrets are scrubbed from the payload as the JSONL trace scrubs its lines.







const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/** Spans per request: well under collectors' default 4 MiB body limit for typical records. */
const BATCH = 256;
class OtlpTraceSink {
    o;
    traceId = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    rootId = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    started;
    pending = [];
    inFlight = Promise.resolve();
    runId;
    warned = false;
    sent = 0;
    constructor(o) {
        this.o = o;
        this.started = BigInt((o.now ?? Date.now)()) * 1000000n;
    }
    async write(record) {
        this.runId ??= record.runId;
        this.pending.push(genAiSpan(record, { traceId: this.traceId, spanId: (0,external_node_crypto_.randomBytes)(8).toString('hex'), parentSpanId: this.rootId }, { captureContent: this.o.config.captureContent }));
        if (this.pending.length >= BATCH)
            this.flush();
    }
    /** Sends the rest and the run's root span; resolves when the collector answered (or gave up). */
    async close() {
        const end = BigInt((this.o.now ?? Date.now)()) * 1000000n;
        this.pending.push({
            traceId: this.traceId,
            spanId: this.rootId,
            name: 'evalgate run',
            kind: SPAN_KIND.internal,
            startNs: this.started,
            endNs: end > this.started ? end : this.started,
            attributes: attrs({ 'evalgate.run_id': this.runId, 'evalgate.calls': this.sent + this.pending.length }),
            events: [],
            status: { code: STATUS.unset },
        });
        this.flush();
        await this.inFlight;
    }
    flush() {
        const spans = this.pending;
        this.pending = [];
        this.sent += spans.length;
        this.inFlight = this.inFlight.then(() => this.send(spans));
    }
    async send(spans) {
        const { config } = this.o;
        const batch = { resource: config.resource, scope: { name: 'evalgate', version: this.o.toolVersion }, spans };
        const secrets = this.o.secrets?.() ?? [];
        let body;
        if (config.protocol === 'http/json') {
            body = (0,mask_secrets/* maskSecrets */.QU)(encodeJson(batch), secrets, '[REDACTED]', (s) => [...new Set([s, JSON.stringify(s).slice(1, -1)])]);
        }
        else {
            // Strings are scrubbed before encoding (protobuf lengths depend on them).
            const scrub = (s) => (0,mask_secrets/* maskSecrets */.QU)(s, secrets, '[REDACTED]');
            body = encodeProtobuf({ ...batch, spans: spans.map((s) => scrubSpan(s, scrub)) });
        }
        const headers = { ...config.headers, 'content-type': config.protocol === 'http/json' ? 'application/json' : 'application/x-protobuf' };
        if (config.gzip) {
            body = await gzip(typeof body === 'string' ? Buffer.from(body) : body);
            headers['content-encoding'] = 'gzip';
        }
        try {
            const res = await (this.o.fetch ?? fetch)(config.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(config.timeoutMs) });
            if (!res.ok)
                this.warnOnce(`OTLP export to ${safeUrl(config.url)} answered HTTP ${res.status}: spans of this run are missing there`);
            await res.arrayBuffer().catch(() => undefined);
        }
        catch (e) {
            this.warnOnce(`OTLP export to ${safeUrl(config.url)} failed (${e instanceof Error ? e.message : String(e)}): spans of this run are missing there`);
        }
    }
    warnOnce(message) {
        if (this.warned)
            return;
        this.warned = true;
        this.o.warn(message);
    }
}
function scrubSpan(s, scrub) {
    const a = s.attributes.map((x) => ('string' in x.value ? { key: x.key, value: { string: scrub(x.value.string) } } : x));
    const events = s.events.map((e) => ({ ...e, attributes: e.attributes.map((x) => ('string' in x.value ? { key: x.key, value: { string: scrub(x.value.string) } } : x)) }));
    return { ...s, attributes: a, events, status: s.status.message ? { ...s.status, message: scrub(s.status.message) } : s.status };
}
/** The endpoint without credentials or query (both may carry secrets) for messages. */
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return 'the OTLP endpoint';
    }
}


/***/ })

};
