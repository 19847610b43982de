// The npm package as a user gets it: `npm pack` the repository (the committed dist/ as built), install the
// tarball into a fresh project with the registry unreachable and an empty npm cache, and run
// `npx evalgate run` there on the example suites from their recordings. This proves the tarball is
// self-contained (no runtime dependency to fetch) and that its file list carries what the CLI needs.
// EVALGATE_TEST_NODE (colon-separated node binaries) runs the installed CLI on each; CI sets it to the
// majors `engines` claims. Without it, the node running the tests is used.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
  dependencies?: Record<string, string>;
};
const nodes = (process.env['EVALGATE_TEST_NODE'] ?? process.execPath).split(':').filter(Boolean);

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];

/** Environment in which npm cannot reach any registry and has nothing cached. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(npm_config_|OPENAI_)/i.test(k)) delete env[k];
  return {
    ...env,
    npm_config_registry: 'http://127.0.0.1:9/', // discard port: nothing answers
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'evalgate-pack-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      env: offlineEnv(),
      encoding: 'utf8',
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const first = packed[0];
  if (!first) throw new Error('npm pack reported nothing');
  tarball = join(work, first.filename);
  packedFiles = first.files.map((f) => f.path).sort();

  project = join(work, 'project');
  cpSync(join(root, 'examples'), project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'uses-evalgate', private: true, type: 'module' }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--save-dev', '--offline', '--no-package-lock', tarball], {
    cwd: project,
    env: offlineEnv(),
    stdio: 'pipe',
  });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('declares no runtime dependency and ships the CLI bundle, its schema, LICENSE and README only', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(packedFiles).toContain('dist/cli.js');
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('schema/evalgate.schema.json');
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) expect(packedFiles).toContain(f);
    // The action bundle (dist/index.js), sources, tests and examples stay out of the npm package.
    expect(packedFiles.filter((f) => /^(src|test|lib|examples|monitor)\//.test(f) || f === 'dist/index.js')).toEqual(
      [],
    );
  });

  it('installs offline into a fresh project: nothing but evalgate lands in node_modules', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/evalgate/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(pkg.version);
    const ls = spawnSync('npm', ['ls', '--all', '--parseable'], { cwd: project, env: offlineEnv(), encoding: 'utf8' });
    const modules = ls.stdout.trim().split('\n').slice(1);
    expect(modules.map((p) => p.slice(p.lastIndexOf('node_modules/')))).toEqual(['node_modules/evalgate']);
  });

  it('`npx evalgate run` evaluates the example suites from their recordings', () => {
    const r = spawnSync(
      'npx',
      ['--offline', 'evalgate', 'run', '--config', 'evalgate.yml', '--replay', '--junit', 'junit.xml'],
      {
        cwd: project,
        env: offlineEnv(),
        encoding: 'utf8',
      },
    );
    expect(r.stderr).not.toMatch(/internal error|ERR_/);
    expect(r.status).toBe(0);
    for (const suite of ['greeting', 'extraction', 'support-reply']) expect(r.stdout).toContain(suite);
    expect(r.stdout).toContain('18 of 18 answers from the recordings');
    expect(readFileSync(join(project, 'junit.xml'), 'utf8')).toContain('<testsuites');
  });

  it.each(nodes)('runs on %s (a Node major that engines allows)', (node) => {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const major = Number(/^v(\d+)/.exec(version)?.[1]);
    expect(major).toBeGreaterThanOrEqual(Number(/>=\s*(\d+)/.exec(pkg.engines.node)?.[1]));
    const bin = join(project, 'node_modules/evalgate/dist/cli.js');
    expect(execFileSync(node, [bin, '--version'], { cwd: project, encoding: 'utf8' }).trim()).toBe(pkg.version);
    const r = spawnSync(node, [bin, 'run', '--config', 'evalgate.yml', '--replay'], {
      cwd: project,
      env: offlineEnv(),
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/internal error|ERR_/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ all 3 suites meet gate.minScore 0.70');
  });
});
