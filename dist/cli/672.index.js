export const id = 672;
export const ids = [672];
export const modules = {

/***/ 622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ aggregateCase),
  K: () => (/* binding */ aggregateSuite)
});

// EXTERNAL MODULE: ./lib/src/core/stats/mean.js
var mean = __webpack_require__(1799);
;// CONCATENATED MODULE: ./lib/src/core/stats/percentile.js
// Percentiles for latency aggregates (p50/p95). Linear interpolation between closest ranks
// (the "type 7" definition used by numpy and spreadsheets), so small samples give stable,
// familiar figures instead of jumping from one observed value to the next.
/**
 * The p-th percentile of `values`, p on the 0..100 scale (p50 → `percentile(xs, 50)`).
 * Returns null for an empty list; non-finite values are ignored. Does not mutate `values`.
 */
function percentile(values, p) {
    if (!Number.isFinite(p) || p < 0 || p > 100)
        throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
    const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    const n = sorted.length;
    if (n === 0)
        return null;
    const rank = (p / 100) * (n - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (rank - lo);
}

;// CONCATENATED MODULE: ./lib/src/core/engine/aggregate.js


function aggregateCase(base) {
    const ok = base.samples.filter((s) => s.status === 'ok');
    const score = (0,mean/* mean */.i)(ok.map((s) => s.score ?? 0));
    const passed = ok.filter((s) => s.pass === true).length;
    return {
        ...base,
        score,
        passRate: ok.length === 0 ? null : passed / ok.length,
        // Strict majority: with 2 repeats, one pass and one fail is not a pass.
        pass: ok.length === 0 ? null : passed * 2 > ok.length,
    };
}
/** A sample the model answered (ok, or an answer whose scoring failed): it has tokens and a cost. */
const answered = (s) => s.output !== undefined && (s.status === 'ok' || s.status === 'error');
/** Sums usage; the optional cached-input and reasoning parts appear once some sample reports them. */
function addTokens(into, t) {
    into.input += t.input;
    into.output += t.output;
    if (t.cachedInput !== undefined)
        into.cachedInput = (into.cachedInput ?? 0) + t.cachedInput;
    if (t.reasoning !== undefined)
        into.reasoning = (into.reasoning ?? 0) + t.reasoning;
}
function aggregateSuite(cases, traffic) {
    const counts = { samples: 0, ok: 0, errors: 0, budget: 0, skipped: 0, blocked: 0 };
    const tokens = { input: 0, output: 0 };
    const okTokens = { input: 0, output: 0 };
    const latencies = [];
    let cost = 0;
    let requests = 0;
    let evalCost = 0;
    let cacheHits = 0;
    for (const c of cases) {
        for (const s of c.samples) {
            counts.samples++;
            if (s.status === 'ok')
                counts.ok++;
            else if (s.status === 'error')
                counts.errors++;
            else if (s.status === 'budget')
                counts.budget++;
            else if (s.status === 'skipped')
                counts.skipped++;
            else
                counts.blocked++;
            if (s.cached)
                cacheHits++;
            if (answered(s)) {
                requests++;
                addTokens(tokens, s.tokens);
                if (s.costUsd === null)
                    cost = null;
                else if (cost !== null)
                    cost += s.costUsd;
            }
            if (s.status === 'ok') {
                okTokens.input += s.tokens.input;
                okTokens.output += s.tokens.output;
                if (s.latencyMs !== undefined)
                    latencies.push(s.latencyMs);
            }
            if (s.evalCostUsd === null)
                evalCost = null;
            else if (s.evalCostUsd !== undefined && evalCost !== null)
                evalCost += s.evalCostUsd;
        }
    }
    const scored = cases.map((c) => c.score).filter((x) => x !== null);
    const verdicts = cases.filter((c) => c.pass !== null);
    const costUsd = cost;
    const costPerRequestUsd = costUsd === null || requests === 0 ? null : costUsd / requests;
    return {
        cases: cases.length,
        ...counts,
        meanScore: (0,mean/* mean */.i)(scored),
        passRate: verdicts.length === 0 ? null : verdicts.filter((c) => c.pass === true).length / verdicts.length,
        tokens,
        tokensPerRequest: counts.ok === 0 ? null : { input: okTokens.input / counts.ok, output: okTokens.output / counts.ok },
        costUsd,
        costPerRequestUsd,
        projectedMonthlyCostUsd: costPerRequestUsd !== null && traffic ? costPerRequestUsd * traffic.requestsPerMonth : null,
        priceKnown: cost !== null,
        evalCostUsd: evalCost,
        latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), mean: (0,mean/* mean */.i)(latencies) },
        cacheHits,
    };
}


/***/ }),

/***/ 4835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runEval)
});

;// CONCATENATED MODULE: ./lib/src/core/pricing/table.js
/** The date these prices were last checked against OpenAI's published pricing. */
const PRICES_AS_OF = '2025-11-15';
const BUILTIN_PRICES = {
    // GPT-5 family
    'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
    'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
    'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
    'gpt-5.1': { input: 1.25, output: 10, cachedInput: 0.125 },
    // GPT-4.1 family
    'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
    'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
    'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
    // GPT-4o family; the first 4o snapshot kept its launch price
    'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
    'gpt-4o-2024-05-13': { input: 5, output: 15 },
    'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
    // Reasoning models (reasoning tokens are billed as output tokens and reported in usage.output)
    o1: { input: 15, output: 60, cachedInput: 7.5 },
    o3: { input: 2, output: 8, cachedInput: 0.5 },
    'o3-mini': { input: 1.1, output: 4.4, cachedInput: 0.55 },
    'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
    // Older models still served
    'gpt-4-turbo': { input: 10, output: 30 },
    'gpt-4': { input: 30, output: 60 },
    'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
    // Embeddings (similarity scorers): input only
    'text-embedding-3-small': { input: 0.02, output: 0 },
    'text-embedding-3-large': { input: 0.13, output: 0 },
    'text-embedding-ada-002': { input: 0.1, output: 0 },
};

;// CONCATENATED MODULE: ./lib/src/core/pricing/cost.js

const DATE_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;
/**
 * Names to try, most specific first: as given, without a snapshot date (`gpt-4o-mini-2024-07-18`),
 * without a router prefix (`openai/gpt-4o-mini`), and without both.
 */
function priceCandidates(model) {
    const name = model.trim().toLowerCase();
    const bare = name.slice(name.lastIndexOf('/') + 1);
    return [...new Set([name, name.replace(DATE_SUFFIX, ''), bare, bare.replace(DATE_SUFFIX, '')])];
}
function lowerKeys(table) {
    return new Map(Object.entries(table).map(([k, v]) => [k.trim().toLowerCase(), v]));
}
const builtin = lowerKeys(BUILTIN_PRICES);
function find(lower, candidates) {
    for (const c of candidates) {
        const hit = lower.get(c);
        if (hit)
            return hit;
    }
    return undefined;
}
/**
 * Config overrides win over the built-in table at every level, so `pricing: { gpt-4o-mini: ... }`
 * also prices the dated snapshot the endpoint reports as served.
 */
function priceFor(model, overrides = {}) {
    const candidates = priceCandidates(model);
    return find(lowerKeys(overrides), candidates) ?? find(builtin, candidates);
}
/**
 * USD for this usage; null when the model's price is unknown. Cached input tokens (part of `input`) are
 * billed at the cached-input rate when the price has one, else at the input rate. Reasoning tokens are
 * part of `output` and billed as output.
 */
function costOf(model, usage, overrides = {}, dataset) {
    // `pricing:` wins, then the built-in table (a fast path for common OpenAI models, kept equal to the
    // dataset by a test), then the dataset.
    const candidates = priceCandidates(model);
    const price = priceFor(model, overrides);
    if (!price) {
        if (!dataset)
            return null;
        for (const c of candidates) {
            const usd = dataset(c, usage);
            if (usd !== undefined && Number.isFinite(usd) && usd >= 0)
                return usd;
        }
        return null;
    }
    const cached = Math.min(usage.cachedInput ?? 0, usage.input);
    const input = (usage.input - cached) * price.input + cached * (price.cachedInput ?? price.input);
    return (input + usage.output * price.output) / 1_000_000;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./lib/src/core/engine/aggregate.js + 1 modules
var aggregate = __webpack_require__(622);
// EXTERNAL MODULE: ./lib/src/core/util/canonical-json.js
var canonical_json = __webpack_require__(2090);
// EXTERNAL MODULE: ./lib/src/core/util/hash.js
var hash = __webpack_require__(3585);
// EXTERNAL MODULE: ./lib/src/core/config/provider-settings.js
var provider_settings = __webpack_require__(9174);
;// CONCATENATED MODULE: ./lib/src/core/engine/cache-key.js
// Content-addressed keys for the response cache (and the record/replay store, which is the same thing).
// A key covers everything that changes the answer — the provider settings that affect output, the exact
// messages and the sample index (so `repeat: 3` caches three independent samples) — and nothing secret.
// Which provider settings count is decided once, in config/provider-settings.ts.



/** 12 hex chars identifying the output-affecting settings (results, drift baselines). */
function settingsHash(p) {
    return (0,hash/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)((0,provider_settings/* outputSettings */.xM)(p))).slice(0, 12);
}
function completionCacheKey(p, messages, sample) {
    return (0,hash/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)({ v: 1, kind: 'completion', settings: (0,provider_settings/* outputSettings */.xM)(p), messages, sample }));
}
/** Judge calls are keyed apart from application calls (same messages, different purpose). */
function judgeCacheKey(p, messages) {
    return (0,hash/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)({ v: 1, kind: 'judge', settings: (0,provider_settings/* outputSettings */.xM)(p), messages }));
}
function embeddingCacheKey(p, input) {
    return (0,hash/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)({ v: 1, kind: 'embedding', settings: (0,provider_settings/* outputSettings */.xM)(p), input }));
}
/** Deterministic jitter in [0,1) derived from a request key, so retry timing is reproducible in tests. */
function jitterFor(key, attempt) {
    return Number.parseInt((0,hash/* sha256Hex */.f)(`${key}#${attempt}`).slice(0, 8), 16) / 0x1_0000_0000;
}

