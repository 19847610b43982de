export const id = 774;
export const ids = [774];
export const modules = {

/***/ 1774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   scrubRequest: () => (/* binding */ scrubRequest)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/* harmony import */ var _http_proxy_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1181);
// The one place an Octokit is built (gate and drift share it): @octokit/rest with plugin-retry (5xx and
// network errors) and plugin-throttling (primary and secondary rate limits), retrying a bounded number
// of times and logging each wait, so a busy API slows a run down instead of failing it.




const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/** Request parameters that carry text we wrote. */
const TEXT_PARAMS = ['body', 'title', 'message'];
/** Applies `scrub` to the text parameters of a request, and to base64 `content` (contents API) decoded. */
function scrubRequest(options, scrub) {
    for (const k of TEXT_PARAMS) {
        const v = options[k];
        if (typeof v === 'string')
            options[k] = scrub(v);
    }
    const content = options['content'];
    if (typeof content === 'string') {
        const text = Buffer.from(content, 'base64').toString('utf8');
        const clean = scrub(text);
        if (clean !== text)
            options['content'] = Buffer.from(clean, 'utf8').toString('base64');
    }
}
function createOctokit(opts) {
    const log = opts.log ?? (() => { });
    const maxRateRetries = opts.maxRateLimitRetries ?? 3;
    const unit = opts.retryUnitMs ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
        if (retryCount < maxRateRetries) {
            log(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (attempt ${retryCount + 2} of ${maxRateRetries + 1})`);
            return true;
        }
        log(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempts`);
        return false;
    };
    // 429 is left to plugin-throttling, which waits for the rate-limit reset instead of a blind backoff.
    const retryOpts = {
        retries: opts.retries ?? 3,
        retryAfterBaseValue: unit,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    };
    const throttle = {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: unit,
        // A unique id keeps each client's write spacing apart (the plugin's limiters are keyed by id).
        id: `evalgate-${Math.random().toString(36).slice(2)}`,
        ...opts.throttle,
    };
    // Octokit's default fetch is Node's, which ignores HTTPS_PROXY (unless NODE_USE_ENV_PROXY=1).
    const fetch = (0,_http_proxy_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFetchFromEnv */ .i)(opts.env ?? process.env);
    const client = new GitHubClient({
        auth: opts.token,
        ...(fetch ? { request: { fetch } } : {}),
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: opts.userAgent ?? 'evalgate',
        retry: retryOpts,
        throttle,
        // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
        // so only warnings (deprecations, limiter problems) reach the user.
        log: { debug: () => { }, info: () => { }, warn: (m) => log(m), error: () => { } },
    });
    const scrub = opts.scrub;
    if (scrub) {
        client.hook.before('request', (options) => {
            if ((options.method ?? 'GET') !== 'GET')
                scrubRequest(options, scrub);
        });
    }
    return client;
}
/** Status of an Octokit RequestError (or undefined for anything else). */
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}


/***/ }),

/***/ 1181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFetchFromEnv)
/* harmony export */ });
/* unused harmony export proxyEnv */
function first(env, ...names) {
    for (const n of names) {
        const v = env[n];
        if (v !== undefined && v !== '')
            return v;
    }
    return undefined;
}
/** The proxy settings in `env`, or undefined when none is set. */
function proxyEnv(env) {
    const httpProxy = first(env, 'HTTP_PROXY', 'http_proxy');
    const httpsProxy = first(env, 'HTTPS_PROXY', 'https_proxy') ?? httpProxy;
    if (httpProxy === undefined && httpsProxy === undefined)
        return undefined;
    const noProxy = first(env, 'NO_PROXY', 'no_proxy');
    return { ...(httpProxy ? { httpProxy } : {}), ...(httpsProxy ? { httpsProxy } : {}), ...(noProxy ? { noProxy } : {}) };
}
/** A proxy-aware fetch when `env` names a proxy; undefined otherwise (use the normal fetch). */
function proxyFetchFromEnv(env) {
    const settings = proxyEnv(env);
    if (!settings)
        return undefined;
    let ready;
    const load = () => (ready ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)).then((u) => ({ fetch: u.fetch, dispatcher: new u.EnvHttpProxyAgent(settings) })));
    return async (input, init) => {
        const { fetch, dispatcher } = await load();
        // undici's fetch takes the same arguments as the global one plus a dispatcher.
        return (await fetch(input, { ...init, dispatcher }));
    };
}


/***/ })

};
