// Secrets of the monitor come from its environment or from files (NAME_FILE: Docker and Kubernetes
// secrets mount them as files), never from monitor.yml. A _FILE that cannot be read is an error that
// names the variable and the path, never the value.
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../../core/config/errors.js';

export type Env = Record<string, string | undefined>;

/** The value of `name`: the variable itself, else the trimmed content of the file named by `name`_FILE. */
export async function readSecret(env: Env, name: string): Promise<string | undefined> {
  const direct = env[name];
  if (direct) return direct;
  const file = env[`${name}_FILE`];
  if (!file) return undefined;
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (e) {
    throw new ConfigError(
      `${name}_FILE: cannot read the secret file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      { file },
    );
  }
}

/** Well-known secrets a check reads, filled from their _FILE when only that is set. */
const WELL_KNOWN = ['OPENAI_API_KEY', 'AZURE_OPENAI_API_KEY', 'GITHUB_TOKEN', 'GH_TOKEN'];

/**
 * The environment one target's check sees: the monitor's, its well-known secrets read from _FILE, the
 * target's plain `env`, and each `secrets` entry (check variable ← monitor variable or its _FILE).
 */
export async function targetEnv(
  base: Env,
  plain: Record<string, string>,
  secrets: Record<string, string>,
  target: string,
): Promise<Env> {
  const env: Env = { ...base };
  for (const name of WELL_KNOWN)
    if (!env[name]) {
      const v = await readSecret(base, name);
      if (v) env[name] = v;
    }
  Object.assign(env, plain);
  for (const [as, from] of Object.entries(secrets)) {
    const v = await readSecret(base, from);
    if (v === undefined)
      throw new ConfigError(
        `target "${target}": secret ${as} comes from ${from}, but neither ${from} nor ${from}_FILE is set`,
        { file: 'environment' },
      );
    env[as] = v;
  }
  return env;
}