// EXTERNAL MODULE: ./lib/src/core/model/types.js
var types = __webpack_require__(8035);
;// CONCATENATED MODULE: ./lib/src/core/engine/retry.js
// Retries live in the engine, not the adapter: the openai SDK ignores Retry-After above 60 s and its own
// backoff is not testable without real waiting. Here backoff sleeps through the Clock port (a fake clock
// makes tests instant) and jitter comes from the caller (derived from the request key: reproducible).
//
// The per-attempt timeout uses a real timer, not the Clock: it bounds real network time, and a fake
// clock whose sleep resolves at once would time every request out. Tests exercise it with a client that
// never answers until its signal aborts, so no assertion depends on how long it took.

const DEFAULT_MAX_RETRY_WAIT_MS = 120_000;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** Retry-After waits from this long on are announced (a run that goes quiet for a minute looks hung). */
const LONG_WAIT_MS = 20_000;
/**
 * A Retry-After wait is stretched by up to this share (at most RETRY_AFTER_MAX_SPREAD_MS), never
 * shortened: requests refused together must not come back together into the next window.
 */
const RETRY_AFTER_SPREAD = 0.25;
const RETRY_AFTER_MAX_SPREAD_MS = 5_000;
/**
 * A 429 is the endpoint saying "later", not a failure of the request: rate-limit retries have their own
 * budget of at least this many (unless maxRetries is 0: no retries at all), so a long throttled run does
 * not lose samples that merely queued behind others.
 */
const MIN_RATE_LIMIT_RETRIES = 8;
/**
 * Fans the run's abort signal out to in-flight attempts through ONE listener: a listener per attempt on
 * the run signal would trip Node's "possible EventTarget memory leak" warning at concurrency > 10.
 */
class AbortHub {
    live = new Set();
    signal;
    constructor(signal) {
        this.signal = signal;
        signal?.addEventListener('abort', () => {
            for (const f of [...this.live])
                f();
        }, { once: true });
    }
    /** Calls `f` on abort (at once if already aborted); returns the unregistration. */
    register(f) {
        if (this.signal?.aborted) {
            f();
            return () => { };
        }
        this.live.add(f);
        return () => this.live.delete(f);
    }
}
/** Exponential backoff with jitter: base·2^(retry-1), capped, scaled into [50%, 100%]. */
function backoffMs(retry, jitter01) {
    const raw = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, retry - 1));
    return Math.round(raw * (0.5 + 0.5 * jitter01));
}
/** The wait for a Retry-After: the asked time plus a jittered spread, capped by the policy. */
function retryAfterWaitMs(retryAfterMs, jitter01, capMs) {
    const spread = Math.min(retryAfterMs * RETRY_AFTER_SPREAD, RETRY_AFTER_MAX_SPREAD_MS);
    return Math.min(capMs, Math.round(retryAfterMs + jitter01 * spread));
}
/**
 * Sleeps on the clock, woken early by the run's abort through the hub (one listener on the run signal
 * for any number of waiters; a listener per waiting retry tripped MaxListenersExceededWarning).
 */
async function hubSleep(clock, ms, hub) {
    if (!hub?.signal)
        return clock.sleep(ms);
    const ctl = new AbortController();
    const unregister = hub.register(() => ctl.abort());
    try {
        await clock.sleep(ms, ctl.signal);
    }
    finally {
        unregister();
    }
}
/** Anything an adapter throws that is not a ModelError is a bug or an unexpected failure: not retried. */
function toModelError(e) {
    if (e instanceof types/* ModelError */.m)
        return e;
    const message = e instanceof Error ? e.message : String(e);
    return new types/* ModelError */.m('client', `unexpected model client failure: ${message}`);
}
async function attemptOnce(fn, timeoutMs, clock, hub) {
    const ctl = new AbortController();
    let timer;
    let unregister;
    // The race makes a client that ignores its AbortSignal still unable to hang the run.
    const stop = new Promise((resolve) => {
        if (timeoutMs > 0) {
            timer = setTimeout(() => {
                const err = new types/* ModelError */.m('timeout', `no answer within ${timeoutMs} ms`);
                ctl.abort(err);
                resolve(err);
            }, timeoutMs);
        }
        unregister = hub?.register(() => {
            const err = new types/* ModelError */.m('aborted', 'run aborted');
            ctl.abort(err);
            resolve(err);
        });
    });
    const started = clock.monotonic();
    const call = fn(ctl.signal).then((value) => ({ ok: true, value, latencyMs: clock.monotonic() - started }), (e) => ({ ok: false, error: toModelError(e) }));
    try {
        const first = await Promise.race([call, stop.then((error) => ({ ok: false, error }))]);
        // When we aborted the attempt (timeout or run abort), the client's rejection typically says just
        // 'aborted'; the reason we aborted is the truth (a timeout is retryable, a run abort is not).
        if (!first.ok && ctl.signal.aborted && ctl.signal.reason instanceof types/* ModelError */.m)
            return { ok: false, error: ctl.signal.reason };
        return first;
    }
    finally {
        if (timer)
            clearTimeout(timer);
        unregister?.();
    }
}
async function withRetries(fn, policy, env) {
    const maxRetries = Math.max(0, Math.floor(policy.maxRetries));
    const maxRateLimitRetries = maxRetries === 0 ? 0 : Math.max(maxRetries, MIN_RATE_LIMIT_RETRIES);
    const sleep = (ms) => hubSleep(env.clock, ms, env.hub);
    const aborted = (attempts) => ({ ok: false, error: new types/* ModelError */.m('aborted', 'run aborted while waiting to retry'), attempts });
    let attempts = 0;
    let retries = 0;
    let rateLimitRetries = 0;
    for (;;) {
        if (env.pacer) {
            try {
                const n = attempts;
                await env.pacer.admit(() => env.jitter(1_000 + n), sleep);
            }
            catch {
                return aborted(attempts);
            }
            if (env.hub?.signal?.aborted)
                return aborted(attempts);
        }
        attempts++;
        const r = await attemptOnce(fn, policy.timeoutMs, env.clock, env.hub);
        if (r.ok) {
            env.pacer?.onAnswer(env.rateLimitOf?.(r.value));
            return { ok: true, value: r.value, attempts, latencyMs: r.latencyMs };
        }
        const error = r.error;
        const rateLimited = error.kind === 'rate-limit';
        if (rateLimited)
            env.pacer?.onRateLimited(error.retryAfterMs, error.rateLimit);
        else
            env.pacer?.onOtherFailure();
        const signal = env.hub?.signal;
        const budgetLeft = rateLimited ? rateLimitRetries < maxRateLimitRetries : retries < maxRetries;
        if (!error.retryable || !budgetLeft || signal?.aborted)
            return { ok: false, error, attempts };
        if (rateLimited)
            rateLimitRetries++;
        else
            retries++;
        let wait = backoffMs(rateLimited ? rateLimitRetries : retries, env.jitter(attempts));
        if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) {
            wait = retryAfterWaitMs(error.retryAfterMs, env.jitter(attempts), policy.maxRetryWaitMs);
            if (error.retryAfterMs > policy.maxRetryWaitMs)
                env.onCappedWait?.(error.retryAfterMs, policy.maxRetryWaitMs);
            else if (wait >= LONG_WAIT_MS)
                env.onLongWait?.(error.retryAfterMs);
        }
        try {
            await sleep(wait);
        }
        catch {
            return aborted(attempts);
        }
        if (signal?.aborted)
            return aborted(attempts);
    }
}

;// CONCATENATED MODULE: ./lib/src/core/engine/rate-governor.js
/** A stale header (an answer from the previous window) differs from the current reset by more than this. */
const SAME_WINDOW_MS = 25;
/** Margin after a reset or cool-down, so a waiter does not arrive a hair before the window opens. */
const WAKE_MARGIN_MS = 5;
/**
 * Spread of waiters' wake-ups after a pause: up to this share of the pause, at most MAX_SPREAD_MS (the
 * budget count decides who goes; the spread only keeps a crowd from landing on the same millisecond).
 */
