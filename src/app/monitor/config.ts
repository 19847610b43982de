// The monitor config (monitor.yml): the targets one monitor process checks, each a repository's evalgate
// config (a checked-out path, or read through the GitHub contents API) with its schedule, time zone,
// jitter and model endpoint. zod validates it; every error says file:line:column and why.
//
// No secret goes in this file: `env` takes plain settings only (a name that looks like a secret is an
// error), and `secrets` maps a variable the check sees to the monitor's environment variable holding it
// (or NAME_FILE, a file holding it — Docker and Kubernetes secrets). See secrets.ts.
import { z } from 'zod';
import { ConfigError, throwIfAny } from '../../core/config/errors.js';
import { issuesToErrors } from '../../core/config/issues.js';
import { errorAt, parseYamlSource } from '../../core/config/positions.js';
import { validateSchedule } from '../drift/daemon.js';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name');
/** Names whose values are credentials: they belong in `secrets`, read from the environment or a file. */
export const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|WEBHOOK)/i;

const TargetSchema = z
  .object({
    /** Names the target in logs, metrics and the state file. */
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, ".", "_" or "-" (at most 64)'),
    /** OWNER/NAME: issues go there; with no `checkout`, the config is read from it through the contents API. */
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME')
      .optional(),
    /** Branch or tag the config is read at (contents API only; default: the repository's default branch). */
    ref: z.string().min(1).optional(),
    /** Folder of a checked-out copy of the repository (relative paths: to the monitor config's folder). */
    checkout: z.string().min(1).optional(),
    /** Path of evalgate.yml inside the repository (default: evalgate.yml). */
    config: z.string().min(1).default('evalgate.yml'),
    /** Cron expression (node-cron; a sixth, leading field means seconds). Required: one file says when every target runs. */
    schedule: z.string().min(1),
    timezone: z.string().min(1).optional(),
    /** Up to this many seconds of random delay before each scheduled check, so targets do not fire together. */
    jitterSeconds: z.number().int().min(0).max(3600).default(0),
    /** `local` (default: under the state dir) or `branch` (the data branch drift.branch of the repository). */
    store: z.enum(['local', 'branch']).default('local'),
    suites: z.array(z.string().min(1)).optional(),
    maxCostUsd: z.number().min(0).optional(),
    /** Plain (non-secret) variables the check sees, e.g. OPENAI_BASE_URL of the model endpoint. */
    env: z.record(envName, z.string()).default({}),
    /** Variable the check sees → the monitor's environment variable that holds the value (or its _FILE). */
    secrets: z.record(envName, envName).default({}),
    /** Optional Slack-compatible webhook on issue open, persist and close: the env variable holding its URL. */
    webhook: z.strictObject({ urlFrom: envName }).optional(),
  })
  .strict();

export const MonitorConfigSchema = z.strictObject({
  version: z.literal(1),
  /** Where the monitor keeps its state file and local histories (default: .evalgate-monitor beside this file). */
  stateDir: z.string().min(1).optional(),
  /** Grace period for a running check on SIGTERM, in seconds. */
  stopTimeoutSeconds: z.number().int().min(0).max(3600).default(60),
  targets: z.array(TargetSchema).min(1),
});

export type MonitorTarget = z.output<typeof TargetSchema>;
export type MonitorConfig = z.output<typeof MonitorConfigSchema>;

/** Parses and validates monitor.yml text; throws ConfigError(s) located in `file`. */
export function parseMonitorConfig(text: string, file: string): MonitorConfig {
  const { source, value, errors } = parseYamlSource(text, file);
  throwIfAny(errors);
  const parsed = MonitorConfigSchema.safeParse(value);
  if (!parsed.success) {
    throwIfAny(issuesToErrors(source, parsed.error.issues, MonitorConfigSchema, value));
    throw new ConfigError('invalid monitor config', { file });
  }
  const out: ConfigError[] = [];
  const seen = new Set<string>();
  parsed.data.targets.forEach((t, i) => {
    if (seen.has(t.name)) out.push(errorAt(source, ['targets', i, 'name'], `duplicate target name "${t.name}"`));
    seen.add(t.name);
    const bad = validateSchedule(t.schedule);
    if (bad) out.push(errorAt(source, ['targets', i, 'schedule'], bad));
    if (t.timezone && !validTimeZone(t.timezone))
      out.push(
        errorAt(
          source,
          ['targets', i, 'timezone'],
          `unknown time zone "${t.timezone}" (an IANA name, e.g. "Europe/Berlin")`,
        ),
      );
    if (!t.checkout && !t.repo)
      out.push(
        errorAt(
          source,
          ['targets', i],
          'needs "checkout" (a checked-out repository) or "repo" (read through the GitHub contents API)',
        ),
      );
    if (t.store === 'branch' && !t.repo) out.push(errorAt(source, ['targets', i, 'store'], '"branch" needs "repo"'));
    for (const name of Object.keys(t.env)) {
      if (SECRET_NAME.test(name))
        out.push(
          errorAt(
            source,
            ['targets', i, 'env', name],
            `"${name}" looks like a secret: never put it in the config; map it under "secrets" to an environment variable (or its _FILE)`,
            true,
          ),
        );
    }
  });
  throwIfAny(out);
  return parsed.data;
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
