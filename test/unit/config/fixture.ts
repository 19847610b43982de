// Test helpers: write a config and its files to a temp dir; load it with the real scorer registry.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { loadConfig, type LoadConfigOptions } from '../../../src/adapters/config/loader.js';
import { ConfigError } from '../../../src/core/config/errors.js';
import type { ResolvedConfig } from '../../../src/core/config/resolved.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';

export const scorers = createRegistry(deterministicScorers());

export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-config-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

export async function load(
  files: Record<string, string>,
  opts: Partial<LoadConfigOptions> = {},
): Promise<ResolvedConfig> {
  const dir = writeTree(files);
  return loadConfig(join(dir, 'evalgate.yml'), { env: {}, scorers, ...opts });
}

/** Loads, expects a ConfigError, returns its lines with the temp dir removed. */
export async function loadError(
  files: Record<string, string>,
  opts: Partial<LoadConfigOptions> = {},
): Promise<string[]> {
  const dir = writeTree(files);
  try {
    await loadConfig(join(dir, 'evalgate.yml'), { env: {}, scorers, ...opts });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).message.split('\n').map((l) => l.split(`${dir}/`).join(''));
  }
  throw new Error('expected a ConfigError');
}

/** A minimal valid config around the given suites YAML. */
export function withSuites(suitesYaml: string, extra = ''): string {
  return `version: 1
providers:
  fast: { model: gpt-4o-mini }
${extra}suites:
${suitesYaml}`;
}