const SPREAD_SHARE = 0.1;
const MAX_SPREAD_MS = 20;
/** Admission re-checks after a wait at most this often (a fake clock that does not advance cannot spin). */
const MAX_ADMIT_ROUNDS = 4;
class RateGovernor {
    now;
    limiter;
    maxConcurrency;
    maxPauseMs;
    pauseUntil = 0;
    /** Requests the endpoint will still take before `resetAt`; undefined when it never said. */
    remaining;
    limit;
    resetAt = 0;
    /** The window was renewed locally (limit known, reset passed): the next header refines it, never raises it. */
    renewed = false;
    inflight = 0;
    okSinceResize = 0;
    lastCutAt = Number.NEGATIVE_INFINITY;
    constructor(now, limiter, 
    /** The configured concurrency: AIMD never goes above it. */
    maxConcurrency, 
    /** Longest pause honoured (the run's longest retry wait). */
    maxPauseMs) {
        this.now = now;
        this.limiter = limiter;
        this.maxConcurrency = maxConcurrency;
        this.maxPauseMs = maxPauseMs;
    }
    get concurrency() {
        return this.limiter.concurrency;
    }
    /** Waits (through `sleep`) until a request may go out, then counts it. */
    async admit(jitter01, sleep) {
        for (let round = 0; round < MAX_ADMIT_ROUNDS; round++) {
            const wait = this.waitMs();
            if (wait <= 0)
                break;
            await sleep(Math.min(this.maxPauseMs, wait + WAKE_MARGIN_MS + Math.round(jitter01() * Math.min(MAX_SPREAD_MS, wait * SPREAD_SHARE))));
        }
        if (this.remaining !== undefined)
            this.remaining--;
        this.inflight++;
    }
    waitMs() {
        const now = this.now();
        if (this.remaining !== undefined && now >= this.resetAt) {
            this.remaining = this.limit;
            this.renewed = this.limit !== undefined;
        }
        let until = this.pauseUntil;
        if (this.remaining !== undefined && this.remaining <= 0)
            until = Math.max(until, this.resetAt);
        return until - now;
    }
    /** An answer came back (any status but 429). */
    onAnswer(info) {
        this.inflight = Math.max(0, this.inflight - 1);
        this.observe(info);
        if (this.limiter.concurrency >= this.maxConcurrency)
            return;
        if (++this.okSinceResize >= this.limiter.concurrency) {
            this.limiter.concurrency = this.limiter.concurrency + 1;
            this.okSinceResize = 0;
        }
    }
    /** A 429: pause the provider for the Retry-After (or 1 s) and halve concurrency once per pause. */
    onRateLimited(retryAfterMs, info) {
        this.inflight = Math.max(0, this.inflight - 1);
        this.observe(info);
        const now = this.now();
        const pause = Math.min(this.maxPauseMs, retryAfterMs ?? 1_000);
        this.pauseUntil = Math.max(this.pauseUntil, now + pause);
        if (this.remaining !== undefined)
            this.remaining = Math.min(this.remaining, 0);
        if (now - this.lastCutAt >= pause) {
            this.lastCutAt = now;
            this.limiter.concurrency = Math.max(1, Math.floor(this.limiter.concurrency / 2));
            this.okSinceResize = 0;
        }
    }
    /** Any other failure (timeout, network, 5xx): the request is no longer out. */
    onOtherFailure() {
        this.inflight = Math.max(0, this.inflight - 1);
    }
    observe(info) {
        if (!info)
            return;
        const now = this.now();
        if (info.limitRequests !== undefined)
            this.limit = info.limitRequests;
        if (info.remainingRequests !== undefined && info.resetRequestsMs !== undefined) {
            const resetAt = now + info.resetRequestsMs;
            const later = resetAt > this.resetAt + SAME_WINDOW_MS;
            if (this.remaining !== undefined && this.renewed) {
                // The local count since the renewal is exact for our own requests; the header adds others'.
                if (later) {
                    this.remaining = Math.min(this.remaining, info.remainingRequests);
                    this.resetAt = resetAt;
                    this.renewed = false;
                }
            }
            else if (this.remaining === undefined || later) {
                // A window we did not count from its start: requests still out may not be in the header yet.
                this.remaining = info.remainingRequests - Math.max(0, this.inflight);
                this.resetAt = resetAt;
            }
            else if (resetAt >= this.resetAt - SAME_WINDOW_MS) {
                this.remaining = Math.min(this.remaining, info.remainingRequests);
            }
            // else: an answer from an earlier window, arriving late.
        }
        // Tokens cannot be counted ahead (a request's size is known only after): pause when they ran out.
        if (info.remainingTokens === 0 && info.resetTokensMs !== undefined) {
            this.pauseUntil = Math.max(this.pauseUntil, now + Math.min(this.maxPauseMs, info.resetTokensMs));
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/core/engine/context.js



const REDACT_MEMO_SIZE = 4096;
const REDACT_MEMO_CHARS = 2_000_000;
const REDACT_MEMO_MAX_TEXT = 20_000;
class RunContext {
    options;
    deps;
    providerDefaults;
    hub;
    maxRetryWaitMs;
    ttlMs;
    redactOn;
    /** Stored text goes through redact(): governance is on, or known secrets are to be masked. */
    scrubOn;
    spend = { knownUsd: 0, capReached: false };
    limiters = new Map();
    governors = new Map();
    warned = new Set();
    /**
     * redact() results by text. The same text is redacted more than once per sample (an answer for the
     * cache decision and for the results; a passing assertion's reason repeats across cases), and the
     * detectors are the engine's largest CPU cost after the HTTP client. Redaction is a pure function of
     * the text for the whole run (the secrets and the governance settings are fixed), so reuse is exact.
     */
    redacted = new Map();
    redactedChars = 0;
    /** Answers with personal data kept out of the cache/recordings (governance.redactTraces). */
    notCachedPii = 0;
    /** Answers with a known secret in them: masked in results and trace, never cached. By secret name. */
    secretsEchoed = new Set();
    notCachedSecret = 0;
    /** Set when a trace write failed: the run stops, since the audit log would have a hole. */
    fatal;
    /** The price dataset loaded for this run, if any (see pricing/cost). */
    priceDataset;
    constructor(options, deps, 
    /** Concurrency per provider id when the provider does not set one (max of its suites). */
    providerDefaults) {
        this.options = options;
        this.deps = deps;
        this.providerDefaults = providerDefaults;
        this.hub = new AbortHub(options.signal);
        this.maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
        this.ttlMs = options.cacheTtlHours > 0 ? options.cacheTtlHours * 3_600_000 : 0;
        this.redactOn = Boolean(options.governance?.redactTraces && deps.redact);
        this.scrubOn = this.redactOn || deps.scrubSecrets !== undefined;
    }
    get stopped() {
        return this.fatal !== undefined || Boolean(this.options.signal?.aborted);
    }
    /** One limiter per provider id: the endpoint's rate limits are what concurrency protects. */
    providerLimit(p) {
        let l = this.limiters.get(p.id);
        if (!l) {
            const n = this.options.concurrency ?? p.concurrency ?? this.providerDefaults.get(p.id) ?? 4;
            const max = Math.max(1, Math.floor(n));
            l = (0,p_limit/* default */.A)(max);
            this.limiters.set(p.id, l);
            this.governors.set(p.id, new RateGovernor(() => this.deps.clock.monotonic(), l, max, this.maxRetryWaitMs));
        }
        return l;
    }
    /** Paces the provider's requests by its rate limits and adapts its concurrency (see rate-governor.ts). */
    governor(p) {
        this.providerLimit(p);
        return this.governors.get(p.id);
    }
    warn(message) {
        this.deps.warn?.(message);
    }
    warnOnce(key, message) {
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        this.deps.warn?.(message);
    }
    /**
     * What may be stored of a text: known secrets masked (always), then personal data redacted when
     * governance.redactTraces is on. `count` is the governance redactions only (the figure it reports).
     */
    redact(text) {
        const known = this.redacted.get(text);
        if (known)
            return known;
        const masked = this.deps.scrubSecrets ? this.deps.scrubSecrets(text).text : text;
        const out = !this.redactOn || !this.deps.redact ? { text: masked, count: 0 } : this.deps.redact(masked);
        // Bounded in entries and characters: recent texts only (memory must not grow with the run).
        if (text.length > REDACT_MEMO_MAX_TEXT)
            return out;
        if (this.redacted.size >= REDACT_MEMO_SIZE || this.redactedChars > REDACT_MEMO_CHARS) {
            this.redacted.clear();
            this.redactedChars = 0;
        }
        this.redacted.set(text, out);
        this.redactedChars += text.length;
        return out;
    }
    /** Whether an answer holds a known secret (counted once, for the end-of-run warning). */
    holdsSecret(text) {
        if (!this.deps.scrubSecrets)
            return false;
        const { text: masked, count } = this.deps.scrubSecrets(text);
        if (count === 0)
            return false;
        for (const m of masked.matchAll(/\[secret: ([^\]]+)\]/g))
            this.secretsEchoed.add(m[1]);
        return true;
    }
    /** Adds live spend (never cached answers) and notes when the cap is reached. */
    addSpend(costUsd, model) {
        if (costUsd === null) {
            if (this.options.maxCostUsd !== undefined) {
                this.warnOnce(`price:${model}`, `price of model "${model}" is unknown: its requests cannot count toward --max-cost (add it under pricing:)`);
            }
            return;
        }
        this.spend.knownUsd += costUsd;
        if (this.options.maxCostUsd !== undefined && this.spend.knownUsd >= this.options.maxCostUsd)
            this.spend.capReached = true;
    }
    /** Whether a new live request may go out (false once the cost cap is reached or the run stopped). */
    maySend() {
        if (this.stopped)
            return false;
        return !this.spend.capReached;
    }
    async trace(record) {
        const sink = this.deps.trace;
        if (!sink)
            return;
        const full = { ts: new Date(this.deps.clock.now()).toISOString(), runId: this.options.runId, ...record };
        if (this.options.actor !== undefined)
            full.actor = this.options.actor;
        if (this.options.commit !== undefined)
            full.commit = this.options.commit;
        try {
            await sink.write(full);
        }
        catch (e) {
            this.fatal ??= e;
            throw e;
        }
    }
}

// EXTERNAL MODULE: ./lib/src/core/model/content.js
var model_content = __webpack_require__(2631);
// EXTERNAL MODULE: ./lib/src/core/prompt/render.js
var render = __webpack_require__(9571);
;// CONCATENATED MODULE: ./lib/src/core/engine/token-budget.js
// Token budget: estimate a request's size before sending it, so an over-long prompt is reported as
// `budget` instead of costing money or failing with a context-length error.
//
// Heuristic (user docs for maxRequestTokens should quote it): ceil(chars / 4) per message content,
// plus 4 tokens of per-message framing (role, separators) and 3 for the reply priming — the figures
// OpenAI's cookbook gives for chat formatting. English text averages ~4 chars per token; the estimate
// is deliberately simple and may undercount non-Latin scripts, so keep some headroom in the budget.
// The provider's maxTokens (the longest reply we allow) is added: a budget limits the whole request.

const CHARS_PER_TOKEN = 4;
const MESSAGE_OVERHEAD_TOKENS = 4;
const REPLY_PRIMING_TOKENS = 3;
/** An image at detail `high` in a 1024×1024 frame costs OpenAI models 765 tokens; counted that way for every image. */
const IMAGE_TOKENS = 765;
function estimateInputTokens(messages) {
    let total = REPLY_PRIMING_TOKENS;
    for (const m of messages) {
        total += Math.ceil((0,model_content/* contentText */.Tf)(m.content).length / CHARS_PER_TOKEN) + MESSAGE_OVERHEAD_TOKENS + (0,model_content/* imageCount */.XJ)(m.content) * IMAGE_TOKENS;
    }
    return total;
}
/** Estimated input tokens + the reply allowance (provider maxTokens, 0 when unset). */
function estimateRequestTokens(messages, maxTokens) {
    return estimateInputTokens(messages) + (maxTokens ?? 0);
}

;// CONCATENATED MODULE: ./lib/src/core/engine/prepare.js
// Per (job, case) work done once and shared by all its samples: render the prompt, scan it
// (governance.scanInputs), estimate its size against the token budget, and redact the copy that
// goes into traces.



function prepareCase(run, suite, c) {
    let messages;
    try {
        messages = (0,render/* renderPrompt */.n)(suite.template, c.vars);
    }
    catch (e) {
        return { kind: 'render-error', message: e instanceof Error ? e.message : String(e) };
    }
    // Traces show an inline image as its type and size, not its bytes.
    let traceMessages = messages.some((m) => (0,model_content/* imageCount */.XJ)(m.content) > 0) ? messages.map((m) => ({ role: m.role, content: (0,model_content/* shortenDataUrls */.ER)(m.content) })) : messages;
    let traceRedactions = 0;
    if (run.scrubOn) {
        traceMessages = messages.map((m) => {
            const content = (0,model_content/* mapContent */.SP)(m.content, (t) => {
                const r = run.redact(t);
                traceRedactions += r.count;
                return r.text;
            });
            return { role: m.role, content: (0,model_content/* shortenDataUrls */.ER)(content) };
        });
    }
    const shared = { messages, traceMessages, traceRedactions };
    const mode = run.options.governance?.scanInputs ?? 'off';
    if (mode !== 'off' && run.deps.scanInput) {
        const hit = run.deps.scanInput(messages.map((m) => (0,model_content/* contentText */.Tf)(m.content)).join('\n'));
        if (hit.count > 0) {
            const what = `${hit.count} value(s) of ${hit.categories.join(', ') || 'sensitive data'}`;
            if (mode === 'block') {
                run.warnOnce(`scan:${suite.name}:${c.id}`, `${suite.name} / ${c.id}: rendered prompt contains ${what}; not sent (governance.scanInputs: block)`);
                return { kind: 'blocked', ...shared, message: `input contains ${what} (governance.scanInputs: block)` };
            }
            run.warnOnce(`scan:${suite.name}:${c.id}`, `${suite.name} / ${c.id}: rendered prompt contains ${what}; sent anyway (governance.scanInputs: warn)`);
        }
    }
    if (suite.maxRequestTokens !== undefined) {
        const estimate = estimateRequestTokens(messages, suite.provider.maxTokens);
        if (estimate > suite.maxRequestTokens) {
            return {
                kind: 'budget',
                ...shared,
                message: `estimated ${estimate} tokens (prompt + maxTokens ${suite.provider.maxTokens ?? 0}) exceed maxRequestTokens ${suite.maxRequestTokens}`,
            };
        }
    }
    return { kind: 'ready', ...shared };
}

;// CONCATENATED MODULE: ./lib/src/core/engine/redact-value.js
// Redacts every string inside a JSON-like value (case vars are shown in results and PR comments).
function redactValue(value, redact) {
    if (typeof value === 'string') {
        const r = redact(value);
        return { value: r.text, count: r.count };
    }
    if (Array.isArray(value)) {
        let count = 0;
        const out = value.map((v) => {
            const r = redactValue(v, redact);
            count += r.count;
            return r.value;
        });
        return { value: out, count };
    }
    if (value !== null && typeof value === 'object') {
        let count = 0;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const r = redactValue(v, redact);
            count += r.count;
            out[k] = r.value;
        }
        return { value: out, count };
    }
    return { value, count: 0 };
}

// EXTERNAL MODULE: ./lib/src/core/scorers/deterministic/common.js
var common = __webpack_require__(7486);
// EXTERNAL MODULE: ./lib/src/core/scorers/negate.js
var negate = __webpack_require__(1982);
// EXTERNAL MODULE: ./lib/src/core/scorers/registry.js + 9 modules
var registry = __webpack_require__(9980);
;// CONCATENATED MODULE: ./lib/src/core/scorers/apply.js



async function runOne(spec, ctx, reg) {
    const weight = spec.weight ?? 1;
    const found = (0,registry/* lookupScorer */.Xk)(reg, spec.type);
    let outcome;
    if (!found) {
        outcome = (0,common/* errorOutcome */.zY)(`unknown assertion type "${spec.type}"`);
    }
    else {
        try {
            outcome = await found.scorer.score(spec, ctx);
        }
        catch (e) {
            outcome = (0,common/* errorOutcome */.zY)(e instanceof Error ? e.message : String(e));
        }
        outcome = checked(outcome);
        // The assertion's own threshold decides pass for graded scores, before negation flips it.
        if (outcome.error === undefined && spec.threshold !== undefined)
            outcome = { ...outcome, pass: outcome.score >= spec.threshold };
        if (found.negate)
            outcome = (0,negate/* negateOutcome */.v)(outcome);
    }
    return { type: spec.type, weight, ...outcome, ...oneLine(outcome) };
}
/** Reasons and errors land in one-line table cells and PR comments, whatever a scorer wrote. */
function oneLine(o) {
    const flat = (s) => s.replace(/\r?\n/g, '\\n');
    return o.error === undefined ? { reason: flat(o.reason) } : { reason: flat(o.reason), error: flat(o.error) };
}
/** A scorer bug (NaN, score out of range) must not turn into a plausible number. */
function checked(o) {
    if (o.error !== undefined)
        return { ...o, score: 0, pass: false };
    if (!Number.isFinite(o.score))
        return (0,common/* errorOutcome */.zY)(`scorer returned score ${o.score}`);
    // Float noise (a cosine of 1.0000000002) is clamped; anything further out is a bug.
    if (o.score < -1e-9 || o.score > 1 + 1e-9)
        return (0,common/* errorOutcome */.zY)(`scorer returned score ${o.score} outside [0,1]`);
    return { ...o, score: Math.min(1, Math.max(0, o.score)) };
}
/**
 * threshold undefined: the sample passes iff every counting assertion passes; otherwise iff the weighted
 * score reaches it. Weight-0 assertions are reported but neither count nor turn the sample into an error.
 */
async function scoreSample(specs, ctx, reg, threshold) {
    const assertions = await Promise.all(specs.map((spec) => runOne(spec, ctx, reg)));
    const counting = assertions.filter((a) => a.weight > 0);
    const errors = counting.filter((a) => a.error !== undefined);
    const decided = counting.filter((a) => a.error === undefined);
    const totalWeight = decided.reduce((s, a) => s + a.weight, 0);
    const score = totalWeight > 0 ? decided.reduce((s, a) => s + a.weight * a.score, 0) / totalWeight : errors.length > 0 ? 0 : 1;
    const pass = errors.length === 0 && (threshold === undefined ? decided.every((a) => a.pass) : score >= threshold);
    let evalCostUsd = 0;
    const evalTokens = { input: 0, output: 0 };
    for (const a of assertions) {
        if (a.evalCostUsd === null)
            evalCostUsd = null;
        else if (a.evalCostUsd !== undefined && evalCostUsd !== null)
            evalCostUsd += a.evalCostUsd;
        if (a.evalTokens) {
            evalTokens.input += a.evalTokens.input;
            evalTokens.output += a.evalTokens.output;
        }
    }
    const result = { score, pass, assertions, evalCostUsd, evalTokens };
    if (errors.length > 0)
        result.error = errors.map((a) => `${a.type}: ${a.error}`).join('; ');
    return result;
}

;// CONCATENATED MODULE: ./lib/src/core/engine/request.js
// One model call as the engine makes it: response cache (by cacheMode), provider concurrency, cost-cap
// check right before sending, retries. Shared by application calls and judge/embedding calls so both
// get the same cache, limits and retry semantics.





function lazyKey(compute) {
    let key;
    return () => (key ??= compute());
}
async function readCache(run, key) {
    const mode = run.options.cacheMode;
    const cache = run.deps.cache;
    if (!cache || (mode !== 'use' && mode !== 'replay'))
        return undefined;
    let hit;
    try {
        hit = await cache.get(key());
    }
    catch (e) {
        run.warnOnce('cache-read', `response cache could not be read (${e.message}); calling the model instead`);
        return undefined;
    }
    // Recordings never expire; the TTL is for the live cache only.
    if (hit && mode === 'use' && run.ttlMs > 0 && run.deps.clock.now() - hit.storedAt > run.ttlMs)
        return undefined;
    return hit;
}
function writesCache(run) {
    const mode = run.options.cacheMode;
    return run.deps.cache !== undefined && (mode === 'use' || mode === 'refresh');
}
async function writeCache(run, key, value) {
    if (!writesCache(run))
        return;
    try {
        await run.deps.cache.set(key(), value);
    }
    catch (e) {
        run.warnOnce('cache-write', `response cache could not be written (${e.message}); results are unaffected`);
    }
}
async function liveCall(run, provider, key, opts, call, price) {
    if (run.options.cacheMode === 'replay') {
        return { status: 'error', error: new types/* ModelError */.m('replay-miss', 'no recorded response for this request (replay mode)'), attempts: 0 };
    }
    const providerLimit = run.providerLimit(provider);
    const send = async () => {
        // Checked after the slot is granted: requests queued behind the cap must not go out.
        if (opts.respectCap ? !run.maySend() : run.stopped)
            return { status: 'skipped' };
        const outer = opts.signal;
        const r = await withRetries((signal) => call(outer ? AbortSignal.any([signal, outer]) : signal), { maxRetries: provider.maxRetries, timeoutMs: provider.timeoutMs, maxRetryWaitMs: run.maxRetryWaitMs }, {
            clock: run.deps.clock,
            hub: run.hub,
            pacer: run.governor(provider),
            rateLimitOf: (v) => v.rateLimit,
            jitter: (attempt) => jitterFor(key(), attempt),
            onCappedWait: (requested, capped) => run.warnOnce(`retry-cap:${provider.id}`, `provider "${provider.id}" asked to retry after ${Math.round(requested / 1000)} s; waiting ${Math.round(capped / 1000)} s instead (evalgate's longest wait)`),
            onLongWait: (wait) => run.warnOnce(`retry-wait:${provider.id}`, `provider "${provider.id}" asked to retry after ${Math.round(wait / 1000)} s (rate limit); waiting`),
        });
        if (!r.ok)
            return { status: 'error', error: r.error, attempts: r.attempts };
        // Spend is added before the slot is released, so the next request sees it when checking the cap.
        const costUsd = price(r.value);
        run.addSpend(costUsd, provider.model);
        return { status: 'ok', value: r.value, latencyMs: r.latencyMs, attempts: r.attempts, cached: false, costUsd };
    };
    // Slots are held only while the request is out (incl. retry waits: backpressure on a rate limit);
    // scoring and the trace write happen after they are released.
    const slot = opts.slot;
    return slot ? slot(() => providerLimit(send)) : providerLimit(send);
}
/**
 * A gateway's reported charge wins (it knows discounts and routing); otherwise the price table, by the
 * requested name first (pricing: keys are config names), then by the served id.
 */
function completionPrice(run, provider, r) {
    if (r.reportedCostUsd !== undefined)
        return r.reportedCostUsd;
    if (!r.usage)
        return null;
    const byRequested = costOf(provider.model, r.usage, run.deps.pricing, run.priceDataset);
    if (byRequested !== null || r.servedModel === undefined || r.servedModel === provider.model)
        return byRequested;
    return costOf(r.servedModel, r.usage, run.deps.pricing, run.priceDataset);
}
function embeddingPrice(run, provider, r) {
    return r.usage ? costOf(provider.model, r.usage, run.deps.pricing, run.priceDataset) : null;
}
function describeForCache(run, d) {
    const shown = { ...d, messages: d.messages.map((m) => ({ role: m.role, content: (0,model_content/* shortenDataUrls */.ER)(m.content) })) };
    if (!run.scrubOn)
        return shown;
    return { ...shown, messages: shown.messages.map((m) => ({ role: m.role, content: (0,model_content/* mapContent */.SP)(m.content, (t) => run.redact(t).text) })) };
}
/**
 * With governance.redactTraces on, an answer (application or judge) in which the detector finds personal
 * data or a secret is not written to the response cache or to recordings: the cache must hold the raw
 * answer for a replay to score identically, and a redacted copy would score differently. Such requests
 * are simply asked again next time (a replay reports them as replay-miss). Counted for one warning.
 */
function keepsOutOfCache(run, output) {
    // A known secret (a key or token the model echoed) never goes to disk, whatever governance says.
    if (run.holdsSecret(output)) {
        run.notCachedSecret++;
        return true;
    }
    if (!run.redactOn || run.redact(output).count === 0)
        return false;
    run.notCachedPii++;
    return true;
}
/** Text and tool-call arguments: what the redaction check must see. */
function answerText(r) {
    return r.toolCalls ? `${r.output}\n${JSON.stringify(r.toolCalls)}` : r.output;
}
async function cachedCompletion(run, provider, messages, key, opts) {
    const hit = await readCache(run, key);
    if (hit) {
        const value = { output: hit.output };
        if (hit.toolCalls !== undefined)
            value.toolCalls = hit.toolCalls;
        if (hit.reportedCostUsd !== undefined)
            value.reportedCostUsd = hit.reportedCostUsd;
        if (hit.servedModel !== undefined)
            value.servedModel = hit.servedModel;
        if (hit.systemFingerprint !== undefined)
            value.systemFingerprint = hit.systemFingerprint;
        if (hit.usage !== undefined)
            value.usage = hit.usage;
        return { status: 'ok', value, latencyMs: hit.latencyMs, attempts: 0, cached: true, costUsd: completionPrice(run, provider, value) };
    }
    const out = await liveCall(run, provider, key, opts, (signal) => run.deps.model.complete({ provider, messages, signal }), (v) => completionPrice(run, provider, v));
    if (out.status === 'ok' && writesCache(run) && !keepsOutOfCache(run, answerText(out.value))) {
        const v = out.value;
        const entry = { output: v.output, latencyMs: out.latencyMs, storedAt: run.deps.clock.now() };
        if (v.toolCalls !== undefined)
            entry.toolCalls = v.toolCalls;
        if (v.reportedCostUsd !== undefined)
            entry.reportedCostUsd = v.reportedCostUsd;
        if (v.servedModel !== undefined)
            entry.servedModel = v.servedModel;
        if (v.systemFingerprint !== undefined)
            entry.systemFingerprint = v.systemFingerprint;
        if (v.usage !== undefined)
            entry.usage = v.usage;
        const request = describeForCache(run, opts.describe);
        if (request)
            entry.request = request;
        await writeCache(run, key, entry);
    }
    return out;
}
async function cachedEmbedding(run, provider, input, key, opts) {
    const embed = run.deps.model.embed?.bind(run.deps.model);
    const hit = await readCache(run, key);
    if (hit) {
        try {
            const vectors = JSON.parse(hit.output);
            const value = { vectors };
            if (hit.usage !== undefined)
                value.usage = hit.usage;
            return { status: 'ok', value, latencyMs: hit.latencyMs, attempts: 0, cached: true, costUsd: embeddingPrice(run, provider, value) };
        }
        catch {
            // A corrupt entry is a miss.
        }
    }
    if (!embed) {
        return { status: 'error', error: new types/* ModelError */.m('client', 'the model client does not support embeddings'), attempts: 0 };
    }
    const out = await liveCall(run, provider, key, opts, (signal) => embed({ provider, input, signal }), (v) => embeddingPrice(run, provider, v));
    if (out.status === 'ok' && writesCache(run)) {
        const entry = { output: JSON.stringify(out.value.vectors), latencyMs: out.latencyMs, storedAt: run.deps.clock.now() };
        if (out.value.usage !== undefined)
            entry.usage = out.value.usage;
        const request = describeForCache(run, opts.describe);
        if (request)
            entry.request = request;
        await writeCache(run, key, entry);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/core/engine/judge-service.js
// The JudgeService handed to model-graded scorers. Judge and embedding calls go through the same cache,
// provider concurrency and retries as application calls, are traced with kind 'judge' / 'embedding',
// and their cost is returned to the scorer (reported as evaluation cost, apart from production cost).
// They do not check the cost cap: they finish grading answers already paid for; their live spend does
// count toward it, so the next application request sees it.




function failure(out) {
    if (out.status === 'error')
        return out.error;
    return new types/* ModelError */.m('aborted', 'run stopped before the judge call was sent');
}
function createJudgeService(run, scope) {
    const traceBase = (kind, provider, messages) => {
        let redactions = 0;
        const shown = run.scrubOn
            ? messages.map((m) => {
                const content = (0,model_content/* mapContent */.SP)(m.content, (t) => {
                    const r = run.redact(t);
                    redactions += r.count;
                    return r.text;
                });
                return { role: m.role, content };
            })
            : messages;
        return {
            record: {
                label: scope.label,
                kind,
                suite: scope.suite,
                caseId: scope.caseId,
                sample: scope.sample,
                promptVersion: scope.promptVersion,
                provider: provider.id,
                modelRequested: provider.model,
                messages: shown,
            },
            redactions,
        };
    };
    const service = {
        provider(name) {
            if (name === undefined)
                return scope.defaultJudge;
            return run.deps.providers?.[name];
        },
        async complete(provider, messages, opts) {
            const key = lazyKey(() => judgeCacheKey(provider, messages));
            const callOpts = { respectCap: false, describe: { model: provider.model, messages, sample: scope.sample } };
            const out = await cachedCompletion(run, provider, messages, key, opts?.signal ? { ...callOpts, signal: opts.signal } : callOpts);
            const { record, redactions } = traceBase('judge', provider, messages);
            if (out.status !== 'ok') {
                const err = failure(out);
                await run.trace({ ...record, cacheHit: false, attempts: out.status === 'error' ? out.attempts : 0, status: out.status === 'error' ? 'error' : 'skipped', error: { kind: err.kind, message: run.redact(err.message).text } });
                throw err;
            }
            const r = out.value;
            const costUsd = out.costUsd;
            const shownOutput = run.redact(r.output);
            const t = {
                ...record,
                output: shownOutput.text,
                costUsd,
                latencyMs: out.latencyMs,
                cacheHit: out.cached,
                attempts: out.attempts,
                status: 'ok',
            };
            if (r.servedModel !== undefined)
                t.modelServed = r.servedModel;
            if (r.systemFingerprint !== undefined)
                t.systemFingerprint = r.systemFingerprint;
            if (r.finishReason !== undefined)
                t.finishReason = r.finishReason;
            if (r.usage)
                t.tokens = r.usage;
            if (run.redactOn)
                t.redactions = redactions + shownOutput.count;
            await run.trace(t);
            return { response: r, costUsd };
        },
    };
    if (run.deps.model.embed) {
        service.embed = async (provider, input, opts) => {
            const key = lazyKey(() => embeddingCacheKey(provider, input));
            const messages = input.map((content) => ({ role: 'user', content }));
            const callOpts = { respectCap: false, describe: { model: provider.model, messages, sample: scope.sample } };
            const out = await cachedEmbedding(run, provider, input, key, opts?.signal ? { ...callOpts, signal: opts.signal } : callOpts);
            const { record, redactions } = traceBase('embedding', provider, messages);
            if (out.status !== 'ok') {
                const err = failure(out);
                await run.trace({ ...record, cacheHit: false, attempts: out.status === 'error' ? out.attempts : 0, status: out.status === 'error' ? 'error' : 'skipped', error: { kind: err.kind, message: run.redact(err.message).text } });
                throw err;
            }
            const costUsd = out.costUsd;
            const t = {
                ...record,
                costUsd,
                latencyMs: out.latencyMs,
                cacheHit: out.cached,
                attempts: out.attempts,
                status: 'ok',
            };
            if (out.value.usage)
                t.tokens = out.value.usage;
            if (run.redactOn)
                t.redactions = redactions;
            await run.trace(t);
            return { response: out.value, costUsd };
        };
    }
    return service;
}

;// CONCATENATED MODULE: ./lib/src/core/engine/sample.js





const NO_TOKENS = { input: 0, output: 0 };
function unsent(index, status, kind, message) {
    return { index, status, error: { kind, message }, assertions: [], tokens: { ...NO_TOKENS }, costUsd: null, cached: false, attempts: 0 };
}
/** Tool-call arguments are model output too: every string in them is redacted like the text. */
function redactToolCalls(run, calls) {
    if (!run.scrubOn)
        return { calls, count: 0 };
    let count = 0;
    const shown = calls.map((c) => {
        const r = redactValue(c.arguments, (text) => run.redact(text));
        count += r.count;
        return { ...c, arguments: r.value };
    });
    return { calls: shown, count };
}
async function runSample(run, scope, prep) {
    const { suite, testCase: c, index } = scope;
    const provider = suite.provider;
    const base = {
        label: scope.label,
        kind: 'completion',
        suite: suite.name,
        caseId: c.id,
        sample: index,
        promptVersion: suite.promptVersion,
        provider: provider.id,
        modelRequested: provider.model,
        messages: prep.kind === 'render-error' ? [] : prep.traceMessages,
        cacheHit: false,
        attempts: 0,
        status: 'ok',
    };
    const traceRedactions = prep.kind === 'render-error' ? 0 : prep.traceRedactions;
    const finish = async (sample, redactions, extra = {}) => {
        const t = { ...base, status: sample.status, cacheHit: sample.cached, attempts: sample.attempts, ...extra };
        if (sample.error)
            t.error = sample.error;
        if (run.redactOn)
            t.redactions = traceRedactions + (extra.redactions ?? 0);
        await run.trace(t);
        return { sample, redactions };
    };
    if (prep.kind === 'render-error')
        return finish(unsent(index, 'error', 'render', prep.message), 0);
    if (prep.kind === 'blocked')
        return finish(unsent(index, 'blocked', 'blocked', prep.message), 0);
    if (prep.kind === 'budget')
        return finish(unsent(index, 'budget', 'budget', prep.message), 0);
    const key = lazyKey(() => completionCacheKey(provider, prep.messages, index));
    const out = await cachedCompletion(run, provider, prep.messages, key, {
        respectCap: true,
        slot: scope.slot,
        describe: { model: provider.model, messages: prep.messages, sample: index },
    });
    if (out.status === 'skipped') {
        const why = run.spend.capReached ? ['cost-cap', `run cost cap of $${run.options.maxCostUsd} reached; not sent`] : ['aborted', 'run stopped; not sent'];
        return finish(unsent(index, 'skipped', why[0], why[1]), 0);
    }
    if (out.status === 'error') {
        const s = unsent(index, 'error', out.error.kind, run.redact(out.error.message).text);
        s.attempts = out.attempts;
        return finish(s, 0);
    }
    const r = out.value;
    const tokens = r.usage ?? { ...NO_TOKENS };
    const costUsd = out.costUsd;
    const ctx = {
        output: r.output,
        ...(r.toolCalls ? { toolCalls: r.toolCalls } : {}),
        ...(provider.tools ? { tools: provider.tools } : {}),
        vars: c.vars,
        messages: prep.messages,
        latencyMs: out.latencyMs,
        costUsd,
        tokens,
        suite: suite.name,
        caseId: c.id,
    };
    // Built on first use: most samples have no model-graded assertion and never need a judge.
    let judge;
    Object.defineProperty(ctx, 'judge', {
        enumerable: true,
        get: () => (judge ??= createJudgeService(run, {
            label: scope.label,
            suite: suite.name,
            caseId: c.id,
            sample: index,
            promptVersion: suite.promptVersion,
            ...(suite.judge ? { defaultJudge: suite.judge } : {}),
        })),
    });
    if (c.expected !== undefined)
        ctx.expected = c.expected;
    if (run.deps.functions)
        ctx.functions = run.deps.functions;
    if (run.options.signal)
        ctx.signal = run.options.signal;
    // Scoring sees the real output; only what is stored and traced is redacted.
    const shownOutput = run.redact(r.output);
    let redactions = shownOutput.count;
    const sample = {
        index,
        status: 'ok',
        output: shownOutput.text,
        assertions: [],
        tokens,
        // 0.1 ms is finer than anything a network request can tell apart; the rest is noise in every file.
        latencyMs: Math.round(out.latencyMs * 10) / 10,
        costUsd,
        cached: out.cached,
        attempts: out.attempts,
    };
    if (r.servedModel !== undefined)
        sample.servedModel = r.servedModel;
    if (r.systemFingerprint !== undefined)
        sample.systemFingerprint = r.systemFingerprint;
    let shownCalls;
    let callRedactions = 0;
    if (r.toolCalls) {
        const rc = redactToolCalls(run, r.toolCalls);
        shownCalls = rc.calls;
        callRedactions = rc.count;
        redactions += rc.count;
        sample.toolCalls = shownCalls;
    }
    try {
        const scored = await scoreSample(c.assertions, ctx, run.deps.scorers, c.threshold);
        sample.assertions = scored.assertions;
        // Only samples with model-graded assertions carry evaluation cost (absent means none, as documented).
        if (scored.evalCostUsd !== 0 || scored.evalTokens.input !== 0 || scored.evalTokens.output !== 0) {
            sample.evalCostUsd = scored.evalCostUsd;
            sample.evalTokens = scored.evalTokens;
        }
        if (scored.error !== undefined) {
            sample.status = 'error';
            sample.error = { kind: 'assertion', message: scored.error };
        }
        else {
            sample.score = scored.score;
            sample.pass = scored.pass;
        }
    }
    catch (e) {
        sample.status = 'error';
        sample.error = { kind: 'scorer', message: e instanceof Error ? e.message : String(e) };
    }
    if (run.scrubOn) {
        // Reasons and scorer errors quote outputs and endpoint messages, so both are redacted like outputs.
        sample.assertions = sample.assertions.map((a) => {
            const rr = run.redact(a.reason);
            redactions += rr.count;
            let out = rr.text !== a.reason ? { ...a, reason: rr.text } : a;
            if (a.error !== undefined) {
                const re = run.redact(a.error);
                redactions += re.count;
                if (re.text !== a.error)
                    out = { ...out, error: re.text };
            }
            return out;
        });
        if (sample.error) {
            const re = run.redact(sample.error.message);
            redactions += re.count;
            sample.error = { ...sample.error, message: re.text };
        }
    }
    const extra = { output: shownOutput.text, tokens, costUsd, latencyMs: out.latencyMs, redactions: shownOutput.count + callRedactions };
    if (shownCalls)
        extra.toolCalls = shownCalls;
    if (r.servedModel !== undefined)
        extra.modelServed = r.servedModel;
    if (r.systemFingerprint !== undefined)
        extra.systemFingerprint = r.systemFingerprint;
    if (r.finishReason !== undefined)
        extra.finishReason = r.finishReason;
    extra.evaluations = sample.assertions.map((a) => ({ type: a.type, score: a.score, pass: a.pass, reason: a.reason, ...(a.error !== undefined ? { error: a.error } : {}) }));
    // The trace records the request; a scoring error is in the results, the request itself succeeded.
    const t = { ...base, ...extra, status: 'ok', cacheHit: out.cached, attempts: out.attempts };
    if (run.redactOn)
        t.redactions = traceRedactions + shownOutput.count + callRedactions;
    else
        delete t.redactions;
    await run.trace(t);
    return { sample, redactions };
}

;// CONCATENATED MODULE: ./lib/src/core/engine/schedule.js
// Order in which samples go out. Jobs are interleaved round-robin, and the samples of the same
// (suite, case, sample index) in different jobs — base and head of a PR — go out next to each other,
// so a drift of the live model during the run affects both sides alike instead of confounding the delta.
// Linear in the number of tasks (the bench schedules thousands).
function interleave(jobs) {
    const perJob = jobs.map((j, job) => {
        const list = [];
        for (let caseIdx = 0; caseIdx < j.caseIds.length; caseIdx++) {
            const idx = j.indices?.[caseIdx];
            if (idx)
                idx.forEach((sample, pos) => list.push({ job, caseIdx, sample, pos }));
            else
                for (let sample = 0; sample < j.repeat; sample++)
                    list.push({ job, caseIdx, sample, pos: sample });
        }
        return list;
    });
    const keyOf = (t) => `${jobs[t.job].suite}\u0000${jobs[t.job].caseIds[t.caseIdx]}\u0000${t.sample}`;
    const groups = new Map();
    for (const list of perJob) {
        for (const t of list) {
            const k = keyOf(t);
            const g = groups.get(k);
            if (g)
                g.push(t);
            else
                groups.set(k, [t]);
        }
    }
    const emitted = new Set();
    const order = [];
    const longest = Math.max(0, ...perJob.map((l) => l.length));
    for (let pos = 0; pos < longest; pos++) {
        for (const list of perJob) {
            const t = list[pos];
            if (!t || emitted.has(t))
                continue;
            for (const mate of groups.get(keyOf(t)) ?? [t]) {
                if (emitted.has(mate))
                    continue;
                emitted.add(mate);
                order.push(mate);
            }
        }
    }
    return order;
}

;// CONCATENATED MODULE: ./lib/src/core/engine/engine.js
// runEval: evaluates suite jobs (one or several labels, e.g. base and head of a PR) in one interleaved
// run. Pure: every effect (model, clock, cache, trace) comes in through EngineDeps.
//
// Hot path notes (bench: 2,000 cases at concurrency 50): tasks are scheduled once in interleaved order,
// results are written into preallocated slots (no per-task scans), each task awaits only its own trace
// write, and cache hits never take a provider concurrency slot.









const runEval = async (jobs, options, deps) => {
    const startedAt = new Date(deps.clock.now()).toISOString();
    // A provider without its own concurrency gets the largest concurrency among the suites using it;
    // each suite's own concurrency then caps within that.
    const providerDefaults = new Map();
    for (const { suite } of jobs) {
        const c = options.concurrency ?? suite.concurrency;
        providerDefaults.set(suite.provider.id, Math.max(providerDefaults.get(suite.provider.id) ?? 1, c));
    }
    const run = new RunContext(options, deps, providerDefaults);
    // The price dataset costs ~0.2 s to load: only when a model of this run is not priced by `pricing:` or
    // the built-in table (which a test keeps equal to the dataset for the models it lists).
    const models = [...jobs.flatMap(({ suite }) => [suite.provider.model, suite.judge?.model]), ...Object.values(deps.providers ?? {}).map((p) => p.model)];
    if (deps.priceDataset && models.some((m) => m !== undefined && priceFor(m, deps.pricing) === undefined)) {
        const dataset = await deps.priceDataset();
        if (dataset)
            run.priceDataset = dataset;
    }
    // Keyed by suite name, shared by labels: `concurrency: 8` means 8 of the suite's requests in flight.
    const suiteLimits = new Map();
    const suiteLimit = (j) => {
        let l = suiteLimits.get(j.suite.name);
        if (!l) {
            l = (0,p_limit/* default */.A)(Math.max(1, Math.floor(options.concurrency ?? j.suite.concurrency)));
            suiteLimits.set(j.suite.name, l);
        }
        return l;
    };
    const states = jobs.map((job) => {
        const repeat = Math.max(1, Math.floor(options.repeat ?? job.suite.repeat));
        const all = Array.from({ length: repeat }, (_, i) => i);
        const indices = job.suite.cases.map((c) => (job.sampleIndices ? [...(job.sampleIndices.get(c.id) ?? [])] : all));
        return {
            job,
            repeat,
            indices,
            samples: indices.map((idx) => new Array(idx.length)),
            prepared: new Array(job.suite.cases.length),
            redactions: 0,
            done: 0,
            total: indices.reduce((n, idx) => n + idx.length, 0),
        };
    });
    const order = interleave(states.map((s) => ({
        suite: s.job.suite.name,
        caseIds: s.job.suite.cases.map((c) => c.id),
        repeat: s.repeat,
        ...(s.job.sampleIndices ? { indices: s.indices } : {}),
    })));
    // The window bounds tasks in progress (requests out + scoring + trace writes) so a 50,000-case run does
    // not hold 50,000 pending tasks; it is wider than the request limits so that scoring and trace writes
    // never hold up the next request.
    let requestSlots = 0;
    const seen = new Set();
    for (const { suite } of jobs) {
        if (seen.has(suite.provider.id))
            continue;
        seen.add(suite.provider.id);
        requestSlots += run.providerLimit(suite.provider).concurrency;
    }
    const window = (0,p_limit/* default */.A)(Math.max(32, 4 * requestSlots));
    await Promise.all(order.map(({ job, caseIdx, sample, pos }) => {
        const st = states[job];
        const { suite, label } = st.job;
        const testCase = suite.cases[caseIdx];
        const slot = suiteLimit(st.job);
        return window(async () => {
            if (run.fatal !== undefined)
                return;
            const prep = (st.prepared[caseIdx] ??= prepareCase(run, suite, testCase));
            const out = await runSample(run, { label, slot, suite, testCase, index: sample }, prep);
            st.samples[caseIdx][pos] = out.sample;
            st.redactions += out.redactions;
            st.done++;
            deps.onProgress?.({ label, suite: suite.name, done: st.done, total: st.total });
        }).catch((e) => {
            // Only a failed trace write gets here: stop, since the audit log would have a hole.
            run.fatal ??= e;
        });
    }));
    if (run.fatal !== undefined)
        throw run.fatal;
    if (run.notCachedPii > 0) {
        // Said once per run, not per request: the count is what the user needs.
        const n = run.notCachedPii;
        const tail = run.options.cacheMode === 'refresh'
            ? 'not cached or recorded (governance.redactTraces); a replay reports them as replay-miss'
            : 'not cached (governance.redactTraces); they are asked again next run';
        run.warn(`${n} ${n === 1 ? 'response' : 'responses'} with personal data ${n === 1 ? 'was' : 'were'} ${tail}`);
    }
    if (run.notCachedSecret > 0) {
        const n = run.notCachedSecret;
        run.warn(`${n} ${n === 1 ? 'answer' : 'answers'} contained a known secret (${[...run.secretsEchoed].join(', ')}): masked in the results, reports and trace, and not cached or recorded. A model that repeats a secret may be following an injected instruction.`);
    }
    const results = states.map((st) => ({ label: st.job.label, suite: buildSuiteResult(run, st) }));
    const out = { results, costCapHit: run.spend.capReached, startedAt, finishedAt: new Date(deps.clock.now()).toISOString() };
    return out;
};
function buildSuiteResult(run, st) {
    const { suite } = st.job;
    let redactions = st.redactions;
    const cases = suite.cases.map((c, i) => {
        const vars = run.scrubOn ? redactValue(c.vars, (t) => run.redact(t)) : { value: c.vars, count: 0 };
        redactions += vars.count;
        const base = { id: c.id, vars: vars.value, samples: st.samples[i] };
        if (c.description !== undefined)
            base.description = c.description;
        if (c.threshold !== undefined)
            base.threshold = c.threshold;
        return (0,aggregate/* aggregateCase */.S)(base);
    });
    const served = new Set();
    const fingerprints = new Set();
    for (const c of cases) {
        for (const s of c.samples) {
            if (s.servedModel !== undefined)
                served.add(s.servedModel);
            if (s.systemFingerprint !== undefined)
                fingerprints.add(s.systemFingerprint);
        }
    }
    const result = {
        name: suite.name,
        promptVersion: suite.promptVersion,
        promptPath: suite.promptPath,
        provider: { id: suite.provider.id, model: suite.provider.model, settingsHash: settingsHash(suite.provider) },
        servedModels: [...served].sort(),
        systemFingerprints: [...fingerprints].sort(),
        repeat: st.repeat,
        cases,
        aggregates: (0,aggregate/* aggregateSuite */.K)(cases, suite.traffic),
    };
    if (suite.traffic)
        result.traffic = suite.traffic;
    if (run.redactOn)
        result.redactions = redactions;
    return result;
}


/***/ }),

/***/ 9116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ pctDelta),
/* harmony export */   LU: () => (/* binding */ tokens),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   R1: () => (/* binding */ tokensDelta),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   VD: () => (/* binding */ usdDelta),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   fN: () => (/* binding */ score),
/* harmony export */   jr: () => (/* binding */ DASH),
/* harmony export */   l2: () => (/* binding */ msDelta),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
// Number formatting shared by every report (PR comment, job summary, terminal, drift issues), so a
// figure reads the same everywhere. ASCII signs only: reports get copy-pasted into terminals and YAML.
const DASH = '—';
function group(intPart) {
    return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 run", "3 runs": regular English plurals only. */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Fixed digits with thousands separators: 12345.678 → "12,345.68". */
function fixed(x, digits) {
    const s = Math.abs(x).toFixed(digits);
    const [i, f] = s.split('.');
    const body = group(i ?? '0') + (f !== undefined ? `.${f}` : '');
    return (x < 0 && Number(s) !== 0 ? '-' : '') + body;
}
/** Three significant digits without exponent notation for small magnitudes (0.000123 → "0.000123"). */
function small(x) {
    if (x === 0)
        return '0';
    const digits = Math.min(12, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(x)))));
    return Number(x.toFixed(digits)).toFixed(digits).replace(/(\.\d*?[1-9])0+$/, '$1');
}
/**
 * US dollars with sensible precision: ≥ $1,000 whole dollars, ≥ $1 cents, below that three
 * significant digits (per-request costs are fractions of a cent). `null` means the model's price is
 * unknown and is shown as such, never as $0.
 */
