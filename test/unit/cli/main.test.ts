// Dispatch of `evalgate <command>`: help, version, unknown commands and the last-resort error report.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args.js';
import { cliMain } from '../../../src/cli/main.js';
import { reportError } from '../../../src/cli/report-error.js';
import { VERSION } from '../../../src/app/version.js';
import { ConfigError } from '../../../src/core/config/errors.js';
import { captureIO } from './helpers.js';

describe('cliMain', () => {
  it('prints the version', async () => {
    const io = captureIO('/');
    expect(await cliMain(['--version'], io)).toBe(0);
    expect(io.stdoutText()).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help on `help` (exit 0) and on no command (stderr, exit 2)', async () => {
    const io = captureIO('/');
    expect(await cliMain(['help'], io)).toBe(0);
    expect(io.stdoutText()).toContain('Usage: evalgate <command>');
    const none = captureIO('/');
    expect(await cliMain([], none)).toBe(2);
    expect(none.stderrText()).toContain('Usage: evalgate <command>');
  });

  it('rejects an unknown command in one line', async () => {
    const io = captureIO('/');
    expect(await cliMain(['rnu'], io)).toBe(2);
    expect(io.stderrText()).toBe(
      'evalgate: unknown command "rnu" (commands: run, gate, merge, drift, monitor, import, compare, plan; see `evalgate help`)\n',
    );
  });

  it('dispatches to the run command lazily', async () => {
    const io = captureIO('/');
    expect(await cliMain(['run', '--help'], io)).toBe(0);
    expect(io.stdoutText()).toContain('Usage: evalgate run');
  });
});

describe('reportError', () => {
  it('prints a ConfigError as its one line, exit 2', () => {
    const io = captureIO('/');
    const err = new ConfigError('unknown key "minScor"', {
      file: 'evalgate.yml',
      line: 3,
      column: 5,
      keyPath: 'gate.minScor',
    });
    expect(reportError(err, io, 'run')).toBe(2);
    expect(io.stderrText()).toBe('evalgate run: evalgate.yml:3:5 gate.minScor: unknown key "minScor"\n');
  });

  it('shows paths under the working directory relative to it', () => {
    const io = captureIO('/repo/app');
    const err = new ConfigError('duplicate case id "a" (first at /repo/app/evals/c.yaml:1)', {
      file: '/repo/app/evals/c.yaml',
      line: 3,
      column: 7,
      keyPath: '[1].id',
    });
    expect(reportError(err, io, 'run')).toBe(2);
    expect(io.stderrText()).toBe(
      'evalgate run: evals/c.yaml:3:7 [1].id: duplicate case id "a" (first at evals/c.yaml:1)\n',
    );
    const outside = captureIO('/elsewhere');
    reportError(err, outside, 'run');
    expect(outside.stderrText()).toContain('/repo/app/evals/c.yaml:3:7');
  });

  it('prints a UsageError as its message, exit 2', () => {
    const io = captureIO('/');
    expect(reportError(new UsageError('--repeat must be a positive whole number, got "0"'), io)).toBe(2);
    expect(io.stderrText()).toBe('evalgate: --repeat must be a positive whole number, got "0"\n');
  });

  it('reports anything else as an internal error (exit 3), with a stack only under EVALGATE_DEBUG', () => {
    const quiet = captureIO('/');
    expect(reportError(new Error('boom'), quiet, 'run')).toBe(3);
    expect(quiet.stderrText()).toContain('evalgate run: internal error: boom');
    expect(quiet.stderrText()).not.toMatch(/\n\s+at /);
    const loud = captureIO('/', { EVALGATE_DEBUG: '1' });
    reportError(new Error('boom'), loud);
    expect(loud.stderrText()).toMatch(/\n\s+at /);
  });
});

describe('ignoreClosedPipe', () => {
  it('swallows EPIPE from a reader that went away (`evalgate run | head`), not other errors', async () => {
    const { Writable } = await import('node:stream');
    const { ignoreClosedPipe } = await import('../../../src/cli/main.js');
    const pipeError = (code: string) => Object.assign(new Error(`write ${code}`), { code });
    let code = 'EPIPE';
    const stream = new Writable({ write: (_c, _e, cb) => cb(pipeError(code)) }) as unknown as NodeJS.WriteStream;
    ignoreClosedPipe(stream);
    ignoreClosedPipe(stream); // idempotent: one listener
    expect(stream.listenerCount('error')).toBe(1);
    await new Promise<void>((resolve) => stream.write('table\n', () => resolve()));
    code = 'EACCES';
    const listener = stream.listeners('error')[0] as (e: Error) => void;
    expect(() => listener(pipeError(code))).toThrow('write EACCES');
  });
});
