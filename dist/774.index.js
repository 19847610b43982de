export const id = 774;
export const ids = [774];
export const modules = {

/***/ 1774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
// The one place an Octokit is built (gate and drift share it): @octokit/rest with plugin-retry (5xx and
// network errors) and plugin-throttling (primary and secondary rate limits), retrying a bounded number
// of times and logging each wait, so a busy API slows a run down instead of failing it.



const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
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
    return new GitHubClient({
        auth: opts.token,
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: opts.userAgent ?? 'evalgate',
        retry: retryOpts,
        throttle,
        // Octokit logs every failed request through log.error; callers handle (and word) errors themselves,
        // so only warnings (deprecations, limiter problems) reach the user.
        log: { debug: () => { }, info: () => { }, warn: (m) => log(m), error: () => { } },
    });
}
/** Status of an Octokit RequestError (or undefined for anything else). */
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}


/***/ })

};
