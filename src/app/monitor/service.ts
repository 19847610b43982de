// The drift monitor as a service: every target of monitor.yml on its own schedule (one daemon per
// target: never two checks of one target at once), a catch-up check at start for a run missed while the
// monitor was down (once, from the state file), structured logs, the optional HTTP listener (/healthz,
// /readyz, /metrics) and webhooks, and a graceful stop. Both roots start it: monitor/ (the container's
// entry) and `evalgate monitor --targets monitor.yml` (the CLI).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import cron from 'node-cron';
import type { CreateOctokitOptions, GitHubClient } from '../../adapters/github/octokit.js';
import { ConfigError } from '../../core/config/errors.js';
import { ModelError } from '../../core/model/types.js';
import { outageMessage } from '../../core/results/error-rate.js';
import { createSecretScrubber, type NamedSecret } from '../../core/util/mask-secrets.js';
import { startDaemon, type Daemon } from '../drift/daemon.js';
import { knownSecrets } from '../secrets.js';
import { parseMonitorConfig, type MonitorConfig, type MonitorTarget } from './config.js';
import { startHttp } from './http.js';
import { createMonitorLog, type LogFormat, type MonitorLog } from './log.js';
import { createMonitorMetrics, type MonitorMetrics } from './metrics.js';
import { dominantError, tallyingEngine } from './run-tally.js';
import { readSecret, targetEnv, type Env } from './secrets.js';
import { openStateFile, owesCatchUp, type StateFile } from './state.js';
import { checkTarget } from './target-check.js';
import { createWebhookSender, webhookEvents } from './webhook.js';

export interface MonitorServiceOptions {
  /** Path of monitor.yml. */
  configPath: string;
  env: Env;
  logFormat: LogFormat;
  /** Writes one log line (stdout). */
  write: (line: string) => void;
  listen?: { host: string; port: number };
  /** Overrides stateDir of the config (the container's volume). */
  stateDir?: string;
  /** Overrides stopTimeoutSeconds of the config. */
  stopTimeoutMs?: number;
  /** Tests: Octokit without GitHub's write spacing; webhook retries without waiting. */
  createOctokit?: (opts: CreateOctokitOptions) => GitHubClient;
  webhookSleep?: (ms: number) => Promise<void>;
}

export interface MonitorService {
  /** Base URL of the HTTP listener, when one was asked for. */
  url?: string;
  stop(reason: string): Promise<void>;
  readonly stopped: Promise<void>;
}

type LastOutcome = 'ok' | 'failed';
/** How one check ended, for a one-shot run's exit code. */
export type CheckEnd = 'healthy' | 'drifted' | 'outage' | 'failed' | 'abandoned';

/** Loads monitor.yml; a missing or invalid file is a ConfigError that says where. */
export async function loadMonitorConfig(path: string): Promise<MonitorConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read the monitor config (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
      file: path,
    });
  }
  return parseMonitorConfig(text, path);
}

