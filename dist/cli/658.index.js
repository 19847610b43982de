export const id = 658;
export const ids = [658];
export const modules = {

/***/ 658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createMonitorCommand: () => (/* binding */ createMonitorCommand),
  monitorCommand: () => (/* binding */ monitorCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/node-cron/dist/node-cron.js + 1 modules
var node_cron = __webpack_require__(2305);
;// CONCATENATED MODULE: ./lib/src/app/drift/daemon.js
// The long-running drift monitor: runs a check on a cron schedule (node-cron, seconds field allowed),
// never two at once (a tick that finds the previous check still running is skipped and logged), one
// log line per run, and a clean stop: the schedule is stopped, a running check gets `stopTimeoutMs` to
// finish, is then aborted, and stop() resolves so the process can exit 0.

function validateSchedule(expr) {
    return node_cron/* default.validate */.Ay.validate(expr) ? undefined : `invalid cron schedule "${expr}" (5 fields, or 6 with seconds first, e.g. "0 3 * * *")`;
}
function startDaemon(o) {
    const now = o.now ?? (() => new Date());
    const abort = new AbortController();
    let running;
    let stopping;
    let resolveStopped;
    const stopped = new Promise((r) => (resolveStopped = r));
    const tick = () => {
        if (stopping)
            return;
        if (running) {
            o.log(`${now().toISOString()} drift check skipped: the previous check is still running`);
            return;
        }
        running = o
            .check(abort.signal)
            .then((line) => o.log(line))
            .catch((e) => o.log(`${now().toISOString()} drift check failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`))
            .finally(() => {
            running = undefined;
        });
    };
    // Not awaited by node-cron on purpose: overlap is decided by `running`, so a skip is logged.
    const task = node_cron/* default.schedule */.Ay.schedule(o.schedule, () => tick(), { name: 'evalgate-drift', ...(o.timezone ? { timezone: o.timezone } : {}) });
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());
    return {
        busy: () => running !== undefined,
        stopped,
        stop(reason) {
            stopping ??= (async () => {
                o.log(`${now().toISOString()} monitor stopping (${reason})${running ? ': waiting for the running check' : ''}`);
                await task.stop();
                await task.destroy();
                if (running) {
                    const finished = await Promise.race([running.then(() => true), sleep(o.stopTimeoutMs ?? 60_000).then(() => false)]);
                    if (!finished) {
                        o.log(`${now().toISOString()} running check did not finish in time: aborting it`);
                        abort.abort(new Error(`monitor stopping (${reason})`));
                        await Promise.race([running, sleep(5_000)]);
                    }
                }
                o.log(`${now().toISOString()} monitor stopped`);
                resolveStopped();
            })();
            return stopping;
        },
    };
}

// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 16 modules
var loader = __webpack_require__(9211);
// EXTERNAL MODULE: ./lib/src/cli/args.js
var cli_args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var runtime = __webpack_require__(697);
// EXTERNAL MODULE: ./lib/src/cli/commands/drift.js + 21 modules
var drift = __webpack_require__(4160);
;// CONCATENATED MODULE: ./lib/src/cli/commands/monitor.js
// `evalgate monitor`: the drift daemon (src/app/drift/daemon.ts) around `evalgate drift`'s check. Schedule from
// --schedule or drift.schedule; SIGTERM/SIGINT stop it cleanly (exit 0). Reports to GitHub issues when a
// token and repository are configured, otherwise to the history dir and stdout, one line per run.







const MONITOR_USAGE = `Usage: evalgate monitor [options]

Runs drift checks on a schedule until stopped (SIGTERM / SIGINT: finishes or aborts the running check,
exit 0). Never runs two checks at once. One log line per run on stdout.

Options (also every option of \`evalgate drift\` except --pin and --markdown):
  --schedule CRON      cron expression (default: drift.schedule of the config, e.g. "0 3 * * *";
                       a sixth, leading field means seconds)
  --timezone TZ        time zone of the schedule (default: the machine's)
  --stop-timeout SECS  grace period for a running check on stop (default 60)
  -h, --help           show this help
`;
function createMonitorCommand(deps) {
    return async (argv, io) => {
        try {
            return await monitor(argv, io, deps);
        }
        catch (err) {
            return (0,report_error/* reportError */.N)(err, io, 'monitor');
        }
    };
}
async function monitor(argv, io, deps) {
    // Split our own flags from the drift check's.
    const own = new Set(['--schedule', '--timezone', '--stop-timeout']);
    const mine = [];
    const rest = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const name = a.split('=')[0];
        if (own.has(name)) {
            mine.push(a);
            if (!a.includes('=') && i + 1 < argv.length)
                mine.push(argv[++i]);
        }
        else
            rest.push(a);
    }
    const { values } = (0,cli_args/* parseCommandArgs */.Qx)(mine, { schedule: { type: 'string' }, timezone: { type: 'string' }, 'stop-timeout': { type: 'string' } });
    const args = (0,drift.parseDriftArgs)(rest);
    if (args.help) {
        io.stdout(MONITOR_USAGE);
        return 0;
    }
    if (args.pin || args.markdown)
        throw new cli_args/* UsageError */.eb('--pin and --markdown belong to `evalgate drift`, not to the monitor');
    // Fail fast on a broken config or schedule; each check reloads the config (picks up merged changes).
    const config = await (0,loader/* loadConfig */.Z)((0,external_node_path_.resolve)(io.cwd, args.config), { env: io.env, scorers: (0,runtime/* buildScorerRegistry */._c)() });
    const schedule = values.schedule ?? config.drift.schedule;
    const bad = validateSchedule(schedule);
    if (bad)
        throw new cli_args/* UsageError */.eb(bad);
    const reporting = (0,drift.buildReporting)(args, config, io);
    const stopTimeout = (0,cli_args/* positiveInt */.NJ)('stop-timeout', values['stop-timeout']);
    const daemon = startDaemon({
        schedule,
        log: (line) => io.stdout(`${line}\n`),
        check: async (signal) => (await (0,drift.driftOnce)(args, io, signal)).line,
        ...(values.timezone ? { timezone: values.timezone } : {}),
        ...(stopTimeout !== undefined ? { stopTimeoutMs: stopTimeout * 1000 } : {}),
    });
    io.stdout(`${new Date().toISOString()} monitor started: schedule "${schedule}", ${config.suites.length} suite(s), ${reporting.describe}\n`);
    deps.onSignal('SIGTERM', () => void daemon.stop('SIGTERM'));
    deps.onSignal('SIGINT', () => void daemon.stop('SIGINT'));
    await daemon.stopped;
    return 0;
}
const monitorCommand = createMonitorCommand({
    onSignal: (signal, handler) => {
        process.once(signal, handler);
    },
});


/***/ })

};