function usd(x, unknown = 'price unknown') {
    if (x === null || x === undefined || !Number.isFinite(x))
        return unknown;
    const a = Math.abs(x);
    const sign = x < 0 ? '-' : '';
    if (a === 0)
        return '$0.00';
    if (a >= 1000)
        return `${sign}$${fixed(a, 0)}`;
    if (a >= 1)
        return `${sign}$${fixed(a, 2)}`;
    const body = small(a);
    // Cents always show two decimals ($0.50, not $0.5).
    return `${sign}$${/\.\d$/.test(body) ? `${body}0` : body.includes('.') ? body : `${body}.00`}`;
}
/** A signed USD delta: "+$0.00012", "-$1,204". */
function usdDelta(x, unknown = 'price unknown') {
    if (x === null || x === undefined || !Number.isFinite(x))
        return unknown;
    if (x === 0)
        return '$0.00';
    return (x > 0 ? '+' : '') + usd(x);
}
/** A share in [0,1] as a percentage: 0.8533 → "85.3%". */
function pct(x, digits = 1) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    return `${trimZero((x * 100).toFixed(digits))}%`;
}
/** A relative change as a signed percentage: 0.123 → "+12.3%". */
function pctDelta(x, digits = 1) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    // From 1,000% on, decimals are noise (a near-free base): whole percents with separators.
    const s = Math.abs(x) >= 10 ? fixed(x * 100, 0) : trimZero((x * 100).toFixed(digits));
    return `${x > 0 && Number(s.replace(/,/g, '')) !== 0 ? '+' : ''}${s === '-0' ? '0' : s}%`;
}
/** A signed number: 0.0512 → "+0.051". */
function signed(x, digits = 3) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    const s = x.toFixed(digits);
    if (Number(s) === 0)
        return (0).toFixed(digits);
    return (x > 0 ? '+' : '') + s;
}
/** A score in [0,1]: "0.812". */
function score(x, digits = 3) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    return x.toFixed(digits);
}
/** Milliseconds: "850 ms", "1.24 s". */
function ms(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    if (Math.abs(x) >= 1000)
        return `${fixed(x / 1000, 2)} s`;
    return `${fixed(x, 0)} ms`;
}
/** A signed millisecond delta: "+120 ms". */
function msDelta(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    const body = ms(x);
    return x > 0 && !/^0 ms$/.test(body) ? `+${body}` : body;
}
/** Token counts, one decimal at most: "123.5", "1,204". */
function tokens(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    return trimZero(fixed(x, Number.isInteger(x) ? 0 : 1));
}
function tokensDelta(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return DASH;
    const body = tokens(x);
    return x > 0 && body !== '0' ? `+${body}` : body;
}
function trimZero(s) {
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}