/** What kind of error ended a check, for logs and metrics: a model error's kind, else a coarse class. */
export function errorKind(e: unknown): string {
  if (e instanceof ModelError) return e.kind;
  if (e instanceof ConfigError) return 'config';
  const status = (e as { status?: unknown }).status;
  if (typeof status === 'number') return `github-${status}`;
  if (e instanceof Error && e.name === 'AbortError') return 'aborted';
  return 'internal';
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Secret values of one target that the known-secrets registry would not name: its mapped secrets and webhook URL. */
async function targetSecrets(t: MonitorTarget, env: Env): Promise<NamedSecret[]> {
  const out: NamedSecret[] = [];
  for (const [as, from] of Object.entries(t.secrets)) {
    const v = await readSecret(env, from);
    if (v) out.push({ name: as, value: v });
  }
  if (t.webhook) {
    const url = await readSecret(env, t.webhook.urlFrom);
    if (url) out.push({ name: t.webhook.urlFrom, value: url });
  }
  return out;
}

/** What every check of a monitor process shares: config, state, log, metrics, scrubbing. */
async function prepare(o: MonitorServiceOptions, withMetrics: boolean) {
  const configPath = resolve(o.configPath);
  const config = await loadMonitorConfig(configPath);
  const baseDir = dirname(configPath);
  const stateDir = o.stateDir ? resolve(o.stateDir) : resolve(baseDir, config.stateDir ?? '.evalgate-monitor');

  // Every secret the monitor can see is scrubbed from every log line; a missing mapped secret stops the start.
  const secrets: NamedSecret[] = [...knownSecrets(undefined, o.env)];
  const extra = new Map<string, NamedSecret[]>();
  for (const t of config.targets) {
    await targetEnv(o.env, t.env, t.secrets, t.name);
    const own = await targetSecrets(t, o.env);
    if (t.webhook && !own.some((s) => s.name === t.webhook!.urlFrom))
      throw new ConfigError(
        `target "${t.name}": webhook URL comes from ${t.webhook.urlFrom}, but neither it nor ${t.webhook.urlFrom}_FILE is set`,
        { file: configPath },
      );
    extra.set(t.name, own);
    secrets.push(...own);
  }
  const scrubber = createSecretScrubber(secrets);
  const scrub = (text: string): string => (scrubber.active ? scrubber.scrub(text).text : text);
  const log = createMonitorLog(o.logFormat, o.write, scrub);

  const state = await openStateFile(stateDir);
  const metrics = withMetrics ? await createMonitorMetrics() : undefined;
  const last = new Map<string, LastOutcome>();
  return { config, configPath, extra, shared: { log, state, metrics, last, baseDir, stateDir, scrub, o } };
}

/**
 * One check of every target (or of `only`), one after the other, then exit: the Kubernetes CronJob's
 * way (one run per schedule). Exit code as `evalgate drift`: 0 healthy, 1 a suite drifted, 3 a check
 * failed, 4 an outage (too many failed requests); the worst wins.
 */
export async function runMonitorOnce(
  o: MonitorServiceOptions,
  only: readonly string[],
  signal: AbortSignal,
): Promise<number> {
  const { config, configPath, extra, shared } = await prepare(o, false);
  const unknown = only.filter((n) => !config.targets.some((t) => t.name === n));
  if (unknown.length)
    throw new ConfigError(
      `unknown target ${unknown.map((n) => `"${n}"`).join(', ')} (targets: ${config.targets.map((t) => t.name).join(', ')})`,
      { file: configPath },
    );
  const CODE: Record<CheckEnd, number> = { healthy: 0, drifted: 1, failed: 3, abandoned: 3, outage: 4 };
  const RANK: Record<CheckEnd, number> = { healthy: 0, drifted: 1, outage: 2, abandoned: 3, failed: 3 };
  let worst: CheckEnd = 'healthy';
  for (const t of config.targets.filter((x) => only.length === 0 || only.includes(x.name))) {
    if (signal.aborted) return CODE.abandoned;
    const end = await runCheck({ ...shared, t, signal, extra: extra.get(t.name) ?? [] });
    if (RANK[end] > RANK[worst]) worst = end;
  }
  return CODE[worst];
}

export async function startMonitorService(o: MonitorServiceOptions): Promise<MonitorService> {
  const { config, extra, shared } = await prepare(o, o.listen !== undefined);
  const { log, state, metrics, last, stateDir } = shared;
  const http = o.listen
    ? await startHttp(o.listen, {
        ready: () => {
          const failed = config.targets.filter((t) => last.get(t.name) === 'failed').map((t) => t.name);
          return failed.length
            ? { ok: false, detail: `last check failed: ${failed.join(', ')}` }
            : { ok: true, detail: `ready: ${config.targets.length} target(s)` };
        },
        ...(metrics ? { metrics: () => metrics.render() } : {}),
      })
    : undefined;

  const stopTimeoutMs = o.stopTimeoutMs ?? config.stopTimeoutSeconds * 1000;
  const daemons = new Map<string, Daemon>();
  for (const t of config.targets) {
    const check = async (signal: AbortSignal): Promise<undefined> =>
      void (await runCheck({ ...shared, t, signal, extra: extra.get(t.name) ?? [] }));
    daemons.set(
      t.name,
      startDaemon({
        schedule: t.schedule,
        ...(t.timezone ? { timezone: t.timezone } : {}),
        ...(t.jitterSeconds ? { maxRandomDelayMs: t.jitterSeconds * 1000 } : {}),
        stopTimeoutMs,
        check,
        log: (event, message, error) =>
          log.event(
            event === 'check-failed' ? 'error' : event === 'check-aborted' ? 'warn' : 'info',
            event,
            `${t.name}: ${message}`,
            {
              target: t.name,
              ...(error !== undefined ? { errorKind: errorKind(error), error: firstLine(error) } : {}),
            },
          ),
      }),
    );
  }
  log.event(
    'info',
    'monitor-started',
    `monitor started: ${config.targets.length} target(s) (${config.targets.map((t) => `${t.name} "${t.schedule}"`).join(', ')}), state in ${stateDir}${http ? `, listening on ${http.url}` : ''}`,
    {
      targets: config.targets.map((t) => t.name),
      ...(http ? { listen: http.url } : {}),
    },
  );

  // Catch-up: one check per target that owes one, at start (the schedule would wait for its next time).
  for (const t of config.targets) {
    const task = cron.createTask(t.schedule, () => {}, t.timezone ? { timezone: t.timezone } : {});
    const owed = owesCatchUp(
      state.get(t.name),
      new Date(),
      (d) => task.match(d),
      t.schedule.trim().split(/\s+/).length === 6,
    );
    await task.destroy();
    if (owed) {
      log.event('info', 'catch-up', `${t.name}: a scheduled check was missed or interrupted: running it now`, {
        target: t.name,
      });
      void daemons.get(t.name)!.trigger('catch-up');
    }
  }

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  let stopping: Promise<void> | undefined;
  return {
    ...(http ? { url: http.url } : {}),
    stopped,
    stop(reason) {
      stopping ??= (async () => {
        log.event('info', 'monitor-stopping', `monitor stopping (${reason})`, { reason });
        await Promise.all([...daemons.values()].map((d) => d.stop(reason)));
        await http?.close();
        log.event('info', 'monitor-stopped', 'monitor stopped');
        resolveStopped();
      })();
      return stopping;
    },
  };
}

interface CheckContext {
  t: MonitorTarget;
  signal: AbortSignal;
  log: MonitorLog;
  state: StateFile;
  metrics: MonitorMetrics | undefined;
  last: Map<string, LastOutcome>;
  baseDir: string;
  stateDir: string;
  extra: NamedSecret[];
  scrub: (text: string) => string;
  o: MonitorServiceOptions;
}

/** One check of one target, logged as one event; the state records its start and, once it ran to its end, its finish. */
async function runCheck(c: CheckContext): Promise<CheckEnd> {
  const { t, log } = c;
  const started = new Date().toISOString();
  await c.state.update(t.name, { started });
  const { engine, tally } = tallyingEngine();
  const t0 = Date.now();
  try {
    const env = await targetEnv(c.o.env, t.env, t.secrets, t.name);
    const flow = await checkTarget({
      target: t,
      env,
      baseDir: c.baseDir,
      stateDir: c.stateDir,
      extraSecrets: c.extra,
      signal: c.signal,
      engine,
      log: (m) => log.event('info', 'github', `${t.name}: ${m}`, { target: t.name }),
      warn: (m) => log.event('warn', 'warning', `${t.name}: ${m}`, { target: t.name }),
      ...(c.o.createOctokit ? { createOctokit: c.o.createOctokit } : {}),
      ...(c.state.get(t.name).candidates ? { lastCandidatesCheck: c.state.get(t.name).candidates! } : {}),
    });
    if (flow.candidates) {
      await c.state.update(t.name, { candidates: flow.candidates.at });
      const acted = flow.candidates.result?.actions.filter((a) => a.action !== 'none') ?? [];
      log.event(
        flow.candidates.error ? 'warn' : 'info',
        'candidates-done',
        `${t.name}: candidates checked${acted.length ? `: ${acted.map((a) => `${a.suite} ${a.action} #${a.issue}`).join(', ')}` : ''}${flow.candidates.error ? ` (failed: ${flow.candidates.error})` : ''}`,
        { target: t.name },
      );
    }
    if (c.signal.aborted && tally.errorsByKind.has('aborted')) {
      // Abandoned on stop after some answers: no history was written (target-check.ts), `finished` stays
      // behind `started`, and the next start runs this check again.
      log.event('warn', 'check-abandoned', `${t.name}: check abandoned on stop; it runs again at the next start`, {
        target: t.name,
        runId: flow.result.runId,
      });
      return 'abandoned';
    }
    await c.state.update(t.name, { finished: started });
    c.metrics?.recordCheck(t.name, flow, tally);
    const failed = flow.errors.length > 0 || flow.breaches.length > 0;
    c.last.set(t.name, failed ? 'failed' : 'ok');
    const dominant = dominantError(tally);
    const problem = flow.errors.length
      ? { errorKind: 'reporting', error: flow.errors.join('; ') }
      : flow.breaches.length
        ? {
            errorKind: dominant?.kind ?? 'model',
            error: `${outageMessage(flow.breaches)}${dominant ? ` (first: ${dominant.message})` : ''}`,
          }
        : {};
    log.event(failed ? 'error' : 'info', 'check-done', `${t.name}: ${flow.line.replace(/^\S+ /, '')}`, {
      target: t.name,
      runId: flow.result.runId,
      durationMs: Date.now() - t0,
      suites: flow.result.outcomes.map((x) => ({
        suite: x.suite,
        status: x.status,
        score: x.entry.aggregates.meanScore,
        action: x.action,
        ...(x.issue ? { issue: x.issue.number } : {}),
      })),
      costUsd: tally.costUsd,
      tokens: { input: tally.tokensIn, output: tally.tokensOut },
      ...(Object.keys(Object.fromEntries(tally.errorsByKind)).length
        ? { requestErrors: Object.fromEntries(tally.errorsByKind) }
        : {}),
      ...problem,
    });
    await sendWebhooks(c, flow.result.runId, flow.result.outcomes);
    return flow.errors.length
      ? 'failed'
      : flow.drifted.length
        ? 'drifted'
        : flow.breaches.length
          ? 'outage'
          : 'healthy';
  } catch (e) {
    if (c.signal.aborted) {
      // Abandoned on stop: `finished` stays behind `started`, so the next start catches this run up.
      log.event(
        'warn',
        'check-abandoned',
        `${t.name}: check abandoned (${firstLine(c.signal.reason)}); it runs again at the next start`,
        { target: t.name },
      );
      return 'abandoned';
    }
    await c.state.update(t.name, { finished: started });
    c.last.set(t.name, 'failed');
    c.metrics?.recordCheck(t.name, undefined, tally);
    log.event('error', 'check-failed', `${t.name}: drift check failed: ${firstLine(e)}`, {
      target: t.name,
      errorKind: errorKind(e),
      error: firstLine(e),
      durationMs: Date.now() - t0,
    });
    return 'failed';
  }
}

async function sendWebhooks(
  c: CheckContext,
  runId: string,
  outcomes: Parameters<typeof webhookEvents>[2],
): Promise<void> {
  if (!c.t.webhook) return;
  const url = await readSecret(c.o.env, c.t.webhook.urlFrom);
  if (!url) return;
  const sender = createWebhookSender(url, c.scrub, c.o.webhookSleep);
  for (const payload of webhookEvents(c.t.name, runId, outcomes)) {
    try {
      await sender.send(payload);
      c.log.event(
        'info',
        'webhook-sent',
        `${c.t.name}: webhook sent (${payload.evalgate.suite} ${payload.evalgate.event})`,
        {
          target: c.t.name,
          suite: payload.evalgate.suite,
          webhookEvent: payload.evalgate.event,
          idempotencyKey: payload.evalgate.idempotencyKey,
        },
      );
    } catch (e) {
      c.log.event('error', 'webhook-failed', `${c.t.name}: ${firstLine(e)}`, {
        target: c.t.name,
        errorKind: 'webhook',
        error: firstLine(e),
      });
    }
  }
}