/***/ }),

/***/ 4558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ breachOf),
/* harmony export */   MG: () => (/* binding */ errorRateBreach),
/* harmony export */   bv: () => (/* binding */ outageMessage),
/* harmony export */   eC: () => (/* binding */ breachReason)
/* harmony export */ });
/* unused harmony exports errorRateOf, breachText */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9116);
// The outage rule shared by `run`, the gate and drift: when more than gate.maxErrorRate of the requests
// a suite sent failed (network, 5xx, timeouts, rate limits, checks that could not decide), its scores
// are a biased subset and the run cannot say pass or fail. Every entry point turns that into a failing
// exit with this one message, instead of a green check over an outage.

/** Errored share of the samples that were sent; null when nothing was sent. */
function errorRateOf(errors, ok) {
    const sent = ok + errors;
    return sent === 0 ? null : errors / sent;
}
/**
 * The breach of one suite's results, if its error rate exceeds `limit`. `ignoreKinds`: error kinds that
 * are not an outage in this context (the gate's replay of a fork PR ignores `replay-miss`: incomplete
 * recordings are reported as such, and fail only with fail-on: any).
 */
function errorRateBreach(s, limit, side, ignoreKinds) {
    let errors = s.aggregates.errors;
    if (ignoreKinds && ignoreKinds.size > 0 && errors > 0) {
        for (const c of s.cases)
            for (const x of c.samples)
                if (x.status === 'error' && x.error && ignoreKinds.has(x.error.kind))
                    errors--;
    }
    return breachOf({ suite: s.name, errors, ok: s.aggregates.ok, limit, ...(side !== undefined ? { side } : {}) });
}
/** The same rule on bare counts (drift history entries keep counts only). */
function breachOf(x) {
    const rate = errorRateOf(x.errors, x.ok);
    if (rate === null || rate <= x.limit)
        return undefined;
    const b = { suite: x.suite, errors: x.errors, sent: x.ok + x.errors, rate, limit: x.limit };
    if (x.side !== undefined)
        b.side = x.side;
    return b;
}
/** "50% of head requests failed (limit 20%)". */
function breachReason(b) {
    return `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(b.rate)} of ${b.side ? `${b.side} ` : ''}requests failed (limit ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(b.limit)})`;
}
/** "greet: 50% of head requests failed (limit 20%)". */
function breachText(b) {
    return `${b.suite}: ${breachReason(b)}`;
}
/** The one line every entry point fails with. */
function outageMessage(breaches) {
    return `too many requests failed to judge (gate.maxErrorRate): ${breaches.map(breachText).join('; ')}`;
}


/***/ }),

/***/ 1799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ mean)
/* harmony export */ });
/** Arithmetic mean; null for no values (an empty mean is unknown, not 0). */
function mean(xs) {
    return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}


/***/ })

};
